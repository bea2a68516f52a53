/**
 * Everything the extension asks of the caseload database. Rows are validated
 * on the way out; writes that belong together share one transaction.
 */
import { z } from 'zod';
import type { Activity, Contact, PlannedGap } from '../model';
import { addDays, toDayNumber } from '../schedule/calendar';
import type { ScheduleRules } from '../schedule/rules';
import { computeStatus, recheckDay, stateOn } from '../schedule/status';
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

export interface ParticipantInput {
  system: ParticipantRow['system'];
  participantId: string;
  name: string;
  url?: string | null;
  enrolledDate?: string | null;
  activities: Activity[];
  plannedGaps: PlannedGap[];
  /** Last read from a page or an import; a recompute passes the stored day on. Default: today. */
  lastSeen?: string;
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

/** Builds the stored row (with status) from a participant and all their contacts. */
export function buildParticipantRow(p: ParticipantInput, contacts: readonly Contact[], ctx: ScheduleContext): ParticipantRow {
  const input = { contacts, activities: p.activities, plannedGaps: p.plannedGaps, enrolledDate: p.enrolledDate ?? null };
  const status = computeStatus(input, ctx.rules, ctx.today);
  return participantRowSchema.parse({
    key: participantKey(p.system, p.participantId),
    system: p.system,
    participantId: p.participantId,
    name: p.name,
    nameLower: p.name.toLowerCase(),
    url: p.url ?? null,
    enrolledDate: p.enrolledDate ?? null,
    activities: p.activities,
    plannedGaps: p.plannedGaps,
    lastSeen: p.lastSeen ?? ctx.today,
    computedOn: ctx.today,
    recheckOn: recheckDay(input, ctx.today),
    nextDueDate: status.nextDueDate,
    softExitDate: status.softExitDate,
    daysRemaining: status.daysRemaining,
    state: status.state,
    lastContactDate: status.lastQualifyingContact?.date ?? null,
    lastContactType: status.lastQualifyingContact?.contactType ?? null,
    problems: status.problems,
  });
}

/**
 * Saves what was read from a participant's page (or an import line) and
 * recomputes their status from every contact on file, in one transaction.
 */
export async function upsertParticipant(
  db: CaseloadDb,
  input: { participant: ParticipantInput; contacts: ContactInput[] },
  ctx: ScheduleContext,
): Promise<{ row: ParticipantRow; skipped: SkippedRow[] }> {
  const { rows, skipped } = await upsertParticipants(db, [input], ctx);
  return { row: rows[0]!, skipped };
}

/**
 * Many participants at once with a fixed number of database operations
 * (not a few per participant), so a 20,000-row import stays quick. Runs in
 * one transaction, or inside the caller's.
 */
export async function upsertParticipants(
  db: CaseloadDb,
  inputs: readonly { participant: ParticipantInput; contacts: ContactInput[] }[],
  ctx: ScheduleContext,
): Promise<{ rows: ParticipantRow[]; skipped: SkippedRow[] }> {
  const keys = inputs.map((i) => participantKey(i.participant.system, i.participant.participantId));
  const newContacts = inputs.flatMap((i, n) => i.contacts.map((c) => toContactRow(keys[n]!, c)));
  return db.transaction('rw', db.participants, db.contacts, async () => {
    await db.contacts.bulkPut(newContacts);
    const { rows: all, skipped } = validRows(await contactsOf(db, keys), contactRowSchema, 'contacts');
    const byKey = groupByParticipant(all);
    const rows = inputs.map((i, n) => buildParticipantRow(i.participant, byKey.get(keys[n]!) ?? [], ctx));
    await db.participants.bulkPut(rows);
    return { rows, skipped };
  });
}

/** Up to this many participants, their contacts are read key by key. */
const KEYWISE = 1_000;

/**
 * Raw contact rows of these participants. A few: one index range per key (a
 * daily refresh of 40 people must not read 200,000 contacts). Many (an
 * import): one range scan between the lowest and highest key, filtered in
 * memory, since `anyOf` with thousands of keys seeks once per key, which is
 * quadratic in fake-indexeddb and slow in browsers.
 */
async function contactsOf(db: CaseloadDb, keys: readonly string[]): Promise<unknown[]> {
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

/**
 * Overdue, soft-exited and due within `withinDays` of today, most overdue
 * first. One indexed range query on nextDueDate; state and days are worked
 * out for today from the stored dates, so a list read days after the last
 * recompute is still right.
 */
export async function listDue(
  db: CaseloadDb,
  opts: { today: string; withinDays: number; limit?: number },
): Promise<{ items: DueParticipant[]; skipped: SkippedRow[] }> {
  const until = addDays(opts.today, opts.withinDays);
  // The index is in due-date order, so the first `limit` rows are the most overdue.
  const range = db.participants.where('nextDueDate').belowOrEqual(until);
  const raw = await (opts.limit ? range.limit(opts.limit) : range).toArray();
  const { rows, skipped } = validRows(raw, participantRowSchema, 'participants');
  const t = toDayNumber(opts.today);
  const items: DueParticipant[] = [];
  for (const r of rows) {
    if (r.nextDueDate === null) continue;
    items.push({
      key: r.key,
      system: r.system,
      participantId: r.participantId,
      name: r.name,
      url: r.url,
      nextDueDate: r.nextDueDate,
      softExitDate: r.softExitDate,
      lastContactDate: r.lastContactDate,
      lastContactType: r.lastContactType,
      daysRemaining: toDayNumber(r.nextDueDate) - t,
      // "Due soon" means inside the window the list was asked for.
      state: stateOn(opts.today, r, opts.withinDays),
    });
  }
  items.sort((a, b) => a.daysRemaining - b.daysRemaining || a.name.localeCompare(b.name));
  return { items, skipped };
}

/**
 * How many are overdue or soft-exited today (due date already passed): the
 * toolbar badge. One index count, however large the caseload; it runs after
 * every page read, so it counts nothing else.
 */
export function countOverdue(db: CaseloadDb, today: string): Promise<number> {
  return db.participants.where('nextDueDate').below(today).count();
}

/** How many participants are stored at all (the UI's "new user" empty state). */
export function countParticipants(db: CaseloadDb): Promise<number> {
  return db.participants.count();
}

type RulesChoice = ScheduleRules | ((system: ParticipantRow['system']) => ScheduleRules);

/**
 * Recomputed rows whose schedule differs from what is stored. Rows whose
 * dates and problems came out the same are not rewritten: a write costs far
 * more than the computation, and their stored days and state (as of the day
 * they were computed) still agree with their dates.
 */
function recomputeRows(rows: readonly ParticipantRow[], contacts: readonly ContactRow[], today: string, rules: RulesChoice): ParticipantRow[] {
  const rulesFor = typeof rules === 'function' ? rules : () => rules;
  const byKey = groupByParticipant(contacts);
  const changed: ParticipantRow[] = [];
  for (const p of rows) {
    const row = buildParticipantRow(p, byKey.get(p.key) ?? [], { today, rules: rulesFor(p.system) });
    if (!sameSchedule(row, p)) changed.push(row);
  }
  return changed;
}

function sameSchedule(a: ParticipantRow, b: ParticipantRow): boolean {
  return (
    a.nextDueDate === b.nextDueDate &&
    a.softExitDate === b.softExitDate &&
    a.recheckOn === b.recheckOn &&
    a.lastContactDate === b.lastContactDate &&
    a.lastContactType === b.lastContactType &&
    JSON.stringify(a.problems) === JSON.stringify(b.problems)
  );
}

/** Participants recomputed per transaction by recomputeAll. */
export const RECOMPUTE_CHUNK = 500;

/**
 * Recomputes every participant (of one system, when given), after the rules
 * change. Each system has its own state's rules, so `rules` may be chosen per
 * system: one pass over the caseload serves them all.
 *
 * A 10,000-person caseload takes seconds, so it goes in key order, `chunk`
 * participants per transaction: a popup or a page read waits for one chunk,
 * not the whole pass. Each chunk reads its participants and their contacts
 * (one index range: contacts sort by participant key too) and writes them
 * back in the same transaction, so a page read between chunks is never
 * overwritten with older data.
 */
export async function recomputeAll(
  db: CaseloadDb,
  ctx: { today: string; rules: RulesChoice },
  system?: ParticipantRow['system'],
  chunk = RECOMPUTE_CHUNK,
): Promise<{ updated: number; skipped: SkippedRow[] }> {
  let updated = 0;
  const skipped: SkippedRow[] = [];
  for (let after: string | null = null; ; ) {
    const done = await recomputeChunk(db, after, chunk, ctx, system);
    if (done === null) break;
    updated += done.updated;
    skipped.push(...done.skipped);
    after = done.last;
  }
  return { updated, skipped };
}

/** One transaction of recomputeAll: up to `chunk` participants after key `after`; null when none are left. */
function recomputeChunk(
  db: CaseloadDb,
  after: string | null,
  chunk: number,
  ctx: { today: string; rules: RulesChoice },
  system: ParticipantRow['system'] | undefined,
): Promise<{ last: string; updated: number; skipped: SkippedRow[] } | null> {
  return db.transaction('rw', db.participants, db.contacts, async () => {
    const raw = await (after === null ? db.participants.toCollection() : db.participants.where(':id').above(after)).limit(chunk).toArray();
    if (raw.length === 0) return null;
    // `key` is the primary key, so even a row that fails the schema has one.
    const first = String(raw[0]!.key);
    const last = String(raw[raw.length - 1]!.key);
    const people = validRows(raw, participantRowSchema, 'participants');
    const mine = system ? people.rows.filter((p) => p.system === system) : people.rows;
    const contacts = validRows(await db.contacts.where('participantKey').between(first, last, true, true).toArray(), contactRowSchema, 'contacts');
    const rows = recomputeRows(mine, contacts.rows, ctx.today, ctx.rules);
    await db.participants.bulkPut(rows);
    return { last, updated: rows.length, skipped: [...people.skipped, ...contacts.skipped] };
  });
}

/**
 * The daily refresh under unchanged rules: recomputes only the participants
 * whose `recheckOn` day has come (a contact dated ahead now counts, an
 * activity or planned gap started or ended). Everyone else's stored dates are
 * still right, and the due list works out days and state for today from
 * them. One indexed query, however large the caseload.
 */
export async function refreshDue(db: CaseloadDb, ctx: { today: string; rules: RulesChoice }): Promise<{ updated: number; skipped: SkippedRow[] }> {
  return db.transaction('rw', db.participants, db.contacts, async () => {
    const due = validRows(await db.participants.where('recheckOn').belowOrEqual(ctx.today).toArray(), participantRowSchema, 'participants');
    if (due.rows.length === 0) return { updated: 0, skipped: due.skipped };
    const contacts = validRows(await contactsOf(db, due.rows.map((p) => p.key)), contactRowSchema, 'contacts');
    const rows = recomputeRows(due.rows, contacts.rows, ctx.today, ctx.rules);
    await db.participants.bulkPut(rows);
    return { updated: rows.length, skipped: [...due.skipped, ...contacts.skipped] };
  });
}

/** Deletes every participant, contact and draft. (Settings live in extension storage and hold no one's data.) */
export async function forgetEverything(db: CaseloadDb): Promise<void> {
  await db.transaction('rw', [db.participants, db.contacts, db.drafts], async () => {
    await Promise.all([db.participants.clear(), db.contacts.clear(), db.drafts.clear()]);
  });
}

/**
 * Forgets participants not seen on a page or import for more than `days`
 * days, with their contacts and drafts, and any draft untouched that long.
 */
export async function applyRetention(db: CaseloadDb, days: number, today: string): Promise<{ participants: number; drafts: number }> {
  const cutoff = addDays(today, -days);
  return db.transaction('rw', db.participants, db.contacts, db.drafts, async () => {
    const oldKeys = (await db.participants.where('lastSeen').below(cutoff).primaryKeys()) as string[];
    if (oldKeys.length > 0) {
      await db.contacts.where('participantKey').anyOf(oldKeys).delete();
      await db.participants.bulkDelete(oldKeys);
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

export const draftInputSchema = z.object({ participantKey: z.string().min(3), pageKind: z.string().min(1) });

function draftKey(participant: string, pageKind: string): string {
  return `${participant}|${pageKind}`;
}

export async function saveDraft(db: CaseloadDb, d: { participantKey: string; pageKind: string; text: string; updatedAt: string }): Promise<void> {
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
      const issue = parsed.error.issues[0];
      skipped.push({ table, key: rawKey(r), reason: issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : 'invalid row' });
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
