import type { UnseenPage } from '../types';

/**
 * Focus Career's staff side (Focus Assist, Kentucky Career Center): a job seeker's "Notes and reminders" tab. The header
 * names the job seeker with a Seeker ID; the Add form's drop-down is the entry's kind (a note or a reminder to oneself),
 * not how the contact was made, and its "Remind on" date is a reminder, not the contact's. Earlier entries are a list.
 */
export const PAGE: UnseenPage = {
  id: 'focus-career-notes-reminders',
  system: 'Focus Career / Focus Assist (Kentucky Career Center)',
  modelledOn:
    'Kentucky Career Center Focus Suites training outline (Assist job seeker overview, "Main Menu - Notes & Reminders - Log Activity", staff features); the header line, ids and names are ours.',
  url: 'https://focusassist.kcc.ky.gov/assist/jobseeker/30178845/notes',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Focus Assist | Job seeker notes</title></head>
<body>
<header class="assist-top"><span class="staff">Signed in: Laura Combs, Hazard office</span></header>
<main>
  <div class="seeker-header">
    <h1>Whitt, Danielle</h1>
    <div class="seeker-meta"><span>Seeker ID: 30178845</span> <span>Last login 11/28/2026</span> <span>Office: Hazard</span></div>
  </div>
  <nav class="seeker-tabs" aria-label="Job seeker"><a href="../profile">Profile</a> <a href="../resume">Resume</a> <a aria-current="page" href="#">Notes and reminders</a> <a href="../activities">Activities</a></nav>
  <form id="noteForm" method="post">
    <h2>Add a note or reminder</h2>
    <label for="noteKind">Type</label>
    <select id="noteKind" name="noteKind"><option>Note</option><option>Reminder</option></select>
    <label for="noteText">Note</label>
    <textarea id="noteText" name="noteText" rows="6" cols="60"></textarea>
    <label for="remindOn">Remind on</label> <input id="remindOn" name="remindOn" type="date">
    <button type="submit" id="addNote">Add</button>
  </form>
  <h2>Notes and reminders</h2>
  <ul class="note-list">
    <li><span class="when">11/24/2026</span> <span class="kind">Note</span> <span class="who">L. Combs</span><p>Phoned Danielle; she is enrolled in the LPN program at HCTC starting 1/12. ITA paperwork signed.</p></li>
    <li><span class="when">11/10/2026</span> <span class="kind">Note</span> <span class="who">L. Combs</span><p>Danielle came in to the Hazard office; reviewed her resume and two LPN program options.</p></li>
  </ul>
</main>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#noteText',
    contactTypeField: null,
    dateField: null,
    submitControl: '#addNote',
    participant: { id: '30178845', name: 'Whitt, Danielle' },
    contacts: [
      { date: '2026-11-24', type: null },
      { date: '2026-11-10', type: null },
    ],
  },
};
