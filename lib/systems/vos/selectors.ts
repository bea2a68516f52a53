/**
 * Every selector the Virtual OneStop adapter uses. Ids are matched by their
 * ending (`[id$="_gvCaseNotes"]`), not their full ctl00_… prefix, because the
 * prefix follows each state's master page. The endings are the demo's own
 * (public guides name the screens, not the ids): see README.md.
 * `expectedMatches` gives the count on each page in tests/fixtures/vos/.
 */
const id = (suffix: string) => `[id$="_${suffix}"]`;

export const vosSelectors = {
  aspnetForm: 'form#aspnetForm, form[action*=".aspx" i]',
  viewState: 'input#__VIEWSTATE',
  individualName: id('lblIndividualName'),
  individualId: id('lblStateId'),
  caseHistoryTable: id('gvCaseHistory'),
  staffAssistedTable: id('gvStaffAssisted'),
  caseNotesTable: id('gvCaseNotes'),
  activitiesTable: id('gvActivities'),
  addCaseNoteButton: id('btnAddCaseNote'),
  noteField: `textarea${id('txtCaseNote')}`,
  subjectField: `input${id('txtSubject')}`,
  noteTypeField: `select${id('ddlNoteType')}`,
  contactTypeField: `select${id('ddlContactMethod')}`,
  dateField: `input${id('txtContactDate')}`,
  submitControl: `input${id('btnSave')}, button${id('btnSave')}`,
} as const;

export type VosSelector = keyof typeof vosSelectors;

const every = (n: number) => ({
  'summary.html': n,
  'case-notes.html': n,
  'add-case-note.html': n,
  'activities.html': n,
  'broken-case-notes-bad-dates.html': n,
});
const addForm = { 'add-case-note.html': 1 };

export const expectedMatches: Record<VosSelector, Record<string, number>> = {
  aspnetForm: every(1),
  viewState: every(1),
  individualName: every(1),
  individualId: every(1),
  caseHistoryTable: { 'summary.html': 1 },
  staffAssistedTable: { 'summary.html': 1 },
  caseNotesTable: { 'case-notes.html': 1, 'broken-case-notes-bad-dates.html': 1 },
  activitiesTable: { 'activities.html': 1 },
  addCaseNoteButton: { 'case-notes.html': 1, 'broken-case-notes-bad-dates.html': 1 },
  noteField: addForm,
  subjectField: addForm,
  noteTypeField: addForm,
  contactTypeField: addForm,
  dateField: addForm,
  submitControl: addForm,
};
