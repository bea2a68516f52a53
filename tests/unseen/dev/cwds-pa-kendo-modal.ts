import type { UnseenPage } from '../types';

/**
 * Pennsylvania CWDS: the participant's Case Notes grid with an "Add Case Note" Kendo window open
 * over it (a modal dialog), a Kendo DropDownList hiding its <select>, a Kendo grid whose header
 * and rows are two separate tables, and Save Draft beside Save.
 */
export const PAGE: UnseenPage = {
  id: 'cwds-pa-kendo-modal',
  system: 'CWDS (Pennsylvania Commonwealth Workforce Development System)',
  modelledOn:
    'Public CWDS overview decks and desk aids (PA CareerLink staff, WIOA Title I programs, the participant folder; the ETPL desk aid for the look of CWDS screens). CWDS 2.0 is an ASP.NET MVC system; the Kendo UI widgets, ids, names and the notes are ours.',
  url: 'https://www.cwds.pa.gov/cwdsonline/Staff/Participant/CaseNotes?participantId=2209871&programEnrollmentId=771502',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case Notes - CWDS</title>
<link href="/cwdsonline/Content/kendo/2019.1.220/kendo.common-bootstrap.min.css" rel="stylesheet">
<link href="/cwdsonline/Content/kendo/2019.1.220/kendo.bootstrap.min.css" rel="stylesheet">
<link href="/cwdsonline/Content/site.css?v=5.14.2" rel="stylesheet">
<script src="/cwdsonline/Scripts/jquery-3.3.1.min.js"></script>
<script src="/cwdsonline/Scripts/kendo/2019.1.220/kendo.all.min.js"></script>
</head>
<body class="k-content">
<header class="cwds-header">
  <a class="navbar-brand" href="/cwdsonline/Staff/Home"><img src="/cwdsonline/Content/images/pa-careerlink-logo.png" alt="PA CareerLink"></a>
  <span class="cwds-title">Commonwealth Workforce Development System</span>
  <div class="cwds-user">Logged in as <b>DMARSHALL</b> | Lancaster County CareerLink | <a href="/cwdsonline/Account/LogOff">Log Off</a></div>
</header>
<nav class="cwds-breadcrumb"><a href="/cwdsonline/Staff/Home">Home</a> &gt; <a href="/cwdsonline/Staff/Participant/Search">Participant Search</a> &gt; <a href="/cwdsonline/Staff/Participant/Folder?participantId=2209871">Participant Folder</a> &gt; Case Notes</nav>
<div class="participant-banner">
  <div class="pb-name"><span class="pb-label">Participant Name:</span> Okafor, Chinedu</div>
  <div class="pb-id"><span class="pb-label">Participant ID:</span> 2209871</div>
  <div class="pb-prog"><span class="pb-label">Program:</span> WIOA Dislocated Worker (Enrollment 771502)</div>
  <div class="pb-cm"><span class="pb-label">Case Manager:</span> Marshall, Denise</div>
</div>
<div class="container-fluid">
  <div class="row">
    <div class="col-md-2 folder-menu">
      <ul class="k-widget k-panelbar k-header" id="folderMenu" role="tree">
        <li class="k-item"><a class="k-link" href="/cwdsonline/Staff/Participant/Folder?participantId=2209871">Summary</a></li>
        <li class="k-item"><a class="k-link" href="/cwdsonline/Staff/Participant/Eligibility?participantId=2209871">Eligibility</a></li>
        <li class="k-item"><a class="k-link" href="/cwdsonline/Staff/Participant/Services?participantId=2209871">Services / Activities</a></li>
        <li class="k-item"><a class="k-link" href="/cwdsonline/Staff/Participant/Iep?participantId=2209871">IEP</a></li>
        <li class="k-item k-state-selected"><span class="k-link k-state-selected">Case Notes</span></li>
        <li class="k-item"><a class="k-link" href="/cwdsonline/Staff/Participant/Documents?participantId=2209871">Documents</a></li>
      </ul>
    </div>
    <div class="col-md-10">
      <h2 class="page-title">Case Notes</h2>
      <button type="button" class="k-button k-primary" id="btnAddCaseNote">Add Case Note</button>
      <div id="caseNotesGrid" class="k-grid k-widget k-display-block" data-role="grid">
        <div class="k-grid-header" style="padding-right: 17px;">
          <div class="k-grid-header-wrap k-auto-scrollable">
            <table role="grid"><colgroup><col style="width:110px"><col style="width:130px"><col style="width:160px"><col><col style="width:120px"></colgroup>
              <thead role="rowgroup"><tr role="row">
                <th role="columnheader" class="k-header" data-field="NoteDate" data-title="Note Date"><a class="k-link" href="#">Note Date</a></th>
                <th role="columnheader" class="k-header" data-field="ContactType" data-title="Contact Type"><a class="k-link" href="#">Contact Type</a></th>
                <th role="columnheader" class="k-header" data-field="Subject" data-title="Subject"><a class="k-link" href="#">Subject</a></th>
                <th role="columnheader" class="k-header" data-field="NoteText" data-title="Note"><a class="k-link" href="#">Note</a></th>
                <th role="columnheader" class="k-header" data-field="CreatedBy" data-title="Created By"><a class="k-link" href="#">Created By</a></th>
              </tr></thead>
            </table>
          </div>
        </div>
        <div class="k-grid-content k-auto-scrollable" style="height: 320px;">
          <table role="grid"><colgroup><col style="width:110px"><col style="width:130px"><col style="width:160px"><col><col style="width:120px"></colgroup>
            <tbody role="rowgroup">
              <tr data-uid="5d1e8a8c-0b7e-4c15-9a3f-1f3e0d6b7a01" role="row"><td role="gridcell">11/24/2026</td><td role="gridcell">Office Visit</td><td role="gridcell">ITA paperwork</td><td role="gridcell">Chinedu came to the CareerLink to sign ITA for CDL-A at Keystone Driving Academy; start date 12/07. Next: confirm enrollment first week.</td><td role="gridcell">DMARSHALL</td></tr>
              <tr class="k-alt" data-uid="6a07c1f2-3d54-4b2e-8b0c-9e2f1a4c5b02" role="row"><td role="gridcell">11/10/2026</td><td role="gridcell">Telephone</td><td role="gridcell">Training search</td><td role="gridcell">TC w/ Chinedu re: two CDL schools on ETPL; he prefers Keystone (evening sched). Sent ETPL links.</td><td role="gridcell">DMARSHALL</td></tr>
              <tr data-uid="7b18d203-4e65-4c3f-9c1d-0f3a2b5d6c03" role="row"><td role="gridcell">10/27/2026</td><td role="gridcell">Collateral</td><td role="gridcell">Employer verification</td><td role="gridcell">Spoke with former employer HR (Conestoga Mills) confirming layoff date 09/30/2026 for DW eligibility.</td><td role="gridcell">DMARSHALL</td></tr>
            </tbody>
          </table>
        </div>
        <div class="k-pager-wrap k-grid-pager k-widget" data-role="pager"><span class="k-pager-info k-label">1 - 3 of 3 items</span></div>
      </div>
    </div>
  </div>
</div>

<div class="k-widget k-window" data-role="draggable" style="padding-top: 37px; min-width: 90px; min-height: 50px; width: 720px; top: 90px; left: 310px; z-index: 10003; display: block;">
  <div class="k-window-titlebar k-header" style="margin-top: -37px;">
    <span class="k-window-title" id="wndCaseNote_wnd_title">Add Case Note</span>
    <div class="k-window-actions"><a role="button" href="#" class="k-button k-bare k-button-icon k-window-action" aria-label="Close"><span class="k-icon k-i-close"></span></a></div>
  </div>
  <div id="wndCaseNote" class="k-window-content k-content" data-role="window" role="dialog" aria-labelledby="wndCaseNote_wnd_title" tabindex="0">
    <form id="frmCaseNote" action="/cwdsonline/Staff/Participant/SaveCaseNote" method="post">
      <input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nk2q7wYvT9lZp0hXx1mQeR4sT6uV8wY0aC2eE4gI6kM8oQ">
      <input type="hidden" id="ParticipantId" name="ParticipantId" value="2209871">
      <input type="hidden" id="CaseNoteId" name="CaseNoteId" value="0">
      <div class="form-group row">
        <label class="col-sm-3 col-form-label" for="NoteDate">Note Date <span class="text-danger">*</span></label>
        <div class="col-sm-4">
          <span class="k-widget k-datepicker"><span class="k-picker-wrap k-state-default">
            <input id="NoteDate" name="NoteDate" type="text" value="12/02/2026" data-role="datepicker" class="k-input" role="combobox" aria-expanded="false" aria-disabled="false" style="width: 100%;">
            <span unselectable="on" class="k-select" aria-label="select" role="button"><span class="k-icon k-i-calendar"></span></span>
          </span></span>
        </div>
      </div>
      <div class="form-group row">
        <label class="col-sm-3 col-form-label" for="ContactTypeId">Contact Type <span class="text-danger">*</span></label>
        <div class="col-sm-5">
          <span title="" class="k-widget k-dropdown" unselectable="on" role="listbox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-owns="ContactTypeId_listbox" aria-live="polite" aria-busy="false" style="width: 100%;">
            <span unselectable="on" class="k-dropdown-wrap k-state-default"><span unselectable="on" class="k-input">-- Select --</span><span unselectable="on" class="k-select" aria-label="select"><span class="k-icon k-i-arrow-60-down"></span></span></span>
            <select id="ContactTypeId" name="ContactTypeId" data-role="dropdownlist" style="display: none;">
              <option value="">-- Select --</option>
              <option value="1">Office Visit</option>
              <option value="2">Telephone</option>
              <option value="3">Email</option>
              <option value="4">Letter/Mail</option>
              <option value="5">Video Conference</option>
              <option value="6">Collateral</option>
              <option value="7">Attempted Contact</option>
            </select>
          </span>
        </div>
      </div>
      <div class="form-group row">
        <label class="col-sm-3 col-form-label" for="Subject">Subject</label>
        <div class="col-sm-9"><input class="k-textbox" id="Subject" name="Subject" type="text" maxlength="100" style="width: 100%;"></div>
      </div>
      <div class="form-group row">
        <label class="col-sm-3 col-form-label" for="NoteText">Case Note <span class="text-danger">*</span></label>
        <div class="col-sm-9"><textarea class="k-textbox" id="NoteText" name="NoteText" rows="9" maxlength="8000" style="width: 100%;"></textarea></div>
      </div>
      <div class="k-edit-buttons k-state-default text-right">
        <button type="button" class="k-button" id="btnCaseNoteCancel">Cancel</button>
        <button type="submit" class="k-button" id="btnCaseNoteDraft" name="command" value="draft">Save Draft</button>
        <button type="submit" class="k-button k-primary" id="btnCaseNoteSave" name="command" value="save">Save</button>
      </div>
    </form>
  </div>
</div>
<div class="k-overlay" style="display: block; z-index: 10002; opacity: 0.5;"></div>
<footer class="cwds-footer">Pennsylvania Department of Labor &amp; Industry | CWDS Help Desk 1-877-555-0133</footer>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#NoteText',
    // The hidden <select> Kendo drives holds the choice; the visible span is Kendo's drawing of it.
    contactTypeField: '#ContactTypeId',
    dateField: '#NoteDate',
    // Save, not Save Draft.
    submitControl: '#btnCaseNoteSave',
    participant: { id: '2209871', name: 'Okafor, Chinedu' },
    // 'Collateral' (a call to the former employer) names no contact type of the participant's four: null.
    contacts: [
      { date: '2026-11-24', type: 'in-person' },
      { date: '2026-11-10', type: 'telephone' },
      { date: '2026-10-27', type: null },
    ],
  },
};
