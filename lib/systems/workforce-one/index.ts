/** Minnesota Workforce One (ASP.NET WebForms): Minnesota's own system, so Minnesota's pack checks its notes. */
import { looksLikeWorkforceOne, readWorkforceOne } from './reader';
import { wf1Selectors as S } from './selectors';
import type { SystemDef } from '../types';

export const workforceOne: SystemDef<'workforce-one'> = {
  id: 'workforce-one',
  label: 'Workforce One',
  importLabel: 'Minnesota Workforce One',
  detect: looksLikeWorkforceOne,
  // The caseload grid, a summary's tables, the Progress Notes page (its grid, its Add link, its entry panel).
  markers: { page: [S.caseloadTable, S.activityTable, S.gapTable, S.noteTable, S.addNoteLink], note: [S.noteField] },
  read: (doc, url) => readWorkforceOne(doc, url),
  pageNames: {
    'participant-page': 'Workforce One Summary page',
    'notes-page': 'Workforce One Progress Notes page',
    'caseload-list': 'Workforce One caseload list',
    import: 'caseload CSV import',
  },
  whereToRead: { history: "open the participant's Progress Notes page", plan: "open the participant's Summary page" },
  pack: 'mn-wf1',
  defaultPack: 'mn-wf1',
  sites: [{ label: 'Minnesota Workforce One', matches: ['https://*.mnworkforceone.com/*', 'https://mnworkforceone.com/*'] }],
  selectors: S,
};
