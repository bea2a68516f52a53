import type { UnseenPage } from '../types';

/**
 * A youth program's case system built on plain HTML: the participant's header is a definition list, the progress
 * note opens in a native <dialog> (showModal), the contact type is typed or picked from a <datalist>, and the contact
 * date is three drop-downs (month, day, year). A second, closed dialog writes a text message to the youth.
 */
export const PAGE: UnseenPage = {
  id: 'dialog-datalist-progress-note',
  system: 'A youth employment program’s in-house case system (plain HTML dialogs)',
  modelledOn:
    'MDN’s public documentation of <dialog> (showModal, method="dialog" forms), <datalist> and <dl>, and the WIOA youth program elements the DOL youth program guidance names; the program, screen, ids and notes are ours.',
  url: 'https://youthworks.riverbend-wdb.example.org/youth/7720391/notes',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Progress notes · YouthWorks</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
<header class="topbar">
  <a class="brand" href="/">YouthWorks</a>
  <form class="global-search" role="search" action="/search"><input type="search" name="q" aria-label="Search youth"><button>Search</button></form>
  <span class="user">Signed in as <b>T. Nakamura</b> (Youth Career Coach)</span>
</header>
<main>
  <section class="youth-header">
    <h1>Progress notes</h1>
    <dl class="youth-facts">
      <dt>Youth</dt><dd>Alvarez, Marisol</dd>
      <dt>Youth ID</dt><dd>YW-7720391</dd>
      <dt>Program</dt><dd>WIOA Out-of-School Youth</dd>
      <dt>School status</dt><dd>Not attending; GED in progress</dd>
      <dt>Coach</dt><dd>Tomoko Nakamura</dd>
    </dl>
  </section>
  <div class="toolbar"><button type="button" id="new-note" onclick="document.getElementById('note-dialog').showModal()">New progress note</button>
    <button type="button" id="text-youth" onclick="document.getElementById('sms-dialog').showModal()">Text Marisol</button></div>
  <section class="notes" aria-labelledby="past-notes">
    <h2 id="past-notes">Earlier progress notes</h2>
    <ol class="note-list">
      <li class="note"><p class="note-meta"><time datetime="2026-11-17">Nov 17, 2026</time> · <span class="tag">Phone</span> · T. Nakamura</p>
        <p>Called Marisol about the GED math practice test; she scored 148 and wants to retake it before the real test in January.</p></li>
      <li class="note"><p class="note-meta"><time datetime="2026-10-27">Oct 27, 2026</time> · <span class="tag">In person</span> · T. Nakamura</p>
        <p>Met at the library: filled out the work experience placement form for the animal shelter; she starts 11/3.</p></li>
    </ol>
  </section>
</main>
<dialog id="note-dialog" open aria-labelledby="note-dialog-title">
  <form method="post" action="/youth/7720391/notes" id="note-form">
    <h2 id="note-dialog-title">New progress note</h2>
    <p class="field">
      <label for="contact-method">How did you reach the youth?</label>
      <input id="contact-method" name="contact_method" list="contact-methods" autocomplete="off">
      <datalist id="contact-methods">
        <option value="In person"></option>
        <option value="Phone"></option>
        <option value="Video call"></option>
        <option value="Text message"></option>
        <option value="Email"></option>
        <option value="Letter"></option>
      </datalist>
    </p>
    <fieldset class="field date-3" id="contact-date" aria-describedby="contact-date-hint">
      <legend>Date of contact</legend>
      <select name="contact_month" id="contact-month" aria-label="Month">
        <option value="">Month</option><option value="1">January</option><option value="2">February</option><option value="3">March</option><option value="4">April</option><option value="5">May</option><option value="6">June</option><option value="7">July</option><option value="8">August</option><option value="9">September</option><option value="10">October</option><option value="11">November</option><option value="12" selected>December</option>
      </select>
      <select name="contact_day" id="contact-day" aria-label="Day">
        <option value="">Day</option><option>1</option><option selected>2</option><option>3</option><option>4</option><option>5</option><option>6</option><option>7</option><option>8</option><option>9</option><option>10</option><option>11</option><option>12</option><option>13</option><option>14</option><option>15</option><option>16</option><option>17</option><option>18</option><option>19</option><option>20</option><option>21</option><option>22</option><option>23</option><option>24</option><option>25</option><option>26</option><option>27</option><option>28</option><option>29</option><option>30</option><option>31</option>
      </select>
      <select name="contact_year" id="contact-year" aria-label="Year">
        <option value="">Year</option><option>2025</option><option selected>2026</option>
      </select>
      <small id="contact-date-hint">The day you talked, not the day you write this.</small>
    </fieldset>
    <p class="field">
      <label for="progress-note">What happened, and what is next?</label>
      <textarea id="progress-note" name="note" rows="9"></textarea>
    </p>
    <menu class="actions">
      <button type="submit" value="save" id="save-note">Save progress note</button>
      <button type="submit" value="cancel" formmethod="dialog" id="cancel-note">Cancel</button>
    </menu>
  </form>
</dialog>
<dialog id="sms-dialog" aria-labelledby="sms-title">
  <form method="post" action="/youth/7720391/sms">
    <h2 id="sms-title">Text Marisol</h2>
    <label for="sms-body">Message</label>
    <textarea id="sms-body" name="body" rows="5" maxlength="320"></textarea>
    <menu><button type="submit">Send text</button><button type="submit" formmethod="dialog">Cancel</button></menu>
  </form>
</dialog>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#progress-note',
    contactTypeField: '#contact-method',
    // Typed in three drop-downs: the group holding them is where the date is set.
    dateField: '#contact-date',
    submitControl: '#save-note',
    participant: { id: 'YW-7720391', name: 'Alvarez, Marisol' },
    contacts: [
      { date: '2026-11-17', type: 'telephone' },
      { date: '2026-10-27', type: 'in-person' },
    ],
  },
};
