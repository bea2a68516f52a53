/**
 * The systems Case Note Coach knows out of the box. The content script and the
 * manifest's host permissions are built from this one list, so the extension
 * never asks for more than it reads.
 */
import { matchesUrl } from './adapters/custom-site';
import type { PolicyId, SystemId } from './model';

export interface BuiltInSite {
  system: SystemId;
  label: string;
  matches: string[];
  /** The state's pack, where the site belongs to one state (MoJobs is Missouri's). */
  pack?: PolicyId;
}

export const BUILT_IN_SITES: readonly BuiltInSite[] = [
  {
    system: 'toolbox',
    label: 'Missouri Toolbox (DWD)',
    matches: ['https://*.toolbox.mo.gov/*', 'https://toolbox.mo.gov/*'],
  },
  {
    system: 'workforce-one',
    label: 'Minnesota Workforce One',
    matches: ['https://*.mnworkforceone.com/*', 'https://mnworkforceone.com/*'],
  },
  {
    // Missouri's Virtual OneStop (MoJobs): staff and job seekers use the same host.
    system: 'vos',
    label: 'Missouri MoJobs (Virtual OneStop)',
    matches: ['https://app-jobs.mo.gov/*'],
    pack: 'mo-dwd-toolbox',
  },
  {
    // The bundled demo systems (npm run demo) are served here; Chrome match
    // patterns ignore the port.
    system: 'generic',
    label: 'Bundled demo systems (127.0.0.1)',
    matches: ['http://127.0.0.1/*'],
  },
];

export const BUILT_IN_MATCHES: string[] = BUILT_IN_SITES.flatMap((site) => site.matches);

/** The pack a built-in site's own state sets for it, if the page is on one. */
export function builtInPackFor(url: string): PolicyId | null {
  return BUILT_IN_SITES.find((site) => site.pack && site.matches.some((m) => matchesUrl(m, url)))?.pack ?? null;
}
