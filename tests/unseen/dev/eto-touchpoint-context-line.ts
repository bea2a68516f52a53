import type { UnseenPage } from '../types';

/**
 * ETO (Efforts to Outcomes) recording a "Case Note" TouchPoint for a participant: the page's context line reads
 * "Site: … | Program: … | Participant: Okafor, Grace (Case #: 00019933)", the participant's case number as the site's
 * demographics show it; the contact method is a radio group and "Date Taken" is the contact's date.
 */
export const PAGE: UnseenPage = {
  id: 'eto-touchpoint-context-line',
  system: 'ETO (Efforts to Outcomes, Social Solutions)',
  modelledOn:
    'ETO user manuals and knowledge-base articles (TouchPoints recorded for a participant, the participant dashboard, the site and program a user works in, the navigation bar); the context line, ids and names are ours.',
  url: 'https://secure.etosoftware.com/Forms/Touchpoint/TouchpointResponse.aspx?TouchpointID=188&SubjectType=1',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>ETO - Record TouchPoint</title></head>
<body>
<div id="navBar" role="navigation"><a href="/Participants">Participants</a> <a href="/Efforts">Efforts</a> <a href="/Reports">Reports</a></div>
<div id="contextLine">Site: WorkSource Spokane | Program: WIOA Adult | Participant: Okafor, Grace (Case #: 00019933)</div>
<form id="tpForm" method="post">
  <h1>Case Note</h1>
  <table class="tpQuestions">
    <tr><td><label for="q_date">Date Taken</label></td><td><input id="q_date" name="q_date" type="text" value=""></td></tr>
    <tr><td>Contact Method</td><td><div id="q_method" role="radiogroup">
      <input type="radio" name="q_method" id="m1" value="1"><label for="m1">Face to Face</label>
      <input type="radio" name="q_method" id="m2" value="2"><label for="m2">Phone</label>
      <input type="radio" name="q_method" id="m3" value="3"><label for="m3">Email</label></div></td></tr>
    <tr><td><label for="q_note">Case Note</label></td><td><textarea id="q_note" name="q_note" rows="10" cols="70"></textarea></td></tr>
  </table>
  <input type="submit" id="btnSave" value="Save">
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#q_note',
    contactTypeField: '#q_method',
    dateField: '#q_date',
    submitControl: '#btnSave',
    participant: { id: '00019933', name: 'Okafor, Grace' },
    contacts: [],
  },
};
