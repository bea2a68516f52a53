/**
 * Other states' copies of the systems many states run (a state's Virtual OneStop, its America's
 * JobLink), offered in Options so an agency can grant one (one origin, asked at that moment)
 * without typing a pattern. Each system lists its states in its own folder (`states.ts`), and
 * one line here per such system collects them. They are not part of the system's definition
 * (`SystemDef`): the page reader, loaded into every frame that shows a case page, carries the
 * registry, and only Options needs this list (in the definitions it added 0.8 KB gzip to that script). A states.ts not listed here fails
 * tests/systems/platform-sites.test.ts. Sites added this way are checked against the pack chosen in Options.
 */
import { stateSites as ajl } from './ajl/states';
import type { SystemId } from './index';
import type { StateSite } from './types';
import { stateSites as vos } from './vos/states';

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

/** One line per system whose folder lists other states (states.ts). */
export const PLATFORM_SITES: readonly PlatformSite[] = platformSites({ vos, ajl });
