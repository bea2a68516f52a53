import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteCoach, type CoachOptions } from '../../../components/coach/coach';
import { textareaField } from '../../../lib/overlay/note-field';
import { createOverlay } from '../../../components/coach/overlay';
import type { CaseNoteInput, NoteVerdict } from '../../../lib/model';
import { systemOf } from '../../../lib/systems';

/** A stand-in checker: flags "LM" so the test can see which text each check read. */
function setup(overrides: Partial<CoachOptions> = {}) {
  document.body.innerHTML = '<form id="f"><textarea id="n"></textarea><button>Save</button></form>';
  const note = document.querySelector<HTMLTextAreaElement>('#n')!;
  const checked: string[] = [];
  const saved: string[] = [];
  const discarded: (string | null)[] = [];
  const controller = new AbortController();
  const overlay = createOverlay(document, controller.signal);
  const options: CoachOptions = {
    editor: { note: textareaField(note), contactType: null, date: null, form: document.querySelector('form') },
    overlay,
    signal: controller.signal,
    check: (input: CaseNoteInput): NoteVerdict => {
      checked.push(input.text);
      const at = input.text.indexOf('LM');
      return {
        contactType: null,
        party: null,
        qualifies: false,
        findings: at < 0 ? [] : [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: at, end: at + 2 }],
      };
    },
    contactTypeOf: () => null,
    systemOf,
    parseDate: () => null,
    templates: [],
    templateValues: () => ({ participantName: null, activity: null, date: null }),
    statedContact: async () => ({ sentence: 'Contact: spoke with the participant by phone on 12/01/2026.', disagreement: null }),
    problems: [],
    drafts: {
      load: async () => null,
      save: async (d) => void saved.push(d.text),
      discard: async (submittedText) => void discarded.push(submittedText ?? null),
    },
    shortcut: { label: 'Alt+Shift+N', matches: (e: KeyboardEvent) => e.altKey && e.shiftKey && e.code === 'KeyN' },
    pageInfo: 'test',
    ...overrides,
  };
  const coach = new NoteCoach(options);
  const type = (text: string) => {
    note.value += text;
    note.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // The badge's count: the finding is shown once its error is counted there.
  const shown = () => overlay.ui.querySelector('.cnc-badge [data-severity="error"]:not([hidden])') !== null;
  const panelOpen = () => overlay.ui.querySelector('.cnc-sidebar') !== null;
  return { note, coach, checked, saved, discarded, type, shown, panelOpen, overlay, controller };
}

describe('NoteCoach checking while typing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks a key typed at human pace at once, in the key\'s own event', () => {
    const t = setup();
    vi.advanceTimersByTime(100);
    t.type('Called, L');
    vi.advanceTimersByTime(150);
    t.type('M');
    expect(t.checked.at(-1)).toBe('Called, LM');
    expect(t.shown()).toBe(true);
  });

  it('checks a burst of keys once per frame, and the last check sees the final text', () => {
    const t = setup();
    vi.advanceTimersByTime(100);
    const before = t.checked.length;
    for (const ch of 'Called customer, LM') t.type(ch);
    // The first key is checked at once; the rest of the burst waits for the frame to end.
    expect(t.checked.length - before).toBe(1);
    expect(t.shown()).toBe(false);
    vi.advanceTimersByTime(20);
    expect(t.checked.length - before).toBe(2);
    expect(t.checked.at(-1)).toBe('Called customer, LM');
    expect(t.shown()).toBe(true);
  });

  it('while keys keep coming faster than frames, checks four times a second, and the final text as soon as they stop', () => {
    const t = setup();
    vi.advanceTimersByTime(100);
    const before = t.checked.length;
    // Half a second of keys every 4 ms (auto-repeat, a text expander): 125 keys.
    const seenAt: number[] = [];
    for (let i = 0; i < 124; i++) {
      t.type('x');
      vi.advanceTimersByTime(4);
      if (t.checked.length - before > seenAt.length) seenAt.push(i * 4);
    }
    t.type('LM');
    // The first key at once, then one check per quarter second: the sidebar still moves during a long burst.
    expect(seenAt.length).toBeGreaterThanOrEqual(2);
    expect(seenAt.length).toBeLessThanOrEqual(3);
    expect(Math.max(...seenAt.slice(1).map((at, i) => at - seenAt[i]!))).toBeLessThanOrEqual(300);
    expect(t.shown()).toBe(false);
    // The burst stops: its last keys are checked within a pause's length (50 ms).
    vi.advanceTimersByTime(60);
    expect(t.checked.at(-1)).toBe(`${'x'.repeat(124)}LM`);
    expect(t.shown()).toBe(true);
  });

  it('checks a short burst once, as soon as it stops, not a quarter second after it began', () => {
    const t = setup();
    vi.advanceTimersByTime(100);
    const before = t.checked.length;
    // A text expander types 25 characters in 100 ms, then nothing.
    for (let i = 0; i < 25; i++) {
      t.type('y');
      vi.advanceTimersByTime(4);
    }
    // The first key, then the frame after it (which shows keys still coming): the rest waits for the pause.
    expect(t.checked.length - before).toBe(2);
    vi.advanceTimersByTime(70);
    expect(t.checked.length - before).toBe(3);
    expect(t.checked.at(-1)).toBe('y'.repeat(25));
  });

  it('listens to nothing per key while a burst\'s check waits, and the shortcut works again once it has run', () => {
    const t = setup();
    const shortcut = () => document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyN', bubbles: true }));
    const collapsed = () => !t.panelOpen();
    const before = collapsed();
    vi.advanceTimersByTime(100);
    t.type('a');
    t.type('b'); // within a frame: the check waits, and so do the listeners
    const checks = t.checked.length;
    t.type('c');
    shortcut(); // machine-speed keys: not a person pressing the shortcut
    expect(t.checked.length).toBe(checks);
    expect(collapsed()).toBe(before);
    vi.advanceTimersByTime(20);
    expect(t.checked.at(-1)).toBe('abc');
    shortcut();
    expect(collapsed()).not.toBe(before);
  });

  it('goes back to checking each key at once when one fast key is followed by keys at typing pace', () => {
    const t = setup();
    vi.advanceTimersByTime(100);
    t.type('a');
    vi.advanceTimersByTime(5);
    t.type('b'); // inside the frame: checked in the next frame's slot
    vi.advanceTimersByTime(20);
    expect(t.checked.at(-1)).toBe('ab');
    for (const ch of 'cdefg') {
      vi.advanceTimersByTime(20);
      t.type(ch);
      // Keys 20 ms apart: each checked in its own event, with nothing waiting.
      expect(t.checked.at(-1)).toBe(t.note.value);
    }
  });

  it('saves a draft while typing goes on, and the last key always reaches the draft', () => {
    const t = setup();
    for (let i = 0; i < 250; i++) {
      t.type('x');
      vi.advanceTimersByTime(10);
    }
    // Two and a half seconds of non-stop typing are not lost if the tab crashes mid-sentence.
    expect(t.saved.length).toBeGreaterThanOrEqual(2);
    expect(t.saved.length).toBeLessThanOrEqual(3);
    t.type('!');
    vi.advanceTimersByTime(1_500);
    expect(t.saved.at(-1)).toBe(`${'x'.repeat(250)}!`);
  });

  it('saves the draft at once when the page is left or hidden, not a second later', () => {
    const t = setup();
    t.type('Met with customer');
    window.dispatchEvent(new Event('pagehide'));
    expect(t.saved).toEqual(['Met with customer']);
    t.type(', LM');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(t.saved.at(-1)).toBe('Met with customer, LM');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    // Nothing waiting: hiding again saves nothing more.
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(2_000);
    expect(t.saved).toHaveLength(2);
  });

  it('forgets the draft when the note is submitted, and leaving the page then does not keep it again', () => {
    const t = setup();
    t.type('Met with customer in person');
    vi.advanceTimersByTime(1_500);
    expect(t.saved).toEqual(['Met with customer in person']);
    t.type('.');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    expect(t.discarded).toEqual(['Met with customer in person.']);
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(2_000);
    expect(t.saved).toEqual(['Met with customer in person']);
    // The host's save failed and the case manager goes on typing: drafts are kept again.
    t.type(' More.');
    vi.advanceTimersByTime(1_500);
    expect(t.saved.at(-1)).toBe('Met with customer in person. More.');
  });

  it('says in the sidebar, in words, when the draft could not be kept, and when the page could not be recorded', async () => {
    const t = setup({ drafts: { load: async () => null, save: async () => Promise.reject(new Error('quota exceeded')), discard: async () => undefined } });
    const text = () => t.overlay.ui.textContent ?? '';
    t.type('Met with customer');
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(100);
    if (!t.panelOpen()) document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyN', bubbles: true }));
    expect(t.panelOpen()).toBe(true);
    expect(text()).toContain('could not be kept on this computer (quota exceeded)');
    t.coach.notice('page-read', 'What this page shows is not recorded yet (busy); trying again.');
    expect(text()).toContain('not recorded yet (busy)');
    t.coach.notice('page-read', null);
    expect(text()).not.toContain('not recorded yet');
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
    await new Promise((r) => setTimeout(r, 30));
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
