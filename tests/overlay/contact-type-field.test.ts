/** The contact type chosen in whatever control the reader named (lib/overlay/contact-type-field.ts), on the unseen pages' own markup. */
import { describe, expect, it } from 'vitest';
import { chosenTypeText, watchTypeField } from '../../lib/overlay/contact-type-field';
import { readStructured } from '../../lib/coach/check-runner';
import { insertTemplate } from '../../lib/coach/template-inserter';
import { contactTypeOrNull } from '../../lib/text/contact-type';
import { readUsDate } from '../../lib/dates';
import { BUILT_IN_TEMPLATES } from '../../lib/templates/templates';
import { PAGES } from '../unseen/dev/index';

function page(id: string): { doc: Document; field: HTMLElement } {
  const unseen = PAGES.find((p) => p.id === id);
  const selector = unseen?.expect.contactTypeField;
  if (!unseen || !selector) throw new Error(`${id}: no contact-type field`);
  const doc = new DOMParser().parseFromString(unseen.html, 'text/html');
  const field = doc.querySelector<HTMLElement>(selector);
  if (!field) throw new Error(`${id}: ${selector} not on the page`);
  return { doc, field };
}

const typeOf = (field: HTMLElement) => readStructured({ contactType: field, date: null, contactTypeOf: contactTypeOrNull, parseDate: readUsDate }).contactType;

describe('the chosen contact type, whatever the control', () => {
  it.each(['iwds-il-case-notes', 'owcms-oh-angular'])('%s: nothing ticked is no type; the ticked radio is read by its label', (id) => {
    const { field } = page(id);
    expect(typeOf(field)).toBeNull();
    const phone = Array.from(field.querySelectorAll('input[type="radio"]')).find((r) => (r as HTMLInputElement).labels?.[0]?.textContent === 'Phone') as HTMLInputElement;
    phone.checked = true;
    expect(chosenTypeText(field)).toBe('Phone');
    expect(typeOf(field)).toBe('telephone');
  });

  it('ETO: the radio ticked when the form opens ("Phone"), and "US Mail" by its label', () => {
    const { field } = page('eto-wa-touchpoint');
    expect(typeOf(field)).toBe('telephone');
    // happy-dom's :checked still matches the markup's `checked` on the radio left: taken off as a browser would.
    field.querySelector('[checked]')?.removeAttribute('checked');
    (field.querySelector('input[value="Mail"]') as HTMLInputElement).click();
    expect(chosenTypeText(field)).toBe('US Mail');
    expect(typeOf(field)).toBe('letter');
  });

  it('Salesforce Lightning: the combobox button\'s shown value ("--None--" is no type)', () => {
    const { field } = page('salesforce-lightning-note');
    expect(typeOf(field)).toBeNull();
    (field.querySelector('.slds-truncate') as HTMLElement).textContent = 'Phone';
    expect(typeOf(field)).toBe('telephone');
  });

  it('an Angular Material select (a div combobox) by the value it shows', () => {
    const doc = new DOMParser().parseFromString('<mat-select role="combobox"><div class="mat-mdc-select-value"><span>In Person</span></div><div class="arrow"></div></mat-select>', 'text/html');
    expect(typeOf(doc.querySelector('mat-select') as HTMLElement)).toBe('in-person');
  });

  it('a drop-down still gives its chosen option\'s text', () => {
    const doc = new DOMParser().parseFromString('<select><option value="">Select</option><option value="T" selected>Telephone</option></select>', 'text/html');
    expect(chosenTypeText(doc.querySelector('select'))).toBe('Telephone');
    expect(chosenTypeText(null)).toBeNull();
  });

  it('a radio group with nothing ticked has chosen no type, even when its only words name one (icons for the other choices)', () => {
    const doc = new DOMParser().parseFromString(
      `<div role="radiogroup" id="g"><label><input type="radio" name="m" value="P"> Phone</label>
        <label><input type="radio" name="m" value="V" aria-label="Video"><img src="v.svg" alt=""></label></div>`,
      'text/html',
    );
    const group = doc.getElementById('g') as HTMLElement;
    expect(typeOf(group)).toBeNull();
    expect(chosenTypeText(group)).toBe('');
    // Near-miss: the same group with Phone ticked is a phone contact.
    (group.querySelector('input[value="P"]') as HTMLInputElement).checked = true;
    expect(typeOf(group)).toBe('telephone');
  });

  it('a combobox that is a text input (an autocomplete) by what it holds, not by its suggestions', () => {
    const doc = new DOMParser().parseFromString(
      `<input role="combobox" id="c" aria-controls="lb" value=""><ul id="lb" role="listbox"><li role="option">In Person</li><li role="option">Phone</li></ul>`,
      'text/html',
    );
    const input = doc.getElementById('c') as HTMLInputElement;
    expect(typeOf(input)).toBeNull();
    input.value = 'Phone';
    expect(typeOf(input)).toBe('telephone');
    // Near-miss: a combobox button still reads the text it shows, not its listbox's.
    const button = new DOMParser().parseFromString('<button role="combobox"><span>--None--</span></button>', 'text/html').querySelector('button') as HTMLElement;
    expect(typeOf(button)).toBeNull();
  });

  it('React-Select: its empty combobox input reads the choice shown beside it (the placeholder is no type)', async () => {
    const { field } = page('react-select-case-note');
    expect(chosenTypeText(field)?.trim()).toBe('Choose…');
    expect(typeOf(field)).toBeNull();
    let heard = 0;
    watchTypeField(field, () => heard++, new AbortController().signal);
    // What React-Select does on a pick: the placeholder goes, the single value shows the choice; the input stays empty.
    const placeholder = field.ownerDocument.getElementById('react-select-3-placeholder');
    placeholder?.insertAdjacentHTML('afterend', '<div class="select__single-value">Phone</div>');
    placeholder?.remove();
    expect(typeOf(field)).toBe('telephone');
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toBeGreaterThan(0);
  });

  it('an autocomplete input among its suggestions is not read by them when empty', () => {
    const doc = new DOMParser().parseFromString(
      `<div><div><input role="combobox" id="c" value=""><ul role="listbox"><li role="option">Phone</li></ul></div></div>`,
      'text/html',
    );
    expect(chosenTypeText(doc.getElementById('c'))).toBe('');
  });

  it('a combobox changing what it shows is heard, until the coach goes', async () => {
    const { field } = page('salesforce-lightning-note');
    const controller = new AbortController();
    let heard = 0;
    watchTypeField(field, () => heard++, controller.signal);
    (field.querySelector('.slds-truncate') as HTMLElement).textContent = 'Phone';
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toBeGreaterThan(0);
    controller.abort();
    const before = heard;
    (field.querySelector('.slds-truncate') as HTMLElement).textContent = 'Email';
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toBe(before);
  });

  it('a datalist text box is read as typed, and heard as it is typed in (its change waits for leaving the box)', () => {
    const { field } = page('dialog-datalist-progress-note');
    let heard = 0;
    watchTypeField(field, () => heard++, new AbortController().signal);
    (field as HTMLInputElement).value = 'Phone';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(heard).toBe(1);
    expect(typeOf(field)).toBe('telephone');
  });

  it('a radio ticked is heard through its group', () => {
    const { doc, field } = page('iwds-il-case-notes');
    let heard = 0;
    watchTypeField(field, () => heard++, new AbortController().signal);
    doc.getElementById('rblContactType_1')?.dispatchEvent(new Event('change', { bubbles: true }));
    expect(heard).toBe(1);
  });

  it('a template goes in beside a radio group without touching it or throwing', () => {
    const { field } = page('iwds-il-case-notes');
    let text = '';
    const note = { text: () => text, selectionEnd: () => null, replaceRange: (s: number, e: number, t: string) => void (text = text.slice(0, s) + t + text.slice(e)) };
    const template = BUILT_IN_TEMPLATES.find((t) => t.contactType === 'telephone');
    if (!template) throw new Error('no telephone template');
    expect(() => insertTemplate({ note, contactType: field, date: null, contactTypeOf: contactTypeOrNull }, template, {})).not.toThrow();
    expect(text.length).toBeGreaterThan(0);
    expect(field.querySelector(':checked')).toBeNull();
  });
});
