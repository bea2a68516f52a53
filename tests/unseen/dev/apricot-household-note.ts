import type { UnseenPage } from '../types';

/**
 * Leave the participant unread: an Apricot Tier 2 "Household Note" under a household's folder. The folder header names the
 * household ("Household Profile: Reyes Household (Record ID 5512)") and a members table lists three people, each with a
 * client ID: the note is about the household, not one participant.
 */
export const PAGE: UnseenPage = {
  id: 'apricot-household-note',
  system: 'Social Solutions (Bonterra) Apricot 360',
  modelledOn:
    'Apricot knowledge-base article on recommended form structures (a Tier 1 Household Details form beside the Client/Participant form, Tier 2 records under each folder); the household note form, ids and names are ours.',
  url: 'https://apricot.bonterratech.com/document/edit/id/new/form_id/140/parent_id/5512',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Apricot | Household Note</title></head>
<body>
<div class="folder_header">
  <div class="folder_header_title">Household Profile: Reyes Household (Record ID 5512)</div>
</div>
<h2>Household Members</h2>
<table class="members">
  <tr><th>Name</th><th>Client ID</th><th>Relationship</th></tr>
  <tr><td>Reyes, Daniela</td><td>WF-20417</td><td>Head of household</td></tr>
  <tr><td>Reyes, Mateo</td><td>WF-20418</td><td>Son</td></tr>
  <tr><td>Reyes, Lucia</td><td>WF-20419</td><td>Daughter</td></tr>
</table>
<form id="record_form" method="post" action="/document/save">
  <div class="section_bar">Household Note</div>
  <div class="field"><label for="field_2201">Date</label><input id="field_2201" name="field_2201" type="date"></div>
  <div class="field"><label for="field_2202">Household Note</label><textarea id="field_2202" name="field_2202" rows="8" cols="70"></textarea></div>
  <div class="palette"><h3>Record Options</h3><button type="submit" id="save_record">Save Record</button></div>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#field_2202',
    contactTypeField: null,
    dateField: '#field_2201',
    submitControl: '#save_record',
    participant: null,
    contacts: [],
  },
};
