/** Opening, closing and drawing the card and panel (components/coach/surface.tsx). */
import { describe, expect, it, vi } from 'vitest';
import { CoachSurface } from '../../../components/coach/surface';
import type { Drawn } from '../../../components/coach/surface';
import { createOverlay } from '../../../components/coach/overlay';
import { Popovers } from '../../../components/coach/popovers';
import { FieldTracker } from '../../../lib/overlay/field-tracker';
import { textareaField } from '../../../lib/overlay/note-field';
import type { ShownFinding } from '../../../components/FindingList';
import type { PanelParts, PanelSource } from '../../../components/coach/options';
import type { SidebarProps } from '../../../components/Sidebar';
import { systemOf } from '../../../lib/systems';
import { PANEL } from './coach-setup';

const lm: ShownFinding = { id: 'unsuccessful-attempt@8', rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: 8, end: 10, phrase: 'LM' };

/** The panel's views here from the start, as in a frame that has loaded them already. */
const LOADED: PanelSource = { now: () => PANEL, load: async () => PANEL };

const panelProps = (over: Partial<SidebarProps> = {}): SidebarProps => ({
  verdict: null, findings: [], quiet: false, status: null, systemOf, problems: [], templates: [],
  drafts: [], guard: false, shortcut: 'Alt+Shift+N', pageInfo: 'test', onClose: () => undefined, onSelectSpan: () => undefined, onInsertText: () => undefined,
  onInsertTemplate: () => undefined, onUseTemplate: () => undefined, onRestoreDraft: () => undefined, onDiscardDraft: () => undefined,
  onSaveAnyway: () => undefined, onKeepEditing: () => undefined, ...over,
});

function setup(panel: PanelSource = LOADED) {
  document.body.innerHTML = '<form><textarea id="n">Called, LM</textarea></form>';
  const el = document.querySelector<HTMLTextAreaElement>('#n')!;
  const controller = new AbortController();
  const overlay = createOverlay(document, controller.signal);
  const note = textareaField(el);
  const renders: boolean[] = [];
  const pop = new Popovers(() => undefined, controller.signal);
  const nothing = () => undefined;
  const badgeOnly: Drawn = {
    badge: { counts: { error: 1, warning: 0, info: 0 }, unavailable: false, open: false, shortcut: 'Alt+Shift+N', onToggle: nothing },
    card: undefined,
    onCardEnter: nothing,
    onCardLeave: nothing,
    onCardEscape: nothing,
    panel: null,
    onPanelEscape: nothing,
  };
  const surface: CoachSurface = new CoachSurface({
    overlay,
    note,
    form: note.form,
    tracker: new FieldTracker(el, overlay.host, controller.signal),
    rectOf: () => null,
    pop,
    render: () => {
      renders.push(pop.panelOpen);
      surface.draw({ ...badgeOnly, panel: pop.panelOpen ? panelProps({ guard: true }) : null });
    },
    panel,
    signal: controller.signal,
  });
  return { el, overlay, pop, surface, renders, controller };
}

describe("the coach's surface", () => {
  it('the badge opens the panel and closes it again, the caret going back to the note', () => {
    const t = setup();
    t.surface.togglePanel();
    expect(t.pop.panelOpen).toBe(true);
    t.surface.togglePanel();
    expect(t.pop.panelOpen).toBe(false);
    expect(t.renders).toEqual([true, false]);
    expect(document.activeElement).toBe(t.el);
  });

  it('a held save opens the panel and closes the card; a draft to bring back opens it and leaves the card be', () => {
    const t = setup();
    t.pop.caretAt(9, [lm]);
    t.surface.openPanel('draft');
    expect(t.pop).toMatchObject({ panelOpen: true, card: { id: lm.id } });
    t.surface.closePanel();
    t.surface.openPanel('guard');
    expect(t.pop).toMatchObject({ panelOpen: true, card: null });
  });

  it('the shortcut with nothing open opens the panel', () => {
    const t = setup();
    t.surface.shortcut();
    expect(t.pop.panelOpen).toBe(true);
  });

  it('draws into the overlay, and takes everything away once unbound', () => {
    const t = setup();
    t.surface.togglePanel();
    expect(t.overlay.ui.querySelector('.cnc-badge')).not.toBeNull();
    t.controller.abort();
    expect(t.overlay.ui.childElementCount).toBe(0);
  });

  it("loads the panel's views the first time it opens, shows it once they come, focused on its close button, and never asks again", async () => {
    let asked = 0;
    let loaded: ((panel: PanelParts) => void) | undefined;
    let here: PanelParts | null = null;
    const t = setup({
      now: () => here,
      load: () => {
        asked++;
        return new Promise((resolve) => (loaded = (p) => resolve((here = p))));
      },
    });
    expect(asked).toBe(0);
    t.surface.togglePanel();
    expect(asked).toBe(1);
    expect(t.overlay.ui.querySelector('.cnc-sidebar')).toBeNull();
    loaded!(PANEL);
    await Promise.resolve();
    await Promise.resolve();
    const close = t.overlay.ui.querySelector<HTMLButtonElement>('.cnc-sidebar button.close');
    expect(close).not.toBeNull();
    expect(t.overlay.host.shadowRoot!.activeElement).toBe(close);
    t.surface.togglePanel();
    t.surface.togglePanel();
    expect(asked).toBe(1);
    expect(t.overlay.ui.querySelector('.cnc-sidebar')).not.toBeNull();
  });

  it('a press on the badge while the panel opened on its own is still loading keeps it opening, not closed unseen', async () => {
    let loaded: ((panel: PanelParts) => void) | undefined;
    let here: PanelParts | null = null;
    const t = setup({ now: () => here, load: () => new Promise((resolve) => (loaded = (p) => resolve((here = p)))) });
    // A kept note opens the panel by itself; its views are not here yet, so nothing shows.
    t.surface.openPanel('draft');
    expect(t.overlay.ui.querySelector('.cnc-sidebar')).toBeNull();
    // The case manager, seeing no panel, presses the badge.
    t.surface.togglePanel();
    loaded!(PANEL);
    await Promise.resolve();
    await Promise.resolve();
    expect(t.pop.panelOpen).toBe(true);
    expect(t.overlay.ui.querySelector('.cnc-sidebar')).not.toBeNull();
    // Once shown, the badge closes it as before.
    t.surface.togglePanel();
    expect(t.pop.panelOpen).toBe(false);
  });

  it("says when the panel's views could not be loaded, in the panel's fallback with a held save's buttons, and tries again at the next opening", async () => {
    let asked = 0;
    const t = setup({ now: () => null, load: async () => Promise.reject(new Error(`refused ${++asked}`)) });
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    t.surface.openPanel('guard');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warned).toHaveBeenCalledWith('[Case Note Coach] panel not loaded', new Error('refused 1'));
    expect(t.overlay.ui.querySelector('.cnc-sidebar')).toBeNull();
    const fallback = t.overlay.ui.querySelector('.cnc-fallback');
    expect(fallback?.textContent).toContain('Case Note Coach could not open its panel. Your note is safe.');
    // Opened for a held save, the fallback's choice for it has the focus, as the panel's would.
    expect(t.overlay.host.shadowRoot?.activeElement?.textContent?.trim()).toBe('Back to the note');
    warned.mockRestore();
    t.pop.panelOpen = false;
    t.surface.togglePanel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toBe(2);
  });
});
