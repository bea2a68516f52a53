import type { UnseenPage } from '../types';

/**
 * A Salesforce Lightning record page for a participant (a Contact), with a "New Case Note" quick action open:
 * class soup, generated ids, labels tied by aria-labelledby, and the contact type as a Lightning combobox (a button, no select).
 */
export const PAGE: UnseenPage = {
  id: 'salesforce-lightning-note',
  system: 'Salesforce Lightning (a state workforce case-management org)',
  modelledOn:
    'Salesforce Lightning Design System record-page, modal and combobox markup (public SLDS docs); the Case Note object, its fields and the related list are a plausible state configuration, ours.',
  url: 'https://njworks-cm.lightning.force.com/lightning/r/Contact/0035e00000XyZ12AAF/view',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Jamal Whitaker | Participant | Salesforce</title>
<link rel="stylesheet" href="/_slds/styles/salesforce-lightning-design-system.min.css">
</head>
<body class="desktop">
<div class="slds-global-header_container">
  <header class="slds-global-header slds-grid slds-grid_align-spread">
    <div class="slds-global-header__item"><div class="slds-global-header__logo"></div></div>
    <div class="slds-global-header__item slds-global-header__item_search">
      <div class="slds-form-element"><div class="slds-form-element__control slds-input-has-icon">
        <input type="search" class="slds-input" placeholder="Search Participants and more..." aria-label="Search" id="input-global-search">
      </div></div>
    </div>
    <ul class="slds-global-actions"><li class="slds-global-actions__item"><button class="slds-button slds-global-actions__avatar" title="Keisha Moore">KM</button></li></ul>
  </header>
  <div class="slds-context-bar">
    <div class="slds-context-bar__primary"><span class="slds-context-bar__label-action slds-context-bar__app-name">Workforce Case Management</span></div>
    <nav class="slds-context-bar__secondary" role="navigation">
      <ul class="slds-grid">
        <li class="slds-context-bar__item"><a href="/lightning/page/home" class="slds-context-bar__label-action">Home</a></li>
        <li class="slds-context-bar__item slds-is-active"><a href="/lightning/o/Contact/home" class="slds-context-bar__label-action">Participants</a></li>
        <li class="slds-context-bar__item"><a href="/lightning/o/Enrollment__c/home" class="slds-context-bar__label-action">Enrollments</a></li>
        <li class="slds-context-bar__item"><a href="/lightning/o/Account/home" class="slds-context-bar__label-action">Employers</a></li>
        <li class="slds-context-bar__item"><a href="/lightning/o/Report/home" class="slds-context-bar__label-action">Reports</a></li>
      </ul>
    </nav>
  </div>
</div>
<div class="oneContent">
  <div class="slds-page-header slds-page-header_record-home">
    <div class="slds-page-header__row">
      <div class="slds-page-header__col-title">
        <span class="slds-page-header__title-label">Participant</span>
        <h1><span class="slds-page-header__title slds-truncate" title="Jamal Whitaker"><lightning-formatted-name>Jamal Whitaker</lightning-formatted-name></span></h1>
      </div>
      <div class="slds-page-header__col-actions">
        <ul class="slds-button-group-list">
          <li><button class="slds-button slds-button_neutral" name="Edit">Edit</button></li>
          <li><button class="slds-button slds-button_neutral" name="NewCaseNote">New Case Note</button></li>
          <li><button class="slds-button slds-button_neutral" name="SendEmail">Send Email</button></li>
        </ul>
      </div>
    </div>
    <div class="slds-page-header__row slds-page-header__row_gutters">
      <ul class="slds-page-header__detail-row">
        <li class="slds-page-header__detail-block"><div class="slds-text-title" title="Participant Number">Participant Number</div><div title="P-0042817"><lightning-formatted-text>P-0042817</lightning-formatted-text></div></li>
        <li class="slds-page-header__detail-block"><div class="slds-text-title">Program</div><div>WIOA Youth (Out-of-School)</div></li>
        <li class="slds-page-header__detail-block"><div class="slds-text-title">Career Navigator</div><div><a href="/lightning/r/User/0055e000001AbCdAAK/view">Keisha Moore</a></div></li>
      </ul>
    </div>
  </div>
  <div class="slds-grid slds-wrap">
    <div class="slds-col slds-size_8-of-12">
      <article class="slds-card">
        <div class="slds-card__header"><h2 class="slds-card__header-title"><span>Details</span></h2></div>
        <div class="slds-card__body slds-card__body_inner">
          <div class="slds-form" role="list">
            <div class="slds-form-element slds-form-element_readonly"><span class="slds-form-element__label">Mobile</span><div class="slds-form-element__static">(973) 555-0148</div></div>
            <div class="slds-form-element slds-form-element_readonly"><span class="slds-form-element__label">Email</span><div class="slds-form-element__static">j.whitaker@example.org</div></div>
            <div class="slds-form-element slds-form-element_readonly"><span class="slds-form-element__label">Enrollment Date</span><div class="slds-form-element__static">5/11/2026</div></div>
          </div>
        </div>
      </article>
    </div>
    <div class="slds-col slds-size_4-of-12">
      <article class="slds-card" data-related-list="Case_Notes__r">
        <div class="slds-card__header"><h2 class="slds-card__header-title"><a href="#"><span>Case Notes (3)</span></a></h2></div>
        <div class="slds-card__body">
          <ul class="slds-list_vertical">
            <li class="slds-item"><a href="#">CN-00019871</a>
              <ul class="slds-list_horizontal slds-wrap"><li><span class="slds-text-title">Contact Date:</span> 11/20/2026</li><li><span class="slds-text-title">Contact Type:</span> Virtual (Video)</li></ul></li>
            <li class="slds-item"><a href="#">CN-00019402</a>
              <ul class="slds-list_horizontal slds-wrap"><li><span class="slds-text-title">Contact Date:</span> 10/29/2026</li><li><span class="slds-text-title">Contact Type:</span> In Person</li></ul></li>
            <li class="slds-item"><a href="#">CN-00018855</a>
              <ul class="slds-list_horizontal slds-wrap"><li><span class="slds-text-title">Contact Date:</span> 9/24/2026</li><li><span class="slds-text-title">Contact Type:</span> Phone</li></ul></li>
          </ul>
        </div>
        <footer class="slds-card__footer"><a href="#">View All</a></footer>
      </article>
    </div>
  </div>
</div>
<section role="dialog" tabindex="-1" aria-modal="true" aria-labelledby="modal-heading-01" class="slds-modal slds-fade-in-open slds-modal_medium">
  <div class="slds-modal__container">
    <div class="slds-modal__header"><h1 id="modal-heading-01" class="slds-modal__title slds-hyphenate">New Case Note</h1></div>
    <div class="slds-modal__content slds-p-around_medium" id="modal-content-id-1">
      <records-record-layout-section>
        <div class="slds-form-element">
          <label class="slds-form-element__label" id="label-participant-184">Participant</label>
          <div class="slds-form-element__control"><div class="slds-pill_container"><span class="slds-pill"><span class="slds-pill__label">Jamal Whitaker</span></span></div></div>
        </div>
        <div class="slds-form-element">
          <span class="slds-form-element__label" id="label-contact-type-191"><abbr class="slds-required" title="required">*</abbr>Contact Type</span>
          <div class="slds-form-element__control">
            <div class="slds-combobox_container">
              <div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click" data-field="Contact_Type__c">
                <button type="button" class="slds-input_faux slds-combobox__input" id="combobox-button-191" role="combobox" aria-labelledby="label-contact-type-191" aria-expanded="false" aria-haspopup="listbox" aria-controls="listbox-191" data-value="">
                  <span class="slds-truncate">--None--</span>
                </button>
                <div id="listbox-191" class="slds-dropdown slds-dropdown_fluid" role="listbox" aria-label="Contact Type">
                  <div role="option" class="slds-listbox__option" data-value="">--None--</div>
                  <div role="option" class="slds-listbox__option" data-value="In Person">In Person</div>
                  <div role="option" class="slds-listbox__option" data-value="Phone">Phone</div>
                  <div role="option" class="slds-listbox__option" data-value="Virtual (Video)">Virtual (Video)</div>
                  <div role="option" class="slds-listbox__option" data-value="Email">Email</div>
                  <div role="option" class="slds-listbox__option" data-value="Text">Text</div>
                  <div role="option" class="slds-listbox__option" data-value="Letter">Letter</div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div class="slds-form-element">
          <label class="slds-form-element__label" for="input-198" id="label-contact-date-198"><abbr class="slds-required" title="required">*</abbr>Contact Date</label>
          <div class="slds-form-element__control slds-input-has-icon slds-input-has-icon_right">
            <input type="text" id="input-198" name="Contact_Date__c" class="slds-input" aria-labelledby="label-contact-date-198" placeholder=" " value="">
          </div>
        </div>
        <div class="slds-form-element">
          <label class="slds-form-element__label" for="textarea-205">Summary of Contact</label>
          <div class="slds-form-element__control"><textarea id="textarea-205" name="Summary__c" class="slds-textarea" maxlength="32768"></textarea></div>
        </div>
        <div class="slds-form-element">
          <label class="slds-form-element__label" for="input-212">Next Scheduled Contact</label>
          <div class="slds-form-element__control"><input type="text" id="input-212" name="Next_Contact__c" class="slds-input" value=""></div>
        </div>
      </records-record-layout-section>
    </div>
    <div class="slds-modal__footer">
      <button class="slds-button slds-button_neutral" name="CancelEdit">Cancel</button>
      <button class="slds-button slds-button_neutral" name="SaveAndNew">Save &amp; New</button>
      <button class="slds-button slds-button_brand" name="SaveEdit">Save</button>
    </div>
  </div>
</section>
<div class="slds-backdrop slds-backdrop_open" role="presentation"></div>
<div class="utilitybar">
  <div class="slds-utility-panel" aria-hidden="true"><div class="slds-utility-panel__header">Notes</div><div class="slds-utility-panel__body"><textarea class="slds-textarea" id="utility-notes" placeholder="Jot something down (private to you)"></textarea></div></div>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#textarea-205',
    // A Lightning combobox is a button with a listbox, not a select: the button is where the type is chosen.
    contactTypeField: '#combobox-button-191',
    dateField: '#input-198',
    submitControl: 'button[name="SaveEdit"]',
    participant: { id: 'P-0042817', name: 'Jamal Whitaker' },
    // A video call is a contact but none of the four types: listed with no type.
    contacts: [
      { date: '2026-11-20', type: null },
      { date: '2026-10-29', type: 'in-person' },
      { date: '2026-09-24', type: 'telephone' },
    ],
  },
};
