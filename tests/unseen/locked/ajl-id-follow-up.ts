import type { UnseenPage } from '../types';

/**
 * IdahoWorks (America's JobLink): a follow-up record after exit, where the date of the follow-up contact
 * is the contact date and the next follow-up due date is not; prior follow-ups listed below.
 */
export const PAGE: UnseenPage = {
  id: 'ajl-id-follow-up',
  system: "America's JobLink (IdahoWorks)",
  modelledOn:
    "America's JobLink public staff guide (program details, follow-up services after exit, notes with Reference Date and Contact Type); the follow-up screen, its ids and the person are ours.",
  url: 'https://idahoworks.gov/ada/r/staff/jobseekers/640019/programs/wioa-adult/follow-ups/new',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>IdahoWorks | Staff | Follow-Up</title>
<link rel="stylesheet" href="/ada/assets/ajl-staff.css">
</head>
<body class="staff">
<header class="staff-header">
  <a class="brand" href="/ada/r/staff"><img src="/ada/assets/idahoworks.png" alt="IdahoWorks"></a>
  <nav aria-label="Staff">
    <a href="/ada/r/staff/jobseekers">Job Seekers</a><a href="/ada/r/staff/employers">Employers</a><a href="/ada/r/staff/reports">Reports</a><a href="/ada/r/staff/calendar">Calendar</a>
  </nav>
  <div class="who">Rachel Summers &middot; Twin Falls Office &middot; <a href="/ada/r/logout">Log out</a></div>
</header>
<div class="js-banner">
  <h1 class="js-name">Beckett, Owen</h1>
  <dl class="js-facts"><dt>Job Seeker ID</dt><dd>640019</dd><dt>Program</dt><dd>WIOA Adult &mdash; exited 07/31/2026</dd><dt>Follow-up period</dt><dd>through 07/31/2027</dd></dl>
</div>
<nav class="subnav" aria-label="Program">
  <a href="../details">Program Details</a><a href="../activities">Activities</a><a href="../notes">Notes</a><a href="../follow-ups" aria-current="page">Follow-Ups</a><a href="../outcomes">Outcomes</a>
</nav>
<main>
  <h2>Record Follow-Up</h2>
  <form id="followUpForm" method="post" action="/ada/r/staff/jobseekers/640019/programs/wioa-adult/follow-ups">
    <input type="hidden" name="authenticity_token" value="q1X9b2cRt0Vw8Z">
    <div class="row">
      <div class="col">
        <label for="follow_up_contact_date">Date of Follow-Up Contact <span class="req">*</span></label>
        <input type="date" id="follow_up_contact_date" name="follow_up[contact_date]" value="">
      </div>
      <div class="col">
        <label for="follow_up_quarter">Quarter After Exit</label>
        <select id="follow_up_quarter" name="follow_up[quarter]"><option value="1">1st</option><option value="2" selected>2nd</option><option value="3">3rd</option><option value="4">4th</option></select>
      </div>
    </div>
    <fieldset class="radios" id="follow_up_contact_type">
      <legend>Contact Type <span class="req">*</span></legend>
      <label><input type="radio" name="follow_up[contact_type]" value="in_person"> In Person</label>
      <label><input type="radio" name="follow_up[contact_type]" value="phone"> Telephone</label>
      <label><input type="radio" name="follow_up[contact_type]" value="email"> E-mail</label>
      <label><input type="radio" name="follow_up[contact_type]" value="mail"> Mail</label>
      <label><input type="radio" name="follow_up[contact_type]" value="employer"> Employer Verification</label>
    </fieldset>
    <fieldset class="checks">
      <legend>Follow-Up Services Provided</legend>
      <label><input type="checkbox" name="follow_up[services][]" value="counseling"> Career counseling</label>
      <label><input type="checkbox" name="follow_up[services][]" value="workplace"> Work-related peer support / workplace issues</label>
      <label><input type="checkbox" name="follow_up[services][]" value="supportive"> Supportive services</label>
      <label><input type="checkbox" name="follow_up[services][]" value="none"> Contact only, no service</label>
    </fieldset>
    <div class="row">
      <div class="col">
        <label for="follow_up_employer">Current Employer</label>
        <input type="text" id="follow_up_employer" name="follow_up[employer]" value="Chobani - Twin Falls">
      </div>
      <div class="col">
        <label for="follow_up_wage">Hourly Wage</label>
        <input type="text" id="follow_up_wage" name="follow_up[wage]" value="21.50">
      </div>
    </div>
    <label for="follow_up_notes">Follow-Up Notes <span class="req">*</span></label>
    <textarea id="follow_up_notes" name="follow_up[notes]" rows="9"></textarea>
    <div class="row">
      <div class="col">
        <label for="follow_up_next_due">Next Follow-Up Due</label>
        <input type="date" id="follow_up_next_due" name="follow_up[next_due]" value="2027-02-28">
      </div>
    </div>
    <div class="actions">
      <button type="submit" class="btn btn-primary" id="follow_up_submit" name="commit" value="save">Save Follow-Up</button>
      <a class="btn" href="../follow-ups">Cancel</a>
    </div>
  </form>
  <section class="history" aria-labelledby="prior-fu">
    <h2 id="prior-fu">Previous Follow-Ups</h2>
    <table class="table">
      <thead><tr><th scope="col">Contact Date</th><th scope="col">Quarter</th><th scope="col">Contact Type</th><th scope="col">Notes</th><th scope="col">Staff</th></tr></thead>
      <tbody>
        <tr><td>11/03/2026</td><td>2nd</td><td>Employer Verification</td><td>HR confirmed Owen still employed full time, line lead since October.</td><td>R. Summers</td></tr>
        <tr><td>09/22/2026</td><td>1st</td><td>Telephone</td><td>Owen reports he is doing well at Chobani; no needs at this time.</td><td>R. Summers</td></tr>
        <tr><td>08/14/2026</td><td>1st</td><td>E-mail</td><td>Sent follow-up survey; Owen returned it 08/16 with new pay stub attached.</td><td>R. Summers</td></tr>
      </tbody>
    </table>
  </section>
</main>
<footer class="staff-footer">IdahoWorks is a proud partner of the American Job Center network. Powered by America's JobLink.</footer>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#follow_up_notes',
    contactTypeField: '#follow_up_contact_type',
    // A follow-up is a contact: its date is the contact date here; "Next Follow-Up Due" is the date never to take.
    dateField: '#follow_up_contact_date',
    submitControl: '#follow_up_submit',
    participant: { id: '640019', name: 'Beckett, Owen' },
    // Employer verification is a contact with someone else about him: listed, with no type.
    contacts: [
      { date: '2026-11-03', type: null },
      { date: '2026-09-22', type: 'telephone' },
      { date: '2026-08-14', type: 'email' },
    ],
  },
};
