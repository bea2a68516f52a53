/**
 * Which policy pack a system's notes are checked against under the user's
 * and agency's settings. It joins the packs, the rules (only known rule ids
 * may be overridden), the settings and the sites, so it sits above all four
 * rather than inside lib/policy, which the rules themselves build on. Kept
 * apart from the caseload service so the content script, which runs in every
 * frame of every matched page, does not carry the database, CSV and
 * scheduling code it never uses.
 */
import type { SystemId } from './model';
import { PACKS, type PackId } from './packs';
import { extendPack, type PolicyPack } from './policy/schema';
import { RULE_IDS } from './rules';
import type { Settings } from './settings';
import { builtInPackFor, BUILT_IN_SITES, SYSTEM_REGISTRY } from './systems';
import type { BuiltInSite, SystemRegistry } from './systems';

/**
 * A system of one state (Toolbox is Missouri's, Workforce One Minnesota's)
 * always uses that state's pack; so does a built-in site of one state (MoJobs)
 * wherever Options points. Any other site takes the pack chosen in Options;
 * with none chosen, the system's own default (the WIOA baseline on other
 * states' Virtual OneStop and America's JobLink, so no other state's policy;
 * Missouri's elsewhere, as it always has been). `sites`: the build's sites
 * with a state pack (a test build adds the demo's); `systems`: the registry (a test's own in tests).
 */
export function packIdFor(
  system: SystemId,
  settings: Settings,
  url?: string | null,
  sites: readonly BuiltInSite[] = BUILT_IN_SITES,
  systems: SystemRegistry = SYSTEM_REGISTRY,
): PackId {
  const def = systems.of(system);
  if (def.pack) return def.pack;
  const own = url ? builtInPackFor(url, sites) : null;
  if (own) return own;
  if (settings.pack) return settings.pack;
  return def.defaultPack;
}

/** The pack with the user's/agency's rule overrides applied; a bad override never disables checking. */
export function packFor(system: SystemId, settings: Settings, url?: string | null, sites?: readonly BuiltInSite[]): PolicyPack {
  const base = PACKS[packIdFor(system, settings, url, sites)];
  const rules = Object.fromEntries(Object.entries(settings.ruleOverrides).filter(([id]) => RULE_IDS.includes(id)));
  try {
    return extendPack(base, { rules }, RULE_IDS);
  } catch {
    return base;
  }
}
