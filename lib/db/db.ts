/**
 * The caseload database (Dexie over IndexedDB), opened only from the
 * background and extension pages. Nothing is seeded on install; if seed data
 * is ever needed it goes in `on('populate')`, which runs only when the
 * database is first created.
 *
 * Schema history (never change a shipped version's stores; add a version. An
 * upgrade step may go once no later version reads what it filled in):
 * - 1: participants by key, nextDueDate and lastSeen; contacts by dedupe key
 *      and participant; drafts; one settings row.
 * - 2: participants gain `nameLower` (search) and a `state` index; contacts a
 *      `date` index for retention. (Its upgrade filled `nameLower`; v3 dropped it.)
 * - 3: participants gain `recheckOn` (indexed: the daily refresh recomputes
 *      only those whose day has come). The `state`, `nameLower` and contact
 *      `date` indexes, which no query used and every write paid for, are
 *      dropped, and so is the settings table (settings live in extension
 *      storage). (Its upgrade filled `recheckOn`; v4 dropped it.)
 * - 4: due dates are no longer stored per row (they were stale the moment
 *      the rules or the day changed, and rewriting 10,000 rows took
 *      seconds). A `summary` table holds one record with every participant's
 *      schedule inputs in compact form (summary.ts); dates are worked out
 *      from it when asked. The nextDueDate and recheckOn indexes go. No
 *      upgrade step: a missing summary is rebuilt from the tables on first use.
 * - 5: the summary names each participant's system by its id, not by its
 *      position in the list of system ids (which made adding or reordering a
 *      system a change of storage format). Same stores; its upgrade rewrites
 *      the summary record (`summaryWithSystemIds`).
 * - 6: the generic reader's participants are kept under their site's host (`generic:<host>/<id>`), as
 *      two agencies' systems can share an ID. Same stores; its upgrade moves the stored rows, their
 *      contacts, drafts and summary entry (upgrades.ts).
 * Within 6, drafts are kept one per visit of a note form (`participant|pageKind|visit`, drafts.ts) with no
 * new version: the stores and indexes are the same, and a draft kept before reads as visit '' under its old key.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { SystemId } from '../model';
import type { ContactRow, DraftRow, ParticipantRow, SummaryRecord } from './schema';
import { genericIdsUnderHost } from './upgrades';

const DB_NAME = 'case-note-coach';

export const STORES_V1 = {
  participants: 'key, nextDueDate, lastSeen',
  contacts: 'dedupeKey, participantKey',
  drafts: 'key, participantKey',
  settings: 'id',
} as const;

export const STORES_V2 = {
  participants: 'key, nextDueDate, lastSeen, nameLower, state',
  contacts: 'dedupeKey, participantKey, date',
  drafts: 'key, participantKey',
  settings: 'id',
} as const;

export const STORES_V3 = {
  participants: 'key, nextDueDate, lastSeen, recheckOn',
  contacts: 'dedupeKey, participantKey',
  drafts: 'key, participantKey',
  settings: null,
} as const;

export const STORES_V4 = {
  participants: 'key, lastSeen',
  contacts: 'dedupeKey, participantKey',
  drafts: 'key, participantKey',
  summary: 'id',
} as const;

/** The system ids in the order a version-4 summary numbered them: a fact about stored data, kept here for the v5 upgrade. */
const V4_SYSTEM_ORDER: readonly SystemId[] = ['toolbox', 'workforce-one', 'generic', 'vos', 'ajl'];

/**
 * A version-4 summary record (systems as positions) with its systems as ids, or null for a record
 * that is not one (it is then deleted, and rebuilt from the tables on first use).
 */
function summaryWithSystemIds(record: Record<string, unknown>): Record<string, unknown> | null {
  if (record.format !== 2 || !(record.systems instanceof Uint8Array)) return null;
  const systems = Array.from(record.systems, (i) => V4_SYSTEM_ORDER[i]);
  if (systems.some((s) => s === undefined)) return null;
  return { ...record, format: 3, systems };
}

export class CaseloadDb extends Dexie {
  participants!: Table<ParticipantRow, string>;
  contacts!: Table<ContactRow, string>;
  drafts!: Table<DraftRow, string>;
  summary!: Table<SummaryRecord, string>;

  /** `options` lets Node (bench, CLI) pass fake-indexeddb without touching globals. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2);
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4);
    this.version(5)
      .stores(STORES_V4)
      .upgrade(async (tx) => {
        const table = tx.table<Record<string, unknown>, string>('summary');
        for (const record of await table.toArray()) {
          const id = record.id as string;
          const next = summaryWithSystemIds(record);
          if (next) await table.put(next);
          else await table.delete(id);
        }
      });
    this.version(6).stores(STORES_V4).upgrade(genericIdsUnderHost);
  }
}
