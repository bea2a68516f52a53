/**
 * Each participant's contact timeline, rebuilt from the qualifying contacts
 * in the file, and every stretch longer than the policy allows. The due
 * dates come from the extension's own schedule code (lib/schedule): the
 * digest of the contacts, dueDay and softExitDay for each stretch, and the
 * same walk as the caseload for where the participant stands today.
 *
 * Memory: one number per qualifying contact and a small record per participant.
 */
import { CONTACT_TYPES, isWritten as isWrittenType } from '../../kinds';
import type { Contact } from '../../model';
import type { PolicyPack } from '../../policy/schema';
import { fromDayNumber, toDayNumber, yearMonth } from '../../schedule/calendar';
import { NONE, contactAt, digest, dueDay, isWritten, newWalk, softExitDay, walk } from '../../schedule/digest';
import type { ScheduleRules } from '../../schedule/rules';
import { stateOfDays, type ParticipantState } from '../../schedule/status';
import { monthInWords, plural, usDate } from '../../words';
import { COMPLIANT, QUALIFIES, TYPE_SHIFT, type BatchResult } from './check';

const TYPES = CONTACT_TYPES;

/**
 * The pack's interval as the extension's schedule rules (as lib/caseload does with no local settings),
 * the schema's "due soon" defaults written out: built without zod, a test holds them to what
 * scheduleRulesSchema makes of the same interval.
 */
export function scheduleRulesOf(pack: PolicyPack): ScheduleRules {
  if (pack.interval.kind === 'days') return { kind: 'days', days: pack.interval.days, softExit: pack.interval.onMiss === 'soft-exit', dueSoonDays: 14 };
  return { kind: 'calendar-month', dueSoonDays: 7 };
}

interface Acc {
  notes: number;
  compliant: number;
  /** Qualifying dated contacts: day * 8 + contact type code. */
  contacts: number[];
  staff: string;
  staffDay: number;
}

export interface Gap {
  /** The last qualifying contact before the gap. */
  from: string;
  /** The next qualifying contact, or null when the gap is still open on the as-of date. */
  to: string | null;
  /** Days from `from` to `to` (or to the as-of date). */
  days: number;
  /** The day the next contact was due. */
  dueBy: string;
  /** Missouri: the day the participant soft-exited (gap still open) or may have (closed by a later contact). */
  softExitOn?: string;
  /** Minnesota: the calendar months with no qualifying contact ('YYYY-MM'). */
  missedMonths?: string[];
}

export interface ParticipantRecord {
  participant: string;
  staff: string | null;
  notes: number;
  compliantNotes: number;
  qualifyingContacts: number;
  firstContact: string | null;
  lastContact: string | null;
  gaps: Gap[];
  /** Where the participant stands on the as-of date, by the extension's rules; null with no qualifying contact. */
  nextDueDate: string | null;
  state: ParticipantState | 'no-qualifying-contact';
  /** Qualifying contacts dated after the as-of date: not counted (likely typos). */
  futureContacts: number;
  /** The counted contact dates, for the report's timeline (not part of the JSON record). */
  contactDates?: string[];
}

export class Timelines {
  private readonly people = new Map<string, Acc>();

  add(r: BatchResult): void {
    for (let i = 0; i < r.participant.length; i++) {
      const id = r.participant[i] ?? '';
      let p = this.people.get(id);
      if (!p) {
        p = { notes: 0, compliant: 0, contacts: [], staff: '', staffDay: NONE };
        this.people.set(id, p);
      }
      const day = r.day[i] ?? NONE;
      const flags = r.flags[i] ?? 0;
      p.notes++;
      if (flags & COMPLIANT) p.compliant++;
      const staff = r.participantStaff[i] ?? '';
      // The participant's staff member is the one on their latest note.
      if (staff && (p.staff === '' || day >= p.staffDay)) {
        p.staff = staff;
        p.staffDay = day;
      }
      if (flags & QUALIFIES && day !== NONE) p.contacts.push(day * 8 + (flags >> TYPE_SHIFT));
    }
  }

  get size(): number {
    return this.people.size;
  }

  /** One record per participant, in the order they first appear in the file. */
  *records(rules: ScheduleRules, today: string, withDates = false): Generator<ParticipantRecord> {
    const t = toDayNumber(today);
    for (const [participant, p] of this.people) yield recordOf(participant, p, rules, t, withDates);
  }
}

const iso = fromDayNumber;

function monthsBetween(fromDay: number, toDay: number): string[] {
  // Months strictly after the month of fromDay and strictly before the month of toDay.
  let [y, m] = yearMonth(iso(fromDay));
  const [ty, tm] = yearMonth(iso(toDay));
  const out: string[] = [];
  for (;;) {
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
    if (y > ty || (y === ty && m >= tm)) return out;
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
  }
}

// Records and gaps are built by assignment, not object spread (slow in V8; a big file has tens of
// thousands of participants). Key order is the JSON output's: keep it.
function gapOf(d: Int32Array, anchor: number, to: number, open: boolean, rules: ScheduleRules): Gap {
  const exit = softExitDay(d, anchor, rules);
  const gap: Gap = { from: iso(anchor), to: open ? null : iso(to), days: to - anchor, dueBy: iso(dueDay(d, anchor, rules)) };
  if (exit !== NONE && to >= exit) gap.softExitOn = iso(exit);
  if (rules.kind === 'calendar-month') gap.missedMonths = monthsBetween(anchor, to);
  return gap;
}

function recordOf(participant: string, p: Acc, rules: ScheduleRules, t: number, withDates: boolean): ParticipantRecord {
  const contacts: Contact[] = [];
  let future = 0;
  for (const c of p.contacts) {
    const day = Math.floor(c / 8);
    if (day > t) {
      future++;
      continue;
    }
    const type = TYPES[(c % 8) - 1] ?? null;
    const date = iso(day);
    // A letter or e-mail note that qualifies documents the participant's reply: it counts from the day the note records it.
    contacts.push({ date, contactType: type, party: null, qualifies: true, responseDate: isWrittenType(type) ? date : null });
  }
  const record = {
    participant,
    staff: p.staff || null,
    notes: p.notes,
    compliantNotes: p.compliant,
    qualifyingContacts: contacts.length,
    futureContacts: future,
  } as ParticipantRecord;
  if (withDates) record.contactDates = contacts.map((c) => c.date);
  const d = digest({ contacts, activities: [], plannedGaps: [] });
  const n = contacts.length;
  if (n === 0) {
    record.firstContact = null;
    record.lastContact = null;
    record.gaps = [];
    record.nextDueDate = null;
    record.state = 'no-qualifying-contact';
    return record;
  }
  const gaps: Gap[] = [];
  let anchor = contactAt(d, 0)[0];
  for (let k = 1; k < n; k++) {
    const [day, , type] = contactAt(d, k);
    if (day <= anchor) continue;
    // As in the caseload's walk: a reply that comes after the soft exit does not restart the clock.
    const exit = softExitDay(d, anchor, rules);
    if (isWritten(type) && exit !== NONE && day >= exit) continue;
    if (day > dueDay(d, anchor, rules)) gaps.push(gapOf(d, anchor, day, false, rules));
    anchor = day;
  }
  // Where things stand today, by the same walk the caseload uses.
  const w = walk(d, rules, t, newWalk(), false);
  const due = dueDay(d, w.anchor, rules);
  if (t > due) gaps.push(gapOf(d, w.anchor, t, true, rules));
  record.firstContact = iso(contactAt(d, 0)[0]);
  record.lastContact = iso(w.lastDay);
  record.gaps = gaps;
  record.nextDueDate = iso(due);
  record.state = stateOfDays(t, due - t, softExitDay(d, w.anchor, rules), rules.dueSoonDays);
  return record;
}

/** The sentence a supervisor reads for a gap. */
export function describeGap(g: Gap): string {
  const span = g.to === null ? `since ${usDate(g.from)} (${plural(g.days, 'day')} so far)` : `from ${usDate(g.from)} to ${usDate(g.to)} (${plural(g.days, 'day')})`;
  if (g.missedMonths) return `No qualifying contact ${span}: none in ${g.missedMonths.map(monthInWords).join(', ') || 'the month after'}.`;
  // Said as the sidebar says it: a gap still open has soft-exited them; one a later contact closed only may have.
  const exit = g.softExitOn ? `; ${g.to === null ? 'already' : 'may have'} soft-exited on ${usDate(g.softExitOn)}` : '';
  return `No qualifying contact ${span}: due by ${usDate(g.dueBy)}${exit}.`;
}
