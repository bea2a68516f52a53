import { describe, expect, it } from 'vitest';
import { countOverdue, listDue, participantStatus } from '../../lib/db/queries';
import { upsertParticipant } from '../../lib/db/write';
import { SUMMARY_ID } from '../../lib/db/schema';
import { addDays } from '../../lib/dates';
import { MISSOURI_RULES, scheduleRulesSchema } from '../../lib/schedule/rules';
import { deletedAfterEach, person, visit } from './helpers';

const ctx = { rules: MISSOURI_RULES, today: '2025-01-10' };
const { db } = deletedAfterEach();

describe('the overdue and due-soon list', () => {
  // A local area with a stricter 60-day interval, so "overdue" and "soft-exited" differ.
  const local60 = { rules: scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays: 60 }), today: '2025-01-10' };
  const asked = (today: string, withinDays = 14) => ({ today, withinDays, rules: local60.rules });
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
    const list = await listDue(d, asked('2025-01-10'));
    expect(list.items.map((i) => [i.name, i.nextDueDate, i.daysRemaining, i.state])).toEqual([
      ['Overdue a lot', '2024-10-31', -71, 'soft-exited'],
      ['Overdue a little', '2024-12-31', -10, 'overdue'],
      ['Due soon', '2025-01-19', 9, 'due-soon'],
    ]);
    expect(list.items[0]).toMatchObject({ key: 'toolbox:2', participantId: '2', softExitDate: '2024-12-01', lastContactDate: '2024-09-01', lastContactType: 'in-person', url: 'https://toolbox.mo.gov/participant/2' });
    // "Overdue a lot" is past her soft exit: counted as such, as her row says, not also as overdue.
    expect(list).toMatchObject({ due: 3, overdue: 1, softExited: 1, total: 5, unreadable: 0 });
  });

  it('gives the whole list\'s totals when asked for only its first rows', async () => {
    const d = await caseload();
    const list = await listDue(d, { ...asked('2025-01-10'), limit: 1 });
    expect(list.items.map((i) => i.name)).toEqual(['Overdue a lot']);
    expect(list).toMatchObject({ due: 3, overdue: 1, softExited: 1, total: 5 });
  });

  it('works out dates for the day it is asked, not the day they were saved', async () => {
    const d = await caseload();
    const { items } = await listDue(d, asked('2025-02-23', 7));
    expect(items.find((i) => i.name === 'Due later')).toMatchObject({ daysRemaining: 7, state: 'due-soon' });
  });

  it('a contact entered ahead of time counts from its own day, with no refresh in between', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('2'), contacts: [visit('2024-11-01'), visit('2025-01-13')] }, ctx);
    expect((await listDue(d, { ...ctx, withinDays: 30 })).items[0]).toMatchObject({ nextDueDate: '2025-01-30', lastContactDate: '2024-11-01' });
    expect((await listDue(d, { ...ctx, today: '2025-01-13', withinDays: 120 })).items[0]).toMatchObject({ nextDueDate: '2025-04-13', lastContactDate: '2025-01-13' });
  });

  it('counts the overdue and soft-exited for the badge, as of the day asked', async () => {
    const d = await caseload();
    const { items } = await listDue(d, asked('2025-01-10'));
    expect(await countOverdue(d, '2025-01-10', local60.rules)).toBe(items.filter((i) => i.daysRemaining < 0).length);
    expect(await countOverdue(d, '2025-01-10', local60.rules)).toBe(2);
    // 'Due soon' (due 01-19) is overdue from 01-20 on; 'Due later' (03-02) from 03-03.
    expect(await countOverdue(d, '2025-01-20', local60.rules)).toBe(3);
    expect(await countOverdue(d, '2025-03-03', local60.rules)).toBe(4);
  });

  it('follows new rules at once: a stricter local interval moves every due date', async () => {
    const d = await caseload();
    const stricter = scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays: 30 });
    const { items } = await listDue(d, { today: '2025-01-10', withinDays: 30, rules: stricter });
    expect(Object.fromEntries(items.map((i) => [i.name, i.nextDueDate]))).toEqual({
      'Due later': '2025-01-31',
      'Overdue a lot': '2024-10-01',
      'Overdue a little': '2024-12-01',
      'Due soon': '2024-12-20',
    });
    expect(await countOverdue(d, '2025-01-10', stricter)).toBe(3);
  });

  it('works out each system under its own rules', async () => {
    const d = await caseload();
    await upsertParticipant(d, { participant: { ...person('9'), system: 'workforce-one' }, contacts: [visit('2025-01-02')] }, ctx);
    const monthly = scheduleRulesSchema.parse({ kind: 'calendar-month' });
    const seen = new Set<string>();
    const rules = (system: string) => {
      seen.add(system);
      return system === 'workforce-one' ? monthly : MISSOURI_RULES;
    };
    const { items } = await listDue(d, { today: '2025-01-10', withinDays: 120, rules });
    expect(seen.has('workforce-one') && seen.has('toolbox')).toBe(true);
    // Minnesota: a contact on 01/02 is due by the end of February; Missouri's 90 days would say April.
    expect(items.find((i) => i.key === 'workforce-one:9')).toMatchObject({ nextDueDate: '2025-02-28', softExitDate: null });
    expect(items.find((i) => i.key === 'toolbox:1')).toMatchObject({ nextDueDate: '2025-04-01', softExitDate: '2025-04-02' });
  });

  it('agrees with each participant\'s own status', async () => {
    const d = await caseload();
    const { items } = await listDue(d, asked('2025-01-10', 365));
    for (const i of items) {
      const { status } = (await participantStatus(d, i.key, local60))!;
      expect([i.nextDueDate, i.softExitDate, i.lastContactDate]).toEqual([status.nextDueDate, status.softExitDate, status.lastQualifyingContact?.date ?? null]);
    }
    expect(items).toHaveLength(4);
  });

  it('rebuilds a damaged summary from the tables, and reports a participant row it cannot read', async () => {
    const d = await caseload();
    await d.participants.put({ key: 'toolbox:bad', name: 42 } as never);
    await d.summary.put({ id: SUMMARY_ID, format: 1, keys: ['x'] } as never);
    const list = await listDue(d, asked('2025-01-10'));
    expect(list.items.map((i) => i.name)).toEqual(['Overdue a lot', 'Overdue a little', 'Due soon']);
    expect(list).toMatchObject({ total: 5, unreadable: 1 });
    // Reading that participant's page again replaces the bad row.
    await upsertParticipant(d, { participant: person('bad', 'Fixed'), contacts: [visit('2024-12-01')] }, local60);
    expect(await listDue(d, asked('2025-01-10'))).toMatchObject({ total: 6, unreadable: 0 });
  });

  it('rebuilds a summary whose digests do not add up', async () => {
    const d = await caseload();
    const stored = (await d.summary.get(SUMMARY_ID))!;
    await d.summary.put({ ...stored, data: stored.data.subarray(1) });
    expect((await listDue(d, asked('2025-01-10'))).items).toHaveLength(3);
  });
});

describe('dates that change with no new data', () => {
  const later = (n: number) => addDays(ctx.today, n);

  it('an activity that ends shows up the day after, in the participant\'s status', async () => {
    const d = db();
    const ending = { ...person('1'), activities: [{ name: 'Training', code: '300', startDate: '2024-06-01', endDate: later(1) }] };
    await upsertParticipant(d, { participant: ending, contacts: [visit('2024-12-01')] }, ctx);
    const codes = async (today: string) => (await participantStatus(d, 'toolbox:1', { ...ctx, today }))?.status.problems.map((p) => p.code);
    expect(await codes(later(1))).not.toContain('no-current-activity');
    expect(await codes(later(2))).toContain('no-current-activity');
  });
});
