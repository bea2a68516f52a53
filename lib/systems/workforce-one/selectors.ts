/**
 * Every selector the Workforce One adapter uses. ASP.NET WebForms ids all
 * start with ctl00_ContentPlaceHolder1_. `expectedMatches` gives the count on
 * each page saved in tests/fixtures/workforce-one/ (unlisted fixture = 0).
 */
const P = 'ctl00_ContentPlaceHolder1_';

export const wf1Selectors = {
  aspnetForm: 'form#aspnetForm',
  viewState: 'input#__VIEWSTATE',
  contentIds: `[id^="${P}"]`,
  header: '#ctl00_header',
  caseloadTable: `#${P}gvCaseload`,
  caseloadRows: `#${P}gvCaseload tr`,
  participantName: `#${P}lblParticipantName`,
  participantId: `#${P}lblParticipantID`,
  activityTable: `#${P}gvActivities`,
  gapTable: `#${P}gvGaps`,
  noteTable: `#${P}gvNotes`,
  noteRows: `#${P}gvNotes tr`,
  addNoteLink: `#${P}lnkAddNote`,
  entryPanel: `#${P}pnlEntry`,
  noteField: `#${P}txtNote`,
  contactTypeField: `#${P}ddlContactType`,
  dateField: `#${P}txtContactDate`,
  subjectField: `#${P}txtSubject`,
  submitControl: `#${P}btnSave`,
  planHeading: 'h3',
} as const;

export type Wf1Selector = keyof typeof wf1Selectors;

const allPages = (n: number) => ({
  'caseload.html': n,
  'summary.html': n,
  'progress-notes.html': n,
  'progress-notes-entry.html': n,
  'broken-caseload-empty.html': n,
  'broken-progress-notes-bad-dates.html': n,
  'broken-summary-hostile.html': n,
});

export const expectedMatches: Record<Wf1Selector, Record<string, number>> = {
  aspnetForm: allPages(1),
  viewState: allPages(1),
  contentIds: {
    'caseload.html': 4,
    'broken-caseload-empty.html': 2,
    'summary.html': 9,
    'broken-summary-hostile.html': 9,
    'progress-notes.html': 10,
    'broken-progress-notes-bad-dates.html': 12,
    'progress-notes-entry.html': 16,
  },
  header: allPages(1),
  caseloadTable: { 'caseload.html': 1, 'broken-caseload-empty.html': 1 },
  caseloadRows: { 'caseload.html': 3, 'broken-caseload-empty.html': 1 },
  participantName: { 'summary.html': 1, 'progress-notes.html': 1, 'progress-notes-entry.html': 1, 'broken-progress-notes-bad-dates.html': 1, 'broken-summary-hostile.html': 1 },
  participantId: { 'summary.html': 1, 'progress-notes.html': 1, 'progress-notes-entry.html': 1, 'broken-progress-notes-bad-dates.html': 1, 'broken-summary-hostile.html': 1 },
  activityTable: { 'summary.html': 1, 'broken-summary-hostile.html': 1 },
  gapTable: { 'summary.html': 1, 'broken-summary-hostile.html': 1 },
  noteTable: { 'progress-notes.html': 1, 'progress-notes-entry.html': 1, 'broken-progress-notes-bad-dates.html': 1 },
  noteRows: { 'progress-notes.html': 2, 'progress-notes-entry.html': 2, 'broken-progress-notes-bad-dates.html': 4 },
  addNoteLink: { 'progress-notes.html': 1, 'broken-progress-notes-bad-dates.html': 1 },
  entryPanel: { 'progress-notes-entry.html': 1 },
  noteField: { 'progress-notes-entry.html': 1 },
  contactTypeField: { 'progress-notes-entry.html': 1 },
  dateField: { 'progress-notes-entry.html': 1 },
  subjectField: { 'progress-notes-entry.html': 1 },
  submitControl: { 'progress-notes-entry.html': 1 },
  planHeading: { 'summary.html': 2, 'broken-summary-hostile.html': 2 },
};
