/**
 * What the coach writes into the note for the case manager: a template (lib/coach/template-inserter.ts)
 * and the sentence stating a confirmed contact (lib/coach/stated-contact.ts). Each goes in as an
 * edit the case manager can undo, is checked at once, and leaves the caret on the first blank still
 * to fill.
 */
import type { ContactType } from '../../lib/model';
import type { NoteTemplate } from '../../lib/templates/templates';
import type { TemplateValues } from '../../lib/templates/fill';
import { insertAtTop, insertTemplate } from '../../lib/coach/template-inserter';
import { chosenTypeText } from '../../lib/overlay/contact-type-field';
import type { ContactQuestionState, StatedChannel, StatedContactAnswer, StatedContactRequest } from '../../lib/coach/stated-contact';
import type { NoteField } from '../../lib/overlay/note-field';


export interface NoteEditsOptions {
  note: NoteField;
  contactType: HTMLElement | null;
  date: HTMLInputElement | null;
  contactTypeOf(text: string): ContactType | null;
  templates: readonly NoteTemplate[];
  templateValues(): TemplateValues;
  /** The sentence stating a confirmed contact (built in the background). */
  statedContact(request: StatedContactRequest): Promise<StatedContactAnswer>;
  /** "Did you reach the participant?" for this note: answered here. */
  question: ContactQuestionState;
  /** The channel the last verdict read in the note, if any. */
  noteChannel(): string | null;
  signal: AbortSignal;
  /** Makes the change (the note is no longer untouched), checks the note at once and gives back what the change did. */
  write<T>(change: () => T): T;
}

export class NoteEdits {
  constructor(private readonly o: NoteEditsOptions) {}

  /** The template with this id, if the page has it. */
  template(id: string): NoteTemplate | undefined {
    return this.o.templates.find((t) => t.id === id);
  }

  /** Puts a template in, filling the host's empty contact-type and date fields. */
  insertTemplate(template: NoteTemplate): void {
    const { note, contactType, date, contactTypeOf } = this.o;
    this.selectBlank(this.o.write(() => insertTemplate({ note, contactType, date, contactTypeOf }, template, this.o.templateValues())));
  }

  /** "Yes, by phone" (and the rest): one sentence stating the contact goes at the top of the note. */
  async answerContact(channel: StatedChannel): Promise<void> {
    const field = chosenTypeText(this.o.contactType);
    const answer = await this.o.statedContact({
      channel,
      name: this.o.templateValues().participantName ?? null,
      date: this.o.date?.value ?? null,
      contactType: field,
      noteChannel: this.o.noteChannel(),
    });
    if (this.o.signal.aborted) return;
    this.o.question.answered(answer, field);
    this.selectBlank(this.o.write(() => insertAtTop(this.o.note, answer.sentence)));
  }

  private selectBlank(blank: { start: number; end: number } | null): void {
    if (blank) this.o.note.select(blank.start, blank.end);
    else this.o.note.focus();
  }
}
