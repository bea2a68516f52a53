import type { UnseenPage } from '../types';

/**
 * IBM/Merative Cúram: "New Contact Log" in a modal over a case's contact-log list. The narrative is a
 * CKEditor-style contenteditable div; start and end date-times, a contact type select, location and purpose.
 */
export const PAGE: UnseenPage = {
  id: 'curam-contact-log',
  system: 'Cúram (Merative Social Program Management), an employment and training case',
  modelledOn:
    'IBM Cúram public documentation (Integrated Case Management guide: contact logs with start/end date and time, type, location, purpose, participants and a narrative; notes in rich text); the E&T case, ids and people are ours.',
  url: 'https://spm.dhs.example-state.gov/Curam/en_US/ContactLog_createContactLogPage.do?caseID=4500331289&o3ctx=4096',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Contact Logs - Employment and Training Case 4500331289</title>
<link rel="stylesheet" href="/Curam/CDEJ/themes/v6/css/curam_common.css">
<link rel="stylesheet" href="/Curam/CDEJ/ckeditor5/ckeditor5.css">
</head>
<body class="curam claro">
<div class="application-banner">
  <span class="banner-title">Cúram</span>
  <span class="banner-user">Caseworker: Omar Haddad | <a href="#">Preferences</a> | <a href="#">Log Out</a></span>
</div>
<div class="application-sections-pane">
  <div role="tablist" class="sections">
    <a role="tab" href="#">Inbox</a><a role="tab" href="#" aria-selected="true">Cases and Outcomes</a><a role="tab" href="#">Calendar</a><a role="tab" href="#">Reports</a>
  </div>
</div>
<div class="content-tab-container">
  <div class="context-panel">
    <h2 class="context-title">Employment and Training - 4500331289</h2>
    <table class="context-details">
      <tr><th>Primary Client</th><td><a href="/Curam/en_US/Person_homePage.do?concernRoleID=101773">Aaliyah Brooks-Nwosu</a></td><th>Reference</th><td>4500331289</td></tr>
      <tr><th>Status</th><td>Open</td><th>Case Owner</th><td>Omar Haddad</td></tr>
      <tr><th>Household Member</th><td>Jordan Brooks-Nwosu (child)</td><th>Start Date</th><td>6/3/2026</td></tr>
    </table>
  </div>
  <div class="navigation-tabs">
    <a href="#">Home</a><a href="#">Participants</a><a href="#">Plan</a><a href="#" class="selected">Contact Logs</a><a href="#">Notes</a><a href="#">Attachments</a>
  </div>
  <div class="list-page">
    <div class="page-actions"><button type="button" class="curam-button" id="newContactLogBtn">New Contact Log</button></div>
    <table class="list" summary="Contact Logs">
      <thead><tr><th>Start Date</th><th>End Date</th><th>Type</th><th>Location</th><th>Purpose</th><th>Author</th></tr></thead>
      <tbody>
        <tr><td>11/24/2026 2:00 PM</td><td>11/24/2026 2:40 PM</td><td>Home Visit</td><td>Client's Home</td><td>Job search plan review</td><td>Omar Haddad</td></tr>
        <tr><td>11/09/2026 10:15 AM</td><td>11/09/2026 10:25 AM</td><td>Phone Call</td><td>Office</td><td>Reschedule appointment</td><td>Omar Haddad</td></tr>
        <tr><td>10/27/2026 9:00 AM</td><td>10/27/2026 9:45 AM</td><td>Office Visit</td><td>Eastside Office</td><td>Orientation and assessment</td><td>Omar Haddad</td></tr>
      </tbody>
    </table>
  </div>
</div>
<div class="dijitDialog curam-modal" role="dialog" aria-labelledby="modalTitle" id="curamModal_1">
  <div class="dijitDialogTitleBar"><span class="dijitDialogTitle" id="modalTitle">New Contact Log</span><span class="dijitDialogCloseIcon" role="button" title="Cancel" tabindex="0"></span></div>
  <div class="dijitDialogPaneContent">
    <form id="mainForm" name="mainForm" method="post" action="/Curam/en_US/ContactLog_createContactLogAction.do">
      <input type="hidden" name="caseID" value="4500331289">
      <input type="hidden" name="__o3fwtoken" value="6be2f1cc-90a4-4e83-b4d3-22d9c7c7a1f0">
      <div class="cluster" role="group" aria-label="Details">
        <table class="cluster-table">
          <tr>
            <th class="label"><label for="__o3id0">Start Date</label><span class="mandatory">*</span></th>
            <td class="field"><input type="text" id="__o3id0" name="__o3fwp.startDateTime.date" class="date-input" value="12/2/2026" title="Start Date"></td>
            <th class="label"><label for="__o3id1">Start Time</label></th>
            <td class="field"><input type="text" id="__o3id1" name="__o3fwp.startDateTime.time" value="9:00 AM" title="Start Time"></td>
          </tr>
          <tr>
            <th class="label"><label for="__o3id2">End Date</label></th>
            <td class="field"><input type="text" id="__o3id2" name="__o3fwp.endDateTime.date" class="date-input" value="12/2/2026" title="End Date"></td>
            <th class="label"><label for="__o3id3">End Time</label></th>
            <td class="field"><input type="text" id="__o3id3" name="__o3fwp.endDateTime.time" value="" title="End Time"></td>
          </tr>
          <tr>
            <th class="label"><label for="__o3id4">Type</label><span class="mandatory">*</span></th>
            <td class="field"><select id="__o3id4" name="__o3fwp.contactType" title="Type">
              <option value=""></option><option value="CT1">Office Visit</option><option value="CT2">Home Visit</option><option value="CT3">Phone Call</option><option value="CT4">Email</option><option value="CT5">Letter</option><option value="CT6">Video Conference</option>
            </select></td>
            <th class="label"><label for="__o3id5">Location</label></th>
            <td class="field"><select id="__o3id5" name="__o3fwp.location" title="Location"><option value=""></option><option>Office</option><option>Client's Home</option><option>Employer Site</option><option>Other</option></select></td>
          </tr>
          <tr>
            <th class="label"><label for="__o3id6">Purpose</label></th>
            <td class="field" colspan="3"><input type="text" id="__o3id6" name="__o3fwp.purpose" value="" size="60" title="Purpose"></td>
          </tr>
          <tr>
            <th class="label">Participants</th>
            <td class="field" colspan="3">
              <label><input type="checkbox" name="__o3fwp.participant" value="101773" checked> Aaliyah Brooks-Nwosu</label>
              <label><input type="checkbox" name="__o3fwp.participant" value="101774"> Jordan Brooks-Nwosu</label>
            </td>
          </tr>
        </table>
      </div>
      <div class="cluster" role="group" aria-label="Narrative">
        <div class="cluster-title">Narrative</div>
        <textarea id="__o3id7" name="__o3fwp.narrative" style="display:none" aria-hidden="true"></textarea>
        <div class="ck ck-reset ck-editor ck-rounded-corners" role="application" dir="ltr" lang="en" aria-labelledby="ck-editor__label_e8f1c0a2">
          <label class="ck ck-label ck-voice-label" id="ck-editor__label_e8f1c0a2">Rich Text Editor</label>
          <div class="ck ck-editor__top ck-reset_all" role="presentation"><div class="ck ck-sticky-panel"><div class="ck ck-toolbar" role="toolbar" aria-label="Editor toolbar">
            <button class="ck ck-button" type="button" aria-label="Bold">B</button><button class="ck ck-button" type="button" aria-label="Italic">I</button><button class="ck ck-button" type="button" aria-label="Bulleted List">&bull;</button><button class="ck ck-button" type="button" aria-label="Spell check">ABC</button>
          </div></div></div>
          <div class="ck ck-editor__main" role="presentation">
            <div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" lang="en" dir="ltr" role="textbox" aria-label="Rich Text Editor. Editing area: main. Press Alt+0 for help." contenteditable="true" data-curam-field="narrative"><p><br data-cke-filler="true"></p></div>
          </div>
        </div>
      </div>
    </form>
  </div>
  <div class="dijitDialogPaneActionBar">
    <button type="submit" form="mainForm" class="curam-button" id="__o3btn.action$saveAction">Save</button>
    <button type="submit" form="mainForm" class="curam-button" id="__o3btn.action$saveAndNewAction">Save &amp; New</button>
    <button type="button" class="curam-button" id="__o3btn.action$cancel">Cancel</button>
  </div>
</div>
<div class="dijitDialogUnderlayWrapper"><div class="dijitDialogUnderlay"></div></div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '[data-curam-field="narrative"]',
    contactTypeField: '#__o3id4',
    // The start date is when the contact happened; the end date only closes it (and defaults to the same day).
    dateField: '#__o3id0',
    submitControl: '[id="__o3btn.action$saveAction"]',
    // Disputable: the case's primary client; the household member is listed too, but the case is hers.
    participant: { id: null, name: 'Aaliyah Brooks-Nwosu' },
    contacts: [
      { date: '2026-11-24', type: 'in-person' },
      { date: '2026-11-09', type: 'telephone' },
      { date: '2026-10-27', type: 'in-person' },
    ],
  },
};
