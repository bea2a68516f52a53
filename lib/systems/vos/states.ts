/**
 * The other states that run Virtual OneStop, by their public entry addresses (MoJobs, Missouri's,
 * is built in: index.ts). Options offers each one origin at a time (../platform-sites.ts); staff
 * pages on another address are added there as a typed pattern. Kept out of the system's definition
 * because the page reader carries the registry, and only Options needs this list.
 */
import type { StateSite } from '../types';

export const stateSites: readonly StateSite[] = [
  { state: 'AL', label: 'AlabamaWorks', host: 'alabamaworks.alabama.gov' },
  { state: 'AK', label: 'Alaska Job Center Network', host: 'alaskajobs.alaska.gov' },
  { state: 'CA', label: 'CalJOBS', host: 'www.caljobs.ca.gov' },
  { state: 'CT', label: 'CTHires', host: 'www.cthires.com' },
  { state: 'DC', label: 'DCNetworks', host: 'www.dcnetworks.org' },
  { state: 'FL', label: 'Employ Florida', host: 'www.employflorida.com' },
  { state: 'GA', label: 'WorkSource Georgia', host: 'www.worksourcegaportal.com' },
  { state: 'HI', label: 'HireNet Hawaii', host: 'www.hirenethawaii.com' },
  { state: 'IN', label: 'Indiana Career Connect', host: 'www.indianacareerconnect.com' },
  { state: 'IA', label: 'IowaWORKS', host: 'www.iowaworks.gov' },
  { state: 'LA', label: 'Louisiana Works (HiRE)', host: 'www.louisianaworks.net' },
  { state: 'MD', label: 'Maryland Workforce Exchange', host: 'mwejobs.maryland.gov' },
  { state: 'NE', label: 'NEworks', host: 'neworks.nebraska.gov' },
  { state: 'NV', label: 'EmployNV', host: 'www.employnv.gov' },
  { state: 'NH', label: 'NH Works', host: 'nhworksjobmatch.nhes.nh.gov' },
  { state: 'NM', label: 'New Mexico Workforce Connection', host: 'www.jobs.dws.nm.gov' },
  { state: 'NC', label: 'NCWorks', host: 'www.ncworks.gov' },
  { state: 'ND', label: 'Job Service North Dakota', host: 'www.ndworkforceconnection.com' },
  { state: 'RI', label: 'EmployRI', host: 'www.employri.org' },
  { state: 'SC', label: 'SC Works', host: 'jobs.scworks.org' },
  { state: 'SD', label: 'SouthDakotaWorks', host: 'www.southdakotaworks.org' },
  { state: 'TN', label: 'Jobs4TN', host: 'jobs4tnwfs.tn.gov' },
  { state: 'TX', label: 'WorkInTexas', host: 'www.workintexas.com' },
  { state: 'VA', label: 'Virginia Workforce Connection', host: 'vawc.virginia.gov' },
];
