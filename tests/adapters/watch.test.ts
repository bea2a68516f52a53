// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { watchForEditor } from '../../lib/adapters/watch';

/**
 * Waits past the watcher's own frame: the observer's microtask queues its
 * animation frame before ours, so ours runs after it (a timer races under load).
 */
async function tick(dom: JSDOM): Promise<void> {
  await Promise.resolve();
  await new Promise<void>((resolve) => dom.window.requestAnimationFrame(() => resolve()));
  await new Promise<void>((resolve) => dom.window.requestAnimationFrame(() => resolve()));
}

function setup() {
  const dom = new JSDOM('<body><div id="app"></div></body>', { pretendToBeVisual: true });
  const doc = dom.window.document;
  const app = doc.getElementById('app');
  if (!app) throw new Error('no app');
  return { dom, doc, app };
}

describe('noticing a note form that appears after the page loads', () => {
  it('re-reads once when a panel with a textarea is added, however many nodes arrive together', async () => {
    const { dom, doc, app } = setup();
    let calls = 0;
    const controller = new AbortController();
    watchForEditor(doc, () => calls++, controller.signal);
    const panel = doc.createElement('div');
    panel.innerHTML = '<form><textarea rows="8"></textarea></form>';
    app.append(panel);
    app.append(doc.createElement('textarea'));
    await tick(dom);
    expect(calls).toBe(1);
    controller.abort();
  });

  it('ignores changes that cannot hold a note form, like a clock ticking', async () => {
    const { dom, doc, app } = setup();
    let calls = 0;
    const controller = new AbortController();
    watchForEditor(doc, () => calls++, controller.signal);
    app.append(doc.createElement('span'));
    app.textContent = '10:31';
    await tick(dom);
    expect(calls).toBe(0);
    controller.abort();
  });

  it('notices when the note form goes away', async () => {
    const { dom, doc, app } = setup();
    app.innerHTML = '<form><textarea></textarea></form>';
    let calls = 0;
    const controller = new AbortController();
    watchForEditor(doc, () => calls++, controller.signal);
    app.innerHTML = '';
    await tick(dom);
    expect(calls).toBe(1);
    controller.abort();
  });

  it('stops for good when the page is left (signal aborted)', async () => {
    const { dom, doc, app } = setup();
    let calls = 0;
    const controller = new AbortController();
    watchForEditor(doc, () => calls++, controller.signal);
    controller.abort();
    app.append(doc.createElement('iframe'));
    await tick(dom);
    expect(calls).toBe(0);
  });

  it('does nothing when given an already aborted signal', async () => {
    const { dom, doc, app } = setup();
    let calls = 0;
    watchForEditor(doc, () => calls++, AbortSignal.abort());
    app.append(doc.createElement('textarea'));
    await tick(dom);
    expect(calls).toBe(0);
  });

  it('re-reads when a note dialog that was in the page all along is opened (hidden, style or open changes)', async () => {
    const { dom, doc, app } = setup();
    app.innerHTML = `<div id="m1" hidden><textarea rows="8"></textarea></div>
      <div id="m2" style="display: none"><textarea rows="8"></textarea></div>
      <dialog id="m3"><textarea rows="8"></textarea></dialog>`;
    let calls = 0;
    const controller = new AbortController();
    watchForEditor(doc, () => calls++, controller.signal);
    doc.getElementById('m1')?.removeAttribute('hidden');
    await tick(dom);
    expect(calls).toBe(1);
    doc.getElementById('m2')?.setAttribute('style', 'display: block');
    await tick(dom);
    expect(calls).toBe(2);
    doc.getElementById('m3')?.setAttribute('open', '');
    await tick(dom);
    expect(calls).toBe(3);
    controller.abort();
  });

  it('ignores a note box restyling itself as the case manager types (auto-growing height) and class changes around nothing', async () => {
    const { dom, doc, app } = setup();
    app.innerHTML = '<form><textarea id="t" rows="8"></textarea></form><p id="clock"></p>';
    let calls = 0;
    const controller = new AbortController();
    watchForEditor(doc, () => calls++, controller.signal);
    doc.getElementById('t')?.setAttribute('style', 'height: 240px');
    doc.getElementById('clock')?.setAttribute('class', 'tick');
    await tick(dom);
    expect(calls).toBe(0);
    controller.abort();
  });
});
