import type { UnseenPage } from '../types';

/**
 * A single-page case app where the participant's name and ID appear only in the accessible name of the region that
 * holds the notes ("Case notes for Elena Ramirez (ID 5520913)"), written for screen readers; the visible heading
 * says only "Case notes". The note box is labelled by aria-labelledby, the contact type by a radio group with a legend.
 */
export const PAGE: UnseenPage = {
  id: 'aria-region-name',
  system: 'A workforce board’s accessible single-page case app',
  modelledOn:
    'WAI-ARIA landmark regions (a named role=region, aria-labelledby on a textarea, a fieldset with legend for radio buttons) as used by accessible government web apps; the board, screen, ids and names are ours.',
  url: 'https://notes.capitalareawdb.example.org/#/notes/compose',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Case notes – Capital Area Workforce</title>
</head>
<body>
<div id="app">
  <header role="banner" class="bar"><span class="brand">Capital Area Workforce</span><nav aria-label="Main"><a href="#/caseload">Caseload</a> <a href="#/calendar">Calendar</a></nav></header>
  <main>
    <section role="region" aria-label="Case notes for Elena Ramirez (ID 5520913)" class="notes-region">
      <h1>Case notes</h1>
      <form class="compose" method="post" action="/api/notes">
        <fieldset id="ct-group"><legend>How did you contact the participant?</legend>
          <label><input type="radio" name="channel" value="in_person"> In person</label>
          <label><input type="radio" name="channel" value="phone"> Phone</label>
          <label><input type="radio" name="channel" value="video"> Video</label>
          <label><input type="radio" name="channel" value="email"> Email</label>
        </fieldset>
        <label for="c-date">Contact date</label> <input id="c-date" name="contactDate" type="date" value="2026-12-02">
        <p id="note-lbl">Case note</p>
        <textarea id="c-note" name="body" rows="9" aria-labelledby="note-lbl"></textarea>
        <button type="submit" id="c-save" class="primary">Save case note</button>
      </form>
    </section>
  </main>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#c-note',
    contactTypeField: '#ct-group',
    dateField: '#c-date',
    submitControl: '#c-save',
    participant: { id: '5520913', name: 'Elena Ramirez' },
    contacts: [],
  },
};
