import type { UnseenPage } from '../types';

/**
 * Leave the participant unread: Salesforce's utility-bar "New Case Note" opened from the Home tab. The note's "Related To"
 * lookup is still empty, and the page around it lists recently viewed participants with their client numbers and a
 * one-row "Waitlist" card: nobody on this page is the note's participant yet.
 */
export const PAGE: UnseenPage = {
  id: 'salesforce-utility-note-recent',
  system: 'Salesforce (Lightning Experience, a case-management org)',
  modelledOn:
    'Salesforce Lightning home page components (recent records, list cards) and utility-bar actions with a lookup field; the custom fields, ids and names are ours.',
  url: 'https://workforce.lightning.force.com/lightning/page/home',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Home | Salesforce</title></head>
<body>
<main>
  <h1>Home</h1>
  <article class="slds-card"><h2>Recent Records</h2>
    <table class="slds-table"><tr><th>Name</th><th>Client Number</th></tr>
      <tr><td>Aisha Mohammed</td><td>C-0092284</td></tr>
      <tr><td>Okafor, Grace</td><td>C-0091873</td></tr>
    </table></article>
  <article class="slds-card"><h2>Waitlist</h2>
    <table class="slds-table"><tr><th>Participant Name</th><th>Participant ID</th><th>Program</th></tr>
      <tr><td>Tran, Kim Loan</td><td>C-0093310</td><td>WIOA Adult</td></tr>
    </table></article>
</main>
<div class="utility-panel" role="dialog" aria-label="New Case Note">
  <form id="utilNote" method="post">
    <div class="slds-form-element"><label for="relTo">Related To</label><input id="relTo" type="text" role="combobox" placeholder="Search Contacts..."></div>
    <div class="slds-form-element"><label for="uDate">Contact Date</label><input id="uDate" type="date"></div>
    <div class="slds-form-element"><label for="uMethod">Contact Method</label><select id="uMethod"><option>--None--</option><option>In Person</option><option>Phone</option></select></div>
    <div class="slds-form-element"><label for="uBody">Case Note</label><textarea id="uBody" rows="6"></textarea></div>
    <button type="submit" id="uSave">Save</button>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#uBody',
    contactTypeField: '#uMethod',
    dateField: '#uDate',
    submitControl: '#uSave',
    participant: null,
    contacts: [],
  },
};
