import type { UnseenPage } from '../types';

/**
 * A SNAP Employment & Training case page in a state's eligibility-side case system, as state E&T staff guides describe
 * such screens: the E&T participant named in a header line with a client ID and the SNAP case number, the household's
 * other members listed with their own client IDs (a household member is never the participant), and the participant's
 * case notes in a paged list ("Showing 1–4 of 17", Previous/Next) with a narrative column, over the form to add one.
 * Only the notes on this page of the list are shown, so only they can be read.
 */
export const PAGE: UnseenPage = {
  id: 'paged-notes-household',
  system: 'A state SNAP E&T case system (eligibility-side)',
  modelledOn:
    'Public state SNAP E&T provider and staff guides (participant and household on the case screen, case notes with contact type and narrative, paged lists) and the USDA FNS SNAP E&T case management guidance; the state, markup, ids and names are ours.',
  url: 'https://snapet.example-state.gov/case/400219837/participant/notes?page=1',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>E&amp;T Case Notes</title></head>
<body>
<div class="banner"><span>SNAP E&amp;T Case Management</span><span class="worker">Worker: T. Abernathy (#4471)</span></div>
<div class="case-header">
  <div class="ch-line">Participant: Booker, Lashonda &nbsp;·&nbsp; Client ID 50041877 &nbsp;·&nbsp; SNAP Case 400219837</div>
</div>
<div class="household">
  <h3>Household Members</h3>
  <table class="hh"><thead><tr><th>Name</th><th>Relationship</th><th>Age</th><th>Client ID</th></tr></thead>
  <tbody>
    <tr><td>Booker, Lashonda</td><td>Head of Household</td><td>34</td><td>50041877</td></tr>
    <tr><td>Booker, Terrence</td><td>Son</td><td>17</td><td>50041879</td></tr>
    <tr><td>Pruitt, Gloria</td><td>Mother</td><td>61</td><td>50041880</td></tr>
  </tbody></table>
</div>
<div class="notes">
  <h3>Case Notes</h3>
  <table class="notes-table"><thead><tr><th>Note Date</th><th>Contact Type</th><th>Worker</th><th>Narrative</th></tr></thead>
  <tbody>
    <tr><td>11/27/2026</td><td>Telephone</td><td>T. Abernathy</td><td>Lashonda reported 22 hours at the food bank placement this week; timesheet to be faxed.</td></tr>
    <tr><td>11/16/2026</td><td>Face to Face</td><td>T. Abernathy</td><td>Assessment completed at the county office; work experience placement chosen.</td></tr>
    <tr><td>11/04/2026</td><td>Letter</td><td>T. Abernathy</td><td>Mailed E&amp;T appointment letter for 11/16.</td></tr>
    <tr><td>10/28/2026</td><td>Telephone</td><td>R. Singh</td><td>Left message about E&amp;T referral; no answer.</td></tr>
  </tbody></table>
  <div class="pager">Showing 1–4 of 17 <a href="?page=0" aria-disabled="true">Previous</a> <a href="?page=2">Next</a></div>
</div>
<form id="newNote" method="post">
  <h3>New Case Note</h3>
  <label for="noteDate">Note Date</label> <input id="noteDate" name="noteDate" type="text" value="12/02/2026">
  <label for="contactType">Contact Type</label> <select id="contactType" name="contactType"><option value=""></option><option>Face to Face</option><option>Telephone</option><option>Letter</option><option>Email</option></select>
  <label for="narrative">Narrative</label> <textarea id="narrative" name="narrative" rows="8"></textarea>
  <input type="submit" id="saveNote" value="Save Note">
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#narrative',
    contactTypeField: '#contactType',
    dateField: '#noteDate',
    submitControl: '#saveNote',
    participant: { id: '50041877', name: 'Booker, Lashonda' },
    contacts: [
      { date: '2026-11-27', type: 'telephone' },
      { date: '2026-11-16', type: 'in-person' },
      { date: '2026-11-04', type: 'letter' },
      { date: '2026-10-28', type: 'telephone' },
    ],
  },
};
