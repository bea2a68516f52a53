import type { UnseenPage } from '../types';

/**
 * Oregon I-Trac's participant-facing document upload, on the same host as its case notes: a page
 * to leave alone. The participant (not a case manager) picks files and may write a message to their
 * career coach; a Submit button; a list of documents already sent, with dates.
 */
export const PAGE: UnseenPage = {
  id: 'itrac-or-document-upload',
  system: 'I-Trac (Worksystems, WorkSource Oregon local boards), participant document upload',
  modelledOn:
    "Worksystems' public help site (the I-Trac Document Upload Tool, 'a secure method for acquiring participant documents', and the participant e-signature tool for the NextGen application). The page, wording, ids and files are ours.",
  url: 'https://itrac.worksystems.org/Upload/Participant.aspx?t=7QfX2mLp9RkV4sWc',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Secure Document Upload - WorkSource Portland Metro</title>
<link href="/Content/upload.css?v=2026.3" rel="stylesheet">
</head>
<body>
<form method="post" action="./Participant.aspx?t=7QfX2mLp9RkV4sWc" id="form1" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE4MjU0NjQ5NTRkZAL5bQ2c8xYtWm0=">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAQ0mBq7xF2Jk4c=">
<div class="upl-wrap">
  <header class="upl-header"><img src="/Content/img/wspm-logo.png" alt="WorkSource Portland Metro"><span>Secure Document Upload</span></header>
  <p class="upl-greeting">Hi Elena, your career coach <b>Joel Tanaka</b> asked for the documents below. Files are sent securely and are only seen by WorkSource staff.</p>
  <ul class="upl-requested">
    <li>Proof of layoff (separation letter or UI determination)</li>
    <li>Photo ID</li>
  </ul>
  <div class="upl-field">
    <label for="fuDocs">Choose files (PDF, JPG, PNG; up to 10 MB each)</label>
    <input type="file" name="fuDocs" id="fuDocs" multiple accept=".pdf,.jpg,.jpeg,.png">
  </div>
  <div class="upl-field">
    <label for="ddlDocType">What are you sending?</label>
    <select name="ddlDocType" id="ddlDocType"><option value="">Choose one</option><option value="LAYOFF">Proof of layoff</option><option value="ID">Photo ID</option><option value="INCOME">Income</option><option value="OTHER">Other</option></select>
  </div>
  <div class="upl-field">
    <label for="txtMessage">Message to your career coach (optional)</label>
    <textarea name="txtMessage" id="txtMessage" rows="6" cols="60" placeholder="Anything your coach should know about these documents"></textarea>
  </div>
  <div class="upl-actions"><input type="submit" name="btnSubmit" value="Submit documents" id="btnSubmit" class="upl-btn"></div>
  <h2 class="upl-sent-hdr">Already sent</h2>
  <table class="upl-sent" id="gvSent">
    <tr><th>Sent</th><th>Document</th><th>Status</th></tr>
    <tr><td>11/09/2026</td><td>Signed application (e-signature)</td><td>Received</td></tr>
    <tr><td>10/12/2026</td><td>Resume.pdf</td><td>Received</td></tr>
  </table>
  <footer class="upl-footer">Questions? Call WorkSource Gresham at 503-555-0190.</footer>
</div>
</form>
</body>
</html>`,
  // The participant writes here, to their coach: not a case manager's note. The page greets her by first name only, so no participant.
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
