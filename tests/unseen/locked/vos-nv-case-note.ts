import type { UnseenPage } from '../types';

/**
 * Virtual OneStop (EmployNV, Nevada), staff side: Create Case Note for an individual, ASP.NET
 * WebForms ids, the individual named in a header block with a State ID, a subject, a note-type and
 * a contact-method drop-down, the note's date, "Save" beside "Save and Add Another", and the
 * individual's recent case notes below.
 */
export const PAGE: UnseenPage = {
  id: 'vos-nv-case-note',
  system: 'Virtual OneStop (EmployNV, Nevada)',
  modelledOn:
    "Geographic Solutions' public Virtual OneStop staff guides as published by several states (the individual's Case Notes tab, Create Case Note with subject, note type, contact method, date and body, case-note templates, the Chronological Case History). Nevada's labels, ids, the second save button and the notes are ours.",
  url: 'https://www.employnv.gov/vosnet/staff/casemgmt/CaseNoteCreate.aspx?enc=Vf3kP0aQ8mZs2LxR7tYw',
  html: `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><meta charset="utf-8"><title>EmployNV - Create Case Note</title>
<link href="/vosnet/App_Themes/Default/vos.css?v=26.3.1" rel="stylesheet" type="text/css">
<script src="/vosnet/Scripts/jquery-3.6.0.min.js"></script>
<script src="/vosnet/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZM&amp;t=638312" type="text/javascript"></script>
</head>
<body class="staffBody">
<form method="post" action="./CaseNoteCreate.aspx?enc=Vf3kP0aQ8mZs2LxR7tYw" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJODQ3NjE3MjQ1D2QWAmYPZBYCAgMPZBYCAgUPZBYEZg8PFgIeBFRleHQFCjEwLzA4LzIwMjZkZGQ=">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="7B3D4F21">
</div>
<div id="header"><a href="/vosnet/Default.aspx"><img src="/vosnet/images/nv/employnv_logo.png" alt="EmployNV"></a>
  <div class="staffInfo">Staff: <b>cbautista</b> &middot; Las Vegas East AJCC &middot; <a href="/vosnet/Logout.aspx">Log Out</a></div></div>
<div id="ctl00_Main_content_ucIndividualHeader_pnlHeader" class="indHeader">
  <table class="indHeaderTbl" role="presentation">
    <tr><td class="hLbl">Name:</td><td><span id="ctl00_Main_content_ucIndividualHeader_lblName">Tran, Minh Q.</span></td>
        <td class="hLbl">User Name:</td><td><span id="ctl00_Main_content_ucIndividualHeader_lblUser">mtran88</span></td>
        <td class="hLbl">State ID:</td><td><span id="ctl00_Main_content_ucIndividualHeader_lblStateId">NV20419377</span></td></tr>
    <tr><td class="hLbl">Programs:</td><td colspan="5">WIOA Adult (Participant) &middot; Wagner-Peyser</td></tr>
  </table>
</div>
<div class="tabs"><ul>
  <li><a href="../individual/Summary.aspx?enc=Vf3kP0aQ8mZs2LxR7tYw">Summary</a></li>
  <li><a href="../individual/Activities.aspx?enc=Vf3kP0aQ8mZs2LxR7tYw">Activities</a></li>
  <li><a href="../programs/Programs.aspx?enc=Vf3kP0aQ8mZs2LxR7tYw">Programs</a></li>
  <li class="selected"><a href="CaseNotes.aspx?enc=Vf3kP0aQ8mZs2LxR7tYw">Case Notes</a></li>
  <li><a href="../individual/Documents.aspx?enc=Vf3kP0aQ8mZs2LxR7tYw">Documents</a></li>
</ul></div>
<div id="ctl00_Main_content_pnlCreate" class="contentBox">
  <h2>Create Case Note</h2>
  <table class="formTbl" role="presentation">
    <tr><td class="fLbl"><label for="ctl00_Main_content_txtSubject">Subject</label><span class="req">*</span></td>
        <td><input name="ctl00$Main_content$txtSubject" type="text" maxlength="100" id="ctl00_Main_content_txtSubject" class="txt" style="width:420px;"></td></tr>
    <tr><td class="fLbl"><label for="ctl00_Main_content_ddlNoteType">Note Type</label></td>
        <td><select name="ctl00$Main_content$ddlNoteType" id="ctl00_Main_content_ddlNoteType">
          <option value="">-- Select --</option><option value="1">General</option><option value="2">Case Management</option><option value="3">Program Eligibility</option><option value="4">Training</option><option value="5">Follow Up</option>
        </select></td></tr>
    <tr><td class="fLbl"><label for="ctl00_Main_content_ddlContactMethod">Contact Method</label><span class="req">*</span></td>
        <td><select name="ctl00$Main_content$ddlContactMethod" id="ctl00_Main_content_ddlContactMethod">
          <option value="">-- Select --</option><option value="IP">In Person</option><option value="PH">Phone</option><option value="EM">E-mail</option><option value="ML">Mail</option><option value="VI">Virtual</option><option value="OT">Other</option>
        </select></td></tr>
    <tr><td class="fLbl"><label for="ctl00_Main_content_txtNoteDate">Date</label><span class="req">*</span></td>
        <td><input name="ctl00$Main_content$txtNoteDate" type="text" value="12/02/2026" maxlength="10" id="ctl00_Main_content_txtNoteDate" class="datepicker" style="width:90px;"> <img src="/vosnet/images/calendar.gif" alt="Calendar" class="calIcon"></td></tr>
    <tr><td class="fLbl" valign="top"><label for="ctl00_Main_content_txtNoteBody">Case Note</label><span class="req">*</span></td>
        <td><textarea name="ctl00$Main_content$txtNoteBody" rows="12" cols="20" id="ctl00_Main_content_txtNoteBody" class="noteBody" style="width:620px;"></textarea>
          <div class="hint">Use Case Note Templates: <a href="#" id="ctl00_Main_content_lnkTemplates">Select a Template</a></div></td></tr>
  </table>
  <div class="btnRow">
    <input type="submit" name="ctl00$Main_content$btnSave" value="Save" id="ctl00_Main_content_btnSave" class="btnPrimary">
    <input type="submit" name="ctl00$Main_content$btnSaveAdd" value="Save and Add Another" id="ctl00_Main_content_btnSaveAdd" class="btn">
    <input type="submit" name="ctl00$Main_content$btnCancel" value="Cancel" id="ctl00_Main_content_btnCancel" class="btn">
  </div>
</div>
<div class="contentBox">
  <h3>Recent Case Notes</h3>
  <table class="gridView" cellspacing="0" rules="all" border="1" id="ctl00_Main_content_gvRecent" style="border-collapse:collapse;">
    <tr class="gvHeader"><th scope="col">Date</th><th scope="col">Subject</th><th scope="col">Contact Method</th><th scope="col">Created By</th></tr>
    <tr><td>11/19/2026</td><td>Truck driving ITA - week 3</td><td>Phone</td><td>cbautista</td></tr>
    <tr class="gvAlt"><td>11/05/2026</td><td>Left VM re: attendance</td><td>Phone</td><td>cbautista</td></tr>
    <tr><td>10/22/2026</td><td>IEP signed</td><td>In Person</td><td>cbautista</td></tr>
  </table>
</div>
<div id="footer">Nevada Department of Employment, Training and Rehabilitation &middot; EmployNV Help 775-555-0121</div>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#ctl00_Main_content_txtNoteBody',
    contactTypeField: '#ctl00_Main_content_ddlContactMethod',
    dateField: '#ctl00_Main_content_txtNoteDate',
    // Save; 'Save and Add Another' also saves but starts another note.
    submitControl: '#ctl00_Main_content_btnSave',
    participant: { id: 'NV20419377', name: 'Tran, Minh Q.' },
    // The 11/05 voicemail is listed with contact method Phone: the list's type, not a verdict on the attempt.
    contacts: [
      { date: '2026-11-19', type: 'telephone' },
      { date: '2026-11-05', type: 'telephone' },
      { date: '2026-10-22', type: 'in-person' },
    ],
  },
};
