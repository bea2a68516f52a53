/**
 * A draft keeps the contact type chosen in a combobox (a Lightning-style button, a React-Select input: the choice is the
 * text it shows) and puts it back, as a click on its option would, and puts a datalist box's text back: the case
 * manager's choice is not lost with a crash or a closed tab, and never written over one they made since.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATALIST as datalist, setupControl as setup } from './control-form';

/** A combobox as Lightning draws one: a button showing the choice, whose options exist only while its list is open. */
const COMBOBOX = '<button type="button" role="combobox" id="t" aria-expanded="false"><span class="slds-truncate">Select an Option</span></button>';
function behaveLikeACombobox(button: HTMLElement, options = ['In person', 'Phone', 'Email']) {
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-expanded') === 'true') return;
    button.setAttribute('aria-expanded', 'true');
    const list = document.createElement('div');
    list.setAttribute('role', 'listbox');
    for (const words of options) {
      const option = document.createElement('div');
      option.setAttribute('role', 'option');
      option.textContent = words;
      option.addEventListener('click', () => {
        button.querySelector('span')!.textContent = words;
        button.setAttribute('aria-expanded', 'false');
        list.remove();
      });
      list.append(option);
    }
    button.after(list);
  });
}


describe('a draft keeps and puts back a combobox’s choice and a datalist box’s text', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps the choice a combobox shows, not the words it shows before one is made', async () => {
    const t = setup(COMBOBOX);
    behaveLikeACombobox(t.fields.contactType);
    t.fields.note.value = 'Spoke with customer.';
    t.keeper.flush();
    expect(t.saved.at(-1)?.contactType).toBeNull();
    t.fields.contactType.click();
    (Array.from(document.querySelectorAll('[role=option]')).find((o) => o.textContent === 'Phone') as HTMLElement).click();
    await Promise.resolve(); // the combobox tells nothing: what it shows is watched
    vi.runAllTimers();
    expect(t.saved.at(-1)?.contactType).toBe('Phone');
  });

  it('puts the kept choice back by opening the combobox and picking its option, and closes nothing it did not open', () => {
    const t = setup(COMBOBOX);
    behaveLikeACombobox(t.fields.contactType);
    t.keeper.restoreFields({ text: 'x', contactType: 'Phone', date: null });
    expect(t.shown()).toBe('Phone');
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('never over a choice the case manager made since the form opened', () => {
    const t = setup(COMBOBOX);
    behaveLikeACombobox(t.fields.contactType);
    t.fields.contactType.click();
    (document.querySelector('[role=option]') as HTMLElement).click();
    t.keeper.restoreFields({ text: 'x', contactType: 'Phone', date: null });
    expect(t.shown()).toBe('In person');
  });

  it('keeps the kept choice in the draft while a combobox that cannot be opened shows none', () => {
    const t = setup(COMBOBOX);
    t.keeper.restoreFields({ text: 'x', contactType: 'Phone', date: null });
    t.fields.note.value = 'Spoke with customer.';
    t.keeper.flush();
    expect(t.saved.at(-1)?.contactType).toBe('Phone');
  });

  it('puts a datalist box’s kept text back when the box is as the form opened, not over what was typed', () => {
    const t = setup(datalist);
    t.keeper.restoreFields({ text: 'x', contactType: 'Phone', date: null });
    expect((t.fields.contactType as HTMLInputElement).value).toBe('Phone');
    const u = setup(datalist);
    (u.fields.contactType as HTMLInputElement).value = 'In person';
    u.keeper.restoreFields({ text: 'x', contactType: 'Phone', date: null });
    expect((u.fields.contactType as HTMLInputElement).value).toBe('In person');
  });
});
