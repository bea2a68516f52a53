import type { UnseenPage } from '../types';

/**
 * A Bootstrap 5 case system of a regional provider: the participant named in the page's <title> and in an <h1> with an
 * ID drawn as a pill beside the name ("Marcus Bell [ID 4471209]"), no parentheses and no label; the staff member's
 * name in the navbar. A plain form: a contact-method drop-down, a date box, the note, Save.
 */
export const PAGE: UnseenPage = {
  id: 'title-chip-case-note',
  system: 'A regional workforce provider’s Bootstrap case system',
  modelledOn:
    'Bootstrap 5’s public documentation (navbar, badge pills beside a heading, form-label and form-select markup) and common case-system headers that show the participant’s ID as a chip; the provider, screen, ids and names are ours.',
  url: 'https://hub.heartlandworks.example.org/participants/4471209/notes/new',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Marcus Bell – New case note – Heartland Workforce Hub</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
</head>
<body>
<nav class="navbar navbar-expand-lg bg-body-tertiary">
  <div class="container-fluid">
    <a class="navbar-brand" href="/">Heartland Workforce Hub</a>
    <ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/caseload">My caseload</a></li><li class="nav-item"><a class="nav-link" href="/reports">Reports</a></li></ul>
    <span class="navbar-text">Kwame Osei</span>
  </div>
</nav>
<main class="container py-3">
  <div class="d-flex align-items-center gap-2 mb-1">
    <h1 class="h3 mb-0">Marcus Bell <span class="badge rounded-pill text-bg-secondary" title="Participant ID">ID 4471209</span></h1>
  </div>
  <p class="text-body-secondary">WIOA Dislocated Worker · Enrolled 08/14/2026 · Springfield Job Center</p>
  <form id="noteForm" method="post" action="/participants/4471209/notes">
    <div class="row g-3">
      <div class="col-md-4"><label for="note-method" class="form-label">Contact method</label>
        <select id="note-method" name="method" class="form-select"><option value="">Choose…</option><option>Office visit</option><option>Phone</option><option>Email</option><option>Text message</option><option>Video call</option></select></div>
      <div class="col-md-4"><label for="note-date" class="form-label">Date of contact</label>
        <input type="date" id="note-date" name="contactDate" class="form-control" value="2026-12-02"></div>
    </div>
    <div class="mt-3"><label for="note-text" class="form-label">Case note</label>
      <textarea id="note-text" name="text" class="form-control" rows="8"></textarea></div>
    <div class="mt-3"><button type="submit" id="save-note" class="btn btn-primary">Save note</button> <a class="btn btn-link" href="/participants/4471209">Cancel</a></div>
  </form>
</main>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#note-text',
    contactTypeField: '#note-method',
    dateField: '#note-date',
    submitControl: '#save-note',
    participant: { id: '4471209', name: 'Marcus Bell' },
    contacts: [],
  },
};
