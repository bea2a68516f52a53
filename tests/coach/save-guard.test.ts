/** Which submits of the note's form the save guard may hold back (lib/coach/save-guard.ts). */
import { describe, expect, it, vi } from 'vitest';
import { SaveGuard, savesTheNote } from '../../lib/coach/save-guard';

/** The host's own submit handler: what reaches it is what the host saves (the submitter's value, in order). */
function postsOf(form: HTMLFormElement): string[] {
  const posted: string[] = [];
  form.addEventListener('submit', (e) => {
    if (!e.defaultPrevented) posted.push(((e as SubmitEvent).submitter as HTMLInputElement | null)?.value ?? '(none)');
    e.preventDefault();
  });
  return posted;
}

function page(withSave: boolean) {
  document.body.innerHTML = `
    <form id="f">
      <input id="q" name="q"> <input type="submit" id="search" value="Search">
      <select id="type"><option>Telephone</option></select> <input id="date"> <textarea id="note"></textarea>
      <input type="submit" id="save" value="Save"> <input type="submit" id="cancel" value="Cancel"> <button id="back">Back to list</button>
    </form>`;
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const form = $('f') as HTMLFormElement;
  const note = { form, save: withSave ? $('save') : null, fields: [$('note'), $('type'), $('date')] };
  const submit = (submitter: HTMLElement | null) => {
    const event = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter });
    return savesTheNote(Object.defineProperty(event, 'target', { value: form }), note);
  };
  return { $, submit };
}

describe('the save guard only guards saving the note', () => {
  it("with the adapter's Save control known: Save and Enter in the note's fields, nothing else", () => {
    const { $, submit } = page(true);
    expect(submit($('save'))).toBe(true);
    expect(submit($('cancel'))).toBe(false);
    expect(submit($('search'))).toBe(false);
    expect(submit($('back'))).toBe(false);
    $('date').focus();
    expect(submit(null)).toBe(true);
    $('q').focus();
    expect(submit(null)).toBe(false);
  });

  it('without a known Save control: anything but controls that plainly do something else', () => {
    const { $, submit } = page(false);
    expect(submit($('save'))).toBe(true);
    expect(submit($('cancel'))).toBe(false);
    expect(submit($('search'))).toBe(false);
    expect(submit($('back'))).toBe(false);
    expect(submit(null)).toBe(true);
  });

  it('a submit of another form is never the note', () => {
    const { $ } = page(true);
    const other = document.createElement('form');
    const event = new SubmitEvent('submit', { submitter: null });
    Object.defineProperty(event, 'target', { value: other });
    expect(savesTheNote(event, { form: $('f') as HTMLFormElement, save: $('save'), fields: [] })).toBe(false);
  });
});

describe('the save guard', () => {
  function guarded(errors: () => number | Promise<number>, waitMs?: number, localErrors?: () => number) {
    const { $ } = page(true);
    const form = $('f') as HTMLFormElement;
    const posted = postsOf(form);
    const held = vi.fn();
    const saved = vi.fn();
    const controller = new AbortController();
    const guard = new SaveGuard({ form, save: $('save'), fields: [$('note')], signal: controller.signal, errorsNow: errors, onHeld: held, onSaved: saved, ...(waitMs !== undefined ? { waitMs } : {}), ...(localErrors ? { localErrors } : {}) });
    return { $, form, posted, held, saved, guard, controller };
  }

  /** A save pressed while its check is slow, held as not checked once the 3 s wait is over; `answer` gives the check's late answer. */
  function heldUnchecked() {
    let answer: (n: number) => void = () => undefined;
    const t = guarded(() => new Promise<number>((resolve) => (answer = resolve)), 3_000);
    t.$('save').click();
    vi.advanceTimersByTime(3_000);
    return { ...t, answer: (n: number) => answer(n) };
  }

  it('holds back a save of a note with errors once; "Save anyway" sends it with the button that was pressed', () => {
    const t = guarded(() => 1);
    t.$('save').click();
    expect(t.posted).toEqual([]);
    expect(t.held).toHaveBeenCalledTimes(1);
    expect(t.guard.held).toBe(true);
    t.guard.saveAnyway();
    expect(t.posted).toEqual(['Save']);
    expect(t.saved).toHaveBeenCalledTimes(1);
    expect(t.guard.held).toBe(false);
  });

  it('lets a note without errors, and every submit that does not save the note, straight through', () => {
    let errors = 0;
    const t = guarded(() => errors);
    t.$('save').click();
    errors = 2;
    t.$('cancel').click();
    expect(t.posted).toEqual(['Save', 'Cancel']);
    expect(t.held).not.toHaveBeenCalled();
    expect(t.saved).toHaveBeenCalledTimes(1);
  });

  it('lets the save through when checking fails: a failure of ours never blocks the legal record', () => {
    const t = guarded(() => {
      throw new Error('broken');
    });
    t.$('save').click();
    expect(t.posted).toEqual(['Save']);
  });

  it('when the check answers later (from the background), the save waits for it: sent by itself if the note is fine, held if not', async () => {
    let errors = 0;
    const t = guarded(() => Promise.resolve(errors));
    t.$('save').click();
    expect(t.posted).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(t.posted).toEqual(['Save']);
    expect(t.held).not.toHaveBeenCalled();
    errors = 1;
    t.$('save').click();
    await Promise.resolve();
    await Promise.resolve();
    expect(t.posted).toEqual(['Save']);
    expect(t.held).toHaveBeenCalledTimes(1);
    // A check that fails lets the save through: no warnings, never a blocked record.
    const failing = guarded(() => Promise.reject(new Error('background gone')));
    failing.$('save').click();
    await Promise.resolve();
    await Promise.resolve();
    expect(failing.posted).toEqual(['Save']);
  });

  it('guards nothing once the coach is unbound', () => {
    const t = guarded(() => 1);
    t.controller.abort();
    t.$('save').click();
    expect(t.posted).toEqual(['Save']);
  });

  it('a check that never answers holds the save as not checked after a while, and "Save anyway" then saves it once', () => {
    vi.useFakeTimers();
    try {
      const t = guarded(() => new Promise<number>(() => undefined), 3_000);
      t.$('save').click();
      // Pressed again while it waits: still one save waiting, not two.
      t.$('save').click();
      expect(t.posted).toEqual([]);
      vi.advanceTimersByTime(2_999);
      expect(t.held).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(t.held).toHaveBeenCalledTimes(1);
      expect(t.held).toHaveBeenCalledWith('unchecked', true);
      expect(t.guard.heldFor).toBe('unchecked');
      t.guard.saveAnyway();
      expect(t.posted).toEqual(['Save']);
      expect(t.saved).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a check that never answers, on a note with errors seen without it (a blank), holds the save for them, not as not checked', () => {
    vi.useFakeTimers();
    try {
      const t = guarded(() => new Promise<number>(() => undefined), 3_000, () => 1);
      t.$('save').click();
      vi.advanceTimersByTime(3_000);
      expect(t.held.mock.calls).toEqual([['errors', true]]);
      t.guard.saveAnyway();
      expect(t.posted).toEqual(['Save']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a Save pressed again while the first waits for its check is saved once, when the check answers', async () => {
    // Both presses would get the same answer: without care, each would send the note.
    let answer: (n: number) => void = () => undefined;
    const check = new Promise<number>((resolve) => (answer = resolve));
    const t = guarded(() => check);
    t.$('save').click();
    t.$('save').click();
    answer(0);
    await vi.waitFor(() => expect(t.posted).toEqual(['Save']));
    await new Promise((r) => setTimeout(r, 10));
    expect(t.posted).toEqual(['Save']);
    expect(t.held).not.toHaveBeenCalled();
  });

  // A 1 MB note under load: its check answers after the 3 s wait, with nothing wrong. The save pressed is made, once;
  // it was dropped (the coach cleared the hold on the clean answer, and with it "Save anyway").
  it('a late answer with no errors, while held as not checked, makes the save that was asked for, once', async () => {
    vi.useFakeTimers();
    try {
      const t = heldUnchecked();
      expect(t.guard.heldFor).toBe('unchecked');
      t.answer(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(t.posted).toEqual(['Save']);
      expect(t.saved).toHaveBeenCalledTimes(1);
      expect(t.guard.held).toBe(false);
      // Released meanwhile (the case manager went back to the note and edited it): the late answer makes no save.
      const u = heldUnchecked();
      u.guard.release();
      u.answer(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(u.posted).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a late answer with errors, while held as not checked, says so; one after "Save anyway" changes nothing', async () => {
    vi.useFakeTimers();
    try {
      const t = heldUnchecked();
      t.answer(2);
      await vi.advanceTimersByTimeAsync(0);
      expect(t.held.mock.calls).toEqual([['unchecked', true], ['errors', false]]);
      expect(t.guard.heldFor).toBe('errors');
      expect(t.posted).toEqual([]);

      const u = heldUnchecked();
      u.guard.saveAnyway();
      u.answer(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(u.posted).toEqual(['Save']);
      expect(u.held).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a coach unbound while a save waits for its check passes the save on, never drops it', () => {
    const t = guarded(() => new Promise<number>(() => undefined));
    t.$('save').click();
    expect(t.posted).toEqual([]);
    t.controller.abort();
    expect(t.posted).toEqual(['Save']);
    expect(t.held).not.toHaveBeenCalled();
  });
});

describe('the save guard on a form a web component draws in its open shadow root', () => {
  it('holds back its Save (a submit there never reaches the window) and sends it on "Save anyway"; Enter in the note counts', () => {
    document.body.innerHTML = '<case-note-form></case-note-form>';
    const shadow = document.querySelector('case-note-form')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<form id="f"><textarea id="note"></textarea><input id="q"><input type="submit" id="save" value="Save"></form>';
    const $ = (id: string) => shadow.getElementById(id) as HTMLElement;
    const form = $('f') as HTMLFormElement;
    const posted = postsOf(form);
    const held = vi.fn();
    const controller = new AbortController();
    const guard = new SaveGuard({ form, save: $('save'), fields: [$('note')], signal: controller.signal, errorsNow: () => 1, onHeld: held, onSaved: () => undefined });
    $('save').click();
    expect(posted).toEqual([]);
    expect(held).toHaveBeenCalledTimes(1);
    guard.saveAnyway();
    expect(posted).toEqual(['Save']);
    // Enter in the note (no submitter): the shadow root, not the document, knows the note has the focus.
    $('note').focus();
    const enter = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: null });
    expect(savesTheNote(Object.defineProperty(enter, 'target', { value: form }), { form, save: $('save'), fields: [$('note')] })).toBe(true);
    controller.abort();
  });
});
