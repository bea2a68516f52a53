/**
 * Where the note field's box is, kept current: what the underlines, the badge and the
 * popovers are placed from (components/coach/overlay.ts draws the layer they sit in).
 */
const CLIPS = /^(hidden|scroll|auto|clip)$/;

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
