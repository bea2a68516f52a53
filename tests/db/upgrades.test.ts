import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CaseloadDb, STORES_V1, STORES_V2, STORES_V3 } from '../../lib/db/db';
import { listDue } from '../../lib/db/queries';
import { upsertParticipant } from '../../lib/db/write';
import { MISSOURI_RULES } from '../../lib/schedule/rules';
import { deletedAfterEach, person } from './helpers';

const ctx = { rules: MISSOURI_RULES, today: '2025-01-10' };
const { db, track } = deletedAfterEach();

describe('upgrading from schema version 1', () => {
  it('keeps existing participants', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    await v1.table('participants').put({ key: 'toolbox:9', name: 'Ana GARCÍA', nextDueDate: '2025-01-01', lastSeen: '2024-12-01' });
    v1.close();

    const current = new CaseloadDb(name);
    track(current);
    await current.open();
    expect(current.verno).toBe(6);
    expect(await current.participants.get('toolbox:9')).toMatchObject({ name: 'Ana GARCÍA' });
  });
});

describe('upgrading from schema versions 2 and 3', () => {
  it('keeps participants and contacts, drops the settings table, and lists them from a summary built on first use', async () => {
    const name = `migrate-${Math.random()}`;
    // A version 3 row carried its computed dates, as of the day it was written.
    const v3row = {
      ...(await upsertParticipant(db(), { participant: person('9'), contacts: [] }, ctx)).row,
      nameLower: 'person 9',
      computedOn: '2024-12-01',
      recheckOn: null,
      nextDueDate: '2025-03-01',
      softExitDate: '2025-03-02',
      daysRemaining: 90,
      state: 'ok',
      lastContactDate: '2024-12-01',
      lastContactType: 'in-person',
      problems: [],
    };
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    await old.open();
    await old.table('participants').put(v3row);
    await old.table('contacts').put({ dedupeKey: 'toolbox:9|2024-12-01|in-person|participant', participantKey: 'toolbox:9', date: '2024-12-01', contactType: 'in-person', party: 'participant', qualifies: true, responseDate: null, source: 'page', sourceRef: null });
    old.close();

    const current = new CaseloadDb(name);
    track(current);
    await current.open();
    expect(current.tables.map((t) => t.name).sort()).toEqual(['contacts', 'drafts', 'participants', 'summary']);
    expect(await current.summary.count()).toBe(0);
    const { items } = await listDue(current, { today: '2025-03-01', withinDays: 14, rules: MISSOURI_RULES });
    expect(items.map((i) => [i.key, i.nextDueDate, i.lastContactDate])).toEqual([['toolbox:9', '2025-03-01', '2024-12-01']]);
    expect(await current.summary.count()).toBe(1);
  });
});
