import type { UnseenPage } from '../types';

/**
 * A React single-page case system (a nonprofit workforce provider's): the participant named only in a breadcrumb
 * ("Participants / Nguyen, Bao (P-310447) / Case note"), the contact type a React-Select combobox whose options exist
 * only while its menu is open (saved closed, as a case manager's browser holds it: an input with role=combobox and
 * aria-activedescendant, the choice shown in a sibling div, the value in a hidden input), the services discussed a
 * multi-select drawn as chips, and the date a react-datepicker text box.
 */
export const PAGE: UnseenPage = {
  id: 'react-select-case-note',
  system: 'A workforce nonprofit’s React case-management app',
  modelledOn:
    'React-Select’s public documentation and rendered markup (classNamePrefix "select", the combobox input, single-value and multi-value chips, the menu rendered only when open), react-datepicker’s input, and the WAI-ARIA breadcrumb pattern; the provider, screen, ids and notes are ours.',
  url: 'https://app.pathwaysworks.example.org/participants/310447/case-notes/new',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>New case note — Pathways</title>
<link rel="stylesheet" href="/static/css/main.8c1f2e.css">
</head>
<body>
<div id="root">
  <div class="AppShell_shell__x81Qa">
    <header class="AppShell_top__2kPzn">
      <a href="/" class="AppShell_logo__Yt3bQ">Pathways</a>
      <div class="GlobalSearch_wrap__9mQ1c" role="search"><input type="text" placeholder="Search participants, employers…" aria-label="Search" class="GlobalSearch_input__pL0sX"></div>
      <button type="button" class="AppShell_avatar__kq2Hd" aria-label="Account: Rosa Delgado">RD</button>
    </header>
    <nav aria-label="Breadcrumb" class="Breadcrumbs_nav__3Jd8s">
      <ol>
        <li><a href="/participants">Participants</a></li>
        <li><a href="/participants/310447">Nguyen, Bao (P-310447)</a></li>
        <li aria-current="page">New case note</li>
      </ol>
    </nav>
    <main class="AppShell_main__Lw2xT">
      <h1 class="Page_title__0aXkq">New case note</h1>
      <form class="CaseNoteForm_form__Zp4rt" novalidate="">
        <div class="Field_field__1t9sR">
          <label id="contactType-label" for="react-select-3-input" class="Field_label__pQ7mA">Contact type <span aria-hidden="true">*</span></label>
          <div class="select-container css-b62m3t-container">
            <span id="react-select-3-live-region" class="css-1f43avz-a11yText-A11yText"></span>
            <span aria-live="polite" aria-atomic="false" aria-relevant="additions text" role="log" class="css-1f43avz-a11yText-A11yText"></span>
            <div class="select__control css-13cymwt-control">
              <div class="select__value-container css-hlgwow">
                <div class="select__placeholder css-1jqq78o-placeholder" id="react-select-3-placeholder">Choose…</div>
                <div class="select__input-container css-19bb58m" data-value="">
                  <input class="select__input" autocapitalize="none" autocomplete="off" autocorrect="off" id="react-select-3-input" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" aria-labelledby="contactType-label" aria-required="true" role="combobox" aria-activedescendant="" aria-describedby="react-select-3-placeholder" value="" style="color: inherit; background: 0px center; opacity: 1; width: 100%; grid-area: 1 / 2; font: inherit; min-width: 2px; border: 0px; margin: 0px; outline: 0px; padding: 0px;">
                </div>
              </div>
              <div class="select__indicators css-1wy0on6"><span class="select__indicator-separator css-1u9des2-indicatorSeparator"></span><div class="select__indicator select__dropdown-indicator css-1xc3v61-indicatorContainer" aria-hidden="true"><svg height="20" width="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M4.516 7.548c0.436-0.446 1.043-0.481 1.576 0l3.908 3.747 3.908-3.747c0.533-0.481 1.141-0.446 1.574 0 0.436 0.445 0.408 1.197 0 1.615-0.406 0.418-4.695 4.502-4.695 4.502-0.217 0.223-0.502 0.335-0.787 0.335s-0.57-0.112-0.789-0.335c0 0-4.287-4.084-4.695-4.502s-0.436-1.17 0-1.615z"></path></svg></div></div>
            </div>
            <input name="contactType" type="hidden" value="">
          </div>
        </div>
        <div class="Field_field__1t9sR">
          <label id="contactDate-label" for="contactDate" class="Field_label__pQ7mA">Contact date</label>
          <div class="react-datepicker-wrapper"><div class="react-datepicker__input-container"><input type="text" id="contactDate" name="contactDate" placeholder="MM/DD/YYYY" class="Field_input__m3Xr1" value="12/02/2026"></div></div>
        </div>
        <div class="Field_field__1t9sR">
          <label id="services-label" for="react-select-4-input" class="Field_label__pQ7mA">Services discussed</label>
          <div class="select-container css-b62m3t-container">
            <span id="react-select-4-live-region" class="css-1f43avz-a11yText-A11yText"></span>
            <div class="select__control css-13cymwt-control">
              <div class="select__value-container select__value-container--is-multi select__value-container--has-value css-1dyz3mf">
                <div class="select__multi-value css-1p3m7a8-multiValue"><div class="select__multi-value__label css-9jq23d">Résumé help</div><div role="button" class="select__multi-value__remove css-v7duua" aria-label="Remove Résumé help"><svg height="14" width="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M14.348 14.849l-4.348-4.849"></path></svg></div></div>
                <div class="select__multi-value css-1p3m7a8-multiValue"><div class="select__multi-value__label css-9jq23d">Transportation (bus pass)</div><div role="button" class="select__multi-value__remove css-v7duua" aria-label="Remove Transportation (bus pass)"><svg height="14" width="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M14.348 14.849l-4.348-4.849"></path></svg></div></div>
                <div class="select__input-container css-19bb58m" data-value=""><input class="select__input" autocapitalize="none" autocomplete="off" autocorrect="off" id="react-select-4-input" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" aria-labelledby="services-label" role="combobox" aria-activedescendant="" value=""></div>
              </div>
              <div class="select__indicators css-1wy0on6"><div class="select__indicator select__clear-indicator css-1xc3v61-indicatorContainer" aria-hidden="true"></div></div>
            </div>
            <input name="services" type="hidden" value="resume">
            <input name="services" type="hidden" value="transport">
          </div>
        </div>
        <div class="Field_field__1t9sR">
          <label for="noteBody" class="Field_label__pQ7mA">Case note</label>
          <textarea id="noteBody" name="body" rows="10" class="Field_textarea__H2c9v" placeholder="What happened in this contact? What is the next step?"></textarea>
          <p class="Field_hint__Q8mLx">Saved to the participant’s record. Do not include SSNs or medical details.</p>
        </div>
        <div class="Field_field__1t9sR">
          <label for="nextContact" class="Field_label__pQ7mA">Next contact by</label>
          <div class="react-datepicker-wrapper"><div class="react-datepicker__input-container"><input type="text" id="nextContact" name="nextContact" placeholder="MM/DD/YYYY" class="Field_input__m3Xr1" value=""></div></div>
        </div>
        <div class="CaseNoteForm_actions__b2KxQ">
          <button type="button" class="Button_secondary__u1Pz0">Cancel</button>
          <button type="submit" class="Button_primary__Vv9rT">Save note</button>
        </div>
      </form>
    </main>
    <aside class="HelpWidget_root__0pLmN" aria-label="Help chat">
      <div class="HelpWidget_panel__m1WcX" role="dialog" aria-label="Chat with Pathways support">
        <div class="HelpWidget_log__2hQ0r" role="log">Hi Rosa! How can we help?</div>
        <textarea class="HelpWidget_input__q9Zs4" rows="3" placeholder="Type a message…" aria-label="Message to support"></textarea>
        <button type="button" class="HelpWidget_send__Ux3aP">Send</button>
      </div>
    </aside>
  </div>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#noteBody',
    // React-Select: the combobox input is where the type is chosen (its menu is not in the page until opened).
    contactTypeField: '#react-select-3-input',
    dateField: '#contactDate',
    submitControl: 'button.Button_primary__Vv9rT',
    participant: { id: 'P-310447', name: 'Nguyen, Bao' },
    contacts: [],
  },
};
