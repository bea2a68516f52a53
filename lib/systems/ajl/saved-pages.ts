/**
 * The saved demo pages of this system (tests/fixtures/ajl/, rendered by
 * tests/fixtures/save-fixtures.ts), which its reader and selector tests read.
 * Only the tests import this file, so the extension does not carry it.
 */
export const savedPages: readonly string[] = [
  'program-details.html',
  'notes.html',
  'add-notes.html',
  'broken-notes-bad-dates.html',
];
