import type { UnseenPage } from '../types';

/**
 * Connecting Colorado: the staff applicant search, a page to leave alone. It has a roomy
 * multi-line keywords box, date-range boxes, a Search button, and a results table of many job
 * seekers with their last service date and code (not anyone's case notes).
 */
export const PAGE: UnseenPage = {
  id: 'ccol-co-applicant-search',
  system: 'Connecting Colorado (Colorado Department of Labor and Employment)',
  modelledOn:
    "CDLE's public 'Recording Services in Connecting Colorado' attachment (service codes such as R0, OR, R1 recorded against applicants by workforce center staff) and Colorado WIOA annual reports naming Connecting Colorado as the labor-exchange system. The search screen, fields, ids and rows are ours.",
  url: 'https://www.connectingcolorado.com/staff/applicant/search.cfm?mode=advanced',
  html: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Connecting Colorado - Applicant Search</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link rel="stylesheet" type="text/css" href="/staff/css/cc_staff.css">
<script language="JavaScript" src="/staff/js/cc_common.js"></script>
</head>
<body marginheight="0" marginwidth="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="ccHeader">
  <tr>
    <td width="220"><img src="/staff/images/cc_logo.gif" width="210" height="48" alt="Connecting Colorado"></td>
    <td class="ccHeaderText">Staff Services &nbsp;|&nbsp; Arapahoe/Douglas Works! &nbsp;|&nbsp; User: TGARCIA2</td>
    <td align="right"><a href="/staff/logout.cfm" class="ccHeaderLink">Logout</a></td>
  </tr>
</table>
<table width="100%" class="ccMenu"><tr>
  <td><a href="/staff/home.cfm">Home</a></td>
  <td class="ccMenuOn">Applicants</td>
  <td><a href="/staff/employer/search.cfm">Employers</a></td>
  <td><a href="/staff/joborder/search.cfm">Job Orders</a></td>
  <td><a href="/staff/reports/index.cfm">Reports</a></td>
</tr></table>
<form name="frmSearch" id="frmSearch" action="/staff/applicant/search.cfm" method="post">
<input type="hidden" name="mode" value="advanced">
<input type="hidden" name="CFID" value="18822071"><input type="hidden" name="CFTOKEN" value="60a1c3b2d9e54f71-8C1E">
<table class="ccForm" cellpadding="3" cellspacing="0" width="780">
  <tr><td colspan="4" class="ccFormTitle">Advanced Applicant Search</td></tr>
  <tr>
    <td class="ccLabel">Last Name</td><td><input type="text" name="lname" id="lname" size="20"></td>
    <td class="ccLabel">First Name</td><td><input type="text" name="fname" id="fname" size="20"></td>
  </tr>
  <tr>
    <td class="ccLabel">Applicant ID</td><td><input type="text" name="applid" id="applid" size="12"></td>
    <td class="ccLabel">SSN (last 4)</td><td><input type="text" name="ssn4" id="ssn4" size="4" maxlength="4"></td>
  </tr>
  <tr>
    <td class="ccLabel" valign="top">Skills / Keywords<br><span class="ccHint">one per line; matches resume and work history</span></td>
    <td colspan="3"><textarea name="keywords" id="keywords" rows="5" cols="60"></textarea></td>
  </tr>
  <tr>
    <td class="ccLabel">Last Service Code</td>
    <td><select name="svccode" id="svccode">
      <option value="">(any)</option><option value="R0">R0 - Refer to Links to Reemployment</option><option value="OR">OR - Attended Orientation</option>
      <option value="R1">R1 - Individualized Reemployment Plan</option><option value="CM">CM - Case Management</option>
    </select></td>
    <td class="ccLabel">Office</td>
    <td><select name="office" id="office"><option value="">(any)</option><option value="ADW-C">ADW Centennial</option><option value="ADW-A">ADW Aurora</option><option value="DEN-E">Denver East</option></select></td>
  </tr>
  <tr>
    <td class="ccLabel">Last Service From</td><td><input type="text" name="svcfrom" id="svcfrom" size="10" value="09/01/2026"> <span class="ccHint">mm/dd/yyyy</span></td>
    <td class="ccLabel">To</td><td><input type="text" name="svcto" id="svcto" size="10" value="12/02/2026"></td>
  </tr>
  <tr><td colspan="4" align="center">
    <input type="submit" name="btnSearch" id="btnSearch" value="Search" class="ccButton">
    <input type="reset" name="btnReset" value="Reset" class="ccButton">
  </td></tr>
</table>
</form>
<br>
<table class="ccGrid" width="780" cellspacing="0" border="1" id="tblResults">
  <tr class="ccGridHead"><th>Name</th><th>Applicant ID</th><th>Office</th><th>Last Service Date</th><th>Last Service</th><th>Staff</th></tr>
  <tr><td><a href="/staff/applicant/view.cfm?applid=3307718">ARCHULETA, RENE</a></td><td>3307718</td><td>ADW Centennial</td><td>11/30/2026</td><td>R1</td><td>TGARCIA2</td></tr>
  <tr class="ccGridAlt"><td><a href="/staff/applicant/view.cfm?applid=3291402">BIGELOW, SHAWNA M</a></td><td>3291402</td><td>ADW Aurora</td><td>11/22/2026</td><td>CM</td><td>LPHAM</td></tr>
  <tr><td><a href="/staff/applicant/view.cfm?applid=3315590">NGUYEN, BAO</a></td><td>3315590</td><td>ADW Centennial</td><td>11/09/2026</td><td>OR</td><td>TGARCIA2</td></tr>
  <tr class="ccGridAlt"><td><a href="/staff/applicant/view.cfm?applid=3280067">TAFOYA, ISAIAH</a></td><td>3280067</td><td>ADW Centennial</td><td>10/27/2026</td><td>R0</td><td>SYSTEM</td></tr>
</table>
<div class="ccFooter">Colorado Department of Labor and Employment &middot; Connecting Colorado Help Desk 303-555-0168</div>
</body>
</html>`,
  // A search form with results for many people: no note box, no one participant, no case notes.
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
