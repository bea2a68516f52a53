/**
 * The stub's look (lib/frame/watch.ts): a page left before the reader it asked for has started is
 * handed over as HTML on pagehide, and only then.
 */
import { afterEach, describe, expect, it } from 'vitest';
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
