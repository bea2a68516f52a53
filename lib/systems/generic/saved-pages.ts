/**
 * The saved demo pages of this system (tests/fixtures/generic/, rendered by
 * tests/fixtures/save-fixtures.ts), which its reader and selector tests read.
 * Only the tests import this file, so the extension does not carry it.
 */
export const savedPages: readonly string[] = [
  'vos-case-notes.html',
  'iframe-host.html',
  'iframe-frame.html',
  'modern-div.html',
  'login.html',
  'search.html',
];
