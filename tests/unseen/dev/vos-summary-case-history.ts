import type { UnseenPage } from '../types';

/**
 * Virtual OneStop's Summary tab for an individual (VOS Staff Guide chapter 4: Case Summary, Chronological Case History,
 * Individual Information panels): no note box (notes are added on the Case Notes tab), so nothing to attach to; the
 * Chronological Case History lists case notes among activities and enrollments, and only the case notes are contacts.
 */
export const PAGE: UnseenPage = {
  id: 'vos-summary-case-history',
  system: 'Geographic Solutions Virtual OneStop (a state’s staff site)',
  modelledOn:
    'The public VOS Staff Guide, chapter 4 “Individuals – Case Management” (Summary Tab: Case Summary, Chronological Case History and Individual Information panels); the markup, rows, ids and names are ours.',
  url: 'https://jobs.example-state.gov/vosnet/staff/individual/summary.aspx?enc=Zk9x2',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>General Profile - Summary - Virtual OneStop</title></head>
<body>
<div id="topBar"><span class="staffInfo">Staff: Hollis, Dean</span> <a href="/vosnet/logout.aspx">Sign Out</a></div>
<ul class="tabStrip"><li class="selected"><a href="summary.aspx">Summary</a></li><li><a href="casenotes.aspx">Case Notes</a></li><li><a href="activities.aspx">Activities</a></li></ul>
<div class="panel" id="pnlCaseSummary"><h3>Case Summary</h3>
  <table class="formTable"><tr><td class="lbl">Case Manager:</td><td>Hollis, Dean</td></tr><tr><td class="lbl">Open Programs:</td><td>WIOA Adult, Wagner-Peyser</td></tr><tr><td class="lbl">Last Activity:</td><td>11/24/2026</td></tr></table>
</div>
<div class="panel" id="pnlHistory"><h3>Chronological Case History</h3>
  <table class="gridView" id="gvHistory">
    <tr><th>Date</th><th>Type</th><th>Description</th><th>Staff</th></tr>
    <tr><td>11/24/2026</td><td>Case Note</td><td>Training follow-up (Telephone)</td><td>Hollis, Dean</td></tr>
    <tr><td>11/10/2026</td><td>Activity</td><td>300 Occupational Skills Training - Approved Provider</td><td>Hollis, Dean</td></tr>
    <tr><td>11/03/2026</td><td>Case Note</td><td>IEP review (In Person)</td><td>Hollis, Dean</td></tr>
    <tr><td>10/20/2026</td><td>Enrollment</td><td>WIOA Adult - Application approved</td><td>Ames, Carla</td></tr>
    <tr><td>10/15/2026</td><td>Case Note</td><td>Document request (Email)</td><td>Ames, Carla</td></tr>
  </table>
</div>
<div class="panel" id="pnlIndividual"><h3>Individual Information</h3>
  <table class="formTable"><tr><td class="lbl">Name:</td><td>Martinez, Rosa</td></tr><tr><td class="lbl">User Name:</td><td>rmartinez82</td></tr><tr><td class="lbl">State ID:</td><td>0418826</td></tr></table>
</div>
</body>
</html>`,
  expect: {
    attach: false,
    noteField: null,
    contactTypeField: null,
    dateField: null,
    submitControl: null,
    participant: null,
    contacts: [
      { date: '2026-11-24', type: 'telephone' },
      { date: '2026-11-03', type: 'in-person' },
      { date: '2026-10-15', type: 'email' },
    ],
  },
};
