import type { UnseenPage } from '../types';

/**
 * A county case system's note page: the participant as a definition list "Name / SSN (last 4) / ID / Program", the ID
 * labelled only "ID" (nothing in the label says whose), the last four of the SSN beside it (a number that is no ID).
 * The contact type a drop-down named "Note Type", the date "Service Date".
 */
export const PAGE: UnseenPage = {
  id: 'dl-name-ssn-id',
  system: 'A county workforce office’s case system',
  modelledOn:
    'County and state case-system screens that summarise a participant as labelled facts (name, masked SSN, ID, program) above the note form, as described in public WIOA data-validation and case-file guides; the county, screen, ids and names are ours.',
  url: 'https://casefile.lakecounty.example.gov/notes/edit.php?mode=new',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Case Notes - Lake County Workforce</title>
</head>
<body>
<div id="top"><span class="app">Lake County Workforce – CaseFile</span> <span class="user">User: tgarza</span> <a href="/logout.php">Sign out</a></div>
<div id="content">
  <div class="summary">
    <dl>
      <dt>Name</dt><dd>Okafor, Grace N.</dd>
      <dt>SSN (last 4)</dt><dd>XXX-XX-6612</dd>
      <dt>ID</dt><dd>JS-0081734</dd>
      <dt>Program</dt><dd>WIOA Adult</dd>
    </dl>
  </div>
  <form name="noteform" method="post" action="/notes/save.php">
    <table class="form">
      <tr><td><label for="note_type">Note Type</label></td><td><select name="note_type" id="note_type"><option value="">--</option><option value="OV">Office Visit</option><option value="TC">Telephone</option><option value="EM">E-mail</option><option value="LT">Letter</option></select></td></tr>
      <tr><td><label for="svc_date">Service Date</label></td><td><input type="text" name="svc_date" id="svc_date" size="10" value="12/02/2026"></td></tr>
      <tr><td><label for="note_body">Case Note</label></td><td><textarea name="note_body" id="note_body" rows="10" cols="80"></textarea></td></tr>
      <tr><td></td><td><input type="submit" name="save" id="save" value="Save Note"> <input type="button" value="Cancel" onclick="history.back()"></td></tr>
    </table>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#note_body',
    contactTypeField: '#note_type',
    dateField: '#svc_date',
    submitControl: '#save',
    participant: { id: 'JS-0081734', name: 'Okafor, Grace N.' },
    contacts: [],
  },
};
