/** The save guard's wiring: what it counts when Save is pressed, where "Keep editing" goes (components/coach/guard.ts). */
import { describe, expect, it } from 'vitest';
import { firstErrorSpan, guardSave } from '../../../components/coach/guard';
import type { GuardWiring } from '../../../components/coach/guard';
import { textareaField } from '../../../lib/overlay/note-field';
import type { Checked } from '../../../lib/coach/check-runner';
import type { ShownFinding } from '../../../components/FindingList';

function setup(overrides: Partial<GuardWiring> = {}) {
  document.body.innerHTML = '<form id="f"><textarea id="n"></textarea><button id="save">Save</button></form>';
  const el = document.querySelector<HTMLTextAreaElement>('#n')!;
  const form = document.querySelector('form');
  const events: string[] = [];
  const guard = guardSave({
    form,
    submit: document.getElementById('save'),
    note: textareaField(el),
    contactType: null,
    date: null,
    signal: new AbortController().signal,
    check: () => undefined,
    shownErrors: () => 0,
    errorsIn: ({ text }: Checked) => (text.includes('LM') ? 1 : 0),
    onSaved: () => events.push('saved'),
    onHeld: (why) => events.push(`held ${why}`),
    ...overrides,
  });
  const save = () => {
    const submit = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: document.getElementById('save') });
    form!.dispatchEvent(submit);
    return submit;
  };
  return { el, guard, events, save };
}

const verdict = { contactType: null, party: null, qualifies: false, findings: [] };

describe("the save guard's wiring", () => {
  it('guards nothing when the note has no form', () => {
    document.body.innerHTML = '<textarea id="n"></textarea>';
    const el = document.querySelector<HTMLTextAreaElement>('#n')!;
    const none = guardSave({ form: null, note: textareaField(el), contactType: null, date: null, signal: new AbortController().signal, check: () => undefined, shownErrors: () => 1, errorsIn: () => 1, onSaved: () => undefined, onHeld: () => undefined });
    expect(none).toBeNull();
  });

  it('counts the errors a check answered at once shows, and holds the save while there are any', () => {
    let errors = 1;
    const t = setup({ shownErrors: () => errors });
    expect(t.save().defaultPrevented).toBe(true);
    expect(t.events).toEqual(['held errors']);
    t.guard!.release();
    errors = 0;
    expect(t.save().defaultPrevented).toBe(false);
    expect(t.events).toEqual(['held errors', 'saved']);
  });

  it("counts a later answer's errors from that check's own text, not from one shown meanwhile", async () => {
    const t = setup({ check: () => Promise.resolve({ text: 'Called, LM', verdict }), shownErrors: () => 0 });
    expect(t.save().defaultPrevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.events).toEqual(['held errors']);
  });
});

describe('"Keep editing"', () => {
  const f = (rule: string, severity: ShownFinding['severity'], start?: number): ShownFinding =>
    ({ id: rule, rule, severity, message: rule, phrase: '', ...(start === undefined ? {} : { start, end: start + 2 }) }) as ShownFinding;

  it("selects the first error's words: not a warning's, not an error without a place in the note", () => {
    expect(firstErrorSpan([f('w', 'warning', 0), f('e', 'error'), f('lm', 'error', 8), f('x', 'error', 20)])).toEqual({ start: 8, end: 10 });
    expect(firstErrorSpan([f('w', 'warning', 0), f('e', 'error')])).toBeNull();
  });
});
