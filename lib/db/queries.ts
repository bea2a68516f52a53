/**
 * Everything the extension asks of the caseload database. Rows are validated
 * on the way out; writes that belong together share one transaction.
 */
import * as z from 'zod';
import type { Activity, Contact, FactSource, PlannedGap, SystemId } from '../model';
import { fromDayNumber, toDayNumber } from '../schedule/calendar';
import { addDays } from '../dates';
import { NONE, typeOf } from '../schedule/digest';
import type { ScheduleRules } from '../schedule/rules';
import { computeStatus, stateOfDays, type ParticipantStatus } from '../schedule/status';
import { zodIssues } from '../zod-errors';
import type { CaseloadDb } from './db';
import {
  contactRowSchema,
  draftRowSchema,
  participantKey,
  participantRowSchema,
  type ContactRow,
  type DraftRow,
  type DueParticipant,
  type ParticipantRow,
  type SkippedRow,
} from './schema';
import { loadSummary, scheduleAll, scheduleInput, summaryEntry, updateSummary } from './summary';

export interface ParticipantInput {
  system: ParticipantRow['system'];
  participantId: string;
  name: string;
  url?: string | null;
  enrolledDate?: string | null;
  activities: Activity[];
  plannedGaps: PlannedGap[];
  /** Where the activities / history were read; absent or null: not read yet. */
  activitiesRead?: FactSource | null;
  historyRead?: FactSource | null;
}

export interface ContactInput extends Contact {
  source: 'page' | 'import';
  sourceRef?: string | null;
}

export interface ScheduleContext {
  rules: ScheduleRules;
  today: string;
}

/**
 * A caseload list's or export's "last contact" date, standing in as a
 * qualifying contact (the systems' reports count case-management contacts)
 * until the participant's own history is read.
 */
export function standInContact(date: string | null, sourceRef: string | null = null): ContactInput[] {
  return date ? [{ date, contactType: null, party: 'participant', qualifies: true, responseDate: null, source: 'import', sourceRef }] : [];
}

/**
 * Same contact, same key: the host's note id when the page shows one,
 * otherwise date + type + party (two identical contacts on one day collapse,
 * which is the price of never duplicating on re-read).
 */
export function contactDedupeKey(key: string, c: ContactInput): string {
  if (c.sourceRef) return `${key}|ref:${c.sourceRef}`;
  return `${key}|${c.date}|${c.contactType ?? '-'}|${c.party ?? '-'}`;
}

function toContactRow(key: string, c: ContactInput): ContactRow {
  return contactRowSchema.parse({
    date: c.date,
    contactType: c.contactType,
    party: c.party,
    qualifies: c.qualifies,
    responseDate: c.responseDate,
    dedupeKey: contactDedupeKey(key, c),
    participantKey: key,
    source: c.source,
    sourceRef: c.sourceRef ?? null,
  });
}

/** The stored row for a participant (their due dates are worked out when asked, from the summary). */
export function participantRow(p: ParticipantInput, today: string): ParticipantRow {
  return participantRowSchema.parse({
    key: participantKey(p.system, p.participantId),
    system: p.system,
    participantId: p.participantId,
    name: p.name,
    url: p.url ?? null,
    enrolledDate: p.enrolledDate ?? null,
    activities: p.activities,
    plannedGaps: p.plannedGaps,
    activitiesRead: p.activitiesRead ?? null,
    historyRead: p.historyRead ?? null,
    lastSeen: today,
  });
}

/** One participant's status from their row and every contact on file. */
export function statusOf(row: ParticipantRow, contacts: readonly Contact[], ctx: ScheduleContext): ParticipantStatus {
  return computeStatus(scheduleInput(row, contacts), ctx.rules, ctx.today);
}

/**
 * Saves what was read from a participant's page (or an import line), in one
 * transaction, and returns their status from every contact on file.
 */
export async function upsertParticipant(
  db: CaseloadDb,
  input: { participant: ParticipantInput; contacts: ContactInput[] },
  ctx: ScheduleContext,
): Promise<{ row: ParticipantRow; status: ParticipantStatus; skipped: SkippedRow[] }> {
  const { rows, histories, skipped } = await upsertParticipants(db, [input], ctx);
  return { row: rows[0]!, status: statusOf(rows[0]!, histories[0]!, ctx), skipped };
}

/**
 * Many participants at once with a fixed number of database operations
 * (not a few per participant), so a 20,000-row import stays quick. Runs in
 * one transaction, or inside the caller's; the caseload summary changes in
 * the same transaction.
 */
export async function upsertParticipants(
  db: CaseloadDb,
  inputs: readonly { participant: ParticipantInput; contacts: ContactInput[] }[],
  ctx: Pick<ScheduleContext, 'today'>,
): Promise<{ rows: ParticipantRow[]; histories: ContactRow[][]; skipped: SkippedRow[] }> {
  const keys = inputs.map((i) => participantKey(i.participant.system, i.participant.participantId));
  const newContacts = inputs.flatMap((i, n) => i.contacts.map((c) => toContactRow(keys[n]!, c)));
  return db.transaction('rw', db.participants, db.contacts, db.summary, async () => {
    await db.contacts.bulkPut(newContacts);
    const { rows: all, skipped } = validRows(await contactsOf(db, keys), contactRowSchema, 'contacts');
    const byKey = groupByParticipant(all);
    const rows = inputs.map((i) => participantRow(i.participant, ctx.today));
    const histories = rows.map((r) => byKey.get(r.key) ?? []);
    await db.participants.bulkPut(rows);
    await updateSummary(
      db,
      rows.map((r, n) => summaryEntry(r, histories[n]!)),
    );
    return { rows, histories, skipped };
  });
}

/** Up to this many participants, their contacts are read key by key. */
const KEYWISE = 1_000;

/**
 * Raw contact rows of these participants. A few (a page read): one index
 * range per key, never a scan of 200,000 contacts. Many (an import): one range scan between the lowest and highest key, filtered in
 * memory, since `anyOf` with thousands of keys seeks once per key, which is
 * quadratic in fake-indexeddb and slow in browsers.
 */
export async function contactsOf(db: CaseloadDb, keys: readonly string[]): Promise<unknown[]> {
  if (keys.length === 0) return [];
  if (keys.length <= KEYWISE) return (await Promise.all(keys.map((k) => db.contacts.where('participantKey').equals(k).toArray()))).flat();
  const sorted = [...keys].sort();
  const wanted = new Set(keys);
  const raw = await db.contacts.where('participantKey').between(sorted[0]!, sorted[sorted.length - 1]!, true, true).toArray();
  return raw.filter((r) => wanted.has(r.participantKey));
}

function groupByParticipant(contacts: readonly ContactRow[]): Map<string, ContactRow[]> {
  const byKey = new Map<string, ContactRow[]>();
  for (const c of contacts) {
    const list = byKey.get(c.participantKey);
    if (list) list.push(c);
    else byKey.set(c.participantKey, [c]);
  }
  return byKey;
}

/** One set of rules, or the rules for a participant's system and page address (lib/pack-for.ts). */
export type RulesChoice = ScheduleRules | ((system: SystemId, url: string | null) => ScheduleRules);
const rulesOf = (rules: RulesChoice) => (typeof rules === 'function' ? rules : () => rules);

export interface DueList {
  /** Overdue, soft-exited and due within the window, most overdue first (the first `limit` when one was given). */
  items: DueParticipant[];
  /** How many are in the window in all, and how many of them are overdue or soft-exited (due date passed). */
  due: number;
  overdue: number;
  /** Everyone in the caseload. */
  total: number;
  /** Participant records that could not be read (left out of the list). */
  unreadable: number;
  /** People with no contact on file and nothing to count a due date from: listed so nobody is silently missing. */
  noContact: NoContactItem[];
  noContactCount: number;
}

export interface NoContactItem {
  key: string;
  system: SystemId;
  participantId: string;
  name: string;
  url: string | null;
}

/** At most this many people without a contact are listed by name (the count is always whole). */
export const NO_CONTACT_LISTED = 200;

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
  for (let i = 0; i < summary.size; i++) {
    const due = s.due[i]!;
    if (due === NONE && s.lastContact[i] === NONE) noContact.push(i);
    if (due === NONE || due > until) continue;
    picked.push(i);
    if (due < t) overdue++;
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
  return { items, due: picked.length, overdue, total: summary.size, unreadable: summary.unreadable.size, noContact: listed, noContactCount: noContact.length };
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

/** Deletes every participant, contact and draft. (Settings live in extension storage and hold no one's data.) */
export async function forgetEverything(db: CaseloadDb): Promise<void> {
  await db.transaction('rw', [db.participants, db.contacts, db.drafts, db.summary], async () => {
    await Promise.all([db.participants.clear(), db.contacts.clear(), db.drafts.clear(), db.summary.clear()]);
  });
}

/**
 * Forgets participants not seen on a page or import for more than `days`
 * days, with their contacts and drafts, and any draft untouched that long.
 */
export async function applyRetention(db: CaseloadDb, days: number, today: string): Promise<{ participants: number; drafts: number }> {
  const cutoff = addDays(today, -days);
  return db.transaction('rw', [db.participants, db.contacts, db.drafts, db.summary], async () => {
    const oldKeys = (await db.participants.where('lastSeen').below(cutoff).primaryKeys()) as string[];
    if (oldKeys.length > 0) {
      await db.contacts.where('participantKey').anyOf(oldKeys).delete();
      await db.participants.bulkDelete(oldKeys);
      await updateSummary(db, [], oldKeys);
    }
    // Drafts keyed to forgotten participants, or simply stale ('YYYY-MM-DDT…' sorts by date).
    const stale = new Set(oldKeys);
    const draftKeys = (await db.drafts.toArray())
      .filter((d) => stale.has(String(d.participantKey)) || !(typeof d.updatedAt === 'string' && d.updatedAt >= cutoff))
      .map((d) => d.key);
    await db.drafts.bulkDelete(draftKeys);
    return { participants: oldKeys.length, drafts: draftKeys.length };
  });
}

function draftKey(participant: string, pageKind: string): string {
  return `${participant}|${pageKind}`;
}

export async function saveDraft(
  db: CaseloadDb,
  d: { participantKey: string; pageKind: string; text: string; contactType?: string | null; date?: string | null; updatedAt: string },
): Promise<void> {
  await db.drafts.put(draftRowSchema.parse({ ...d, key: draftKey(d.participantKey, d.pageKind) }));
}

/** The saved draft, or null when there is none or it could not be read. */
export async function loadDraft(db: CaseloadDb, participant: string, pageKind: string): Promise<DraftRow | null> {
  const raw = await db.drafts.get(draftKey(participant, pageKind));
  if (raw === undefined) return null;
  const parsed = draftRowSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function clearDraft(db: CaseloadDb, participant: string, pageKind: string): Promise<void> {
  await db.drafts.delete(draftKey(participant, pageKind));
}

/** Keeps the rows that pass the schema and reports the rest, so one bad row never hides the list. */
export function validRows<S extends z.ZodType>(
  raw: readonly unknown[],
  schema: S,
  table: SkippedRow['table'],
): { rows: z.infer<S>[]; skipped: SkippedRow[] } {
  const rows: z.infer<S>[] = [];
  const skipped: SkippedRow[] = [];
  for (const r of raw) {
    const parsed = schema.safeParse(r);
    if (parsed.success) {
      rows.push(parsed.data);
    } else {
      skipped.push({ table, key: rawKey(r), reason: zodIssues(parsed.error, 'row')[0] ?? 'invalid row' });
    }
  }
  return { rows, skipped };
}

function rawKey(r: unknown): string {
  if (typeof r === 'object' && r !== null) {
    const o = r as Record<string, unknown>;
    for (const k of ['key', 'dedupeKey', 'id']) if (typeof o[k] === 'string') return o[k];
  }
  return '(unknown)';
}
