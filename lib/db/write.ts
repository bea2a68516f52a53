/**
 * Writing what was read about participants: their rows and contacts, many at
 * once in one transaction with a fixed number of database calls, and the
 * caseload summary with them. A contact read twice is stored once.
 */
import type { Activity, Contact, FactSource, PlannedGap } from '../model';
import type { ScheduleRules } from '../schedule/rules';
import { computeStatus, type ParticipantStatus } from '../schedule/status';
import type { CaseloadDb } from './db';
import { validRows } from './rows';
import { contactRowSchema, participantKey, participantRowSchema, type ContactRow, type ParticipantRow, type SkippedRow } from './schema';
import { scheduleInput, summaryEntry, updateSummary } from './summary';

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

interface ScheduleContext {
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
