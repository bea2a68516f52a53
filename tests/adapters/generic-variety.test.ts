// @vitest-environment node
/**
 * What real systems do that our saved pages do not: labels only in aria-labelledby or a
 * placeholder, contact types as radio buttons, a date typed in three boxes, several note
 * forms on one page. Each page is small and written for the case it names.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../lib/adapters/index';
import { readPage } from '../../lib/systems';

const URL = 'https://cases.example.gov/notes/new';
function read(body: string) {
  const doc = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL }).window.document;
  const r = readPage(doc, URL);
  const el = (selector: string | null | undefined) => (selector ? doc.querySelector(selector) : null);
  return { doc, r, el };
}

const titled = (title: string, body: string) => {
  const doc = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url: URL }).window.document;
  return { doc, r: readPage(doc, URL) };
};

describe('labels a person reads that are not <label for>', () => {
  it('takes the box labelled through aria-labelledby over a roomier unlabelled one', () => {
    const { r, el } = read(`<div>
      <span id="h-dir">Directions to office</span><textarea aria-labelledby="h-dir" rows="10"></textarea>
      <span id="h-note">Case note</span><textarea id="the-note" aria-labelledby="h-note" rows="6"></textarea>
      <button>Save</button></div>`);
    expect(el(r.editor?.noteField)?.id).toBe('the-note');
  });

  it('takes a box whose only label is its placeholder', () => {
    const { r, el } = read(`<div>
      <textarea placeholder="Mailing address" rows="4"></textarea>
      <textarea id="the-note" placeholder="Enter case note narrative…" rows="6"></textarea>
      <button>Save</button></div>`);
    expect(el(r.editor?.noteField)?.id).toBe('the-note');
  });
});

describe('contact types as radio buttons', () => {
  it('names the radio group as the contact type field, and the coach gets the group to read', () => {
    const { doc, r, el } = read(`<form>
      <fieldset id="how"><legend>Contact type</legend>
        <label><input type="radio" name="ctype" value="1"> In person</label>
        <label><input type="radio" name="ctype" value="2"> Telephone</label>
        <label><input type="radio" name="ctype" value="3"> E-mail</label>
      </fieldset>
      <fieldset><legend>Follow up needed?</legend>
        <label><input type="radio" name="fu" value="y"> Yes</label><label><input type="radio" name="fu" value="n"> No</label></fieldset>
      <label for="n">Case note</label><textarea id="n" rows="8"></textarea>
      <button type="submit">Save note</button></form>`);
    expect(el(r.editor?.contactTypeField)?.id).toBe('how');
    expect(findNoteEditor(doc, r)?.contactType?.id).toBe('how');
  });

  it('finds a radio group with no fieldset by its shared name', () => {
    const { r, el } = read(`<form><div class="row"><span>Contact method</span>
      <div id="methods"><input type="radio" id="m1" name="method" value="phone"><label for="m1">Phone</label>
      <input type="radio" id="m2" name="method" value="office"><label for="m2">Office visit</label></div></div>
      <label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>`);
    const found = el(r.editor?.contactTypeField);
    expect(found?.contains(el('#m1')) && found.contains(el('#m2'))).toBe(true);
    expect(found?.querySelectorAll('input[type="radio"]').length).toBe(2);
  });
});

describe('a contact date typed in three boxes', () => {
  it('does not take the month box alone for the date (11 is no date)', () => {
    const { r } = read(`<form>
      <label for="cd-m">Contact date</label>
      <input id="cd-m" name="contactDateMonth" size="2" maxlength="2"> / <input name="contactDateDay" size="2" maxlength="2"> /
      <input name="contactDateYear" size="4" maxlength="4">
      <label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>`);
    expect(r.editor?.noteField).toBe('#n');
    expect(r.editor?.dateField).toBeNull();
  });
});

describe('several note forms on one page', () => {
  it('takes the contact type, date and Save of the note box it chose, not of the quick note beside it', () => {
    const { r, el } = read(`<div id="app">
      <aside id="quick"><h3>Quick note</h3>
        <select id="q-type"><option>Phone</option><option>Email</option><option>In Person</option><option>Letter</option></select>
        <input id="q-date" name="quickDate" placeholder="Date">
        <textarea id="q-note" placeholder="Quick note" rows="3"></textarea><button id="q-add">Add</button></aside>
      <main><h2>New case note</h2>
        <div><label for="m-type">Contact type</label><select id="m-type"><option></option><option>Telephone</option><option>Office visit</option></select></div>
        <div><label for="m-date">Contact date</label><input id="m-date"></div>
        <div><label for="m-note">Case note narrative</label><textarea id="m-note" rows="10"></textarea></div>
        <div><button id="m-cancel">Cancel</button><button id="m-save">Save</button></div></main></div>`);
    expect(el(r.editor?.noteField)?.id).toBe('m-note');
    expect(el(r.editor?.contactTypeField)?.id).toBe('m-type');
    expect(el(r.editor?.dateField)?.id).toBe('m-date');
    expect(el(r.editor?.submitControl)?.id).toBe('m-save');
  });

  it('in one page-wide form (ASP.NET), still takes the fields beside the note box chosen', () => {
    const { r, el } = read(`<form id="aspnetForm">
      <div id="emp"><h3>Employer contact</h3><label for="e-type">Contact type</label>
        <select id="e-type"><option>Telephone</option><option>E-mail</option><option>In person</option></select>
        <label for="e-note">Comments</label><textarea id="e-note" rows="4"></textarea><input type="submit" id="e-save" value="Save employer contact"></div>
      <div id="cn"><h3>Case note</h3><label for="c-type">Contact type</label>
        <select id="c-type"><option>Telephone</option><option>E-mail</option></select>
        <label for="c-date">Contact date</label><input id="c-date">
        <label for="c-note">Case note</label><textarea id="c-note" rows="10"></textarea><input type="submit" id="c-save" value="Save case note"></div></form>`);
    expect(el(r.editor?.noteField)?.id).toBe('c-note');
    expect(el(r.editor?.contactTypeField)?.id).toBe('c-type');
    expect(el(r.editor?.dateField)?.id).toBe('c-date');
    expect(el(r.editor?.submitControl)?.id).toBe('c-save');
  });

  it('still takes a date shared by two note boxes of one form', () => {
    const { r, el } = read(`<form><label for="d">Contact date</label><input id="d">
      <label for="t">Contact type</label><select id="t"><option>Telephone</option><option>In person</option></select>
      <div><label for="n">Case note</label><textarea id="n" rows="10"></textarea></div>
      <div><label for="x">Next steps</label><textarea id="x" rows="4"></textarea></div>
      <button type="submit">Save</button></form>`);
    expect(el(r.editor?.noteField)?.id).toBe('n');
    expect(el(r.editor?.dateField)?.id).toBe('d');
    expect(el(r.editor?.contactTypeField)?.id).toBe('t');
  });
});

describe('case histories drawn the way other systems draw them', () => {
  it('reads a history whose header row is <td> cells (Date, Contact, Case Note) and one headed Method and Summary', () => {
    for (const table of [
      '<table><tr class="gridHeader"><td>Date</td><td>Category</td><td>Contact</td><td>Case Note</td></tr><tr><td>11/19/2026</td><td>Training</td><td>Phone</td><td>Spoke with Dante.</td></tr></table>',
      '<table><tr><th>TouchPoint</th><th>Date</th><th>Method</th><th>Staff</th><th>Summary</th></tr><tr><td>Case Note</td><td>11/19/2026</td><td>Phone</td><td>D. W.</td><td>Spoke with Dante.</td></tr></table>',
    ]) {
      const { r } = read(`<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea></form>${table}`);
      expect(r.contacts.map((c) => [c.date, c.contactType, c.text])).toEqual([['2026-11-19', 'telephone', 'Spoke with Dante.']]);
    }
  });

  it('does not read a list with a subject line but no note as contacts (its history would then stand for the participant\'s record)', () => {
    const { r } = read('<table><tr><th>Date</th><th>Type</th><th>Subject</th></tr><tr><td>11/19/2026</td><td>Phone</td><td>Check-in</td></tr></table>');
    expect(r.contacts).toEqual([]);
  });
});

describe('the Save of a note form', () => {
  it('is a control that says save, submit or add, never an Edit or New button, and a plain Save before Save & New', () => {
    expect(read('<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="button">Edit</button><button type="button">New Case Note</button></form>').r.editor?.submitControl).toBeNull();
    const { r, el } = read('<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button>Save &amp; New</button><button id="s">Save</button></form>');
    expect(el(r.editor?.submitControl)?.id).toBe('s');
  });
});

describe('boxes on a note page that are not the case note', () => {

  it('never takes a sticky or private scratch note, which is not saved to the case file', () => {
    for (const box of [
      '<label for="s">Sticky note</label><textarea id="s" rows="4"></textarea>',
      '<textarea id="s" rows="4" placeholder="Private note to self (not saved to the case file)"></textarea>',
      '<label for="s">Scratch pad</label><textarea id="s" name="scratchNotes" rows="6"></textarea>',
    ]) {
      const { r } = titled('Participant', `<form>${box}<label for="d">Contact Date</label><input id="d"><button>Save</button></form>`);
      expect(r.editor, box).toBeNull();
    }
  });

  it('still takes the case note beside a sticky note', () => {
    const { doc, r } = titled(
      'Participant',
      `<form><label for="n">Case Notes</label><textarea id="n" rows="8"></textarea><button>Save</button></form>
       <aside><label for="s">Sticky notes</label><textarea id="s" rows="8"></textarea></aside>`,
    );
    expect(r.editor && doc.querySelector(r.editor.noteField)?.id).toBe('n');
  });

  it("never attaches to a job seeker's own work search log, whose Comments box is theirs", () => {
    const { r } = titled(
      'My Weekly Work Search Record',
      `<h1>Record a work search activity</h1><form>
        <label for="e">Employer or business contacted</label><input id="e">
        <label for="d">Date of Contact</label><input id="d">
        <label for="c">Comments</label><textarea id="c" rows="5" cols="60"></textarea><button>Save activity</button></form>`,
    );
    expect(r.editor).toBeNull();
  });

  it('still attaches on a case manager\'s work search review when its box says case notes', () => {
    const { doc, r } = titled(
      'Work Search Review',
      `<form><label for="n">Case Notes</label><textarea id="n" rows="8"></textarea><label for="d">Contact Date</label><input id="d"><button>Save</button></form>`,
    );
    expect(r.editor && doc.querySelector(r.editor.noteField)?.id).toBe('n');
  });
});

describe('pages where a case manager writes something other than a case note', () => {
  it.each([
    ['an Individual Service Strategy', 'Individual Service Strategy - Edit', '<h1>Individual Service Strategy (ISS)</h1>'],
    ['an Individual Employment Plan', 'IEP', '<h1>Individual Employment Plan</h1>'],
    ['an employment plan', 'Employment Plan - Goals', ''],
    ['a staff access request', 'Request Access - Sign In Help', '<h1>Request access</h1>'],
    ['a password reset', 'Reset your password', ''],
  ])('no coach on %s, whose comments are not a case note', (_what, title, heading) => {
    const { r } = titled(
      title,
      `${heading}<form method="post"><label for="g">Goal comments</label><textarea id="g" rows="6"></textarea>
        <label for="c">Comments</label><textarea id="c" rows="6"></textarea><button type="submit">Save</button></form>`,
    );
    expect(r.editor).toBeNull();
  });

  it('still coaches a case note on a plan page when its box says case note (a note about the IEP review)', () => {
    const { doc, r } = titled(
      'Individual Employment Plan',
      '<h1>IEP review</h1><form method="post"><label for="n">Case Note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>',
    );
    expect(r.editor && doc.querySelector(r.editor.noteField)?.id).toBe('n');
  });

  it('still coaches a progress note whose page only mentions a plan in passing', () => {
    const { doc, r } = titled(
      'Progress Notes',
      '<h1>Progress Notes</h1><p>Plan type: ISS</p><form method="post"><label for="n">Notes</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>',
    );
    expect(r.editor && doc.querySelector(r.editor.noteField)?.id).toBe('n');
  });
});
