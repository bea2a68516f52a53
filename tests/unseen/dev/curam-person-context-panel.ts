import type { UnseenPage } from '../types';

/**
 * A Cúram person's Notes page in the caseworker application: the open tab is titled "Name - Reference" as Cúram titles a
 * person's tab, and the context panel shows the name over a "Reference" list; the New Note form asks for a priority and a
 * sensitivity (neither a contact type) and the note. A tab for the person's integrated case is also open (its own reference).
 */
export const PAGE: UnseenPage = {
  id: 'curam-person-context-panel',
  system: 'Cúram (IBM / Merative) Social Program Management',
  modelledOn:
    'Cúram analysis documentation pages for a person home page (name, address, phone, details) and a case note (priority, sensitivity, comments, entered by, creation date); the tab strip, context panel markup, ids and names are ours.',
  url: 'https://spm.example-state.gov/Curam/en_US/Person_listNotePage.do?concernRoleID=-441207',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Notes</title></head>
<body>
<div class="app-banner"><span class="user">Caseworker: Gerald Pike</span></div>
<div class="tab-strip" role="tablist">
  <span role="tab" aria-selected="true" class="tab active">Greene, Marcus - 23110457</span>
  <span role="tab" aria-selected="false" class="tab">Integrated Case - 4410227</span>
</div>
<div class="context-panel">
  <h2 class="cp-name">Marcus Greene</h2>
  <dl class="cp-details"><dt>Reference</dt><dd>23110457</dd><dt>Date of Birth</dt><dd>06/02/1988</dd><dt>Phone</dt><dd>(502) 555-0142</dd></dl>
</div>
<h2>Notes</h2>
<table class="list">
  <tr><th>Note</th><th>Entered By</th><th>Creation Date</th><th>Priority</th></tr>
  <tr><td>Marcus called to say he passed the CDL permit test; road test scheduled 12/9.</td><td>Gerald Pike</td><td>11/19/2026 3:40 PM</td><td>Medium</td></tr>
  <tr><td>Met Marcus at the office; signed the ITA for the CDL course.</td><td>Gerald Pike</td><td>10/30/2026 9:15 AM</td><td>Low</td></tr>
</table>
<form id="newNote" method="post" action="Person_createNote.do">
  <h2>New Note</h2>
  <label for="priority">Priority</label> <select id="priority" name="priority"><option>Low</option><option>Medium</option><option>High</option></select>
  <label for="sensitivity">Sensitivity</label> <select id="sensitivity" name="sensitivity"><option>1</option><option>2</option><option>3</option></select>
  <label for="noteText">Note</label> <textarea id="noteText" name="noteText" rows="8" cols="70"></textarea>
  <input type="submit" id="save" value="Save">
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#noteText',
    contactTypeField: null,
    dateField: null,
    submitControl: '#save',
    participant: { id: '23110457', name: 'Greene, Marcus' },
    contacts: [
      { date: '2026-11-19', type: null },
      { date: '2026-10-30', type: null },
    ],
  },
};
