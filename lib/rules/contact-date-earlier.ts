import { contactDateOf } from '../schedule/contact-date';
import { usDate } from '../words';
import { defineRule } from './define';

/**
 * The due date counts from the day a note records its contact (lib/schedule/contact-date.ts), which can be earlier
 * than the page's date field: a log whose last entry is an unanswered call, a note written up weeks later. Said while
 * the note is written, so the case manager puts the right day in the field or in the note: the saved record and the
 * due date then agree. (A blank, impossible or future field is contact-date-invalid's.)
 */
export const contactDateEarlier = defineRule({
  id: 'contact-date-earlier',
  severity: 'warning',
  message: 'This note records the contact on an earlier day than the contact date field says. Put the day of the contact in the date field, or correct the date in the note.',
  docs: "Fires when a note that counts as a contact records it on a day before the page's contact-date field (the date typed with the contact it rests on, as its reason gives it: \"2/11 TC w/ client …\" in a note whose field says 03/20/2026). The due date counts from the earlier day. Not without a date field, not on a field that is no real date, not when the note's date is later than the field's (the field's day is counted then).",
  check(note, ctx) {
    const field = note.contactDate;
    const c = ctx.contact;
    if (!note.hasDateField || field === null || !c.qualifies || !c.reason.date) return [];
    const day = contactDateOf(field, c);
    if (day >= field) return [];
    const at = nearest(note.text, c.reason.date, c.reason.start ?? 0);
    return [
      ctx.flag({
        message: `This note records the contact on ${usDate(day)}, but the contact date field says ${usDate(field)}. The due date counts from ${usDate(day)}: correct whichever is wrong.`,
        ...(at >= 0 ? { start: at, end: at + c.reason.date.length } : {}),
      }),
    ];
  },
});

/** Where `what` is written closest to `near` (the contact it dates), or -1. */
function nearest(text: string, what: string, near: number): number {
  let best = -1;
  for (let i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}
