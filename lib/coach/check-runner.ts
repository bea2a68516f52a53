/**
 * Running one check of the note: what it reads (the note and the host's own
 * contact-type and date fields), and which answers are shown. The rules run in
 * the background, so an answer usually comes back later: checks are numbered
 * and an answer that arrives after a newer check was started is dropped, and a
 * check that fails twice (it is asked once more) is shown as no warnings (a null
 * verdict), never as a broken page.
 */
import type { CaseNoteInput, ContactType, NoteVerdict } from '../model';
import { chosenTypeText } from '../overlay/contact-type-field';

/** What the host's own fields say beside the note. */
type StructuredInput = Pick<CaseNoteInput, 'contactType' | 'contactDate' | 'contactDateText' | 'hasDateField'>;

export interface StructuredFields {
  /** A drop-down, a radio group or a combobox (lib/overlay/contact-type-field.ts). */
  contactType: Element | null;
  date: HTMLInputElement | null;
  /** The contact type an option's text names (the system's own words). */
  contactTypeOf(text: string): ContactType | null;
  /** The calendar date a date field's text names, or null. */
  parseDate(text: string): string | null;
}

export function readStructured({ contactType, date, contactTypeOf, parseDate }: StructuredFields): StructuredInput {
  const typeText = chosenTypeText(contactType);
  return {
    contactType: typeText ? contactTypeOf(typeText) : null,
    contactDate: date?.value.trim() ? parseDate(date.value) : null,
    // What the field says, so a date no calendar has is named rather than read as "no date".
    contactDateText: date ? date.value.slice(0, 200) : null,
    hasDateField: Boolean(date),
  };
}

/** A check's text and its verdict (null: the check failed, so nothing is flagged). */
export interface Checked {
  text: string;
  verdict: NoteVerdict | null;
}

interface CheckRunnerOptions {
  /** The note as it is now. */
  read(): CaseNoteInput;
  /** The rules' verdict: at once, or (from the background) as a promise. */
  check(note: CaseNoteInput): NoteVerdict | Promise<NoteVerdict>;
  /** Shows a check's answer; `inFrame`: draw it now rather than on the next frame. */
  show(checked: Checked, inFrame: boolean): void;
  signal: AbortSignal;
  /** A check or a late `show` failed (logged; the case manager sees no warnings rather than an error). */
  onError(error: unknown): void;
  /** How long a check that failed waits before it is asked once more (default RETRY_MS). */
  retryMs?: number;
}

/** A failed check is asked again after this long: enough for a background that is starting up to listen. */
const RETRY_MS = 200;

/** An answer not back after this long may never come (the background restarted): the same note is then asked anew. */
const AWAIT_LATEST_MS = 3_000;

/** The same note and fields: checked again, it would get the same answer. */
function sameNote(a: CaseNoteInput, b: CaseNoteInput): boolean {
  return (
    a.text === b.text &&
    a.contactType === b.contactType &&
    a.contactDate === b.contactDate &&
    a.contactDateText === b.contactDateText &&
    a.hasDateField === b.hasDateField
  );
}

export class CheckRunner {
  /** Numbers each check: an answer that comes back after a newer check was started is not shown. */
  private seq = 0;
  /**
   * The latest check sent to the background while its answer is still to come: asked again for the same
   * note (Save right after a paste, leaving the field), that answer is awaited rather than a second check
   * queued behind it: a 1 MB note takes the background over a second to check, more on a loaded machine.
   * Once answered, the same note is asked anew (what Save counts is then a check of its own).
   */
  private latest: { note: CaseNoteInput; seq: number; answer: Promise<Checked> } | null = null;

  constructor(private readonly o: CheckRunnerOptions) {}

  /**
   * Checks the note as it is now. An answer given at once is shown at once
   * (and nothing is returned); a promised one is shown when it comes, unless a
   * newer check was started meanwhile, and the returned promise gives this
   * check's own text and verdict (the save guard counts errors from it).
   */
  run(inFrame = false): Promise<Checked> | undefined {
    const note = this.o.read();
    const latest = this.latest;
    if (latest && latest.seq === this.seq && sameNote(latest.note, note)) {
      // Shown again when it comes: what is shown may have changed meanwhile (a finding dismissed).
      return latest.answer.then((checked) => {
        if (latest.seq === this.seq && !this.o.signal.aborted) this.showSafely(checked);
        return checked;
      });
    }
    this.latest = null;
    const seq = ++this.seq;
    let result: NoteVerdict | Promise<NoteVerdict> | null;
    try {
      result = this.o.check(note);
    } catch (error) {
      this.o.onError(error);
      result = null;
    }
    if (result && 'then' in result) {
      const answer = result
        .catch(async () => {
          // The background may be waking (Firefox's event page) or restarting: asked once more before "no warnings".
          await new Promise((resolve) => setTimeout(resolve, this.o.retryMs ?? RETRY_MS));
          return this.o.check(note);
        })
        .then(
          (verdict) => verdict,
          (error: unknown) => {
            this.o.onError(error);
            return null;
          },
        )
        .then((verdict) => {
          const checked = { text: note.text, verdict };
          if (seq === this.seq && !this.o.signal.aborted) this.showSafely(checked);
          if (this.latest?.seq === seq) this.latest = null;
          return checked;
        });
      this.latest = { note, seq, answer };
      const forget = setTimeout(() => this.latest?.seq === seq && (this.latest = null), AWAIT_LATEST_MS);
      void answer.then(() => clearTimeout(forget));
      return answer;
    }
    this.o.show({ text: note.text, verdict: result }, inFrame);
    return undefined;
  }

  private showSafely(checked: Checked): void {
    try {
      this.o.show(checked, true);
    } catch (error) {
      this.o.onError(error);
    }
  }
}
