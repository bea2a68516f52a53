/**
 * Which submits of the note's form are "saving the note": the only ones the
 * save guard may hold back. Host systems often wrap the whole page in one form
 * (ASP.NET WebForms), so Cancel, a header search box or a navigation button
 * submit the very same form; stopping those with "This note still has
 * problems" — and then performing them on "Save anyway" — would be wrong.
 */
interface NoteForm {
  form: HTMLFormElement;
  /** The adapter's Save control, when it found one. */
  save: HTMLElement | null;
  /** The note's own fields (note, contact type, date): Enter in one of them submits the note. */
  fields: readonly (Element | null)[];
}

/** Words on controls that never save a note (used only when the adapter found no Save control). */
const NOT_SAVING = /\b(cancel|search|find|go|back|close|delete|remove|clear|reset|prev(ious)?|next|log ?out|sign ?out|print|help|home)\b/i;

function label(el: Element): string {
  const input = el as HTMLInputElement;
  return [el.textContent ?? '', input.value ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''].join(' ');
}

export function savesTheNote(event: Event, note: NoteForm): boolean {
  if (event.target !== note.form) return false;
  const submitter = (event as SubmitEvent).submitter ?? null;
  if (submitter) {
    if (note.save) return submitter === note.save;
    return !NOT_SAVING.test(label(submitter));
  }
  // No submitter: Enter in a form without submit buttons, or a script's requestSubmit().
  // With no Save control known, nothing tells it apart from saving: held back, as a save.
  if (!note.save) return true;
  // Otherwise only Enter in the note's own fields is saving the note (a web component's form: its shadow root knows which).
  const active = (note.form.getRootNode() as Document | ShadowRoot).activeElement;
  return active !== null && note.fields.includes(active);
}

/** Why a save is held: the note still has errors, or its check did not answer in time (so it was not checked). */
export type HeldFor = 'errors' | 'unchecked';

/** How long a save waits for its check before it is held as "not checked": a Save must never look dead. */
const CHECK_WAIT_MS = 3_000;

interface SaveGuardOptions extends NoteForm {
  signal: AbortSignal;
  /** Checks the note as it is now and says how many errors it still has (at once, or once the check answers). */
  errorsNow(): number | Promise<number>;
  /** Errors known without the check (the template blanks in the note as it is now): a check that never answers holds the save for them. */
  localErrors?(): number;
  /** A save was held back: show why, and offer "Save anyway" (`unanswered`: its check never answered). */
  onHeld(why: HeldFor, unanswered?: boolean): void;
  /** The note is being saved with what the field holds now (the draft can go). */
  onSaved(): void;
  /** Errors are a hint, never a wall: a failure in our own code lets the save through. */
  onError?(error: unknown): void;
  /** How long a save waits for a check that answers later (default CHECK_WAIT_MS). */
  waitMs?: number;
}

/**
 * Holds back a save of a note that still has errors, once: the case manager
 * sees why and chooses to fix it or to *Save anyway*. We warn, never block the
 * legal record, and a failure of ours lets the save through untouched. A save
 * never waits on us for long: a check that has not answered after `waitMs` holds
 * the save as "not checked", with *Save anyway* offered, and a coach unbound
 * while a save waits passes that save on rather than dropping it.
 */
export class SaveGuard {
  /** Why a save is being held back, waiting for the case manager; null: none is. */
  heldFor: HeldFor | null = null;
  private allowNext = false;
  private submitter: HTMLElement | null = null;
  /** The save waiting for its check's answer (each has its own token): Save pressed again meanwhile is not a second save. */
  private waiting: object | null = null;
  /** The save held as "not checked": its check's late answer may still say it has errors. */
  private unchecked: object | null = null;

  constructor(private readonly o: SaveGuardOptions) {
    // Capture phase on the host window: we see the submit before the host's own handlers. A submit is not composed: a
    // form in a web component's open shadow root is watched from that root, which its submit does not leave.
    const root = o.form.getRootNode();
    const watched = 'host' in root ? root : o.form.ownerDocument.defaultView;
    watched?.addEventListener('submit', (e) => this.onSubmit(e), { capture: true, signal: o.signal });
    // Unbound (the page read again, new settings) while a save waits: that save goes on as asked, for whoever guards the form now.
    o.signal.addEventListener('abort', () => this.waiting && this.pass(), { once: true });
  }

  /** A save is being held back, waiting for the case manager. */
  get held(): boolean {
    return this.heldFor !== null;
  }

  /** The case manager fixed the note (no errors left) or went back to it: nothing is held any more. */
  release(): void {
    this.heldFor = null;
  }

  /** Submits the held save as it was asked for, and lets it through. */
  saveAnyway(): void {
    this.heldFor = null;
    this.allowNext = true;
    this.pass();
  }

  /** Submits the save as it was asked for, with its button (ASP.NET needs its name/value in the post). */
  private pass(): void {
    const form = this.o.form;
    this.waiting = null;
    const submitter = this.submitter;
    if (submitter && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter);
    else form.requestSubmit();
  }

  private onSubmit(event: Event): void {
    try {
      if (!savesTheNote(event, this.o)) return;
      if (this.allowNext) {
        this.allowNext = false;
        this.o.onSaved();
        return;
      }
      if (this.waiting) {
        // Save pressed again while the first one waits for its check: that one goes on or is held, once.
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      const errors = this.o.errorsNow();
      if (errors === 0) {
        this.o.onSaved();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      this.submitter = (event as SubmitEvent).submitter ?? null;
      if (typeof errors === 'number') this.hold('errors');
      else this.wait(errors);
    } catch (error) {
      this.o.onError?.(error);
    }
  }

  /** The check answers later: the save waits for it (not for ever), then goes on by itself when the note is fine, or is held. */
  private wait(errors: Promise<number>): void {
    const token = {};
    this.waiting = token;
    const timer = setTimeout(() => {
      if (this.waiting !== token) return;
      // No answer in time (the background busy, asleep or gone): held as not checked, never a Save that does nothing;
      // held for its errors when the note plainly has some without the check (a blank left to fill).
      this.waiting = null;
      this.unchecked = token;
      this.hold((this.o.localErrors?.() ?? 0) > 0 ? 'errors' : 'unchecked', true);
    }, this.o.waitMs ?? CHECK_WAIT_MS);
    errors.then(
      (n) => {
        clearTimeout(timer);
        if (this.waiting === token) {
          this.waiting = null;
          if (n === 0) this.saveAnyway();
          else this.hold('errors');
        } else if (this.unchecked === token && this.heldFor === 'unchecked') {
          // Answered after all, while still held: the alert says what is wrong, and the save stays the case manager's
          // to make; or nothing is, and the save they asked for is made (it was held only for want of an answer).
          if (n > 0) this.hold('errors');
          else this.saveAnyway();
        }
      },
      (error: unknown) => {
        clearTimeout(timer);
        this.o.onError?.(error);
        if (this.waiting === token) this.saveAnyway();
      },
    );
  }

  private hold(why: HeldFor, unanswered = false): void {
    if (this.o.signal.aborted) return;
    this.heldFor = why;
    this.o.onHeld(why, unanswered);
  }
}
