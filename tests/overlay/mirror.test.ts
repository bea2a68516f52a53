import { describe, expect, it } from 'vitest';
import { mirrorSegments, NoteMirror, type Mark } from '../../lib/overlay/mirror';
import { FieldTracker } from '../../lib/overlay/field-tracker';
import { createOverlay } from '../../components/coach/overlay';

const mark = (text: string, phrase: string, severity: Mark['severity'] = 'error'): Mark => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in text`);
  return { start, end: start + phrase.length, severity };
};

describe('mirrorSegments', () => {
  it('copies the text up to each underline and the underlined phrase exactly', () => {
    const text = 'Called customer, LM. No answer at home. Will try again.';
    const segs = mirrorSegments(text, [mark(text, 'LM'), mark(text, 'No answer', 'warning')]);
    expect(segs.map((s) => s.severity)).toEqual([null, 'error', null, 'warning', null]);
    expect(segs[1]!.text).toBe('LM');
    expect(segs[3]!.text).toBe('No answer');
    // Everything before the last underline is there, character for character, so it lines up with the field.
    expect(segs.slice(0, 4).map((s) => s.text).join('')).toBe(text.slice(0, text.indexOf('No answer') + 'No answer'.length));
  });

  it('stops after the word the last underline ends in: later text cannot move it', () => {
    const text = 'Left msg for customer and more words follow here';
    const segs = mirrorSegments(text, [{ start: 0, end: 6, severity: 'error' }]);
    expect(segs.map((s) => s.text)).toEqual(['', 'Left m', 'sg\u200b']);
  });

  it('draws nothing when there is nothing to underline', () => {
    expect(mirrorSegments('All good.', [])).toEqual([]);
  });

  it('skips marks outside the text and merges overlapping ones without repeating text', () => {
    const text = 'no answer';
    const segs = mirrorSegments(text, [{ start: 0, end: 5, severity: 'error' }, { start: 3, end: 9, severity: 'warning' }, { start: 40, end: 45, severity: 'info' }]);
    expect(segs.map((s) => s.text).join('')).toBe('no answer\u200b');
  });
});

describe('NoteMirror', () => {
  function setup(text: string) {
    document.body.innerHTML = '<textarea id="f"></textarea>';
    const field = document.querySelector<HTMLTextAreaElement>('#f')!;
    field.value = text;
    // happy-dom lays nothing out; give the field a box so the layer shows as it would in a browser.
    field.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 20, width: 400, height: 120 });
    const controller = new AbortController();
    const overlay = createOverlay(document, controller.signal);
    overlay.host.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 0, height: 0 });
    const mirror = new NoteMirror(field, overlay.marks, new FieldTracker(field, overlay.host, controller.signal), controller.signal);
    // In the overlay's open shadow root, on <html>: nothing is added beside the field.
    expect(field.nextElementSibling).toBeNull();
    const layer = overlay.marks.querySelector<HTMLElement>('.cnc-mirror')!;
    return { field, mirror, layer, overlay, inner: layer.firstElementChild as HTMLElement, controller };
  }

  it('underlines the phrase and keeps the copy in step as text is typed before it', () => {
    const { field, mirror, inner } = setup('Called, LM.');
    mirror.setMarks([mark(field.value, 'LM')], true);
    expect(inner.querySelector('mark')?.textContent).toBe('LM');
    field.value = 'Phone: Called, LM.';
    mirror.setMarks([mark(field.value, 'LM')], true);
    expect(inner.textContent).toBe('Phone: Called, LM.\u200b');
    expect(inner.querySelectorAll('mark:not([hidden])')).toHaveLength(1);
  });

  it('leaves its nodes alone when typing after the last underline, and reuses them when typing before it', () => {
    const { field, mirror, inner } = setup('Called, LM. ');
    mirror.setMarks([mark(field.value, 'LM')], true);
    const [before, underline] = Array.from(inner.childNodes);
    const snapshot = inner.innerHTML;
    field.value += 'Will call back tomorrow.';
    mirror.setMarks([mark(field.value, 'LM')], true);
    expect(inner.innerHTML).toBe(snapshot);
    field.value = `Tel. ${field.value}`;
    mirror.setMarks([mark(field.value, 'LM')], true);
    expect(inner.childNodes[0]).toBe(before);
    expect(inner.childNodes[1]).toBe(underline);
    expect(inner.childNodes[0]!.textContent).toBe('Tel. Called, ');
  });

  it('follows the field\'s scroll, including scrolls made while nothing was underlined', () => {
    const { field, mirror, inner } = setup('Called, LM.');
    let top = 0;
    Object.defineProperty(field, 'scrollTop', { get: () => top, configurable: true });
    mirror.setMarks([mark(field.value, 'LM')], true);
    top = 40;
    field.dispatchEvent(new Event('scroll'));
    expect(inner.style.transform).toBe('translate(0px, -40px)');
    mirror.setMarks([], true);
    top = 90;
    field.dispatchEvent(new Event('scroll'));
    mirror.setMarks([mark(field.value, 'LM')], true);
    // Shown again at the field's current scroll, not where it was when the layer was hidden.
    expect(inner.style.transform).toBe('translate(0px, -90px)');
  });

  it('takes itself out of the page\'s layout when nothing is underlined, and removes itself when the page is left', () => {
    const { field, mirror, layer, overlay, controller } = setup('Called, LM.');
    mirror.setMarks([mark(field.value, 'LM')], true);
    expect(overlay.marks.hidden).toBe(false);
    expect(layer.style.top).toBe('20px');
    mirror.setMarks([], true);
    expect(overlay.marks.hidden).toBe(true);
    controller.abort();
    expect(overlay.host.isConnected).toBe(false);
    expect(layer.isConnected).toBe(false);
  });

  it('never removes a node while findings come and go (Chromium would end the typing undo step)', async () => {
    const { field, mirror, inner } = setup('Called, no answer. LM.');
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...Array.from(r.removedNodes))));
    observer.observe(inner, { childList: true, subtree: true });
    mirror.setMarks([mark(field.value, 'no answer'), mark(field.value, 'LM')], true);
    field.value = 'Called, no answer. LM. Spoke with her later.';
    mirror.setMarks([mark(field.value, 'LM', 'warning')], true);
    mirror.setMarks([], true);
    mirror.setMarks([mark(field.value, 'no answer')], true);
    // More underlines than the pool holds: it grows, by adding only.
    field.value = 'x '.repeat(60);
    mirror.setMarks(Array.from({ length: 40 }, (_, i) => ({ start: i * 2, end: i * 2 + 1, severity: 'info' as const })), true);
    await Promise.resolve();
    observer.disconnect();
    expect(removed).toEqual([]);
    expect(inner.querySelectorAll('mark.cnc-info:not([hidden])')).toHaveLength(40);
    mirror.setMarks([mark(field.value, 'x x')], true);
    expect(Array.from(inner.querySelectorAll('mark:not([hidden])')).map((m) => [m.className, m.textContent])).toEqual([['cnc-error', 'x x']]);
    // Hidden pool marks carry no id: hovering can never find a stale finding.
    expect(inner.querySelectorAll('mark[hidden][data-id]')).toHaveLength(0);
  });
});
