import type { UnseenPage } from '../types';

/** New York's One-Stop Operating System: a customer's Comments tab, JSF ids with colons, the add form under the history grid. */
export const PAGE: UnseenPage = {
  id: 'osos-ny-comments',
  system: 'OSOS (New York One-Stop Operating System)',
  modelledOn:
    'NYSDOL OSOS technical advisories and training material as publicly described (customer Comments tab: date, type, subject, comment; Services, Enrollments, Employment Plan tabs); the markup, ids and names are ours.',
  url: 'https://osos.labor.ny.gov/osos/customer/detail.faces?custId=NY04417390&tab=comments',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OSOS - Customer Detail - Comments</title>
<link rel="stylesheet" href="/osos/resources/css/osos.css">
<script src="/osos/javax.faces.resource/jsf.js.faces?ln=javax.faces"></script>
</head>
<body>
<div id="banner"><img src="/osos/resources/img/nysdol.png" alt="New York State Department of Labor"> <span class="appname">One-Stop Operating System</span>
  <span class="office">Office: Buffalo Career Center | Staff: PATEL, ANJALI | <a href="/osos/logout.faces">Logout</a></span></div>
<div id="menubar">
  <a href="/osos/home.faces">Home</a> | <a href="/osos/customer/search.faces">Customers</a> | <a href="/osos/employer/search.faces">Employers</a> |
  <a href="/osos/joborder/search.faces">Job Orders</a> | <a href="/osos/reports.faces">Reports</a> | <a href="/osos/calendar.faces">Calendar</a>
</div>
<div id="customerBar">
  <table>
    <tr><td class="lbl">Customer:</td><td id="custName">SANTIAGO, LUZ M</td><td class="lbl">OSOS ID:</td><td id="custId">NY04417390</td>
        <td class="lbl">SSN:</td><td>***-**-2208</td><td class="lbl">Status:</td><td>ACTIVE</td></tr>
  </table>
</div>
<div id="tabs">
  <a href="?tab=general">General Info</a><a href="?tab=services">Services</a><a href="?tab=enrollments">Enrollments</a>
  <a href="?tab=plan">Employment Plan</a><a href="?tab=education">Education</a><a class="current" href="?tab=comments">Comments</a>
</div>
<form id="commentForm" name="commentForm" method="post" action="/osos/customer/detail.faces" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="commentForm" value="commentForm">
<div class="section">
  <div class="sectionTitle">Comment History</div>
  <table id="commentForm:historyTable" class="dataTable">
    <thead><tr><th>Date</th><th>Type</th><th>Subject</th><th>Staff</th><th>Office</th></tr></thead>
    <tbody>
      <tr class="odd"><td>11/24/2026</td><td>Phone Call</td><td>Training attendance - Erie CC</td><td>PATEL, ANJALI</td><td>Buffalo</td></tr>
      <tr class="even"><td>11/13/2026</td><td>Letter</td><td>Call-in letter mailed</td><td>PATEL, ANJALI</td><td>Buffalo</td></tr>
      <tr class="odd"><td>10/15/2026</td><td>Office Visit</td><td>ITA approved - pharmacy tech</td><td>PATEL, ANJALI</td><td>Buffalo</td></tr>
      <tr class="even"><td>10/01/2026</td><td>General Comment</td><td>Transferred case from Niagara Falls</td><td>WOJCIK, PAUL</td><td>Niagara Falls</td></tr>
      <tr class="odd"><td>09/18/2026</td><td>Email</td><td>Resume draft returned</td><td>WOJCIK, PAUL</td><td>Niagara Falls</td></tr>
    </tbody>
  </table>
</div>
<div class="section">
  <div class="sectionTitle">Add Comment</div>
  <table class="formTable">
    <tr><td class="lbl"><label for="commentForm:commentDate">Date *</label></td>
        <td><input id="commentForm:commentDate" type="text" name="commentForm:commentDate" value="12/02/2026" size="10" maxlength="10"> (MM/DD/YYYY)</td></tr>
    <tr><td class="lbl"><label for="commentForm:commentType">Comment Type *</label></td>
        <td><select id="commentForm:commentType" name="commentForm:commentType" size="1">
          <option value="">Select...</option>
          <option value="GC">General Comment</option>
          <option value="OV">Office Visit</option>
          <option value="PC">Phone Call</option>
          <option value="EM">Email</option>
          <option value="LT">Letter</option>
          <option value="FU">Follow-Up</option>
        </select></td></tr>
    <tr><td class="lbl"><label for="commentForm:subject">Subject *</label></td>
        <td><input id="commentForm:subject" type="text" name="commentForm:subject" value="" size="60" maxlength="80"></td></tr>
    <tr><td class="lbl"><label for="commentForm:commentText">Comment *</label></td>
        <td><textarea id="commentForm:commentText" name="commentForm:commentText" rows="8" cols="90"></textarea></td></tr>
    <tr><td class="lbl"><label for="commentForm:sensitive">Sensitive</label></td>
        <td><input id="commentForm:sensitive" type="checkbox" name="commentForm:sensitive"> Restrict to staff with confidential access</td></tr>
  </table>
  <div class="buttons">
    <input id="commentForm:saveComment" type="submit" name="commentForm:saveComment" value="Save Comment" class="button">
    <input id="commentForm:clearComment" type="submit" name="commentForm:clearComment" value="Clear" class="button">
  </div>
</div>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="-2381719053419862170:6511254409731651122" autocomplete="off">
</form>
<form id="calendarForm" name="calendarForm" method="post" action="/osos/calendar.faces">
<div class="section side">
  <div class="sectionTitle">Schedule Appointment</div>
  <label for="calendarForm:apptDate">Appointment Date</label> <input id="calendarForm:apptDate" type="text" name="calendarForm:apptDate" value="" size="10">
  <label for="calendarForm:apptNote">Reminder text</label> <textarea id="calendarForm:apptNote" name="calendarForm:apptNote" rows="2" cols="40"></textarea>
  <input id="calendarForm:schedule" type="submit" name="calendarForm:schedule" value="Schedule" class="button">
</div>
</form>
<div id="footer">NYS Department of Labor - OSOS v7.3 | For authorized use only. Access is monitored.</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '[id="commentForm:commentText"]',
    contactTypeField: '[id="commentForm:commentType"]',
    dateField: '[id="commentForm:commentDate"]',
    submitControl: '[id="commentForm:saveComment"]',
    participant: { id: 'NY04417390', name: 'SANTIAGO, LUZ M' },
    contacts: [
      { date: '2026-11-24', type: 'telephone' },
      { date: '2026-11-13', type: 'letter' },
      { date: '2026-10-15', type: 'in-person' },
      { date: '2026-10-01', type: null },
      { date: '2026-09-18', type: 'email' },
    ],
  },
};
