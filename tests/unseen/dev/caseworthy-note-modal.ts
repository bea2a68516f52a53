import type { UnseenPage } from '../types';

/** CaseWorthy: the client's Case Notes list, with the Add Case Note form open in a modal dialog over it. */
export const PAGE: UnseenPage = {
  id: 'caseworthy-note-modal',
  system: 'CaseWorthy',
  modelledOn:
    'Public descriptions of CaseWorthy and similar case-note forms (note type, date/time, subject, note, Save); a client workspace with a notes grid and a modal form is ours, as are all names and ids.',
  url: 'https://wdb-northcoast.caseworthy.com/Workspace.aspx?ClientID=557210&FormID=1204&Mode=Add',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CaseWorthy | Client Workspace</title>
<link rel="stylesheet" href="/Content/cw.bundle.css">
</head>
<body class="cw-app">
<header class="cw-topbar">
  <div class="cw-brand">CaseWorthy</div>
  <nav class="cw-mainnav">
    <a href="/Home.aspx">Home</a>
    <a href="/Clients.aspx" class="active">Clients</a>
    <a href="/Employers.aspx">Employers</a>
    <a href="/Reports.aspx">Reports</a>
    <a href="/Admin.aspx">Administration</a>
  </nav>
  <div class="cw-user">Tomas Ferreira &#9662;</div>
</header>
<div class="cw-workspace">
  <aside class="cw-context">
    <div class="cw-client-card">
      <div class="cw-client-name">Brianna Kowalski</div>
      <dl>
        <dt>Client ID</dt><dd>557210</dd>
        <dt>DOB</dt><dd>**/**/1994</dd>
        <dt>Enrollment</dt><dd>WIOA Adult (07/14/2026)</dd>
        <dt>Case Manager</dt><dd>Ferreira, Tomas</dd>
      </dl>
    </div>
    <ul class="cw-context-menu">
      <li><a href="#">Client Summary</a></li>
      <li><a href="#">Enrollments</a></li>
      <li><a href="#">Assessments</a></li>
      <li><a href="#">Services</a></li>
      <li class="active"><a href="#">Case Notes</a></li>
      <li><a href="#">Documents</a></li>
      <li><a href="#">Employment</a></li>
    </ul>
  </aside>
  <main class="cw-main">
    <div class="cw-page-title">Case Notes <button type="button" class="cw-btn" id="btnAddCaseNote">+ Add Case Note</button></div>
    <div class="cw-filters">
      <label for="fltFrom">From</label> <input type="text" id="fltFrom" class="cw-date" value="07/01/2026">
      <label for="fltTo">To</label> <input type="text" id="fltTo" class="cw-date" value="12/02/2026">
      <label for="fltType">Type</label>
      <select id="fltType"><option value="">All</option><option>Client Contact</option><option>Collateral</option><option>Administrative</option></select>
      <button type="button" class="cw-btn-sm">Filter</button>
    </div>
    <table class="cw-grid" id="gridCaseNotes">
      <thead><tr><th>Note Date</th><th>Note Type</th><th>Contact Method</th><th>Subject</th><th>Entered By</th><th></th></tr></thead>
      <tbody>
        <tr><td>11/18/2026</td><td>Client Contact</td><td>Telephone</td><td>Medical assistant program check-in</td><td>Ferreira, Tomas</td><td><a href="#">View</a></td></tr>
        <tr><td>11/02/2026</td><td>Administrative</td><td></td><td>File review for data validation</td><td>Ferreira, Tomas</td><td><a href="#">View</a></td></tr>
        <tr><td>10/21/2026</td><td>Client Contact</td><td>Office Visit</td><td>IEP update, attendance</td><td>Ferreira, Tomas</td><td><a href="#">View</a></td></tr>
        <tr><td>09/30/2026</td><td>Client Contact</td><td>Mail</td><td>Appointment letter</td><td>Ferreira, Tomas</td><td><a href="#">View</a></td></tr>
        <tr><td>08/26/2026</td><td>Client Contact</td><td>Home Visit</td><td>Childcare barrier discussed</td><td>Ferreira, Tomas</td><td><a href="#">View</a></td></tr>
      </tbody>
    </table>
    <div class="cw-pager">Showing 1-5 of 5</div>
  </main>
</div>
<div class="cw-modal-backdrop"></div>
<div class="cw-modal" role="dialog" aria-modal="true" aria-labelledby="dlgTitle" id="dlgCaseNote">
  <div class="cw-modal-header"><h2 id="dlgTitle">Add Case Note - Brianna Kowalski</h2><button type="button" class="cw-close" aria-label="Close">&times;</button></div>
  <form class="cw-modal-body" id="frmCaseNote" method="post" action="/Forms/Save.aspx?FormID=1204">
    <input type="hidden" name="ClientID" value="557210">
    <div class="cw-field">
      <label for="CaseNote_NoteType">Note Type <span class="cw-req">*</span></label>
      <select id="CaseNote_NoteType" name="CaseNote.NoteType">
        <option value="">--Select--</option><option value="1" selected>Client Contact</option><option value="2">Collateral</option><option value="3">Administrative</option>
      </select>
    </div>
    <div class="cw-field">
      <label for="CaseNote_ContactMethod">Contact Method <span class="cw-req">*</span></label>
      <select id="CaseNote_ContactMethod" name="CaseNote.ContactMethod">
        <option value="">--Select--</option><option value="10">Office Visit</option><option value="11">Home Visit</option><option value="12">Telephone</option><option value="13">Email</option><option value="14">Mail</option><option value="15">Text/SMS</option><option value="16">Video Conference</option>
      </select>
    </div>
    <div class="cw-field cw-inline">
      <label for="CaseNote_NoteDate">Note Date <span class="cw-req">*</span></label>
      <input type="text" id="CaseNote_NoteDate" name="CaseNote.NoteDate" class="cw-date" value="12/02/2026">
      <label for="CaseNote_NoteTime">Time</label>
      <input type="text" id="CaseNote_NoteTime" name="CaseNote.NoteTime" class="cw-time" value="09:15 AM">
      <label for="CaseNote_Duration">Duration (min)</label>
      <input type="number" id="CaseNote_Duration" name="CaseNote.Duration" value="">
    </div>
    <div class="cw-field">
      <label for="CaseNote_Subject">Subject <span class="cw-req">*</span></label>
      <input type="text" id="CaseNote_Subject" name="CaseNote.Subject" maxlength="100" value="">
    </div>
    <div class="cw-field">
      <label for="CaseNote_Note">Note <span class="cw-req">*</span></label>
      <textarea id="CaseNote_Note" name="CaseNote.Note" rows="9"></textarea>
    </div>
    <div class="cw-field">
      <label><input type="checkbox" id="CaseNote_Confidential" name="CaseNote.Confidential"> Confidential (visible to assigned staff only)</label>
    </div>
  </form>
  <div class="cw-modal-footer">
    <button type="button" class="cw-btn" id="btnCancelNote">Cancel</button>
    <button type="submit" form="frmCaseNote" class="cw-btn cw-btn-primary" id="btnSaveNote">Save</button>
  </div>
</div>
<footer class="cw-footer">CaseWorthy &copy; 2026 | Build 9.4.2</footer>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#CaseNote_Note',
    contactTypeField: '#CaseNote_ContactMethod',
    // "Note Date" defaults to today; it is the only date the note has, so the contact date.
    dateField: '#CaseNote_NoteDate',
    submitControl: '#btnSaveNote',
    participant: { id: '557210', name: 'Brianna Kowalski' },
    // The administrative file review is a note but no contact: listed with no type.
    contacts: [
      { date: '2026-11-18', type: 'telephone' },
      { date: '2026-11-02', type: null },
      { date: '2026-10-21', type: 'in-person' },
      { date: '2026-09-30', type: 'letter' },
      { date: '2026-08-26', type: 'in-person' },
    ],
  },
};
