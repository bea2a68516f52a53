/** Forgetting: everyone on request, and whoever has not been seen for the retention period. */
import { addDays } from '../dates';
import type { CaseloadDb } from './db';
import { updateSummary } from './summary';

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
