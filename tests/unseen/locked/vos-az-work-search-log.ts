import type { UnseenPage } from '../types';

/**
 * Leave alone: a job seeker's own work-search log (employers contacted, date of contact, how), which
 * looks like a contact form but records the job seeker's contacts with employers, not a case note.
 */
export const PAGE: UnseenPage = {
  id: 'vos-az-work-search-log',
  system: 'Virtual OneStop (Arizona Job Connection)',
  modelledOn:
    'Geographic Solutions Virtual OneStop job-seeker pages and state work-search requirements as publicly described (employer name, date of contact, contact method, result); the Arizona screen, ids and entries are ours.',
  url: 'https://www.azjobconnection.gov/vosnet/jobseeker/WorkSearch/LogEntry.aspx',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Arizona Job Connection - My Work Search Log</title>
<link rel="stylesheet" href="/vosnet/styles/vos-js.css">
</head>
<body>
<form method="post" action="./LogEntry.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTQ4NzE5NjQ0N2Rk">
<header>
  <img src="/vosnet/images/ajc_logo.png" alt="Arizona Job Connection">
  <div class="hello">Welcome, Isabel Quintero &middot; <a href="/vosnet/jobseeker/Dashboard.aspx">My Dashboard</a> &middot; <a href="/vosnet/Logout.aspx">Sign Out</a></div>
</header>
<nav class="js-menu">
  <a href="/vosnet/jobseeker/Jobs.aspx">Find a Job</a>
  <a href="/vosnet/jobseeker/Resumes.aspx">My Resumes</a>
  <a href="/vosnet/jobseeker/WorkSearch/Log.aspx" class="on">My Work Search Log</a>
  <a href="/vosnet/jobseeker/Messages.aspx">My Messages</a>
  <a href="/vosnet/jobseeker/Appointments.aspx">My Appointments</a>
</nav>
<main>
  <h1>Add a Work Search Contact</h1>
  <p class="intro">Record each employer you contacted this week. You need four work search contacts each week to meet the requirement.</p>
  <div class="week">Week of 11/29/2026 - 12/05/2026: <strong>1 of 4</strong> contacts recorded</div>
  <table class="frm">
    <tr><td class="l"><label for="ctl00_Main_txtEmployer">Employer Name *</label></td><td><input name="ctl00$Main$txtEmployer" type="text" id="ctl00_Main_txtEmployer" size="50"></td></tr>
    <tr><td class="l"><label for="ctl00_Main_txtPosition">Position Applied For *</label></td><td><input name="ctl00$Main$txtPosition" type="text" id="ctl00_Main_txtPosition" size="50"></td></tr>
    <tr><td class="l"><label for="ctl00_Main_txtContactDate">Date of Contact *</label></td><td><input name="ctl00$Main$txtContactDate" type="text" id="ctl00_Main_txtContactDate" size="10" value=""> (mm/dd/yyyy)</td></tr>
    <tr><td class="l">Contact Method *</td><td><span id="ctl00_Main_rblMethod">
      <input id="ctl00_Main_rblMethod_0" type="radio" name="ctl00$Main$rblMethod" value="IP"><label for="ctl00_Main_rblMethod_0">In Person</label>
      <input id="ctl00_Main_rblMethod_1" type="radio" name="ctl00$Main$rblMethod" value="PH"><label for="ctl00_Main_rblMethod_1">Telephone</label>
      <input id="ctl00_Main_rblMethod_2" type="radio" name="ctl00$Main$rblMethod" value="EM"><label for="ctl00_Main_rblMethod_2">Email</label>
      <input id="ctl00_Main_rblMethod_3" type="radio" name="ctl00$Main$rblMethod" value="ML"><label for="ctl00_Main_rblMethod_3">Mail/Fax</label>
      <input id="ctl00_Main_rblMethod_4" type="radio" name="ctl00$Main$rblMethod" value="ON"><label for="ctl00_Main_rblMethod_4">Online Application</label></span></td></tr>
    <tr><td class="l"><label for="ctl00_Main_txtPersonContacted">Person Contacted</label></td><td><input name="ctl00$Main$txtPersonContacted" type="text" id="ctl00_Main_txtPersonContacted" size="40"></td></tr>
    <tr><td class="l"><label for="ctl00_Main_ddlResult">Result *</label></td><td><select name="ctl00$Main$ddlResult" id="ctl00_Main_ddlResult"><option value="">Select</option><option>Application submitted</option><option>Interview scheduled</option><option>Not hiring</option><option>Hired</option></select></td></tr>
    <tr><td class="l"><label for="ctl00_Main_txtComments">Comments</label></td><td><textarea name="ctl00$Main$txtComments" rows="5" cols="60" id="ctl00_Main_txtComments"></textarea></td></tr>
  </table>
  <div class="btns">
    <input type="submit" name="ctl00$Main$btnSaveEntry" value="Save Contact" id="ctl00_Main_btnSaveEntry" class="primary">
    <input type="submit" name="ctl00$Main$btnCancel" value="Cancel" id="ctl00_Main_btnCancel">
  </div>
  <h2>This week's contacts</h2>
  <table class="grid">
    <tr><th>Date</th><th>Employer</th><th>Method</th><th>Result</th></tr>
    <tr><td>11/30/2026</td><td>Banner Health - Mesa</td><td>Online Application</td><td>Application submitted</td></tr>
  </table>
</main>
<footer>Arizona Job Connection is provided by the Arizona Department of Economic Security. Equal Opportunity Employer/Program.</footer>
</form>
</body>
</html>`,
  // The job seeker's contacts with employers are not case notes, so none are expected listed either.
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
