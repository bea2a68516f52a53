/**
 * Every selector the Toolbox adapter uses, in one place. `expectedMatches`
 * says how many elements each one matches on each saved page in
 * tests/fixtures/toolbox/ (a fixture not listed expects 0); the selector test
 * fails when Toolbox markup and these drift apart.
 */
export const toolboxSelectors = {
  frameset: 'frameset',
  mainFrame: 'frame[name="main"]',
  navMenu: 'form[name="quick"][target="main"]',
  caseloadTable: '#caseloadGrid',
  caseloadRows: '#caseloadGrid tr',
  customerInfo: '#customerInfo',
  participantName: '#custName',
  participantId: '#stateId',
  planType: '#planType',
  activityTable: '#activityGrid',
  gapTable: '#gapGrid',
  noteTable: '#caseNoteGrid',
  noteRows: '#caseNoteGrid tr',
  noteForm: 'form[name="caseNoteForm"]',
  noteField: 'form[name="caseNoteForm"] textarea#noteText',
  contactTypeField: 'form[name="caseNoteForm"] select#contactType',
  dateField: 'form[name="caseNoteForm"] input#contactDate',
  submitControl: 'form[name="caseNoteForm"] input[type="submit"][value="Save"]',
  customerIdField: 'form[name="caseNoteForm"] input[name="customerId"]',
  serviceCode600: 'input[name="serviceCode"][value="600"]',
  /** The page's title bar, e.g. "ADD CASE NOTE - Whitfield, Dana (100234)". */
  pageHeading: 'body > table.hdr:first-of-type td',
} as const;

export type ToolboxSelector = keyof typeof toolboxSelectors;

export const expectedMatches: Record<ToolboxSelector, Record<string, number>> = {
  pageHeading: {
    'broken-caseload-empty.html': 1, 'broken-participant-bad-dates.html': 1, 'broken-participant-no-note-table.html': 1,
    'caseload.html': 1, 'note-editor.html': 1, 'participant-no-notes.html': 1, 'participant.html': 1,
  },
  frameset: { 'frameset.html': 2 },
  mainFrame: { 'frameset.html': 1 },
  navMenu: { 'nav.html': 1 },
  caseloadTable: { 'caseload.html': 1, 'broken-caseload-empty.html': 1 },
  caseloadRows: { 'caseload.html': 5, 'broken-caseload-empty.html': 1 },
  customerInfo: { 'participant.html': 1, 'participant-no-notes.html': 1, 'broken-participant-bad-dates.html': 1, 'broken-participant-no-note-table.html': 1 },
  participantName: { 'participant.html': 1, 'participant-no-notes.html': 1, 'broken-participant-bad-dates.html': 1, 'broken-participant-no-note-table.html': 1 },
  participantId: { 'participant.html': 1, 'participant-no-notes.html': 1, 'broken-participant-bad-dates.html': 1, 'broken-participant-no-note-table.html': 1 },
  planType: { 'participant.html': 1, 'participant-no-notes.html': 1, 'broken-participant-bad-dates.html': 1, 'broken-participant-no-note-table.html': 1 },
  activityTable: { 'participant.html': 1, 'participant-no-notes.html': 1, 'broken-participant-bad-dates.html': 1, 'broken-participant-no-note-table.html': 1 },
  gapTable: { 'participant.html': 1, 'participant-no-notes.html': 1, 'broken-participant-bad-dates.html': 1, 'broken-participant-no-note-table.html': 1 },
  noteTable: { 'participant.html': 1, 'participant-no-notes.html': 1, 'broken-participant-bad-dates.html': 1 },
  noteRows: { 'participant.html': 3, 'participant-no-notes.html': 2, 'broken-participant-bad-dates.html': 4 },
  noteForm: { 'note-editor.html': 1 },
  noteField: { 'note-editor.html': 1 },
  contactTypeField: { 'note-editor.html': 1 },
  dateField: { 'note-editor.html': 1 },
  submitControl: { 'note-editor.html': 1 },
  customerIdField: { 'note-editor.html': 1 },
  serviceCode600: { 'note-editor.html': 1 },
};
