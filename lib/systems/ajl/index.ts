/** America's JobLink (AJLA): several states' system, so it has no pack of its own. */
import { looksLikeAjl, readAjl } from './reader';
import { ajlSelectors } from './selectors';
import type { SystemDef } from '../types';

export const ajl: SystemDef<'ajl'> = {
  id: 'ajl',
  label: "America's JobLink",
  detect: (doc) => looksLikeAjl(doc),
  // Our ids, and what AJL's guide documents: a notes list headed "Reference Date", a Notes box (any textarea).
  markers: {
    page: [ajlSelectors.notesTable, ajlSelectors.programNotesSection, { css: 'th', words: '^reference date$' }],
    note: [ajlSelectors.noteField, 'textarea'],
  },
  read: (doc, url) => readAjl(doc, url),
  pageNames: {
    'participant-page': "America's JobLink Case Details page",
    'notes-page': "America's JobLink notes list",
    'caseload-list': "America's JobLink caseload list",
    import: 'caseload CSV import',
  },
  whereToRead: { history: "open the job seeker's notes (View All)", plan: "open the job seeker's Program Details page" },
  // Another state's America's JobLink with no pack chosen in Options: the WIOA baseline.
  defaultPack: 'wioa-baseline',
  // Each state's AJL is granted in Options (states.ts, offered through ../platform-sites.ts); none is built in.
  sites: [],
  selectors: ajlSelectors,
};
