/** Opening, closing and drawing the card and panel (components/coach/surface.tsx). */
import { describe, expect, it } from 'vitest';
import { CoachSurface } from '../../../components/coach/surface';
import type { Drawn } from '../../../components/coach/surface';
import { createOverlay } from '../../../components/coach/overlay';
import { Popovers } from '../../../components/coach/popovers';
import { FieldTracker } from '../../../lib/overlay/field-tracker';
import { textareaField } from '../../../lib/overlay/note-field';
import type { ShownFinding } from '../../../components/FindingList';

const lm: ShownFinding = { id: 'unsuccessful-attempt@8', rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: 8, end: 10, phrase: 'LM' };

function setup() {
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
      surface.draw(badgeOnly);
    },
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
});
