import type { UnseenPage } from '../types';

/**
 * America's JobLink, Add Note on a program registration, as AJLA's public online help lists its fields (Reference Date,
 * Recontact Date, Subject, Contact Type, Notes), on a state's skin that shows the job seeker in a summary table (a header
 * row Name | Job Seeker ID | Program | Case Manager and one row) rather than a context bar; the case manager's name is in
 * the same row. The Recontact Date is a follow-up, never the contact date.
 */
export const PAGE: UnseenPage = {
  id: 'ajl-seeker-summary-table',
  system: 'America’s JobLink (AJL)',
  modelledOn:
    'AJLA’s public AJL online help: “Program Notes” (Add Note fields and defaults) and “Add Job Seeker Overview” (a job seeker in context); the summary table’s shape, ids, agency and names are ours.',
  url: 'https://www.example-joblink.gov/ada/r/casemgmt/program_notes/new?reg=55031',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Add Note | America's JobLink</title></head>
<body>
<div id="header"><a href="/ada/r/">America's JobLink</a> <div class="userbox">Terry Nakamura · <a href="/logout">Log Out</a></div></div>
<div id="content">
  <h2>Job Seeker Summary</h2>
  <table class="summary">
    <thead><tr><th>Name</th><th>Job Seeker ID</th><th>Program</th><th>Case Manager</th></tr></thead>
    <tbody><tr><td>Alvarez, Marisol</td><td>3310458</td><td>WIOA Dislocated Worker</td><td>Terry Nakamura</td></tr></tbody>
  </table>
  <form id="add-note" method="post" action="/ada/r/casemgmt/program_notes">
    <h1>Add Note</h1>
    <label for="ref_date">Reference Date</label> <input id="ref_date" name="ref_date" type="text" value="12/02/2026">
    <label for="recontact">Recontact Date</label> <input id="recontact" name="recontact" type="text">
    <label for="subj">Subject</label> <input id="subj" name="subj" type="text">
    <label for="ctype">Contact Type</label>
    <select id="ctype" name="ctype"><option value="">Select</option><option>Phone</option><option>Office Visit</option><option>E-mail</option></select>
    <label for="note_body">Notes</label> <textarea id="note_body" name="note_body" rows="8"></textarea>
    <button type="submit" id="save_note">Save</button> <a href="program_details?reg=55031">Return</a>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#note_body',
    contactTypeField: '#ctype',
    dateField: '#ref_date',
    submitControl: '#save_note',
    participant: { id: '3310458', name: 'Alvarez, Marisol' },
    contacts: [],
  },
};
