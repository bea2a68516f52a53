/**
 * A draft keeps the contact type chosen in controls that are not drop-downs (a radio group, a text box with a datalist)
 * and puts a radio group's back, as it does a drop-down's: the case manager's choice is not lost with a crash or a closed tab.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATALIST as datalist, setupControl as setup } from './control-form';

const radios = (checked = '') => `<table id="t"><tr>
  <td><input type="radio" name="ct" id="r1" value="1" ${checked === '1' ? 'checked' : ''}><label for="r1">Office Visit</label></td>
  <td><input type="radio" name="ct" id="r2" value="2" ${checked === '2' ? 'checked' : ''}><label for="r2">Telephone</label></td>
  <td><input type="radio" name="ct" id="r3" value="3"><label for="r3">E-mail</label></td></tr></table>`;
const radio = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('a draft keeps a contact type chosen in a radio group or a datalist', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps the ticked radio, heard when it is ticked', () => {
    const t = setup(radios());
    t.fields.note.value = 'Spoke with customer.';
    radio('r2').click();
    vi.runAllTimers();
    expect(t.saved.at(-1)?.contactType).toBe('2');
  });

  it('puts the kept radio back when none is ticked, not over one the case manager ticked', () => {
    const t = setup(radios());
    t.keeper.restoreFields({ text: 'x', contactType: '2', date: null });
    expect(radio('r2').checked).toBe(true);
    const u = setup(radios());
    radio('r1').click();
    u.keeper.restoreFields({ text: 'x', contactType: '2', date: null });
    expect([radio('r1').checked, radio('r2').checked]).toEqual([true, false]);
  });

  it('a radio the form opens with ticked is the page’s own value: the kept one replaces it, as a drop-down’s does', () => {
    const t = setup(radios('1'));
    t.keeper.restoreFields({ text: 'x', contactType: '2', date: null });
    expect(radio('r2').checked).toBe(true);
  });

  it('keeps what a datalist box holds', () => {
    const t = setup(datalist);
    const box = t.fields.contactType as HTMLInputElement;
    t.fields.note.value = 'Spoke with customer.';
    box.value = 'Phone';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    vi.runAllTimers();
    expect(t.saved.at(-1)?.contactType).toBe('Phone');
  });
});
