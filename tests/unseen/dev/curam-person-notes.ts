import type { UnseenPage } from '../types';

/**
 * A Cúram (IBM/Merative Social Program Management) person's Notes page with the New Note modal open, after Cúram's
 * public page documentation (list of notes: Subject, Text (truncated), Entered By, Date as a date and time, Sensitivity,
 * Priority, an expandable row; create note: Subject, Priority, Sensitivity, Note Text, Save/Cancel) and its integrated case
 * guide (a context panel naming the person, with a reference number, and the case owner). No contact type or date on the
 * form: the note is dated when saved. The case owner is staff.
 */
export const PAGE: UnseenPage = {
  id: 'curam-person-notes',
  system: 'Cúram Social Program Management (a state’s employment and training case system)',
  modelledOn:
    'Cúram’s public page documentation (ExternalParty_listNote, Intake_createPersonNoteFromActionMenu, Case_viewNote) and the Cúram Integrated Case Management Guide (Viewing Contextual Information, Recording Notes); the markup, ids and names are ours.',
  url: 'https://spm.example-state.gov/Curam/en_US/Person_listNotePage.do?concernRoleID=-2384552100',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Notes</title></head>
<body class="curam">
<div class="application-banner" role="banner"><span class="app-name">Cúram</span> <span class="user-name">Welcome, Gerald Pike</span></div>
<div class="context-panel" id="context-panel">
  <div class="cp-person"><img alt="" src="/Curam/photo.png"><div class="cp-name">Ramona Ellis</div><div class="cp-ref">2384-5521</div><div class="cp-dob">Born 03/14/1989</div></div>
  <div class="cp-owner"><span class="cp-label">Case Owner</span> <span class="cp-value">Gerald Pike</span></div>
</div>
<div class="page-title"><h2>Notes</h2></div>
<table class="list" id="notes-list" role="grid">
  <thead><tr><th></th><th>Subject</th><th>Text</th><th>Entered By</th><th>Date</th><th>Sensitivity</th><th>Priority</th></tr></thead>
  <tbody>
    <tr><td><button class="expand" aria-expanded="false">+</button></td><td>Phone call re: training start</td><td>Ramona called back to confirm she starts the CDL course on…</td><td>Gerald Pike</td><td>11/23/2026 2:14 PM</td><td>1</td><td>Medium</td></tr>
    <tr><td><button class="expand" aria-expanded="false">+</button></td><td>Office visit</td><td>Met with Ramona at the Eastside office to review her employment…</td><td>Gerald Pike</td><td>11/02/2026 10:05 AM</td><td>1</td><td>Low</td></tr>
  </tbody>
</table>
<div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title">
  <h3 id="modal-title">New Note</h3>
  <form id="noteForm" action="Person_createNoteAction.do" method="post">
    <label for="__o3subject">Subject</label> <input id="__o3subject" name="__o3subject" type="text">
    <label for="__o3priority">Priority</label> <select id="__o3priority" name="__o3priority"><option value="">--</option><option value="NP1">Low</option><option value="NP2">Medium</option><option value="NP3">High</option></select>
    <label for="__o3sensitivity">Sensitivity</label> <select id="__o3sensitivity" name="__o3sensitivity"><option>1</option><option>2</option><option>3</option></select>
    <label for="__o3noteText">Note Text</label> <textarea id="__o3noteText" name="__o3noteText" rows="12"></textarea>
    <div class="actions"><button type="submit" id="__o3save">Save</button> <button type="button" id="__o3cancel">Cancel</button></div>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#__o3noteText',
    contactTypeField: null,
    dateField: null,
    submitControl: '#__o3save',
    participant: { id: null, name: 'Ramona Ellis' },
    contacts: [
      { date: '2026-11-23', type: null },
      { date: '2026-11-02', type: null },
    ],
  },
};
