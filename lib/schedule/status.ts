/**
 * A participant's contact status: when the last qualifying contact was, when
 * the next one is due, and whether they are overdue or have soft-exited.
 *
 * Pure: "today" is a parameter and every date is a 'YYYY-MM-DD' calendar date.
 *
 * Counting rules (design.md "What qualifies"; MO Issuance 01-02 §3):
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
 *   history" warning naming the day the soft exit would have happened.
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
import { z } from 'zod';
import type { Activity, Contact, PlannedGap, Severity } from '../model';
import { contactTypeSchema, isoDateSchema } from '../model';
import { civilToDayNumber, daysInMonth, fromDayNumber, isValidIsoDate, toDayNumber, yearMonth } from './calendar';
import type { ScheduleRules } from './rules';

export const participantStateSchema = z.enum(['ok', 'due-soon', 'overdue', 'soft-exited', 'no-activity']);
export type ParticipantState = z.infer<typeof participantStateSchema>;

export const scheduleProblemCodeSchema = z.enum([
  'no-current-activity',
  'nothing-to-count-from',
  'awaiting-response',
  'response-after-soft-exit',
  'lapse-in-history',
  'future-contact',
  'invalid-date',
  'invalid-gap',
  'in-planned-gap',
]);
export type ScheduleProblemCode = z.infer<typeof scheduleProblemCodeSchema>;

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  severity: Severity;
  message: string;
}

export const lastContactSchema = z.object({
  /** The day the contact counts from: the response date for a letter or e-mail. */
  date: isoDateSchema,
  contactType: contactTypeSchema.nullable(),
  /** For letters/e-mails, the day it was sent. */
  sentDate: isoDateSchema.nullable(),
});
export type LastContact = z.infer<typeof lastContactSchema>;

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

type Gap = [start: number, end: number];

// Counted contacts are packed as day * INDEX_SPAN + index into one reused
// scratch array and insertion-sorted (a history is short): no object or
// typed array per call, which keeps a 10,000-person recompute inside its
// budget (tests/bench/schedule.bench.ts). Safe to reuse: computeStatus is
// synchronous and calls nothing that could re-enter it.
const INDEX_SPAN = 1 << 20;
const scratch: number[] = [];

function sortPrefix(a: number[], n: number): void {
  if (n > 64) {
    const sorted = a.slice(0, n).sort((x, y) => x - y);
    for (let i = 0; i < n; i++) a[i] = sorted[i]!;
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

export function computeStatus(input: ScheduleInput, rules: ScheduleRules, today: string): ParticipantStatus {
  // "today" comes from code, not from a page: a bad one is a bug, so fail loudly.
  if (!isValidIsoDate(today)) throw new RangeError(`computeStatus: today must be a real YYYY-MM-DD date, got ${today}`);
  const problems: ScheduleProblem[] = [];
  const t = toDayNumber(today);
  const gaps = mergeGaps(input.plannedGaps, problems);
  const contacts = input.contacts.length < INDEX_SPAN ? input.contacts : input.contacts.slice(-(INDEX_SPAN - 1));

  // Contacts that can reset the clock, keyed by the day they count from.
  const packed = scratch;
  let nCounted = 0;
  const pending: Contact[] = [];
  let future = 0;
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i]!;
    if (!c.qualifies) continue;
    if (!isValidIsoDate(c.date) || (c.responseDate !== null && !isValidIsoDate(c.responseDate))) {
      problems.push({ code: 'invalid-date', severity: 'warning', message: `A contact has an impossible date (${c.date}); it was not counted.` });
      continue;
    }
    const isLetter = c.contactType === 'letter' || c.contactType === 'email';
    let day = toDayNumber(c.date);
    if (isLetter) {
      if (c.responseDate === null) {
        if (day <= t) pending.push(c);
        continue;
      }
      day = Math.max(day, toDayNumber(c.responseDate));
    }
    if (day > t) {
      future++;
      continue;
    }
    packed[nCounted++] = day * INDEX_SPAN + i;
  }
  if (future > 0) {
    problems.push({
      code: 'future-contact',
      severity: 'warning',
      message: `${future === 1 ? 'A contact is' : `${future} contacts are`} dated after today and not counted. Check the date.`,
    });
  }
  sortPrefix(packed, nCounted);

  // Where the clock starts before any contact.
  let anchor: number | null = null;
  let because: 'contact' | 'enrolment' | 'activity-start' = 'enrolment';
  if (input.enrolledDate) {
    if (isValidIsoDate(input.enrolledDate)) anchor = toDayNumber(input.enrolledDate);
    else problems.push({ code: 'invalid-date', severity: 'warning', message: `The enrolment date ${input.enrolledDate} is not a real date.` });
  }

  // Without an enrolment date the first activity start stands in for it. Like
  // enrolment it is a floor, not a fallback used only when there is no
  // contact: otherwise recording an early contact could make a due date earlier.
  if (anchor === null) {
    for (const a of input.activities) {
      if (a.startDate === null || !isValidIsoDate(a.startDate)) continue;
      const d = toDayNumber(a.startDate);
      if (d <= t && (anchor === null || d < anchor)) anchor = d;
    }
    because = 'activity-start';
  }

  const softExitDays = rules.kind === 'days' && rules.softExit ? rules.days : null;
  let lastDay = 0;
  let lastIndex = -1;
  // Only the latest lapse is reported: it is the one a case manager can still act on.
  // Kept as day numbers; the message is built once (this loop is the hot path).
  let hasLapse = false;
  let lapseFrom = 0;
  let lapseTo = 0;
  let lapseExit = 0;
  // Pairs of (response day, soft-exit day), flattened; cleared when a contact restarts the clock.
  const lateResponses: number[] = [];
  for (let k = 0; k < nCounted; k++) {
    const key = packed[k]!;
    const day = Math.floor(key / INDEX_SPAN);
    const index = key - day * INDEX_SPAN;
    if (anchor !== null && day <= anchor) {
      // Before enrolment (or the same day as the current anchor): remember it, the clock does not move back.
      if (lastIndex < 0 || day >= lastDay) {
        lastDay = day;
        lastIndex = index;
      }
      continue;
    }
    if (anchor !== null && softExitDays !== null) {
      const exitDay = (gaps.length === 0 ? anchor + softExitDays : countDays(anchor, softExitDays, gaps)) + 1;
      if (day >= exitDay) {
        const type = contacts[index]!.contactType;
        if (type === 'letter' || type === 'email') {
          lateResponses.push(day, exitDay);
          continue;
        }
        hasLapse = true;
        lapseFrom = anchor;
        lapseTo = day;
        lapseExit = exitDay;
        lateResponses.length = 0; // superseded by the contact that restarted the clock
      }
    }
    anchor = day;
    because = 'contact';
    lastDay = day;
    lastIndex = index;
  }

  if (hasLapse) {
    problems.push({
      code: 'lapse-in-history',
      severity: 'warning',
      message: `No qualifying contact between ${fromDayNumber(lapseFrom)} and ${fromDayNumber(lapseTo)}: the participant may already have soft-exited on ${fromDayNumber(lapseExit)}.`,
    });
  }
  for (let i = 0; i < lateResponses.length; i += 2) {
    problems.push({
      code: 'response-after-soft-exit',
      severity: 'warning',
      message: `The response documented on ${fromDayNumber(lateResponses[i]!)} came after the soft exit on ${fromDayNumber(lateResponses[i + 1]!)}, so it does not count.`,
    });
  }
  const activityProblem = activityProblems(input.activities, t);
  if (activityProblem) problems.push(activityProblem);
  for (const [s, e] of gaps) {
    if (s <= t && t <= e) {
      problems.push({ code: 'in-planned-gap', severity: 'info', message: `In a planned gap until ${fromDayNumber(e)}; the clock is paused.` });
    }
  }

  const lastContact = lastIndex >= 0 ? contacts[lastIndex]! : null;
  const lastQualifyingContact: LastContact | null = lastContact
    ? {
        date: fromDayNumber(lastDay),
        contactType: lastContact.contactType,
        sentDate: lastContact.contactType === 'letter' || lastContact.contactType === 'email' ? lastContact.date : null,
      }
    : null;

  if (anchor === null) {
    problems.push({
      code: 'nothing-to-count-from',
      severity: 'warning',
      message: 'No qualifying contact, enrolment date or activity start date, so no due date can be worked out.',
    });
    return { lastQualifyingContact, countedFrom: null, nextDueDate: null, daysRemaining: null, state: 'no-activity', softExitDate: null, problems };
  }

  const due = dueDay(anchor, rules, gaps);
  const softExit = softExitDays === null ? null : countDays(anchor, softExitDays, gaps) + 1;
  const nextDueDate = fromDayNumber(due);
  const softExitDate = softExit === null ? null : fromDayNumber(softExit);
  const beforeExit = softExitDate === null ? '' : `, before the soft exit on ${softExitDate}`;
  for (const p of pending) {
    if (toDayNumber(p.date) < anchor) continue; // superseded by a later contact
    problems.push({
      code: 'awaiting-response',
      severity: 'info',
      message: `The ${p.contactType === 'email' ? 'e-mail' : 'letter'} of ${p.date} counts only once the participant's response is documented${beforeExit}.`,
    });
  }
  const daysRemaining = due - t;
  const state: ParticipantState =
    softExit !== null && t >= softExit ? 'soft-exited' : daysRemaining < 0 ? 'overdue' : daysRemaining <= rules.dueSoonDays ? 'due-soon' : 'ok';
  return {
    lastQualifyingContact,
    countedFrom: { date: fromDayNumber(anchor), because },
    nextDueDate,
    daysRemaining,
    state,
    softExitDate,
    problems,
  };
}

/**
 * The first day after `today` on which computeStatus could answer differently
 * (leaving aside daysRemaining and state, which follow from the dates), or null
 * if no later day can change it. Until then a stored status stays right, so the
 * daily refresh recomputes only the participants whose day has come: a contact
 * dated ahead starts to count, an activity starts or ends, a planned gap
 * begins or ends.
 */
export function recheckDay(input: ScheduleInput, today: string): string | null {
  const t = toDayNumber(today);
  let next = Infinity;
  const after = (iso: string | null | undefined, plus = 0) => {
    if (!iso || !isValidIsoDate(iso)) return;
    const d = toDayNumber(iso) + plus;
    if (d > t && d < next) next = d;
  };
  for (const c of input.contacts) {
    if (!c.qualifies) continue;
    after(c.date);
    after(c.responseDate);
  }
  for (const a of input.activities) {
    after(a.startDate);
    after(a.endDate, 1);
  }
  for (const g of input.plannedGaps) {
    after(g.start);
    after(g.end, 1);
  }
  return next === Infinity ? null : fromDayNumber(next);
}

/**
 * The state on a given day from stored dates alone, so a list read from the
 * database days later shows today's truth without recomputing everything.
 */
export function stateOn(
  today: string,
  s: { nextDueDate: string | null; softExitDate: string | null },
  dueSoonDays: number,
): ParticipantState {
  if (s.nextDueDate === null) return 'no-activity';
  const t = toDayNumber(today);
  if (s.softExitDate !== null && t >= toDayNumber(s.softExitDate)) return 'soft-exited';
  const remaining = toDayNumber(s.nextDueDate) - t;
  if (remaining < 0) return 'overdue';
  return remaining <= dueSoonDays ? 'due-soon' : 'ok';
}

function dueDay(anchor: number, rules: ScheduleRules, gaps: readonly Gap[]): number {
  switch (rules.kind) {
    case 'days':
      return countDays(anchor, Math.min(rules.days, rules.localDays ?? rules.days), gaps);
    case 'rolling-days':
      return countDays(anchor, rules.days, gaps);
    case 'calendar-month':
      return monthDue(anchor, gaps);
  }
}

/** The day on which `n` un-paused days after `anchor` have passed. */
export function countDays(anchor: number, n: number, gaps: readonly Gap[]): number {
  let cursor = anchor;
  let remaining = n;
  for (const [s, e] of gaps) {
    if (e <= cursor) continue;
    if (s > cursor + remaining) break;
    if (s > cursor) remaining -= s - 1 - cursor;
    cursor = e;
  }
  return cursor + remaining;
}

function monthDue(anchor: number, gaps: readonly Gap[]): number {
  let [y, m] = yearMonth(fromDayNumber(anchor));
  // Bounded: gaps are finite, so at most a few hundred months can be excused.
  for (let i = 0; i < 2400; i++) {
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
    const len = daysInMonth(y, m);
    const first = civilToDayNumber(y, m, 1);
    const lastDay = first + len - 1;
    let covered = 0;
    for (const [s, e] of gaps) {
      if (e < first || s > lastDay) continue;
      covered += Math.min(e, lastDay) - Math.max(s, first) + 1;
    }
    if (covered * 2 < len) return lastDay;
  }
  return anchor;
}

function mergeGaps(planned: readonly PlannedGap[], problems: ScheduleProblem[]): Gap[] {
  if (planned.length === 0) return [];
  const gaps: Gap[] = [];
  for (const g of planned) {
    if (!isValidIsoDate(g.start) || !isValidIsoDate(g.end) || g.end < g.start) {
      problems.push({ code: 'invalid-gap', severity: 'warning', message: `The planned gap ${g.start} to ${g.end} is not a valid range and was ignored.` });
      continue;
    }
    gaps.push([toDayNumber(g.start), toDayNumber(g.end)]);
  }
  gaps.sort((a, b) => a[0] - b[0]);
  const merged: Gap[] = [];
  for (const g of gaps) {
    const prev = merged[merged.length - 1];
    if (prev && g[0] <= prev[1] + 1) prev[1] = Math.max(prev[1], g[1]);
    else merged.push([g[0], g[1]]);
  }
  return merged;
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
