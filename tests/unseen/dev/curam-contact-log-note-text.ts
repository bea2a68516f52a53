import type { UnseenPage } from '../types';

/**
 * A Cúram-style (IBM/Merative) person page's Contact Log: a list with Contact Date | Contact Method | Subject | Note Text |
 * Recorded By, and a New Contact form below. One row is an attempt ("No Answer" as its method): read, it must not count.
 */
export const PAGE: UnseenPage = {
  id: 'curam-contact-log-note-text',
  system: 'Cúram (IBM / Merative) Social Program Management',
  modelledOn:
    'Public Cúram Social Program Management documentation on contact logs and notes for a person or case (contact date, method, subject, note text, author); the markup, ids and names are ours.',
  url: 'https://spm.example-state.gov/Curam/en_US/Person_listContactLogPage.do?concernRoleID=-90210',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Contact Log</title></head>
<body>
<div class="page-header"><h1>Thompson, Keira - 88120431</h1></div>
<h2>Contact Log</h2>
<table class="list">
  <tr><th>Contact Date</th><th>Contact Method</th><th>Subject</th><th>Note Text</th><th>Recorded By</th></tr>
  <tr><td>11/25/2026</td><td>Phone</td><td>Job search</td><td>Spoke with Keira; two applications sent this week, interview at Meijer on 12/3.</td><td>B. Ortiz</td></tr>
  <tr><td>11/20/2026</td><td>No Answer</td><td>Job search</td><td>Called, no answer, left voicemail asking her to call back.</td><td>B. Ortiz</td></tr>
  <tr><td>11/04/2026</td><td>Office Visit</td><td>IEP review</td><td>Met Keira in the office to review her IEP goals and the forklift class schedule.</td><td>B. Ortiz</td></tr>
</table>
<form method="post" action="Person_createContactLog.do">
  <h2>New Contact</h2>
  <label for="cDate">Contact Date</label> <input id="cDate" name="cDate" type="text">
  <label for="cMethod">Contact Method</label> <select id="cMethod" name="cMethod"><option></option><option>Phone</option><option>Office Visit</option><option>Email</option></select>
  <label for="cText">Note Text</label> <textarea id="cText" name="cText" rows="8"></textarea>
  <input type="submit" id="cSave" value="Save">
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#cText',
    contactTypeField: '#cMethod',
    dateField: '#cDate',
    submitControl: '#cSave',
    participant: { id: '88120431', name: 'Thompson, Keira' },
    contacts: [
      { date: '2026-11-25', type: 'telephone' },
      { date: '2026-11-20', type: null },
      { date: '2026-11-04', type: 'in-person' },
    ],
  },
};
