/**
 * User and agency settings. Agencies push values through managed storage
 * (lib/managed-schema.ts); a value the agency lists in `lockedSettings`
 * wins over the user's and shows as locked in Options.
 */
import * as z from 'zod';
import { getPack, packIdSchema, PACK_IDS } from './packs';
import { ruleSettingSchema, type RuleSetting } from './policy/schema';
import { templateSchema } from './templates/templates';
import { customSiteSchema } from './adapters/schema';
import { describeZodError, zodIssues, zodPaths } from './zod-errors';

/** More overrides than there are rules many times over is not a setting, it is a mistake (or an attack on memory). */
export const MAX_RULE_OVERRIDES = 200;
const ruleIdSchema = z.string().min(1).max(100);

/** An agency's template names only packs that exist, so a typo is reported rather than the template never shown. */
const agencyTemplateSchema = templateSchema.extend({
  packs: z.array(z.string().refine((id) => getPack(id) !== undefined, { message: `not a policy pack (one of ${PACK_IDS.join(', ')})` })).default([]),
});

/**
 * Each setting's own check, with no default: zod 4 applies a `.default()`
 * even under `.partial()`, so a partial built from defaults would turn a
 * one-key change into a whole default object.
 */
/** The range of each number setting, in days (the schema below and the words for a bad value share it). */
const DAYS = { intervalDays: [7, 90], dueSoonDays: [0, 60], retentionDays: [1, 3650] } as const;

export const settingFields = {
  /**
   * The pack for sites without their own state's (Toolbox, Workforce One and MoJobs have theirs).
   * null: none chosen — the WIOA baseline on other states' Virtual OneStop and America's JobLink, Missouri's elsewhere.
   */
  pack: packIdSchema.nullable(),
  /** A local area's stricter contact interval in days (never looser than the pack's). */
  intervalDays: z.number().int().min(DAYS.intervalDays[0]).max(DAYS.intervalDays[1]).nullable(),
  /** Days ahead that count as "due soon" in the popup and badge. */
  dueSoonDays: z.number().int().min(DAYS.dueSoonDays[0]).max(DAYS.dueSoonDays[1]),
  ruleOverrides: z
    .record(ruleIdSchema, ruleSettingSchema)
    .refine((r) => Object.keys(r).length <= MAX_RULE_OVERRIDES, `at most ${MAX_RULE_OVERRIDES} rule overrides`),
  templates: z.array(agencyTemplateSchema).max(100),
  customSites: z.array(customSiteSchema).max(50),
  /** Forget participants not seen for this many days; null keeps them. */
  retentionDays: z.number().int().min(DAYS.retentionDays[0]).max(DAYS.retentionDays[1]).nullable(),
  notifications: z.boolean(),
};

export type Settings = { [K in keyof typeof settingFields]: z.output<(typeof settingFields)[K]> };
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingFields) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
  pack: null,
  intervalDays: null,
  dueSoonDays: 14,
  ruleOverrides: {},
  templates: [],
  customSites: [],
  retentionDays: 365,
  notifications: false,
};

/** A whole settings object; missing keys take their defaults. */
export const settingsSchema = z.object({
  pack: settingFields.pack.default(DEFAULT_SETTINGS.pack),
  intervalDays: settingFields.intervalDays.default(DEFAULT_SETTINGS.intervalDays),
  dueSoonDays: settingFields.dueSoonDays.default(DEFAULT_SETTINGS.dueSoonDays),
  ruleOverrides: settingFields.ruleOverrides.default({}),
  templates: settingFields.templates.default([]),
  customSites: settingFields.customSites.default([]),
  retentionDays: settingFields.retentionDays.default(DEFAULT_SETTINGS.retentionDays),
  notifications: settingFields.notifications.default(DEFAULT_SETTINGS.notifications),
});

/** Some settings and only those: what a change, a settings file or the stored copy holds. Never fills defaults. */
export const settingsPatchSchema = z.object(settingFields).partial().strict();

/**
 * A change from Options. Rule overrides are merged one rule at a time (null
 * puts a rule back to its default), so two quick changes to different rules
 * both stay, whatever copy the page had.
 */
export const settingsChangeSchema = settingsPatchSchema.extend({
  ruleOverrides: z
    .record(ruleIdSchema, ruleSettingSchema.nullable())
    .refine((r) => Object.keys(r).length <= MAX_RULE_OVERRIDES, `at most ${MAX_RULE_OVERRIDES} rule overrides`)
    .optional(),
});
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/** The stored settings with a validated change applied. */
export function applySettingsChange(stored: Partial<Settings>, change: SettingsChange): Partial<Settings> {
  const { ruleOverrides, ...rest } = change;
  const next: Partial<Settings> = { ...stored, ...stripUndefined(rest) };
  if (ruleOverrides) {
    const merged: Record<string, RuleSetting> = { ...(stored.ruleOverrides ?? {}) };
    for (const [id, value] of Object.entries(ruleOverrides)) {
      if (value === null) delete merged[id];
      else merged[id] = value;
    }
    next.ruleOverrides = merged;
  }
  return next;
}

/** Extension-storage keys: the user's own settings, and the background's copy of the effective ones. */
export const SETTINGS_KEY = 'settings';
export const EFFECTIVE_SETTINGS_KEY = 'effectiveSettings';
/** The last agency policy seen (the browser's first managed read can be slow). */
export const MANAGED_SNAPSHOT_KEY = 'managedSnapshot';
/** Bumped whenever the caseload changes, so an open popup refreshes. */
export const CASELOAD_VERSION_KEY = 'caseloadVersion';

/** The agency policy's shape, for documentation and tests; it is applied key by key (see resolveSettings). */
export const managedPolicySchema = settingsPatchSchema.extend({
  lockedSettings: z.array(z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]])).default([]),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

export interface EffectiveSettings {
  settings: Settings;
  locked: SettingKey[];
  /** Problems with stored or managed values, in words an IT admin or user can act on. */
  problems: string[];
}

const isSettingKey = (key: string): key is SettingKey => (SETTING_KEYS as string[]).includes(key);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks each key on its own: one bad value is dropped and named, the rest
 * stand. `extra` lists keys that are not settings but belong to the source
 * (the policy's `lockedSettings`).
 */
export function settingsByKey(input: unknown, extra: readonly string[] = []): { values: Partial<Settings>; bad: { key: string; message: string }[] } {
  const values: Partial<Settings> = {};
  const bad: { key: string; message: string }[] = [];
  if (!isPlainObject(input)) return { values, bad: [{ key: '(all)', message: 'not an object' }] };
  for (const [key, value] of Object.entries(input)) {
    if (extra.includes(key) || value === undefined) continue;
    if (!isSettingKey(key)) {
      bad.push({ key, message: 'not a setting' });
      continue;
    }
    const parsed = settingFields[key].safeParse(value);
    if (parsed.success) (values as Record<SettingKey, unknown>)[key] = parsed.data;
    else bad.push({ key, message: describeZodError(parsed.error) });
  }
  return { values, bad };
}

/** The agency's locks: every valid name stays locked even when other parts of the policy are wrong. */
function lockedKeys(managed: Record<string, unknown>, problems: string[]): SettingKey[] {
  const raw = managed.lockedSettings;
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const locked: SettingKey[] = [];
  for (const name of list) {
    if (typeof name === 'string' && isSettingKey(name)) {
      if (!locked.includes(name)) locked.push(name);
    } else problems.push(`Agency policy: lockedSettings names ${JSON.stringify(name)?.slice(0, 80)}, which is not a setting; ignored.`);
  }
  return locked;
}

/**
 * Layers: built-in defaults < agency defaults < the user's own < agency locks.
 * Each key of each layer is validated on its own, so one bad value never takes
 * the rest down; a locked key whose agency value is bad stays locked, at the
 * built-in default.
 */
export function resolveSettings(local: unknown, managed: unknown): EffectiveSettings {
  const problems: string[] = [];
  let agency: Partial<Settings> = {};
  let locked: SettingKey[] = [];
  if (managed !== undefined && managed !== null) {
    if (!isPlainObject(managed)) problems.push('Agency policy ignored: it is not an object of settings.');
    else {
      locked = lockedKeys(managed, problems);
      const { values, bad } = settingsByKey(managed, ['lockedSettings']);
      agency = values;
      for (const b of bad) problems.push(`Agency policy: ${b.key} ignored (${b.message}); the other settings apply.`);
    }
  }
  let user: Partial<Settings> = {};
  if (local !== undefined && local !== null) {
    const { values, bad } = settingsByKey(local);
    user = values;
    for (const b of bad) problems.push(`Saved setting ${b.key} was unreadable and is back to its default: ${b.message}`);
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, ...agency, ...user };
  for (const key of locked) (settings as Record<SettingKey, unknown>)[key] = agency[key] ?? DEFAULT_SETTINGS[key];
  return { settings, locked, problems };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Each number setting as its Options field names it, and what it takes. */
const NUMBER_WORDS: Partial<Record<string, string>> = {
  intervalDays: `Local contact interval in days: a whole number of days from ${DAYS.intervalDays[0]} to ${DAYS.intervalDays[1]}, or blank for the pack's own.`,
  dueSoonDays: `Show as due soon within (days): a whole number of days from ${DAYS.dueSoonDays[0]} to ${DAYS.dueSoonDays[1]}.`,
  retentionDays: `Forget participants not seen for (days): a whole number of days from ${DAYS.retentionDays[0]} to ${DAYS.retentionDays[1]}, or blank to keep them.`,
};

/** A change's problems for whoever typed it in Options: a number by its field and range ("dueSoonDays: Too small: expected number to be >=0" named neither), the rest as zod says. */
export function describeSettingsChangeError(error: z.ZodError): string {
  const plain = zodIssues(error);
  const lines = zodPaths(error, '').map((path, i) => NUMBER_WORDS[path.split('.')[0]!] ?? plain[i]!);
  return [...new Set(lines)].join('; ');
}
