import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from '../../lib/settings';

describe('settings', () => {
  it('starts from safe defaults', () => {
    const { settings, locked, problems } = resolveSettings(undefined, undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(locked).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("keeps the user's own choice over an agency default that is not locked", () => {
    const { settings } = resolveSettings({ dueSoonDays: 7 }, { dueSoonDays: 21 });
    expect(settings.dueSoonDays).toBe(7);
  });

  it('applies a locked agency value whatever the user saved', () => {
    const { settings, locked } = resolveSettings({ intervalDays: 80 }, { intervalDays: 60, lockedSettings: ['intervalDays'] });
    expect(settings.intervalDays).toBe(60);
    expect(locked).toEqual(['intervalDays']);
  });

  it('ignores an invalid agency policy with a message and keeps the user settings', () => {
    const { settings, problems } = resolveSettings({ dueSoonDays: 5 }, { intervalDays: 'ninety' });
    expect(settings.dueSoonDays).toBe(5);
    expect(problems[0]).toMatch(/Agency policy ignored: intervalDays/);
  });

  it('never accepts an interval looser than the 90-day policy', () => {
    const { settings, problems } = resolveSettings({ intervalDays: 120 }, undefined);
    expect(settings.intervalDays).toBeNull();
    expect(problems[0]).toMatch(/intervalDays/);
  });
});
