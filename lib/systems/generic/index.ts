/**
 * Every other system: the note box found by label, name and size, and an agency's own
 * selectors where Options gives them. The fallback: it has no `detect` and is tried last.
 */
import { readGeneric } from '../../adapters/generic';
import type { SystemDef } from '../types';

export const generic: SystemDef<'generic'> = {
  id: 'generic',
  label: 'Other system',
  importLabel: 'Another system',
  // A note box of any kind (an agency's own note selector must name a textarea too); its participant
  // is read only beside one, and a history with nobody named is not kept.
  markers: { page: [], note: ['textarea', '[contenteditable]', { css: 'iframe', editingFrame: true }] },
  read: (doc, url, context) => readGeneric(doc, url, context),
  pageNames: { 'participant-page': "participant's page", 'notes-page': 'case notes page', 'caseload-list': 'caseload list', import: 'caseload CSV import' },
  whereToRead: { history: "open the participant's case notes page", plan: "open the participant's activities page" },
  // Missouri's pack, as other systems have always had, unless Options names one.
  defaultPack: 'mo-dwd-toolbox',
  sites: [],
};
