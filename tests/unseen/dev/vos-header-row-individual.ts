import type { UnseenPage } from '../types';

/**
 * A state's Virtual OneStop, Adding a Case Note, as the VOS Staff Guide's chapter "Individuals – Case Management" describes
 * the form (subject, note type, contact method, contact date, the note, Save), with the individual shown the way some
 * states' skins draw the assisting panel: a small table with a header row (Individual Name | State ID | Office) and one
 * row under it, not label/value pairs. The staff member is in the top bar.
 */
export const PAGE: UnseenPage = {
  id: 'vos-header-row-individual',
  system: 'Geographic Solutions Virtual OneStop (a state’s staff site)',
  modelledOn:
    'The public VOS Staff Guide, chapter 4 “Individuals – Case Management” (Adding a Case Note) and chapter 3 “Manage Individuals” (Assisting an Individual, the individual’s user name and state ID); the header table’s shape, ids, state and names are ours.',
  url: 'https://jobs.example-vos.gov/vosnet/staff/individual/casenoteadd.aspx?enc=Qm8p1',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Add Case Note - Virtual OneStop</title></head>
<body>
<form id="aspnetForm" method="post" action="casenoteadd.aspx?enc=Qm8p1">
<input type="hidden" id="__VIEWSTATE" name="__VIEWSTATE" value="/wEPDwUKMTY1">
<div id="topBar"><span class="siteName">WorkState</span> <span class="staffInfo">Staff: Okafor, Bisi</span> <a href="/vosnet/logout.aspx">Sign Out</a></div>
<div id="assistPanel">
  <table class="assistGrid">
    <tr><th>Individual Name</th><th>State ID</th><th>Office</th></tr>
    <tr><td>Pruitt, Darnell</td><td>2207713</td><td>Eastside Career Center</td></tr>
  </table>
</div>
<h2>Adding a Case Note</h2>
<table class="formTable">
  <tr><td><label for="ctl00_Main_txtSubject">Subject</label></td><td><input id="ctl00_Main_txtSubject" name="ctl00$Main$txtSubject" type="text"></td></tr>
  <tr><td><label for="ctl00_Main_ddlNoteType">Note Type</label></td><td><select id="ctl00_Main_ddlNoteType" name="ctl00$Main$ddlNoteType"><option>General</option><option>WIOA</option></select></td></tr>
  <tr><td><label for="ctl00_Main_ddlContactMethod">Contact Method</label></td><td><select id="ctl00_Main_ddlContactMethod" name="ctl00$Main$ddlContactMethod"><option value="">-- Select --</option><option>In Person</option><option>Telephone</option><option>Email</option></select></td></tr>
  <tr><td><label for="ctl00_Main_txtContactDate">Contact Date</label></td><td><input id="ctl00_Main_txtContactDate" name="ctl00$Main$txtContactDate" type="text" value="12/02/2026"></td></tr>
  <tr><td><label for="ctl00_Main_txtCaseNote">Case Note</label></td><td><textarea id="ctl00_Main_txtCaseNote" name="ctl00$Main$txtCaseNote" rows="10" cols="80"></textarea></td></tr>
</table>
<input type="submit" id="ctl00_Main_btnSave" name="ctl00$Main$btnSave" value="Save"> <input type="submit" id="ctl00_Main_btnCancel" name="ctl00$Main$btnCancel" value="Cancel">
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#ctl00_Main_txtCaseNote',
    contactTypeField: '#ctl00_Main_ddlContactMethod',
    dateField: '#ctl00_Main_txtContactDate',
    submitControl: '#ctl00_Main_btnSave',
    participant: { id: '2207713', name: 'Pruitt, Darnell' },
    contacts: [],
  },
};
