/**
 * Version 6: the generic reader's participants (systems an agency adds) are kept under their site's
 * host, so two agencies' participant 12345 are two people. A database made by version 5 is upgraded
 * in place: each generic participant with a link moves under its host with its contacts, drafts and
 * place in the caseload summary; one with no link (imported from a file) stays; nothing is lost.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyRead, type PageRead } from '../../lib/adapters/types';
import { createService } from '../../lib/caseload/service';
import { CaseloadDb, STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from '../../lib/db/db';
import { loadSummary } from '../../lib/db/summary';
import { SUMMARY_ID } from '../../lib/db/schema';
import { deletedAfterEach, noSettings } from './helpers';

const { track } = deletedAfterEach();
const TODAY = '2026-11-25';

const service = (db: CaseloadDb) => createService({ db, today: () => TODAY, now: () => `${TODAY}T15:00:00.000Z`, store: noSettings() });

/** A generic page read as version 5's gate passed it on: the ID as the page shows it. */
function participantPage(host: string, name: string, contactDate: string): PageRead {
  const url = `https://${host}/clients/view?id=12345`;
  return {
    ...emptyRead('generic'),
    page: 'case-notes',
    participant: { id: '12345', name, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url },
    contacts: [{ date: contactDate, contactTypeText: 'Office visit', contactType: 'in-person', serviceCode: null, author: 'A. Case', subject: null, text: 'Met with participant in office; two applications sent. Next step: follow up on 12/10/2026.' }],
  };
}

/** A database as version 5 wrote it: the tables copied row for row from one the service filled with version 5's keys. */
async function version5(name: string): Promise<void> {
  const scratch = track(new CaseloadDb(`${name}-scratch`));
  const s = service(scratch);
  await s['page-read']({ kind: 'page-read', read: participantPage('jobs.agency-a.example', 'Ana Garcia', '2026-10-01') });
  await s['draft-save']({ kind: 'draft-save', participantKey: 'generic:12345', pageKind: 'note-editor', visit: '', text: 'Met with Ana at the office', contactType: null, date: null });
  // A file import names no site: no link.
  await s['caseload-import']({ kind: 'caseload-import', csv: 'Participant ID,Name,Last contact date\n777,Bo Imported,10/20/2026\n', system: 'generic' });
  await s['page-read']({ kind: 'page-read', read: { ...emptyRead('toolbox'), page: 'participant', participant: { id: '100234', name: 'Dana Whitfield', planType: null, activities: [], plannedGaps: [], activitiesShown: false, url: 'https://toolbox.mo.gov/p?id=100234' } } });
  await loadSummary(scratch);
  const tables = { participants: await scratch.participants.toArray(), contacts: await scratch.contacts.toArray(), drafts: await scratch.drafts.toArray(), summary: await scratch.summary.toArray() };
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  old.version(2).stores(STORES_V2);
  old.version(3).stores(STORES_V3);
  old.version(4).stores(STORES_V4);
  old.version(5).stores(STORES_V4);
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
  old.close();
}

describe('upgrading from schema version 5', () => {
  it("moves a generic participant under their site's host with their contacts, draft and summary entry, and keeps everyone else as they were", async () => {
    const name = `v5-generic-${Math.random()}`;
    await version5(name);
    const db = track(new CaseloadDb(name));
    await db.open();
    expect(db.verno).toBe(6);
    const moved = 'generic:jobs.agency-a.example/12345';
    expect((await db.participants.toCollection().primaryKeys()).sort()).toEqual(['generic:777', moved, 'toolbox:100234'].sort());
    expect(await db.participants.get(moved)).toMatchObject({ participantId: 'jobs.agency-a.example/12345', name: 'Ana Garcia' });
    const contacts = await db.contacts.where('participantKey').equals(moved).toArray();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]?.dedupeKey.startsWith(`${moved}|`)).toBe(true);
    expect(await db.contacts.where('participantKey').equals('generic:12345').count()).toBe(0);
    expect(await db.drafts.get(`${moved}|note-editor`)).toMatchObject({ text: 'Met with Ana at the office' });
    expect((await db.summary.get(SUMMARY_ID))?.keys.slice().sort()).toEqual(['generic:777', moved, 'toolbox:100234'].sort());

    // The service reads them as before: Ana's last contact and due date, under her new key.
    const s = service(db);
    const status = await s['participant-status']({ kind: 'participant-status', system: 'generic', participantId: 'jobs.agency-a.example/12345' });
    expect(status).toMatchObject({ name: 'Ana Garcia', lastQualifyingContact: { date: '2026-10-01' } });
    expect((await s['list-due']({ kind: 'list-due' })).total).toBe(3);
  });

  it("keeps two agencies' participant 12345 apart once upgraded: the other agency's page adds a second person", async () => {
    const name = `v5-two-${Math.random()}`;
    await version5(name);
    const db = track(new CaseloadDb(name));
    const s = service(db);
    const other = participantPage('cm.agency-b.example', 'Kim Lee', '2026-09-01');
    // As the gate now passes it on: under its host.
    await s['page-read']({ kind: 'page-read', read: { ...other, participant: { ...other.participant!, id: 'cm.agency-b.example/12345' } } });
    const names = (await db.participants.where('key').startsWith('generic:').toArray()).map((p) => p.name).sort();
    expect(names).toEqual(['Ana Garcia', 'Bo Imported', 'Kim Lee']);
  });
});
