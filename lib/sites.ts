/**
 * The systems Case Note Coach knows out of the box. The content script and the
 * manifest's host permissions are built from this one list, so the extension
 * never asks for more than it reads.
 */
import type { SystemId } from './model';

export interface BuiltInSite {
  system: SystemId;
  label: string;
  matches: string[];
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
    // The bundled demo systems (npm run demo) are served here; Chrome match
    // patterns ignore the port.
    system: 'generic',
    label: 'Bundled demo systems (127.0.0.1)',
    matches: ['http://127.0.0.1/*'],
  },
];

export const BUILT_IN_MATCHES: string[] = BUILT_IN_SITES.flatMap((site) => site.matches);
