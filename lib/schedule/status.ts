/**
 * A participant's contact status: when the last qualifying contact was, when
 * the next one is due, and whether they are overdue or have soft-exited.
 *
 * Pure: "today" is a parameter and every date is a 'YYYY-MM-DD' calendar date.
 *
 * Counting rules (ARCHITECTURE.md "What qualifies"; MO Issuance 01-02 §3):
 * - Only contacts with `qualifies: true` reset the clock.
 * - A letter or e-mail counts from the day the participant's response is
 *   documented (`responseDate`), never from the day it was sent, and only if
 *   that response comes before the soft exit. Without a response it is a
 *   pending letter, reported as a problem.
 * - The enrolment date (else the earliest activity start not after today)
 *   is a floor: with no qualifying contact yet the clock runs from it, and
 *   contacts dated before it do not move the clock back. (A floor rather
 *   than a fallback, so recording an old contact never makes a due date earlier.)
 * - Contacts dated after today are ignored (and reported): a typo must not
 *   push a due date months ahead.
 * - Missouri: a contact made after the soft-exit date still restarts the
 *   clock here (the case may have been re-enrolled), with a "lapse in
 *   history" warning that calls that gap earlier and names the day the
 *   participant may have soft-exited then.
 *
 * Planned gaps (start..end, both inclusive) pause the clock:
 * - `days` / `rolling-days`: days inside a gap do not count toward the
 *   interval, so the due date moves later by the overlap. A gap that starts
 *   on the due date itself still pauses it (due = day after the gap). A gap
 *   starting the day after the due date is too late to help. Overlapping or
 *   touching gaps are merged, so a day is never counted twice. The soft exit
 *   is paused the same way.
 * - `calendar-month`: a month in which planned gaps cover at least half the
 *   days is excused; the contact is due by the end of the first month after
 *   the last contact's month that is not excused. Whole months rather than
 *   day shifts so that a contact *during* a gap never makes a due date earlier.
 * - A gap whose end is before its start, or with an impossible date, is
 *   ignored and reported.
 */
import type { Activity, Contact, ContactType, IsoDate, PlannedGap, Severity } from '../model';
import { isWritten as isWrittenType } from '../kinds';
import { fromDayNumber, toDayNumber } from './calendar';
import { isValidIsoDate } from '../dates';
import { usDate } from '../words';
import { NONE, contactAt, digest, dueDay, gapsOf, isWritten, newWalk, softExitDay, typeOf, walk } from './digest';
import type { ScheduleRules } from './rules';

/** Messages are read by people: US dates as people read them (lib/words.ts). */
const us = (day: number): string => usDate(fromDayNumber(day));

/** Where a participant stands (stored rows are checked against this list in lib/db/schema.ts). */
export const PARTICIPANT_STATES = ['ok', 'due-soon', 'overdue', 'soft-exited', 'no-activity'] as const;
export type ParticipantState = (typeof PARTICIPANT_STATES)[number];

export type ScheduleProblemCode =
  | 'no-current-activity'
  | 'nothing-to-count-from'
  | 'awaiting-response'
  | 'response-after-soft-exit'
  | 'lapse-in-history'
  | 'future-contact'
  | 'invalid-date'
  | 'invalid-gap'
  | 'in-planned-gap';

interface ScheduleProblem {
  code: ScheduleProblemCode;
  severity: Severity;
  message: string;
}

interface LastContact {
  /** The day the contact counts from: the response date for a letter or e-mail. */
  date: IsoDate;
  contactType: ContactType | null;
  /** For letters/e-mails, the day it was sent. */
  sentDate: IsoDate | null;
}

export interface ParticipantStatus {
  lastQualifyingContact: LastContact | null;
  /** Where the clock runs from: a contact, or the enrolment/first activity when there is none. */
  countedFrom: { date: string; because: 'contact' | 'enrolment' | 'activity-start' } | null;
  nextDueDate: string | null;
  /** Calendar days from today to the due date; negative when overdue. */
  daysRemaining: number | null;
  state: ParticipantState;
  /** Missouri: the first day the participant is soft-exited if no entry is made. */
  softExitDate: string | null;
  problems: ScheduleProblem[];
}

export interface ScheduleInput {
  contacts: readonly Contact[];
  activities: readonly Activity[];
  plannedGaps: readonly PlannedGap[];
  enrolledDate?: string | null;
}

/**
 * One participant's status with every problem spelled out. The dates come
 * from the same engine the whole caseload is scheduled with (digest.ts);
 * this adds what a person reading one record needs to know: impossible
 * dates, letters awaiting a response, lapses, a missing activity.
 */
export function computeStatus(input: ScheduleInput, rules: ScheduleRules, today: string): ParticipantStatus {
  // "today" comes from code, not from a page: a bad one is a bug, so fail loudly.
  if (!isValidIsoDate(today)) throw new RangeError(`computeStatus: today must be a real YYYY-MM-DD date, got ${today}`);
  const problems: ScheduleProblem[] = [];
  const t = toDayNumber(today);
  for (const g of input.plannedGaps) {
    if (!isValidIsoDate(g.start) || !isValidIsoDate(g.end) || g.end < g.start) {
      problems.push({ code: 'invalid-gap', severity: 'warning', message: `The planned gap ${usDate(g.start)} to ${usDate(g.end)} is not a valid range and was ignored.` });
    }
  }
  const pending: Contact[] = [];
  for (const c of input.contacts) {
    if (!c.qualifies) continue;
    if (!isValidIsoDate(c.date) || (c.responseDate !== null && !isValidIsoDate(c.responseDate))) {
      problems.push({ code: 'invalid-date', severity: 'warning', message: `A contact has an impossible date (${usDate(c.date)}); it was not counted.` });
    } else if (isWrittenType(c.contactType) && c.responseDate === null && toDayNumber(c.date) <= t) {
      pending.push(c);
    }
  }

  const d = digest(input);
  const w = walk(d, rules, t, newWalk(), true);
  if (w.future > 0) {
    problems.push({
      code: 'future-contact',
      severity: 'warning',
      message: `${w.future === 1 ? 'A contact is' : `${w.future} contacts are`} dated after today and not counted. Check the date.`,
    });
  }
  if (input.enrolledDate && !isValidIsoDate(input.enrolledDate)) {
    problems.push({ code: 'invalid-date', severity: 'warning', message: `The enrolment date ${usDate(input.enrolledDate)} is not a real date.` });
  }
  // Only the latest lapse is reported: it is the one a case manager can still act on. It is said as
  // *earlier*: the status's own soft exit (a second date beside this one) is where the participant stands now.
  // Not a "gap": the panel lists planned gaps just above it, and this is not one.
  if (w.lapse && rules.kind === 'days') {
    const [from, to, exit] = w.lapse;
    problems.push({
      code: 'lapse-in-history',
      severity: 'warning',
      message: `Earlier, ${us(from)} to ${us(to)} went more than ${rules.days} days without a qualifying contact: they may have soft-exited on ${us(exit)} and been re-enrolled since.`,
    });
  }
  for (let i = 0; i < w.lateResponses.length; i += 2) {
    problems.push({
      code: 'response-after-soft-exit',
      severity: 'warning',
      message: `The response documented on ${us(w.lateResponses[i]!)} came after the soft exit on ${us(w.lateResponses[i + 1]!)}, so it does not count.`,
    });
  }
  const activityProblem = activityProblems(input.activities, t);
  if (activityProblem) problems.push(activityProblem);
  for (const [s, e] of gapsOf(d)) {
    if (s <= t && t <= e) {
      problems.push({ code: 'in-planned-gap', severity: 'info', message: `In a planned gap until ${us(e)}; the clock is paused.` });
    }
  }

  let lastQualifyingContact: LastContact | null = null;
  if (w.last >= 0) {
    const [, sent, type] = contactAt(d, w.last);
    lastQualifyingContact = { date: fromDayNumber(w.lastDay), contactType: typeOf(type), sentDate: isWritten(type) ? fromDayNumber(sent) : null };
  }

  const anchor = w.anchor;
  if (anchor === NONE) {
    problems.push({
      code: 'nothing-to-count-from',
      severity: 'warning',
      message: 'No qualifying contact, enrolment date or activity start date, so no due date can be worked out.',
    });
    return { lastQualifyingContact, countedFrom: null, nextDueDate: null, daysRemaining: null, state: 'no-activity', softExitDate: null, problems };
  }

  const due = dueDay(d, anchor, rules);
  const softExit = softExitDay(d, anchor, rules);
  const nextDueDate = fromDayNumber(due);
  const softExitDate = softExit === NONE ? null : fromDayNumber(softExit);
  const beforeExit = softExitDate === null ? '' : `, before the soft exit on ${usDate(softExitDate)}`;
  for (const p of pending) {
    if (toDayNumber(p.date) < anchor) continue; // superseded by a later contact
    problems.push({
      code: 'awaiting-response',
      severity: 'info',
      message: `The ${p.contactType === 'email' ? 'e-mail' : 'letter'} of ${usDate(p.date)} counts only once the participant's response is documented${beforeExit}.`,
    });
  }
  const daysRemaining = due - t;
  return {
    lastQualifyingContact,
    countedFrom: { date: fromDayNumber(anchor), because: w.because },
    nextDueDate,
    daysRemaining,
    state: stateOfDays(t, daysRemaining, softExit, rules.dueSoonDays),
    softExitDate,
    problems,
  };
}

/** The state from days left and the soft-exit day (NONE: none) on day `t`. */
export function stateOfDays(t: number, daysRemaining: number, softExit: number, dueSoonDays: number): ParticipantState {
  if (softExit !== NONE && t >= softExit) return 'soft-exited';
  if (daysRemaining < 0) return 'overdue';
  return daysRemaining <= dueSoonDays ? 'due-soon' : 'ok';
}

/** The "no current activity" warning for these activities on `today`, or null when one is current. */
export function currentActivityProblem(activities: readonly Activity[], today: string): ScheduleProblem | null {
  return activityProblems(activities, toDayNumber(today));
}

function activityProblems(activities: readonly Activity[], t: number): ScheduleProblem | null {
  for (const a of activities) {
    const started = a.startDate === null || !isValidIsoDate(a.startDate) || toDayNumber(a.startDate) <= t;
    const notEnded = a.endDate === null || !isValidIsoDate(a.endDate) || toDayNumber(a.endDate) >= t;
    if (started && notEnded) return null;
  }
  return {
    code: 'no-current-activity',
    severity: 'warning',
    message:
      activities.length === 0
        ? NO_ACTIVITY_MESSAGE
        : "Services can't continue without an enrolled activity: no recorded activity is current today.",
  };
}

const NO_ACTIVITY_MESSAGE = "Services can't continue without an enrolled activity: no activity is recorded.";
