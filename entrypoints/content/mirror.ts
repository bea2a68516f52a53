/**
 * Underlines phrases in a <textarea> without touching the host's DOM or the
 * text: a transparent copy of the text sits exactly over the field (inside our
 * shadow root) and only the underlines are visible. Textareas have no text
 * nodes, so the CSS Custom Highlight API can't reach into them.
 */
import type { Severity } from '../../lib/model';

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
  private readonly layer: HTMLDivElement;
  private readonly inner: HTMLDivElement;
  private marks: Mark[] = [];
  private frame = 0;

  /** Set when the field may have moved or changed size: only then is its layout read again. */
  private layoutStale = true;

  constructor(
    private readonly field: HTMLTextAreaElement,
    parent: HTMLElement,
    signal: AbortSignal,
  ) {
    const doc = parent.ownerDocument;
    this.layer = doc.createElement('div');
    this.layer.className = 'cnc-mirror';
    this.layer.setAttribute('aria-hidden', 'true');
    this.inner = doc.createElement('div');
    this.layer.append(this.inner);
    parent.append(this.layer);
    const relayout = () => {
      this.layoutStale = true;
      this.schedule();
    };
    const win = field.ownerDocument.defaultView ?? window;
    field.addEventListener('scroll', () => this.syncScroll(), { signal, passive: true });
    win.addEventListener('scroll', relayout, { signal, passive: true, capture: true });
    win.addEventListener('resize', relayout, { signal, passive: true });
    const resize = new ResizeObserver(relayout);
    resize.observe(field);
    signal.addEventListener('abort', () => {
      resize.disconnect();
      cancelAnimationFrame(this.frame);
      this.layer.remove();
    });
  }

  /**
   * `inFrame`: draw now (the caller is handling a keystroke or is already in
   * an animation frame); scheduling would add a whole frame of delay between
   * the sidebar updating and the underline following it.
   */
  setMarks(marks: Mark[], inFrame = false): void {
    this.marks = marks;
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
    this.layer.hidden = !visible;
    if (!visible) return;
    // Typing does not move the field: its box and styles are read (forcing layout) only when it may have.
    if (this.layoutStale) this.layout();
    this.inner.replaceChildren(...this.segments(text));
    this.syncScroll();
  }

  private layout(): void {
    const rect = this.field.getBoundingClientRect();
    const style = this.field.ownerDocument.defaultView?.getComputedStyle(this.field);
    if (!style || rect.width === 0 || rect.height === 0) {
      this.layer.hidden = true;
      return;
    }
    this.layoutStale = false;
    const s = this.layer.style;
    for (const prop of COPIED) s[prop] = style[prop];
    s.position = 'fixed';
    s.top = `${rect.top}px`;
    s.left = `${rect.left}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.borderColor = 'transparent';
  }

  private segments(text: string): Node[] {
    const doc = this.inner.ownerDocument;
    const nodes: Node[] = [];
    const sorted = [...this.marks].sort((a, b) => a.start - b.start);
    let at = 0;
    for (const m of sorted) {
      const start = Math.max(m.start, at);
      const end = Math.min(m.end, text.length);
      if (end <= start) continue;
      nodes.push(doc.createTextNode(text.slice(at, start)));
      const mark = doc.createElement('mark');
      mark.className = `cnc-${m.severity}`;
      mark.textContent = text.slice(start, end);
      nodes.push(mark);
      at = end;
    }
    // A trailing newline needs a character after it to take up a line, as in the field.
    nodes.push(doc.createTextNode(text.slice(at) + '\u200b'));
    return nodes;
  }

  private syncScroll(): void {
    this.inner.style.transform = `translate(${-this.field.scrollLeft}px, ${-this.field.scrollTop}px)`;
  }
}
