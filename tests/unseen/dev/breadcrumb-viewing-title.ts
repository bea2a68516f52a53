import type { UnseenPage } from '../types';

/**
 * A state's workforce case system (an older Java/JSP application) that names the individual only in its page title
 * ("Viewing: NGUYEN, HOA - Case Notes") and in a plain breadcrumb trail ("Home > Individuals > NGUYEN, HOA > Case Notes",
 * a div of links, not a labelled breadcrumb list), with the individual's key only in the address
 * ("individualKey=..."). No ID is stated on the page, so the coach may not claim one; a case manager would still say the
 * page is about Hoa Nguyen. Past notes are a table with a date, a "Contact" column and the note.
 */
export const PAGE: UnseenPage = {
  id: 'breadcrumb-viewing-title',
  system: 'A state workforce agency’s JSP case system',
  modelledOn:
    'Public state workforce staff guides whose screenshots describe page titles and breadcrumb trails naming the individual being viewed (“Viewing:” lines, Home > Individuals > name > Case Notes); the agency, markup, ids and names are ours.',
  url: 'https://wfcms.example-state.gov/wfcms/casenotes.do?individualKey=88213&action=add',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Viewing: NGUYEN, HOA - Case Notes</title></head>
<body>
<div class="hdr"><img src="/wfcms/img/logo.gif" alt="WFCMS"> <span class="hdr-user">User: bkowalski</span></div>
<div class="crumbs"><a href="/wfcms/home.do">Home</a> &gt; <a href="/wfcms/individuals.do">Individuals</a> &gt; <a href="/wfcms/individual.do?individualKey=88213">NGUYEN, HOA</a> &gt; Case Notes</div>
<table class="data" width="100%">
  <tr class="hdrRow"><td>Date</td><td>Contact</td><td>Case Note</td><td>Entered By</td></tr>
  <tr><td>11/21/2026</td><td>Telephone</td><td>Hoa called about the interview at Lakeside Dental; prepared her for questions.</td><td>BKOWALSKI</td></tr>
  <tr><td>11/07/2026</td><td>In Person</td><td>Resume reviewed at the center; updated references.</td><td>BKOWALSKI</td></tr>
</table>
<form name="caseNoteForm" action="/wfcms/casenotes.do" method="post">
  <input type="hidden" name="individualKey" value="88213">
  <table class="form">
    <tr><td>Date of Contact</td><td><input type="text" name="contactDate" id="contactDate" value="12/02/2026"></td></tr>
    <tr><td>Contact</td><td><select name="contactType" id="contactType"><option value="">--</option><option>In Person</option><option>Telephone</option><option>E-mail</option><option>Letter</option></select></td></tr>
    <tr><td>Case Note</td><td><textarea name="noteText" id="noteText" rows="10" cols="70"></textarea></td></tr>
  </table>
  <input type="submit" name="save" id="save" value="Save Case Note">
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#noteText',
    contactTypeField: '#contactType',
    dateField: '#contactDate',
    submitControl: '#save',
    participant: { id: null, name: 'NGUYEN, HOA' },
    contacts: [
      { date: '2026-11-21', type: 'telephone' },
      { date: '2026-11-07', type: 'in-person' },
    ],
  },
};
