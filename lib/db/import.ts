/**
 * Writes a previewed caseload import. All rows go in one Dexie transaction:
 * if any write fails, nothing from the file is kept, so a failed import never
 * leaves half a caseload behind.
 */
import type { CaseloadCsvRow } from '../caseload/csv';
import type { Activity, FactSource } from '../model';
import type { CaseloadDb } from './db';
import { standInContact, upsertParticipants } from './queries';
import { participantKey, participantRowSchema, type ParticipantRow } from './schema';

export async function importCaseload(
  db: CaseloadDb,
  rows: readonly CaseloadCsvRow[],
  /** `at`: when the file was imported (ISO instant), kept as where each fact came from. */
  opts: { system: ParticipantRow['system']; today: string; at?: string },
): Promise<{ imported: number }> {
  const keys = rows.map((r) => participantKey(opts.system, r.participantId));
  const at = opts.at ?? opts.today;
  return db.transaction('rw', db.participants, db.contacts, db.summary, async () => {
    const existing = await db.participants.bulkGet(keys);
    const inputs = rows.map((row, n) => {
      const parsed = participantRowSchema.safeParse(existing[n]);
      const before = parsed.success ? parsed.data : null;
      const activity: Activity | null = row.activity ? { name: row.activity, code: null, startDate: row.activityStartDate, endDate: null } : null;
      // A later page read adds the real history.
      const contacts = standInContact(row.lastContactDate);
      return {
        participant: {
          system: opts.system,
          participantId: row.participantId,
          name: row.name ?? before?.name ?? row.participantId,
          url: before?.url ?? null,
          enrolledDate: before?.enrolledDate ?? null,
          activities: activity ? mergeActivity(before?.activities ?? [], activity) : (before?.activities ?? []),
          plannedGaps: before?.plannedGaps ?? [],
          // The participant's own page, once read, stays the source; the file fills in only what was unknown.
          activitiesRead: activity && !fromPage(before?.activitiesRead) ? { from: 'import' as const, at } : (before?.activitiesRead ?? null),
          historyRead: row.lastContactDate && !fromPage(before?.historyRead) ? { from: 'import' as const, at } : (before?.historyRead ?? null),
        },
        contacts,
      };
    });
    await upsertParticipants(db, inputs, opts);
    return { imported: rows.length };
  });
}

function mergeActivity(existing: Activity[], incoming: Activity): Activity[] {
  const same = existing.findIndex((a) => a.name === incoming.name);
  if (same < 0) return [...existing, incoming];
  return existing.map((a, i) => (i === same ? { ...a, startDate: incoming.startDate ?? a.startDate } : a));
}

const fromPage = (read: FactSource | null | undefined) => read?.from === 'participant-page' || read?.from === 'notes-page';
