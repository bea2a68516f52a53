import type { UnseenPage } from '../types';

/**
 * Leave alone: a business services screen of a case system, an employer's record with a "Contact notes" box for the
 * account representative's calls with the employer's HR contact. The words say contact notes, but no participant's
 * case note is written here (a contact with an employer is not a participant's contact).
 */
export const PAGE: UnseenPage = {
  id: 'employer-contact-log',
  system: 'A regional workforce board’s case system (business services module)',
  modelledOn:
    'Public WIOA business services guidance (employer contacts logged by account representatives, separate from participant case notes); the board, screen, ids and names are ours.',
  url: 'https://cms.northstarwdb.example.org/business/accounts/40218/contacts',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Employer account · Lakeside Cold Storage LLC · NorthStar CMS</title>
</head>
<body>
<header class="bar"><a href="/">NorthStar CMS</a>
  <nav><a href="/participants">Participants</a> <a href="/business/accounts">Employers</a> <a href="/reports">Reports</a></nav>
  <span class="who">D. Okafor, Business Services</span></header>
<main>
  <div class="record-head">
    <h1>Lakeside Cold Storage LLC</h1>
    <table class="facts">
      <tr><th>Account ID</th><td>EMP-40218</td><th>FEIN</th><td>XX-XXX4471</td></tr>
      <tr><th>HR contact</th><td>Pam Riedel</td><th>Open job orders</th><td>3</td></tr>
    </table>
  </div>
  <form id="employerContactForm" method="post" action="/business/accounts/40218/contacts">
    <h2>Log an employer contact</h2>
    <label for="ec-type">Contact type</label>
    <select id="ec-type" name="type"><option value="">Select</option><option>In person</option><option>Phone</option><option>Email</option><option>Letter</option></select>
    <label for="ec-date">Contact date</label>
    <input type="date" id="ec-date" name="contact_date" value="2026-12-02">
    <label for="ec-notes">Contact notes</label>
    <textarea id="ec-notes" name="notes" rows="8"></textarea>
    <button type="submit">Save contact</button>
  </form>
  <h2>Earlier employer contacts</h2>
  <table class="history">
    <thead><tr><th>Date</th><th>Contact type</th><th>Staff</th><th>Notes</th></tr></thead>
    <tbody>
      <tr><td>11/12/2026</td><td>Phone</td><td>D. Okafor</td><td>Pam says the forklift openings are still open; wants three referrals before the holiday rush.</td></tr>
      <tr><td>10/22/2026</td><td>In person</td><td>D. Okafor</td><td>Site tour with Pam; confirmed OJT contract terms for two warehouse associates.</td></tr>
    </tbody>
  </table>
</main>
</body>
</html>`,
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
