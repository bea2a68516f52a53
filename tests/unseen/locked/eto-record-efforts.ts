import type { UnseenPage } from '../types';

/** ETO's "Record Efforts": the participant picked in a drop-down, an effort type select, date and duration, and the effort's notes. */
export const PAGE: UnseenPage = {
  id: 'eto-record-efforts',
  system: 'Efforts to Outcomes (ETO)',
  modelledOn:
    'Public ETO user manuals ("Recording your time with and on behalf of clients", "Editing your records (efforts)", "Reviewing your client\'s efforts"); the workforce effort types, ids and names are ours.',
  url: 'https://secure.etosoftware.com/Efforts/RecordEfforts.aspx?SubjectID=902256',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ETO - Record Efforts</title>
<link rel="stylesheet" href="/App_Themes/ETO/eto.css">
</head>
<body class="etoBody">
<form method="post" action="./RecordEfforts.aspx?SubjectID=902256" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTc4NjE5NTY1MmRkV2l0aG91dFZpZXdTdGF0ZQ==">
<div id="etoHeader" class="header">
  <a href="/Default.aspx" class="logo"><img src="/images/eto_logo.png" alt="ETO"></a>
  <div class="siteInfo">Site: <b>Northern Plains Workforce Board</b> | Program: <b>Reentry Employment</b></div>
  <div class="userInfo">Welcome, Marcus Oyelaran | <a href="/Logout.aspx">Log Out</a></div>
</div>
<table class="layout"><tr>
<td class="nav">
  <ul class="navBar">
    <li class="navHead">Participants</li>
    <li><a href="/Participants/Search.aspx">View Participants</a></li>
    <li><a href="/Participants/Dashboard.aspx?SubjectID=902256">Participant Dashboard</a></li>
    <li class="navHead">Efforts</li>
    <li class="on"><a href="/Efforts/RecordEfforts.aspx">Record Efforts</a></li>
    <li><a href="/Efforts/ReviewEfforts.aspx">Review Efforts</a></li>
    <li><a href="/Efforts/NonClientTime.aspx">Record Time Not Related to Clients</a></li>
    <li class="navHead">Groups</li>
    <li><a href="/Groups/Attendance.aspx">Record Group Attendance</a></li>
  </ul>
</td>
<td class="main">
  <h1>Record Efforts</h1>
  <table class="effortForm">
    <tr><td class="lbl"><label for="ctl00_cphMain_ddlParticipant">Participant</label></td>
        <td><select name="ctl00$cphMain$ddlParticipant" id="ctl00_cphMain_ddlParticipant">
          <option value="">-- Select Participant --</option>
          <option value="902113">Abernathy, Cole</option>
          <option value="902256" selected>Lindqvist, Erik</option>
          <option value="902301">Mendoza, Ximena</option>
          <option value="902377">Yellowhorse, Tara</option>
        </select></td></tr>
    <tr><td class="lbl"><label for="ctl00_cphMain_ddlEffortType">Effort</label></td>
        <td><select name="ctl00$cphMain$ddlEffortType" id="ctl00_cphMain_ddlEffortType">
          <option value="">-- Select Effort --</option>
          <option value="31">Office Visit</option>
          <option value="32">Phone Contact</option>
          <option value="33">Phone - Left Message</option>
          <option value="34">Home/Community Visit</option>
          <option value="35">Email</option>
          <option value="36">Correspondence (Letter)</option>
          <option value="37">Collateral Contact (PO, employer, provider)</option>
          <option value="38">Case Review (no contact)</option>
        </select></td></tr>
    <tr><td class="lbl"><label for="ctl00_cphMain_txtEffortDate">Date</label></td>
        <td><input name="ctl00$cphMain$txtEffortDate" type="text" value="12/02/2026" id="ctl00_cphMain_txtEffortDate" size="10" class="datePicker"></td></tr>
    <tr><td class="lbl">Duration</td>
        <td><input name="ctl00$cphMain$txtHours" type="text" value="0" id="ctl00_cphMain_txtHours" size="2"> hrs
            <input name="ctl00$cphMain$txtMinutes" type="text" value="30" id="ctl00_cphMain_txtMinutes" size="2"> min</td></tr>
    <tr><td class="lbl"><label for="ctl00_cphMain_txtEffortNotes">Notes</label></td>
        <td><textarea name="ctl00$cphMain$txtEffortNotes" rows="8" cols="80" id="ctl00_cphMain_txtEffortNotes"></textarea></td></tr>
    <tr><td class="lbl"><label for="ctl00_cphMain_chkToDo">Add a To Do</label></td>
        <td><input id="ctl00_cphMain_chkToDo" type="checkbox" name="ctl00$cphMain$chkToDo">
            <label for="ctl00_cphMain_txtToDoDate">Due</label> <input name="ctl00$cphMain$txtToDoDate" type="text" value="" id="ctl00_cphMain_txtToDoDate" size="10" class="datePicker">
            <label for="ctl00_cphMain_txtToDoText">What</label> <input name="ctl00$cphMain$txtToDoText" type="text" value="" id="ctl00_cphMain_txtToDoText" size="40"></td></tr>
  </table>
  <div class="buttons">
    <input type="submit" name="ctl00$cphMain$btnSubmit" value="Submit" id="ctl00_cphMain_btnSubmit" class="btnPrimary">
    <input type="submit" name="ctl00$cphMain$btnSubmitAnother" value="Submit &amp; Record Another" id="ctl00_cphMain_btnSubmitAnother">
  </div>
  <h2>Recent Efforts - Lindqvist, Erik</h2>
  <table class="grid" id="ctl00_cphMain_gvEfforts">
    <tr><th>Date</th><th>Effort</th><th>Duration</th><th>Staff</th><th>Notes</th></tr>
    <tr><td>11/25/2026</td><td>Phone - Left Message</td><td>0:05</td><td>Oyelaran, Marcus</td><td>Called re: forklift class start, no answer, left VM.</td></tr>
    <tr class="alt"><td>11/16/2026</td><td>Collateral Contact (PO, employer, provider)</td><td>0:15</td><td>Oyelaran, Marcus</td><td>PO Jenkins says Erik reporting as required.</td></tr>
    <tr><td>11/02/2026</td><td>Office Visit</td><td>1:00</td><td>Oyelaran, Marcus</td><td>Erik came in; completed IEP and WorkKeys sign-up.</td></tr>
    <tr class="alt"><td>10/19/2026</td><td>Correspondence (Letter)</td><td>0:10</td><td>Oyelaran, Marcus</td><td>Mailed orientation packet.</td></tr>
  </table>
</td></tr></table>
<div id="etoFooter" class="footer">Efforts to Outcomes &copy; Social Solutions Global.</div>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#ctl00_cphMain_txtEffortNotes',
    contactTypeField: '#ctl00_cphMain_ddlEffortType',
    dateField: '#ctl00_cphMain_txtEffortDate',
    submitControl: '#ctl00_cphMain_btnSubmit',
    // Disputable: the participant is the one selected in a drop-down (and named in the list heading), not a page header.
    participant: { id: '902256', name: 'Lindqvist, Erik' },
    // A left message is an attempt by phone; a collateral contact is with someone else: no type.
    contacts: [
      { date: '2026-11-25', type: 'telephone' },
      { date: '2026-11-16', type: null },
      { date: '2026-11-02', type: 'in-person' },
      { date: '2026-10-19', type: 'letter' },
    ],
  },
};
