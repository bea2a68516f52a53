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
