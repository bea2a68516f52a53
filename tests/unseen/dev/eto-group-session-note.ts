import type { UnseenPage } from '../types';

/**
 * An ETO group session touchpoint: one note recorded for a workshop, its attendees listed in a table (Participant | ID |
 * Attended), several rows. The note is about a group, so it names no one participant: reading any row as the note's
 * participant would write the whole group's note to one person.
 */
export const PAGE: UnseenPage = {
  id: 'eto-group-session-note',
  system: 'ETO (Efforts to Outcomes, Social Solutions)',
  modelledOn:
    'Public ETO user manuals (“Adding Groups and Registering clients in your Program’s groups”, “Recording and editing group attendance”, recording efforts and touchpoints); the workshop, field names, ids and names are ours.',
  url: 'https://cm.example-eto.org/Group/Session/TouchPoint.aspx?sessionId=7713',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Group Session Touchpoint - ETO</title></head>
<body>
<div id="header"><span class="user">Logged in as: Ruiz, Elena</span></div>
<h1>Group Session: Resume Workshop</h1>
<table class="attendees">
  <tr><th>Participant</th><th>ID</th><th>Attended</th></tr>
  <tr><td>Bell, Marcus</td><td>441209</td><td>Yes</td></tr>
  <tr><td>Chen, Laura</td><td>441377</td><td>Yes</td></tr>
  <tr><td>Diaz, Omar</td><td>441502</td><td>No</td></tr>
</table>
<form method="post" action="TouchPoint.aspx?sessionId=7713">
  <label for="sessDate">Session Date</label> <input id="sessDate" name="sessDate" type="text" value="12/01/2026">
  <label for="sessNotes">Session Notes</label> <textarea id="sessNotes" name="sessNotes" rows="8"></textarea>
  <input type="submit" id="btnSaveSession" value="Save">
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#sessNotes',
    contactTypeField: null,
    dateField: '#sessDate',
    submitControl: '#btnSaveSession',
    participant: null,
    contacts: [],
  },
};
