import type { UnseenPage } from '../types';

/**
 * Leave the case manager alone: a note page whose side card says who the case is assigned to, both as a panel heading
 * "Assigned to: J. Ruiz (Staff ID 2231)" and as a list "Name / ID" of the staff member; the participant in the page's
 * h1 "Delgado, Marco (P-77014)". Neither of the staff member's names or numbers may become the participant.
 */
export const PAGE: UnseenPage = {
  id: 'assigned-to-staff',
  system: 'A city workforce department’s case system',
  modelledOn:
    'Case-system note screens with a “case team” side card (assigned case manager, supervisor) as described in public WIOA case-management procedures; the city, screen, ids and names are ours.',
  url: 'https://workforce.cityofmesa.example.gov/case/notes/add',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Add Case Note</title>
</head>
<body>
<div class="app">
  <div class="bar">City Workforce Services <span class="right">Welcome, jruiz</span></div>
  <h1>Delgado, Marco (P-77014)</h1>
  <div class="cols">
    <div class="main-col">
      <form method="post" action="/case/notes/add" id="addNote">
        <div class="fld"><label for="ContactMethod">Contact Method</label><select id="ContactMethod" name="ContactMethod"><option value="">Select one</option><option>Office Visit</option><option>Telephone</option><option>E-mail</option><option>Mail</option></select></div>
        <div class="fld"><label for="ContactDate">Contact Date</label><input id="ContactDate" name="ContactDate" type="text" value="12/02/2026"></div>
        <div class="fld"><label for="CaseNote">Case Note</label><textarea id="CaseNote" name="CaseNote" rows="10" cols="70"></textarea></div>
        <div class="fld"><label for="FollowUp">Follow-up Date</label><input id="FollowUp" name="FollowUp" type="text"></div>
        <input type="submit" id="SaveNote" value="Save Case Note">
      </form>
    </div>
    <div class="side-col">
      <div class="card"><div class="card-header">Assigned to: J. Ruiz (Staff ID 2231)</div>
        <div class="card-body"><dl><dt>Name</dt><dd>Julia Ruiz</dd><dt>ID</dt><dd>ST-2231</dd><dt>Phone</dt><dd>(480) 555-0142</dd></dl></div></div>
      <div class="card"><div class="card-header">Supervisor</div><div class="card-body">Tom Becker</div></div>
    </div>
  </div>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#CaseNote',
    contactTypeField: '#ContactMethod',
    dateField: '#ContactDate',
    submitControl: '#SaveNote',
    participant: { id: 'P-77014', name: 'Delgado, Marco' },
    contacts: [],
  },
};
