import type { UnseenPage } from '../types';

/**
 * A Salesforce Lightning Contact record used as a participant (nonprofit/public-sector orgs do this), after
 * Salesforce's public documentation of the record page: a highlights panel (the object's label "Contact" over the
 * record name, compact-layout fields beside it, among them a client number and the record owner), the activity
 * composer's "Log a Call" tab (Subject, Comments, Save) and the activity timeline grouped under month headings
 * ("November • 2026") whose entries show only a month and day ("Nov 24"). A "Recent Items" card lists other contacts.
 */
export const PAGE: UnseenPage = {
  id: 'salesforce-activity-timeline',
  system: 'Salesforce Lightning Experience (a workforce nonprofit’s org)',
  modelledOn:
    'Salesforce’s public help and developer documentation (Lightning record pages: highlights panel and compact layouts, the Activity composer and activity timeline, the Recent Items component); the org, markup, ids and names are ours.',
  url: 'https://wfnonprofit.lightning.force.com/lightning/r/Contact/0035e00000Q7xYzAAJ/view',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Keisha Monroe | Salesforce</title></head>
<body>
<header class="slds-global-header" role="banner"><span class="slds-avatar" title="View profile for Omar Haddad">OH</span></header>
<div class="slds-page-header slds-page-header_record-home">
  <div class="slds-media__body">
    <div class="entityNameTitle">Contact</div>
    <h1><span class="uiOutputText">Keisha Monroe</span></h1>
  </div>
  <ul class="slds-page-header__detail-row">
    <li><p class="slds-text-title" title="Client Number">Client Number</p><p class="fieldValue">CL-0081234</p></li>
    <li><p class="slds-text-title" title="Program">Program</p><p class="fieldValue">Reentry Employment</p></li>
    <li><p class="slds-text-title" title="Contact Owner">Contact Owner</p><p class="fieldValue">Omar Haddad</p></li>
  </ul>
</div>
<div class="slds-grid">
  <div class="main-col">
    <div class="slds-tabs_default" role="tablist"><a role="tab" aria-selected="true">Log a Call</a><a role="tab">New Task</a><a role="tab">New Event</a><a role="tab">Email</a></div>
    <div class="composer" role="tabpanel">
      <label for="lac-subject">Subject</label><input id="lac-subject" type="text" value="Call">
      <label for="lac-comments">Comments</label><textarea id="lac-comments" rows="6"></textarea>
      <button class="slds-button slds-button_brand" id="lac-save" type="button">Save</button>
    </div>
    <div class="activity-timeline">
      <h2>Activity</h2>
      <h3 class="slds-timeline__month">November • 2026</h3>
      <ul class="slds-timeline">
        <li class="slds-timeline__item_call"><span class="slds-assistive-text">call</span><a>Call: check-in after first week</a><span class="slds-timeline__date">Nov 24</span><p>Keisha says the warehouse shift is going well; asked about forklift training.</p></li>
        <li class="slds-timeline__item_email"><span class="slds-assistive-text">email</span><a>Email: forklift class dates</a><span class="slds-timeline__date">Nov 19</span><p>Sent her the two forklift class dates at the community college.</p></li>
      </ul>
      <h3 class="slds-timeline__month">October • 2026</h3>
      <ul class="slds-timeline">
        <li class="slds-timeline__item_event"><span class="slds-assistive-text">event</span><a>Meeting: intake at the Southside office</a><span class="slds-timeline__date">Oct 29</span><p>Intake completed in person; ID and Social Security card copied.</p></li>
      </ul>
    </div>
  </div>
  <div class="side-col">
    <article class="slds-card"><h2>Recent Items</h2><ul><li><a>Darnell Fisk</a></li><li><a>Alicia Moreno</a></li></ul></article>
  </div>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#lac-comments',
    contactTypeField: null,
    dateField: null,
    submitControl: '#lac-save',
    participant: { id: 'CL-0081234', name: 'Keisha Monroe' },
    contacts: [
      { date: '2026-11-24', type: 'telephone' },
      { date: '2026-11-19', type: 'email' },
      { date: '2026-10-29', type: 'in-person' },
    ],
  },
};
