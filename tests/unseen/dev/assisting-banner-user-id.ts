import type { UnseenPage } from '../types';

/**
 * A Virtual OneStop-family staff screen while assisting an individual (VOS Staff Guide chapter 3, "Assisting an
 * Individual" / Quick Assist): a banner across the page says whom the staff member is assisting, "You are assisting:"
 * with the name in bold and the individual's user name and state ID after it in the same line, and a link to stop
 * assisting; the staff member's own name is in the welcome line. The Activities-style case note form has a contact date,
 * a "Contact Type" drop-down and a follow-up date (not the contact's).
 */
export const PAGE: UnseenPage = {
  id: 'assisting-banner-user-id',
  system: 'Geographic Solutions Virtual OneStop (a state’s staff site)',
  modelledOn:
    'The public VOS Staff Guide, chapter 3 “Manage Individuals” (Assisting an Individual, Quick Assist, search results showing user name and state ID) and chapter 4 (Adding a Case Note); the banner wording, markup, ids and names are ours.',
  url: 'https://jobs.example-state.gov/vosnet/staff/casenote/add.aspx?enc=Yq71p',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Add Case Note - Virtual OneStop</title></head>
<body>
<div id="welcome">Welcome, Erin Cole (Staff) | <a href="/vosnet/logout.aspx">Sign Out</a></div>
<div id="assistBanner" class="assist-banner">You are assisting: <b>Roberto Sanchez</b> &nbsp; User Name: rsanchez81 &nbsp; State ID: 7721066 &nbsp; <a href="/vosnet/staff/stopassist.aspx">Stop Assisting</a></div>
<h1>Add Case Note</h1>
<table class="formTable">
  <tr><td class="lbl"><label for="txtContactDate">Contact Date</label></td><td><input id="txtContactDate" type="text" value="12/02/2026"></td></tr>
  <tr><td class="lbl"><label for="ddlContactType">Contact Type</label></td><td><select id="ddlContactType"><option value="">-- Select --</option><option>Office Visit</option><option>Telephone</option><option>Email</option><option>Virtual Meeting</option></select></td></tr>
  <tr><td class="lbl"><label for="txtSubject">Subject</label></td><td><input id="txtSubject" type="text"></td></tr>
  <tr><td class="lbl"><label for="txtCaseNote">Case Note</label></td><td><textarea id="txtCaseNote" rows="10" cols="80"></textarea></td></tr>
  <tr><td class="lbl"><label for="txtFollowUp">Follow-up Date</label></td><td><input id="txtFollowUp" type="text"></td></tr>
</table>
<input type="submit" id="btnSaveNote" value="Save"> <input type="submit" id="btnBack" value="Back">
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#txtCaseNote',
    contactTypeField: '#ddlContactType',
    dateField: '#txtContactDate',
    submitControl: '#btnSaveNote',
    participant: { id: '7721066', name: 'Roberto Sanchez' },
    contacts: [],
  },
};
