/** Missouri Toolbox (DWD): Missouri's own system, so Missouri's pack checks its notes. */
import { looksLikeToolbox, readToolbox } from './reader';
import { toolboxSelectors } from './selectors';
import type { SystemDef } from '../types';

export const toolbox: SystemDef<'toolbox'> = {
  id: 'toolbox',
  label: 'Toolbox',
  importLabel: 'Missouri Toolbox',
  detect: looksLikeToolbox,
  // The note form, the caseload list and a customer's page: everything readToolbox reads.
  markers: { page: [toolboxSelectors.caseloadTable, toolboxSelectors.customerInfo], note: [toolboxSelectors.noteField] },
  read: (doc, url) => readToolbox(doc, url),
  pageNames: { 'participant-page': 'Toolbox customer page', 'notes-page': 'Toolbox case notes', 'caseload-list': 'Toolbox caseload list', import: 'caseload CSV import' },
  whereToRead: { history: "open the customer's page in Toolbox", plan: "open the customer's page in Toolbox" },
  pack: 'mo-dwd-toolbox',
  defaultPack: 'mo-dwd-toolbox',
  sites: [{ label: 'Missouri Toolbox (DWD)', matches: ['https://*.toolbox.mo.gov/*', 'https://toolbox.mo.gov/*'] }],
  selectors: toolboxSelectors,
};
