import type { UnseenPage } from '../types';

/**
 * America's JobLink (Vermont JobLink), staff side: an e-mail to an employer's hiring contact about a
 * job order, a page to leave alone. A large message box, a "Follow-up on" date, Send beside
 * Save Draft, and the employer's contact history (staff and employer, not a participant's notes).
 */
export const PAGE: UnseenPage = {
  id: 'ajl-vt-employer-message',
  system: "America's JobLink (Vermont JobLink)",
  modelledOn:
    "AJL's public staff guides as summarised for the AJL states (employer records, job orders, staff messages to employer contacts and the employer's service/contact history). The layout, ids, names and messages are ours.",
  url: 'https://www.vermontjoblink.com/ada/r/staff/employers/118204/contacts/3391/messages/new?jobOrder=775120',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>New Message | Employer | Vermont JobLink</title>
<link rel="stylesheet" href="/ada/assets/application-5e1c0f.css">
<meta name="csrf-token" content="Q2h1c3Rlcl9WVF9tZXNzYWdlX3Rva2VuXzc3NTEyMA==">
</head>
<body class="staff employers messages">
<header class="site-header">
  <a class="brand" href="/ada/r/staff">Vermont JobLink <span class="staff-badge">Staff</span></a>
  <nav class="primary"><a href="/ada/r/staff/jobseekers">Job Seekers</a><a class="active" href="/ada/r/staff/employers">Employers</a><a href="/ada/r/staff/job_orders">Job Orders</a><a href="/ada/r/staff/reports">Reports</a></nav>
  <div class="user">Barre Resource Center &middot; <a href="/ada/r/staff/profile">G. Lefebvre</a> &middot; <a href="/ada/r/logout">Sign out</a></div>
</header>
<main class="container">
  <ol class="breadcrumb"><li><a href="/ada/r/staff/employers">Employers</a></li><li><a href="/ada/r/staff/employers/118204">Green Mountain Granite Works, LLC</a></li><li>Contacts</li><li>New Message</li></ol>
  <div class="record-header employer">
    <h1>Green Mountain Granite Works, LLC</h1>
    <dl class="inline"><dt>Employer ID</dt><dd>118204</dd><dt>FEIN</dt><dd>**-***4410</dd><dt>Contact</dt><dd>Ruth Abernathy, HR Manager</dd></dl>
  </div>
  <form class="simple_form new_message" id="new_message" action="/ada/r/staff/employers/118204/contacts/3391/messages" method="post">
    <input type="hidden" name="authenticity_token" value="Q2h1c3Rlcl9WVF9tZXNzYWdlX3Rva2VuXzc3NTEyMA==">
    <input type="hidden" name="message[job_order_id]" value="775120">
    <div class="form-group"><label for="message_to">To</label><input class="form-control" type="email" id="message_to" name="message[to]" value="rabernathy@example.com" readonly></div>
    <div class="form-group"><label for="message_subject">Subject</label><input class="form-control" type="text" id="message_subject" name="message[subject]" value="Job Order 775120 &ndash; Stone Cutter/Finisher: referred candidates"></div>
    <div class="form-group"><label for="message_body">Message</label>
      <textarea class="form-control" id="message_body" name="message[body]" rows="12">Hi Ruth,

Three job seekers have been referred to your Stone Cutter/Finisher opening (JO 775120) through Vermont JobLink. Their resumes are attached to the referrals in your employer account.

</textarea></div>
    <div class="row">
      <div class="form-group col-sm-4"><label for="message_follow_up_on">Follow-up on</label><input class="form-control" type="date" id="message_follow_up_on" name="message[follow_up_on]" value="2026-12-09"></div>
      <div class="form-group col-sm-8"><label class="checkbox-inline"><input type="checkbox" name="message[record_service]" value="1" checked> Record as employer service (Job Order Follow-up)</label></div>
    </div>
    <div class="form-actions">
      <button type="submit" class="btn btn-primary" name="commit" value="send" id="message_send">Send</button>
      <button type="submit" class="btn btn-default" name="commit" value="draft" id="message_draft">Save Draft</button>
      <a class="btn btn-link" href="/ada/r/staff/employers/118204">Cancel</a>
    </div>
  </form>
  <section class="history">
    <h2>Contact History &ndash; Green Mountain Granite Works, LLC</h2>
    <table class="table table-condensed">
      <thead><tr><th>Date</th><th>Type</th><th>Contact</th><th>Staff</th><th>Summary</th></tr></thead>
      <tbody>
        <tr><td>11/18/2026</td><td>Phone</td><td>Ruth Abernathy</td><td>G. Lefebvre</td><td>Took job order for 2 stone cutter/finishers, $22&ndash;24/hr, Barre plant.</td></tr>
        <tr><td>10/06/2026</td><td>Site Visit</td><td>Ruth Abernathy</td><td>G. Lefebvre</td><td>Plant tour; discussed OJT for finisher apprentices.</td></tr>
      </tbody>
    </table>
  </section>
</main>
</body>
</html>`,
  // A message to an employer about a job order: no participant, and the history is the employer's, not case notes.
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
