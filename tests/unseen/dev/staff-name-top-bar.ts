import type { UnseenPage } from '../types';

/**
 * Leave the staff member alone: the logged-in case manager shown in the top bar as a heading "Maria Chen (W-10442)",
 * in the same "Name (ID)" shape a participant's heading has; the participant in a labelled row ("Client: Brooks,
 * Anita" / "Client ID: C-220941") under a plain "Case note" heading. The staff heading must not become the participant.
 */
export const PAGE: UnseenPage = {
  id: 'staff-name-top-bar',
  system: 'A nonprofit reentry program’s case system',
  modelledOn:
    'Case-management screens that show the signed-in staff member with their staff number in the top bar, and WIOA reentry programs’ public descriptions of participant notes; the program, screen, ids and names are ours.',
  url: 'https://cms.secondstart.example.org/clients/notes/new?ref=caseload',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Case note | SecondStart CMS</title>
</head>
<body>
<header class="topbar" role="banner">
  <a class="logo" href="/">SecondStart</a>
  <div class="user-box"><span class="avatar">MC</span><h2 class="user-name">Maria Chen (W-10442)</h2><a href="/profile">My profile</a> · <a href="/logout">Sign out</a></div>
</header>
<div class="layout">
  <aside class="sidenav"><a href="/caseload">Caseload</a><a href="/referrals">Referrals</a><a href="/reports">Reports</a></aside>
  <main>
    <h1>Case note</h1>
    <table class="who">
      <tr><td class="k">Client:</td><td>Brooks, Anita</td><td class="k">Client ID:</td><td>C-220941</td></tr>
      <tr><td class="k">Program:</td><td>Reentry Employment</td><td class="k">Release date:</td><td>06/30/2026</td></tr>
    </table>
    <form method="post" action="/clients/C-220941/notes" id="cn">
      <p><label for="cn-type">Contact type</label> <select id="cn-type" name="type"><option></option><option>In person</option><option>Phone</option><option>Email</option><option>Letter</option><option>Collateral</option></select></p>
      <p><label for="cn-date">Date</label> <input id="cn-date" name="date" type="text" value="12/02/2026"></p>
      <p><label for="cn-text">Narrative</label><br><textarea id="cn-text" name="narrative" rows="10" cols="90"></textarea></p>
      <p><button type="submit" id="cn-save">Save</button></p>
    </form>
  </main>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#cn-text',
    contactTypeField: '#cn-type',
    dateField: '#cn-date',
    submitControl: '#cn-save',
    participant: { id: 'C-220941', name: 'Brooks, Anita' },
    contacts: [],
  },
};
