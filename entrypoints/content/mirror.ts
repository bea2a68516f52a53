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
    const schedule = () => this.schedule();
    const win = field.ownerDocument.defaultView ?? window;
    field.addEventListener('scroll', () => this.syncScroll(), { signal, passive: true });
    win.addEventListener('scroll', schedule, { signal, passive: true, capture: true });
    win.addEventListener('resize', schedule, { signal, passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(field);
    signal.addEventListener('abort', () => {
      resize.disconnect();
      cancelAnimationFrame(this.frame);
      this.layer.remove();
    });
  }

  /**
   * `inFrame`: the caller is already inside an animation frame (the check after
   * a keystroke), so draw now; scheduling would add a whole frame of delay
   * between the sidebar updating and the underline following it.
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
    const rect = this.field.getBoundingClientRect();
    const visible = this.marks.length > 0 && text.length <= MAX_MIRRORED && rect.width > 0 && rect.height > 0;
    this.layer.hidden = !visible;
    if (!visible) return;
    const style = this.field.ownerDocument.defaultView?.getComputedStyle(this.field);
    if (!style) return;
    const s = this.layer.style;
    for (const prop of COPIED) s[prop] = style[prop];
    s.position = 'fixed';
    s.top = `${rect.top}px`;
    s.left = `${rect.left}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.borderColor = 'transparent';
    this.inner.replaceChildren(...this.segments(text));
    this.syncScroll();
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
