/**
 * The toolbar badge and the morning's work (entrypoints/background/badge.ts): how many are overdue
 * today under the current rules, who is forgotten after the retention period, and the notification.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badge } from '../../../entrypoints/background/badge';
import { upsertParticipant } from '../../../lib/db/write';
import { MISSOURI_RULES } from '../../../lib/schedule/rules';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { BUILT_IN_SITES } from '../../../lib/systems';
import { deletedAfterEach, person, visit } from '../../db/helpers';
import { stubUnimplemented } from './fake-background';

const { db: freshDb } = deletedAfterEach();

/** Two participants seen on 2026-01-05: one contacted in October 2025 (overdue by January), one in December. */
async function twoSeen() {
  const db = freshDb();
  const ctx = { rules: MISSOURI_RULES, today: '2026-01-05' };
  await upsertParticipant(db, { participant: person('1'), contacts: [visit('2025-10-01')] }, ctx);
  await upsertParticipant(db, { participant: person('2'), contacts: [visit('2025-12-20')] }, ctx);
  return db;
}

function badgeOn(db: Awaited<ReturnType<typeof twoSeen>>, today: string, settings: Partial<Settings> = {}) {
  const seen = stubUnimplemented();
  const b = badge({ db, today: () => today, settings: async () => ({ settings: { ...DEFAULT_SETTINGS, ...settings }, locked: [] }) as never, sites: BUILT_IN_SITES });
  return { b, seen };
}

describe('the badge', () => {
  it('counts who is overdue today and says so in its title, and shows nothing when nobody is', async () => {
    const db = await twoSeen();
    const early = badgeOn(db, '2026-01-05');
    expect(await early.b.refresh()).toBe(1);
    expect(early.seen.badge).toEqual([{ text: '1' }]);
    expect(early.seen.titles).toEqual(['Case Note Coach: 1 overdue']);

    const nobody = badgeOn(freshDb(), '2026-01-05');
    expect(await nobody.b.refresh()).toBe(0);
    expect(nobody.seen.badge).toEqual([{ text: '' }]);
    expect(nobody.seen.titles).toEqual(['Case Note Coach']);
  });

  it('shows nothing rather than fail when the caseload cannot be read', async () => {
    const seen = stubUnimplemented();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const b = badge({ db: freshDb(), today: () => '2026-01-05', settings: () => Promise.reject(new Error('no settings')), sites: BUILT_IN_SITES });
    expect(await b.refresh()).toBe(0);
    expect(seen.badge).toEqual([]);
    expect(warn).toHaveBeenCalledWith('[Case Note Coach] badge not updated', expect.any(Error));
    warn.mockRestore();
  });
});

describe("the morning's work", () => {
  it('notifies of those overdue only when notifications are on', async () => {
    const db = await twoSeen();
    await badgeOn(db, '2026-04-01').b.daily();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await badgeOn(db, '2026-04-01', { notifications: true }).b.daily();
    expect(await fakeBrowser.notifications.getAll()).toEqual({ overdue: expect.objectContaining({ message: '2 participants need a contact now. Open Case Note Coach to see who.' }) });
  });

  it('forgets who has not been seen for the retention period, before counting', async () => {
    const db = await twoSeen();
    const kept = badgeOn(db, '2026-04-01', { retentionDays: 365 });
    await kept.b.daily();
    expect(kept.seen.badge.at(-1)).toEqual({ text: '2' });
    const forgetting = badgeOn(db, '2026-04-01', { retentionDays: 30 });
    await forgetting.b.daily();
    expect(forgetting.seen.badge.at(-1)).toEqual({ text: '' });
    expect(await db.participants.count()).toBe(0);
  });
});
