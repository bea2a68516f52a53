/**
 * The settings behind Options: what is in force (the user's, under the
 * agency's locks), changing one setting, and a settings file out and in. The
 * storage comes in as a SettingsStore, so this runs in Node.
 */
import * as z from 'zod';
import type { Handlers } from '../messages';
import { PACK_IDS, PACKS } from '../packs';
import { applySettingsChange, describeSettingsChangeError, resolveSettings, settingsByKey, settingsChangeSchema, settingsPatchSchema, type EffectiveSettings, type Settings } from '../settings';
import { describeZodError, zodPaths, zodProblems } from '../zod-errors';
import { serialQueue } from './serial';

export interface SettingsStore {
  getLocal(): Promise<unknown>;
  setLocal(value: Partial<Settings>): Promise<void>;
  getManaged(): Promise<unknown>;
  /**
   * Agency policy as last seen, without waiting for the browser's first read
   * (which can take seconds on a fresh profile). What a page shows is recorded
   * and its participant's status answered with this; the background republishes
   * when the read arrives. Missing: the same as getManaged.
   */
  knownManaged?(): Promise<unknown>;
}

export type SettingsHandlers = Pick<Handlers, 'settings-get' | 'settings-set' | 'settings-export' | 'settings-import'>;

interface SettingsService {
  /** The settings in force, which of them the agency locked, and what in storage no longer reads. */
  effective(): Promise<EffectiveSettings>;
  /** For what pages send and show: never waits on the browser's first read of agency policy. */
  now(): Promise<Settings>;
  handlers: SettingsHandlers;
}

const settingsFileSchema = z.object({
  format: z.literal('case-note-coach-settings'),
  version: z.literal(1),
  settings: settingsPatchSchema,
});

const NOT_OURS = 'This is not a Case Note Coach settings file. Choose a settings file exported from Case Note Coach.';
const OTHER_VERSION = 'This settings file is from another version of Case Note Coach. Export the settings again from the version you use.';

/** Why a settings file was refused, in sentences the Options page shows as they are (never zod's paths). */
function importErrors(data: unknown, error: z.ZodError): string[] {
  const ours = typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'case-note-coach-settings';
  if (!ours) return [NOT_OURS];
  if (zodPaths(error, '').some((path) => path.split('.')[0] === 'version')) return [OTHER_VERSION];
  return zodProblems(error, 1).map(({ where, why }) =>
    where ? `The setting "${where}" is not valid: ${why}.` : `The settings in this file are not valid: ${why}.`,
  );
}

/** `changed`: called after a change that can move who is due (the badge). */
export function settingsService(store: SettingsStore, changed: () => void = () => undefined): SettingsService {
  // One change at a time: each reads the stored settings the previous one wrote.
  const serially = serialQueue();

  async function effective(): Promise<EffectiveSettings> {
    const [local, managed] = await Promise.all([store.getLocal().catch(() => undefined), store.getManaged().catch(() => undefined)]);
    return resolveSettings(local, managed);
  }

  /** Under the policy as last seen: what a page shows never waits on the browser's first read. */
  async function known(): Promise<EffectiveSettings> {
    const managed = store.knownManaged ?? store.getManaged;
    const [local, policy] = await Promise.all([store.getLocal().catch(() => undefined), managed().catch(() => undefined)]);
    return resolveSettings(local, policy);
  }

  const now = async (): Promise<Settings> => (await known()).settings;

  const handlers: SettingsHandlers = {
    // Options shows the user's settings at once and asks again when the policy arrives (the snapshot changes);
    // changes below still wait for the policy itself, so a lock that has not arrived yet is never overwritten.
    async 'settings-get'() {
      const eff = await known();
      return { ...eff, packs: PACK_IDS.map((id) => ({ id, name: PACKS[id].name })) };
    },
    async 'settings-set'({ patch }) {
      return serially(async () => {
        const eff = await effective();
        const lockedTouched = Object.keys(patch).filter((k) => (eff.locked as string[]).includes(k));
        if (lockedTouched.length) return { error: `Set by your agency and locked: ${lockedTouched.join(', ')}.` };
        const parsed = settingsChangeSchema.safeParse(patch);
        if (!parsed.success) return { error: describeSettingsChangeError(parsed.error) };
        // Stored keys that no longer read are dropped here (settings-get named them), never the good ones.
        const stored = settingsByKey(await store.getLocal().catch(() => ({}))).values;
        const next = settingsPatchSchema.safeParse(applySettingsChange(stored, parsed.data));
        if (!next.success) return { error: describeZodError(next.error) };
        await store.setLocal(next.data);
        changed();
        return { error: null };
      });
    },
    async 'settings-export'() {
      const { settings } = await effective();
      return { json: JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings }, null, 2) };
    },
    async 'settings-import'({ text }) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return { errors: ['This file is not JSON. Choose a settings file exported from Case Note Coach.'] };
      }
      const file = settingsFileSchema.safeParse(data);
      if (!file.success) return { errors: importErrors(data, file.error) };
      const eff = await effective();
      const imported = Object.fromEntries(Object.entries(file.data.settings).filter(([k]) => !(eff.locked as string[]).includes(k)));
      // All or nothing: the file was validated whole before anything is written.
      await serially(() => store.setLocal(imported));
      changed();
      return { errors: [] };
    },
  };

  return { effective, now, handlers };
}
