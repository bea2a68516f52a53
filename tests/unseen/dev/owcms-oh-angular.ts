import type { UnseenPage } from '../types';

/**
 * An Angular Material case-note screen: placeholder-only inputs (the floating label is a sibling span),
 * a mat-radio-group for the method, a follow-up date beside the contact date, generated mat ids.
 */
export const PAGE: UnseenPage = {
  id: 'owcms-oh-angular',
  system: 'OWCMS (Ohio Workforce Case Management System)',
  modelledOn:
    'Ohio OAC 5101:9-30-04 and ODJFS WIOA policy letters naming OWCMS as the case management system, and public OWCMS project requirements; the screen is an Angular Material rendering of our own, as are ids and names.',
  url: 'https://owcms.ohiomeansjobs.ohio.gov/app/participants/3390217/case-notes/new',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OWCMS</title>
<base href="/app/">
<link rel="stylesheet" href="styles.8d21f0c6a5b6e1d4.css">
</head>
<body class="mat-typography">
<app-root ng-version="17.3.12">
  <mat-toolbar class="mat-toolbar mat-primary mat-toolbar-single-row app-toolbar">
    <button mat-icon-button class="mdc-icon-button mat-mdc-icon-button" aria-label="Menu"><mat-icon class="mat-icon material-icons">menu</mat-icon></button>
    <span class="app-title">OhioMeansJobs | Workforce Case Management</span>
    <span class="spacer"></span>
    <div class="_ngcontent-c3 user-chip">Gregory Tanaka &middot; Franklin County OMJ</div>
  </mat-toolbar>
  <mat-sidenav-container class="mat-drawer-container mat-sidenav-container">
    <mat-sidenav class="mat-drawer mat-sidenav mat-drawer-side mat-drawer-opened">
      <mat-nav-list class="mat-mdc-nav-list mat-mdc-list-base mdc-list">
        <a class="mat-mdc-list-item mdc-list-item" href="/app/dashboard"><span class="mdc-list-item__content">Dashboard</span></a>
        <a class="mat-mdc-list-item mdc-list-item active" href="/app/participants"><span class="mdc-list-item__content">Participants</span></a>
        <a class="mat-mdc-list-item mdc-list-item" href="/app/employers"><span class="mdc-list-item__content">Employers</span></a>
        <a class="mat-mdc-list-item mdc-list-item" href="/app/ccmep"><span class="mdc-list-item__content">CCMEP</span></a>
        <a class="mat-mdc-list-item mdc-list-item" href="/app/reports"><span class="mdc-list-item__content">Reports</span></a>
      </mat-nav-list>
    </mat-sidenav>
    <mat-sidenav-content class="mat-drawer-content mat-sidenav-content">
      <app-participant-header _ngcontent-ng-c1042>
        <div class="ph-wrap _ngcontent-ng-c1042">
          <h2 class="ph-name _ngcontent-ng-c1042">Harper, Evelyn J.</h2>
          <div class="ph-meta _ngcontent-ng-c1042"><span>Participant #</span><strong>3390217</strong><span>Program</span><strong>WIOA Adult</strong><span>Status</span><strong>Participating</strong></div>
        </div>
      </app-participant-header>
      <nav mat-tab-nav-bar class="mat-mdc-tab-nav-bar mat-mdc-tab-header">
        <a mat-tab-link class="mdc-tab mat-mdc-tab-link" href="/app/participants/3390217/profile">Profile</a>
        <a mat-tab-link class="mdc-tab mat-mdc-tab-link" href="/app/participants/3390217/services">Services</a>
        <a mat-tab-link class="mdc-tab mat-mdc-tab-link mdc-tab--active" href="/app/participants/3390217/case-notes">Case Notes</a>
        <a mat-tab-link class="mdc-tab mat-mdc-tab-link" href="/app/participants/3390217/documents">Documents</a>
      </nav>
      <app-case-note-editor _ngcontent-ng-c2217>
        <form novalidate class="cn-form ng-untouched ng-pristine ng-invalid _ngcontent-ng-c2217">
          <div class="cn-row">
            <mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-input mat-form-field-appearance-outline cn-date">
              <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined">
                <div class="mat-mdc-form-field-infix">
                  <input matinput class="mat-mdc-input-element mat-datepicker-input mdc-text-field__input ng-untouched ng-pristine ng-invalid" id="mat-input-4" formcontrolname="contactDate" placeholder="Date of contact (MM/DD/YYYY)" aria-invalid="false" aria-required="true">
                </div>
              </div>
            </mat-form-field>
            <mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-input mat-form-field-appearance-outline cn-time">
              <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-infix">
                <input matinput class="mat-mdc-input-element mdc-text-field__input" id="mat-input-5" formcontrolname="minutes" placeholder="Minutes" type="number">
              </div></div>
            </mat-form-field>
          </div>
          <div class="cn-row cn-method">
            <span class="cn-group-label" id="cn-method-label">How did the contact happen? *</span>
            <mat-radio-group role="radiogroup" class="mat-mdc-radio-group" id="mat-radio-group-2" formcontrolname="contactMethod" aria-labelledby="cn-method-label">
              <mat-radio-button class="mat-mdc-radio-button" id="mat-radio-3"><div class="mdc-form-field"><div class="mdc-radio"><input type="radio" class="mdc-radio__native-control" id="mat-radio-3-input" name="mat-radio-group-2" value="IN_PERSON"></div><label for="mat-radio-3-input">In person</label></div></mat-radio-button>
              <mat-radio-button class="mat-mdc-radio-button" id="mat-radio-4"><div class="mdc-form-field"><div class="mdc-radio"><input type="radio" class="mdc-radio__native-control" id="mat-radio-4-input" name="mat-radio-group-2" value="PHONE"></div><label for="mat-radio-4-input">Phone</label></div></mat-radio-button>
              <mat-radio-button class="mat-mdc-radio-button" id="mat-radio-5"><div class="mdc-form-field"><div class="mdc-radio"><input type="radio" class="mdc-radio__native-control" id="mat-radio-5-input" name="mat-radio-group-2" value="EMAIL"></div><label for="mat-radio-5-input">Email</label></div></mat-radio-button>
              <mat-radio-button class="mat-mdc-radio-button" id="mat-radio-6"><div class="mdc-form-field"><div class="mdc-radio"><input type="radio" class="mdc-radio__native-control" id="mat-radio-6-input" name="mat-radio-group-2" value="MAIL"></div><label for="mat-radio-6-input">Letter</label></div></mat-radio-button>
              <mat-radio-button class="mat-mdc-radio-button" id="mat-radio-7"><div class="mdc-form-field"><div class="mdc-radio"><input type="radio" class="mdc-radio__native-control" id="mat-radio-7-input" name="mat-radio-group-2" value="TEXT"></div><label for="mat-radio-7-input">Text</label></div></mat-radio-button>
            </mat-radio-group>
          </div>
          <div class="cn-row">
            <mat-form-field class="mat-mdc-form-field mat-form-field-appearance-outline cn-subject">
              <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-infix">
                <input matinput class="mat-mdc-input-element mdc-text-field__input" id="mat-input-6" formcontrolname="subject" placeholder="Subject" maxlength="120">
              </div></div>
            </mat-form-field>
          </div>
          <div class="cn-row">
            <mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-input mat-form-field-appearance-outline cn-body">
              <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined mdc-text-field--textarea"><div class="mat-mdc-form-field-infix">
                <textarea matinput cdktextareaautosize class="mat-mdc-input-element mdc-text-field__input cdk-textarea-autosize" id="mat-input-7" formcontrolname="narrative" placeholder="Describe the contact: who, how, what was discussed, progress, next steps" rows="8"></textarea>
              </div></div>
              <div class="mat-mdc-form-field-hint-wrapper"><mat-hint class="mat-mdc-form-field-hint">0 / 5000</mat-hint></div>
            </mat-form-field>
          </div>
          <div class="cn-row">
            <mat-form-field class="mat-mdc-form-field mat-form-field-appearance-outline cn-followup">
              <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-infix">
                <input matinput class="mat-mdc-input-element mat-datepicker-input mdc-text-field__input" id="mat-input-8" formcontrolname="followUpDate" placeholder="Follow-up by (MM/DD/YYYY)">
              </div></div>
            </mat-form-field>
            <mat-checkbox class="mat-mdc-checkbox" id="mat-mdc-checkbox-1"><input type="checkbox" class="mdc-checkbox__native-control" id="mat-mdc-checkbox-1-input"><label for="mat-mdc-checkbox-1-input">Add follow-up to my task list</label></mat-checkbox>
          </div>
          <div class="cn-actions">
            <button mat-stroked-button type="button" class="mdc-button mdc-button--outlined mat-mdc-outlined-button" id="cn-cancel"><span class="mdc-button__label">Cancel</span></button>
            <button mat-flat-button color="primary" type="submit" class="mdc-button mdc-button--unelevated mat-mdc-unelevated-button mat-primary" id="cn-save" disabled="true"><span class="mdc-button__label">Save case note</span></button>
          </div>
        </form>
      </app-case-note-editor>
      <app-recent-notes _ngcontent-ng-c2290>
        <h3 class="rn-title">Earlier notes</h3>
        <mat-card class="mat-mdc-card mdc-card rn-card"><mat-card-subtitle>11/17/2026 &middot; Phone &middot; G. Tanaka</mat-card-subtitle><mat-card-content>Evelyn called; phlebotomy externship begins 12/7. Discussed childcare backup plan.</mat-card-content></mat-card>
        <mat-card class="mat-mdc-card mdc-card rn-card"><mat-card-subtitle>10/20/2026 &middot; In person &middot; G. Tanaka</mat-card-subtitle><mat-card-content>Quarterly review at OMJ center; IEP goals updated.</mat-card-content></mat-card>
      </app-recent-notes>
    </mat-sidenav-content>
  </mat-sidenav-container>
  <div class="cdk-live-announcer-element cdk-visually-hidden" aria-atomic="true" aria-live="polite"></div>
</app-root>
<script src="runtime.3a1c9a2e.js" type="module"></script><script src="main.f7b4c5d1.js" type="module"></script>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#mat-input-7',
    contactTypeField: '#mat-radio-group-2',
    dateField: '#mat-input-4',
    // Disabled until the form is valid, as Angular forms do; it is still the control that saves.
    submitControl: '#cn-save',
    participant: { id: '3390217', name: 'Harper, Evelyn J.' },
    contacts: [
      { date: '2026-11-17', type: 'telephone' },
      { date: '2026-10-20', type: 'in-person' },
    ],
  },
};
