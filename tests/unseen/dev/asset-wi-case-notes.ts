import type { UnseenPage } from '../types';

/** Wisconsin ASSET: a Struts-era Case Notes tab under a participant banner, a contact-method radio group, Save Draft beside Save, and the notes listed below. */
export const PAGE: UnseenPage = {
  id: 'asset-wi-case-notes',
  system: 'ASSET (Wisconsin Automated System Support for Employment and Training)',
  modelledOn:
    "Wisconsin DWD's public WIOA Policy and Procedure Manual (12.8 ASSET Service Management: ASSET as the system of record, planned vs actual service dates; 12.2.5 case notes timely within 10 days; confidential marking of medical details). The screen, tab names, field names and ids are ours.",
  url: 'https://asset.dwd.wisconsin.gov/asset/participant/caseNotes.do?method=view&pin=40071833&tab=notes',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ASSET - Participant Case Notes</title>
<link rel="stylesheet" href="/asset/css/dwd-asset.css">
<script src="/asset/js/jquery-1.12.4.min.js"></script>
<script src="/asset/js/asset-common.js"></script>
</head>
<body class="assetBody">
<div id="hdr">
  <div class="dwdLogo"><img src="/asset/images/dwd_logo.png" alt="Wisconsin Department of Workforce Development"></div>
  <div class="appName">ASSET</div>
  <div class="userBox">WDA 2 &middot; Milwaukee &middot; kvang01 &middot; <a href="/asset/logout.do">Sign out</a></div>
</div>
<ul id="topNav">
  <li><a href="/asset/home.do">Home</a></li>
  <li><a href="/asset/participant/search.do">Participant Search</a></li>
  <li><a href="/asset/caseload.do">My Caseload</a></li>
  <li><a href="/asset/reports.do">Reports</a></li>
</ul>
<div class="partBanner">
  <table class="bannerTbl" role="presentation">
    <tr>
      <td class="bLbl">Participant</td><td class="bVal"><strong>Xiong, Pa Nhia</strong></td>
      <td class="bLbl">PIN</td><td class="bVal">40071833</td>
      <td class="bLbl">Program</td><td class="bVal">WIOA Adult &ndash; Enrolled 07/14/2026</td>
      <td class="bLbl">Career Planner</td><td class="bVal">Vang, Kou</td>
    </tr>
  </table>
</div>
<div class="tabStrip">
  <a class="tab" href="/asset/participant/application.do?pin=40071833">Application</a>
  <a class="tab" href="/asset/participant/eligibility.do?pin=40071833">Eligibility</a>
  <a class="tab" href="/asset/participant/services.do?pin=40071833">Services</a>
  <a class="tab" href="/asset/participant/iep.do?pin=40071833">IEP</a>
  <a class="tab tabOn" href="#">Case Notes</a>
  <a class="tab" href="/asset/participant/documents.do?pin=40071833">Documents</a>
  <a class="tab" href="/asset/participant/exit.do?pin=40071833">Exit / Follow-up</a>
</div>
<div class="tabBody">
<form name="caseNoteForm" id="caseNoteForm" method="post" action="/asset/participant/caseNotes.do">
  <input type="hidden" name="method" value="save">
  <input type="hidden" name="pin" value="40071833">
  <input type="hidden" name="org.apache.struts.taglib.html.TOKEN" value="8c1f0e2b94d7a6e35f0c2d11a9b4e7c2">
  <fieldset class="secBox">
    <legend>New Case Note</legend>
    <div class="msgInfo">Enter case notes within 10 calendar days of the interaction. Do not record medical or disability details here; upload them as a Confidential document.</div>
    <table class="frm" role="presentation">
      <tr>
        <td class="lbl"><label for="contactDate">Contact Date</label> <span class="req">*</span></td>
        <td><input type="text" name="contactDate" id="contactDate" class="dateFld" size="10" maxlength="10" value="12/02/2026"> <span class="fmt">mm/dd/yyyy</span></td>
        <td class="lbl"><label for="noteCategory">Category</label></td>
        <td><select name="noteCategory" id="noteCategory">
          <option value="">-- select --</option>
          <option value="GEN">General Case Management</option>
          <option value="IEP">IEP Review</option>
          <option value="TRN">Training Progress</option>
          <option value="SS">Supportive Service</option>
          <option value="EMP">Employment / Job Placement</option>
          <option value="FU">Follow-up</option>
        </select></td>
      </tr>
      <tr>
        <td class="lbl">Contact Method <span class="req">*</span></td>
        <td colspan="3"><div class="radioRow" id="contactMethodGroup">
          <input type="radio" name="contactMethod" id="contactMethod1" value="INP"><label for="contactMethod1">In Person</label>
          <input type="radio" name="contactMethod" id="contactMethod2" value="PHN"><label for="contactMethod2">Telephone</label>
          <input type="radio" name="contactMethod" id="contactMethod3" value="VID"><label for="contactMethod3">Virtual Meeting</label>
          <input type="radio" name="contactMethod" id="contactMethod4" value="EML"><label for="contactMethod4">Email</label>
          <input type="radio" name="contactMethod" id="contactMethod5" value="LTR"><label for="contactMethod5">Letter</label>
          <input type="radio" name="contactMethod" id="contactMethod6" value="ATT"><label for="contactMethod6">Attempt &ndash; no contact</label>
        </div></td>
      </tr>
      <tr>
        <td class="lbl"><label for="subject">Subject</label></td>
        <td colspan="3"><input type="text" name="subject" id="subject" size="60" maxlength="100"></td>
      </tr>
      <tr>
        <td class="lbl" valign="top"><label for="noteText">Case Note</label> <span class="req">*</span></td>
        <td colspan="3"><textarea name="noteText" id="noteText" rows="10" cols="90" maxlength="4000"></textarea>
          <div class="charCount"><span id="noteTextCount">4000</span> characters remaining</div></td>
      </tr>
      <tr>
        <td class="lbl"><label for="confidential">Confidential</label></td>
        <td colspan="3"><input type="checkbox" name="confidential" id="confidential" value="Y"> <span class="hint">Restricts this note to staff with confidential access</span></td>
      </tr>
    </table>
    <div class="btnBar">
      <input type="submit" class="btn" name="saveDraft" id="btnSaveDraft" value="Save Draft">
      <input type="submit" class="btn btnPrimary" name="save" id="btnSave" value="Save">
      <input type="button" class="btn" id="btnCancel" value="Cancel" onclick="location.href='/asset/participant/caseNotes.do?method=view&amp;pin=40071833'">
    </div>
  </fieldset>
</form>

<h3 class="secHdr">Case Notes (4)</h3>
<table class="dataTbl" id="caseNoteList">
  <thead>
    <tr><th>Contact Date</th><th>Entered</th><th>Method</th><th>Category</th><th>Subject / Note</th><th>Staff</th><th>Status</th></tr>
  </thead>
  <tbody>
    <tr class="odd"><td>11/20/2026</td><td>11/20/2026</td><td>Telephone</td><td>Training Progress</td><td><b>CNA clinicals</b><br>Pa Nhia called this writer; clinical hours at 32 of 40, instructor reports good attendance. Next contact after state exam date is set.</td><td>KVANG01</td><td>Final</td></tr>
    <tr class="even"><td>11/04/2026</td><td>11/06/2026</td><td>In Person</td><td>Supportive Service</td><td><b>Bus pass</b><br>Met at Northwest JC; issued November bus pass, reviewed IEP goal 2.</td><td>KVANG01</td><td>Final</td></tr>
    <tr class="odd"><td>10/19/2026</td><td>10/19/2026</td><td>Attempt &ndash; no contact</td><td>General Case Management</td><td><b>Monthly check-in</b><br>Called, vm full. Will try email.</td><td>KVANG01</td><td>Final</td></tr>
    <tr class="even"><td>09/28/2026</td><td>09/29/2026</td><td>Email</td><td>IEP Review</td><td><b>IEP signature</b><br>Sent IEP for e-signature; Pa Nhia replied with signed copy 09/29.</td><td>KVANG01</td><td>Final</td></tr>
  </tbody>
</table>
</div>
<div id="ftr">Wisconsin Department of Workforce Development &middot; Division of Employment and Training &middot; ASSET Help: 608-555-0142</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#noteText',
    // The radio group's container; the 'Attempt' radio is one of the choices, not another field.
    contactTypeField: '#contactMethodGroup',
    dateField: '#contactDate',
    // Save, not Save Draft: Save Draft keeps the note unfinished and is not the note's record.
    submitControl: '#btnSave',
    participant: { id: '40071833', name: 'Xiong, Pa Nhia' },
    // Page order; the 10/19 attempt is a listed note, so it counts as a contact entry with no contact type of the four.
    contacts: [
      { date: '2026-11-20', type: 'telephone' },
      { date: '2026-11-04', type: 'in-person' },
      { date: '2026-10-19', type: null },
      { date: '2026-09-28', type: 'email' },
    ],
  },
};
