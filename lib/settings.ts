/**
 * User and agency settings. Agencies push values through managed storage
 * (public/managed-schema.json); a value the agency lists in `lockedSettings`
 * wins over the user's and shows as locked in Options.
 */
import { z } from 'zod';
import { policyIdSchema } from './model';
import { templateSchema } from './templates';
import { customSiteSchema } from './adapters/custom-site';

export const ruleOverrideSchema = z.enum(['off', 'error', 'warning', 'info']);
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

export const settingsSchema = z.object({
  /** The pack for sites that are not Toolbox or Workforce One (those use their own state's pack). */
  pack: policyIdSchema.default('mo-dwd-toolbox'),
  /** A local area's stricter contact interval in days (never looser than the pack's). */
  intervalDays: z.number().int().min(7).max(90).nullable().default(null),
  /** Days ahead that count as "due soon" in the popup and badge. */
  dueSoonDays: z.number().int().min(0).max(60).default(14),
  ruleOverrides: z.record(z.string(), ruleOverrideSchema).default({}),
  templates: z.array(templateSchema).max(100).default([]),
  customSites: z.array(customSiteSchema).max(50).default([]),
  /** Forget participants not seen for this many days; null keeps them. */
  retentionDays: z.number().int().min(1).max(3650).nullable().default(365),
  notifications: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Extension-storage keys: the user's own settings, and the background's copy of the effective ones. */
export const SETTINGS_KEY = 'settings';
export const EFFECTIVE_SETTINGS_KEY = 'effectiveSettings';
/** The last agency policy seen (the browser's first managed read can be slow). */
export const MANAGED_SNAPSHOT_KEY = 'managedSnapshot';
/** Bumped whenever the caseload changes, so an open popup refreshes. */
export const CASELOAD_VERSION_KEY = 'caseloadVersion';

export const managedPolicySchema = settingsSchema.partial().extend({
  lockedSettings: z.array(z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]])).default([]),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

export interface EffectiveSettings {
  settings: Settings;
  locked: SettingKey[];
  /** Problems with stored or managed values, in words an IT admin or user can act on. */
  problems: string[];
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Layers: built-in defaults < agency defaults < the user's own < agency locks.
 * Each layer is validated on its own so one bad value never takes the rest down.
 */
export function resolveSettings(local: unknown, managed: unknown): EffectiveSettings {
  const problems: string[] = [];
  let policy: ManagedPolicy = { lockedSettings: [] };
  if (managed !== undefined && managed !== null) {
    const parsed = managedPolicySchema.safeParse(managed);
    if (parsed.success) policy = parsed.data;
    else problems.push(`Agency policy ignored: ${describe(parsed.error)}`);
  }
  const { lockedSettings, ...agencyValues } = policy;
  let user: Partial<Settings> = {};
  if (local !== undefined && local !== null) {
    const parsed = settingsSchema.partial().safeParse(local);
    if (parsed.success) user = parsed.data;
    else problems.push(`Saved settings were unreadable and have been reset: ${describe(parsed.error)}`);
  }
  const settings = { ...DEFAULT_SETTINGS, ...stripUndefined(agencyValues), ...stripUndefined(user) } as Settings;
  for (const key of lockedSettings) {
    if (agencyValues[key] !== undefined) (settings as Record<SettingKey, unknown>)[key] = agencyValues[key];
  }
  return { settings, locked: lockedSettings, problems };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
