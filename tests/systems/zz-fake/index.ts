/**
 * A system that exists only in tests, written the way a new system is: one
 * folder exporting its definition, then one registry line
 * (tests/systems/registry.test.ts). Its pages carry a marker no real system
 * has, so a test can tell its detection and reader were used.
 */
import { finishRead, startRead } from '../../../lib/adapters/types';
import type { SystemDef } from '../../../lib/systems';

const selectors = {
  marker: 'meta[name="application-name"][content="Zedland Cases"]',
  person: '#zz-person',
  note: 'textarea#zz-note',
};

export const zzFake: SystemDef<'zz-fake'> = {
  id: 'zz-fake',
  label: 'Zedland Cases',
  importLabel: 'Zedland Cases (test only)',
  detect: (doc) => doc.querySelector(selectors.marker) !== null,
  markers: { page: [selectors.person], note: [selectors.note] },
  read(doc, url) {
    const raw = startRead('zz-fake');
    const person = doc.querySelector(selectors.person);
    const id = person?.getAttribute('data-id');
    if (id) {
      raw.page = doc.querySelector(selectors.note) ? 'note-editor' : 'participant';
      raw.participant = { id, name: person?.textContent?.trim() ?? '', planType: null, activities: [], plannedGaps: [], activitiesShown: false, url };
    } else raw.problems.push('No Zedland participant on this page.');
    if (doc.querySelector(selectors.note)) {
      raw.editor = { found: true, noteField: selectors.note, contactTypeField: null, dateField: null, submitControl: null, ...(id ? { participantId: id } : {}) };
    }
    return finishRead(raw);
  },
  pageNames: { 'participant-page': 'Zedland person page', 'notes-page': 'Zedland notes', 'caseload-list': 'Zedland caseload', import: 'caseload CSV import' },
  whereToRead: { history: 'open the Zedland notes', plan: 'open the Zedland person page' },
  defaultPack: 'wioa-baseline',
  sites: [{ label: 'Zedland Cases (state of Zedland)', matches: ['https://cases.zedland.example/*'], pack: 'mn-wf1' }],
  demoSites: [{ label: 'Zedland stand-in (demo)', matches: ['http://127.0.0.1/zedland/*'], pack: 'mn-wf1' }],
  selectors,
};
