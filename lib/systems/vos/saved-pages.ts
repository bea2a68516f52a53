/**
 * The saved demo pages of this system (tests/fixtures/vos/, rendered by
 * tests/fixtures/save-fixtures.ts), which its reader and selector tests read.
 * Only the tests import this file, so the extension does not carry it.
 */
export const savedPages: readonly string[] = [
  'summary.html',
  'activities.html',
  'case-notes.html',
  'add-case-note.html',
  'broken-case-notes-bad-dates.html',
];
