import { daysBetween } from '../dates';
import { plural } from '../words';
import { defineRule } from './define';

/** Wisconsin treats a note as timely within 10 calendar days (WIOA policy manual §12.2.5, "Case Notes"). Off unless a pack switches it on. */
export const lateEntry = defineRule({
  id: 'late-entry',
  severity: 'warning',
  message: 'This note was entered long after the contact. Enter notes promptly so the record stays accurate.',
  docs: "Off by default. When a pack switches it on, fires when the entry date (or today, for a note being written now) is more than the pack's lateEntryDays after the contact date.",
  check(note, ctx) {
    if (!note.contactDate) return [];
    const entered = note.enteredDate ?? ctx.today;
    const gap = daysBetween(note.contactDate, entered);
    if (gap <= ctx.pack.lateEntryDays) return [];
    return [ctx.flag({ message: `Entered ${plural(gap, 'day')} after the contact; notes are timely within ${plural(ctx.pack.lateEntryDays, 'day')}.` })];
  },
});
