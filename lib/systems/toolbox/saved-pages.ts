/**
 * The saved demo pages of this system (tests/fixtures/toolbox/, rendered by
 * tests/fixtures/save-fixtures.ts), which its reader and selector tests read.
 * Only the tests import this file, so the extension does not carry it.
 */
export const savedPages: readonly string[] = [
  'frameset.html',
  'banner.html',
  'nav.html',
  'caseload.html',
  'participant.html',
  'participant-no-notes.html',
  'note-editor.html',
  'broken-caseload-empty.html',
  'broken-participant-bad-dates.html',
  'broken-participant-no-note-table.html',
];
