import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from '../lib/settings';

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

  it('ignores a bad agency value for that key only: the rest of the policy and its locks stay', () => {
    const policy = { intervalDays: 'ninety', dueSoonDays: 21, retentionDays: 180, lockedSettings: ['retentionDays', 'intervalDays', 'colour'] };
    const { settings, locked, problems } = resolveSettings({ dueSoonDays: 5, intervalDays: 80, retentionDays: 30 }, policy);
    expect(settings.dueSoonDays).toBe(5);
    expect(settings.retentionDays).toBe(180);
    // Locked with a bad value: still locked, at the built-in default rather than the user's.
    expect(locked).toEqual(['retentionDays', 'intervalDays']);
    expect(settings.intervalDays).toBe(DEFAULT_SETTINGS.intervalDays);
    expect(problems.join('\n')).toMatch(/Agency policy: intervalDays ignored/);
    expect(problems.join('\n')).toMatch(/"colour", which is not a setting/);
  });

  it('caps the number of rule overrides', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`rule-${i}`, 'off']));
    const { settings, problems } = resolveSettings(undefined, { ruleOverrides: many, dueSoonDays: 21 });
    expect(settings.ruleOverrides).toEqual({});
    expect(settings.dueSoonDays).toBe(21);
    expect(problems.join('\n')).toMatch(/ruleOverrides ignored \(at most 200 rule overrides\)/);
  });

  it('keeps the readable stored settings when one stored value is unreadable', () => {
    const { settings, problems } = resolveSettings({ dueSoonDays: 'x', intervalDays: 30 }, undefined);
    expect(settings.intervalDays).toBe(30);
    expect(settings.dueSoonDays).toBe(DEFAULT_SETTINGS.dueSoonDays);
    expect(problems[0]).toMatch(/dueSoonDays/);
  });

  it('an agency default that is not locked survives the user saving another setting', () => {
    const { settings } = resolveSettings({ dueSoonDays: 7 }, { intervalDays: 30 });
    expect(settings.intervalDays).toBe(30);
  });

  it('never accepts an interval looser than the 90-day policy', () => {
    const { settings, problems } = resolveSettings({ intervalDays: 120 }, undefined);
    expect(settings.intervalDays).toBeNull();
    expect(problems[0]).toMatch(/intervalDays/);
  });
});
