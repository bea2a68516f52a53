/**
 * Writes a previewed caseload import. All rows go in one Dexie transaction
 * (list-store.ts): if any write fails, nothing from the file is kept, so a
 * failed import never leaves half a caseload behind.
 */
import type { CaseloadDb } from '../db/db';
import type { ParticipantRow } from '../db/schema';
import type { Activity } from '../model';
import type { CaseloadCsvRow } from './csv';
import { storeList } from './list-store';

export async function importCaseload(
  db: CaseloadDb,
  rows: readonly CaseloadCsvRow[],
  /** `at`: when the file was imported (ISO instant), kept as where each fact came from. */
  opts: { system: ParticipantRow['system']; today: string; at?: string },
): Promise<{ imported: number }> {
  const at = opts.at ?? opts.today;
  // The same rule as a caseload page's row: a later page read adds the real history.
  await storeList(
    db,
    rows.map((row) => {
      const activity: Activity | null = row.activity ? { name: row.activity, code: null, startDate: row.activityStartDate, endDate: null } : null;
      return { system: opts.system, participantId: row.participantId, name: row.name, url: null, lastContactDate: row.lastContactDate, activity, from: 'import' as const, at };
    }),
    opts.today,
  );
  return { imported: rows.length };
}
