/**
 * "Forget all participant data" in Options leaves nothing about any participant in any storage area of the
 * extension: its IndexedDB databases, storage.local, storage.session (which participant each open frame
 * showed), the extension origin's localStorage, and the offscreen document that reads pages left early.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, extensionWorker } from './fixtures';
import { browseCaseloads, demoNames, openExtensionPage, untilRecorded, writeNote } from './session';

/** Everything the extension keeps, as one string: every row of every IndexedDB store, and both storage areas. */
async function everythingStored(context: BrowserContext): Promise<{ indexedDB: string; local: string; session: string }> {
  const worker = await extensionWorker(context);
  return worker.evaluate(`(async () => {
    const idb = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        idb.push({ name, store, rows });
      }
      db.close();
    }
    return {
      indexedDB: JSON.stringify(idb),
      local: JSON.stringify(await chrome.storage.local.get(null)),
      session: JSON.stringify(await chrome.storage.session.get(null)),
    };
  })()`);
}

/** What the offscreen document holds (its page, its storage), read over CDP; '' when there is none. */
async function offscreenState(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.url.endsWith('/left-page.html'));
  if (!target) return '';
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const answer = new Promise<string>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id: number; result?: { result?: { value?: string } } };
      if (m.id === 1) resolve(m.result?.result?.value ?? '');
    });
  });
  const expression = 'JSON.stringify({ html: document.documentElement.outerHTML, session: { ...sessionStorage }, local: { ...localStorage }, globals: Object.keys(globalThis) })';
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
  return answer;
}

/** Holds back the reader the background loads into a page (its injection) until the returned function is called. */
async function holdReaders(context: BrowserContext): Promise<() => Promise<void>> {
  const worker = await extensionWorker(context);
  type Scripting = { executeScript(options: unknown): Promise<unknown> };
  type Held = { chrome: { scripting: Scripting }; releaseReaders?: () => void };
  await worker.evaluate(() => {
    const g = globalThis as unknown as Held;
    const scripting = g.chrome.scripting;
    const run = scripting.executeScript.bind(scripting);
    const held = new Promise<void>((resolve) => (g.releaseReaders = resolve));
    scripting.executeScript = (options) => held.then(() => run(options));
    void held.then(() => (scripting.executeScript = run));
  });
  return () => worker.evaluate(() => (globalThis as unknown as Held).releaseReaders?.());
}

/** The participant's history was read from their page at or after `since` (a timestamp in ms). */
const readSince = (since: number) => (status: unknown) => {
  const at = (status as { historyRead: { at: string } | null } | null)?.historyRead?.at;
  return at !== undefined && Date.parse(at) >= since;
};

test('Forget all leaves nothing about any participant in any storage area of the extension', async ({ page, demo, context, extensionId }) => {
  const main = await browseCaseloads(page, demo, context, extensionId);
  await writeNote(page, main, demo); // a draft
  // A participant page left before its reader arrived: read in the offscreen document. The reader is held back
  // until the page has been left, however fast or slow the machine (a fixed stall of the worker raced the page loads).
  const probe = await openExtensionPage(context, extensionId, 'popup.html');
  await page.bringToFront();
  const release = await holdReaders(context);
  const left = demo.data.toolbox[0]!;
  const leftAt = Date.now();
  await main.goto(`${demo.url}/toolbox/participant?id=${left.id}`);
  await main.goto(`${demo.url}/toolbox/nav`);
  await release();
  // Known since the caseloads were browsed: what is waited for is this visit's own read of the page left.
  await untilRecorded(probe, readSince(leftAt), left.id, 'toolbox');
  // Sanity: the offscreen document is there (closed only after 15 s idle), and its state can be read.
  expect(await offscreenState(probe)).toContain('<html');
  // Back on a participant's page, so an open frame is known to show someone (recorded before the erasure, not after it).
  const backAt = Date.now();
  await main.goto(`${demo.url}/toolbox/participant?id=${left.id}`);
  await expect(main.locator('#caseNoteGrid')).toBeVisible();
  await untilRecorded(probe, readSince(backAt), left.id, 'toolbox');

  const people = demoNames(demo);
  const traces = (stored: string) => people.flatMap((p) => [`"${p.id}"`, `:${p.id}"`, p.last].filter((word) => stored.includes(word)));
  // Sanity: before erasure the check does find them, in every area that holds them.
  const before = await everythingStored(context);
  expect(traces(before.indexedDB).length).toBeGreaterThan(0);
  expect(traces(before.session).length).toBeGreaterThan(0);

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.getByRole('button', { name: 'Forget all participant data…' }).click();
  await options.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect(options.getByText('All participant data on this computer was deleted.')).toBeVisible();

  const after = await everythingStored(context);
  expect(traces(after.indexedDB), 'IndexedDB').toEqual([]);
  expect(traces(after.local), 'storage.local').toEqual([]);
  expect(traces(after.session), 'storage.session').toEqual([]);
  const origin = await options.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(traces(origin), "the extension origin's localStorage").toEqual([]);
  expect(traces(await offscreenState(options)), 'the offscreen document').toEqual([]);
});
