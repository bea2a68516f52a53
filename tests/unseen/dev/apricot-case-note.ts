import type { UnseenPage } from '../types';

/** An Apricot Tier 2 "Case Note" record: labels in divs beside generic field ids, the Save Record button in a side palette, no note list on the form. */
export const PAGE: UnseenPage = {
  id: 'apricot-case-note',
  system: 'Apricot (Social Solutions / Bonterra)',
  modelledOn:
    'Apricot knowledge base, "Creating and Editing Records" (Tier 1 / Tier 2 records, Record Save Checklist, Save Record in the Record Options palette) and the Apricot glossary; the Case Note form\'s fields are a workforce agency\'s plausible configuration, ours.',
  url: 'https://apricot.socialsolutions.com/document/edit/id/new/form_id/87/parent_id/10482',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Apricot - New Case Note</title>
<link rel="stylesheet" href="/css/apricot.min.css?v=2.41.3">
</head>
<body class="apricot document_edit">
<div id="top_bar">
  <div id="logo"><img src="/images/apricot_logo.svg" alt="Apricot"></div>
  <ul id="main_tabs">
    <li class="selected"><a href="/my_apricot">My Apricot</a></li>
    <li><a href="/reports">Reports</a></li>
    <li><a href="/administrator">Administrator</a></li>
  </ul>
  <div id="user_menu"><span class="user_name">Rosa Delgado</span> <a href="/user/profile">Profile</a> <a href="/logout">Log Out</a></div>
</div>
<div id="left_menu">
  <h3>Search Records</h3>
  <ul>
    <li><a href="/search/form_id/12">Participant Profile</a></li>
    <li><a href="/search/form_id/31">Employer</a></li>
    <li><a href="/search/form_id/44">Training Provider</a></li>
  </ul>
  <h3>Bulletins</h3>
  <div class="bulletin">Reminder: WIOA case notes are due within 5 business days of the contact. Monthly data validation runs on the 3rd.</div>
</div>
<div id="content">
  <div class="breadcrumbs"><a href="/my_apricot">My Apricot</a> &rsaquo; <a href="/folder/id/10482">Participant Profile: Marisol Rivera (10482)</a> &rsaquo; New Case Note</div>
  <div class="folder_header">
    <div class="folder_title">Marisol Rivera</div>
    <div class="folder_meta"><span class="meta_label">Record ID</span> <span class="meta_value">10482</span>
      <span class="meta_label">Program</span> <span class="meta_value">WIOA Dislocated Worker</span>
      <span class="meta_label">Status</span> <span class="meta_value">Active</span></div>
  </div>
  <form id="document_form" action="/document/save" method="post" autocomplete="off">
    <input type="hidden" name="form_id" value="87">
    <input type="hidden" name="parent_id" value="10482">
    <input type="hidden" name="csrf_token" value="b9f2c0e1a7d44f2e9c3a">
    <div class="section" id="section_1201">
      <div class="section_title">Case Note</div>
      <div class="field_row">
        <div class="field_label" id="label_field_2210">Staff Member<span class="required">*</span></div>
        <div class="field_input"><select id="field_2210" name="field_2210" aria-labelledby="label_field_2210">
          <option value="">Select One</option>
          <option value="311" selected>Rosa Delgado</option>
          <option value="318">Kevin Tran</option>
          <option value="322">Alicia Brooks</option>
        </select></div>
      </div>
      <div class="field_row">
        <div class="field_label" id="label_field_2211">Date of Service<span class="required">*</span></div>
        <div class="field_input date_field"><input type="text" id="field_2211" name="field_2211" class="date_picker" placeholder="mm/dd/yyyy" aria-labelledby="label_field_2211" value=""></div>
      </div>
      <div class="field_row">
        <div class="field_label" id="label_field_2212">Contact Type<span class="required">*</span></div>
        <div class="field_input"><select id="field_2212" name="field_2212" aria-labelledby="label_field_2212">
          <option value="">Select One</option>
          <option value="1">Face to Face - Office</option>
          <option value="2">Face to Face - Community/Home Visit</option>
          <option value="3">Telephone</option>
          <option value="4">Email</option>
          <option value="5">Letter/Mail</option>
          <option value="6">Text Message</option>
          <option value="7">Video Call</option>
          <option value="8">Collateral Contact</option>
        </select></div>
      </div>
      <div class="field_row">
        <div class="field_label" id="label_field_2213">Service Provided</div>
        <div class="field_input checkbox_group" id="field_2213" role="group" aria-labelledby="label_field_2213">
          <label><input type="checkbox" name="field_2213[]" value="a"> Career counseling</label>
          <label><input type="checkbox" name="field_2213[]" value="b"> Job search assistance</label>
          <label><input type="checkbox" name="field_2213[]" value="c"> Training follow-up</label>
          <label><input type="checkbox" name="field_2213[]" value="d"> Supportive services</label>
        </div>
      </div>
      <div class="field_row">
        <div class="field_label" id="label_field_2214">Case Note Narrative<span class="required">*</span></div>
        <div class="field_input"><textarea id="field_2214" name="field_2214" rows="12" aria-labelledby="label_field_2214"></textarea></div>
      </div>
      <div class="field_row">
        <div class="field_label" id="label_field_2215">Plan / Next Steps</div>
        <div class="field_input"><textarea id="field_2215" name="field_2215" rows="4" aria-labelledby="label_field_2215"></textarea></div>
      </div>
      <div class="field_row">
        <div class="field_label" id="label_field_2216">Follow-Up Date</div>
        <div class="field_input date_field"><input type="text" id="field_2216" name="field_2216" class="date_picker" placeholder="mm/dd/yyyy" aria-labelledby="label_field_2216" value=""></div>
      </div>
    </div>
  </form>
</div>
<div id="right_palette">
  <div class="palette">
    <div class="palette_title">Record Options</div>
    <button type="button" id="save_record_button" class="palette_button primary" data-action="save">Save Record</button>
    <button type="button" id="cancel_record_button" class="palette_button" data-action="cancel">Cancel</button>
  </div>
  <div class="palette">
    <div class="palette_title">Record Save Checklist</div>
    <ul class="checklist">
      <li class="done">Staff Member</li>
      <li>Date of Service</li>
      <li>Contact Type</li>
      <li>Case Note Narrative</li>
    </ul>
  </div>
</div>
<div id="footer">&copy; Bonterra. Apricot&reg; | <a href="/help">Help Center</a></div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#field_2214',
    contactTypeField: '#field_2212',
    dateField: '#field_2211',
    submitControl: '#save_record_button',
    // The record ID is Apricot's folder number, which this agency uses as its participant number.
    participant: { id: '10482', name: 'Marisol Rivera' },
    contacts: [],
  },
};
