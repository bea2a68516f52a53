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

test('Forget all leaves nothing about any participant in any storage area of the extension', async ({ page, demo, context, extensionId }) => {
  const main = await browseCaseloads(page, demo, context, extensionId);
  await writeNote(page, main, demo); // a draft
  // A participant page left before its reader arrived: read in the offscreen document.
  const probe = await openExtensionPage(context, extensionId, 'popup.html');
  await page.bringToFront();
  const worker = await extensionWorker(context);
  await worker.evaluate(() => void setTimeout(() => {
    for (const end = Date.now() + 4_000; Date.now() < end; );
  }, 0));
  const left = demo.data.toolbox[0]!;
  await main.goto(`${demo.url}/toolbox/participant?id=${left.id}`);
  await main.goto(`${demo.url}/toolbox/nav`);
  await untilRecorded(probe, (s) => s !== null, left.id, 'toolbox');
  // Sanity: the offscreen document is there (closed only after 15 s idle), and its state can be read.
  expect(await offscreenState(probe)).toContain('<html');
  // Back on a participant's page, so an open frame is known to show someone.
  await main.goto(`${demo.url}/toolbox/participant?id=${left.id}`);
  await expect(main.locator('#caseNoteGrid')).toBeVisible();

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
