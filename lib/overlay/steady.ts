/**
 * A popover that does not move under the case manager's hand: while the pointer is over it or the keyboard's focus is
 * in it, it keeps its place (placement.ts is not asked to move it: `held`), and when its content changes (a check
 * answering as a button is pressed) the element under the pointer, else the focused one, is kept where it was on
 * screen: the popover is scrolled, or its top padded (`--cnc-pad`, sidebar.css) where scrolling cannot, so what changed moves away from it.
 * Once the pointer has left and the focus is elsewhere it lets go, and the popover is placed again (`released`).
 */
export class Steady {
  private at: { x: number; y: number } | null = null;
  private focused = false;
  private pin: { el: Element; top: number; height: number } | null = null;
  /** Padding added at the top, for content that shrank above the pinned element further than scrolling can take. */
  private pad = 0;

  constructor(
    private readonly el: HTMLElement,
    released: () => void,
    signal: AbortSignal,
  ) {
    const o = { passive: true, signal };
    const seen = (e: PointerEvent) => void (this.at = { x: e.clientX, y: e.clientY });
    const free = () => {
      if (this.held) return;
      this.reset();
      released();
    };
    el.addEventListener('pointermove', seen, o);
    el.addEventListener('pointerdown', seen, o);
    el.addEventListener('pointerleave', () => {
      this.at = null;
      free();
    }, o);
    el.addEventListener('focusin', () => void (this.focused = true), o);
    el.addEventListener('focusout', (e) => {
      this.focused = el.contains(e.relatedTarget as Node | null);
      free();
    }, o);
  }

  get held(): boolean {
    return this.at !== null || this.focused;
  }

  /** Before its content changes: where the element under the pointer (else the focused one) is. */
  before(): void {
    this.pin = null;
    if (!this.held || !this.el.matches(':popover-open')) return;
    const root = this.el.getRootNode() as Document | ShadowRoot;
    const target = this.at ? root.elementFromPoint(this.at.x, this.at.y) : root.activeElement;
    if (target && this.el.contains(target)) this.pin = { el: target, top: target.getBoundingClientRect().top, height: this.el.offsetHeight };
  }

  /** After: that element back where it was, if it is still there; the popover's own box kept as it was meanwhile. */
  after(): void {
    const pin = this.pin;
    this.pin = null;
    const { el } = this;
    if (!pin || !el.contains(pin.el)) return;
    for (let i = 0; i < 3; i++) {
      const moved = pin.el.getBoundingClientRect().top - pin.top;
      if (Math.abs(moved) < 1) return;
      // What changed above it: the box keeps its height, so there is something to scroll.
      el.style.height = `${pin.height}px`;
      const scrolled = el.scrollTop;
      el.scrollTop = scrolled + moved;
      const left = moved - (el.scrollTop - scrolled);
      if (left < 0 || this.pad) {
        this.pad = Math.max(0, this.pad - left);
        el.style.setProperty('--cnc-pad', `${this.pad}px`);
      }
    }
  }

  /** Closed, or let go: its own box and padding again. */
  reset(): void {
    this.pad = 0;
    this.el.style.height = '';
    this.el.style.removeProperty('--cnc-pad');
  }

  closed(): void {
    this.at = null;
    this.focused = false;
    this.reset();
  }
}
