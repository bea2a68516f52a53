/**
 * Writes a previewed caseload import. All rows go in one Dexie transaction:
 * if any write fails, nothing from the file is kept, so a failed import never
 * leaves half a caseload behind.
 */
import type { CaseloadCsvRow } from '../caseload/csv';
import type { Activity } from '../model';
import type { CaseloadDb } from './db';
import { upsertParticipant, type ContactInput, type ScheduleContext } from './queries';
import { participantKey, participantRowSchema, type ParticipantRow } from './schema';

export async function importCaseload(
  db: CaseloadDb,
  rows: readonly CaseloadCsvRow[],
  opts: { system: ParticipantRow['system'] } & ScheduleContext,
): Promise<{ imported: number }> {
  const ctx: ScheduleContext = { rules: opts.rules, today: opts.today };
  return db.transaction('rw', db.participants, db.contacts, async () => {
    for (const row of rows) {
      const existingRaw = await db.participants.get(participantKey(opts.system, row.participantId));
      const parsed = participantRowSchema.safeParse(existingRaw);
      const existing = parsed.success ? parsed.data : null;
      const activity: Activity[] = row.activity ? [{ name: row.activity, code: null, startDate: row.activityStartDate, endDate: null }] : [];
      // The export's "last contact" is taken as a qualifying contact: the
      // systems' reports count case-management contacts. A later page read
      // replaces it with the real history.
      const contacts: ContactInput[] = row.lastContactDate
        ? [{ date: row.lastContactDate, contactType: null, party: 'participant', qualifies: true, responseDate: null, source: 'import' }]
        : [];
      await upsertParticipant(
        db,
        {
          participant: {
            system: opts.system,
            participantId: row.participantId,
            name: row.name ?? existing?.name ?? row.participantId,
            url: existing?.url ?? null,
            enrolledDate: existing?.enrolledDate ?? null,
            activities: activity.length > 0 ? mergeActivity(existing?.activities ?? [], activity[0]!) : (existing?.activities ?? []),
            plannedGaps: existing?.plannedGaps ?? [],
          },
          contacts,
        },
        ctx,
      );
    }
    return { imported: rows.length };
  });
}

function mergeActivity(existing: Activity[], incoming: Activity): Activity[] {
  const same = existing.findIndex((a) => a.name === incoming.name);
  if (same < 0) return [...existing, incoming];
  return existing.map((a, i) => (i === same ? { ...a, startDate: incoming.startDate ?? a.startDate } : a));
}
