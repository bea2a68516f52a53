/**
 * Virtual OneStop (Geographic Solutions): MoJobs and many other states' systems. Used by
 * many states, so it has no pack of its own; MoJobs, Missouri's site, uses Missouri's.
 */
import { looksLikeVos, readVos } from './reader';
import { vosSelectors } from './selectors';
import type { SystemDef } from '../types';

export const vos: SystemDef<'vos'> = {
  id: 'vos',
  label: 'Virtual OneStop',
  detect: looksLikeVos,
  // The tables and the form readVos starts from; a tab without them is read as nothing.
  markers: { page: [vosSelectors.caseNotesTable, vosSelectors.activitiesTable, vosSelectors.caseHistoryTable], note: [vosSelectors.noteField] },
  read: (doc, url) => readVos(doc, url),
  pageNames: {
    'participant-page': 'Virtual OneStop Summary or Activities tab',
    'notes-page': 'Virtual OneStop Case Notes tab',
    'caseload-list': 'Virtual OneStop caseload list',
    import: 'caseload CSV import',
  },
  whereToRead: { history: "open the individual's Case Notes tab", plan: "open the individual's Activities tab" },
  // Another state's Virtual OneStop with no pack chosen in Options: the WIOA baseline, no other state's policy.
  defaultPack: 'wioa-baseline',
  // Missouri's Virtual OneStop (MoJobs): staff and job seekers use the same host.
  sites: [{ label: 'Missouri MoJobs (Virtual OneStop)', matches: ['https://app-jobs.mo.gov/*'], pack: 'mo-dwd-toolbox' }],
  // The demo Virtual OneStop stands in for MoJobs (its state's pack applies there, as on app-jobs.mo.gov).
  demoSites: [{ label: 'MoJobs stand-in (demo Virtual OneStop)', matches: ['http://127.0.0.1/vosnet/*'], pack: 'mo-dwd-toolbox' }],
  selectors: vosSelectors,
};
