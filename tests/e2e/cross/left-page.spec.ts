/**
 * A participant page left before the reader it asked for arrived is read all the same, from the HTML its stub
 * sends on the way out (ARCHITECTURE.md, "What each frame loads"). In Firefox the background page parses it
 * itself; Chromium's offscreen-document path is held to the same in coach-on-demand.spec.ts, whose worker the
 * test can hold busy directly.
 */
import { test, expect } from './fixtures';
import { popupRows, untilStatus } from './steps';

test('a participant page left within one round trip of loading is still in the popup’s list', async ({ driver, demo, engine }) => {
  test.skip(engine !== 'firefox', 'Chromium: coach-on-demand.spec.ts holds the service worker busy itself');
  const probe = await driver.openExtensionPage('popup.html');
  const tab = await driver.newTab();
  // The background busy for a moment (a large import, a loaded machine): it cannot answer the stub, so the reader
  // the page asks for cannot arrive before the case manager has moved on. Firefox's background is a page the
  // extension's own pages can reach; its timers, unlike a background tab's, are not held back.
  await probe.evaluate(async () => {
    type Bg = { setTimeout(fn: () => void, ms: number): void };
    const bg = (await (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Bg> } } }).browser.runtime.getBackgroundPage());
    bg.setTimeout(() => {
      for (const end = Date.now() + 4_000; Date.now() < end; );
    }, 0);
  }, null);
  // Opened on its own (no caseload list first), so only this page can have put Dana on file.
  await tab.goto(`${demo.url}/toolbox/participant?id=100234`);
  await tab.goto(`${demo.url}/toolbox/nav`);
  await untilStatus(probe, 'toolbox', '100234', (s) => (s as { historyRead?: { from?: string } } | null)?.historyRead?.from === 'participant-page');
  await probe.close();
  const popup = await driver.openExtensionPage('popup.html');
  // Her last real contact was 101 days ago (the later "LM" does not count): read from the page that was left.
  await expect.poll(() => popupRows(popup)).toEqual([expect.stringMatching(/Whitfield, Dana.*11 days overdue/)]);
});
