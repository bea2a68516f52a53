/**
 * Version 5 of the database: the caseload summary names each participant's
 * system by its id. A version-4 record, which numbered systems by their
 * position in the list of system ids, is rewritten in place on upgrade.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CaseloadDb, STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from '../../lib/db/db';
import { CaseloadSummary, summaryEntry } from '../../lib/db/summary';
import { SUMMARY_ID } from '../../lib/db/schema';
import type { SystemId } from '../../lib/model';
import { deletedAfterEach } from './helpers';

const { track } = deletedAfterEach();

const entry = (key: string, system: SystemId) =>
  summaryEntry({ key, system, participantId: key, name: key, url: null, enrolledDate: '2025-01-01', activities: [], plannedGaps: [], lastSeen: '2025-01-01' }, []);

/** A database as version 4 left it, holding one summary record. */
async function version4(name: string, summary: Record<string, unknown>): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  old.version(2).stores(STORES_V2);
  old.version(3).stores(STORES_V3);
  old.version(4).stores(STORES_V4);
  await old.open();
  await old.table('summary').put(summary);
  old.close();
}

describe('upgrading from schema version 4', () => {
  const current = CaseloadSummary.empty().apply([entry('vos:1', 'vos'), entry('toolbox:2', 'toolbox'), entry('ajl:3', 'ajl')]).encode();
  // Version 4 wrote systems as positions: toolbox 0, workforce-one 1, generic 2, vos 3, ajl 4.
  const v4 = { ...current, format: 2, systems: Uint8Array.of(3, 0, 4) };

  it("keeps the summary, with each participant's system by id", async () => {
    const name = `v4-summary-${Math.random()}`;
    await version4(name, v4);
    const db = track(new CaseloadDb(name));
    await db.open();
    const record = await db.summary.get(SUMMARY_ID);
    expect(record).toMatchObject({ format: 3, keys: ['vos:1', 'toolbox:2', 'ajl:3'], systems: ['vos', 'toolbox', 'ajl'] });
    const summary = CaseloadSummary.decode(record);
    expect(summary && [0, 1, 2].map((i) => summary.system(i))).toEqual(['vos', 'toolbox', 'ajl']);
  });

  it('drops a record it cannot translate, so it is rebuilt from the tables', async () => {
    const name = `v4-damaged-${Math.random()}`;
    await version4(name, { ...v4, systems: Uint8Array.of(3, 0, 9) });
    const db = track(new CaseloadDb(name));
    await db.open();
    expect(await db.summary.count()).toBe(0);
  });
});
