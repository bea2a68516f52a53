import type { UnseenPage } from '../types';

/**
 * An Apricot Tier 2 "Case Note" record under its Tier 1 participant record, the parent shown over the form as a small
 * table (a header row Participant Name | Participant ID | Date of Birth | Program and one row), and the record's owner in
 * a second one-row table (Assigned Staff | Staff ID): that one is staff, never the participant.
 */
export const PAGE: UnseenPage = {
  id: 'apricot-parent-record-table',
  system: 'Apricot (Social Solutions / Bonterra)',
  modelledOn:
    'Apricot knowledge base, “Creating and Editing Records” and “What are the recommended form structures and relationships” (Tier 1 participant records as document folders holding Tier 2 records); the header tables, field names, ids and names are a plausible agency configuration, ours.',
  url: 'https://apricot.example-agency.org/document/edit/id/new/form_id/92/parent_id/20417',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Apricot - New Case Note</title></head>
<body class="apricot document_edit">
<div id="top_bar"><div id="user_menu"><span class="user_name">Keisha Grant</span> <a href="/logout">Log Out</a></div></div>
<div id="content">
  <div class="parent_summary">
    <table class="linked_record">
      <tr><th>Participant Name</th><th>Participant ID</th><th>Date of Birth</th><th>Program</th></tr>
      <tr><td>Haddad, Samir</td><td>AP-20417</td><td>03/14/1991</td><td>WIOA Adult</td></tr>
    </table>
    <table class="linked_record owner">
      <tr><th>Assigned Staff</th><th>Staff ID</th></tr>
      <tr><td>Keisha Grant</td><td>ST-5521</td></tr>
    </table>
  </div>
  <h1>Case Note</h1>
  <div class="field"><div class="label">Date of Contact</div><input type="text" id="field_2201" name="field_2201"></div>
  <div class="field"><div class="label">Contact Type</div><select id="field_2202" name="field_2202"><option></option><option>Face to Face</option><option>Phone</option><option>Email</option><option>Text</option></select></div>
  <div class="field"><div class="label">Case Note</div><textarea id="field_2203" name="field_2203" rows="10"></textarea></div>
  <div id="record_options"><button type="button" id="save_record">Save Record</button></div>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#field_2203',
    contactTypeField: '#field_2202',
    dateField: '#field_2201',
    submitControl: '#save_record',
    participant: { id: 'AP-20417', name: 'Haddad, Samir' },
    contacts: [],
  },
};
