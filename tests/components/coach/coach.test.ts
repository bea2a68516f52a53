import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, PAUSE_MS, POLL_MS } from '../../../lib/coach/scheduler';
import type { NoteVerdict } from '../../../lib/model';
import { setup } from './coach-setup';

describe('NoteCoach checking while typing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks the first key after a pause at once, in the key\'s own event: the count appears as typing starts', () => {
    const t = setup();
    vi.advanceTimersByTime(100);
    t.type('LM');
    expect(t.checked.at(-1)).toBe('LM');
    expect(t.shown()).toBe(true);
    vi.advanceTimersByTime(PAUSE_MS);
    t.type(', then spoke');
    expect(t.checked.at(-1)).toBe('LM, then spoke');
  });

  it('checks keys typed in a run once the typist pauses, and at least every MAX_WAIT_MS while the run goes on', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    const before = t.checked.length;
    // A fast typist: a key every 120 ms for three seconds, then a pause.
    const text = 'Called customer to confirm attendance, LM';
    const checkedAt: number[] = [];
    for (let i = 0; i < 25; i++) {
      t.type(text[i % text.length]!);
      vi.advanceTimersByTime(120);
      if (t.checked.length - before > checkedAt.length) checkedAt.push(i * 120);
    }
    // The first key at once, then one check a second or so while the keys keep coming: not one a key.
    expect(checkedAt.length).toBeGreaterThanOrEqual(3);
    expect(checkedAt.length).toBeLessThanOrEqual(4);
    expect(Math.max(...checkedAt.slice(1).map((at, i) => at - checkedAt[i]!))).toBeLessThanOrEqual(MAX_WAIT_MS + POLL_MS + 120);
    t.type('LM');
    vi.advanceTimersByTime(PAUSE_MS - 10);
    expect(t.checked.at(-1)).not.toBe(t.note.value);
    // The typist pauses: the underlines follow PAUSE_MS (to PAUSE_MS + POLL_MS) after the last key.
    vi.advanceTimersByTime(POLL_MS + 10);
    expect(t.checked.at(-1)).toBe(t.note.value);
    expect(t.shown()).toBe(true);
  });

  it('checks a machine-speed burst (auto-repeat, a text expander) at its start and once it stops, not key by key', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    const before = t.checked.length;
    // 195 keys, one every 5 ms (the typing bench's pace): under a second of keys.
    for (let i = 0; i < 194; i++) {
      t.type('x');
      vi.advanceTimersByTime(5);
    }
    t.type('LM');
    expect(t.checked.length - before).toBeLessThanOrEqual(2);
    expect(t.shown()).toBe(false);
    vi.advanceTimersByTime(PAUSE_MS + POLL_MS);
    expect(t.checked.length - before).toBeLessThanOrEqual(3);
    expect(t.checked.at(-1)).toBe(`${'x'.repeat(194)}LM`);
    expect(t.shown()).toBe(true);
  });

  it('checks at once when the note field loses focus with a check still waiting for a pause', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    t.type('Called');
    vi.advanceTimersByTime(50);
    t.type(', LM');
    expect(t.shown()).toBe(false);
    t.note.dispatchEvent(new FocusEvent('blur'));
    expect(t.checked.at(-1)).toBe('Called, LM');
    expect(t.shown()).toBe(true);
    // Nothing waits any more: no second check of the same text.
    const n = t.checked.length;
    vi.advanceTimersByTime(2_000);
    expect(t.checked.length).toBe(n);
  });

  it('Save in the middle of a run checks the note as it is, not the last text checked', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    t.type('Called');
    vi.advanceTimersByTime(50);
    t.type(', LM');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(t.checked.at(-1)).toBe('Called, LM');
  });

  it('takes the shortcut in the middle of fast typing', () => {
    const t = setup();
    vi.advanceTimersByTime(1_000);
    for (const ch of 'Called customer') {
      t.type(ch);
      vi.advanceTimersByTime(5);
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyN', bubbles: true }));
    expect(t.panelOpen()).toBe(true);
  });

  it('does nothing more once the page is left', () => {
    const t = setup();
    t.type('LM');
    t.type(' again');
    t.controller.abort();
    const n = t.checked.length;
    vi.advanceTimersByTime(1_000);
    expect(t.checked.length).toBe(n);
    expect(t.saved).toEqual([]);
  });
});

describe('NoteCoach with the check answered later (the rules run in the background)', () => {
  it('shows an answer only if no newer check was started meanwhile, and Save waits for the check', async () => {
    const answers: { text: string; resolve: (v: NoteVerdict) => void }[] = [];
    const verdictFor = (text: string): NoteVerdict => {
      const at = text.indexOf('LM');
      return { contactType: null, party: null, qualifies: false, findings: at < 0 ? [] : [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: at, end: at + 2 }] };
    };
    const t = setup({ check: (input) => new Promise<NoteVerdict>((resolve) => answers.push({ text: input.text, resolve })) });
    await new Promise((r) => setTimeout(r, 30));
    t.type('Called, LM');
    // After a pause: checked at once, while the first answer is still out.
    await new Promise((r) => setTimeout(r, PAUSE_MS + 20));
    t.type(' Then spoke with her.');
    // The newer answer first, then the older one: the older is not shown over it.
    const [first, second] = answers.slice(-2);
    second!.resolve({ ...verdictFor(second!.text), findings: [] });
    await Promise.resolve();
    first!.resolve(verdictFor(first!.text));
    await new Promise((r) => setTimeout(r, 0));
    expect(t.shown()).toBe(false);
    // Save: held until the check answers, then held back for the error it finds.
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    const atSave = answers.at(-1)!;
    // A key after Save starts a newer check before the Save's own check answers: the guard still goes by the Save's.
    await new Promise((r) => setTimeout(r, 30));
    t.type(' ');
    atSave.resolve(verdictFor('LM'));
    await new Promise((r) => setTimeout(r, 0));
    expect(t.overlay.ui.querySelector('[role="alertdialog"]')).not.toBeNull();
  });
});

describe('NoteCoach when the background is slow, asleep or gone', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const withLM = (text: string): NoteVerdict => {
    const at = text.indexOf('LM');
    return { contactType: null, party: null, qualifies: false, findings: at < 0 ? [] : [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: at, end: at + 2 }] };
  };
  const save = () => {
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    return submit;
  };

  it('a Save whose check never answers is held as not checked within seconds, with "Save anyway", never a Save that does nothing', async () => {
    let answering = true;
    const t = setup({ check: (input) => (answering ? Promise.resolve(withLM(input.text)) : new Promise<NoteVerdict>(() => undefined)) });
    t.type('Called, LM');
    await vi.advanceTimersByTimeAsync(100);
    answering = false;
    expect(save().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    const guard = t.overlay.ui.querySelector('[role="alertdialog"]');
    expect(guard?.textContent).toContain('could not be checked');
    const anyway = Array.from(guard!.querySelectorAll('button')).find((b) => b.textContent === 'Save anyway')!;
    const posted: boolean[] = [];
    document.querySelector('form')!.addEventListener('submit', (e) => {
      posted.push(!e.defaultPrevented);
      e.preventDefault();
    });
    anyway.click();
    expect(posted).toEqual([true]);
  });

  // A 1 MB note on a loaded machine: its check answers after the 3 s wait, and finds nothing wrong.
  it('a Save whose check answers late with no errors is made once it answers; "Save anyway" was never a dead end', async () => {
    let answer: (v: NoteVerdict) => void = () => undefined;
    const t = setup({ check: () => new Promise<NoteVerdict>((resolve) => (answer = resolve)) });
    t.type('Met with customer in person, attending CNA classes.');
    const posted: boolean[] = [];
    document.querySelector('form')!.addEventListener('submit', (e) => {
      posted.push(!e.defaultPrevented);
      e.preventDefault();
    });
    expect(save().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(t.overlay.ui.querySelector('[role="alertdialog"]')?.textContent).toContain('could not be checked');
    answer(withLM('Met with customer in person, attending CNA classes.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toEqual([true]);
  });

  it('a check that fails once (the background waking) is asked again: Save is held for the errors it finds, not let through', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let failNext = false;
    const t = setup({
      check: (input) => {
        if (!failNext) return Promise.resolve(withLM(input.text));
        failNext = false;
        return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      },
    });
    t.type('Called, LM');
    await vi.advanceTimersByTimeAsync(100);
    failNext = true;
    expect(save().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.overlay.ui.querySelector('[role="alertdialog"]')?.textContent).toContain('still has problems');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('NoteCoach when the check itself fails', () => {
  it('shows no warnings and lets Save through untouched: a failure never blocks the legal record', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = setup({ check: () => { throw new Error('rules broke'); } });
    t.type('Called, LM');
    expect(t.coach.outstandingErrors).toBe(0);
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    expect(t.overlay.ui.querySelector('[role="alertdialog"]')).toBeNull();
    warn.mockRestore();
  });
});

describe('NoteCoach with no answer from the background: the blanks it sees itself still count', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const BLANKED = 'Spoke with customer by phone. Next step: [[next step and when]].';
  const save = () => {
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    return submit;
  };
  const posts = () => {
    const posted: boolean[] = [];
    document.querySelector('form')!.addEventListener('submit', (e) => {
      posted.push(!e.defaultPrevented);
      e.preventDefault();
    });
    return posted;
  };

  it('a check that fails: the badge counts the blank, the panel says checking is unavailable and names the blank, Save is held for it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = setup({ check: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) });
    t.type(BLANKED);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.coach.outstandingErrors).toBe(1);
    const badge = t.overlay.ui.querySelector('.cnc-badge')!;
    expect(badge.querySelector('[data-severity="error"]:not([hidden])')?.textContent).toContain('1');
    expect(badge.textContent).toMatch(/checking unavailable/);
    expect(save().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    const guard = t.overlay.ui.querySelector('[role="alertdialog"]');
    expect(guard?.textContent).toContain('still has problems');
    expect(t.overlay.ui.querySelector('.cnc-sidebar [role="status"]')?.textContent).toMatch(/unavailable.*1 blank to fill/);
    expect(t.overlay.ui.querySelector('.cnc-sidebar .findings')?.textContent).toContain('Fill in the blank: next step and when.');
    const posted = posts();
    Array.from(guard!.querySelectorAll('button')).find((b) => b.textContent === 'Save anyway')!.click();
    expect(posted).toEqual([true]);
    warn.mockRestore();
  });

  it('a Save whose check never answers, on a note with a blank, is held within seconds for the blank rather than "could not be checked"', async () => {
    let answering = true;
    const t = setup({ check: () => (answering ? Promise.resolve({ contactType: null, party: null, qualifies: false, findings: [] }) : new Promise<NoteVerdict>(() => undefined)) });
    t.type('Spoke with customer by phone.');
    await vi.advanceTimersByTimeAsync(100);
    answering = false;
    t.type(' Next step: [[next step and when]].');
    expect(save().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    const guard = t.overlay.ui.querySelector('[role="alertdialog"]');
    expect(guard?.textContent).toContain('still has problems');
    expect(guard?.textContent).not.toContain('could not be checked');
    expect(t.overlay.ui.querySelector('.cnc-sidebar .findings')?.textContent).toContain('Fill in the blank: next step and when.');
  });
});

describe('NoteCoach stays quiet until it matters', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('flags nothing on an empty, untouched note; counts once typing starts; Save still catches the empty note', () => {
    const t = setup({
      check: (input) => ({
        contactType: null,
        party: null,
        qualifies: false,
        findings: input.text.trim() ? [] : [{ rule: 'not-substantive', severity: 'error', message: 'The note is empty.' }],
      }),
    });
    const badge = () => t.overlay.ui.querySelector('.cnc-badge')!;
    // The check did run and found the empty note, but nothing says so before the case manager writes.
    expect(badge().querySelector('.cnc-sr')?.textContent).toMatch(/start typing/);
    expect(badge().querySelector('[data-severity]:not([hidden])')).toBeNull();
    vi.advanceTimersByTime(100);
    t.type('x');
    expect(badge().querySelector('.cnc-sr')?.textContent).toMatch(/No problems found/);
    vi.advanceTimersByTime(100);
    t.note.value = '';
    t.note.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(PAUSE_MS + POLL_MS);
    expect(badge().querySelector('.cnc-sr')?.textContent).toMatch(/1 Error\b/);
    // Untouched or not, Save with an empty note is held back and the panel opens with the guard.
    const fresh = setup({ check: () => ({ contactType: null, party: null, qualifies: false, findings: [{ rule: 'not-substantive', severity: 'error', message: 'The note is empty.' }] }) });
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(fresh.overlay.ui.querySelector('[role="alertdialog"]')).not.toBeNull();
  });

  it('draws into its overlay on <html>, never into the host\'s form', () => {
    const t = setup();
    t.type('Called, LM');
    expect(t.overlay.host.parentElement).toBe(document.documentElement);
    expect(document.querySelector('form')!.children).toHaveLength(2);
    t.controller.abort();
    expect(t.overlay.host.isConnected).toBe(false);
  });
});
