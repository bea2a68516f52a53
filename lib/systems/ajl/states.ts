/**
 * The states that run America's JobLink, by their public entry addresses (none is built in).
 * Options offers each one origin at a time (../platform-sites.ts); staff pages on another address
 * are added there as a typed pattern. Kept out of the system's definition because
 * the page reader carries the registry, and only Options needs this list.
 */
import type { StateSite } from '../types';

export const stateSites: readonly StateSite[] = [
  { state: 'AZ', label: 'Arizona Job Connection', host: 'www.azjobconnection.gov' },
  { state: 'AR', label: 'Arkansas JobLink', host: 'www.arjoblink.arkansas.gov' },
  { state: 'DE', label: 'Delaware JobLink', host: 'joblink.delaware.gov' },
  { state: 'ID', label: 'IdahoWorks', host: 'idahoworks.gov' },
  { state: 'IL', label: 'Illinois JobLink', host: 'illinoisjoblink.illinois.gov' },
  { state: 'KS', label: 'KANSASWORKS', host: 'www.kansasworks.com' },
  { state: 'ME', label: 'Maine JobLink', host: 'joblink.maine.gov' },
  { state: 'VT', label: 'Vermont JobLink', host: 'www.vermontjoblink.com' },
];
