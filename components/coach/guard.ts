/**
 * The save guard's wiring (the guard itself: lib/coach/save-guard.ts): which form, Save control
 * and fields it watches, how many errors the note has when Save is pressed (counted from that
 * very check's answer, not from one shown meanwhile for an older text), and where "Keep editing"
 * puts the caret.
 */
import type { Checked } from '../../lib/coach/check-runner';
import { SaveGuard } from '../../lib/coach/save-guard';
import type { HeldFor } from '../../lib/coach/save-guard';
import type { NoteField } from '../../lib/overlay/note-field';
import type { ShownFinding } from '../FindingList';

export interface GuardWiring {
  form: HTMLFormElement | null;
  /** The adapter's Save control: only the submits that save the note are held back. */
  submit?: HTMLElement | null;
  note: NoteField;
  contactType: HTMLElement | null;
  date: HTMLInputElement | null;
  signal: AbortSignal;
  /** Checks the note now: a promise when the answer comes later, nothing when it was shown at once. */
  check(): Promise<Checked> | undefined;
  /** The errors shown now (after a check answered at once). */
  shownErrors(): number;
  /** The errors a check's answer shows the case manager. */
  errorsIn(checked: Checked): number;
  /** The errors the coach sees in the note as it is now without any check (its template blanks). */
  localErrors?(): number;
  onSaved(): void;
  onHeld(why: HeldFor, unanswered?: boolean): void;
}

/** The guard on the note's form, or null when the note has no form to guard. */
export function guardSave(o: GuardWiring): SaveGuard | null {
  const { form, note } = o;
  if (!form) return null;
  return new SaveGuard({
    form,
    save: o.submit ?? null,
    // A rich editor in an iframe has the iframe focused in the host page: it counts as the note's own field.
    fields: [note.target, note.anchor, o.contactType, o.date],
    signal: o.signal,
    errorsNow: () => {
      const pending = o.check();
      return pending ? pending.then(o.errorsIn) : o.shownErrors();
    },
    ...(o.localErrors ? { localErrors: o.localErrors } : {}),
    onSaved: o.onSaved,
    onHeld: o.onHeld,
    onError: (error) => console.warn('[Case Note Coach]', error),
  });
}

/** "Keep editing": the first error's words, selected; or none, and the note just takes the focus. */
export function firstErrorSpan(findings: readonly ShownFinding[]): { start: number; end: number } | null {
  const first = findings.find((f) => f.severity === 'error' && f.start !== undefined);
  return first && first.start !== undefined && first.end !== undefined ? { start: first.start, end: first.end } : null;
}
