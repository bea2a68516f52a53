/**
 * Underlines phrases in a <textarea> without touching the host's DOM or the
 * text: a transparent copy of the text sits exactly over the field (inside our
 * own shadow root) and only the underlines are visible. Textareas have no text
 * nodes, so the CSS Custom Highlight API can't reach into them.
 *
 * The layer has its own host element, placed after the field and out of the
 * page's flow, rather than living in the sidebar's: the sidebar's box is
 * layout- and paint-contained, which would clip the layer to the sidebar.
 */
import type { Severity } from '../../lib/model';
import mirrorCss from './mirror.css?inline';

export const MIRROR_HOST = 'case-note-coach-marks';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
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

export class NoteMirror {
  private readonly host: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly inner: HTMLDivElement;
  /** Sorted by start. */
  private marks: Mark[] = [];
  private frame = 0;

  /** Set when the field may have moved or changed size: only then is its layout read again. */
  private layoutStale = true;

  constructor(
    private readonly field: HTMLTextAreaElement,
    signal: AbortSignal,
  ) {
    const doc = field.ownerDocument;
    this.host = doc.createElement(MIRROR_HOST);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = mirrorCss;
    this.layer = doc.createElement('div');
    this.layer.className = 'cnc-mirror';
    this.layer.setAttribute('aria-hidden', 'true');
    this.inner = doc.createElement('div');
    this.layer.append(this.inner);
    root.append(style, this.layer);
    this.host.hidden = true;
    field.after(this.host);
    const relayout = () => {
      this.layoutStale = true;
      this.schedule();
    };
    const win = field.ownerDocument.defaultView ?? window;
    // The field's own scroll moves its text; the page's or a surrounding box's scroll moves the host too (mirror.css).
    field.addEventListener('scroll', () => this.syncScroll(), { signal, passive: true });
    win.addEventListener('resize', relayout, { signal, passive: true });
    const resize = new ResizeObserver(relayout);
    resize.observe(field);
    signal.addEventListener('abort', () => {
      resize.disconnect();
      cancelAnimationFrame(this.frame);
      this.host.remove();
    });
  }

  /**
   * `inFrame`: draw now (the caller is handling a keystroke or is already in
   * an animation frame); scheduling would add a whole frame of delay between
   * the sidebar updating and the underline following it.
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
    // Nothing to underline (most of the time): our host leaves the page's layout tree altogether.
    if (this.host.hidden === visible) this.host.hidden = !visible;
    if (!visible) return;
    // Typing does not move the field: its box and styles are read (forcing layout) only when it may have.
    // The scroll offset is followed from the field's own scroll events, so a keystroke never forces a layout.
    if (this.layoutStale) this.layout();
    this.update(mirrorSegments(text, this.marks));
  }

  private layout(): void {
    const rect = this.field.getBoundingClientRect();
    const style = this.field.ownerDocument.defaultView?.getComputedStyle(this.field);
    if (!style || rect.width === 0 || rect.height === 0) {
      this.host.hidden = true;
      return;
    }
    this.layoutStale = false;
    const s = this.layer.style;
    for (const prop of COPIED) s[prop] = style[prop];
    // The field's own scrollbar narrows its text; the layer has none, so it pads by the same width to wrap alike.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    if (scrollbar > 0) s.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    // Relative to our host, which sits right after the field and moves with it.
    const origin = this.host.getBoundingClientRect();
    s.position = 'absolute';
    s.top = `${rect.top - origin.top}px`;
    s.left = `${rect.left - origin.left}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.borderColor = 'transparent';
    this.syncScroll();
  }

  /**
   * Brings the layer's nodes in line with `segments`, touching only those
   * that differ: typing after the last underline changes nothing here, and
   * typing elsewhere rewrites one or two text nodes instead of the whole copy
   * (so the browser re-lays out less of a long note).
   */
  private update(segments: readonly Segment[]): void {
    const doc = this.inner.ownerDocument;
    const nodes = this.inner.childNodes;
    segments.forEach((seg, i) => {
      const node = nodes[i];
      const fits = seg.severity === null ? node?.nodeType === Node.TEXT_NODE : node?.nodeType === Node.ELEMENT_NODE && (node as Element).className === `cnc-${seg.severity}`;
      if (node && fits) {
        if (node.textContent !== seg.text) node.textContent = seg.text;
        return;
      }
      let fresh: Node;
      if (seg.severity === null) {
        fresh = doc.createTextNode(seg.text);
      } else {
        const mark = doc.createElement('mark');
        mark.className = `cnc-${seg.severity}`;
        mark.textContent = seg.text;
        fresh = mark;
      }
      if (node) this.inner.replaceChild(fresh, node);
      else this.inner.append(fresh);
    });
    while (nodes.length > segments.length) this.inner.lastChild?.remove();
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
export interface Segment {
  text: string;
  severity: Severity | null;
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
    segments.push({ text: text.slice(at, start), severity: null }, { text: text.slice(start, end), severity: m.severity });
    at = end;
  }
  if (segments.length === 0) return segments;
  const wordEnd = text.slice(at).search(/\s/);
  // A trailing newline needs a character after it to take up a line, as in the field.
  segments.push({ text: `${wordEnd < 0 ? text.slice(at) : text.slice(at, at + wordEnd)}\u200b`, severity: null });
  return segments;
}
