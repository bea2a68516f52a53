/**
 * The coach when its panel's views (panel.js) cannot be loaded, or take too long: the case manager is told beside
 * the note, a kept note is still offered (and not written over), and a Save held for the panel still has its
 * "Save anyway" (components/coach/surface.tsx, coach-view.tsx).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteVerdict } from '../../../lib/model';
import type { NoteTemplate } from '../../../lib/templates/templates';
import type { PanelSource } from '../../../components/coach/options';
import { PANEL_WAIT_MS } from '../../../components/coach/surface';
import { PANEL, setup } from './coach-setup';

const kept = { visit: 'a1', text: 'Called customer; discussed CNA clinicals and her ride to class.', contactType: null, date: null, savedAt: '12/2/2026, 4:10 PM' };

const refused = (): PanelSource => ({ now: () => null, load: () => Promise.reject(new Error('Refused: the panel')) });
/** A load that never answers (the background asleep, an injection that hangs); `arrive` brings the views at last. */
function hung() {
  let arrive: () => void = () => undefined;
  const source: PanelSource = { now: () => null, load: () => new Promise((resolve) => (arrive = () => resolve(PANEL))) };
  return { source, arrive: () => arrive() };
}

const withLM = (text: string): NoteVerdict => {
  const at = text.indexOf('LM');
  return { contactType: null, party: null, qualifies: false, findings: at < 0 ? [] : [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: at, end: at + 2 }] };
};

function save(): Event {
  const submit = new Event('submit', { bubbles: true, cancelable: true });
  document.querySelector('form')!.dispatchEvent(submit);
  return submit;
}

/** The form's submits from here on: true for one that goes ahead (then stopped, jsdom cannot navigate). */
function posts(): boolean[] {
  const posted: boolean[] = [];
  document.querySelector('form')!.addEventListener('submit', (e) => {
    posted.push(!e.defaultPrevented);
    e.preventDefault();
  });
  return posted;
}

const fallback = (ui: ShadowRoot | HTMLElement) => ui.querySelector<HTMLElement>('.cnc-fallback');
const button = (ui: ShadowRoot | HTMLElement, name: string) => Array.from(ui.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);

// Every test here runs on fake timers, with the coach's console warnings about the failed load silenced.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("NoteCoach when the panel's views cannot be loaded", () => {
  it('a kept note is still offered beside the note, typing does not write over it, and "Restore it" brings it back', async () => {
    const visits: string[] = [];
    const replaced: (string | undefined)[] = [];
    const drafts = {
      load: async () => [kept],
      save: async (visit: string, d: { text: string }, replaces?: string) => void (t.saved.push(d.text), visits.push(visit), replaced.push(replaces)),
      discard: async (_visit: string, s?: string) => void t.discarded.push(s ?? null)
    };
    const t = setup({ panel: refused(), drafts });
    await vi.advanceTimersByTimeAsync(0);
    const shown = fallback(t.overlay.ui);
    expect(shown?.textContent).toContain('could not open');
    expect(shown?.textContent).toContain('Your note is safe');
    expect(shown?.textContent).toContain('An unsaved note from 12/2/2026, 4:10 PM');
    // The case manager starts a new note without answering: it is this visit's own draft, and the kept one stays.
    t.type('Met with');
    await vi.advanceTimersByTimeAsync(1_500);
    window.dispatchEvent(new Event('pagehide'));
    expect(t.saved).toEqual(['Met with']);
    expect(visits[0]).not.toBe('a1');
    expect(t.discarded).toEqual([]);
    button(t.overlay.ui, 'Restore it')!.click();
    expect(t.note.value).toBe(kept.text);
    await vi.advanceTimersByTimeAsync(1_500);
    // What was typed stays kept under its visit; the restored note is kept under a new one, in the kept one's place.
    expect(t.saved.slice(1)).toEqual(['Met with', kept.text]);
    expect(visits[1]).toBe(visits[0]);
    expect([visits[2] !== visits[0], replaced[2]]).toEqual([true, 'a1']);
    expect(t.discarded).toEqual([]);
  });

  it('a Save held for its errors still offers "Save anyway" beside the note, which saves the note as typed', async () => {
    const t = setup({ panel: refused(), check: (input) => withLM(input.text) });
    t.type('Called customer, LM');
    expect(save().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    const shown = fallback(t.overlay.ui)!;
    expect(shown.textContent).toContain('could not open');
    expect(shown.querySelector('[role="alertdialog"]')?.textContent).toContain('still has problems');
    const posted = posts();
    button(shown, 'Save anyway')!.click();
    expect(posted).toEqual([true]);
  });

  it('says so on opening from the badge too, and tries again at the next opening', async () => {
    let asked = 0;
    const t = setup({ panel: { now: () => null, load: () => Promise.reject(new Error(`refused ${++asked}`)) } });
    t.overlay.ui.querySelector<HTMLButtonElement>('.cnc-badge')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(fallback(t.overlay.ui)?.textContent).toContain('could not open');
    // Drawn again as the case manager types: no new load each time.
    t.type('Met with customer');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked).toBe(1);
    button(t.overlay.ui, 'Close')!.click();
    expect(fallback(t.overlay.ui)).toBeNull();
    t.overlay.ui.querySelector<HTMLButtonElement>('.cnc-badge')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toBe(2);
  });
});

describe("NoteCoach when the panel's views are slow to load", () => {
  it('a Save held for its errors never waits on them for ever: within seconds "Save anyway" is there, and the panel replaces it once it comes', async () => {
    const panel = hung();
    const t = setup({ panel: panel.source, check: (input) => withLM(input.text) });
    t.type('Called customer, LM');
    expect(save().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(PANEL_WAIT_MS);
    const shown = fallback(t.overlay.ui)!;
    expect(shown.querySelector('[role="alertdialog"]')?.textContent).toContain('still has problems');
    expect(button(shown, 'Save anyway')).toBeDefined();
    // The views come at last: the full panel, the save still held for the case manager to decide.
    panel.arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(fallback(t.overlay.ui)).toBeNull();
    expect(t.overlay.ui.querySelector('.cnc-sidebar [role="alertdialog"]')?.textContent).toContain('still has problems');
    const posted = posts();
    button(t.overlay.ui.querySelector<HTMLElement>('.cnc-sidebar')!, 'Save anyway')!.click();
    expect(posted).toEqual([true]);
  });
});

/** A template a finding offers on its card, as the background sends both. */
const phone: NoteTemplate = { id: 'phone', label: 'Phone', packs: [], contactType: 'telephone', party: 'participant', attemptOnly: false, body: 'Called about [[topic]].' };
const offersPhone = (text: string): NoteVerdict => {
  const at = text.indexOf('LM');
  const findings = at < 0 ? [] : [{ rule: 'unsuccessful-attempt', severity: 'error' as const, message: 'A message is not a contact.', start: at, end: at + 2, fix: { kind: 'use-template' as const, templateId: 'phone' } }];
  return { contactType: null, party: null, qualifies: false, findings };
};

/** Types a note with an attempt, puts the caret in "LM" and presses its card's "Use template" before the panel ever opened. */
async function useTemplateFromCard(t: ReturnType<typeof setup>) {
  t.type('Called customer, LM');
  await vi.advanceTimersByTimeAsync(1_000);
  t.note.setSelectionRange(18, 18);
  t.note.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const use = Array.from(t.overlay.ui.querySelectorAll<HTMLButtonElement>('.cnc-card button')).find((b) => b.textContent?.startsWith('Use template: Phone'));
  expect(use, "the card's Use template button").toBeDefined();
  use!.click();
}

describe("a card's template, used before the panel ever opened (what writes it comes with the panel's views)", () => {
  it('goes into the note once those are here, after the words typed', async () => {
    const panel = hung();
    const t = setup({ panel: panel.source, check: (input) => offersPhone(input.text), templates: [phone] });
    await useTemplateFromCard(t);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.note.value).toBe('Called customer, LM');
    panel.arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.note.value).toBe('Called customer, LM\nCalled about [[topic]].');
  });

  it('leaves the note as typed when they cannot be loaded', async () => {
    const t = setup({ panel: refused(), check: (input) => offersPhone(input.text), templates: [phone] });
    await useTemplateFromCard(t);
    await vi.advanceTimersByTimeAsync(PANEL_WAIT_MS);
    expect(t.note.value).toBe('Called customer, LM');
    expect(console.warn).toHaveBeenCalled();
  });
});

describe('templates that come after the coach is up (it does not wait for them)', () => {
  it('are offered in the open panel once they come', async () => {
    const t = setup();
    t.overlay.ui.querySelector<HTMLButtonElement>('.cnc-badge')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.overlay.ui.querySelector('.cnc-sidebar')).not.toBeNull();
    expect(t.overlay.ui.querySelector('[data-template="phone"]')).toBeNull();
    t.coach.setTemplates([phone]);
    expect(t.overlay.ui.querySelector('[data-template="phone"]')?.textContent).toContain('Phone');
  });
});
