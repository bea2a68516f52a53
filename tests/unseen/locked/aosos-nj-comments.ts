import type { UnseenPage } from '../types';

/**
 * New Jersey AOSOS: a customer's Comments screen in a frames-era Java layout, the customer shown
 * in a header bar with an OSOS ID and masked SSN, the comment's contact date picked in three
 * drop-downs (month, day, year), a comment-type drop-down beside a contact-method one, and the
 * customer's earlier comments in a table below.
 */
export const PAGE: UnseenPage = {
  id: 'aosos-nj-comments',
  system: "AOSOS (America's One-Stop Operating System, New Jersey)",
  modelledOn:
    "NJ Department of Labor and Workforce Development's public WIOA technical-assistance list (the AOSOS Technical Guide, the AOSOS RESEA/WIOA Dislocated Worker co-enrollment desk aid, procedures for uploading documents to AOSOS). The screen, the three-drop-down date, names, ids and comments are ours.",
  url: 'https://aosos.dol.state.nj.us/osos/customer/comments.do?custId=NJ0031877204&action=add',
  html: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>OSOS - Customer Comments</title>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<link rel="stylesheet" href="/osos/styles/osos.css" type="text/css">
<script type="text/javascript" src="/osos/scripts/osos_util.js"></script>
</head>
<body onload="initPage();">
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="appHdr">
  <tr><td class="appTitle">One-Stop Operating System</td><td class="appOffice">Paterson OSCC &nbsp; User: <b>LFERREIRA</b></td></tr>
</table>
<table width="100%" cellpadding="2" cellspacing="0" border="0" class="custBar">
  <tr>
    <td class="custLbl">Customer:</td><td class="custVal">RAMIREZ, HECTOR L</td>
    <td class="custLbl">OSOS ID:</td><td class="custVal">NJ0031877204</td>
    <td class="custLbl">SSN:</td><td class="custVal">***-**-6620</td>
    <td class="custLbl">Status:</td><td class="custVal">Active - WIOA DW / RESEA</td>
  </tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr valign="top">
  <td width="150" class="leftNav">
    <div class="navHdr">Customer</div>
    <a href="/osos/customer/general.do?custId=NJ0031877204" class="navLnk">General Info</a><br>
    <a href="/osos/customer/services.do?custId=NJ0031877204" class="navLnk">Services</a><br>
    <a href="/osos/customer/enrollments.do?custId=NJ0031877204" class="navLnk">Enrollments</a><br>
    <a href="/osos/customer/assessment.do?custId=NJ0031877204" class="navLnk">Assessment</a><br>
    <span class="navOn">Comments</span><br>
    <a href="/osos/customer/documents.do?custId=NJ0031877204" class="navLnk">Documents</a><br>
  </td>
  <td class="workArea">
    <form name="commentForm" method="post" action="/osos/customer/comments.do">
      <input type="hidden" name="custId" value="NJ0031877204">
      <input type="hidden" name="action" value="save">
      <table cellpadding="3" cellspacing="0" border="0" class="dataEntry">
        <tr><td colspan="4" class="secTitle">Add Comment</td></tr>
        <tr>
          <td class="lbl">Contact Date:</td>
          <td colspan="3"><span id="contactDateFields">
            <select name="contactMonth" id="contactMonth" title="Month">
              <option value="01">Jan</option><option value="02">Feb</option><option value="03">Mar</option><option value="04">Apr</option>
              <option value="05">May</option><option value="06">Jun</option><option value="07">Jul</option><option value="08">Aug</option>
              <option value="09">Sep</option><option value="10">Oct</option><option value="11">Nov</option><option value="12" selected>Dec</option>
            </select>
            <select name="contactDay" id="contactDay" title="Day">
              <option>01</option><option selected>02</option><option>03</option><option>04</option><option>05</option><option>06</option><option>07</option>
              <option>08</option><option>09</option><option>10</option><option>11</option><option>12</option><option>13</option><option>14</option>
              <option>15</option><option>16</option><option>17</option><option>18</option><option>19</option><option>20</option><option>21</option>
              <option>22</option><option>23</option><option>24</option><option>25</option><option>26</option><option>27</option><option>28</option>
              <option>29</option><option>30</option><option>31</option>
            </select>
            <select name="contactYear" id="contactYear" title="Year"><option>2025</option><option selected>2026</option></select>
          </span></td>
        </tr>
        <tr>
          <td class="lbl">Comment Type:</td>
          <td><select name="commentType" id="commentType">
            <option value="">&nbsp;</option><option value="GEN">General</option><option value="CM">Case Management</option><option value="RESEA">RESEA</option><option value="TRN">Training</option><option value="EMP">Employment Verification</option>
          </select></td>
          <td class="lbl">Contact Method:</td>
          <td><select name="contactMethod" id="contactMethod">
            <option value="">&nbsp;</option><option value="OV">Office Visit</option><option value="TEL">Telephone</option><option value="EML">E-Mail</option><option value="LTR">Letter</option><option value="VRT">Virtual</option><option value="NA">N/A</option>
          </select></td>
        </tr>
        <tr>
          <td class="lbl" valign="top">Comment:</td>
          <td colspan="3"><textarea name="commentText" id="commentText" rows="9" cols="82" wrap="virtual"></textarea></td>
        </tr>
        <tr><td></td><td colspan="3">
          <input type="submit" name="btnSave" value=" Save " class="btn" id="btnSave">
          <input type="button" name="btnSpell" value="Spell Check" class="btn" onclick="spellCheck('commentText');">
          <input type="button" name="btnCancel" value="Cancel" class="btn" onclick="history.back();">
        </td></tr>
      </table>
    </form>
    <table cellpadding="3" cellspacing="0" border="1" class="listTbl" width="100%">
      <tr class="listHdr"><td>Date</td><td>Type</td><td>Method</td><td>Comment</td><td>Staff</td></tr>
      <tr><td>11/25/2026</td><td>Training</td><td>Telephone</td><td>CUST CALLED - WILL START CNC MACHINIST @ PASSAIC CC 1/12/27, NEEDS ITA. SCHED APPT 12/2 TO SIGN.</td><td>LFERREIRA</td></tr>
      <tr class="alt"><td>11/13/2026</td><td>RESEA</td><td>Office Visit</td><td>RESEA 2ND SUBSEQUENT COMPLETED. WORK SEARCH REVIEWED (5 CONTACTS), REFERRED TO WIOA DW.</td><td>LFERREIRA</td></tr>
      <tr><td>11/02/2026</td><td>General</td><td>Letter</td><td>RESEA SCHEDULING LETTER MAILED.</td><td>SYSTEM</td></tr>
      <tr class="alt"><td>10/21/2026</td><td>RESEA</td><td>Virtual</td><td>RESEA INITIAL VIA VIDEO. IEP STARTED, LMI FOR MACHINIST PROVIDED.</td><td>LFERREIRA</td></tr>
    </table>
  </td>
</tr>
</table>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#commentText',
    // Contact Method says how the contact was made; Comment Type is a topic.
    contactTypeField: '#contactMethod',
    // The three drop-downs' container: the date is the three together.
    dateField: '#contactDateFields',
    submitControl: '#btnSave',
    participant: { id: 'NJ0031877204', name: 'RAMIREZ, HECTOR L' },
    // 'Letter' is listed as a letter even if one-way (the list's type, not a qualifying verdict); 'Virtual' is none of the four: null.
    contacts: [
      { date: '2026-11-25', type: 'telephone' },
      { date: '2026-11-13', type: 'in-person' },
      { date: '2026-11-02', type: 'letter' },
      { date: '2026-10-21', type: null },
    ],
  },
};
