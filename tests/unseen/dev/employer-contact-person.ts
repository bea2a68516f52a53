import type { UnseenPage } from '../types';

/**
 * Leave the employer's contact person alone: a note page for a participant's on-the-job training, with the employer's
 * box headed "Employer contact: Dale Brooks (4471)" (a name and a number in the shape of a participant's heading) and
 * the supervisor's name in a row; the participant only in a labelled row "Job Seeker ID" / "Job Seeker Name".
 */
export const PAGE: UnseenPage = {
  id: 'employer-contact-person',
  system: 'A state workforce agency’s OJT monitoring screen',
  modelledOn:
    'Public WIOA on-the-job training monitoring guides (worksite contact, supervisor, training plan) and case-note screens that show the employer’s contact beside the participant; the agency, screen, ids and names are ours.',
  url: 'https://ojt.workforce.example.gov/monitoring/note?contract=OJT-2026-118',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OJT monitoring note</title>
</head>
<body>
<div id="hdr">OJT Monitoring · Region 4</div>
<div id="page">
  <table class="seeker">
    <tr><th>Job Seeker Name</th><td>Tran, Kim Loan</td><th>Job Seeker ID</th><td>1048823</td></tr>
    <tr><th>Contract</th><td>OJT-2026-118</td><th>Occupation</th><td>Maintenance Technician</td></tr>
  </table>
  <div class="box employer">
    <h3>Employer contact: Dale Brooks (4471)</h3>
    <table><tr><td>Employer</td><td>Prairie Valve &amp; Fitting Co.</td></tr><tr><td>Supervisor Name</td><td>Angela Soto</td></tr><tr><td>Phone</td><td>(316) 555-0119</td></tr></table>
  </div>
  <form method="post" action="/monitoring/note" id="monForm">
    <table>
      <tr><td><label for="mType">Contact with participant</label></td><td><select id="mType" name="mType"><option value="">--</option><option>Worksite visit (in person)</option><option>Phone</option><option>Email</option></select></td></tr>
      <tr><td><label for="mDate">Contact date</label></td><td><input id="mDate" name="mDate" type="date" value="2026-12-02"></td></tr>
      <tr><td><label for="mNote">Case note</label></td><td><textarea id="mNote" name="mNote" rows="8" cols="80"></textarea></td></tr>
    </table>
    <button type="submit" id="mSave">Save note</button>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#mNote',
    contactTypeField: '#mType',
    dateField: '#mDate',
    submitControl: '#mSave',
    participant: { id: '1048823', name: 'Tran, Kim Loan' },
    contacts: [],
  },
};
