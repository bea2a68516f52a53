import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CaseloadDb, STORES_V1, STORES_V2 } from '../../lib/db/db';
import {
  applyRetention,
  clearDraft,
  countOverdue,
  countParticipants,
  forgetEverything,
  listDue,
  loadDraft,
  recomputeAll,
  refreshDue,
  saveDraft,
  upsertParticipant,
} from '../../lib/db/queries';
import { addDays } from '../../lib/schedule/calendar';
import { MISSOURI_RULES, scheduleRulesSchema } from '../../lib/schedule/rules';
import { deletedAfterEach, person, visit } from './helpers';

const ctx = { rules: MISSOURI_RULES, today: '2025-01-10' };
const { db, track } = deletedAfterEach();

describe('saving what was read from a participant page', () => {
  it('stores the participant with their computed due date', async () => {
    const d = db();
    const { row } = await upsertParticipant(d, { participant: person('100'), contacts: [visit('2024-12-01')] }, ctx);
    expect(row).toMatchObject({ key: 'toolbox:100', nextDueDate: '2025-03-01', state: 'ok', lastContactDate: '2024-12-01', lastContactType: 'in-person' });
    expect(await d.participants.get('toolbox:100')).toMatchObject({ nextDueDate: '2025-03-01' });
  });

  it('does not duplicate contacts when the same page is read twice', async () => {
    const d = db();
    const input = { participant: person('100'), contacts: [visit('2024-12-01'), visit('2024-12-20', { contactType: 'telephone' })] };
    await upsertParticipant(d, input, ctx);
    await upsertParticipant(d, input, ctx);
    expect(await d.contacts.count()).toBe(2);
  });

  it('keeps earlier contacts and recomputes from all of them when a newer page shows only the latest', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('100'), contacts: [visit('2024-12-01')] }, ctx);
    const { row } = await upsertParticipant(d, { participant: person('100'), contacts: [visit('2025-01-05')] }, ctx);
    expect(await d.contacts.count()).toBe(2);
    expect(row.nextDueDate).toBe('2025-04-05');
  });

  it('skips a corrupt contact row instead of failing', async () => {
    const d = db();
    await d.contacts.put({ dedupeKey: 'bad', participantKey: 'toolbox:100', date: 'yesterday' } as never);
    const { row, skipped } = await upsertParticipant(d, { participant: person('100'), contacts: [visit('2024-12-01')] }, ctx);
    expect(row.nextDueDate).toBe('2025-03-01');
    expect(skipped).toEqual([{ table: 'contacts', key: 'bad', reason: expect.stringContaining('date') }]);
  });
});

describe('the overdue and due-soon list', () => {
  // A local area with a stricter 60-day interval, so "overdue" and "soft-exited" differ.
  const local60 = { rules: scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays: 60 }), today: '2025-01-10' };
  async function caseload() {
    const d = db();
    await upsertParticipant(d, { participant: person('1', 'Due later'), contacts: [visit('2025-01-01')] }, local60); // due 03-02
    await upsertParticipant(d, { participant: person('2', 'Overdue a lot'), contacts: [visit('2024-09-01')] }, local60); // soft exit 11-30
    await upsertParticipant(d, { participant: person('3', 'Overdue a little'), contacts: [visit('2024-11-01')] }, local60); // due 12-31
    await upsertParticipant(d, { participant: person('4', 'Due soon'), contacts: [visit('2024-11-20')] }, local60); // due 01-19
    await upsertParticipant(d, { participant: { ...person('5', 'Unknown'), activities: [] }, contacts: [] }, local60); // no due date
    return d;
  }

  it('lists overdue first, most overdue at the top, and leaves out people not yet due', async () => {
    const d = await caseload();
    const { items, skipped } = await listDue(d, { today: '2025-01-10', withinDays: 14 });
    expect(items.map((i) => [i.name, i.daysRemaining, i.state])).toEqual([
      ['Overdue a lot', -71, 'soft-exited'],
      ['Overdue a little', -10, 'overdue'],
      ['Due soon', 9, 'due-soon'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('works out days for the day it is asked, not the day it was saved', async () => {
    const d = await caseload();
    const { items } = await listDue(d, { today: '2025-02-23', withinDays: 7 });
    expect(items.find((i) => i.name === 'Due later')).toMatchObject({ daysRemaining: 7, state: 'due-soon' });
  });

  it('counts the overdue and soft-exited for the badge, as of the day asked', async () => {
    const d = await caseload();
    const { items } = await listDue(d, { today: '2025-01-10', withinDays: 14 });
    expect(await countOverdue(d, '2025-01-10')).toBe(items.filter((i) => i.daysRemaining < 0).length);
    expect(await countOverdue(d, '2025-01-10')).toBe(2);
    // 'Due soon' (due 01-19) is overdue from 01-20 on; 'Due later' (03-02) from 03-03.
    expect(await countOverdue(d, '2025-01-20')).toBe(3);
    expect(await countOverdue(d, '2025-03-03')).toBe(4);
  });

  it('keeps a due-date index so the list is one range query', async () => {
    const d = await caseload();
    expect(d.participants.schema.indexes.map((i) => i.name)).toContain('nextDueDate');
  });

  it('skips and reports a corrupt participant row but still shows the others', async () => {
    const d = await caseload();
    await d.participants.put({ key: 'toolbox:bad', nextDueDate: '2024-01-01', name: 42 } as never);
    const { items, skipped } = await listDue(d, { today: '2025-01-10', withinDays: 14 });
    expect(items).toHaveLength(3);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ table: 'participants', key: 'toolbox:bad' });
  });

  it('recomputes everyone when the rules change', async () => {
    const d = await caseload();
    const stricter = { rules: scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays: 30 }), today: '2025-01-10' };
    // Four have a new due date; 'Unknown' has nothing to count from under any rules, so it is not rewritten.
    expect((await recomputeAll(d, stricter)).updated).toBe(4);
    expect((await d.participants.get('toolbox:1'))?.nextDueDate).toBe('2025-01-31');
  });

  it('rewrites nothing when the rules and the day give the same dates', async () => {
    const d = await caseload();
    const before = await d.participants.toArray();
    expect((await recomputeAll(d, local60)).updated).toBe(0);
    // A later day changes no stored date either: days and state are worked out when the list is read.
    expect((await recomputeAll(d, { ...local60, today: '2025-01-20' })).updated).toBe(0);
    expect(await d.participants.toArray()).toEqual(before);
  });

  it('goes a few participants at a time and still recomputes everyone once, each from their own contacts', async () => {
    const d = await caseload();
    await upsertParticipant(d, { participant: person('9'), contacts: [visit('2024-12-20')] }, ctx);
    const stricter = { rules: scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays: 30 }), today: '2025-01-10' };
    const whole = db();
    for (const row of await d.participants.toArray()) await whole.participants.put(row);
    for (const row of await d.contacts.toArray()) await whole.contacts.put(row);
    expect((await recomputeAll(d, stricter, undefined, 2)).updated).toBe(5);
    expect((await recomputeAll(whole, stricter, undefined, 1_000)).updated).toBe(5);
    expect(await d.participants.toArray()).toEqual(await whole.participants.toArray());
    expect((await d.participants.get('toolbox:9'))?.nextDueDate).toBe('2025-01-19');
  });

  it('recomputes each system under its own rules in one pass', async () => {
    const d = await caseload();
    await upsertParticipant(d, { participant: { ...person('9'), system: 'workforce-one' }, contacts: [visit('2025-01-02')] }, ctx);
    const days = scheduleRulesSchema.parse({ kind: 'days', days: 90 });
    const monthly = scheduleRulesSchema.parse({ kind: 'calendar-month' });
    const seen: string[] = [];
    const r = await recomputeAll(d, {
      today: '2025-01-10',
      rules: (system) => {
        seen.push(system);
        return system === 'workforce-one' ? monthly : days;
      },
    });
    // Toolbox's four with dates move from 60 to 90 days, and Minnesota's one to a calendar month.
    expect(r.updated).toBe(5);
    expect(new Set(seen)).toEqual(new Set(['toolbox', 'workforce-one']));
    // Minnesota: a contact on 01/02 is due by the end of February; Missouri's 90 days would say April.
    expect((await d.participants.get('workforce-one:9'))?.nextDueDate).toBe('2025-02-28');
  });
});

describe('forgetting', () => {
  it('forget everything removes every participant, contact and draft', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('1'), contacts: [visit('2025-01-01')] }, ctx);
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', text: 'Met with participant', updatedAt: '2025-01-10T10:00:00Z' });
    await forgetEverything(d);
    expect([await d.participants.count(), await d.contacts.count(), await d.drafts.count()]).toEqual([0, 0, 0]);
    expect(await countParticipants(d)).toBe(0);
  });

  it('retention forgets participants not seen for the retention period, with their contacts and drafts', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('old'), contacts: [visit('2023-01-01')] }, { ...ctx, today: '2023-06-01' });
    await upsertParticipant(d, { participant: person('new'), contacts: [visit('2025-01-01')] }, ctx);
    await saveDraft(d, { participantKey: 'toolbox:old', pageKind: 'case-note', text: 'x', updatedAt: '2025-01-09T10:00:00Z' });
    await saveDraft(d, { participantKey: 'toolbox:new', pageKind: 'case-note', text: 'stale', updatedAt: '2023-01-09T10:00:00Z' });
    await saveDraft(d, { participantKey: 'toolbox:new', pageKind: 'contact', text: 'fresh', updatedAt: '2025-01-09T10:00:00Z' });
    // Recomputing is not seeing: a new interval or a daily refresh keeps the day they were last read.
    await recomputeAll(d, { ...ctx, rules: scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays: 45 }) });
    await refreshDue(d, { ...ctx, today: '2025-01-10' });
    expect((await d.participants.get('toolbox:old'))?.lastSeen).toBe('2023-06-01');
    expect(await applyRetention(d, 365, '2025-01-10')).toEqual({ participants: 1, drafts: 2 });
    expect(await d.participants.toCollection().primaryKeys()).toEqual(['toolbox:new']);
    expect(await d.contacts.where('participantKey').equals('toolbox:old').count()).toBe(0);
    expect((await d.drafts.toArray()).map((x) => x.text)).toEqual(['fresh']);
  });
});

describe('drafts', () => {
  it('saves, loads and clears a draft per participant and page kind', async () => {
    const d = db();
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', text: 'Half-written note', updatedAt: '2025-01-10T10:00:00Z' });
    expect((await loadDraft(d, 'toolbox:1', 'case-note'))?.text).toBe('Half-written note');
    expect(await loadDraft(d, 'toolbox:1', 'other')).toBeNull();
    await clearDraft(d, 'toolbox:1', 'case-note');
    expect(await loadDraft(d, 'toolbox:1', 'case-note')).toBeNull();
  });
  it('treats a corrupt draft as no draft', async () => {
    const d = db();
    await d.drafts.put({ key: 'toolbox:1|case-note', text: 5 } as never);
    expect(await loadDraft(d, 'toolbox:1', 'case-note')).toBeNull();
  });
});

describe('upgrading from schema version 1', () => {
  it('keeps existing participants and makes them searchable by name', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    await v1.table('participants').put({ key: 'toolbox:9', name: 'Ana GARCÍA', nextDueDate: '2025-01-01', lastSeen: '2024-12-01' });
    v1.close();

    const current = new CaseloadDb(name);
    track(current);
    await current.open();
    expect(current.verno).toBe(3);
    expect(await current.participants.get('toolbox:9')).toMatchObject({ nameLower: 'ana garcía' });
  });
});

describe('upgrading from schema version 2', () => {
  it('keeps participants and has the next daily refresh recompute each of them once', async () => {
    const name = `migrate-${Math.random()}`;
    const scratch = db();
    const { row } = await upsertParticipant(scratch, { participant: person('9'), contacts: [visit('2024-12-01')] }, ctx);
    const { recheckOn: _, ...v2row } = row;
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores(STORES_V2);
    await v2.open();
    await v2.table('participants').put(v2row);
    await v2.table('settings').put({ id: 'settings', policy: 'mo-dwd-toolbox' });
    v2.close();

    const current = new CaseloadDb(name);
    track(current);
    await current.open();
    expect(current.tables.map((t) => t.name).sort()).toEqual(['contacts', 'drafts', 'participants']);
    expect((await current.participants.get('toolbox:9'))?.recheckOn).toBe(ctx.today);
    expect((await listDue(current, { today: '2025-03-01', withinDays: 14 })).items.map((i) => i.key)).toEqual(['toolbox:9']);
    expect((await refreshDue(current, { ...ctx, today: '2025-01-11' })).updated).toBe(1);
    expect((await current.participants.get('toolbox:9'))?.recheckOn).toBeNull();
  });
});

describe('the daily refresh', () => {
  const later = (n: number) => addDays(ctx.today, n);

  it('recomputes only those whose day has come, and they then show the new state', async () => {
    const d = db();
    // Ends their only activity tomorrow: from the day after, services can't continue.
    const ending = { ...person('1'), activities: [{ name: 'Training', code: '300', startDate: '2024-06-01', endDate: later(1) }] };
    await upsertParticipant(d, { participant: ending, contacts: [visit('2024-12-01')] }, ctx);
    // A visit entered ahead of time counts from its own day.
    await upsertParticipant(d, { participant: person('2'), contacts: [visit('2024-11-01'), visit(later(3))] }, ctx);
    await upsertParticipant(d, { participant: person('3'), contacts: [visit('2024-12-15')] }, ctx);

    expect((await refreshDue(d, { ...ctx, today: later(1) })).updated).toBe(0);
    expect((await refreshDue(d, { ...ctx, today: later(2) })).updated).toBe(1);
    expect((await d.participants.get('toolbox:1'))?.problems.map((p) => p.code)).toContain('no-current-activity');

    expect((await d.participants.get('toolbox:2'))?.nextDueDate).toBe('2025-01-30');
    expect((await refreshDue(d, { ...ctx, today: later(5) })).updated).toBe(1);
    expect(await d.participants.get('toolbox:2')).toMatchObject({ lastContactDate: later(3), nextDueDate: addDays(later(3), 90) });
    // The same as recomputing everyone that day.
    const refreshed = await d.participants.toArray();
    await recomputeAll(d, { ...ctx, today: later(5) });
    const all = await d.participants.toArray();
    const dates = (rows: typeof all) => rows.map(({ key, nextDueDate, softExitDate, lastContactDate, problems, recheckOn }) => ({ key, nextDueDate, softExitDate, lastContactDate, problems, recheckOn }));
    expect(dates(refreshed)).toEqual(dates(all));
  });
});
