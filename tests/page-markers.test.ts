// @vitest-environment node
/**
 * The stub every frame loads (entrypoints/content/index.ts) loads the reader only where the
 * registry's page markers hold. A frame they miss would never be read: its participant never
 * recorded, its note never coached. So wherever a reader finds anything the background keeps
 * or the coach needs (a participant, a caseload, a note form), the markers must hold: on every
 * saved demo page of every system, and on arbitrary pages built from the pieces the readers look for;
 * and where a reader finds a note form, a note marker must hold, or the coach comes in a second load.
 * Where they hold on a page that shows nothing, the reader is loaded for nothing: the Toolbox
 * banner and menu frames (the frames most often loaded) must show no marker, and a caseload or
 * participant page no note marker (the coach would come with the reader for nothing).
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageRead } from '../lib/adapters';
import { isEditingDocument, markerTest } from '../lib/page-markers';
import { PAGE_MARKERS, readPage, SYSTEM_IDS } from '../lib/systems';
import { loadFixture, testDataOf } from './systems/fixtures';

const showsNote = markerTest(PAGE_MARKERS.note);
const showsPage = markerTest(PAGE_MARKERS.page);
const showsSomething = (doc: Document) => showsNote(doc) || showsPage(doc);

/** What makes a frame worth the reader: something kept (a participant, a caseload) or coached (a note form). */
const worthReading = (read: PageRead) => read.participant !== null || read.caseload.length > 0 || read.editor !== null;

describe('page markers', () => {
  it('hold on every saved page where the reader finds a participant, a caseload or a note form', async () => {
    let worth = 0;
    for (const system of SYSTEM_IDS) {
      for (const file of (await testDataOf(system)).savedPages) {
        const { doc, url } = loadFixture(system, file);
        const read = readPage(doc, url);
        if (read.editor) expect(showsNote(doc), `${system}/${file} has a note form`).toBe(true);
        if (!worthReading(read)) continue;
        worth++;
        expect(showsSomething(doc), `${system}/${file}`).toBe(true);
      }
    }
    // The check is not empty: most saved pages show someone.
    expect(worth).toBeGreaterThan(20);
  });

  it('do not hold on the Toolbox banner and menu: those frames load only the stub', () => {
    for (const file of ['banner.html', 'nav.html']) {
      const { doc, url } = loadFixture('toolbox', file);
      expect(worthReading(readPage(doc, url)), file).toBe(false);
      expect(showsSomething(doc), file).toBe(false);
    }
  });

  it('tell a caseload or a participant page (the reader alone) from a note form (the reader and the coach)', () => {
    const pages = [
      ['toolbox', 'caseload.html'],
      ['toolbox', 'participant.html'],
      ['workforce-one', 'caseload.html'],
      ['workforce-one', 'summary.html'],
      ['workforce-one', 'progress-notes.html'],
      ['vos', 'summary.html'],
      ['ajl', 'notes.html'],
    ] as const;
    for (const [system, file] of pages) {
      const { doc } = loadFixture(system, file);
      expect(showsPage(doc), `${system}/${file}`).toBe(true);
      expect(showsNote(doc), `${system}/${file}`).toBe(false);
    }
  });

  it('hold wherever a reader finds something, on arbitrary pages made of what the readers look for', { timeout: 60_000 }, () => {
    const pieces = fc.constantFrom(
      '<table id="caseNoteGrid">', '<table id="caseloadGrid">', '<table id="customerInfo">', '<td id="custName">', '<td id="stateId">',
      '<form name="caseNoteForm">', '<textarea id="noteText" rows="8">', '<input name="customerId" value="100234">', '</form>',
      '<form id="aspnetForm">', '<input id="__VIEWSTATE">', '<div id="ctl00_header">Workforce One</div>',
      '<table id="ctl00_ContentPlaceHolder1_gvNotes">', '<table id="ctl00_ContentPlaceHolder1_gvCaseload">', '<table id="ctl00_ContentPlaceHolder1_gvActivities">',
      '<span id="ctl00_ContentPlaceHolder1_lblParticipantID">MN-1</span>', '<a id="ctl00_ContentPlaceHolder1_lnkAddNote">Add</a>',
      '<table id="x_gvCaseNotes">', '<table id="x_gvCaseHistory">', '<span id="x_lblStateId">V1234</span>', '<textarea id="x_txtCaseNote">',
      '<section id="program_notes">', '<span id="job_seeker_id">J-1234</span>', '<table id="program_notes_table">',
      '<th>Reference Date</th>', '<th>Contact Type</th>', '<th>Notes</th>', '<label for="n">Notes</label>', '<textarea id="n">',
      '<label>Reference Date <input></label>', '<label>Contact Type <select><option>Phone</option></select></label>',
      '<h2>Pike, Jordan (7731904)</h2>', '<div contenteditable="true" aria-label="Case note">', '</div>',
      '<tr>', '<th>DATE</th>', '<th>STATE ID</th>', '<td>', '</td>', '</tr>', '</table>', '</textarea>', '<label>Case notes</label>',
      '<select>', '<option>Phone</option>', '</select>', '<input type="submit" value="Save">', '11/25/2026', 'TOOLBOX', '100234',
    );
    const parser = new new JSDOM('').window.DOMParser();
    const urls = fc.constantFrom(
      'https://demo.toolbox.mo.gov/toolbox/participant?id=100234',
      'https://x.mnworkforceone.com/Participant/ProgressNotes.aspx?pid=MN-1',
      'https://app-jobs.mo.gov/vosnet/case.aspx?id=V1234',
      'https://www.vermontjoblink.com/jobseekers/J-1234/notes',
      'https://cases.example.org/notes?participantId=P-7731',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), urls, (parts, url) => {
        const doc = parser.parseFromString(`<body>${parts.join('')}</body>`, 'text/html');
        const read = readPage(doc, url);
        if (worthReading(read)) expect(showsSomething(doc), parts.join('')).toBe(true);
        if (read.editor) expect(showsNote(doc), parts.join('')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("see an editor's editing area in a frame, and skip being one", () => {
    const { window } = new JSDOM('<body><iframe></iframe></body>', { url: 'https://cases.example.org/' });
    const doc = window.document;
    const frame = doc.querySelector('iframe')!;
    expect(showsSomething(doc)).toBe(false);
    frame.contentDocument!.body.setAttribute('contenteditable', 'true');
    expect(showsSomething(doc)).toBe(true);
    expect(isEditingDocument(frame.contentDocument!)).toBe(true);
    expect(isEditingDocument(doc)).toBe(false);
  });

  it('tell words apart on a page that goes by them', () => {
    const test = markerTest([{ css: 'th', words: '^reference date$' }]);
    const page = (heads: string) => new JSDOM(`<table><tr>${heads}</tr></table>`).window.document;
    expect(test(page('<th> Reference   Date </th>'))).toBe(true);
    expect(test(page('<th>Reference Date (optional)</th>'))).toBe(false);
    expect(test(page('<td>Reference Date</td>'))).toBe(false);
  });

  it('still answer when one selector is one the browser does not know', () => {
    const test = markerTest(['#caseloadGrid', ':not-a-pseudo(x)']);
    expect(test(new JSDOM('<table id="caseloadGrid"></table>').window.document)).toBe(true);
    expect(test(new JSDOM('<p>menu</p>').window.document)).toBe(false);
  });
});
