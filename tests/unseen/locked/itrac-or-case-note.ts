import type { UnseenPage } from '../types';

/**
 * Oregon I-Trac: a participant's Case Notes tab with the note typed into a CKEditor 4 rich-text
 * editor, whose editable body lives in an iframe (the <textarea> it replaced is hidden), a
 * participant header, and earlier notes in a table.
 */
export const PAGE: UnseenPage = {
  id: 'itrac-or-case-note',
  system: 'I-Trac (Worksystems, WorkSource Oregon local boards)',
  modelledOn:
    "Worksystems' public help site (I-Trac as the compliance case-management and WIOA reporting system for Oregon's local boards; record tabs such as Train Oregon; 'Click Save', then 'Add Case Note'). The CKEditor, tabs, ids and notes are ours.",
  url: 'https://itrac.worksystems.org/Participant/CaseNotes.aspx?pid=4471209&fund=WIOA-DW',
  html: `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta charset="utf-8"><title>I-Trac :: Case Notes</title>
<link href="/Content/itrac.css?v=2026.3" rel="stylesheet" type="text/css">
<script src="/Scripts/ckeditor/ckeditor.js"></script>
<style>.cke_reset{margin:0;padding:0;border:0}</style>
</head>
<body>
<form method="post" action="./CaseNotes.aspx?pid=4471209&amp;fund=WIOA-DW" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIwMw9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUMNDQ3MTIwOWRkAgMPZBYCZg9kFgICAQ8QZGQWAWZkZA==">
</div>
<div id="itracTop">
  <img src="/Content/img/worksystems.png" alt="Worksystems" class="logo"> <span class="sysName">I-Trac</span>
  <span class="who">WorkSource Portland Metro &ndash; Gresham &middot; <a href="/Account/Profile.aspx">jtanaka</a> &middot; <a href="/Account/Logout.aspx">Logout</a></span>
</div>
<div id="ctl00_pnlParticipant" class="participantHeader">
  <h2><span id="ctl00_lblPartName">Nakamura-Reyes, Elena</span> <small>(I-Trac ID <span id="ctl00_lblPartId">4471209</span>)</small></h2>
  <div class="partMeta">Fund: WIOA Dislocated Worker &middot; Enrolled 06/22/2026 &middot; Career Coach: Tanaka, Joel</div>
</div>
<ul class="recordTabs">
  <li><a href="/Participant/Summary.aspx?pid=4471209">Summary</a></li>
  <li><a href="/Participant/Eligibility.aspx?pid=4471209">Eligibility</a></li>
  <li><a href="/Participant/Services.aspx?pid=4471209">Services</a></li>
  <li><a href="/Participant/TrainOregon.aspx?pid=4471209">Train Oregon</a></li>
  <li class="on"><a href="/Participant/CaseNotes.aspx?pid=4471209">Case Notes</a></li>
  <li><a href="/Participant/Documents.aspx?pid=4471209">Documents</a></li>
</ul>
<div class="tabContent">
  <div id="ctl00_cph_pnlAdd" class="addPanel">
    <h3>Add Case Note</h3>
    <table class="formTable">
      <tr>
        <td class="fl"><label for="ctl00_cph_txtContactDate">Date of Contact</label></td>
        <td><input name="ctl00$cph$txtContactDate" type="text" value="12/02/2026" id="ctl00_cph_txtContactDate" class="datepicker" style="width:90px;"></td>
        <td class="fl"><label for="ctl00_cph_ddlContactType">Contact Type</label></td>
        <td><select name="ctl00$cph$ddlContactType" id="ctl00_cph_ddlContactType">
          <option selected="selected" value="">--</option>
          <option value="1">In Person</option>
          <option value="2">Phone</option>
          <option value="3">Email</option>
          <option value="4">Mail</option>
          <option value="5">Video</option>
          <option value="6">Text</option>
          <option value="7">Other / No Contact</option>
        </select></td>
      </tr>
      <tr>
        <td class="fl"><label for="ctl00_cph_ddlNoteType">Note Type</label></td>
        <td colspan="3"><select name="ctl00$cph$ddlNoteType" id="ctl00_cph_ddlNoteType">
          <option value="">--</option><option value="CM">Case Management</option><option value="TR">Training</option><option value="SS">Support Services</option><option value="EMP">Employment</option><option value="FU">Follow Up</option>
        </select></td>
      </tr>
      <tr>
        <td class="fl" valign="top"><label for="ctl00_cph_txtNote">Note</label></td>
        <td colspan="3">
          <textarea name="ctl00$cph$txtNote" rows="8" cols="80" id="ctl00_cph_txtNote" style="visibility: hidden; display: none;"></textarea>
          <div id="cke_ctl00_cph_txtNote" class="cke_1 cke cke_reset cke_chrome cke_editor_ctl00_cph_txtNote cke_ltr cke_browser_webkit" dir="ltr" lang="en" role="application" aria-labelledby="cke_ctl00_cph_txtNote_arialbl">
            <span id="cke_ctl00_cph_txtNote_arialbl" class="cke_voice_label">Rich Text Editor, ctl00_cph_txtNote</span>
            <div class="cke_inner cke_reset" role="presentation">
              <span id="cke_1_top" class="cke_top cke_reset_all" role="presentation" style="height: auto; user-select: none;">
                <span id="cke_1_toolbox" class="cke_toolbox" role="group" aria-labelledby="cke_1_toolbar_label">
                  <span class="cke_toolbar" role="toolbar"><span class="cke_toolgroup" role="presentation">
                    <a class="cke_button cke_button__bold cke_button_off" title="Bold (Ctrl+B)" role="button" aria-pressed="false"><span class="cke_button_icon cke_button__bold_icon">&nbsp;</span></a>
                    <a class="cke_button cke_button__italic cke_button_off" title="Italic (Ctrl+I)" role="button" aria-pressed="false"><span class="cke_button_icon cke_button__italic_icon">&nbsp;</span></a>
                    <a class="cke_button cke_button__bulletedlist cke_button_off" title="Insert/Remove Bulleted List" role="button" aria-pressed="false"><span class="cke_button_icon cke_button__bulletedlist_icon">&nbsp;</span></a>
                  </span></span>
                </span>
              </span>
              <div id="cke_1_contents" class="cke_contents cke_reset" role="presentation" style="height: 200px;">
                <span id="cke_54" class="cke_voice_label">Press ALT 0 for help</span>
                <iframe src="" frameborder="0" class="cke_wysiwyg_frame cke_reset" title="Rich Text Editor, ctl00_cph_txtNote" aria-describedby="cke_54" tabindex="0" allowtransparency="true" style="width: 100%; height: 100%;"></iframe>
              </div>
              <span id="cke_1_bottom" class="cke_bottom cke_reset_all" role="presentation"><span id="cke_1_path" class="cke_path" role="group">body p</span></span>
            </div>
          </div>
        </td>
      </tr>
    </table>
    <div class="btnRow">
      <input type="submit" name="ctl00$cph$btnSave" value="Save" id="ctl00_cph_btnSave" class="btn btn-primary">
      <input type="submit" name="ctl00$cph$btnCancel" value="Cancel" id="ctl00_cph_btnCancel" class="btn">
    </div>
  </div>
  <h3>Case Notes</h3>
  <table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_cph_gvNotes" style="border-collapse:collapse;">
    <tr><th scope="col">Contact Date</th><th scope="col">Contact Type</th><th scope="col">Note Type</th><th scope="col">Note</th><th scope="col">Staff</th></tr>
    <tr><td>11/23/2026</td><td>Video</td><td>Training</td><td>Met with Elena over Teams; she finished module 3 of the PCC medical coding certificate with a 91. Next check-in after finals week.</td><td>jtanaka</td></tr>
    <tr class="alt"><td>11/09/2026</td><td>Phone</td><td>Support Services</td><td>Elena called asking about laptop support; explained the SS request and sent form via email. She will return it by 11/13.</td><td>jtanaka</td></tr>
    <tr><td>10/26/2026</td><td>Email</td><td>Case Management</td><td>Emailed Elena the updated IEP. No reply yet.</td><td>jtanaka</td></tr>
    <tr class="alt"><td>10/12/2026</td><td>In Person</td><td>Case Management</td><td>Office visit, Gresham. IEP updated, training plan confirmed (PCC Medical Coding, start 10/19).</td><td>jtanaka</td></tr>
  </table>
</div>
<script type="text/javascript">CKEDITOR.replace('ctl00_cph_txtNote', { height: 200 });</script>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    // The case manager types into the editor's iframe; the textarea it replaced is hidden and takes no typing.
    noteField: 'iframe[title="Rich Text Editor, ctl00_cph_txtNote"]',
    contactTypeField: '#ctl00_cph_ddlContactType',
    dateField: '#ctl00_cph_txtContactDate',
    submitControl: '#ctl00_cph_btnSave',
    participant: { id: '4471209', name: 'Nakamura-Reyes, Elena' },
    // 'Video' is none of the four contact types: null. The 10/26 e-mail is listed as an e-mail, reply or not.
    contacts: [
      { date: '2026-11-23', type: null },
      { date: '2026-11-09', type: 'telephone' },
      { date: '2026-10-26', type: 'email' },
      { date: '2026-10-12', type: 'in-person' },
    ],
  },
};
