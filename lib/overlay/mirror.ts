/**
 * Underlines phrases in a <textarea> without touching the host's DOM or the
 * text: a transparent copy of the text sits exactly over the field (inside our
 * overlay's shadow root, out of the page's flow) and only the underlines are
 * visible. Textareas have no text nodes, so the CSS Custom Highlight API can't
 * reach into them.
 *
 * The layer is placed from the field's measured box whenever the FieldTracker
 * says layout may have moved it (resize of the field or a container, scroll,
 * zoom, fonts), and clipped to the part of the field a scroll box shows.
 */
import type { Severity } from '../model';
import type { FieldTracker } from './field-tracker';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
  /** Which finding it underlines, so hovering it can open that finding's card. */
  id?: string;
}

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform', 'wordSpacing', 'textIndent', 'tabSize',
  'direction', 'textAlign',
] as const;

/** Above this size we underline nothing: the copy would cost more than it helps. */
const MAX_MIRRORED = 200_000;
/** Underlines the layer holds without adding a node; a note with more makes it grow (and splits that one undo step). */
const POOL = 32;

/** A Text node's data set only when it differs: an unchanged node is not re-laid out. */
function setData(node: Text, data: string): void {
  if (node.data !== data) node.data = data;
}

export class NoteMirror {
  private readonly layer: HTMLDivElement;
  private readonly inner: HTMLDivElement;
  /** Sorted by start. */
  private marks: Mark[] = [];
  private frame = 0;
  /** The layer's nodes, made before the case manager types (see update). */
  private readonly pool: { before: Text; mark: HTMLElement; text: Text }[] = [];
  private readonly tail: Text;

  /** Set when the field may have moved or changed size: only then is its layout read again. */
  private layoutStale = true;

  constructor(
    private readonly field: HTMLTextAreaElement,
    private readonly slot: HTMLElement,
    private readonly tracker: FieldTracker,
    signal: AbortSignal,
  ) {
    const doc = field.ownerDocument;
    this.layer = doc.createElement('div');
    this.layer.className = 'cnc-mirror';
    this.layer.setAttribute('aria-hidden', 'true');
    this.inner = doc.createElement('div');
    this.tail = doc.createTextNode('');
    this.inner.append(this.tail);
    this.grow(POOL);
    this.layer.append(this.inner);
    slot.append(this.layer);
    slot.hidden = true;
    field.addEventListener('scroll', () => this.syncScroll(), { signal, passive: true });
    tracker.subscribe(() => {
      this.layoutStale = true;
      if (!this.slot.hidden) this.render();
    });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      this.layer.remove();
    });
  }

  /**
   * `inFrame`: draw now (the caller is handling a keystroke or is already in
   * an animation frame); scheduling would add a whole frame of delay between
   * the count updating and the underline following it.
   */
  setMarks(marks: Mark[], inFrame = false): void {
    this.marks = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
    if (!inFrame) {
      this.schedule();
      return;
    }
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.render();
  }

  /** The underlined phrase under a point of the viewport, if any (hover opens its card). */
  markAt(x: number, y: number): { id: string; rect: DOMRect } | null {
    if (this.slot.hidden) return null;
    for (const el of Array.from(this.inner.querySelectorAll<HTMLElement>('mark[data-id]:not([hidden])'))) {
      for (const r of Array.from(el.getClientRects())) {
        if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return { id: el.dataset.id ?? '', rect: r };
      }
    }
    return null;
  }

  /** Where a finding's underline is on screen, for placing its card. */
  rectOf(id: string): DOMRect | null {
    if (this.slot.hidden) return null;
    const el = Array.from(this.inner.querySelectorAll<HTMLElement>('mark[data-id]:not([hidden])')).find((m) => m.dataset.id === id);
    return el?.getClientRects()[0] ?? null;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const text = this.field.value;
    const visible = this.marks.length > 0 && text.length <= MAX_MIRRORED;
    // Nothing to underline (most of the time): the layer leaves the layout tree altogether.
    if (this.slot.hidden === visible) this.slot.hidden = !visible;
    if (!visible) return;
    // Typing does not move the field: its box and styles are read (forcing layout) only when it may have.
    // The scroll offset is followed from the field's own scroll events, so a keystroke never forces a layout.
    if (this.layoutStale) this.layout();
    this.update(mirrorSegments(text, this.marks));
  }

  private layout(): void {
    const box = this.tracker.boxInOverlay();
    const style = this.field.ownerDocument.defaultView?.getComputedStyle(this.field);
    const shown = this.tracker.visiblePart();
    if (!style || box.width === 0 || box.height === 0 || !shown) {
      this.slot.hidden = true;
      return;
    }
    this.layoutStale = false;
    const s = this.layer.style;
    for (const prop of COPIED) s[prop] = style[prop];
    // The field's own scrollbar narrows its text; the layer has none, so it pads by the same width to wrap alike.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    if (scrollbar > 0) s.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    s.position = 'absolute';
    s.top = `${box.top}px`;
    s.left = `${box.left}px`;
    s.width = `${box.width}px`;
    s.height = `${box.height}px`;
    s.borderColor = 'transparent';
    // Only the part of the field a scroll box around it shows: underlines never float over the page beside it.
    const clipped = shown.left > 0 || shown.top > 0 || shown.right < box.width || shown.bottom < box.height;
    s.clipPath = clipped ? `inset(${shown.top}px ${box.width - shown.right}px ${box.height - shown.bottom}px ${shown.left}px)` : '';
    this.syncScroll();
  }

  /**
   * Brings the layer in line with `segments` by changing Text nodes' `data`
   * and the marks' attributes only, never adding or removing a node while the
   * case manager types: Chromium ends the textarea's typing undo step whenever
   * a node is inserted or removed anywhere in the document (our shadow root
   * included), so a changed finding would otherwise split one Ctrl+Z in two.
   * The layer is a fixed pool (text, mark, text, mark, …, tail); marks not in
   * use are hidden and empty. Only a note with more underlines than the pool
   * holds grows it. Unchanged nodes are not touched, so typing after the last
   * underline changes nothing here.
   */
  private update(segments: readonly Segment[]): void {
    const used = Math.max(0, (segments.length - 1) / 2);
    if (used > this.pool.length) this.grow(used);
    const tail = segments[segments.length - 1];
    setData(this.tail, tail?.text ?? '');
    this.pool.forEach((slot, i) => {
      const before = segments[2 * i];
      const mark = segments[2 * i + 1];
      setData(slot.before, before && mark ? before.text : '');
      setData(slot.text, mark ? mark.text : '');
      const el = slot.mark;
      const className = mark?.severity ? `cnc-${mark.severity}` : '';
      if (el.className !== className) el.className = className;
      if (el.hidden !== !mark) el.hidden = !mark;
      const id = mark?.id;
      if (id === undefined) {
        if (el.hasAttribute('data-id')) el.removeAttribute('data-id');
      } else if (el.dataset.id !== id) el.dataset.id = id;
    });
  }

  /** Adds pairs of (text, mark) before the tail: at first before any typing, later only past the pool's size. */
  private grow(atLeast: number): void {
    const doc = this.inner.ownerDocument;
    const size = Math.max(POOL, atLeast, this.pool.length * 2);
    const fresh = doc.createDocumentFragment();
    while (this.pool.length < size) {
      const before = doc.createTextNode('');
      const mark = doc.createElement('mark');
      const text = doc.createTextNode('');
      mark.append(text);
      mark.hidden = true;
      fresh.append(before, mark);
      this.pool.push({ before, mark, text });
    }
    this.inner.insertBefore(fresh, this.tail);
  }

  /**
   * Followed even while the layer is hidden: in a scroll event the layout is
   * clean, so reading the offsets is cheap, whereas reading them when the
   * layer is shown again (mid-keystroke, layout dirty) would force a layout.
   */
  private syncScroll(): void {
    const transform = `translate(${-this.field.scrollLeft}px, ${-this.field.scrollTop}px)`;
    if (this.inner.style.transform !== transform) this.inner.style.transform = transform;
  }
}

/** A run of the copied text: plain (`severity` null) or underlined. */
interface Segment {
  text: string;
  severity: Severity | null;
  id?: string;
}

/**
 * The copy of the note the layer shows: the text up to each underline, the
 * underlined phrases, and the rest of the word the last one ends in. Text
 * after that can't move an underline (lines wrap greedily, so a line's
 * break depends only on what comes before it), so it is left out: typing at
 * the end of a note leaves the layer untouched.
 */
export function mirrorSegments(text: string, sorted: readonly Mark[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    segments.push({ text: text.slice(at, start), severity: null }, { text: text.slice(start, end), severity: m.severity, ...(m.id !== undefined ? { id: m.id } : {}) });
    at = end;
  }
  if (segments.length === 0) return segments;
  const wordEnd = text.slice(at).search(/\s/);
  // A trailing newline needs a character after it to take up a line, as in the field.
  segments.push({ text: `${wordEnd < 0 ? text.slice(at) : text.slice(at, at + wordEnd)}\u200b`, severity: null });
  return segments;
}
