import type { UnseenPage } from '../types';

/**
 * A caseload tool's bulk look-up: a roomy box to paste participant IDs or names, one a line, and a "Find" button, in a
 * form sent by POST (long lists do not fit an address). Nobody writes a case note here.
 */
export const PAGE: UnseenPage = {
  id: 'bulk-id-lookup',
  system: 'A state case-management system’s caseload look-up',
  modelledOn:
    'Bulk participant look-up screens in public state workforce system guides (e.g. VOS’s Quick Search and staff search pages, AJL’s job seeker search); this paste-a-list form, its ids and names are ours.',
  url: 'https://cases.example-state.gov/caseload/lookup',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Caseload - Look up participants</title></head>
<body>
<h1>Look up participants</h1>
<form method="post" action="/caseload/lookup">
  <label for="ids">Participant IDs or names (one per line)</label>
  <textarea id="ids" name="ids" rows="10"></textarea>
  <label for="notesToo"><input type="checkbox" id="notesToo" name="notesToo"> Include case notes in the results</label>
  <button type="submit" id="go">Find</button>
</form>
</body>
</html>`,
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
