/**
 * The coach's surface in its overlay (overlay.ts): draws the badge, the card and the panel
 * (coach-view.tsx), keeps their elements, shows or hides the two popovers to match what was drawn,
 * places them beside the note (lib/overlay/placement.ts), and opens, closes and moves the keyboard
 * between them and the note (which one is open: popovers.ts). The panel's views are not in the note frame's
 * script: the first time the panel opens they are loaded (`panel`, PanelSource), and the panel shows, and takes
 * the focus it was opened with, once they are here. Views that fail to load, or are not here within PANEL_WAIT_MS,
 * leave the panel showing its fallback (coach-view.tsx): what cannot wait, a held save and a kept note, with their
 * buttons. A save is never left waiting on a load, nor a kept note unoffered.
 */
import { render } from 'preact';
import type { FieldTracker } from '../../lib/overlay/field-tracker';
import type { NoteField } from '../../lib/overlay/note-field';
import { placeBadge, placePopovers, syncPopover } from '../../lib/overlay/placement';
import { Steady } from '../../lib/overlay/steady';
import { CoachView } from './coach-view';
import type { CoachViewProps } from './coach-view';
import type { Overlay } from './overlay';
import type { Popovers } from './popovers';
import type { PanelParts, PanelSource, PanelView } from './options';

/** What is drawn: the view's props less the element refs and the panel's views (or their failure), which the surface keeps. */
export type Drawn = Omit<CoachViewProps, 'refs' | 'Panel' | 'failed'>;

interface SurfaceOptions {
  overlay: Overlay;
  note: NoteField;
  form: HTMLFormElement | null;
  tracker: FieldTracker;
  /** Where an underlined finding is on screen (the card opens beside it). */
  rectOf(id: string): DOMRect | null;
  pop: Popovers;
  /** Draws the coach as it is now (the coach builds what is drawn: drawn.ts). */
  render(): void;
  /** The panel's views, here or loaded on demand. */
  panel: PanelSource;
  signal: AbortSignal;
}

/** How long the panel waits for its views before it shows its fallback: as long as a save waits for its check. */
export const PANEL_WAIT_MS = 3_000;

export class CoachSurface {
  private badgeEl: HTMLElement | null = null;
  private cardEl: HTMLElement | null = null;
  private panelEl: HTMLElement | null = null;
  /** The card and the panel keep their place, and what is under the pointer or focused its own, while the case manager is in them. */
  private cardSteady: Steady | null = null;
  private panelSteady: Steady | null = null;
  /** The panel was placed since it opened: a held panel is left where that put it. */
  private panelPlaced = false;
  private readonly refs: CoachViewProps['refs'] = {
    badge: (el) => void (this.badgeEl = el),
    card: (el) => void ((this.cardEl = el) && (this.cardSteady ??= this.steady(el))),
    panel: (el) => void ((this.panelEl = el) && (this.panelSteady ??= this.steady(el))),
  };
  private Panel: PanelView | null = null;
  private panelLoading = false;
  /** The views failed to load, or were not here in time: the panel shows its fallback until they are. */
  private failed = false;
  /** What takes the focus once the panel, opened before its views were here, shows. */
  private panelFocus: string | null = null;

  constructor(private readonly o: SurfaceOptions) {
    o.signal.addEventListener('abort', () => render(null, o.overlay.ui));
  }

  /** Draws it all, then shows or hides the card and panel to match the state just drawn. */
  draw(props: Drawn): void {
    const Panel = (this.Panel ??= this.o.panel.now()?.View ?? null);
    // Failed, the views are asked for again on the next opening only, not on every draw.
    if (props.panel && !Panel && !this.failed) this.loadPanel();
    const steady = [this.cardSteady, this.panelSteady];
    steady.forEach((s) => s?.before());
    render(<CoachView refs={this.refs} Panel={Panel} failed={this.failed} {...props} />, this.o.overlay.ui);
    const { pop, tracker } = this.o;
    const panelShown = pop.panelOpen && (Panel !== null || this.failed);
    syncPopover(this.cardEl, pop.card !== null);
    syncPopover(this.panelEl, panelShown);
    steady.forEach((s) => s?.after());
    if (!pop.card) this.cardSteady?.closed();
    if (!panelShown) {
      this.panelSteady?.closed();
      this.panelPlaced = false;
    }
    if (pop.card || pop.panelOpen) tracker.schedule();
  }

  /** Puts the badge at the note's corner and any open card or panel beside it; run in a frame, layout settled. */
  place(): void {
    const { note, pop, tracker } = this.o;
    if (this.badgeEl) placeBadge(this.badgeEl, note.anchor, tracker);
    const { card, panelOpen } = pop;
    const cardRect = card ? this.o.rectOf(card.id) : null;
    // One the case manager is in stays where it is (steady.ts): it is placed again once they leave it.
    const panel = panelOpen && !(this.panelPlaced && this.panelSteady?.held) ? this.panelEl : null;
    placePopovers(note.anchor, this.o.form, {
      panel,
      card: card && !this.cardSteady?.held ? this.cardEl : null,
      cardTop: cardRect ? cardRect.top - 8 : undefined,
    });
    if (panel?.matches(':popover-open')) this.panelPlaced = true;
  }

  /** The shortcut: with a card open on the caret's phrase it moves into the card; otherwise into the panel, or it opens or closes it. */
  shortcut(): void {
    const { pop } = this.o;
    if (pop.card && !this.hasFocus(this.cardEl)) return this.cardEl?.querySelector('button')?.focus();
    // A panel that opened on its own (a note to bring back, Save's problems) is reached, not closed, from outside it.
    if (pop.panelOpen && !this.hasFocus(this.panelEl)) return this.focusPanel('button.close');
    this.togglePanel();
  }

  togglePanel(): void {
    const { pop } = this.o;
    // (Open but not drawn yet, its views still loading: the press asks for it again, it does not close it unseen.)
    const open = !pop.panelOpen || (!this.Panel && !this.failed);
    pop.panelOpen = open;
    pop.closeCard();
    this.o.render();
    if (open) this.opened('button.close');
    else this.o.note.focus();
  }

  closePanel(): void {
    this.o.pop.panelOpen = false;
    this.o.render();
    this.o.note.focus();
  }

  /** Opens the panel without the case manager asking: on a draft to bring back, or on a held save with "Save anyway" focused. */
  openPanel(on: 'draft' | 'guard'): void {
    const { pop } = this.o;
    pop.panelOpen = true;
    if (on === 'guard') pop.closeCard();
    this.o.render();
    this.opened(on === 'guard' ? '.guard button' : null);
  }

  /** The panel was opened: its views asked for again if they failed before, and `focus` given once it shows. */
  private opened(focus: string | null): void {
    if (this.failed) this.loadPanel();
    if (focus) this.focusPanel(focus);
  }

  /**
   * Has the panel's views loaded, then draws the panel opened meanwhile and gives it the focus it was opened with.
   * Failing, or not here within PANEL_WAIT_MS, the panel shows its fallback instead (views that come later replace it).
   */
  private loadPanel(): void {
    if (this.panelLoading) return;
    this.panelLoading = true;
    const shown = (parts: PanelParts | null) => {
      const Panel = parts?.View ?? null;
      clearTimeout(timer);
      this.panelLoading = false;
      if (this.o.signal.aborted || (!Panel && this.failed)) return;
      this.Panel = Panel;
      this.failed = !Panel;
      const focus = this.panelFocus;
      this.panelFocus = null;
      this.o.render();
      if (focus && this.o.pop.panelOpen) this.focusPanel(focus);
    };
    const fail = (error: unknown) => {
      console.warn('[Case Note Coach] panel not loaded', error);
      shown(null);
    };
    const timer = setTimeout(() => fail('not loaded in time'), PANEL_WAIT_MS);
    this.o.panel.load().then(shown, fail);
  }

  private steady(el: HTMLElement): Steady {
    return new Steady(el, () => this.o.tracker.schedule(), this.o.signal);
  }

  /** Whether the keyboard's focus is in this popover now. */
  private hasFocus(el: HTMLElement | null): boolean {
    return el ? el.contains(this.o.overlay.host.shadowRoot?.activeElement ?? null) : false;
  }

  private focusPanel(selector: string): void {
    if (!this.Panel && !this.failed) return void (this.panelFocus = selector);
    (this.panelEl?.querySelector(selector) as HTMLButtonElement | null)?.focus();
  }
}
