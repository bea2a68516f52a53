/**
 * The caseload summary: one database record holding, for every participant,
 * what the due list shows (key, name, link) and the digest of their schedule
 * inputs (lib/schedule/digest.ts). It is derived from the participants and
 * contacts tables, written in the same transaction as they are, and rebuilt
 * from them whenever it is missing or damaged.
 *
 * Why one record: due dates depend on the rules and on the day, the inputs
 * do not. Kept as rows with their due dates, a new local interval meant
 * reading 200,000 contacts and rewriting 10,000 rows (seconds). Kept here,
 * the whole caseload's dates are worked out from one read whenever they are
 * asked for (tens of milliseconds), so they are never stale and never need
 * a recompute pass.
 */
import { NONE, digest, dueDay, newWalk, softExitDay, walk, isDigest, contactAt } from '../schedule/digest';
import type { Contact, SystemId } from '../model';
import type { ScheduleRules } from '../schedule/rules';
import type { CaseloadDb } from './db';
import { contactRowSchema, participantRowSchema, SUMMARY_ID, summaryRecordSchema, type ContactRow, type ParticipantRow, type SummaryRecord } from './schema';

interface SummaryEntry {
  key: string;
  system: SystemId;
  name: string;
  url: string | null;
  digest: Int32Array;
}

/** The summary in memory: columns by participant. */
export class CaseloadSummary {
  constructor(
    readonly keys: string[],
    readonly names: string[],
    readonly urls: (string | null)[],
    readonly systems: readonly SystemId[],
    readonly digests: Int32Array[],
    readonly unreadable: Set<string>,
  ) {}

  static empty(): CaseloadSummary {
    return new CaseloadSummary([], [], [], [], [], new Set());
  }

  get size(): number {
    return this.keys.length;
  }

  system(i: number): SystemId {
    return this.systems[i] ?? 'generic';
  }

  /** Adds or replaces participants, and drops the keys in `removed`. */
  apply(entries: readonly SummaryEntry[], removed: readonly string[] = []): CaseloadSummary {
    const keys = [...this.keys];
    const names = [...this.names];
    const urls = [...this.urls];
    const systems = [...this.systems];
    const digests = [...this.digests];
    const unreadable = new Set(this.unreadable);
    const at = new Map(keys.map((k, i) => [k, i]));
    for (const e of entries) {
      unreadable.delete(e.key);
      const i = at.get(e.key) ?? keys.length;
      at.set(e.key, i);
      keys[i] = e.key;
      names[i] = e.name;
      urls[i] = e.url;
      systems[i] = e.system;
      digests[i] = e.digest;
    }
    const gone = new Set(removed);
    for (const k of removed) unreadable.delete(k);
    if (gone.size === 0) return new CaseloadSummary(keys, names, urls, systems, digests, unreadable);
    const keep = keys.map((k, i) => (gone.has(k) ? -1 : i)).filter((i) => i >= 0);
    return new CaseloadSummary(
      keep.map((i) => keys[i]!),
      keep.map((i) => names[i]!),
      keep.map((i) => urls[i]!),
      keep.map((i) => systems[i]!),
      keep.map((i) => digests[i]!),
      unreadable,
    );
  }

  encode(): SummaryRecord {
    const offsets = new Int32Array(this.size + 1);
    for (let i = 0; i < this.size; i++) offsets[i + 1] = offsets[i]! + this.digests[i]!.length;
    const data = new Int32Array(offsets[this.size]!);
    for (let i = 0; i < this.size; i++) data.set(this.digests[i]!, offsets[i]!);
    return {
      id: SUMMARY_ID,
      format: 3,
      keys: this.keys,
      names: this.names,
      urls: this.urls,
      systems: [...this.systems],
      offsets,
      data,
      unreadable: [...this.unreadable],
    };
  }

  /** The stored record in memory, or null when it is missing or damaged in any way. */
  static decode(raw: unknown): CaseloadSummary | null {
    const parsed = summaryRecordSchema.safeParse(raw);
    if (!parsed.success) return null;
    const r = parsed.data;
    const n = r.keys.length;
    if (r.names.length !== n || r.urls.length !== n || r.systems.length !== n || r.offsets.length !== n + 1) return null;
    if (r.offsets[0] !== 0 || r.offsets[n] !== r.data.length) return null;
    const digests: Int32Array[] = new Array<Int32Array>(n);
    for (let i = 0; i < n; i++) {
      const from = r.offsets[i]!;
      const to = r.offsets[i + 1]!;
      if (to < from) return null;
      const d = r.data.subarray(from, to);
      if (!isDigest(d)) return null;
      digests[i] = d;
    }
    return new CaseloadSummary(r.keys, r.names, r.urls, r.systems, digests, new Set(r.unreadable));
  }
}

type ScheduleRow = Pick<ParticipantRow, 'activities' | 'plannedGaps' | 'enrolledDate'> & { historyRead?: ParticipantRow['historyRead'] };

/**
 * What a participant's dates are worked out from, for the list, the badge and
 * the sidebar alike. With no contact on file and their history never read (a
 * Summary tab, a note form, a list without a last-contact date), nothing is
 * known to count from: no due date, never "overdue" on a guess from the
 * activity start.
 */
export function scheduleInput(row: ScheduleRow, contacts: readonly Contact[]) {
  const unknown = contacts.length === 0 && !row.historyRead;
  return { contacts, activities: unknown ? [] : row.activities, plannedGaps: row.plannedGaps, enrolledDate: unknown ? null : row.enrolledDate };
}

/** One participant's summary entry from their row and every contact on file. */
export function summaryEntry(row: Omit<ParticipantRow, 'activitiesRead' | 'historyRead'> & ScheduleRow, contacts: readonly Contact[]): SummaryEntry {
  return { key: row.key, system: row.system, name: row.name, url: row.url, digest: digest(scheduleInput(row, contacts)) };
}

/** Everyone's dates as of one day, by position in the summary; NONE where there is no date. */
interface CaseloadSchedule {
  due: Int32Array;
  softExit: Int32Array;
  lastContact: Int32Array;
  /** contact type code (digest.ts typeOf) of the last qualifying contact; 0 when none or untyped. */
  lastType: Uint8Array;
}

/** A page address's scheme and host: a state's site is a whole origin (MoJobs), so its rules are asked once per origin. */
function originOf(url: string | null): string {
  if (!url) return '';
  const hostStart = url.indexOf('//');
  const pathStart = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
  return pathStart < 0 ? url : url.slice(0, pathStart);
}

/**
 * Works out every participant's dates for day `t` (a day number), each under
 * the rules of their system and the site their page is on (MoJobs is a
 * Virtual OneStop with Missouri's rules; another state's is not).
 */
export function scheduleAll(s: CaseloadSummary, rulesFor: (system: SystemId, url: string | null) => ScheduleRules, t: number): CaseloadSchedule {
  const n = s.size;
  const out: CaseloadSchedule = { due: new Int32Array(n), softExit: new Int32Array(n), lastContact: new Int32Array(n), lastType: new Uint8Array(n) };
  const bySite = new Map<string, ScheduleRules>();
  const rulesOf = (i: number): ScheduleRules => {
    const system = s.system(i);
    const url = s.urls[i] ?? null;
    const key = `${system} ${originOf(url)}`;
    let r = bySite.get(key);
    if (!r) {
      r = rulesFor(system, url);
      bySite.set(key, r);
    }
    return r;
  };
  const w = newWalk();
  for (let i = 0; i < n; i++) {
    const d = s.digests[i]!;
    const r = rulesOf(i);
    walk(d, r, t, w, false);
    out.lastContact[i] = w.last >= 0 ? w.lastDay : NONE;
    out.lastType[i] = w.last >= 0 ? contactAt(d, w.last)[2] : 0;
    if (w.anchor === NONE) {
      out.due[i] = NONE;
      out.softExit[i] = NONE;
    } else {
      out.due[i] = dueDay(d, w.anchor, r);
      out.softExit[i] = softExitDay(d, w.anchor, r);
    }
  }
  return out;
}

type Tx = Pick<CaseloadDb, 'participants' | 'contacts' | 'summary'>;

/**
 * The summary built from the tables: every participant row that passes the
 * schema, with all their contacts. Slow on a large caseload (it reads every
 * contact); it runs once after an upgrade, or if the record was damaged.
 */
async function rebuildSummary(db: Tx): Promise<CaseloadSummary> {
  const rawPeople = await db.participants.toArray();
  const rows: ParticipantRow[] = [];
  const unreadable = new Set<string>();
  for (const raw of rawPeople) {
    const p = participantRowSchema.safeParse(raw);
    if (p.success) rows.push(p.data);
    else unreadable.add(String((raw as { key?: unknown }).key));
  }
  const byKey = new Map<string, ContactRow[]>();
  await db.contacts.each((raw) => {
    const c = contactRowSchema.safeParse(raw);
    if (!c.success) return;
    const list = byKey.get(c.data.participantKey);
    if (list) list.push(c.data);
    else byKey.set(c.data.participantKey, [c.data]);
  });
  const built = new CaseloadSummary([], [], [], [], [], unreadable).apply(rows.map((r) => summaryEntry(r, byKey.get(r.key) ?? [])));
  await db.summary.put(built.encode());
  return built;
}

/** The stored summary, rebuilt first if it is missing or damaged. Call inside a transaction that includes all three tables when writing. */
async function readSummary(db: Tx): Promise<CaseloadSummary> {
  return CaseloadSummary.decode(await db.summary.get(SUMMARY_ID)) ?? rebuildSummary(db);
}

/**
 * The summary for reading. The usual case is one get of one record; when it
 * has to be rebuilt, that happens in its own read-write transaction, which
 * looks again first (another caller may have just rebuilt it).
 */
export async function loadSummary(db: CaseloadDb): Promise<CaseloadSummary> {
  const stored = CaseloadSummary.decode(await db.summary.get(SUMMARY_ID));
  if (stored) return stored;
  return db.transaction('rw', db.participants, db.contacts, db.summary, () => readSummary(db));
}

/** Applies changes to the stored summary; call inside the transaction that changed the tables. */
export async function updateSummary(db: Tx, entries: readonly SummaryEntry[], removed: readonly string[] = []): Promise<void> {
  const current = await readSummary(db);
  await db.summary.put(current.apply(entries, removed).encode());
}
