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
 * Other states' Virtual OneStop and America's JobLink systems, offered in
 * Options so an agency can grant one of them (one origin, asked at that
 * moment) without typing a pattern. These are the states' public entry
 * addresses; staff pages may sit on another address, which Options still
 * takes as a typed pattern. Checked against the pack chosen in Options.
 */
export interface PlatformSite {
  state: string;
  label: string;
  /** The system (its id in the registry) the state runs. */
  platform: 'vos' | 'ajl';
  pattern: string;
}

const vos = (state: string, label: string, host: string): PlatformSite => ({ state, label, platform: 'vos', pattern: `https://${host}/*` });
const ajl = (state: string, label: string, host: string): PlatformSite => ({ state, label, platform: 'ajl', pattern: `https://${host}/*` });

export const PLATFORM_SITES: readonly PlatformSite[] = [
  vos('AL', 'AlabamaWorks', 'alabamaworks.alabama.gov'),
  vos('AK', 'Alaska Job Center Network', 'alaskajobs.alaska.gov'),
  ajl('AZ', 'Arizona Job Connection', 'www.azjobconnection.gov'),
  ajl('AR', 'Arkansas JobLink', 'www.arjoblink.arkansas.gov'),
  vos('CA', 'CalJOBS', 'www.caljobs.ca.gov'),
  vos('CT', 'CTHires', 'www.cthires.com'),
  ajl('DE', 'Delaware JobLink', 'joblink.delaware.gov'),
  vos('DC', 'DCNetworks', 'www.dcnetworks.org'),
  vos('FL', 'Employ Florida', 'www.employflorida.com'),
  vos('GA', 'WorkSource Georgia', 'www.worksourcegaportal.com'),
  vos('HI', 'HireNet Hawaii', 'www.hirenethawaii.com'),
  ajl('ID', 'IdahoWorks', 'idahoworks.gov'),
  ajl('IL', 'Illinois JobLink', 'illinoisjoblink.illinois.gov'),
  vos('IN', 'Indiana Career Connect', 'www.indianacareerconnect.com'),
  vos('IA', 'IowaWORKS', 'www.iowaworks.gov'),
  ajl('KS', 'KANSASWORKS', 'www.kansasworks.com'),
  vos('LA', 'Louisiana Works (HiRE)', 'www.louisianaworks.net'),
  ajl('ME', 'Maine JobLink', 'joblink.maine.gov'),
  vos('MD', 'Maryland Workforce Exchange', 'mwejobs.maryland.gov'),
  vos('NE', 'NEworks', 'neworks.nebraska.gov'),
  vos('NV', 'EmployNV', 'www.employnv.gov'),
  vos('NH', 'NH Works', 'nhworksjobmatch.nhes.nh.gov'),
  vos('NM', 'New Mexico Workforce Connection', 'www.jobs.dws.nm.gov'),
  vos('NC', 'NCWorks', 'www.ncworks.gov'),
  vos('ND', 'Job Service North Dakota', 'www.ndworkforceconnection.com'),
  vos('RI', 'EmployRI', 'www.employri.org'),
  vos('SC', 'SC Works', 'jobs.scworks.org'),
  vos('SD', 'SouthDakotaWorks', 'www.southdakotaworks.org'),
  vos('TN', 'Jobs4TN', 'jobs4tnwfs.tn.gov'),
  vos('TX', 'WorkInTexas', 'www.workintexas.com'),
  ajl('VT', 'Vermont JobLink', 'www.vermontjoblink.com'),
  vos('VA', 'Virginia Workforce Connection', 'vawc.virginia.gov'),
];
