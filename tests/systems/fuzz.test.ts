// @vitest-environment node
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';
import { pageReadSchema } from '../../lib/adapters/schema';

// Fragments the adapters look for, so the fuzzer reaches their deeper paths.
const pieces = fc.constantFrom(
  '<table id="caseNoteGrid">', '<table id="caseloadGrid">', '<table id="customerInfo">', '<td id="stateId">',
  '<form id="aspnetForm">', '<input id="__VIEWSTATE">', '<table id="ctl00_ContentPlaceHolder1_gvNotes">',
  '<table id="ctl00_ContentPlaceHolder1_gvCaseload">', '<span id="ctl00_ContentPlaceHolder1_lblParticipantID">',
  '<tr>', '<th>DATE</th>', '<th>Contact Date</th>', '<th>STATE ID</th>', '<td>', '</td>', '</tr>', '</table>',
  '<textarea rows="8" name="notes">', '</textarea>', '<label>Case notes</label>', '<select>', '<option>Phone</option>',
  '<option>In Person</option>', '</select>', '<input type="password">', '<input type="submit" value="Save">',
  '<frameset>', '13/45/2026', '11/25/2026', 'N/A', '<img src=x onerror=alert(1)>', '<td colspan="5">', 'TOOLBOX',
);

// One window and its DOMParser: a fresh JSDOM per case would make the run slow, not stronger.
const parser = new new JSDOM('').window.DOMParser();

describe('reading arbitrary pages', () => {
  it('never throws and always returns valid data, whatever the HTML', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), fc.webUrl(), (parts, url) => {
        const html = parts.join('');
        const doc = parser.parseFromString(html, 'text/html');
        const read = readPage(doc, url);
        expect(pageReadSchema.safeParse(read).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on a URL that is not a URL', () => {
    const doc = new JSDOM('<table id="caseloadGrid"><tr><th>STATE ID</th></tr><tr><td><a href="http://[bad">1</a></td></tr></table>').window.document;
    expect(() => readPage(doc, '::not a url::')).not.toThrow();
  });
});
