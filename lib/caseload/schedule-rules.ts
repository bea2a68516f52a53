/**
 * The due-date rules a participant is held to: their pack's interval, made
 * stricter by a shorter local interval, with the settings' "due soon" window.
 */
import type { SystemId } from '../model';
import { packFor, packIdFor } from '../pack-for';
import type { PolicyPack } from '../policy/schema';
import { scheduleRulesSchema, type ScheduleRules } from '../schedule/rules';
import type { Settings } from '../settings';
import type { BuiltInSite } from '../systems';

/**
 * The due-date rules for a participant's system and the page they were read
 * from under these settings: Toolbox Missouri's, Workforce One Minnesota's,
 * MoJobs Missouri's (its origin, not Options, decides), other sites the pack
 * Options chooses or, with none, the WIOA baseline on another state's
 * Virtual OneStop or JobLink. `sites`: the build's sites with a state pack.
 */
export function rulesFor(settings: Settings, sites?: readonly BuiltInSite[]): (system: SystemId, url?: string | null) => ScheduleRules {
  const byPack = new Map<string, ScheduleRules>();
  return (system, url) => {
    const id = packIdFor(system, settings, url, sites);
    let rules = byPack.get(id);
    if (!rules) {
      rules = scheduleRulesFor(packFor(system, settings, url, sites), settings);
      byPack.set(id, rules);
    }
    return rules;
  };
}

/** The due-date rules a pack and the local settings imply. */
export function scheduleRulesFor(pack: PolicyPack, settings: Settings): ScheduleRules {
  const local = settings.intervalDays ?? undefined;
  if (pack.interval.kind === 'days') {
    return scheduleRulesSchema.parse({
      kind: 'days',
      days: pack.interval.days,
      ...(local !== undefined && local < pack.interval.days ? { localDays: local } : {}),
      softExit: pack.interval.onMiss === 'soft-exit',
      dueSoonDays: settings.dueSoonDays,
    });
  }
  // "Monthly" read as a contact in every calendar month, unless the local area sets a shorter rolling window.
  if (local !== undefined && local <= 28) return scheduleRulesSchema.parse({ kind: 'rolling-days', days: local, dueSoonDays: settings.dueSoonDays });
  return scheduleRulesSchema.parse({ kind: 'calendar-month', dueSoonDays: settings.dueSoonDays });
}
