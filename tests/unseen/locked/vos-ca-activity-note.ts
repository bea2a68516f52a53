import type { UnseenPage } from '../types';

/**
 * CalJOBS: staff closing a program activity, with a case-note box at the foot of the activity form.
 * The note has no contact date or type of its own: the dates on the page are the activity's.
 */
export const PAGE: UnseenPage = {
  id: 'vos-ca-activity-note',
  system: 'Virtual OneStop (CalJOBS)',
  modelledOn:
    'CalJOBS / Virtual OneStop staff guides (Program Services: create or edit an activity, actual begin and end dates, completion code, "Case Notes" entered with an activity); the screen, ids and the person are ours.',
  url: 'https://www.caljobs.ca.gov/vosnet/staff/programs/ActivityEdit.aspx?enc=Zp8sW1mQx0LkR4hN',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CalJOBS - Edit Activity</title>
<link rel="stylesheet" href="/vosnet/styles/vos2.css">
</head>
<body>
<form method="post" action="./ActivityEdit.aspx?enc=Zp8sW1mQx0LkR4hN" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzIzNDU2Nzg5D2QWAmYPZBYCAgMPZBYEAgEPDxYCHgRUZXh0BQVBY3RpdmVkZA==">
<header id="hdr">
  <img src="/vosnet/images/caljobs_logo.png" alt="CalJOBS">
  <div class="hdr-user">Staff: Vanessa Ochoa &middot; America's Job Center of California - Fresno &middot; <a href="/vosnet/Logout.aspx">Sign Out</a></div>
</header>
<nav id="staffMenu">
  <a href="/vosnet/staff/Individuals.aspx" class="on">Manage Individuals</a>
  <a href="/vosnet/staff/Employers.aspx">Manage Employers</a>
  <a href="/vosnet/staff/Providers.aspx">Manage Providers</a>
  <a href="/vosnet/staff/Reports.aspx">Reports</a>
</nav>
<div id="indHeader">
  <span class="ind-name">Individual: Phan, Linh T.</span>
  <span class="ind-id">State ID: CA-26-0918844</span>
  <span class="ind-app">Application: WIOA Title I - Dislocated Worker (#771204)</span>
</div>
<div id="tabs"><a href="#">General Profile</a><a href="#">Program Applications</a><a href="#" class="on">Activities/Enrollments</a><a href="#">Case Notes</a><a href="#">Documents</a></div>
<div id="main">
  <h1>Edit Activity</h1>
  <fieldset>
    <legend>Activity Information</legend>
    <table class="frm">
      <tr><td class="l">Activity Code</td><td><span id="ctl00_Main_lblActCode">300 - Occupational Skills Training (ITA)</span></td></tr>
      <tr><td class="l">Provider</td><td><span id="ctl00_Main_lblProvider">Fresno City College - Welding Technology Certificate</span></td></tr>
      <tr><td class="l"><label for="ctl00_Main_txtActualBegin">Actual Begin Date</label></td>
          <td><input name="ctl00$Main$txtActualBegin" type="text" value="08/17/2026" id="ctl00_Main_txtActualBegin" size="10"></td></tr>
      <tr><td class="l"><label for="ctl00_Main_txtProjectedEnd">Projected End Date</label></td>
          <td><input name="ctl00$Main$txtProjectedEnd" type="text" value="12/18/2026" id="ctl00_Main_txtProjectedEnd" size="10"></td></tr>
      <tr><td class="l"><label for="ctl00_Main_txtActualEnd">Actual End Date</label></td>
          <td><input name="ctl00$Main$txtActualEnd" type="text" value="" id="ctl00_Main_txtActualEnd" size="10"></td></tr>
      <tr><td class="l"><label for="ctl00_Main_ddlCompletion">Completion Code</label></td>
          <td><select name="ctl00$Main$ddlCompletion" id="ctl00_Main_ddlCompletion">
            <option value="">(open)</option><option value="S">Successful Completion</option><option value="U">Unsuccessful Completion</option><option value="N">No Show</option></select></td></tr>
      <tr><td class="l"><label for="ctl00_Main_txtLastAttendance">Last Date of Attendance</label></td>
          <td><input name="ctl00$Main$txtLastAttendance" type="text" value="11/25/2026" id="ctl00_Main_txtLastAttendance" size="10"></td></tr>
      <tr><td class="l"><label for="ctl00_Main_txtCost">Actual Cost</label></td>
          <td><input name="ctl00$Main$txtCost" type="text" value="4,250.00" id="ctl00_Main_txtCost" size="10"></td></tr>
    </table>
  </fieldset>
  <fieldset>
    <legend>Credential</legend>
    <table class="frm">
      <tr><td class="l"><label for="ctl00_Main_ddlCredential">Credential Type</label></td>
          <td><select name="ctl00$Main$ddlCredential" id="ctl00_Main_ddlCredential"><option value="">(none yet)</option><option>Occupational Certificate</option><option>Industry-Recognized Certification</option></select></td></tr>
      <tr><td class="l"><label for="ctl00_Main_txtCredentialDate">Date Attained</label></td>
          <td><input name="ctl00$Main$txtCredentialDate" type="text" value="" id="ctl00_Main_txtCredentialDate" size="10"></td></tr>
    </table>
  </fieldset>
  <fieldset>
    <legend>Case Notes</legend>
    <p class="hint">A case note entered here is saved to the individual's Case Notes with this activity attached.</p>
    <table class="frm">
      <tr><td class="l"><label for="ctl00_Main_txtCaseNoteSubject">Case Note Subject</label></td>
          <td><input name="ctl00$Main$txtCaseNoteSubject" type="text" value="" id="ctl00_Main_txtCaseNoteSubject" size="70"></td></tr>
      <tr><td class="l"><label for="ctl00_Main_txtCaseNote">Case Note</label></td>
          <td><textarea name="ctl00$Main$txtCaseNote" rows="8" cols="80" id="ctl00_Main_txtCaseNote"></textarea></td></tr>
    </table>
  </fieldset>
  <div class="btns">
    <input type="submit" name="ctl00$Main$btnSave" value="Save" id="ctl00_Main_btnSave" class="primary">
    <input type="submit" name="ctl00$Main$btnCancel" value="Cancel" id="ctl00_Main_btnCancel">
  </div>
</div>
<footer id="ftr">CalJOBS is a service of the California Employment Development Department. EDD is an equal opportunity employer/program. Auxiliary aids and services are available upon request to individuals with disabilities.</footer>
</form>
</body>
</html>`,
  expect: {
    // The case-note box is where a note about this participant is typed, so the coach belongs on it.
    attach: true,
    noteField: '#ctl00_Main_txtCaseNote',
    contactTypeField: null,
    // None of the activity's dates (begin, end, last attendance, credential) is the date of a contact.
    dateField: null,
    // The one Save saves the activity and the note with it.
    submitControl: '#ctl00_Main_btnSave',
    participant: { id: 'CA-26-0918844', name: 'Phan, Linh T.' },
    contacts: [],
  },
};
