/** Running a check of the note and showing only answers still current (lib/coach/check-runner.ts). */
import { describe, expect, it, vi } from 'vitest';
import { CheckRunner, readStructured, type Checked } from '../../lib/coach/check-runner';
import type { CaseNoteInput, NoteVerdict } from '../../lib/model';

const verdict = (text: string): NoteVerdict => ({
  contactType: null,
  party: null,
  qualifies: false,
  findings: text.includes('LM') ? [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.' }] : [],
});

function setup(check: (note: CaseNoteInput) => NoteVerdict | Promise<NoteVerdict>) {
  let text = '';
  const shown: { checked: Checked; inFrame: boolean }[] = [];
  const errors: unknown[] = [];
  const controller = new AbortController();
  const runner = new CheckRunner({
    read: () => ({ text, contactType: null, contactDate: null }),
    check,
    show: (checked, inFrame) => void shown.push({ checked, inFrame }),
    signal: controller.signal,
    onError: (e) => void errors.push(e),
  });
  return { runner, shown, errors, controller, setText: (t: string) => (text = t) };
}

/** A check answered later, by hand: `answer(i)` resolves the i-th check asked. */
function later() {
  const pending: { note: CaseNoteInput; resolve(v: NoteVerdict): void; reject(e: unknown): void }[] = [];
  const check = (note: CaseNoteInput) => new Promise<NoteVerdict>((resolve, reject) => void pending.push({ note, resolve, reject }));
  return { check, pending, answer: (i: number) => pending[i]!.resolve(verdict(pending[i]!.note.text)) };
}

describe('the check runner', () => {
  it('shows an answer given at once, drawn now or on the next frame as asked', () => {
    const t = setup((note) => verdict(note.text));
    t.setText('Called, LM');
    expect(t.runner.run(true)).toBeUndefined();
    t.runner.run();
    expect(t.shown.map((s) => [s.checked.text, s.checked.verdict?.findings.length, s.inFrame])).toEqual([
      ['Called, LM', 1, true],
      ['Called, LM', 1, false],
    ]);
  });

  it('drops an answer that comes back after a newer check was started, and shows the newer one', async () => {
    const l = later();
    const t = setup(l.check);
    t.setText('Called, LM');
    const first = t.runner.run()!;
    t.setText('Called, spoke with customer');
    const second = t.runner.run()!;
    l.answer(1);
    await second;
    l.answer(0);
    // The older check still tells its caller (the save guard) its own text and verdict…
    expect(await first).toEqual({ text: 'Called, LM', verdict: verdict('Called, LM') });
    // …but only the newer one reached the screen.
    expect(t.shown.map((s) => s.checked.text)).toEqual(['Called, spoke with customer']);
  });

  it('shows no warnings when the check fails, at once or later, and says why in the log', async () => {
    const t = setup(() => {
      throw new Error('rules crashed');
    });
    t.runner.run();
    expect(t.shown[0]!.checked.verdict).toBeNull();
    const l = later();
    const u = setup(l.check);
    const pending = u.runner.run()!;
    l.pending[0]!.reject(new Error('background gone'));
    // Asked once more (the background may have been waking), and failing again: no warnings.
    await vi.waitFor(() => expect(l.pending).toHaveLength(2));
    l.pending[1]!.reject(new Error('background still gone'));
    expect((await pending).verdict).toBeNull();
    expect(u.shown[0]!.checked.verdict).toBeNull();
    expect([...t.errors, ...u.errors].map(String)).toEqual(['Error: rules crashed', 'Error: background still gone']);
  });

  it('asks a check that failed once more: a background waking up answers the second time', async () => {
    const l = later();
    const t = setup(l.check);
    t.setText('Called, LM');
    const pending = t.runner.run()!;
    l.pending[0]!.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await vi.waitFor(() => expect(l.pending).toHaveLength(2));
    l.answer(1);
    expect(await pending).toEqual({ text: 'Called, LM', verdict: verdict('Called, LM') });
    expect(t.shown.map((s) => s.checked.verdict?.findings.length)).toEqual([1]);
    expect(t.errors).toEqual([]);
  });

  it('shows nothing once the coach is unbound', async () => {
    const l = later();
    const t = setup(l.check);
    const pending = t.runner.run()!;
    t.controller.abort();
    l.answer(0);
    await pending;
    expect(t.shown).toEqual([]);
  });
});

describe('what a check reads beside the note', () => {
  it("reads the contact type from the chosen option's words and the date as the field says it", () => {
    document.body.innerHTML = '<select id="t"><option value="">(select)</option><option value="TEL">Telephone</option></select><input id="d">';
    const contactType = document.querySelector<HTMLSelectElement>('#t')!;
    const date = document.querySelector<HTMLInputElement>('#d')!;
    const fields = {
      contactType,
      date,
      contactTypeOf: (t: string) => (t === 'Telephone' ? ('telephone' as const) : null),
      parseDate: (t: string) => (t === '11/20/2026' ? '2026-11-20' : null),
    };
    expect(readStructured(fields)).toEqual({ contactType: null, contactDate: null, contactDateText: '', hasDateField: true });
    contactType.selectedIndex = 1;
    date.value = '02/30/2026';
    // A date no calendar has is passed on as written, so the rules can name it rather than read "no date".
    expect(readStructured(fields)).toEqual({ contactType: 'telephone', contactDate: null, contactDateText: '02/30/2026', hasDateField: true });
    date.value = '11/20/2026';
    expect(readStructured(fields).contactDate).toBe('2026-11-20');
    expect(readStructured({ ...fields, contactType: null, date: null })).toEqual({ contactType: null, contactDate: null, contactDateText: null, hasDateField: false });
  });
});

describe('the check runner and a note already being checked', () => {
  // A 1 MB pasted note takes the background about 1.5 s to check on an idle machine: Save must not queue a second one.
  it('asks once for a note identical to the one in flight: Save after a paste waits for that check, not for another', async () => {
    const l = later();
    const t = setup(l.check);
    t.setText('Met with customer in person. '.repeat(1000));
    const typed = t.runner.run()!;
    const saved = t.runner.run()!;
    expect(l.pending).toHaveLength(1);
    l.answer(0);
    expect(await saved).toEqual(await typed);
    // Shown for each asking: what is shown may have changed meanwhile (a finding dismissed for this note).
    expect(t.shown).toHaveLength(2);
    // Answered: asked again, it is a check of its own (the save guard counts from a check made for it).
    void t.runner.run();
    expect(l.pending).toHaveLength(2);
  });

  it('asks again once the note or its fields change, or when the last check failed', async () => {
    let fails = true;
    const asked: string[] = [];
    const t = setup((note) => {
      asked.push(note.text);
      return fails ? Promise.reject(new Error('background asleep')) : Promise.resolve(verdict(note.text));
    });
    t.setText('Called, LM');
    expect((await t.runner.run()!).verdict).toBeNull();
    fails = false;
    await t.runner.run();
    t.setText('Called, spoke with customer');
    await t.runner.run();
    // The failed check was asked twice (once more after the failure), then asked anew, then the changed note.
    expect(asked).toEqual(['Called, LM', 'Called, LM', 'Called, LM', 'Called, spoke with customer']);
  });

  it('asks anew when the check in flight has not answered for 3 s: its answer may never come', async () => {
    vi.useFakeTimers();
    try {
      const l = later();
      const t = setup(l.check);
      t.setText('Called, spoke with customer');
      void t.runner.run();
      void t.runner.run();
      expect(l.pending).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(3_000);
      void t.runner.run();
      expect(l.pending).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
