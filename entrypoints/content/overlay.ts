/**
 * Everything we draw on a host page lives in one shadow host, attached to
 * <html> after the page's <body> and positioned absolutely at the document's
 * origin with no size: outside the host's form flow, so the page's fields and
 * buttons sit exactly where they would without us, and its Tab order is its
 * own. Underlines and the badge are placed over the note field from its
 * measured box; cards and the panel open in the top layer (popover), which
 * neither lays out nor scrolls with the page.
 */
import overlayCss from './overlay.css?inline';
import panelCss from '../../components/sidebar.css?inline';

export const OVERLAY_HOST = 'case-note-coach';

const CLIPS = /^(hidden|scroll|auto|clip)$/;

export interface Overlay {
  host: HTMLElement;
  /** Where the underline layer goes. */
  marks: HTMLElement;
  /** Where the badge, cards and the panel are rendered. */
  ui: HTMLElement;
}

export function createOverlay(doc: Document, signal: AbortSignal): Overlay {
  const host = doc.createElement(OVERLAY_HOST);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${overlayCss}\n${panelCss}`;
  const marks = doc.createElement('div');
  marks.className = 'cnc-marks';
  const ui = doc.createElement('div');
  ui.className = 'cnc-ui';
  root.append(style, marks, ui);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, marks, ui };
}

/**
 * Follows the note field's box wherever layout moves it: its own size, any
 * container's size (a sidebar of the host's growing, a banner above it), any
 * scroll, window resize and zoom, and web fonts arriving. Subscribers are
 * called at most once a frame, with the layout already settled.
 */
export class FieldTracker {
  private readonly subscribers = new Set<() => void>();
  private frame = 0;

  constructor(
    readonly field: HTMLElement,
    private readonly host: HTMLElement,
    signal: AbortSignal,
  ) {
    const doc = field.ownerDocument;
    const win = doc.defaultView ?? window;
    const changed = () => this.schedule();
    const resize = new ResizeObserver(changed);
    // The field and each of its containers: a container changing size is how most layout changes around the field show.
    for (let el: Element | null = field; el; el = el.parentElement) resize.observe(el);
    // Scroll does not bubble, but it is seen while capturing: any scroll box around the field (or the page) moved it.
    doc.addEventListener('scroll', changed, { capture: true, passive: true, signal });
    win.addEventListener('resize', changed, { passive: true, signal });
    win.visualViewport?.addEventListener('resize', changed, { passive: true, signal });
    doc.fonts?.addEventListener?.('loadingdone', changed, { signal });
    // A last safety net for changes nothing above reports (a sibling above the field swapped for one of the same size).
    field.addEventListener('focus', changed, { signal });
    field.addEventListener('pointerenter', changed, { signal });
    signal.addEventListener('abort', () => {
      resize.disconnect();
      cancelAnimationFrame(this.frame);
      this.subscribers.clear();
    });
  }

  subscribe(fn: () => void): void {
    this.subscribers.add(fn);
  }

  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const fn of this.subscribers) fn();
    });
  }

  /** The field's box relative to our host's origin (what absolute children of the host use). */
  boxInOverlay(): { left: number; top: number; width: number; height: number } {
    const rect = this.field.getBoundingClientRect();
    const origin = this.host.getBoundingClientRect();
    return { left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height };
  }

  /**
   * The part of the field that is not clipped away by a scroll box or an
   * overflow:hidden container around it, relative to the field itself; null
   * when none of it shows.
   */
  visiblePart(): { left: number; top: number; right: number; bottom: number } | null {
    const rect = this.field.getBoundingClientRect();
    const win = this.field.ownerDocument.defaultView;
    let top = rect.top;
    let left = rect.left;
    let right = rect.right;
    let bottom = rect.bottom;
    for (let el = this.field.parentElement; el && el !== this.field.ownerDocument.documentElement; el = el.parentElement) {
      const style = win?.getComputedStyle(el);
      if (!style || !(CLIPS.test(style.overflowX) || CLIPS.test(style.overflowY))) continue;
      const r = el.getBoundingClientRect();
      top = Math.max(top, r.top);
      left = Math.max(left, r.left);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
    if (right <= left || bottom <= top) return null;
    return { left: left - rect.left, top: top - rect.top, right: right - rect.left, bottom: bottom - rect.top };
  }
}
