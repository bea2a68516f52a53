import { formatUsDate } from '../dates';
import { defineRule } from './define';

/** MN Policy 3 requires the date of contact; a page without a date field must carry it in the text. */
export const contactDateMissing = defineRule({
  id: 'contact-date-missing',
  severity: 'warning',
  message: 'Add the date of the contact (for example 3/14/2025): this screen has no date field.',
  docs: 'Fires only when the page has no structured contact-date field and the text has no date (3/2, 03/02/2025, 2025-03-02, March 2) or "today"/"this date", or its date is a blank left in a template ("Date: [date]"). Where the page has a date field, that field is the record.',
  check(note, ctx) {
    if (note.hasDateField) return [];
    const a = ctx.analysis;
    // A form's date left blank ("Date: [date]") is the contact's date missing, whatever other dates the note gives.
    const dateBlank = a.placeholders.some((p) => /date/i.test(note.text.slice(p.start, p.end)));
    // The date goes into the note, so it is written as the systems write one (MM/DD/YYYY), not as the panel reads it.
    if ((a.dates.length > 0 || a.relativeDate) && !dateBlank) return [];
    return [ctx.flag({ fix: { kind: 'insert-text', at: 0, text: `${formatUsDate(ctx.today)} ` } })];
  },
});
