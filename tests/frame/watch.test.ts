/**
 * The stub's look (lib/frame/watch.ts), with its ports faked: where it loads the reader, where it
 * says a frame shows nobody (and says it again until the background takes it), the page changes it
 * waits for, one copy per frame (on a fake clock); and a page left before the reader it asked for
 * has started is handed over as HTML on pagehide, and only then.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchFrame } from '../../lib/frame/watch';

const markers = { page: ['#participant'], note: ['textarea'] };
let controller = new AbortController();
afterEach(() => controller.abort());

function watch(load: () => Promise<void>) {
  controller = new AbortController();
  document.body.innerHTML = '<h1 id="participant">Dana Whitfield (100234)</h1>';
  const left: string[] = [];
  watchFrame(document, controller.signal, { markers, tellNobody: async () => undefined, load, leftUnread: (html) => left.push(html) });
  return left;
}

describe('a page left before its reader has started', () => {
  it('is sent as HTML on pagehide while the reader is on its way', () => {
    const left = watch(() => new Promise<void>(() => undefined));
    window.dispatchEvent(new Event('pagehide'));
    expect(left).toHaveLength(1);
    expect(left[0]).toContain('Dana Whitfield (100234)');
  });

  it('is not sent once the reader has started: the reader read it', async () => {
    const left = watch(async () => undefined);
    await new Promise((r) => setTimeout(r, 0));
    window.dispatchEvent(new Event('pagehide'));
    expect(left).toEqual([]);
  });
});

const gridMarkers = { page: ['#caseloadGrid'], note: ['textarea'] };
const controllers: AbortController[] = [];

function look(load = vi.fn(async (_note: boolean) => undefined), tellNobody = vi.fn(async (): Promise<unknown> => ({}))) {
  const controller = new AbortController();
  controllers.push(controller);
  watchFrame(document, controller.signal, { markers: gridMarkers, load, tellNobody, leftUnread: () => undefined });
  return { load, tellNobody, controller };
}

describe("the stub's look", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    controllers.splice(0).forEach((c) => c.abort());
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('loads the reader with the coach for a note form, and the reader alone for a caseload', () => {
    document.body.innerHTML = '<form><textarea></textarea></form>';
    expect(look().load.mock.calls).toEqual([[true]]);
    controllers.splice(0).forEach((c) => c.abort());
    document.body.innerHTML = '<table id="caseloadGrid"></table>';
    expect(look().load.mock.calls).toEqual([[false]]);
  });

  it('says a frame shows nobody once, and again after a wait while the background does not take it', async () => {
    document.body.innerHTML = '<nav>Menu</nav>';
    const tellNobody = vi.fn().mockRejectedValueOnce(new Error('starting up')).mockResolvedValue({});
    const { load } = look(undefined, tellNobody);
    expect(tellNobody).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(tellNobody).toHaveBeenCalledTimes(2);
    // Taken: not said again, however often it looks.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tellNobody).toHaveBeenCalledTimes(2);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the reader when the page later shows a sign, once, and looks again after a failed load', async () => {
    document.body.innerHTML = '<nav>Menu</nav>';
    const load = vi.fn().mockRejectedValueOnce(new Error('frame went')).mockResolvedValue(undefined);
    look(load);
    document.body.insertAdjacentHTML('beforeend', '<table id="caseloadGrid"></table>');
    await vi.advanceTimersByTimeAsync(100);
    expect(load).toHaveBeenCalledTimes(1);
    // The load failed: the next change on the page tries again.
    document.body.insertAdjacentHTML('beforeend', '<p>row</p>');
    await vi.advanceTimersByTimeAsync(100);
    expect(load).toHaveBeenCalledTimes(2);
    document.body.insertAdjacentHTML('beforeend', '<p>row</p>');
    await vi.advanceTimersByTimeAsync(6_000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('runs once per frame (a custom-site registration can overlap the manifest) until its context ends', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const first = look();
    const second = look();
    expect(first.load).toHaveBeenCalledTimes(1);
    expect(second.load).not.toHaveBeenCalled();
    first.controller.abort();
    expect(look().load).toHaveBeenCalledTimes(1);
  });
});
