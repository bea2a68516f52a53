/**
 * Where the systems run. The built-in sites themselves are in each system's
 * folder (its `sites`); the registry (index.ts) lists them, and the content
 * script's matches and the manifest's host permissions are built from that
 * one list, so the extension never asks for more than it reads.
 */
import { matchesUrl } from '../adapters/custom-site';
import type { PackId } from '../packs';
import type { BuiltInSite } from './types';

/**
 * The bundled demo systems (npm run demo, the browser tests) are served on
 * loopback; Chrome match patterns ignore the port. Only test and development
 * builds (`wxt build --mode test`, `wxt` dev) run there: in a production build
 * any local web server could otherwise feed the caseload.
 */
export const DEMO_MATCHES: readonly string[] = ['http://127.0.0.1/*'];
const DEMO_MODES: readonly string[] = ['test', 'development'];

/** Whether a build in this WXT mode also runs on the demo systems. */
export function runsOnDemo(mode: string): boolean {
  return DEMO_MODES.includes(mode);
}

/** The pack a built-in site's own state sets for it, if the page is on one. */
export function builtInPackFor(url: string, sites: readonly BuiltInSite[]): PackId | null {
  return sites.find((site) => site.pack && site.matches.some((m) => matchesUrl(m, url)))?.pack ?? null;
}

/**
 * Whether a page is on one of this system's own sites, in a build of this WXT mode: a test or development build
 * counts the demo host as every system's (its stand-ins are all there).
 */
export function onOwnSite(system: string, url: string, sites: readonly BuiltInSite[], mode: string): boolean {
  if (runsOnDemo(mode) && DEMO_MATCHES.some((m) => matchesUrl(m, url))) return true;
  return sites.some((site) => site.system === system && site.matches.some((m) => matchesUrl(m, url)));
}
