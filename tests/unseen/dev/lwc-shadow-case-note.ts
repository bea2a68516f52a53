import type { UnseenPage } from '../types';

/**
 * A Salesforce Lightning record page built of Lightning Web Components in native shadow DOM (open shadow roots, saved
 * as declarative <template shadowrootmode="open">, as a browser serialises them): the participant's ID in the
 * highlights panel, and a custom case-note composer whose lightning-combobox, lightning-input (type date) and
 * lightning-textarea each keep their control in their own shadow root. Nothing of the form is in the light DOM.
 */
export const PAGE: UnseenPage = {
  id: 'lwc-shadow-case-note',
  system: 'Salesforce Lightning with Lightning Web Components in native shadow (a state workforce org)',
  modelledOn:
    'Salesforce’s public Lightning Web Components developer guide (native vs synthetic shadow, lightning-combobox, lightning-input, lightning-textarea, lightning-button) and the HTML standard’s declarative shadow DOM; the org, component names, ids and notes are ours.',
  url: 'https://workforce-nd.lightning.force.com/lightning/r/Contact/0038c00002Qx7LmAAJ/view',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ingrid Halvorsen | Participant | Salesforce</title>
</head>
<body>
<div class="oneAppNavContainer"><one-app-nav-bar><nav aria-label="Global"><a href="/lightning/page/home">Home</a> <a href="/lightning/o/Contact/home">Participants</a> <a href="/lightning/o/Account/home">Employers</a></nav></one-app-nav-bar></div>
<div class="oneContent">
  <records-lwc-highlights-panel>
    <template shadowrootmode="open">
      <div class="slds-page-header slds-page-header_record-home">
        <div class="slds-page-header__title-label">Participant</div>
        <h1 class="slds-page-header__title"><lightning-formatted-name>Ingrid Halvorsen</lightning-formatted-name></h1>
        <ul class="slds-page-header__detail-row">
          <li class="slds-page-header__detail-block"><p class="slds-text-title">Participant ID</p><p class="slds-text-body_regular">WF-0091523</p></li>
          <li class="slds-page-header__detail-block"><p class="slds-text-title">Program</p><p class="slds-text-body_regular">WIOA Dislocated Worker</p></li>
        </ul>
      </div>
    </template>
  </records-lwc-highlights-panel>
  <c-case-note-composer data-record-id="0038c00002Qx7LmAAJ">
    <template shadowrootmode="open">
      <article class="slds-card">
        <header class="slds-card__header"><h2 class="slds-card__header-title">Log a case note</h2></header>
        <div class="slds-card__body slds-card__body_inner">
          <lightning-combobox name="contactType" class="slds-form-element">
            <template shadowrootmode="open">
              <div class="slds-form-element">
                <label class="slds-form-element__label" id="combobox-label-7">Contact type</label>
                <div class="slds-form-element__control">
                  <div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger">
                    <button type="button" role="combobox" id="combobox-id-7" aria-labelledby="combobox-label-7" aria-controls="dropdown-element-7" aria-expanded="false" aria-haspopup="listbox" class="slds-combobox__input slds-input_faux" data-value=""><span class="slds-truncate">Select an option</span></button>
                    <div id="dropdown-element-7" role="listbox" class="slds-dropdown slds-dropdown_fluid">
                      <div role="option" data-value="In Person" class="slds-listbox__option">In Person</div>
                      <div role="option" data-value="Phone" class="slds-listbox__option">Phone</div>
                      <div role="option" data-value="Email" class="slds-listbox__option">Email</div>
                      <div role="option" data-value="Letter" class="slds-listbox__option">Letter</div>
                    </div>
                  </div></div>
                </div>
              </div>
            </template>
          </lightning-combobox>
          <lightning-input type="date" name="contactDate" class="slds-form-element">
            <template shadowrootmode="open">
              <div class="slds-form-element"><label class="slds-form-element__label" for="input-11">Contact date</label>
                <div class="slds-form-element__control"><input type="text" id="input-11" name="contactDate" class="slds-input" value="Dec 2, 2026"></div></div>
            </template>
          </lightning-input>
          <lightning-textarea name="summary" class="slds-form-element">
            <template shadowrootmode="open">
              <div class="slds-form-element"><label class="slds-form-element__label" for="textarea-15">Case note</label>
                <div class="slds-form-element__control"><textarea id="textarea-15" name="summary" class="slds-textarea" rows="8"></textarea></div></div>
            </template>
          </lightning-textarea>
        </div>
        <footer class="slds-card__footer">
          <lightning-button variant="neutral" label="Cancel"><template shadowrootmode="open"><button type="button" class="slds-button slds-button_neutral" id="button-cancel-19">Cancel</button></template></lightning-button>
          <lightning-button variant="brand" label="Save"><template shadowrootmode="open"><button type="button" class="slds-button slds-button_brand" id="button-save-21">Save</button></template></lightning-button>
        </footer>
      </article>
    </template>
  </c-case-note-composer>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    // Ids inside shadow roots: found through each open shadow root, as a browser's tools (and Playwright) pierce them.
    noteField: '#textarea-15',
    contactTypeField: '#combobox-id-7',
    dateField: '#input-11',
    submitControl: '#button-save-21',
    participant: { id: 'WF-0091523', name: 'Ingrid Halvorsen' },
    contacts: [],
  },
};
