/**
 * The schedule engine over a compact, rules-free digest of one participant's
 * schedule inputs. computeStatus (status.ts) runs on it for one participant,
 * with problems spelled out; the caseload summary (lib/db/summary.ts) keeps
 * every participant's digest in one record and runs it for the whole
 * caseload at once, so new rules or a new day cost a computation, not a
 * rewrite of 10,000 rows.
 *
 * A digest holds only what is true whatever the rules and the day: valid
 * dates as day numbers, qualifying contacts sorted by the day they count
 * from, planned gaps merged. Layout (an Int32Array):
 *
 *   [0] enrolment day, or NONE
 *   [1] earliest activity start day, or NONE
 *   [2] g, the number of merged planned gaps, then g pairs (first day, last day)
 *   then c, the number of counted contacts, then c triples
 *       (count-from day, day written, contact type code), by count-from day,
 *       contacts with the same day in their original order.
 *
 * Contacts that cannot count whatever the day are left out: ones that do
 * not qualify, have impossible dates, or are letters/e-mails without a
 * documented response. computeStatus reports those from the full input.
 */
import type { Contact, ContactType, PlannedGap } from '../model';
import { CONTACT_TYPES } from '../kinds';
import { civilToDayNumber, fromDayNumber, toDayNumber, yearMonth } from './calendar';
import { daysInMonth, isValidIsoDate } from '../dates';
import type { ScheduleRules } from './rules';

/** "No such day" in a digest or a result column. */
export const NONE = -0x80000000;

const TYPES: readonly ContactType[] = CONTACT_TYPES;
const LETTER = TYPES.indexOf('letter') + 1;
const EMAIL = TYPES.indexOf('email') + 1;

function typeCode(t: ContactType | null): number {
  return t === null ? 0 : TYPES.indexOf(t) + 1;
}
export function typeOf(code: number): ContactType | null {
  return code === 0 ? null : (TYPES[code - 1] ?? null);
}
export const isWritten = (code: number): boolean => code === LETTER || code === EMAIL;

interface DigestInput {
  contacts: readonly Contact[];
  activities: readonly { startDate: string | null }[];
  plannedGaps: readonly PlannedGap[];
  enrolledDate?: string | null;
}

const dayOf = (iso: string | null | undefined): number => (iso && isValidIsoDate(iso) ? toDayNumber(iso) : NONE);

export function digest(input: DigestInput): Int32Array {
  let firstStart = NONE;
  for (const a of input.activities) {
    const d = dayOf(a.startDate);
    if (d !== NONE && (firstStart === NONE || d < firstStart)) firstStart = d;
  }

  const gaps: [number, number][] = [];
  for (const g of input.plannedGaps) {
    const s = dayOf(g.start);
    const e = dayOf(g.end);
    if (s !== NONE && e !== NONE && e >= s) gaps.push([s, e]);
  }
  gaps.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const g of gaps) {
    const prev = merged[merged.length - 1];
    if (prev && g[0] <= prev[1] + 1) prev[1] = Math.max(prev[1], g[1]);
    else merged.push([g[0], g[1]]);
  }

  const counted: [day: number, sent: number, type: number, order: number][] = [];
  input.contacts.forEach((c, order) => {
    if (!c.qualifies) return;
    const sent = dayOf(c.date);
    const response = c.responseDate === null ? null : dayOf(c.responseDate);
    if (sent === NONE || response === NONE) return;
    const type = typeCode(c.contactType);
    if (isWritten(type)) {
      if (response === null) return;
      counted.push([Math.max(sent, response), sent, type, order]);
    } else {
      counted.push([sent, sent, type, order]);
    }
  });
  counted.sort((a, b) => a[0] - b[0] || a[3] - b[3]);

  const d = new Int32Array(4 + merged.length * 2 + counted.length * 3);
  d[0] = dayOf(input.enrolledDate);
  d[1] = firstStart;
  d[2] = merged.length;
  let at = 3;
  for (const [s, e] of merged) {
    d[at++] = s;
    d[at++] = e;
  }
  d[at++] = counted.length;
  for (const [day, sent, type] of counted) {
    d[at++] = day;
    d[at++] = sent;
    d[at++] = type;
  }
  return d;
}

/** Whether `d` is laid out as a digest (a stored one may be damaged). */
export function isDigest(d: Int32Array): boolean {
  if (d.length < 4) return false;
  const g = d[2]!;
  if (g < 0 || 3 + g * 2 >= d.length) return false;
  const c = d[3 + g * 2]!;
  return c >= 0 && d.length === 4 + g * 2 + c * 3;
}

/** The planned gaps' position in a digest: pairs from `gapsAt`, `gapCount` of them. */
const gapsAt = 3;
const gapCount = (d: Int32Array) => d[2]!;
const contactsAt = (d: Int32Array) => 4 + d[2]! * 2;

/** What the walk over a digest found; reused between calls (no allocation per participant). */
interface Walk {
  /** The day the clock runs from, or NONE when there is nothing to count from. */
  anchor: number;
  because: 'contact' | 'enrolment' | 'activity-start';
  /** Position of the last qualifying contact among the digest's contacts, or -1. */
  last: number;
  lastDay: number;
  /** Counted contacts dated after today. */
  future: number;
  /** Missouri: the latest stretch with no contact before the soft exit [from, to, soft-exit day], if any. */
  lapse: [number, number, number] | null;
  /** Letter/e-mail responses that came after the soft exit, as pairs (response day, soft-exit day). */
  lateResponses: number[];
}

export function newWalk(): Walk {
  return { anchor: NONE, because: 'enrolment', last: -1, lastDay: 0, future: 0, lapse: null, lateResponses: [] };
}

const softExitDaysOf = (rules: ScheduleRules): number | null => (rules.kind === 'days' && rules.softExit ? rules.days : null);

/**
 * Walks the counted contacts up to day `t` (see status.ts for the counting
 * rules). With `detail` false, lapses and late responses are not recorded.
 */
export function walk(d: Int32Array, rules: ScheduleRules, t: number, out: Walk, detail: boolean): Walk {
  let anchor = d[0]!;
  let because: Walk['because'] = 'enrolment';
  if (anchor === NONE) {
    because = 'activity-start';
    if (d[1]! <= t) anchor = d[1]!;
  }
  const softExitDays = softExitDaysOf(rules);
  const at = contactsAt(d);
  const n = d[at - 1]!;
  let last = -1;
  let lastDay = 0;
  let future = 0;
  out.lapse = null;
  out.lateResponses.length = 0;
  for (let k = 0; k < n; k++) {
    const day = d[at + k * 3]!;
    if (day > t) {
      future = n - k;
      break;
    }
    if (anchor !== NONE && day <= anchor) {
      // Before enrolment (or the same day as the current anchor): remember it, the clock does not move back.
      if (last < 0 || day >= lastDay) {
        lastDay = day;
        last = k;
      }
      continue;
    }
    if (anchor !== NONE && softExitDays !== null) {
      const exitDay = countDays(d, anchor, softExitDays) + 1;
      if (day >= exitDay) {
        if (isWritten(d[at + k * 3 + 2]!)) {
          if (detail) out.lateResponses.push(day, exitDay);
          continue;
        }
        if (detail) {
          out.lapse = [anchor, day, exitDay];
          out.lateResponses.length = 0; // superseded by the contact that restarted the clock
        }
      }
    }
    anchor = day;
    because = 'contact';
    lastDay = day;
    last = k;
  }
  out.anchor = anchor;
  out.because = because;
  out.last = last;
  out.lastDay = lastDay;
  out.future = future;
  return out;
}

/** The digest's k-th counted contact: [count-from day, day written, type code]. */
export function contactAt(d: Int32Array, k: number): [number, number, number] {
  const at = contactsAt(d) + k * 3;
  return [d[at]!, d[at + 1]!, d[at + 2]!];
}

/** The day on which `n` un-paused days after `anchor` have passed (planned gaps pause the clock). */
function countDays(d: Int32Array, anchor: number, n: number): number {
  let cursor = anchor;
  let remaining = n;
  const g = gapCount(d);
  for (let i = 0; i < g; i++) {
    const s = d[gapsAt + i * 2]!;
    const e = d[gapsAt + i * 2 + 1]!;
    if (e <= cursor) continue;
    if (s > cursor + remaining) break;
    if (s > cursor) remaining -= s - 1 - cursor;
    cursor = e;
  }
  return cursor + remaining;
}

export function dueDay(d: Int32Array, anchor: number, rules: ScheduleRules): number {
  switch (rules.kind) {
    case 'days':
      return countDays(d, anchor, Math.min(rules.days, rules.localDays ?? rules.days));
    case 'rolling-days':
      return countDays(d, anchor, rules.days);
    case 'calendar-month':
      return monthDue(d, anchor);
  }
}

/** Missouri: the first day the participant is soft-exited without a new entry; NONE when the rules have no soft exit. */
export function softExitDay(d: Int32Array, anchor: number, rules: ScheduleRules): number {
  const days = softExitDaysOf(rules);
  return days === null ? NONE : countDays(d, anchor, days) + 1;
}

function monthDue(d: Int32Array, anchor: number): number {
  let [y, m] = yearMonth(fromDayNumber(anchor));
  const g = gapCount(d);
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
    for (let j = 0; j < g; j++) {
      const s = d[gapsAt + j * 2]!;
      const e = d[gapsAt + j * 2 + 1]!;
      if (e < first || s > lastDay) continue;
      covered += Math.min(e, lastDay) - Math.max(s, first) + 1;
    }
    if (covered * 2 < len) return lastDay;
  }
  return anchor;
}

/** The planned gaps of a digest as [first day, last day] pairs. */
export function gapsOf(d: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < gapCount(d); i++) out.push([d[gapsAt + i * 2]!, d[gapsAt + i * 2 + 1]!]);
  return out;
}
