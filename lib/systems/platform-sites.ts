/**
 * Other states' copies of the systems many states run (a state's Virtual OneStop, its America's
 * JobLink), offered in Options so an agency can grant one (one origin, asked at that moment)
 * without typing a pattern. Each such system lists its states in its own folder (`states.ts`);
 * they are collected here for every system in the registry, so adding one takes no line here.
 * They are not part of the system's definition (`SystemDef`): the page reader, loaded into every
 * frame that shows a case page, carries the registry, and only Options needs this list (in the
 * definitions it added 0.8 KB gzip to that script). Sites added this way are checked against the
 * pack chosen in Options.
 */
import { SYSTEM_IDS, type SystemId } from './index';
import type { StateSite } from './types';

export interface PlatformSite {
  state: string;
  label: string;
  /** The system (its id in the registry) the state runs. */
  platform: SystemId;
  /** The match pattern Options asks the browser for: the whole host, over https. */
  pattern: string;
}

/** Each system's states, keyed by the system's id, as one list in the order of the states' codes. */
export function platformSites(bySystem: Readonly<Partial<Record<SystemId, readonly StateSite[]>>>): PlatformSite[] {
  return (Object.entries(bySystem) as [SystemId, readonly StateSite[]][])
    .flatMap(([platform, sites]) => sites.map(({ state, label, host }) => ({ state, label, platform, pattern: `https://${host}/*` })))
    .sort((a, b) => a.state.localeCompare(b.state) || a.label.localeCompare(b.label));
}

/** Every `states.ts` beside a system's definition, by its path (`./vos/states.ts`); the build bundles them into Options only. */
const STATE_FILES = import.meta.glob<{ stateSites: readonly StateSite[] }>('./*/states.ts', { eager: true });

/** The states each registered system's folder lists, under the system's id (its folder's name). */
export const PLATFORM_SITES: readonly PlatformSite[] = platformSites(
  Object.fromEntries(SYSTEM_IDS.flatMap((id) => (STATE_FILES[`./${id}/states.ts`] ? [[id, STATE_FILES[`./${id}/states.ts`]!.stateSites]] : []))),
);
