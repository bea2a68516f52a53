import { describe, expect, it } from 'vitest';
import { MISSOURI_RULES } from '../../lib/schedule/rules';
import { participantStatus } from '../../lib/db/queries';
import { upsertParticipant } from '../../lib/db/write';
import { deletedAfterEach, person, visit } from './helpers';

const ctx = { rules: MISSOURI_RULES, today: '2025-01-10' };
const { db } = deletedAfterEach();

describe('saving what was read from a participant page', () => {
  it('stores the participant and reports their computed due date', async () => {
    const d = db();
    const { row, status } = await upsertParticipant(d, { participant: person('100'), contacts: [visit('2024-12-01')] }, ctx);
    expect(row).toMatchObject({ key: 'toolbox:100', name: 'Person 100', lastSeen: '2025-01-10' });
    expect(status).toMatchObject({ nextDueDate: '2025-03-01', state: 'ok', lastQualifyingContact: { date: '2024-12-01', contactType: 'in-person' } });
    expect((await participantStatus(d, 'toolbox:100', ctx))?.status.nextDueDate).toBe('2025-03-01');
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
    const { status } = await upsertParticipant(d, { participant: person('100'), contacts: [visit('2025-01-05')] }, ctx);
    expect(await d.contacts.count()).toBe(2);
    expect(status.nextDueDate).toBe('2025-04-05');
  });

  it('skips a corrupt contact row instead of failing', async () => {
    const d = db();
    await d.contacts.put({ dedupeKey: 'bad', participantKey: 'toolbox:100', date: 'yesterday' } as never);
    const { status, skipped } = await upsertParticipant(d, { participant: person('100'), contacts: [visit('2024-12-01')] }, ctx);
    expect(status.nextDueDate).toBe('2025-03-01');
    expect(skipped).toEqual([{ table: 'contacts', key: 'bad', reason: expect.stringContaining('date') }]);
  });
});
