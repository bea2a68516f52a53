import type { UnseenPage } from '../types';

/**
 * A Material-style case app: the participant shown as a card with an avatar of initials, the name a link to the
 * profile and "Client #66120 · Youth (Out-of-School)" as one line of small print under it (label and number in one
 * text, no element between them); the staff member as an avatar button in the app bar.
 */
export const PAGE: UnseenPage = {
  id: 'avatar-card-note',
  system: 'A youth program’s Material Design case app',
  modelledOn:
    'Material Design’s public card and list-item patterns (avatar, primary text as a link, secondary text) and Angular Material’s form-field markup; the program, screen, ids and names are ours.',
  url: 'https://youth.riverbendworks.example.org/app/clients/66120/notes/add',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Add note · Riverbend Youth</title>
</head>
<body class="mat-typography">
<mat-toolbar class="mat-toolbar mat-primary"><span>Riverbend Youth</span><span class="spacer"></span>
  <button mat-icon-button class="account" aria-label="Account menu for Priya Natarajan"><span class="avatar small">PN</span></button></mat-toolbar>
<main class="page">
  <mat-card class="mat-mdc-card client-card">
    <div class="client-card__row">
      <div class="avatar" aria-hidden="true">DW</div>
      <div class="client-card__text">
        <a class="client-card__name" href="/app/clients/66120/profile">Devon Whitaker</a>
        <div class="client-card__meta">Client #66120 · Youth (Out-of-School) · Age 19</div>
      </div>
    </div>
  </mat-card>
  <form class="note-form" method="post" action="/app/clients/66120/notes">
    <mat-form-field class="mat-mdc-form-field"><label for="mat-input-1" class="mdc-floating-label">Type of contact</label>
      <select matNativeControl id="mat-input-1" name="contactType"><option value=""></option><option>Face to face</option><option>Phone</option><option>Text/Email</option><option>Collateral (family, school)</option></select></mat-form-field>
    <mat-form-field class="mat-mdc-form-field"><label for="mat-input-2" class="mdc-floating-label">Contact date</label>
      <input matInput id="mat-input-2" name="contactDate" type="text" placeholder="MM/DD/YYYY" value="12/02/2026"></mat-form-field>
    <mat-form-field class="mat-mdc-form-field wide"><label for="mat-input-3" class="mdc-floating-label">Progress note</label>
      <textarea matInput id="mat-input-3" name="note" rows="9"></textarea></mat-form-field>
    <div class="actions"><button mat-button type="button">Discard</button><button mat-flat-button color="primary" type="submit" id="add-note">Add note</button></div>
  </form>
</main>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#mat-input-3',
    contactTypeField: '#mat-input-1',
    dateField: '#mat-input-2',
    submitControl: '#add-note',
    participant: { id: '66120', name: 'Devon Whitaker' },
    contacts: [],
  },
};
