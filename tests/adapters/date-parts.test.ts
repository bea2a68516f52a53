/**
 * A contact date typed in three parts (month, day and year boxes, or three drop-downs) on a system nobody here has seen:
 * read as the note's date field, as one "M/D/YYYY" value, filled as typing would fill it, and kept in a draft and put
 * back. Never a next-contact or birth date in three parts.
 */
import { describe, expect, it, vi } from 'vitest';
import { findNoteEditor } from '../../lib/adapters';
import { readPage } from '../../lib/systems';
import { DraftKeeper, type DraftContent } from '../../lib/drafts/keeper';

const NOTE = '<label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button>';
const boxes = (id: string, label: string, values = ['', '', '']) => `<label id="l-${id}">${label}</label>
  <span id="${id}" role="group" aria-labelledby="l-${id}">
    <input name="${id}.month" id="${id}MM" size="2" maxlength="2" aria-label="Month" value="${values[0]}"> /
    <input name="${id}.day" id="${id}DD" size="2" maxlength="2" aria-label="Day" value="${values[1]}"> /
    <input name="${id}.year" id="${id}YYYY" size="4" maxlength="4" aria-label="Year" value="${values[2]}"></span>`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const selects = (legend: string) => `<fieldset id="when"><legend>${legend}</legend>
  <select name="c_month" aria-label="Month"><option value="">Month</option>${MONTHS.map((m) => `<option${m === 'December' ? ' selected' : ''}>${m}</option>`).join('')}</select>
  <select name="c_day" aria-label="Day"><option value="">Day</option>${Array.from({ length: 31 }, (_, i) => `<option${i === 1 ? ' selected' : ''}>${i + 1}</option>`).join('')}</select>
  <select name="c_year" aria-label="Year"><option value="">Year</option><option>2026</option><option>2027</option></select></fieldset>`;

function page(form: string) {
  const url = 'https://cases.example.gov/journal/new';
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = `<form method="post">${form}${NOTE}</form>`;
  const read = readPage(doc, url);
  return { doc, read, found: findNoteEditor(doc, read) };
}

describe('a contact date in three parts', () => {
  it('three boxes labelled the contact date are the date field, not the three of the next contact', () => {
    const { doc, read, found } = page(boxes('nextDate', 'Next Contact') + boxes('jrnlDate', 'Contact Date', ['12', '02', '2026']));
    expect(read.editor?.dateField).toBe('#jrnlDate');
    expect(found?.date?.value).toBe('12/2/2026');
    found!.date!.value = '1/5/2027';
    expect(['MM', 'DD', 'YYYY'].map((p) => (doc.getElementById(`jrnlDate${p}`) as HTMLInputElement).value)).toEqual(['01', '05', '2027']);
  });

  it('three drop-downs under a "Date of contact" legend, a month chosen by name', () => {
    const { doc, read, found } = page(selects('Date of contact'));
    expect(read.editor?.dateField).toBe('#when');
    // The year not chosen yet: no date.
    expect(found?.date?.value).toBe('');
    const heard = vi.fn();
    found!.date!.addEventListener('change', heard);
    found!.date!.value = '3/14/2027';
    expect(Array.from(doc.querySelectorAll('select')).map((s) => s.value)).toEqual(['March', '14', '2027']);
    expect(found?.date?.value).toBe('3/14/2027');
    expect(heard).toHaveBeenCalled();
  });

  it('no date field from a birth date or a next contact in three parts alone', () => {
    expect(page(selects('Date of birth')).read.editor?.dateField).toBeNull();
    expect(page(boxes('nextDate', 'Next Contact')).read.editor?.dateField).toBeNull();
  });

  it('is kept in a draft and put back while the parts are as the page opened them', async () => {
    const { doc, found } = page(boxes('jrnlDate', 'Contact Date'));
    const saved: DraftContent[] = [];
    const fields = { note: doc.getElementById('n') as HTMLTextAreaElement, contactType: null, date: found!.date };
    const keeper = new DraftKeeper(fields, { load: async () => [], save: async (_visit, d) => void saved.push(d), discard: async () => undefined }, new AbortController().signal);
    fields.note.value = 'Met with the participant at the center.';
    (doc.getElementById('jrnlDateMM') as HTMLInputElement).value = '11';
    (doc.getElementById('jrnlDateDD') as HTMLInputElement).value = '30';
    (doc.getElementById('jrnlDateYYYY') as HTMLInputElement).value = '2026';
    keeper.flush();
    expect(saved.at(-1)?.date).toBe('11/30/2026');

    const again = page(boxes('jrnlDate', 'Contact Date'));
    const keeper2 = new DraftKeeper({ note: again.doc.getElementById('n') as HTMLTextAreaElement, contactType: null, date: again.found!.date }, { load: async () => [], save: async () => undefined, discard: async () => undefined }, new AbortController().signal);
    keeper2.restoreFields({ text: 'x', contactType: null, date: '11/30/2026' });
    expect(again.found?.date?.value).toBe('11/30/2026');
  });
});
