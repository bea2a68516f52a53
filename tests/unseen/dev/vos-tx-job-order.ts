import type { UnseenPage } from '../types';

/** Leave alone: an employer's job order being written by staff (job description editor, posting and closing dates); no participant, no case note. */
export const PAGE: UnseenPage = {
  id: 'vos-tx-job-order',
  system: 'Virtual OneStop (WorkInTexas)',
  modelledOn:
    'Geographic Solutions Virtual OneStop staff guides (Employer Services: create a job order, job description, open and close dates, "Save and Continue"); the Texas job order and its ids are ours.',
  url: 'https://www.workintexas.com/vosnet/emp/joborder/JobOrderCreate.aspx?enc=Kx9vQ2s1aL0pZ3Rt',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>WorkInTexas - Create Job Order - Job Description</title>
<link rel="stylesheet" href="/vosnet/styles/vos.css">
</head>
<body>
<form method="post" action="./JobOrderCreate.aspx?enc=Kx9vQ2s1aL0pZ3Rt" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE3NjY0MzM1NjkPZBYCZg9kFgICAw9kFgQCAQ8WAh4HVmlzaWJsZWdk">
<div id="header">
  <div class="logo"><img src="/vosnet/images/wit_logo.png" alt="WorkInTexas.com"></div>
  <div class="welcome">Welcome, Staff User: Maria Galvan (Texas Workforce Solutions - Alamo)</div>
  <div class="toplinks"><a href="/vosnet/Default.aspx">Home</a> | <a href="/vosnet/Help.aspx">Help</a> | <a href="/vosnet/Logout.aspx">Sign Out</a></div>
</div>
<div id="menu">
  <ul>
    <li><a href="/vosnet/staff/Individuals.aspx">Manage Individuals</a></li>
    <li class="on"><a href="/vosnet/staff/Employers.aspx">Manage Employers</a></li>
    <li><a href="/vosnet/staff/Providers.aspx">Manage Providers</a></li>
    <li><a href="/vosnet/staff/Reports.aspx">Reports</a></li>
  </ul>
</div>
<div id="employerBar">Employer: <b>Lone Star Logistics LLC</b> &nbsp; Employer ID: 7731904 &nbsp; FEIN: **-***4419</div>
<div id="wizardSteps">
  <span class="done">1. Job Information</span> &rsaquo; <span class="current">2. Job Description</span> &rsaquo; <span>3. Requirements</span> &rsaquo; <span>4. Wages/Benefits</span> &rsaquo; <span>5. Application Methods</span> &rsaquo; <span>6. Review</span>
</div>
<div id="content">
  <h1>Job Description</h1>
  <p class="instr">Describe the duties of the position. Do not include the employer's contact information in the description; it is collected on the Application Methods step.</p>
  <table class="formTable">
    <tr><td class="lbl"><label for="ctl00_Main_txtJobTitle">Job Title *</label></td>
        <td><input name="ctl00$Main$txtJobTitle" type="text" value="Warehouse Associate - 2nd Shift" id="ctl00_Main_txtJobTitle" size="60"></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_ddlOnet">Occupation (O*NET) *</label></td>
        <td><select name="ctl00$Main$ddlOnet" id="ctl00_Main_ddlOnet"><option value="53-7062.00" selected>53-7062.00 Laborers and Freight, Stock, and Material Movers, Hand</option></select></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtDescription">Job Description *</label></td>
        <td><textarea name="ctl00$Main$txtDescription" rows="14" cols="90" id="ctl00_Main_txtDescription">Load and unload trailers, pick and pack orders using RF scanners, and keep the work area safe and clean. Forklift certification provided after 30 days.</textarea>
        <div class="counter">Characters remaining: 7842</div></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtDuties">Other Duties</label></td>
        <td><textarea name="ctl00$Main$txtDuties" rows="4" cols="90" id="ctl00_Main_txtDuties"></textarea></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtOpenDate">Posting Open Date *</label></td>
        <td><input name="ctl00$Main$txtOpenDate" type="text" value="12/02/2026" id="ctl00_Main_txtOpenDate" size="10"></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtCloseDate">Posting Close Date</label></td>
        <td><input name="ctl00$Main$txtCloseDate" type="text" value="01/15/2027" id="ctl00_Main_txtCloseDate" size="10"></td></tr>
    <tr><td class="lbl">Number of Openings *</td>
        <td><input name="ctl00$Main$txtOpenings" type="text" value="6" id="ctl00_Main_txtOpenings" size="4"></td></tr>
    <tr><td class="lbl">Shift</td>
        <td><span id="ctl00_Main_rblShift">
          <input id="ctl00_Main_rblShift_0" type="radio" name="ctl00$Main$rblShift" value="1"><label for="ctl00_Main_rblShift_0">Day</label>
          <input id="ctl00_Main_rblShift_1" type="radio" name="ctl00$Main$rblShift" value="2" checked><label for="ctl00_Main_rblShift_1">Evening</label>
          <input id="ctl00_Main_rblShift_2" type="radio" name="ctl00$Main$rblShift" value="3"><label for="ctl00_Main_rblShift_2">Night</label>
          <input id="ctl00_Main_rblShift_3" type="radio" name="ctl00$Main$rblShift" value="4"><label for="ctl00_Main_rblShift_3">Rotating</label></span></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtStaffNotes">Internal Staff Notes (not shown to job seekers)</label></td>
        <td><textarea name="ctl00$Main$txtStaffNotes" rows="3" cols="90" id="ctl00_Main_txtStaffNotes">Spoke with HR manager Lisa Ochoa on 11/30; wants referrals screened for weekend availability.</textarea></td></tr>
  </table>
  <div class="buttons">
    <input type="submit" name="ctl00$Main$btnBack" value="Back" id="ctl00_Main_btnBack">
    <input type="submit" name="ctl00$Main$btnSaveContinue" value="Save and Continue" id="ctl00_Main_btnSaveContinue" class="primary">
    <input type="submit" name="ctl00$Main$btnSaveExit" value="Save and Exit" id="ctl00_Main_btnSaveExit">
  </div>
</div>
<div id="footer">WorkInTexas.com is operated by the Texas Workforce Commission. Equal Opportunity Employer/Program. Auxiliary aids and services are available upon request to individuals with disabilities. Relay Texas: 711.</div>
</form>
</body>
</html>`,
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
