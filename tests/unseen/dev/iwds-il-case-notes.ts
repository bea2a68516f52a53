import type { UnseenPage } from '../types';

/** Illinois IWDS: an older server-rendered Case Notes screen, label cells without for=, the add form above a table of notes. */
export const PAGE: UnseenPage = {
  id: 'iwds-il-case-notes',
  system: 'IWDS (Illinois Workforce Development System)',
  modelledOn:
    'Public IWDS/Career Connect training decks and procedures (LWIA, client application, IWDS ID, services and case notes); the screen layout, field names and ids are ours.',
  url: 'https://iwds.illinois.gov/IWDS/Client/CaseNotes.aspx?ClientID=1190345&LWIA=07',
  html: `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>IWDS - Case Notes</title>
<link href="../Styles/iwds.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<form name="Form1" method="post" action="CaseNotes.aspx?ClientID=1190345&amp;LWIA=07" id="Form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDt0PDtsPGk8MT47PjtsPHQ8O2w8aTwzPjs+Oz4+Oz4+Oz4=">
<table width="100%" cellpadding="0" cellspacing="0" class="banner">
  <tr><td><img src="../Images/dceo_logo.gif" alt="Illinois DCEO"></td>
      <td class="bannerText">Illinois Workforce Development System</td>
      <td align="right" class="bannerUser">LWIA 07 | User: JHOLLOWAY | <a href="../Logoff.aspx">Log Off</a></td></tr>
</table>
<table width="100%" class="menu"><tr>
  <td><a href="../Main.aspx">Main Menu</a></td><td><a href="../Client/Search.aspx">Client Search</a></td>
  <td><a href="../Client/Application.aspx?ClientID=1190345">Application</a></td><td><a href="../Client/Activities.aspx?ClientID=1190345">Activities</a></td>
  <td><a href="../Client/Exit.aspx?ClientID=1190345">Exit</a></td><td><a href="../Client/FollowUp.aspx?ClientID=1190345">Follow-Up</a></td>
  <td class="menuOn">Case Notes</td><td><a href="../Reports/Main.aspx">Reports</a></td>
</tr></table>
<table class="clientInfo" width="100%">
  <tr><td class="hdr">Client Name:</td><td><span id="lblClientName">MORALES, DANTE R</span></td>
      <td class="hdr">IWDS ID:</td><td><span id="lblClientID">1190345</span></td>
      <td class="hdr">SSN:</td><td><span id="lblSSN">XXX-XX-4471</span></td></tr>
  <tr><td class="hdr">Program:</td><td>WIOA Dislocated Worker</td>
      <td class="hdr">Registration Date:</td><td>04/21/2026</td>
      <td class="hdr">Career Planner:</td><td>HOLLOWAY, JANICE</td></tr>
</table>
<br>
<table class="formBox" width="760" cellpadding="3">
  <tr><td colspan="4" class="boxTitle">Add Case Note</td></tr>
  <tr>
    <td class="label">Case Note Date</td>
    <td><input name="txtNoteDate" type="text" value="12/02/2026" id="txtNoteDate" size="12"></td>
    <td class="label">Category</td>
    <td><select name="ddlCategory" id="ddlCategory">
      <option value="0">-- Select --</option>
      <option value="1">Eligibility/Registration</option>
      <option value="2">Assessment</option>
      <option value="3">Case Management</option>
      <option value="4">Training</option>
      <option value="5">Supportive Services</option>
      <option value="6">Follow-Up</option>
    </select></td>
  </tr>
  <tr>
    <td class="label">Contact Type</td>
    <td colspan="3"><span id="rblContactType">
      <input id="rblContactType_0" type="radio" name="rblContactType" value="IP"><label for="rblContactType_0">In-Person</label>
      <input id="rblContactType_1" type="radio" name="rblContactType" value="PH"><label for="rblContactType_1">Phone</label>
      <input id="rblContactType_2" type="radio" name="rblContactType" value="EM"><label for="rblContactType_2">E-mail</label>
      <input id="rblContactType_3" type="radio" name="rblContactType" value="ML"><label for="rblContactType_3">Mail</label>
      <input id="rblContactType_4" type="radio" name="rblContactType" value="NC"><label for="rblContactType_4">No Contact (file note)</label>
    </span></td>
  </tr>
  <tr>
    <td class="label" valign="top">Case Note</td>
    <td colspan="3"><textarea name="txtCaseNote" rows="8" cols="85" id="txtCaseNote"></textarea><br>
      <span class="hint">Do not enter SSNs, medical diagnoses or other confidential information.</span></td>
  </tr>
  <tr><td colspan="4" align="center">
    <input type="submit" name="btnAddNote" value="Add Note" id="btnAddNote" class="btn">
    <input type="submit" name="btnClear" value="Clear" id="btnClear" class="btn">
  </td></tr>
</table>
<br>
<table class="grid" width="760" cellspacing="0" rules="all" border="1" id="dgCaseNotes">
  <tr class="gridHeader"><td>Date</td><td>Category</td><td>Contact</td><td>Case Note</td><td>Entered By</td></tr>
  <tr><td>11/19/2026</td><td>Training</td><td>Phone</td><td>Spoke with Dante; welding program midterm passed, attendance 100%. Next check-in mid December.</td><td>JHOLLOWAY</td></tr>
  <tr class="alt"><td>10/28/2026</td><td>Supportive Services</td><td>In-Person</td><td>Dante came in for gas card; reviewed training schedule and transportation plan.</td><td>JHOLLOWAY</td></tr>
  <tr><td>10/06/2026</td><td>Case Management</td><td>No Contact (file note)</td><td>Received grade report from Joliet JC by fax.</td><td>JHOLLOWAY</td></tr>
  <tr class="alt"><td>09/15/2026</td><td>Training</td><td>E-mail</td><td>E-mailed Dante the ITA approval; he replied confirming start date 09/21.</td><td>JHOLLOWAY</td></tr>
</table>
<br>
<div class="footer">Illinois Department of Commerce and Economic Opportunity | IWDS Help Desk 1-800-555-0199</div>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#txtCaseNote',
    contactTypeField: '#rblContactType',
    dateField: '#txtNoteDate',
    submitControl: '#btnAddNote',
    participant: { id: '1190345', name: 'MORALES, DANTE R' },
    contacts: [
      { date: '2026-11-19', type: 'telephone' },
      { date: '2026-10-28', type: 'in-person' },
      { date: '2026-10-06', type: null },
      { date: '2026-09-15', type: 'email' },
    ],
  },
};
