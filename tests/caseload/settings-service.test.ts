import { describe, expect, it } from 'vitest';
import { settingsService, type SettingsHandlers } from '../../lib/caseload/settings-service';
import type { Request, RequestOf, Response } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

/** The settings handlers over a store in memory, asked the way the dispatcher asks them. */
function setup(opts: { local?: Partial<Settings>; managed?: unknown } = {}) {
  let local: unknown = opts.local;
  let changes = 0;
  const { handlers } = settingsService(
    {
      getLocal: async () => local,
      setLocal: async (v) => {
        local = v;
      },
      getManaged: async () => opts.managed,
    },
    () => {
      changes++;
    },
  );
  const send = <K extends keyof SettingsHandlers>(request: RequestOf<K>): Promise<Response<K>> =>
    (handlers[(request as Request).kind as K] as unknown as (r: RequestOf<K>) => Promise<Response<K>>)(request);
  return { send, local: () => local, changes: () => changes };
}

describe('settings', () => {
  it('refuses to change a setting the agency locked, and saves the rest', async () => {
    const { send } = setup({ managed: { intervalDays: 60, lockedSettings: ['intervalDays'] } });
    expect((await send({ kind: 'settings-set', patch: { intervalDays: 80 } })).error).toMatch(/locked/);
    expect((await send({ kind: 'settings-set', patch: { dueSoonDays: 3 } })).error).toBeNull();
    const { settings, locked } = await send({ kind: 'settings-get' });
    expect(settings.intervalDays).toBe(60);
    expect(settings.dueSoonDays).toBe(3);
    expect(locked).toEqual(['intervalDays']);
  });

  it('rejects a bad settings value with a message and keeps the old one', async () => {
    const { send } = setup();
    expect((await send({ kind: 'settings-set', patch: { dueSoonDays: -4 } })).error).toMatch(/Show as due soon within \(days\): a whole number/);
    expect((await send({ kind: 'settings-set', patch: { notAThing: true } })).error).toBeTruthy();
    expect((await send({ kind: 'settings-get' })).settings.dueSoonDays).toBe(DEFAULT_SETTINGS.dueSoonDays);
  });

  it('changes only the setting that was changed, keeping templates, sites and the other settings', async () => {
    const template = { id: 'mine', label: 'Mine', body: 'Met with {{participantName}}.' };
    const { send } = setup({ local: { intervalDays: 30, templates: [template] as Settings['templates'], ruleOverrides: { 'late-entry': 'off' } } });
    expect((await send({ kind: 'settings-set', patch: { dueSoonDays: 3 } })).error).toBeNull();
    const { settings } = await send({ kind: 'settings-get' });
    expect(settings.dueSoonDays).toBe(3);
    expect(settings.intervalDays).toBe(30);
    expect(settings.templates.map((t) => t.id)).toEqual(['mine']);
    expect(settings.ruleOverrides).toEqual({ 'late-entry': 'off' });
  });

  it('keeps both of two quick changes, to two settings or to two rules', async () => {
    const { send } = setup();
    await Promise.all([
      send({ kind: 'settings-set', patch: { dueSoonDays: 3 } }),
      send({ kind: 'settings-set', patch: { intervalDays: 45 } }),
      send({ kind: 'settings-set', patch: { ruleOverrides: { 'late-entry': 'off' } } }),
      send({ kind: 'settings-set', patch: { ruleOverrides: { 'next-step-missing': 'warning' } } }),
    ]);
    const { settings } = await send({ kind: 'settings-get' });
    expect([settings.dueSoonDays, settings.intervalDays]).toEqual([3, 45]);
    expect(settings.ruleOverrides).toEqual({ 'late-entry': 'off', 'next-step-missing': 'warning' });
    // Back to the default: that rule alone is removed.
    await send({ kind: 'settings-set', patch: { ruleOverrides: { 'late-entry': null } } });
    expect((await send({ kind: 'settings-get' })).settings.ruleOverrides).toEqual({ 'next-step-missing': 'warning' });
  });

  it('imports a settings file only when all of it is valid', async () => {
    const { send, local } = setup({ local: { dueSoonDays: 9 } });
    const bad = JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings: { dueSoonDays: 5, intervalDays: 500 } });
    expect((await send({ kind: 'settings-import', text: bad })).errors[0]).toMatch(/intervalDays/);
    expect((await send({ kind: 'settings-import', text: '{not json' })).errors[0]).toMatch(/not JSON/);
    expect(local()).toEqual({ dueSoonDays: 9 });
    const { json } = await send({ kind: 'settings-export' });
    const good = json.replace('"dueSoonDays": 9', '"dueSoonDays": 4');
    expect((await send({ kind: 'settings-import', text: good })).errors).toEqual([]);
    expect((await send({ kind: 'settings-get' })).settings.dueSoonDays).toBe(4);
  });

  // What the Options page shows under "Import settings": sentences a case manager can act on, not zod's paths.
  it('says in sentences why a settings file was not imported', async () => {
    const { send } = setup({});
    const errors = async (file: unknown) => (await send({ kind: 'settings-import', text: JSON.stringify(file) })).errors;
    expect(await errors({ some: 'other app' })).toEqual(['This is not a Case Note Coach settings file. Choose a settings file exported from Case Note Coach.']);
    expect(await errors({ format: 'case-note-coach-settings', version: 7, settings: {} })).toEqual([
      'This settings file is from another version of Case Note Coach. Export the settings again from the version you use.',
    ]);
    const bad = await errors({ format: 'case-note-coach-settings', version: 1, settings: { dueSoonDays: 9999 } });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^The setting "dueSoonDays" is not valid: .+\.$/);
    for (const message of bad) expect(message[0]).toMatch(/[A-Z]/);
  });

  it('says a change may move who is due only when something was saved', async () => {
    const { send, changes } = setup({ managed: { lockedSettings: ['intervalDays'], intervalDays: 60 } });
    await send({ kind: 'settings-set', patch: { intervalDays: 80 } });
    await send({ kind: 'settings-set', patch: { dueSoonDays: -4 } });
    expect(changes()).toBe(0);
    await send({ kind: 'settings-set', patch: { dueSoonDays: 3 } });
    expect(changes()).toBe(1);
  });

  it('keeps a setting the agency locked when a settings file names it', async () => {
    const { send, local } = setup({ managed: { intervalDays: 60, lockedSettings: ['intervalDays'] } });
    const file = JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings: { intervalDays: 30, dueSoonDays: 4 } });
    expect((await send({ kind: 'settings-import', text: file })).errors).toEqual([]);
    expect(local()).toEqual({ dueSoonDays: 4 });
  });

  it('offers every pack by id and name', async () => {
    const { send } = setup();
    const { packs } = await send({ kind: 'settings-get' });
    expect(packs.map((p) => p.id)).toContain('mo-dwd-toolbox');
    expect(packs.every((p) => p.name.length > 0)).toBe(true);
  });
});
