/**
 * Writes a previewed caseload import. All rows go in one Dexie transaction:
 * if any write fails, nothing from the file is kept, so a failed import never
 * leaves half a caseload behind.
 */
import type { CaseloadDb } from '../db/db';
import { contactsOf, upsertParticipants, validRows } from '../db/queries';
import { contactRowSchema, participantKey, participantRowSchema, type ParticipantRow } from '../db/schema';
import type { Activity } from '../model';
import type { CaseloadCsvRow } from './csv';
import { mergeListEvidence } from './evidence';

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
    const onFile = validRows(await contactsOf(db, keys), contactRowSchema, 'contacts').rows;
    const pageHistory = new Set(onFile.filter((c) => c.source === 'page').map((c) => c.participantKey));
    const inputs = rows.map((row, n) => {
      const parsed = participantRowSchema.safeParse(existing[n]);
      const activity: Activity | null = row.activity ? { name: row.activity, code: null, startDate: row.activityStartDate, endDate: null } : null;
      // The same rule as a caseload page's row: a later page read adds the real history.
      return mergeListEvidence(
        { row: parsed.success ? parsed.data : null, pageHistory: pageHistory.has(keys[n]!) },
        { system: opts.system, participantId: row.participantId, name: row.name, url: null, lastContactDate: row.lastContactDate, activity, from: 'import', at },
      );
    });
    // A new stand-in replaces the earlier ones (a newer file, a list), as on the page path.
    const replace = new Set(keys.filter((_, n) => inputs[n]!.replaceStandIns));
    await db.contacts.bulkDelete(onFile.filter((c) => c.source === 'import' && replace.has(c.participantKey)).map((c) => c.dedupeKey));
    await upsertParticipants(db, inputs, opts);
    return { imported: rows.length };
  });
}
