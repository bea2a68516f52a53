// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../lib/adapters/index';
import { detectSystem, readPage } from '../../lib/systems';
import { loadFixture } from '../systems/fixtures';

const read = (file: string, customSites?: Parameters<typeof readPage>[2]) => {
  const { doc, url } = loadFixture('generic', file);
  return { doc, url, read: readPage(doc, url, customSites) };
};

describe('note forms on systems we have never seen', () => {
  it('finds a Virtual OneStop case note: Notes box, Contact Type, Reference Date (not Recontact Date), Save', () => {
    const { doc, url, read: r } = read('vos-case-notes.html');
    expect(detectSystem(doc, url)).toBe('generic');
    expect(r.page).toBe('note-editor');
    expect(r.problems).toEqual([]);
    expect(r.editor).toEqual({
      found: true,
      noteField: '#ctl00_Main_content_txtNotes',
      contactTypeField: '#ctl00_Main_content_ddlContactType',
      dateField: '#ctl00_Main_content_txtReferenceDate',
      submitControl: '#ctl00_Main_content_btnSave',
      participantId: '7731904',
    });
    // The heading "Renee Castellanos (7731904)" says whom the note is for.
    expect(r.participant).toMatchObject({ id: '7731904', name: 'Renee Castellanos', activitiesShown: false });
  });

  it('reads the Virtual OneStop Chronological Case History as past contacts', () => {
    const { read: r } = read('vos-case-notes.html');
    expect(r.contacts).toEqual([
      {
        date: '2026-10-23',
        contactTypeText: 'Office Visit',
        contactType: 'in-person',
        serviceCode: null,
        author: 'P. Okafor',
        subject: 'IEP review',
        text: 'Office visit. Reviewed IEP goals; customer enrolled in medical billing course starting next month. Next contact in 30 days.',
      },
    ]);
  });

  it('never takes a participant from a loose number: only a "Name (ID)" heading or an id in the address', () => {
    for (const [html, url, id] of [
      ['<h1>Jo Park (A12345)</h1><textarea name="notes" rows="8" cols="60"></textarea>', 'https://x.example/notes', 'A12345'],
      ['<h1>Case notes (3)</h1><textarea name="notes" rows="8" cols="60"></textarea>', 'https://x.example/notes', undefined],
      ['<p>Jo Park 12345</p><textarea name="notes" rows="8" cols="60"></textarea>', 'https://x.example/notes?page=12345', undefined],
      ['<textarea name="notes" rows="8" cols="60"></textarea>', 'https://x.example/notes?clientId=C-9981', 'C-9981'],
    ] as const) {
      const doc = new JSDOM(html, { url }).window.document;
      expect(readPage(doc, url).participant?.id).toBe(id);
    }
  });

  it('does not read a table as contacts unless it names a date, a contact type and the note', () => {
    expect(read('search.html').read.contacts).toEqual([]);
    const dom = new JSDOM('<table><tr><th>Date</th><th>Comments</th></tr><tr><td>11/02/2026</td><td>Uploaded resume</td></tr></table>');
    expect(readPage(dom.window.document, 'https://x.example.gov/docs').contacts).toEqual([]);
  });

  it('does not take the Virtual OneStop quick search box or Cancel button for the note form', () => {
    const { doc, read: r } = read('vos-case-notes.html');
    const fields = findNoteEditor(doc, r);
    expect(fields?.editable.getAttribute('name')).toBe('ctl00$Main$content$txtNotes');
    expect(fields?.submit?.getAttribute('value')).toBe('Save Case Note');
  });

  it('reads the note form from inside the iframe, and nothing from the page around it', () => {
    expect(read('iframe-host.html').read.editor).toBeNull();
    const { doc, read: r } = read('iframe-frame.html');
    expect(r.page).toBe('note-editor');
    expect(r.editor).toEqual({
      found: true,
      noteField: 'textarea[name="body"]',
      contactTypeField: 'select[name="how"]',
      dateField: 'input[name="when"]',
      submitControl: 'body > form:nth-of-type(1) > div:nth-of-type(4) > button:nth-of-type(2)',
      participantId: '7731904',
    });
    // No heading names the person here; the id comes from the frame's address (…/frame?id=7731904).
    expect(r.participant).toMatchObject({ id: '7731904', name: '' });
    expect(findNoteEditor(doc, r)?.submit?.textContent).toBe('Save note');
  });

  it('finds a modern form with no <form> element, skipping the hidden draft, read-only history, one-line tags box and the contact-type drop-downs of the page header', () => {
    const { doc, read: r } = read('modern-div.html');
    expect(r.editor).toEqual({
      found: true,
      noteField: '#f-body',
      contactTypeField: '#f-method',
      dateField: '#f-date',
      submitControl: '#app > div:nth-of-type(2) > div:nth-of-type(2) > button:nth-of-type(2)',
    });
    expect(findNoteEditor(doc, r)?.submit?.textContent).toBe('Save note');
  });

  it('never attaches to a login page, even one with a notes box', () => {
    const { read: r } = read('login.html');
    expect(r.page).toBe('unknown');
    expect(r.editor).toBeNull();
    expect(r.problems).toEqual([]);
  });

  it('never attaches to a search box, a one-line note box or a disabled history box', () => {
    const { read: r } = read('search.html');
    expect(r.editor).toBeNull();
    expect(r.page).toBe('unknown');
  });

  it('ignores a big textarea with no note-like label when there are several', () => {
    const dom = new JSDOM(
      '<form><label for="a">Address</label><textarea id="a" rows="4"></textarea><label for="b">Directions</label><textarea id="b" rows="6"></textarea></form>',
      { url: 'https://x.example.gov/' },
    );
    expect(readPage(dom.window.document, 'https://x.example.gov/').editor).toBeNull();
  });
});

describe('custom sites an agency adds', () => {
  const url = 'https://cases.example.org/participants/5521/notes/new';

  it('uses the agency\'s selectors over the guesses', () => {
    const { read: r } = read('modern-div.html', {
      customSites: [
        {
          pattern: 'https://cases.example.org/*',
          selectors: { note: 'textarea[name="body"]', date: '#f-follow', submit: '[data-action="save"]' },
        },
      ],
    });
    expect(r.editor).toEqual({
      found: true,
      noteField: 'textarea[name="body"]',
      contactTypeField: '#f-method',
      dateField: '#f-follow',
      submitControl: '[data-action="save"]',
    });
    expect(r.problems).toEqual([]);
  });

  it('says when a selector matches nothing, or is not valid CSS, and falls back to guessing', () => {
    const { read: r } = read('modern-div.html', {
      customSites: [{ pattern: 'https://cases.example.org/*', selectors: { note: '#gone', contactType: 'select[[' } }],
    });
    expect(r.editor?.noteField).toBe('#f-body');
    expect(r.editor?.contactTypeField).toBe('#f-method');
    expect(r.problems).toEqual([
      'The note field selector "#gone" set for this site matches nothing on this page.',
      'The contact type selector "select[[" set for this site is not valid CSS.',
    ]);
  });

  it('does not apply a custom site to other addresses', () => {
    const { doc } = loadFixture('generic', 'modern-div.html');
    const r = readPage(doc, url, { customSites: [{ pattern: 'https://other.example.org/*', selectors: { note: '#gone' } }] });
    expect(r.problems).toEqual([]);
    expect(r.editor?.noteField).toBe('#f-body');
  });

  it('lets an agency point the coach at a differently named box on a known system', () => {
    const { doc, url: tbUrl } = loadFixture('toolbox', 'note-editor.html');
    const r = readPage(doc, tbUrl, { customSites: [{ pattern: 'http://127.0.0.1/*', selectors: { note: 'textarea[name="noteText"]' } }] });
    expect(r.system).toBe('toolbox');
    expect(r.editor?.noteField).toBe('textarea[name="noteText"]');
    expect(r.editor?.participantId).toBe('100234');
  });
});

describe('pages of known systems that their readers do not cover', () => {
  it('still finds a note form on an unfamiliar Toolbox page', () => {
    const html = `<html><head><title>Toolbox</title></head><body>
      <form name="quick" target="main" action="/toolbox/search"><input name="q"></form>
      <form name="serviceNote" method="post"><table><tr><td class="lbl">SERVICE NOTE:</td>
      <td><textarea name="svcNote" rows="8" cols="70"></textarea></td></tr></table>
      <input type="submit" value="Save"></form></body></html>`;
    const dom = new JSDOM(html, { url: 'http://127.0.0.1:4817/toolbox/service/new' });
    const r = readPage(dom.window.document, dom.window.location.href);
    expect(r.system).toBe('toolbox');
    expect(r.page).toBe('note-editor');
    expect(r.editor?.noteField).toBe('textarea[name="svcNote"]');
    expect(r.editor?.submitControl).toBe('body > form:nth-of-type(2) > input:nth-of-type(1)');
  });
});

describe('note boxes a browser draws small', () => {
  it('skips a note box drawn one line high even if its markup says rows="8"', () => {
    const dom = new JSDOM('<form><label for="n">Case notes</label><textarea id="n" rows="8"></textarea></form>', { url: 'https://x.example.gov/' });
    const el = dom.window.document.getElementById('n');
    if (!el) throw new Error('fixture');
    // jsdom has no layout; pretend the page's CSS squeezed the box to one line.
    el.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 20, right: 300, width: 300, height: 20, toJSON: () => ({}) });
    expect(readPage(dom.window.document, 'https://x.example.gov/').editor).toBeNull();
    el.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 160, right: 600, width: 600, height: 160, toJSON: () => ({}) });
    expect(readPage(dom.window.document, 'https://x.example.gov/').editor?.noteField).toBe('#n');
    // A box with no rows of its own and no stylesheet is drawn two lines high (Salesforce's textarea before its CSS): still a note box.
    el.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 36, right: 300, width: 300, height: 36, toJSON: () => ({}) });
    expect(readPage(dom.window.document, 'https://x.example.gov/').editor?.noteField).toBe('#n');
  });
});
