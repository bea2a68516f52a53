import { usDate } from '../words';
import { defineRule } from './define';

/**
 * The page's own date field is the contact's date of record; a date no calendar has ("02/30/2026", a year typed
 * "0026") or one after today would put the participant's due date in the wrong place, so it is said, not guessed.
 * A blank field is said too: the note would be saved with no date of record, and the case manager wants to hear it
 * before Save, not from the host's error page (or not at all, where the host takes a blank).
 */
export const contactDateInvalid = defineRule({
  id: 'contact-date-invalid',
  severity: 'warning',
  message: 'The contact date is not a real date. Enter it as MM/DD/YYYY.',
  docs: "Fires when the page's contact-date field holds text that is not a real calendar date from 1900 on (02/30/2026, 13/01/2026, 01/05/0026), a date after today, or nothing at all (a blank field is a note saved with no date of record, whatever date the text gives).",
  check(note, ctx) {
    const typed = note.contactDateText?.trim() ?? '';
    if (!note.hasDateField) return [];
    // Blank as the page shows it (its text known and empty, nothing parsed): a file's missing date (the CLI) is not a field.
    if (typed === '') return note.contactDateText !== null && note.contactDate === null ? [ctx.flag({ message: 'The contact date is empty. Enter the date of the contact (MM/DD/YYYY) in the date field.' })] : [];
    if (note.contactDate === null) return [ctx.flag({ message: `The contact date "${typed.slice(0, 40)}" is not a real date. Enter it as MM/DD/YYYY.` })];
    if (note.contactDate > ctx.today) return [ctx.flag({ message: `The contact date ${usDate(note.contactDate)} is after today (${usDate(ctx.today)}); check the year.` })];
    return [];
  },
});
