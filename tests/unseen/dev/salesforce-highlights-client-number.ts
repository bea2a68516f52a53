import type { UnseenPage } from '../types';

/**
 * A Salesforce Lightning Contact record used as the participant (a nonprofit's or a state's workforce org): the record
 * header shows the object name over the person's name, the highlights panel lists a "Client Number" and the case manager;
 * a "New Case Note" form sits below, and a "Case Notes" related list shows earlier notes with their date and method.
 */
export const PAGE: UnseenPage = {
  id: 'salesforce-highlights-client-number',
  system: 'Salesforce (Lightning Experience, a case-management org)',
  modelledOn:
    'Salesforce Lightning record pages (record header, highlights panel of compact-layout fields, related lists) and the Public Sector case-participant field reference; the custom fields, ids and names are ours.',
  url: 'https://workforce.lightning.force.com/lightning/r/Contact/0035e00000AbCdEAAV/view',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Aisha Mohammed | Salesforce</title></head>
<body>
<div class="slds-global-header"><span class="slds-avatar" title="Dana Ortiz">DO</span></div>
<div class="slds-page-header record-header">
  <div class="entityNameTitle">Contact</div>
  <h1><span class="slds-page-header__title">Aisha Mohammed</span></h1>
  <ul class="slds-page-header__detail-row">
    <li class="slds-page-header__detail-block"><p class="slds-text-title" title="Client Number">Client Number</p><p class="fieldComponent"><span>C-0092284</span></p></li>
    <li class="slds-page-header__detail-block"><p class="slds-text-title" title="Program">Program</p><p class="fieldComponent"><span>WIOA Youth</span></p></li>
    <li class="slds-page-header__detail-block"><p class="slds-text-title" title="Case Manager">Case Manager</p><p class="fieldComponent"><a href="/lightning/r/User/0055e0000012abc/view">Dana Ortiz</a></p></li>
  </ul>
</div>
<article class="slds-card">
  <h2 class="slds-card__header-title">Case Notes (2)</h2>
  <table class="slds-table">
    <thead><tr><th>Case Note Name</th><th>Contact Date</th><th>Contact Method</th><th>Summary</th></tr></thead>
    <tbody>
      <tr><td>CN-004512</td><td>11/21/2026</td><td>In Person</td><td>Met Aisha at the center; she finished the CNA skills lab and tests 12/5.</td></tr>
      <tr><td>CN-004377</td><td>10/29/2026</td><td>Phone</td><td>Spoke with Aisha by phone about her CNA clinical schedule; attending all shifts.</td></tr>
    </tbody>
  </table>
</article>
<form class="slds-form" id="newCaseNote" method="post">
  <h2>New Case Note</h2>
  <div class="slds-form-element"><label class="slds-form-element__label" for="cnDate">Contact Date</label><input id="cnDate" type="date" class="slds-input"></div>
  <div class="slds-form-element"><label class="slds-form-element__label" for="cnMethod">Contact Method</label><select id="cnMethod" class="slds-select"><option>--None--</option><option>In Person</option><option>Phone</option><option>Video</option><option>Email</option></select></div>
  <div class="slds-form-element"><label class="slds-form-element__label" for="cnBody">Case Note</label><textarea id="cnBody" class="slds-textarea" rows="8"></textarea></div>
  <button type="submit" id="cnSave" class="slds-button slds-button_brand">Save</button>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#cnBody',
    contactTypeField: '#cnMethod',
    dateField: '#cnDate',
    submitControl: '#cnSave',
    participant: { id: 'C-0092284', name: 'Aisha Mohammed' },
    contacts: [
      { date: '2026-11-21', type: 'in-person' },
      { date: '2026-10-29', type: 'telephone' },
    ],
  },
};
