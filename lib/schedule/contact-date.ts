/**
 * The day a qualifying note's contact happened, as the schedule counts it. A note can record its
 * contact on an earlier day than the one it is saved under: a log ("1/14 TC w/ client … 2/11 TC w/
 * client … 3/20 TC – NA, LM") saved on 3/20 documents a contact on 2/11, and counting it from 3/20
 * would move the due date and the soft exit five weeks later than policy allows. So the day is
 * the date the verdict's reason gives (the date typed with the contact it rests on) when that is
 * a real day on or before the note's own date, and the note's date otherwise: of the two, never
 * the later one, which could hide an overdue participant. Pure. (How a typed date is read: lib/dates.ts `typedDateOn`.)
 */
import { typedDateOn } from '../dates';
import type { IsoDate, NoteVerdict } from '../model';

/**
 * The day a note's contact counts from: for a qualifying note, its reason's date when that is a
 * real day on or before the note's date; otherwise (no date given, no real day, one after the
 * note's date, a note that does not qualify) the note's date.
 */
export function contactDateOf(noteDate: IsoDate, verdict: Pick<NoteVerdict, 'qualifies' | 'reason'>): IsoDate {
  return countedDate(noteDate, verdict.qualifies ? verdict.reason?.date : undefined);
}

/** contactDateOf for a qualifying note, from its date and the date typed with its contact (for callers that remember answers by these two). */
export function countedDate(noteDate: IsoDate, typed: string | undefined): IsoDate {
  if (!typed) return noteDate;
  const day = typedDateOn(typed, noteDate);
  return day !== null && day < noteDate ? day : noteDate;
}
