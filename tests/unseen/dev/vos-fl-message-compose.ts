import type { UnseenPage } from '../types';

/** Leave alone: staff composing a message to the participant (it goes to them, it is no case note), with a subject, a send-date and a message box. */
export const PAGE: UnseenPage = {
  id: 'vos-fl-message-compose',
  system: 'Virtual OneStop (Employ Florida)',
  modelledOn:
    'Geographic Solutions Virtual OneStop staff guides (Manage Individuals, Messages: compose to an individual, subject, body, Send); the Florida screen, its ids and the people are ours.',
  url: 'https://www.employflorida.com/vosnet/staff/messages/Compose.aspx?to=IND&enc=Qm3fT0c9wXk',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Employ Florida - Messages - Compose</title>
<link rel="stylesheet" href="/vosnet/styles/vos.css">
</head>
<body>
<form method="post" action="./Compose.aspx?to=IND&amp;enc=Qm3fT0c9wXk" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTg3NjQ0NTEyOWRk">
<div id="header">
  <div class="logo"><img src="/vosnet/images/ef_logo.png" alt="Employ Florida"></div>
  <div class="welcome">Staff: Derrick Fontaine, CareerSource Tampa Bay</div>
  <div class="toplinks"><a href="/vosnet/Default.aspx">Home</a> | <a href="/vosnet/staff/messages/Inbox.aspx">Message Center (3)</a> | <a href="/vosnet/Logout.aspx">Sign Out</a></div>
</div>
<div id="menu"><ul>
  <li class="on"><a href="/vosnet/staff/Individuals.aspx">Manage Individuals</a></li>
  <li><a href="/vosnet/staff/Employers.aspx">Manage Employers</a></li>
  <li><a href="/vosnet/staff/Reports.aspx">Reports</a></li>
</ul></div>
<div id="content">
  <div class="msgTabs"><a href="Inbox.aspx">Inbox</a> <a href="Sent.aspx">Sent</a> <span class="current">Compose</span> <a href="Templates.aspx">Templates</a></div>
  <h1>Compose Message</h1>
  <table class="formTable">
    <tr><td class="lbl">To:</td><td><span id="ctl00_Main_lblTo">Andre Beaumont (Individual)</span> <a href="#" id="ctl00_Main_lnkChangeRecipient">Change</a></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_ddlTemplate">Use template</label></td>
        <td><select name="ctl00$Main$ddlTemplate" id="ctl00_Main_ddlTemplate"><option value="">(none)</option><option value="12">Appointment reminder</option><option value="19">Missing documents</option><option value="23">Please contact your career counselor</option></select></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtSubject">Subject *</label></td>
        <td><input name="ctl00$Main$txtSubject" type="text" value="Your appointment on 12/09" id="ctl00_Main_txtSubject" size="70"></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtBody">Message *</label></td>
        <td><textarea name="ctl00$Main$txtBody" rows="12" cols="90" id="ctl00_Main_txtBody">Hi Andre, this is a reminder of your appointment with me on 12/09/2026 at 10:00 AM at the Tampa center. Please bring your training completion certificate. Call me at 813-555-0162 if you need to reschedule.</textarea></td></tr>
    <tr><td class="lbl"><label for="ctl00_Main_txtSendOn">Send on</label></td>
        <td><input name="ctl00$Main$txtSendOn" type="text" value="12/02/2026" id="ctl00_Main_txtSendOn" size="10"> <span class="hint">Leave today's date to send now.</span></td></tr>
    <tr><td class="lbl">Also send as</td>
        <td><input id="ctl00_Main_chkEmail" type="checkbox" name="ctl00$Main$chkEmail" checked><label for="ctl00_Main_chkEmail">E-mail</label>
            <input id="ctl00_Main_chkSms" type="checkbox" name="ctl00$Main$chkSms"><label for="ctl00_Main_chkSms">Text message</label></td></tr>
    <tr><td class="lbl"></td><td><input id="ctl00_Main_chkCaseNote" type="checkbox" name="ctl00$Main$chkCaseNote"><label for="ctl00_Main_chkCaseNote">Copy this message to the individual's case notes</label></td></tr>
  </table>
  <div class="buttons">
    <input type="submit" name="ctl00$Main$btnSend" value="Send" id="ctl00_Main_btnSend" class="primary">
    <input type="submit" name="ctl00$Main$btnSaveDraft" value="Save Draft" id="ctl00_Main_btnSaveDraft">
    <input type="submit" name="ctl00$Main$btnCancel" value="Cancel" id="ctl00_Main_btnCancel">
  </div>
</div>
<div id="footer">Employ Florida is an equal opportunity employer/program. Auxiliary aids and services are available upon request to individuals with disabilities. All voice telephone numbers may be reached by persons using TTY/TDD equipment via the Florida Relay Service at 711.</div>
</form>
</body>
</html>`,
  // The "copy to case notes" box would make the message a case-note entry too; unticked, this is only a message.
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
