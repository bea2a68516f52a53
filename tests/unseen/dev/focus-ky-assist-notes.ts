import type { UnseenPage } from '../types';

/**
 * Kentucky Focus Assist: a React single-page app; a job seeker's "Notes and reminders" panel where
 * one box takes either a note or a reminder (a Note/Reminder toggle, a "Remind on" date that is a
 * due date, not a contact date), no contact type at all, the box labelled only by aria-label, and
 * past notes as cards dated "Nov 18, 2026".
 */
export const PAGE: UnseenPage = {
  id: 'focus-ky-assist-notes',
  system: 'Focus Assist (Kentucky Career Center, staff side of Focus Career)',
  modelledOn:
    "Kentucky Career Center public pages sending job seekers to focuscareer.ky.gov (a Focus Career account as step one of WIOA intake), and the Focus suite's staff side (Assist) with job seeker profiles, notes and reminders. The React markup, generated class names, ids and notes are ours.",
  url: 'https://focusassist.ky.gov/assist/jobseekers/5f2c9a/profile?tab=notes',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Danielle Whitt | Job seeker | Focus Assist</title>
<link rel="stylesheet" href="/assist/static/css/main.8d41c2aa.css">
</head>
<body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root">
  <div class="css-1q2w3e4 AppShell">
    <header class="css-9a8b7c TopBar" role="banner">
      <a class="css-4r5t6y Brand" href="/assist/">Kentucky Career Center <span class="css-0m1n2b">Focus Assist</span></a>
      <nav class="css-3e4r5t" aria-label="Main"><a href="/assist/jobseekers">Job seekers</a><a href="/assist/employers">Employers</a><a href="/assist/postings">Postings</a><a href="/assist/reports">Reports</a></nav>
      <div class="css-8u7y6t UserMenu"><button type="button" aria-haspopup="menu" class="css-2w3e4r">R. Caudill &#9662;</button></div>
    </header>
    <main class="css-5t6y7u">
      <div class="css-7y8u9i ProfileHeader">
        <h1 class="css-1a2s3d">Danielle Whitt</h1>
        <div class="css-6h7j8k">Hazard, KY &middot; dwhitt.hazard@example.net &middot; (606) 555-0184</div>
        <div class="css-6h7j8k">Office: Hazard Career Center &middot; Last login Nov 29, 2026</div>
      </div>
      <div role="tablist" class="css-4f5g6h Tabs">
        <button role="tab" aria-selected="false" class="css-tab" id="tab-overview">Overview</button>
        <button role="tab" aria-selected="false" class="css-tab" id="tab-resume">Resume</button>
        <button role="tab" aria-selected="false" class="css-tab" id="tab-activity">Activity log</button>
        <button role="tab" aria-selected="false" class="css-tab" id="tab-referrals">Referrals</button>
        <button role="tab" aria-selected="true" class="css-tab css-tab-active" id="tab-notes">Notes and reminders</button>
      </div>
      <section role="tabpanel" aria-labelledby="tab-notes" class="css-2z3x4c NotesPanel">
        <form class="css-8i9o0p NoteComposer" novalidate="">
          <fieldset class="css-0o9i8u">
            <legend class="css-visually-hidden">Add a</legend>
            <label class="css-radio"><input type="radio" name="entryKind" value="note" checked=""> Note</label>
            <label class="css-radio"><input type="radio" name="entryKind" value="reminder"> Reminder</label>
          </fieldset>
          <textarea id="note-composer-text" class="css-7u6y5t" rows="6" aria-label="Note text" placeholder="Add a note about this job seeker. Notes are visible to all staff."></textarea>
          <div class="css-3d4f5g ReminderFields" aria-hidden="true" style="display:none">
            <label for="remind-on" class="css-lbl">Remind on</label>
            <input id="remind-on" type="date" class="css-date" disabled="">
          </div>
          <div class="css-9k8j7h Actions">
            <button type="button" class="css-btn css-btn-secondary">Clear</button>
            <button type="submit" class="css-btn css-btn-primary" id="note-composer-submit">Add note</button>
          </div>
        </form>
        <ul class="css-6y5t4r NoteList" aria-label="Notes">
          <li class="css-card NoteCard">
            <div class="css-card-meta"><span class="css-author">R. Caudill</span> <time datetime="2026-11-18T14:22:00-05:00">Nov 18, 2026</time></div>
            <p class="css-card-body">Danielle stopped in; we went over her LPN program acceptance at HCTC and the WIOA ITA paperwork. She brings her award letter Monday.</p>
          </li>
          <li class="css-card NoteCard">
            <div class="css-card-meta"><span class="css-author">R. Caudill</span> <time datetime="2026-11-05T09:40:00-05:00">Nov 5, 2026</time></div>
            <p class="css-card-body">Phoned Danielle, confirmed she wants to pursue LPN over CMA. Sent her the HCTC application link.</p>
          </li>
          <li class="css-card NoteCard css-card-reminder">
            <div class="css-card-meta"><span class="css-badge">Reminder</span> <span class="css-author">R. Caudill</span> <time datetime="2026-12-07T08:00:00-05:00">Dec 7, 2026</time></div>
            <p class="css-card-body">Check award letter / FAFSA status.</p>
          </li>
        </ul>
      </section>
    </main>
  </div>
</div>
<script src="/assist/static/js/main.3b1e77c0.js"></script>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#note-composer-text',
    // No contact type on this screen; the Note/Reminder toggle is not one.
    contactTypeField: null,
    // No contact date: notes are stamped when added; "Remind on" is a due date (and hidden).
    dateField: null,
    submitControl: '#note-composer-submit',
    // The profile's heading names the job seeker; no ID shown.
    participant: { id: null, name: 'Danielle Whitt' },
    // Two notes; the Dec 7 reminder is not a note of a contact. The notes carry no contact type column: null.
    contacts: [
      { date: '2026-11-18', type: null },
      { date: '2026-11-05', type: null },
    ],
  },
};
