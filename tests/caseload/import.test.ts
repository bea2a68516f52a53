import { describe, expect, it } from 'vitest';
import { parseCaseloadCsv } from '../../lib/caseload/csv';
import { importCaseload } from '../../lib/caseload/import';
import { listDue, participantStatus } from '../../lib/db/queries';
import { upsertParticipant } from '../../lib/db/write';
import { MISSOURI_RULES } from '../../lib/schedule/rules';
import { deletedAfterEach, person, visit } from '../db/helpers';

const opts = { system: 'toolbox' as const, rules: MISSOURI_RULES, today: '2025-01-10' };
const { db } = deletedAfterEach();

const FILE = ['Participant ID,Name,Last contact date,Activity,Activity start date', '1,Ana,10/01/2024,OST,09/01/2024', '2,Bo,01/02/2025,WEX,', '3,Cy,,,'].join('\n');

describe('importing a caseload file', () => {
  it('writes every previewed row and works out due dates', async () => {
    const d = db();
    const { rows } = parseCaseloadCsv(FILE);
    expect(await importCaseload(d, rows, opts)).toEqual({ imported: 3 });
    expect(await d.participants.count()).toBe(3);
    expect(await d.participants.get('toolbox:1')).toMatchObject({ name: 'Ana', activities: [{ name: 'OST', startDate: '2024-09-01' }] });
    const { items } = await listDue(d, { today: '2025-01-10', withinDays: 14, rules: MISSOURI_RULES });
    expect(items.map((i) => [i.name, i.nextDueDate])).toEqual([['Ana', '2024-12-30']]);
  });

  it('writes nothing if any row fails part-way', async () => {
    const d = db();
    d.participants.hook('creating', (key) => {
      if (key === 'toolbox:3') throw new Error('disk full');
    });
    await expect(importCaseload(d, parseCaseloadCsv(FILE).rows, opts)).rejects.toThrow('disk full');
    expect(await d.participants.count()).toBe(0);
    expect(await d.contacts.count()).toBe(0);
    expect((await listDue(d, { today: '2025-01-10', withinDays: 14, rules: MISSOURI_RULES })).total).toBe(0);
  });

  it('keeps what was read from the participant page (link, history) when the same person is imported', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('1', 'Ana Garcia'), contacts: [visit('2024-12-15')] }, opts);
    await importCaseload(d, parseCaseloadCsv(FILE).rows, opts);
    expect(await d.participants.get('toolbox:1')).toMatchObject({ name: 'Ana', url: 'https://toolbox.mo.gov/participant/1' });
    expect((await participantStatus(d, 'toolbox:1', opts))?.status).toMatchObject({
      lastQualifyingContact: { date: '2024-12-15' },
      nextDueDate: '2025-03-15',
    });
  });

  it('does not duplicate contacts when the same file is imported twice', async () => {
    const d = db();
    const { rows } = parseCaseloadCsv(FILE);
    await importCaseload(d, rows, opts);
    await importCaseload(d, rows, opts);
    expect(await d.contacts.count()).toBe(2);
  });

  it('recomputes each imported participant from their own contacts only', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('2'), contacts: [visit('2025-01-09')] }, opts);
    await importCaseload(d, parseCaseloadCsv(['ID,Last contact date', '1,10/01/2024', '3,10/02/2024'].join('\n')).rows, opts);
    const last = async (key: string) => (await participantStatus(d, key, opts))?.status.lastQualifyingContact?.date;
    expect(await last('toolbox:1')).toBe('2024-10-01');
    expect(await last('toolbox:2')).toBe('2025-01-09');
    expect(await last('toolbox:3')).toBe('2024-10-02');
    // The list reads the summary, which must agree.
    const { items } = await listDue(d, { today: '2025-01-10', withinDays: 365, rules: MISSOURI_RULES });
    expect(Object.fromEntries(items.map((i) => [i.participantId, i.lastContactDate]))).toEqual({ '1': '2024-10-01', '2': '2025-01-09', '3': '2024-10-02' });
  });
});
