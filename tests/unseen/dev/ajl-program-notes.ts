import type { UnseenPage } from '../types';

/**
 * America's JobLink, Program Notes for a job seeker's program registration, as AJLA's public online help describes
 * them ("Program Notes" on Program Details, "View All", "Add Note": Reference Date, Recontact Date, Subject, Contact
 * Type, Notes; "the date, your name, and your agency display by default"). The job seeker brought "into context" is
 * named in a context bar of separate pieces (a label, a linked name, "ID: 1209934"); the staff member's name and agency
 * are shown on the form by default; the notes list shows titles only (no note text); the placement panel names an
 * employer's contact person. The Recontact Date is a follow-up, never the contact date.
 */
export const PAGE: UnseenPage = {
  id: 'ajl-program-notes',
  system: 'America’s JobLink (AJL)',
  modelledOn:
    'AJLA’s public AJL online help: “Program Notes” (Program Details page, View All, Add Note fields and defaults), “Add Job Seeker Overview” (bringing a job seeker into context), “Job Placement”; the markup, ids, agency and names are ours.',
  url: 'https://www.example-ajl.gov/ada/r/casemgmt/program_notes?reg=77120',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Program Notes | America's JobLink</title></head>
<body>
<div id="header"><a href="/ada/r/">America's JobLink</a> <div class="userbox">Dana Whitfield · Workforce Center of Sedgwick County · <a href="/logout">Log Out</a></div></div>
<div id="context-bar">
  <span class="ctx-label">Job Seeker</span>
  <a class="ctx-name" href="/ada/r/casemgmt/case_details?js=1209934">Beaumont, Yvette</a>
  <span class="ctx-id">ID: 1209934</span>
  <span class="ctx-program">WIOA Adult</span>
</div>
<div id="content">
  <h1>Program Notes</h1>
  <table class="results" id="notes-list">
    <thead><tr><th>Reference Date</th><th>Subject</th><th>Contact Type</th><th>Created By</th><th>Agency</th></tr></thead>
    <tbody>
      <tr><td>11/26/2026</td><td><a href="note?n=88">Training attendance check</a></td><td>Phone</td><td>Dana Whitfield</td><td>WCSC</td></tr>
      <tr><td>11/12/2026</td><td><a href="note?n=81">ITA paperwork signed</a></td><td>Office Visit</td><td>Dana Whitfield</td><td>WCSC</td></tr>
      <tr><td>10/29/2026</td><td><a href="note?n=74">Sent training provider list</a></td><td>E-mail</td><td>Luis Ibarra</td><td>WCSC</td></tr>
      <tr><td>10/08/2026</td><td><a href="note?n=69">Eligibility documents requested</a></td><td>Mail</td><td>Luis Ibarra</td><td>WCSC</td></tr>
    </tbody>
  </table>
  <div class="panel" id="placement"><h2>Job Placement</h2><p>Employer: Hawthorne Foods · Contact: Gary Lin (Ext. 4410)</p></div>
  <form id="add-note" method="post" action="/ada/r/casemgmt/program_notes/add">
    <h2>Add Note</h2>
    <p class="defaults">Date: 12/02/2026 · Staff: Dana Whitfield · Agency: Workforce Center of Sedgwick County</p>
    <label for="reference_date">Reference Date</label> <input id="reference_date" name="reference_date" type="text" value="12/02/2026"> <button type="button" id="ref_today">Today</button>
    <label for="recontact_date">Recontact Date</label> <input id="recontact_date" name="recontact_date" type="text">
    <label for="subject">Subject</label> <input id="subject" name="subject" type="text">
    <label for="contact_type">Contact Type</label>
    <select id="contact_type" name="contact_type"><option value="">Select</option><option>Phone</option><option>Office Visit</option><option>E-mail</option><option>Mail</option><option>Text Message</option></select>
    <label for="notes">Notes</label> <textarea id="notes" name="notes" rows="8"></textarea>
    <button type="button" id="copy_other">Add to Other Programs/Enrollments</button>
    <button type="submit" id="submit_note">Submit</button> <a href="program_details?reg=77120">Return</a>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#notes',
    contactTypeField: '#contact_type',
    dateField: '#reference_date',
    submitControl: '#submit_note',
    participant: { id: '1209934', name: 'Beaumont, Yvette' },
    contacts: [
      { date: '2026-11-26', type: 'telephone' },
      { date: '2026-11-12', type: 'in-person' },
      { date: '2026-10-29', type: 'email' },
      { date: '2026-10-08', type: 'letter' },
    ],
  },
};
