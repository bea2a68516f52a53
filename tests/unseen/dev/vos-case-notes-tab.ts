import type { UnseenPage } from '../types';

/**
 * Virtual OneStop's staff view of an individual, Case Notes tab, as the VOS Staff Guide's chapter "Individuals – Case
 * Management" describes it (a Case Notes tab listing the individual's notes, an "Add a Case Note" form with a subject,
 * a contact date and method, and the note): the individual named in a row of labelled cells over the tabs ("Individual:
 * | Martinez, Rosa | User Name: | rmartinez82 | State ID: | 0418826"), the staff member in the top bar, the notes in a
 * grid with no note text (Date, Subject, Contact Method, Created By, a View link).
 */
export const PAGE: UnseenPage = {
  id: 'vos-case-notes-tab',
  system: 'Geographic Solutions Virtual OneStop (a state’s staff site)',
  modelledOn:
    'The public VOS Staff Guide, chapter 4 “Individuals – Case Management” (Staff Profiles, Case Notes Tab, Adding a Case Note) and chapter 3 “Manage Individuals” (assisting an individual: user name and state ID); the markup, ids, state and names are ours.',
  url: 'https://jobs.example-state.gov/vosnet/staff/individual/casenotes.aspx?enc=Zk9x2',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Case Notes - Virtual OneStop</title></head>
<body>
<div id="topBar"><span class="siteName">JobsState</span> <span class="staffInfo">Staff: Hollis, Dean | Office: Capital Region Job Center</span> <a href="/vosnet/logout.aspx">Sign Out</a></div>
<div id="indHeader">
  <table class="assistTable"><tr>
    <td class="lbl">Individual:</td><td class="val">Martinez, Rosa</td>
    <td class="lbl">User Name:</td><td class="val">rmartinez82</td>
    <td class="lbl">State ID:</td><td class="val">0418826</td>
  </tr></table>
</div>
<ul class="tabStrip"><li><a href="summary.aspx">Summary</a></li><li class="selected"><a href="casenotes.aspx">Case Notes</a></li><li><a href="activities.aspx">Activities</a></li><li><a href="programs.aspx">Programs</a></li></ul>
<div class="tabBody">
  <h2>Case Notes</h2>
  <table class="gridView" id="ctl00_Main_gvNotes">
    <tr><th>Date</th><th>Subject</th><th>Contact Method</th><th>Created By</th><th></th></tr>
    <tr><td>11/24/2026</td><td>Training follow-up</td><td>Telephone</td><td>Hollis, Dean</td><td><a href="note.aspx?n=1">View</a></td></tr>
    <tr><td>11/03/2026</td><td>IEP review</td><td>In Person</td><td>Hollis, Dean</td><td><a href="note.aspx?n=2">View</a></td></tr>
    <tr><td>10/15/2026</td><td>Document request</td><td>Email</td><td>Ames, Carla</td><td><a href="note.aspx?n=3">View</a></td></tr>
  </table>
  <fieldset id="addNote"><legend>Add a Case Note</legend>
    <label for="ctl00_Main_txtSubject">Subject</label> <input id="ctl00_Main_txtSubject" name="ctl00$Main$txtSubject" type="text" maxlength="100">
    <label for="ctl00_Main_txtContactDate">Contact Date</label> <input id="ctl00_Main_txtContactDate" name="ctl00$Main$txtContactDate" type="text" value="12/02/2026">
    <label for="ctl00_Main_ddlMethod">Contact Method</label>
    <select id="ctl00_Main_ddlMethod" name="ctl00$Main$ddlMethod"><option value="">-- Select --</option><option value="1">In Person</option><option value="2">Telephone</option><option value="3">Email</option><option value="4">Mail</option></select>
    <label for="ctl00_Main_txtNote">Case Note</label>
    <textarea id="ctl00_Main_txtNote" name="ctl00$Main$txtNote" rows="10" cols="80"></textarea>
    <input type="submit" id="ctl00_Main_btnSave" name="ctl00$Main$btnSave" value="Save"> <input type="submit" id="ctl00_Main_btnCancel" value="Cancel">
  </fieldset>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#ctl00_Main_txtNote',
    contactTypeField: '#ctl00_Main_ddlMethod',
    dateField: '#ctl00_Main_txtContactDate',
    submitControl: '#ctl00_Main_btnSave',
    participant: { id: '0418826', name: 'Martinez, Rosa' },
    contacts: [
      { date: '2026-11-24', type: 'telephone' },
      { date: '2026-11-03', type: 'in-person' },
      { date: '2026-10-15', type: 'email' },
    ],
  },
};
