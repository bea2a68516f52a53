/**
 * Every matched frame loads only the reader (content-scripts/content.js); the coach (coach.js:
 * Preact, the views, the overlay) is loaded by the background into a frame whose reader found a
 * note field, and into no other (ARCHITECTURE.md, "Why a frame loads only the reader"). Which
 * scripts ran in which frame is read from the browser itself (the DevTools protocol reports every
 * script an extension runs in a frame), so nothing of ours is instrumented.
 */
import type { CDPSession, Page } from '@playwright/test';
import { test, expect, toolboxMain, SIDEBAR, openPanel } from './fixtures';
import { untilRecorded } from './session';

type Frames = { id: string; name: string; url: string }[];

/** Records, per frame, the extension scripts that were run in it. */
async function watchScripts(page: Page): Promise<{ cdp: CDPSession; scriptsIn: (frameName: string) => Promise<string[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const frameOfContext = new Map<number, string>();
  const scripts: { context: number; url: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId;
    if (frameId) frameOfContext.set(context.id, frameId);
  });
  cdp.on('Debugger.scriptParsed', ({ url, executionContextId }) => {
    if (/^chrome-extension:\/\//.test(url)) scripts.push({ context: executionContextId, url: new URL(url).pathname });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  const scriptsIn = async (frameName: string) => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const frames: Frames = [];
    const walk = (node: typeof frameTree) => {
      frames.push({ id: node.frame.id, name: node.frame.name ?? '', url: node.frame.url });
      for (const child of node.childFrames ?? []) walk(child);
    };
    walk(frameTree);
    const frame = frames.find((f) => f.name === frameName);
    if (!frame) throw new Error(`no frame named ${frameName}`);
    return [...new Set(scripts.filter((s) => frameOfContext.get(s.context) === frame.id).map((s) => s.url))].sort();
  };
  return { cdp, scriptsIn };
}

test('a frame without a note field loads only the reader; the note frame gets the coach', async ({ page, demo, context, extensionId }) => {
  const { scriptsIn } = await watchScripts(page);
  await page.goto(`${demo.url}/toolbox/`);
  const main = await toolboxMain(page);
  // The caseload list in the main frame is read (the reader did its job there) ...
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  await untilRecorded(probe, (_status, total) => total > 1, '100234', 'toolbox');
  for (const name of ['banner', 'nav', 'main']) {
    await expect.poll(() => scriptsIn(name), { message: `the reader ran in ${name}` }).toContain('/content-scripts/content.js');
  }
  // ... and no frame has a note field yet: no coach anywhere.
  for (const name of ['banner', 'nav', 'main']) expect(await scriptsIn(name), name).not.toContain('/coach.js');

  // The note editor in the main frame: the coach is loaded there, and only there.
  await main.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  await expect(main.locator(SIDEBAR)).toHaveCount(1);
  await expect.poll(() => scriptsIn('main')).toEqual(['/coach.js', '/content-scripts/content.js']);
  for (const name of ['banner', 'nav']) {
    expect(await scriptsIn(name), name).toEqual(['/content-scripts/content.js']);
    await expect(page.frame({ name })!.locator(SIDEBAR)).toHaveCount(0);
  }
});

test('a frame that gains a note field later gets the coach then', async ({ page, demo }) => {
  const { scriptsIn } = await watchScripts(page);
  await page.goto(`${demo.url}/toolbox/`);
  const main = await toolboxMain(page);
  await expect.poll(() => scriptsIn('main'), { message: 'the reader ran in main' }).toContain('/content-scripts/content.js');
  await expect(main.locator('table').first()).toBeVisible();
  expect(await scriptsIn('main')).not.toContain('/coach.js');
  await expect(main.locator(SIDEBAR)).toHaveCount(0);

  // The page swaps its content for the note form without loading a new document (as script-driven pages do).
  const editor = await (await fetch(`${demo.url}/toolbox/casenote/new?id=100234`)).text();
  await main.evaluate((html) => {
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  }, editor);
  await expect(main.locator(SIDEBAR)).toHaveCount(1);
  expect(await scriptsIn('main')).toEqual(['/coach.js', '/content-scripts/content.js']);
  await main.locator('#noteText').fill('Called customer, LM.');
  await expect((await openPanel(main)).getByText('Case Note Coach')).toBeVisible();
});
