/** Checking the note as the case manager types (components/coach/typing.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TypingChecks } from '../../../components/coach/typing';
import type { TypingChecksOptions } from '../../../components/coach/typing';
import { textareaField } from '../../../lib/overlay/note-field';
import { PAUSE_MS } from '../../../lib/coach/scheduler';
import type { CaseNoteInput } from '../../../lib/model';

function setup(overrides: Partial<TypingChecksOptions> = {}) {
  document.body.innerHTML = `<select id="type"><option value=""></option><option>Telephone</option></select><input id="date"><textarea id="n"></textarea>`;
  const el = document.querySelector<HTMLTextAreaElement>('#n')!;
  const contactType = document.querySelector<HTMLSelectElement>('#type')!;
  const date = document.querySelector<HTMLInputElement>('#date')!;
  const checked: CaseNoteInput[] = [];
  const log: string[] = [];
  const controller = new AbortController();
  const checks = new TypingChecks({
    note: textareaField(el),
    contactType,
    date,
    contactTypeOf: (text) => (text === 'Telephone' ? 'telephone' : null),
    parseDate: (text) => (text === '11/25/2026' ? '2026-11-25' : null),
    signal: controller.signal,
    check: (input) => {
      checked.push(input);
      return { contactType: null, party: null, qualifies: false, findings: [] };
    },
    show: ({ text }) => log.push(`show ${text}`),
    edited: () => log.push('edited'),
    caretKey: () => log.push('caret'),
    resumed: () => log.push('resumed'),
    ...overrides,
  });
  const type = (text: string) => {
    el.value += text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { el, contactType, date, checked, log, checks, type, controller };
}

describe('checking as the case manager types', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  it('checks the first key after a pause at once; keys in a run wait for the next pause, with the per-key listeners off meanwhile', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    t.type('C');
    expect(t.log).toEqual(['edited', 'show C']);
    t.type('a');
    t.type('l');
    // While the check waits, keys reach no listener of ours: the note was edited once as far as we heard.
    expect(t.log.filter((l) => l === 'edited')).toHaveLength(2);
    expect(t.checked.map((c) => c.text)).toEqual(['C']);
    vi.advanceTimersByTime(PAUSE_MS * 3);
    expect(t.checked.at(-1)?.text).toBe('Cal');
    // Back on, and what was typed meanwhile is handed on (the draft keeps it).
    expect(t.log).toContain('resumed');
    const edits = () => t.log.filter((l) => l === 'edited').length;
    const before = edits();
    t.type('l');
    expect(edits()).toBe(before + 1);
  });

  it('runs a check still waiting for a pause as soon as the note loses focus', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    t.type('Called');
    t.type(', LM');
    expect(t.checked.at(-1)?.text).toBe('Called');
    t.el.dispatchEvent(new FocusEvent('blur'));
    expect(t.checked.at(-1)?.text).toBe('Called, LM');
  });

  it("checks at once when the host's contact type or date changes, reading them in the system's own words", () => {
    const t = setup();
    t.contactType.selectedIndex = 1;
    t.contactType.dispatchEvent(new Event('change'));
    expect(t.checked.at(-1)).toMatchObject({ contactType: 'telephone', contactDate: null, hasDateField: true });
    t.date.value = '11/25/2026';
    t.date.dispatchEvent(new Event('change'));
    expect(t.checked.at(-1)).toMatchObject({ contactDate: '2026-11-25', contactDateText: '11/25/2026' });
  });

  it('tells a key that moves the caret from one that types', () => {
    const t = setup();
    t.el.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowLeft' }));
    t.el.dispatchEvent(new KeyboardEvent('keyup', { key: 'a' }));
    expect(t.log).toEqual(['caret']);
  });

  it('a check asked for directly (Save, a template) runs now and gives back its answer when it comes later', async () => {
    const t = setup({ check: (input) => Promise.resolve({ contactType: null, party: null, qualifies: input.text === 'ok', findings: [] }) });
    t.el.value = 'ok';
    const answer = await t.checks.run();
    expect(answer?.verdict?.qualifies).toBe(true);
  });

  it('checks nothing more once unbound', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    t.type('Called');
    t.type(', LM');
    t.controller.abort();
    vi.advanceTimersByTime(5_000);
    t.el.dispatchEvent(new FocusEvent('blur'));
    expect(t.checked.map((c) => c.text)).toEqual(['Called']);
  });
});
