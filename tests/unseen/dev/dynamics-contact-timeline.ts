import type { UnseenPage } from '../types';

/**
 * A Dynamics 365 (model-driven app) Contact form used as a workforce participant record, after Microsoft's public
 * documentation of the timeline (notes, phone calls, e-mails and appointments on a record's activity timeline; adding
 * a note with a title and text) and the form header (record name, entity, header fields, Owner): the participant's
 * ID is a header field, the owner is the case manager, the timeline lists past activities as list items whose accessible
 * name says what they are ("Phone Call from …", "Note modified by …"), each with a "Modified on" date and time.
 */
export const PAGE: UnseenPage = {
  id: 'dynamics-contact-timeline',
  system: 'Microsoft Dynamics 365 model-driven app (a county workforce board’s participant records)',
  modelledOn:
    'Microsoft Learn’s public Dynamics 365 documentation of the timeline control (notes, activities, adding a note) and of model-driven form headers (record title, entity name, header fields, Owner); the markup, ids and names are ours.',
  url: 'https://wfb-county.crm.dynamics.com/main.aspx?appid=7c1e&pagetype=entityrecord&etn=contact&id=5b1e8a44-2f0c-4d7e-9b1a-0a77c2e1f3d9',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Contact: Andre Coleman - Dynamics 365</title></head>
<body>
<div id="topBar" role="banner"><span class="appName">Participant Services</span> <button aria-label="Account manager for Kelsey Ward">KW</button></div>
<div class="formHeader" data-id="form-header">
  <h1 data-id="header_title" title="Andre Coleman">Andre Coleman<span class="saveStatus"> - Saved</span></h1>
  <div class="entityName">Contact · Participant</div>
  <div class="headerFields">
    <div class="headerField"><div class="hfValue">88120433</div><div class="hfLabel">Participant ID</div></div>
    <div class="headerField"><div class="hfValue">WIOA Dislocated Worker</div><div class="hfLabel">Program</div></div>
    <div class="headerField"><div class="hfValue"><a href="#">Kelsey Ward</a></div><div class="hfLabel">Owner</div></div>
  </div>
</div>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Summary</button><button role="tab">Details</button></div>
<section class="timelineSection" aria-label="Timeline">
  <div class="noteComposer">
    <input id="create_note_medium_title" type="text" placeholder="Title" aria-label="Title">
    <textarea id="create_note_notesText" aria-label="Enter text" placeholder="Enter text..." rows="6"></textarea>
    <button id="create_note_add_btn" type="button">Add note</button>
  </div>
  <ul class="timelineList" aria-label="Timeline records">
    <li aria-label="Phone Call from Kelsey Ward"><div class="tlType">Phone Call from: Kelsey Ward</div><div class="tlSubject">Training start confirmed</div><div class="tlBody">Andre confirmed he begins the welding certificate on Monday and has his boots.</div><div class="tlDate">Modified on: 11/30/2026 3:14 PM</div></li>
    <li aria-label="Email from Kelsey Ward"><div class="tlType">Email from: Kelsey Ward</div><div class="tlSubject">Provider list</div><div class="tlBody">Sent Andre the list of approved welding providers near Elk Grove.</div><div class="tlDate">Modified on: 11/18/2026 9:02 AM</div></li>
    <li aria-label="Note modified by Kelsey Ward"><div class="tlType">Note modified by: Kelsey Ward</div><div class="tlSubject">Office visit</div><div class="tlBody">Met Andre in the office; reviewed his IEP and signed the ITA application.</div><div class="tlDate">Modified on: 11/06/2026 11:40 AM</div></li>
  </ul>
</section>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#create_note_notesText',
    contactTypeField: null,
    dateField: null,
    submitControl: '#create_note_add_btn',
    participant: { id: '88120433', name: 'Andre Coleman' },
    contacts: [
      { date: '2026-11-30', type: 'telephone' },
      { date: '2026-11-18', type: 'email' },
      { date: '2026-11-06', type: null },
    ],
  },
};
