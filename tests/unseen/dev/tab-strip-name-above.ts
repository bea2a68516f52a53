import type { UnseenPage } from '../types';

/**
 * A participant record with a tab strip "Profile | Notes | Services" and the name above it in an h2, the ID in a line
 * of small print under the name ("Participant ID 3008817 · Opened 09/02/2026"), label and number in one text. The
 * Notes tab holds a table of earlier notes and the form to add one (contact type, date, note).
 */
export const PAGE: UnseenPage = {
  id: 'tab-strip-name-above',
  system: 'A community college consortium’s workforce case system',
  modelledOn:
    'The WAI-ARIA tabs pattern (role=tablist, tab, tabpanel) and participant-record screens of case systems described in public WIOA training material (a header with the name and ID over Profile, Notes and Services tabs); the consortium, screen, ids and names are ours.',
  url: 'https://wpath.ccconsortium.example.edu/record/3008817#notes',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Participant record | WorkPath</title>
</head>
<body>
<header class="app-header"><a class="brand" href="/">WorkPath</a> <span class="signed-in">Signed in as Nora Lindqvist</span></header>
<main>
  <div class="record-header">
    <h2 class="record-name">Luis Ortega-Paz</h2>
    <div class="record-sub">Participant ID 3008817 · Opened 09/02/2026 · Advisor: N. Lindqvist</div>
  </div>
  <div role="tablist" class="tabs" aria-label="Record sections">
    <button role="tab" id="t-profile" aria-selected="false" aria-controls="p-profile">Profile</button>
    <button role="tab" id="t-notes" aria-selected="true" aria-controls="p-notes">Notes</button>
    <button role="tab" id="t-services" aria-selected="false" aria-controls="p-services">Services</button>
  </div>
  <section role="tabpanel" id="p-notes" aria-labelledby="t-notes">
    <table class="notes">
      <thead><tr><th>Date</th><th>Contact</th><th>Note</th><th>By</th></tr></thead>
      <tbody>
        <tr><td>11/20/2026</td><td>Phone</td><td>Luis confirmed he started the CNC night class; attendance sheet to follow.</td><td>N. Lindqvist</td></tr>
        <tr><td>10/30/2026</td><td>In person</td><td>Met at the Eastside campus; signed the training agreement.</td><td>N. Lindqvist</td></tr>
      </tbody>
    </table>
    <form class="add-note" method="post" action="/record/3008817/notes">
      <h3>Add a note</h3>
      <label for="an-type">Contact</label>
      <select id="an-type" name="contact"><option value="">Select</option><option>In person</option><option>Phone</option><option>Email</option><option>Text</option></select>
      <label for="an-date">Date of contact</label>
      <input id="an-date" name="date" type="date" value="2026-12-02">
      <label for="an-note">Note</label>
      <textarea id="an-note" name="note" rows="7"></textarea>
      <button type="submit" id="an-save">Save note</button>
    </form>
  </section>
</main>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#an-note',
    contactTypeField: '#an-type',
    dateField: '#an-date',
    submitControl: '#an-save',
    participant: { id: '3008817', name: 'Luis Ortega-Paz' },
    contacts: [
      { date: '2026-11-20', type: 'telephone' },
      { date: '2026-10-30', type: 'in-person' },
    ],
  },
};
