/**
 * Putting a note template into the note: where it goes, the host's own
 * contact-type and date fields it fills (only while they are empty), and the
 * first blank to fill next. The note is changed only through `NoteText`, the
 * way a person edits it, so undo works.
 */
import type { ContactType } from '../model';
import { fillTemplate, findBlanks } from '../templates/fill';
import type { NoteTemplate } from '../templates/templates';
import type { TemplateValues } from '../templates/fill';
import { isSelect, setField } from '../overlay/contact-type-field';

/** The note field as the inserter needs it (lib/overlay/note-field.ts provides it). */
interface NoteText {
  text(): string;
  selectionEnd(): number | null;
  replaceRange(start: number, end: number, text: string): void;
}

interface TemplateTarget {
  note: NoteText;
  /** Filled only when it is a drop-down: a radio group or combobox is left as it is. */
  contactType: HTMLElement | null;
  date: HTMLInputElement | null;
  /** The contact type an option's text names (the system's own words). */
  contactTypeOf(text: string): ContactType | null;
}

/**
 * Where a template goes: the whole field when it is empty; otherwise on a line
 * of its own after the line that holds the cursor. It never replaces a
 * selection (a phrase "Show in note" selected is the case manager's words) and
 * never splits a sentence.
 */
export function templateInsertion(value: string, selectionEnd: number | null, text: string): { start: number; end: number; text: string } {
  if (!value.trim()) return { start: 0, end: value.length, text };
  const cursor = Math.min(Math.max(selectionEnd ?? value.length, 0), value.length);
  const lineEnd = value.indexOf('\n', cursor);
  const at = lineEnd < 0 ? value.length : lineEnd;
  const lead = at > 0 && value[at - 1] !== '\n' ? '\n' : '';
  const trail = at < value.length && value[at] !== '\n' ? '\n' : '';
  return { start: at, end: at, text: lead + text + trail };
}

/**
 * Where a stated contact goes ("Contact: spoke with … by phone on …", lib/coach/stated-contact.ts):
 * at the very start, on a line of its own, because it heads the note the way a monitor reads one
 * and lands in the same place wherever the caret was. Nothing of the note moves but down one line.
 */
export function topInsertion(value: string, text: string): { start: number; end: number; text: string } {
  if (!value.trim()) return { start: 0, end: value.length, text };
  return { start: 0, end: 0, text: `${text}\n` };
}

/**
 * Puts a stated contact at the top of the note as one edit (one Ctrl+Z takes it back). The
 * page's own contact-type and date fields are left as they are. Returns a blank it left (a date
 * to fill in) or null.
 */
export function insertAtTop(note: NoteText, text: string): { start: number; end: number } | null {
  const at = topInsertion(note.text(), text);
  note.replaceRange(at.start, at.end, at.text);
  const first = findBlanks(note.text()).find((b) => b.start >= at.start && b.end <= at.start + text.length);
  return first ? { start: first.start, end: first.end } : null;
}


/**
 * A template says how the contact was made and when: fill the host's own
 * contact-type and date fields to match, but only when they are still empty.
 */
function fillStructuredFields(target: TemplateTarget, template: NoteTemplate, date: string | null | undefined): void {
  const { contactType, date: dateField } = target;
  if (contactType && isSelect(contactType) && !contactType.value && template.contactType) {
    const option = Array.from(contactType.options).find((o) => o.value && target.contactTypeOf(o.text) === template.contactType);
    if (option) setField(contactType, option.value);
  }
  if (dateField && !dateField.value.trim() && date) setField(dateField, date);
}

/**
 * Inserts the template filled with what the page knows; returns the first
 * blank left to fill in the note (to select it), or null when none is left.
 */
export function insertTemplate(target: TemplateTarget, template: NoteTemplate, values: TemplateValues): { start: number; end: number } | null {
  fillStructuredFields(target, template, values.date);
  const filled = fillTemplate(template, values);
  const note = target.note;
  const at = templateInsertion(note.text(), note.selectionEnd(), filled.text);
  note.replaceRange(at.start, at.end, at.text);
  const first = findBlanks(note.text()).find((b) => b.start >= at.start);
  return first ? { start: first.start, end: first.end } : null;
}
