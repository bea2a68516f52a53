import type { UnseenPage } from '../types';

/**
 * An Apricot 360 Tier 2 "Case Note" record opened under a participant's Document Folder: the folder header shows the Tier 1
 * record's name and the fields an administrator chose for it (a "Client ID", the program); the form's own System Fields
 * section has a Record ID that is the note's ("New"), not the participant's.
 */
export const PAGE: UnseenPage = {
  id: 'apricot-folder-header-note',
  system: 'Social Solutions (Bonterra) Apricot 360',
  modelledOn:
    'Apricot knowledge-base articles "What is in a Form?" and "Creating and Editing Records" (Tier 1 folder, Tier 2 records under it, sections as wide bars, System Fields with Record ID, the Record Options palette with Save Record); the folder header fields, ids and names are ours.',
  url: 'https://apricot.bonterratech.com/document/edit/id/new/form_id/112/parent_id/20417',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Apricot | Case Note</title></head>
<body>
<div id="top_bar"><div class="user-menu"><span class="user_name">Kim Tran</span> <a href="/logout">Log out</a></div></div>
<div class="folder_header">
  <div class="crumb"><a href="/document/folder/id/20417">Participant Profile</a> &rsaquo; Case Note</div>
  <div class="folder_header_title">Reyes, Daniela</div>
  <div class="folder_header_fields"><span class="fh_label">Client ID:</span> <span class="fh_value">WF-20417</span>
    <span class="fh_label">Program:</span> <span class="fh_value">WIOA Adult</span></div>
</div>
<form id="record_form" method="post" action="/document/save">
  <div class="section_bar">Contact Information</div>
  <div class="field"><label for="field_1101">Date of Contact *</label><input id="field_1101" name="field_1101" type="date"></div>
  <div class="field"><label for="field_1102">Contact Type *</label><select id="field_1102" name="field_1102"><option value="">Select</option><option>In Person</option><option>Phone</option><option>Email</option><option>Text Message</option></select></div>
  <div class="field"><label for="field_1103">Case Note Narrative *</label><textarea id="field_1103" name="field_1103" rows="10" cols="70"></textarea></div>
  <div class="section_bar">System Fields</div>
  <div class="field"><span class="sys_label">Record ID</span> <span class="sys_value">New</span></div>
  <div class="field"><span class="sys_label">Assigned Programs</span> <span class="sys_value">WIOA Adult</span></div>
  <div class="palette"><h3>Record Options</h3><button type="submit" id="save_record">Save Record</button></div>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#field_1103',
    contactTypeField: '#field_1102',
    dateField: '#field_1101',
    submitControl: '#save_record',
    participant: { id: 'WF-20417', name: 'Reyes, Daniela' },
    contacts: [],
  },
};
