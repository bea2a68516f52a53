/**
 * The README's agency policy examples do what the README says: every key in
 * `lockedSettings` beats the user's own value, cannot be changed with
 * `settings-set`, and the effective value is the policy's.
 */
import { describe, expect, it } from 'vitest';
import { managedPolicySchema, resolveSettings, SETTING_KEYS } from '../../lib/settings';
import type { SettingKey, Settings } from '../../lib/settings';
import { createService } from '../../lib/caseload/service';
import { freshDb } from '../db/helpers';
import { chromePolicyFile, extensionPolicy } from './readme-policy';
import type { PolicyExample } from './readme-policy';

/** A value for each setting that differs from the policy's, as a user might have saved. */
const USER_VALUES: Settings = {
  pack: 'mn-wf1',
  intervalDays: 45,
  dueSoonDays: 3,
  ruleOverrides: { 'unsuccessful-attempt': 'off', 'next-step-missing': 'info' },
  templates: [],
  customSites: [],
  retentionDays: 30,
  notifications: true,
};

function fakeStore(managed: unknown, local: Partial<Settings>) {
  let saved: Partial<Settings> = local;
  return {
    getLocal: () => Promise.resolve(saved),
    setLocal: (value: Partial<Settings>) => {
      saved = value;
      return Promise.resolve();
    },
    getManaged: () => Promise.resolve(managed),
    saved: () => saved,
  };
}

describe.each<PolicyExample>(['chrome', 'firefox'])('the README %s policy example', (which) => {
  const policy = extensionPolicy(which);
  const parsed = managedPolicySchema.parse(policy);
  const locked = parsed.lockedSettings;

  it('is a valid policy that locks settings it also sets', () => {
    expect(managedPolicySchema.safeParse(policy).success).toBe(true);
    expect(locked.length).toBeGreaterThan(0);
    for (const key of locked) {
      expect(SETTING_KEYS).toContain(key);
      expect(parsed[key]).toBeDefined();
      // The user's value must really differ, or "overridden" proves nothing.
      expect(USER_VALUES[key]).not.toEqual(parsed[key]);
    }
  });

  it("overrides the user's own value for every locked setting, and keeps it for the rest", () => {
    const { settings, locked: effectiveLocks, problems } = resolveSettings(USER_VALUES, policy);
    expect(problems).toEqual([]);
    expect([...effectiveLocks].sort()).toEqual([...locked].sort());
    for (const key of locked) expect(settings[key]).toEqual(parsed[key]);
    for (const key of SETTING_KEYS.filter((k) => !locked.includes(k))) expect(settings[key]).toEqual(USER_VALUES[key]);
  });

  it('through the background service: locked keys are refused, the effective value is the policy’s', async () => {
    const store = fakeStore(policy, USER_VALUES);
    const service = createService({ db: freshDb(), store, today: () => '2026-11-20', now: () => '2026-11-20T12:00:00Z' });
    const got = await service['settings-get']({ kind: 'settings-get' });
    expect([...got.locked].sort()).toEqual([...locked].sort());
    for (const key of locked) {
      expect(got.settings[key]).toEqual(parsed[key]);
      const attempt: Partial<Record<SettingKey, unknown>> = { [key]: USER_VALUES[key] };
      const { error } = await service['settings-set']({ kind: 'settings-set', patch: attempt });
      expect(error).toMatch(/Set by your agency and locked/);
      expect(error).toContain(key);
    }
    // Nothing the refused calls sent reached storage, and the policy still wins.
    expect(store.saved()).toEqual(USER_VALUES);
    const after = await service['settings-get']({ kind: 'settings-get' });
    for (const key of locked) expect(after.settings[key]).toEqual(parsed[key]);
    // An unlocked key still saves.
    expect(locked).not.toContain('notifications');
    expect((await service['settings-set']({ kind: 'settings-set', patch: { notifications: false } })).error).toBeNull();
  });

  it('an imported settings file cannot undo a lock', async () => {
    const store = fakeStore(policy, {});
    const service = createService({ db: freshDb(), store, today: () => '2026-11-20', now: () => '2026-11-20T12:00:00Z' });
    const file = JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings: USER_VALUES });
    expect((await service['settings-import']({ kind: 'settings-import', text: file })).errors).toEqual([]);
    const { settings } = await service['settings-get']({ kind: 'settings-get' });
    for (const key of locked) expect(settings[key]).toEqual(parsed[key]);
  });
});

describe('the Chrome example as a policy file', () => {
  it('names the extension by the id it is given, in the shape Chrome reads', () => {
    const file: unknown = JSON.parse(chromePolicyFile('abcdefghijklmnopabcdefghijklmnop'));
    expect(file).toMatchObject({ '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: { lockedSettings: expect.any(Array) } } } });
  });

  it('says the same as the Firefox example', () => {
    expect(extensionPolicy('chrome')).toEqual(extensionPolicy('firefox'));
  });
});
