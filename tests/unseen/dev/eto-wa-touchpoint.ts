import type { UnseenPage } from '../types';

/** ETO's "Take New TouchPoint" with a case-note TouchPoint: ASP.NET WebForms ids, a radio group for the method, a next-contact date beside the contact date. */
export const PAGE: UnseenPage = {
  id: 'eto-wa-touchpoint',
  system: 'Efforts to Outcomes (WorkSourceWA Customer Management)',
  modelledOn:
    'State of Washington Customer Management Staff Level User Guide, Part 2 (ETO; "Record TouchPoint (Take New TouchPoint)"); ETO user manuals (participant dashboard, Recent TouchPoints). Field names and ids are ours.',
  url: 'https://wa.etosoftware.com/Form.aspx?TouchPointID=412&SubjectID=883140&EnterpriseID=WA',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ETO - Take New TouchPoint - WIOA Case Note</title>
<link rel="stylesheet" href="/App_Themes/ETO/eto.css">
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA&amp;t=638390"></script>
</head>
<body class="etoBody">
<form method="post" action="./Form.aspx?TouchPointID=412&amp;SubjectID=883140&amp;EnterpriseID=WA" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkp9bZkE3wq0oVwM2nQ0e9cS1lS5w=">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAbq3K6Hq8lFz2Vt7mI8B0E1">
</div>
<div id="etoHeader" class="header">
  <a href="/Default.aspx" class="logo"><img src="/images/eto_logo.png" alt="ETO"></a>
  <div class="siteInfo">Site: <b>WorkSource Spokane</b> | Program: <b>WIOA Adult</b>
    <a href="/ChangeSiteProgram.aspx">Change</a></div>
  <div class="userInfo">Welcome, Dana Whitfield | <a href="/MyAccount.aspx">My Account</a> | <a href="/Logout.aspx">Log Out</a></div>
  <div class="quickSearch">
    <label for="ctl00_ctl00_txtQuickSearch">Quick Search</label>
    <input name="ctl00$ctl00$txtQuickSearch" type="text" id="ctl00_ctl00_txtQuickSearch" placeholder="Participant name or ID">
    <input type="submit" name="ctl00$ctl00$btnQuickSearch" value="Go" id="ctl00_ctl00_btnQuickSearch">
  </div>
</div>
<table class="layout"><tr>
<td id="navCol" class="nav">
  <ul class="navBar">
    <li class="navHead">Home</li>
    <li><a href="/Dashboard.aspx">Dashboard</a></li>
    <li class="navHead">Participants</li>
    <li><a href="/Participants/Search.aspx">View Participants</a></li>
    <li><a href="/Participants/Add.aspx">Add New Participant</a></li>
    <li><a href="/Participants/Enroll.aspx">Enroll Participants in Program</a></li>
    <li class="navHead">TouchPoints</li>
    <li class="on"><a href="/TouchPoints/Take.aspx">Take New TouchPoint</a></li>
    <li><a href="/TouchPoints/Review.aspx">Review/Edit TouchPoint</a></li>
    <li class="navHead">Efforts</li>
    <li><a href="/Efforts/Record.aspx">Record Efforts</a></li>
    <li><a href="/Efforts/ToDo.aspx">To Do List</a></li>
    <li class="navHead">Reports</li>
    <li><a href="/Reports/Standard.aspx">Standard Reports</a></li>
  </ul>
</td>
<td id="mainCol" class="main">
  <div id="ctl00_ctl00_cphMain_pnlSubjectHeader" class="subjectHeader">
    <table class="subjectInfo">
      <tr><th>Participant:</th><td><span id="ctl00_ctl00_cphMain_lblSubjectName">Okonkwo, Chidi A.</span></td>
          <th>Case Number:</th><td><span id="ctl00_ctl00_cphMain_lblCaseNumber">WA-883140</span></td></tr>
      <tr><th>Program Start:</th><td>06/02/2026</td><th>Assigned Staff:</th><td>Whitfield, Dana</td></tr>
    </table>
  </div>
  <h1 class="tpTitle">WIOA Case Note</h1>
  <div class="tpInstructions">Complete one case note per participant contact. Fields marked * are required.
    Record the date the contact happened, not today's date if they differ.</div>
  <div id="ctl00_ctl00_cphMain_divValidation" class="validationSummary" style="display:none"></div>
  <table class="tpQuestions" cellspacing="0">
    <tr class="tpRow">
      <td class="tpLabel"><span class="req">*</span>Responsible Staff</td>
      <td class="tpInput"><select name="ctl00$ctl00$cphMain$Q_4101" id="ctl00_ctl00_cphMain_Q_4101">
        <option value="1877" selected>Whitfield, Dana</option>
        <option value="1903">Nguyen, Thao</option>
        <option value="1950">Baptiste, Ronald</option>
      </select></td>
    </tr>
    <tr class="tpRow">
      <td class="tpLabel"><span class="req">*</span>Date of Contact</td>
      <td class="tpInput"><input name="ctl00$ctl00$cphMain$Q_4102" type="text" maxlength="10" id="ctl00_ctl00_cphMain_Q_4102" class="datePicker" value="11/30/2026">
        <img src="/images/calendar.gif" alt="Pick a date" class="calIcon"></td>
    </tr>
    <tr class="tpRow">
      <td class="tpLabel"><span class="req">*</span>Contact Method</td>
      <td class="tpInput">
        <table id="ctl00_ctl00_cphMain_Q_4103" class="radioList" border="0">
          <tr><td><input id="ctl00_ctl00_cphMain_Q_4103_0" type="radio" name="ctl00$ctl00$cphMain$Q_4103" value="In Person"><label for="ctl00_ctl00_cphMain_Q_4103_0">In Person</label></td></tr>
          <tr><td><input id="ctl00_ctl00_cphMain_Q_4103_1" type="radio" name="ctl00$ctl00$cphMain$Q_4103" value="Phone" checked><label for="ctl00_ctl00_cphMain_Q_4103_1">Phone</label></td></tr>
          <tr><td><input id="ctl00_ctl00_cphMain_Q_4103_2" type="radio" name="ctl00$ctl00$cphMain$Q_4103" value="Email"><label for="ctl00_ctl00_cphMain_Q_4103_2">Email</label></td></tr>
          <tr><td><input id="ctl00_ctl00_cphMain_Q_4103_3" type="radio" name="ctl00$ctl00$cphMain$Q_4103" value="Mail"><label for="ctl00_ctl00_cphMain_Q_4103_3">US Mail</label></td></tr>
          <tr><td><input id="ctl00_ctl00_cphMain_Q_4103_4" type="radio" name="ctl00$ctl00$cphMain$Q_4103" value="Text"><label for="ctl00_ctl00_cphMain_Q_4103_4">Text Message</label></td></tr>
          <tr><td><input id="ctl00_ctl00_cphMain_Q_4103_5" type="radio" name="ctl00$ctl00$cphMain$Q_4103" value="Virtual"><label for="ctl00_ctl00_cphMain_Q_4103_5">Virtual Meeting</label></td></tr>
        </table>
      </td>
    </tr>
    <tr class="tpRow">
      <td class="tpLabel">Contact Was With</td>
      <td class="tpInput"><select name="ctl00$ctl00$cphMain$Q_4104" id="ctl00_ctl00_cphMain_Q_4104">
        <option value="">-- Select --</option>
        <option value="P" selected>Participant</option>
        <option value="E">Employer</option>
        <option value="T">Training Provider</option>
        <option value="O">Other</option>
      </select></td>
    </tr>
    <tr class="tpRow">
      <td class="tpLabel"><span class="req">*</span>Case Note</td>
      <td class="tpInput"><textarea name="ctl00$ctl00$cphMain$Q_4105" rows="10" cols="80" id="ctl00_ctl00_cphMain_Q_4105" class="tpTextArea"></textarea>
        <div class="charCount">4000 characters maximum</div></td>
    </tr>
    <tr class="tpRow">
      <td class="tpLabel">Next Contact Date</td>
      <td class="tpInput"><input name="ctl00$ctl00$cphMain$Q_4106" type="text" maxlength="10" id="ctl00_ctl00_cphMain_Q_4106" class="datePicker" value="">
        <img src="/images/calendar.gif" alt="Pick a date" class="calIcon"></td>
    </tr>
    <tr class="tpRow">
      <td class="tpLabel">Internal Comments (not part of the case file)</td>
      <td class="tpInput"><textarea name="ctl00$ctl00$cphMain$Q_4107" rows="3" cols="80" id="ctl00_ctl00_cphMain_Q_4107"></textarea></td>
    </tr>
  </table>
  <div class="tpButtons">
    <input type="submit" name="ctl00$ctl00$cphMain$btnSave" value="Save" id="ctl00_ctl00_cphMain_btnSave" class="btnPrimary">
    <input type="submit" name="ctl00$ctl00$cphMain$btnSaveNew" value="Save &amp; Take Another" id="ctl00_ctl00_cphMain_btnSaveNew">
    <input type="submit" name="ctl00$ctl00$cphMain$btnCancel" value="Cancel" id="ctl00_ctl00_cphMain_btnCancel">
  </div>
  <div class="recentTP">
    <h2>Recent TouchPoints for this Participant</h2>
    <table class="grid" id="ctl00_ctl00_cphMain_gvRecent">
      <tr><th>TouchPoint</th><th>Date</th><th>Method</th><th>Staff</th><th>Summary</th></tr>
      <tr><td>WIOA Case Note</td><td>11/04/2026</td><td>In Person</td><td>Whitfield, Dana</td><td>Met at Spokane office to review IEP; CDL class starts 11/16.</td></tr>
      <tr class="alt"><td>WIOA Case Note</td><td>10/07/2026</td><td>Phone</td><td>Whitfield, Dana</td><td>Called Chidi re: ITA paperwork; he confirmed enrollment forms were signed.</td></tr>
      <tr><td>Supportive Services Request</td><td>09/22/2026</td><td></td><td>Nguyen, Thao</td><td>Bus pass, 1 month.</td></tr>
      <tr class="alt"><td>WIOA Case Note</td><td>09/09/2026</td><td>Email</td><td>Whitfield, Dana</td><td>Sent the training provider list; Chidi replied the same day choosing CDL-A.</td></tr>
    </table>
  </div>
</td></tr></table>
<div id="etoFooter" class="footer">Efforts to Outcomes &copy; Social Solutions Global. All rights reserved. | <a href="/Help.aspx">Help</a> | <a href="/Privacy.aspx">Privacy</a></div>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#ctl00_ctl00_cphMain_Q_4105',
    contactTypeField: '#ctl00_ctl00_cphMain_Q_4103',
    dateField: '#ctl00_ctl00_cphMain_Q_4102',
    submitControl: '#ctl00_ctl00_cphMain_btnSave',
    participant: { id: 'WA-883140', name: 'Okonkwo, Chidi A.' },
    // The supportive-services TouchPoint is listed too: not a case note, so left out.
    contacts: [
      { date: '2026-11-04', type: 'in-person' },
      { date: '2026-10-07', type: 'telephone' },
      { date: '2026-09-09', type: 'email' },
    ],
  },
};
