import type { UnseenPage } from '../types';

/**
 * Microsoft Dynamics 365 (a model-driven app a county workforce board built): a "Case Note" record's
 * main form — the note in a multi-line text control, an option set (a <select> in the Unified
 * Interface) for the contact method, a date control with a separate time box, Save in the command
 * bar beside "Save & Close", the participant as a lookup link, and earlier notes on a timeline.
 */
export const PAGE: UnseenPage = {
  id: 'dynamics-county-case-note',
  system: 'Microsoft Dynamics 365 Customer Engagement (a county workforce board app)',
  modelledOn:
    "Microsoft's public Power Apps model-driven app documentation (main forms, command bar Save / Save & Close, lookups, the timeline control, choice columns) and the public list of boards running WIOA case management on Dynamics 365. The entity, columns, ids and notes are ours.",
  url: 'https://wfb-ventura.crm9.dynamics.com/main.aspx?appid=3b1f0c2a-7d55-4e8b-9a21-6c0f4e2d1a88&pagetype=entityrecord&etn=wfb_casenote&id=0f7a92c3-1b4d-ef11-a4e6-000d3a5c2b91',
  html: `<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8">
<title>Case Note: New Case Note - Dynamics 365</title>
<link rel="stylesheet" href="/uclient/styles/uci.min.css?v=9.2.26101.00132">
</head>
<body class="webkit">
<div id="shell-container" data-id="shell-container">
  <div id="topBar" role="banner" class="pa-gu flexbox"><span class="appName">Workforce Case Management</span>
    <button type="button" aria-label="Search" id="GlobalSearchBox"></button>
    <div class="userInfo" aria-label="Account manager for Priya Raman">PR</div>
  </div>
  <div id="mainContent" role="main">
    <ul role="menubar" aria-label="Case Note Commands" class="pa-ab commandBar" data-id="CommandBar">
      <li role="none"><button role="menuitem" type="button" aria-label="New" data-id="wfb_casenote|NoRelationship|Form|Mscrm.NewRecordFromForm">New</button></li>
      <li role="none"><button role="menuitem" type="button" aria-label="Save (CTRL+S)" data-id="wfb_casenote|NoRelationship|Form|Mscrm.SavePrimary" id="id-save-btn"><span class="symbolFont Save-symbol"></span><span>Save</span></button></li>
      <li role="none"><button role="menuitem" type="button" aria-label="Save &amp; Close" data-id="wfb_casenote|NoRelationship|Form|Mscrm.SaveAndClosePrimary" id="id-saveclose-btn"><span>Save &amp; Close</span></button></li>
      <li role="none"><button role="menuitem" type="button" aria-label="Deactivate" data-id="wfb_casenote|NoRelationship|Form|Mscrm.Form.Deactivate">Deactivate</button></li>
    </ul>
    <div data-id="form-header" class="formHeader">
      <h1 data-id="header_title" title="New Case Note">New Case Note</h1>
      <span class="entityName">Case Note &middot; Unsaved</span>
      <div class="headerFields">
        <div data-id="header_wfb_participantid" class="headerControl">
          <label id="header_wfb_participantid_label">Participant</label>
          <ul aria-label="Participant" data-id="header_wfb_participantid.fieldControl-LookupResultsDropdown_wfb_participantid_SelectedRecordList">
            <li><a role="link" aria-label="Marisol Duarte-Pineda" href="main.aspx?appid=3b1f0c2a-7d55-4e8b-9a21-6c0f4e2d1a88&amp;pagetype=entityrecord&amp;etn=contact&amp;id=9c44e0d1-55aa-ee11-be37-000d3a5c2b91">Marisol Duarte-Pineda</a></li>
          </ul>
        </div>
        <div data-id="header_ownerid" class="headerControl"><label>Owner</label> <a role="link" href="#">Priya Raman</a></div>
      </div>
    </div>
    <div role="tablist" aria-label="Case Note Form" class="formTabs">
      <button role="tab" aria-selected="true" data-id="tablist-general">General</button>
      <button role="tab" aria-selected="false" data-id="tablist-related">Related</button>
    </div>
    <div class="formBody" data-id="editFormRoot">
      <section data-id="general_section" aria-label="General" class="formSection">
        <div data-id="wfb_contactdate" class="formControl">
          <label id="id-wfb_contactdate-label" for="DateControl-wfb_contactdate">Date of Contact</label>
          <div data-id="wfb_contactdate.fieldControl-date-time-container">
            <input type="text" id="DateControl-wfb_contactdate" data-id="wfb_contactdate.fieldControl-date-time-input" aria-label="Date of Date of Contact" placeholder="---" value="12/2/2026">
            <input type="text" id="TimeControl-wfb_contactdate" data-id="wfb_contactdate.fieldControl-time-input" aria-label="Time of Date of Contact" placeholder="---" value="10:30 AM">
          </div>
        </div>
        <div data-id="wfb_contactmethod" class="formControl">
          <label id="id-wfb_contactmethod-label" for="wfb_contactmethod.fieldControl-option-set-select">Contact Method</label>
          <select id="wfb_contactmethod.fieldControl-option-set-select" data-id="wfb_contactmethod.fieldControl-option-set-select" aria-labelledby="id-wfb_contactmethod-label" class="optionSet">
            <option value="-1">---</option>
            <option value="100000000">In Person</option>
            <option value="100000001">Phone</option>
            <option value="100000002">Email</option>
            <option value="100000003">Letter</option>
            <option value="100000004">Teams / Video</option>
            <option value="100000005">Attempt - No Response</option>
          </select>
        </div>
        <div data-id="wfb_followupdate" class="formControl">
          <label id="id-wfb_followupdate-label" for="DateControl-wfb_followupdate">Follow-up By</label>
          <input type="text" id="DateControl-wfb_followupdate" data-id="wfb_followupdate.fieldControl-date-time-input" aria-label="Date of Follow-up By" placeholder="---">
        </div>
        <div data-id="wfb_subject" class="formControl">
          <label id="id-wfb_subject-label" for="wfb_subject.fieldControl-text-box-text">Subject</label>
          <input type="text" id="wfb_subject.fieldControl-text-box-text" data-id="wfb_subject.fieldControl-text-box-text" maxlength="200" aria-labelledby="id-wfb_subject-label">
        </div>
        <div data-id="wfb_notetext" class="formControl formControlWide">
          <label id="id-wfb_notetext-label" for="wfb_notetext.fieldControl-text-box-text">Case Note</label>
          <textarea id="wfb_notetext.fieldControl-text-box-text" data-id="wfb_notetext.fieldControl-text-box-text" aria-labelledby="id-wfb_notetext-label" rows="10" maxlength="100000"></textarea>
        </div>
      </section>
      <section data-id="timeline_section" aria-label="Timeline" class="formSection timeline">
        <h2>Timeline</h2>
        <p class="timelineHint">Earlier case notes for Marisol Duarte-Pineda</p>
        <ul data-id="notescontrol-timeline_list" role="list" aria-label="Timeline list">
          <li role="listitem" class="timelineRecord" data-id="timelineRecord-1">
            <div class="trHeader"><span class="trType">Case Note</span> &middot; <span class="trSubject">Phone &ndash; OJT wage check</span></div>
            <div class="trBody">Called Marisol, she confirms OJT at Oxnard Precision going well, 32 hrs/wk. Supervisor sign-off on timesheet due 12/5.</div>
            <div class="trFooter">Modified on: <span>11/20/2026 3:14 PM</span> &middot; Priya Raman</div>
          </li>
          <li role="listitem" class="timelineRecord" data-id="timelineRecord-2">
            <div class="trHeader"><span class="trType">Case Note</span> &middot; <span class="trSubject">In Person &ndash; OJT start</span></div>
            <div class="trBody">Marisol came to the AJCC with her OJT offer letter; reviewed training plan and hours.</div>
            <div class="trFooter">Modified on: <span>10/30/2026 11:02 AM</span> &middot; Priya Raman</div>
          </li>
        </ul>
      </section>
    </div>
  </div>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '[id="wfb_notetext.fieldControl-text-box-text"]',
    contactTypeField: '[id="wfb_contactmethod.fieldControl-option-set-select"]',
    // The date box of 'Date of Contact'; its time box and 'Follow-up By' are not the contact date.
    dateField: '#DateControl-wfb_contactdate',
    // Save, not Save & Close: both save, Save is the form's primary save (CTRL+S) and keeps the note on screen.
    submitControl: '#id-save-btn',
    // A lookup link names the participant; the record's own id in the address is the note's, not hers.
    participant: { id: null, name: 'Marisol Duarte-Pineda' },
    // The timeline shows 'Modified on' dates, which for these notes are the contact days; the type sits in the subject.
    contacts: [
      { date: '2026-11-20', type: 'telephone' },
      { date: '2026-10-30', type: 'in-person' },
    ],
  },
};
