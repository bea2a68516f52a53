import type { UnseenPage } from '../types';

/**
 * Virtual OneStop's "One Case Note to Multiple Individuals" (VOS Staff Guide chapter 3, Manage Individuals): staff pick
 * several individuals from search results and write one case note that is copied to each. The page lists the chosen
 * individuals with their user names and state IDs: the note is about all of them, so the page names no single
 * participant, and reading any one of them would store the note against someone it is not only about.
 */
export const PAGE: UnseenPage = {
  id: 'vos-multi-individual-note',
  system: 'Geographic Solutions Virtual OneStop (a state’s staff site)',
  modelledOn:
    'The public VOS Staff Guide, chapter 3 “Manage Individuals” (One Case Note to Multiple Individuals, search results); the markup, ids and names are ours.',
  url: 'https://jobs.example-state.gov/vosnet/staff/individual/multicasenote.aspx',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Case Note for Multiple Individuals - Virtual OneStop</title></head>
<body>
<div id="topBar"><span class="staffInfo">Staff: Hollis, Dean</span> <a href="/vosnet/logout.aspx">Sign Out</a></div>
<h1>Case Note for Multiple Individuals</h1>
<p>The case note below will be added to each of the individuals listed.</p>
<table class="gridView" id="gvSelected">
  <tr><th>Name</th><th>User Name</th><th>State ID</th><th>Remove</th></tr>
  <tr><td>Martinez, Rosa</td><td>rmartinez82</td><td>0418826</td><td><input type="checkbox" id="rm1"></td></tr>
  <tr><td>Okoro, Emeka</td><td>eokoro</td><td>0420133</td><td><input type="checkbox" id="rm2"></td></tr>
  <tr><td>Lindgren, Paula</td><td>plindgren5</td><td>0391770</td><td><input type="checkbox" id="rm3"></td></tr>
</table>
<fieldset id="noteFields"><legend>Case Note</legend>
  <label for="txtSubject">Subject</label> <input id="txtSubject" type="text">
  <label for="txtContactDate">Contact Date</label> <input id="txtContactDate" type="text" value="12/02/2026">
  <label for="ddlMethod">Contact Method</label> <select id="ddlMethod"><option value="">-- Select --</option><option>In Person</option><option>Telephone</option><option>Email</option></select>
  <label for="txtNote">Case Note</label> <textarea id="txtNote" rows="10"></textarea>
  <input type="submit" id="btnSave" value="Save"> <input type="submit" id="btnCancel" value="Cancel">
</fieldset>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#txtNote',
    contactTypeField: '#ddlMethod',
    dateField: '#txtContactDate',
    submitControl: '#btnSave',
    participant: null,
    contacts: [],
  },
};
