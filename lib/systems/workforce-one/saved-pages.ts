/**
 * The saved demo pages of this system (tests/fixtures/workforce-one/, rendered by
 * tests/fixtures/save-fixtures.ts), which its reader and selector tests read.
 * Only the tests import this file, so the extension does not carry it.
 */
export const savedPages: readonly string[] = [
  'caseload.html',
  'summary.html',
  'progress-notes.html',
  'progress-notes-entry.html',
  'broken-caseload-empty.html',
  'broken-progress-notes-bad-dates.html',
  'broken-summary-hostile.html',
];
