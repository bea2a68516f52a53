/**
 * Which submits of the note's form are "saving the note": the only ones the
 * save guard may hold back. Host systems often wrap the whole page in one form
 * (ASP.NET WebForms), so Cancel, a header search box or a navigation button
 * submit the very same form; stopping those with "This note still has
 * problems" — and then performing them on "Save anyway" — would be wrong.
 */
export interface NoteForm {
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
  // Otherwise only Enter in the note's own fields is saving the note.
  const active = note.form.ownerDocument.activeElement;
  return active !== null && note.fields.includes(active);
}

export interface SaveGuardOptions extends NoteForm {
  signal: AbortSignal;
  /** Checks the note as it is now and says how many errors it still has (at once, or once the check answers). */
  errorsNow(): number | Promise<number>;
  /** A save was held back: show why, and offer "Save anyway". */
  onHeld(): void;
  /** The note is being saved with what the field holds now (the draft can go). */
  onSaved(): void;
  /** Errors are a hint, never a wall: a failure in our own code lets the save through. */
  onError?(error: unknown): void;
}

/**
 * Holds back a save of a note that still has errors, once: the case manager
 * sees why and chooses to fix it or to *Save anyway*. We warn, never block the
 * legal record, and a failure of ours lets the save through untouched.
 */
export class SaveGuard {
  /** A save is being held back, waiting for the case manager. */
  held = false;
  private allowNext = false;
  private submitter: HTMLElement | null = null;

  constructor(private readonly o: SaveGuardOptions) {
    // Capture phase on the host window: we see the submit before the host's own handlers.
    o.form.ownerDocument.defaultView?.addEventListener('submit', (e) => this.onSubmit(e), { capture: true, signal: o.signal });
  }

  /** The case manager fixed the note (no errors left): nothing is held any more. */
  release(): void {
    this.held = false;
  }

  /** Submits the held save as it was asked for, and lets it through. */
  saveAnyway(): void {
    const form = this.o.form;
    this.held = false;
    this.allowNext = true;
    const submitter = this.submitter;
    // requestSubmit with the original button keeps its name/value in the post (ASP.NET needs it).
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
      const errors = this.o.errorsNow();
      if (errors === 0) {
        this.o.onSaved();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      this.submitter = (event as SubmitEvent).submitter ?? null;
      if (typeof errors === 'number') {
        this.hold();
        return;
      }
      // The check answers later: the save waits for it, then goes on by itself when the note is fine.
      errors.then(
        (n) => (n === 0 ? this.saveAnyway() : this.hold()),
        (error: unknown) => {
          this.o.onError?.(error);
          this.saveAnyway();
        },
      );
    } catch (error) {
      this.o.onError?.(error);
    }
  }

  private hold(): void {
    if (this.o.signal.aborted) return;
    this.held = true;
    this.o.onHeld();
  }
}
