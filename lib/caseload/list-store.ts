/**
 * Writes what a list says about many participants — a caseload page's rows or
 * a caseload file's lines — in one transaction and a fixed number of database
 * calls, however long the list: a 10,000-row caseload page is one bulk read
 * of who is on file, one bulk delete of the stand-ins it replaces and one
 * bulk write (participants, contacts, the caseload summary). If any write
 * fails, nothing from the list is kept.
 */
import type { CaseloadDb } from '../db/db';
import { validRows } from '../db/rows';
import { contactsOf, upsertParticipants } from '../db/write';
import { contactRowSchema, participantKey, participantRowSchema } from '../db/schema';
import { mergeListEvidence, type ListEvidence } from './evidence';

export async function storeList(db: CaseloadDb, list: readonly ListEvidence[], today: string): Promise<{ stored: number }> {
  // A person listed twice is one participant: the later row is the one kept, as a re-read would.
  const byKey = new Map<string, ListEvidence>();
  for (const e of list) {
    const key = participantKey(e.system, e.participantId);
    byKey.delete(key);
    byKey.set(key, e);
  }
  const keys = [...byKey.keys()];
  const evidence = [...byKey.values()];
  return db.transaction('rw', db.participants, db.contacts, db.summary, async () => {
    const existing = await db.participants.bulkGet(keys);
    const onFile = validRows(await contactsOf(db, keys), contactRowSchema, 'contacts').rows;
    const pageHistory = new Set(onFile.filter((c) => c.source === 'page').map((c) => c.participantKey));
    const inputs = evidence.map((e, n) => {
      const parsed = participantRowSchema.safeParse(existing[n]);
      return mergeListEvidence({ row: parsed.success ? parsed.data : null, pageHistory: pageHistory.has(keys[n]!) }, e);
    });
    // A new stand-in replaces the earlier ones (a newer file, a list).
    const replace = new Set(keys.filter((_, n) => inputs[n]!.replaceStandIns));
    await db.contacts.bulkDelete(onFile.filter((c) => c.source === 'import' && replace.has(c.participantKey)).map((c) => c.dedupeKey));
    await upsertParticipants(db, inputs, { today });
    return { stored: keys.length };
  });
}
