/**
 * What the extension asks of the caseload database: who is due, how many are
 * overdue, one participant's status. Rows are validated on the way out, and
 * due dates are worked out now, for today and the rules in force.
 */
import type { SystemId } from '../model';
import { addDays } from '../dates';
import { fromDayNumber, toDayNumber } from '../schedule/calendar';
import { NONE, typeOf } from '../schedule/digest';
import type { ScheduleRules } from '../schedule/rules';
import { stateOfDays, type ParticipantStatus } from '../schedule/status';
import type { CaseloadDb } from './db';
import { validRows } from './rows';
import { contactRowSchema, participantRowSchema, type DueParticipant, type ParticipantRow } from './schema';
import { loadSummary, scheduleAll } from './summary';
import { statusOf } from './write';

/** One set of rules, or the rules for a participant's system and page address (lib/pack-for.ts). */
type RulesChoice = ScheduleRules | ((system: SystemId, url: string | null) => ScheduleRules);
const rulesOf = (rules: RulesChoice) => (typeof rules === 'function' ? rules : () => rules);

interface DueList {
  /** Overdue, soft-exited and due within the window, most overdue first (the first `limit` when one was given). */
  items: DueParticipant[];
  /** How many are in the window in all; of them, how many are overdue (due date passed) and how many soft-exited, as each row's state says. */
  due: number;
  overdue: number;
  softExited: number;
  /** Everyone in the caseload. */
  total: number;
  /** Participant records that could not be read (left out of the list). */
  unreadable: number;
  /** People with no contact on file and nothing to count a due date from: listed so nobody is silently missing. */
  noContact: NoContactItem[];
  noContactCount: number;
}

interface NoContactItem {
  key: string;
  system: SystemId;
  participantId: string;
  name: string;
  url: string | null;
}

/** At most this many people without a contact are listed by name (the count is always whole). */
const NO_CONTACT_LISTED = 200;

/**
 * Overdue, soft-exited and due within `withinDays` of today, most overdue
 * first, each under their own system's rules. Worked out from the caseload
 * summary (one record) for the day asked: right the day after a rules
 * change or a week after the last page read, with nothing to recompute.
 */
export async function listDue(
  db: CaseloadDb,
  opts: { today: string; withinDays: number; rules: RulesChoice; limit?: number },
): Promise<DueList> {
  const summary = await loadSummary(db);
  const t = toDayNumber(opts.today);
  const until = toDayNumber(addDays(opts.today, opts.withinDays));
  const s = scheduleAll(summary, rulesOf(opts.rules), t);
  const picked: number[] = [];
  const noContact: number[] = [];
  let overdue = 0;
  let softExited = 0;
  for (let i = 0; i < summary.size; i++) {
    const due = s.due[i]!;
    if (due === NONE && s.lastContact[i] === NONE) noContact.push(i);
    if (due === NONE || due > until) continue;
    picked.push(i);
    const state = stateOfDays(t, due - t, s.softExit[i]!, opts.withinDays);
    if (state === 'soft-exited') softExited++;
    else if (state === 'overdue') overdue++;
  }
  const collator = new Intl.Collator();
  picked.sort((a, b) => s.due[a]! - s.due[b]! || collator.compare(summary.names[a]!, summary.names[b]!));
  const shown = opts.limit === undefined ? picked : picked.slice(0, opts.limit);
  const items = shown.map((i): DueParticipant => {
    const key = summary.keys[i]!;
    const system = summary.system(i);
    const daysRemaining = s.due[i]! - t;
    const softExit = s.softExit[i]!;
    return {
      key,
      system,
      participantId: key.slice(system.length + 1),
      name: summary.names[i]!,
      url: summary.urls[i]!,
      nextDueDate: fromDayNumber(s.due[i]!),
      softExitDate: softExit === NONE ? null : fromDayNumber(softExit),
      lastContactDate: s.lastContact[i] === NONE ? null : fromDayNumber(s.lastContact[i]!),
      lastContactType: typeOf(s.lastType[i]!),
      daysRemaining,
      // "Due soon" means inside the window the list was asked for.
      state: stateOfDays(t, daysRemaining, softExit, opts.withinDays),
    };
  });
  const collatorNames = (a: number, b: number) => collator.compare(summary.names[a]!, summary.names[b]!);
  const listed = noContact.sort(collatorNames).slice(0, NO_CONTACT_LISTED).map((i): NoContactItem => {
    const key = summary.keys[i]!;
    const system = summary.system(i);
    return { key, system, participantId: key.slice(system.length + 1), name: summary.names[i]!, url: summary.urls[i]! };
  });
  return { items, due: picked.length, overdue, softExited, total: summary.size, unreadable: summary.unreadable.size, noContact: listed, noContactCount: noContact.length };
}

/** How many are overdue or soft-exited today (due date already passed): the toolbar badge. */
export async function countOverdue(db: CaseloadDb, today: string, rules: RulesChoice): Promise<number> {
  const summary = await loadSummary(db);
  const t = toDayNumber(today);
  const { due } = scheduleAll(summary, rulesOf(rules), t);
  let n = 0;
  for (let i = 0; i < due.length; i++) if (due[i] !== NONE && due[i]! < t) n++;
  return n;
}

/** One participant's row and status from every contact on file, or null if there is no readable row. */
export async function participantStatus(
  db: CaseloadDb,
  key: string,
  ctx: { rules: RulesChoice; today: string },
): Promise<{ row: ParticipantRow; status: ParticipantStatus } | null> {
  const parsed = participantRowSchema.safeParse(await db.participants.get(key));
  if (!parsed.success) return null;
  const contacts = validRows(await db.contacts.where('participantKey').equals(key).toArray(), contactRowSchema, 'contacts').rows;
  // Under the rules of their system and the site their page is on.
  const rules = rulesOf(ctx.rules)(parsed.data.system, parsed.data.url ?? null);
  return { row: parsed.data, status: statusOf(parsed.data, contacts, { rules, today: ctx.today }) };
}
