import type { UnseenPage } from '../types';

/**
 * A Salesforce-based case management app (a custom Case Note object in Lightning), the participant's record page: the
 * record header, a "Case Notes" related list shown as a table (Date | Contact Type | Subject | Description, the description
 * being the note's words), and a New Case Note form under it.
 */
export const PAGE: UnseenPage = {
  id: 'sf-case-notes-related-list',
  system: 'A Salesforce-based case management app (Lightning)',
  modelledOn:
    'Salesforce Help on related lists and record pages in Lightning Experience, and public nonprofit case management guides built on it (case notes as a related object with date, type, subject and description); the markup, ids and names are ours.',
  url: 'https://example-wdb.lightning.force.com/lightning/r/Contact/003Hs00001Rx9/view',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Rahman, Nadia | Participant | Salesforce</title></head>
<body>
<div class="slds-page-header"><h1><span class="label">Participant</span> <span class="name">Rahman, Nadia</span></h1>
  <ul class="highlights"><li><span class="fieldLabel">Participant ID</span> <span class="fieldValue">WD-118204</span></li></ul></div>
<section class="related-list">
  <h2>Case Notes (3)</h2>
  <table class="slds-table">
    <thead><tr><th>Date</th><th>Contact Type</th><th>Subject</th><th>Description</th></tr></thead>
    <tbody>
      <tr><td>11/30/2026</td><td>Phone</td><td>Training check-in</td><td>Called Nadia; she finished week 3 of the CNA course with an 88% quiz average. Next call 12/14.</td></tr>
      <tr><td>11/16/2026</td><td>In Person</td><td>Supportive services</td><td>Met at the center; gave bus pass for December and reviewed clinical schedule.</td></tr>
      <tr><td>11/02/2026</td><td>Email</td><td>Enrolment confirmed</td><td>Nadia replied by e-mail confirming her start date of 11/09 and that books were picked up.</td></tr>
    </tbody>
  </table>
</section>
<form class="new-note" method="post" action="/apex/CaseNoteSave">
  <h2>New Case Note</h2>
  <label for="cn_date">Contact Date</label> <input id="cn_date" name="cn_date" type="date">
  <label for="cn_type">Contact Type</label> <select id="cn_type" name="cn_type"><option></option><option>Phone</option><option>In Person</option><option>Email</option><option>Video</option></select>
  <label for="cn_subject">Subject</label> <input id="cn_subject" name="cn_subject" type="text">
  <label for="cn_desc">Case Note</label> <textarea id="cn_desc" name="cn_desc" rows="8"></textarea>
  <button type="submit" id="cn_save" class="slds-button">Save</button>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#cn_desc',
    contactTypeField: '#cn_type',
    dateField: '#cn_date',
    submitControl: '#cn_save',
    participant: { id: 'WD-118204', name: 'Rahman, Nadia' },
    contacts: [
      { date: '2026-11-30', type: 'telephone' },
      { date: '2026-11-16', type: 'in-person' },
      { date: '2026-11-02', type: 'email' },
    ],
  },
};
