import type { UnseenPage } from '../types';

/**
 * Leave alone: a supervisor's search of case notes across a caseload, with a roomy box for the words to look for
 * ("Note text contains") and filters for the contact type and dates. It finds notes; nobody writes one here.
 */
export const PAGE: UnseenPage = {
  id: 'case-note-search',
  system: 'A state workforce case system’s case-note search (supervisor review)',
  modelledOn:
    'Public monitoring guides that describe supervisors sampling case notes by keyword, contact type and date; the screen, ids and names are ours.',
  url: 'https://wfcases.state.example.gov/review/notes?office=12',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Find case notes | Case Review</title>
</head>
<body>
<header><a href="/">Workforce Cases</a> · <a href="/caseload">My caseload</a> · <a href="/review">Case review</a></header>
<main>
  <h1>Find case notes</h1>
  <form id="noteQuery" method="get" action="/review/notes">
    <div class="row"><label for="q-office">Office</label>
      <select id="q-office" name="office"><option value="12" selected>Cedar Rapids</option><option value="14">Iowa City</option></select></div>
    <div class="row"><label for="q-type">Contact type</label>
      <select id="q-type" name="contactType"><option value="">Any</option><option>In person</option><option>Phone</option><option>Email</option><option>Letter</option></select></div>
    <div class="row"><label for="q-from">Contact date from</label> <input type="date" id="q-from" name="from">
      <label for="q-to">to</label> <input type="date" id="q-to" name="to"></div>
    <div class="row"><label for="q-text">Case note text contains</label>
      <textarea id="q-text" name="text" rows="4" cols="60" placeholder="Words or phrases, one per line"></textarea></div>
    <div class="actions"><button type="submit" id="q-go">Find notes</button> <button type="reset">Clear</button></div>
  </form>
  <p class="empty">Enter words or filters, then Find notes.</p>
</main>
</body>
</html>`,
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
