import { describe, expect, it } from 'vitest';
import { MISSOURI_RULES } from '../../lib/schedule/rules';
import { saveDraft } from '../../lib/db/drafts';
import { applyRetention, forgetEverything } from '../../lib/db/erase';
import { listDue } from '../../lib/db/queries';
import { upsertParticipant } from '../../lib/db/write';
import { deletedAfterEach, person, visit } from './helpers';

const ctx = { rules: MISSOURI_RULES, today: '2025-01-10' };
const { db } = deletedAfterEach();

describe('forgetting', () => {
  it('forget everything removes every participant, contact and draft', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('1'), contacts: [visit('2025-01-01')] }, ctx);
    await saveDraft(d, { participantKey: 'toolbox:1', pageKind: 'case-note', visit: 'a1', text: 'Met with participant', updatedAt: '2025-01-10T10:00:00Z' });
    await forgetEverything(d);
    expect([await d.participants.count(), await d.contacts.count(), await d.drafts.count(), await d.summary.count()]).toEqual([0, 0, 0, 0]);
    expect(await listDue(d, { ...ctx, withinDays: 14 })).toMatchObject({ items: [], total: 0 });
  });

  it('retention forgets participants not seen for the retention period, with their contacts and drafts', async () => {
    const d = db();
    await upsertParticipant(d, { participant: person('old'), contacts: [visit('2023-01-01')] }, { ...ctx, today: '2023-06-01' });
    await upsertParticipant(d, { participant: person('new'), contacts: [visit('2025-01-01')] }, ctx);
    await saveDraft(d, { participantKey: 'toolbox:old', pageKind: 'case-note', visit: 'a1', text: 'x', updatedAt: '2025-01-09T10:00:00Z' });
    await saveDraft(d, { participantKey: 'toolbox:new', pageKind: 'case-note', visit: 'a1', text: 'stale', updatedAt: '2023-01-09T10:00:00Z' });
    await saveDraft(d, { participantKey: 'toolbox:new', pageKind: 'contact', visit: 'a1', text: 'fresh', updatedAt: '2025-01-09T10:00:00Z' });
    // Each visit's draft goes by its own age: an old visit's, beside a fresh one of the same form, goes.
    await saveDraft(d, { participantKey: 'toolbox:new', pageKind: 'contact', visit: 'b2', text: 'an old visit', updatedAt: '2023-12-01T10:00:00Z' });
    // Working out due dates is not seeing: the list keeps the day they were last read.
    await listDue(d, { ...ctx, withinDays: 14 });
    expect((await d.participants.get('toolbox:old'))?.lastSeen).toBe('2023-06-01');
    expect(await applyRetention(d, 365, '2025-01-10')).toEqual({ participants: 1, drafts: 3 });
    expect(await d.participants.toCollection().primaryKeys()).toEqual(['toolbox:new']);
    expect((await listDue(d, { ...ctx, withinDays: 999 })).items.map((i) => i.key)).toEqual(['toolbox:new']);
    expect(await d.contacts.where('participantKey').equals('toolbox:old').count()).toBe(0);
    expect((await d.drafts.toArray()).map((x) => x.text)).toEqual(['fresh']);
  });
});
