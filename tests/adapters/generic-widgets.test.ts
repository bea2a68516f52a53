// @vitest-environment node
/**
 * Markup of systems nobody here had seen when it was written: a journal as the case note, a
 * select a widget hides and draws as a listbox, a Struts form named like Toolbox's, a participant
 * number in a `pin` parameter. Each with near-misses that must not match.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

function read(body: string, url = 'https://cases.example.gov/customer/notes/new', title = 'Customer') {
  const doc = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url }).window.document;
  const r = readPage(doc, url);
  const el = (selector: string | null | undefined) => (selector ? doc.querySelector(selector) : null);
  return { r, el };
}

const journalForm = `<form><label for="t">Contact type</label><select id="t"><option>Phone</option><option>Face to Face</option></select>
  <label for="j">Journal</label><textarea id="j" rows="9"></textarea><button type="submit">Save Journal</button></form>`;

describe('a journal entry is a case note', () => {
  it('attaches to a box labelled Journal on a customer page (Utah UWORKS journals its contacts)', () => {
    const { r, el } = read(journalForm);
    expect(el(r.editor?.noteField)?.id).toBe('j');
  });

  it('not on a résumé or an employer page, where a journal is theirs', () => {
    expect(read(journalForm, 'https://jobs.example.gov/resume/builder', 'Resume Builder').r.editor).toBeNull();
    expect(read(journalForm, 'https://jobs.example.gov/employers/44/profile', 'Employer profile').r.editor).toBeNull();
  });
});

describe('a drop-down a widget hides and draws as a listbox (Kendo DropDownList)', () => {
  const form = (widget: string) => `<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea>${widget}<button type="submit">Save</button></form>`;
  const options = '<option value="">-- Select --</option><option value="1">Office Visit</option><option value="2">Telephone</option>';

  it('takes the hidden select inside the visible listbox widget as the contact type', () => {
    const { r, el } = read(form(`<label for="ct">Contact Type</label><span role="listbox" class="k-dropdown"><span class="k-input">-- Select --</span>
      <select id="ct" style="display: none">${options}</select></span>`));
    expect(el(r.editor?.contactTypeField)?.id).toBe('ct');
  });

  it('not a hidden select outside such a widget, one inside a hidden widget, or a disabled one', () => {
    expect(read(form(`<label for="ct">Contact Type</label><select id="ct" style="display: none">${options}</select>`)).r.editor?.contactTypeField).toBeNull();
    expect(read(form(`<span role="listbox" style="display: none"><select id="ct" style="display: none">${options}</select></span>`)).r.editor?.contactTypeField).toBeNull();
    expect(read(form(`<span role="listbox"><select id="ct" disabled style="display: none">${options}</select></span>`)).r.editor?.contactTypeField).toBeNull();
  });
});

describe("a note form named like Toolbox's on another system (Wisconsin ASSET's Struts caseNoteForm)", () => {
  const asset = `<form name="caseNoteForm"><table><tr><td>Contact Method</td><td><div id="m">
    <input type="radio" name="cm" id="m1" value="INP"><label for="m1">In Person</label>
    <input type="radio" name="cm" id="m2" value="PHN"><label for="m2">Telephone</label></div></td></tr>
    <tr><td><label for="noteText">Case Note</label></td><td><textarea name="noteText" id="noteText" rows="10"></textarea></td></tr></table>
    <input type="submit" value="Save"></form>`;

  it('is read as a system we have not seen, its radio contact method found, not as Missouri Toolbox', () => {
    const { r, el } = read(asset, 'https://asset.example.gov/participant/caseNotes.do?pin=40071833');
    expect(r.system).toBe('generic');
    expect(el(r.editor?.contactTypeField)?.id).toBe('m');
    expect(r.participant?.id).toBe('40071833');
  });

  it("a form that also has Toolbox's service code 600 is still Toolbox's", () => {
    const toolbox = asset.replace('</table>', '<tr><td>SERVICE CODE:</td><td><input name="serviceCode" value="600" readonly></td></tr></table>');
    expect(read(toolbox, 'https://agency.example.gov/casenote').r.system).toBe('toolbox');
  });
});

describe('a participant number in a pin parameter', () => {
  const form = '<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';

  it('is whom the note form is about', () => {
    expect(read(form, 'https://cases.example.gov/notes.do?pin=40071833').r.participant?.id).toBe('40071833');
  });

  it('nobody when a heading names someone else, and no ID from a pin that is no ID', () => {
    expect(read(`<h1>Xiong, Pa Nhia (40071834)</h1>${form}`, 'https://cases.example.gov/notes.do?pin=40071833').r.participant).toBeNull();
    expect(read(form, 'https://cases.example.gov/notes.do?pin=12').r.participant).toBeNull();
  });
});
