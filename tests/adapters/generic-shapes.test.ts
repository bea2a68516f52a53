// @vitest-environment node
/**
 * Shapes of note forms no page here had until the dev pages of a GridView case file, a <dialog> with a datalist, a
 * React-Select form and an employer's contact log were written: each class with near-misses that must not match
 * (never attach where no case note is written, never a wrong participant).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

function read(body: string, url = 'https://cases.example.org/participants/88/notes/new', title = 'New case note') {
  const doc = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url }).window.document;
  const r = readPage(doc, url);
  const el = (selector: string | null | undefined) => (selector ? doc.querySelector(selector) : null);
  return { r, el };
}

const noteBox = '<label for="n">Case note</label><textarea id="n" rows="8"></textarea>';

describe('never a note box where nobody writes a case note', () => {
  const contactLog = `<form method="post"><label for="t">Contact type</label><select id="t"><option>Phone</option><option>In person</option></select>
    <label for="c">Contact notes</label><textarea id="c" rows="8"></textarea><button type="submit">Save contact</button></form>`;

  it("not an employer's contact log, even labelled Contact notes (a contact with an employer is not a participant's)", () => {
    expect(read(contactLog, 'https://cms.example.org/business/accounts/40218/contacts', 'Employer account · Lakeside Cold Storage').r.editor).toBeNull();
    expect(read(`<h1>Employer: Lakeside Cold Storage</h1>${contactLog}`, 'https://cms.example.org/accounts/40218').r.editor).toBeNull();
  });

  it("but the same contact log on a participant's page is the case note, and a case note on any page still is", () => {
    expect(read(contactLog).el(read(contactLog).r.editor?.noteField)).not.toBeNull();
    const caseNote = `<form method="post">${noteBox}<button type="submit">Save</button></form>`;
    expect(read(caseNote, 'https://cms.example.org/business/accounts/40218/case-note', 'Employer account').r.editor?.noteField).toBe('#n');
  });

  it('not the words to look for in a search form sent by GET, however it is labelled', () => {
    const search = (method: string) => `<form method="${method}" action="/review/notes"><label for="q">Case note text contains</label>
      <textarea id="q" name="text" rows="4" cols="60"></textarea><button type="submit">Find notes</button></form>`;
    expect(read(search('get')).r.editor).toBeNull();
    expect(read(search('GET')).r.editor).toBeNull();
    expect(read(search('post')).r.editor?.noteField).toBe('#q');
  });
});

describe('a system we know by loose signs whose reader finds no note form there', () => {
  // An ASP.NET case file with a GridView named like Virtual OneStop's (gvCaseNotes), but its own note form.
  const webForms = `<form id="aspnetForm" method="post" action="./CaseNotes.aspx"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="x">
    <table><tr><td>Participant ID:</td><td>HW-0088214</td></tr></table>
    <table><tr><td>Case Note</td><td><textarea id="ctl00_Main_txtNote" rows="10"></textarea></td></tr></table>
    <a id="ctl00_Main_lnkSave" href="javascript:__doPostBack('ctl00$Main$lnkSave','')">Save Note</a>
    <table id="ctl00_Main_gvCaseNotes"><tr><th>Date</th><th>Contact Type</th><th>Note</th></tr><tr><td>11/18/2026</td><td>Telephone</td><td>Spoke with him.</td></tr></table></form>`;

  it('takes the note form the generic reader finds, with its Save link and participant', () => {
    const { r, el } = read(webForms, 'https://casefile.example.org/Participant/CaseNotes.aspx');
    expect(el(r.editor?.noteField)?.id).toBe('ctl00_Main_txtNote');
    expect(el(r.editor?.submitControl)?.id).toBe('ctl00_Main_lnkSave');
    expect(r.participant?.id).toBe('HW-0088214');
  });

  it('still nothing where there is no note box to find (the list alone)', () => {
    expect(read(webForms.replace(/<textarea[^>]*><\/textarea>/, ''), 'https://casefile.example.org/Participant/CaseNotes.aspx').r.editor).toBeNull();
  });
});

describe('whom the page is about: a breadcrumb and a youth ID', () => {
  const crumbs = (trail: string) => `<nav aria-label="Breadcrumb"><ol>${trail}</ol></nav><form method="post">${noteBox}<button>Save</button></form>`;

  it('a breadcrumb step "Name (ID)" after a list of participants names the participant', () => {
    const { r } = read(crumbs('<li><a href="/participants">Participants</a></li><li><a href="/participants/310447">Nguyen, Bao (P-310447)</a></li><li aria-current="page">New case note</li>'));
    expect(r.participant?.id).toBe('P-310447');
    expect(r.participant?.name).toBe('Nguyen, Bao');
  });

  it("not a step after an employer, a job order or a program, nor one that is a heading's only (no list of people before it)", () => {
    for (const before of ['Employers', 'Job orders', 'Programs', 'Home'])
      expect(read(crumbs(`<li><a href="/x">${before}</a></li><li><a href="/x/1">Lakeside Cold Storage (E-40218)</a></li><li>Notes</li>`)).r.participant).toBeNull();
  });

  it('nobody when the breadcrumb and the page disagree', () => {
    const { r } = read(`<table><tr><td>Client ID</td><td>C-1111</td></tr></table>${crumbs('<li><a>Clients</a></li><li><a>Tran, Minh (C-2222)</a></li>')}`);
    expect(r.participant).toBeNull();
  });

  it('an ID under "Youth ID" in a definition list, never under "Coach ID" or "Program ID"', () => {
    const dl = (label: string) => `<dl><dt>Youth</dt><dd>Alvarez, Marisol</dd><dt>${label}</dt><dd>YW-7720391</dd></dl><form method="post">${noteBox}<button>Save</button></form>`;
    expect(read(dl('Youth ID')).r.participant?.id).toBe('YW-7720391');
    expect(read(dl('Coach ID')).r.participant).toBeNull();
    expect(read(dl('Program ID')).r.participant).toBeNull();
  });
});

describe('contact types picked from a datalist or a combobox whose menu is not open', () => {
  const form = (control: string) => `<form method="post">${control}${noteBox}<button type="submit">Save</button></form>`;
  const list = (...options: string[]) => options.map((o) => `<option value="${o}"></option>`).join('');

  it('a text box with a datalist of contact types', () => {
    const { r, el } = read(form(`<label for="m">How did you reach the youth?</label><input id="m" list="ml"><datalist id="ml">${list('In person', 'Phone', 'Email')}</datalist>`));
    expect(el(r.editor?.contactTypeField)?.id).toBe('m');
  });

  it('not a datalist of anything else (cities, programs)', () => {
    expect(read(form(`<label for="c">City</label><input id="c" list="cl"><datalist id="cl">${list('Ames', 'Boone', 'Story City')}</datalist>`)).r.editor?.contactTypeField).toBeNull();
  });

  const combobox = (label: string) =>
    `<label id="l" for="rs">${label}</label><div><div class="select__placeholder">Choose…</div><input id="rs" role="combobox" aria-labelledby="l" aria-expanded="false" aria-autocomplete="list" value=""></div>`;

  it('a combobox labelled contact type whose options exist only while its menu is open (React-Select, Angular Material)', () => {
    const { r, el } = read(form(combobox('Contact type')));
    expect(el(r.editor?.contactTypeField)?.id).toBe('rs');
  });

  it('not such a combobox labelled anything else, nor one in a search', () => {
    expect(read(form(combobox('Services discussed'))).r.editor?.contactTypeField).toBeNull();
    expect(read(form(`<div role="search">${combobox('Contact type')}</div>`)).r.editor?.contactTypeField).toBeNull();
  });
});
