// @vitest-environment node
/**
 * Whom a note page of an unknown system is about: only what the page says plainly (an ID under a
 * label that names the participant, a "Name (ID)" heading, an ID parameter in the address), and
 * nobody when two of them disagree: a participant stored against someone else is worse than none.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const NOTE = '<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';
function participant(header: string, url = 'https://cases.example.gov/notes/new') {
  const doc = new JSDOM(`<!doctype html><body>${header}${NOTE}</body>`, { url }).window.document;
  const p = readPage(doc, url).participant;
  return p ? { id: p.id, name: p.name } : null;
}

describe('the participant a labelled header names', () => {
  it.each([
    ['<table><tr><th>Participant:</th><td>Okonkwo, Chidi A.</td><th>Case Number:</th><td><span>WA-883140</span></td></tr></table>', 'WA-883140', 'Okonkwo, Chidi A.'],
    ['<dl><dt>Client Name</dt><dd>Brianna Kowalski</dd><dt>Client ID</dt><dd>557210</dd></dl>', '557210', 'Brianna Kowalski'],
    ['<div><span>Participant #</span><strong>3390217</strong><span>Program</span><strong>WIOA Adult</strong></div>', '3390217', ''],
    ['<table><tr><td class="lbl">Customer:</td><td>SANTIAGO, LUZ M</td><td class="lbl">OSOS ID:</td><td>NY04417390</td></tr></table>', 'NY04417390', 'SANTIAGO, LUZ M'],
    ['<ul><li><div title="Participant Number">Participant Number</div><div><b>P-0042817</b></div></li></ul>', 'P-0042817', ''],
  ])('%s', (header, id, name) => {
    expect(participant(header)).toEqual({ id, name });
  });

  it.each([
    ['an employer', '<div>Employer ID: <b>7731904</b></div><table><tr><td>Employer ID</td><td>7731904</td></tr></table>'],
    ['the staff member', '<table><tr><td>Staff ID</td><td>pokafor1</td><td>USER ID</td><td>PK2231</td></tr></table>'],
    ['a value that is no ID', '<table><tr><td>Case Number</td><td>pending review</td></tr></table>'],
    ['a record (a note form\'s own record may be meant)', '<div><span>Record ID</span> <span>88213</span></div>'],
    ['a job order', '<table><tr><td>JO ID</td><td>JO-55120</td></tr></table>'],
  ])('nobody from the ID of %s', (_what, header) => {
    expect(participant(header)).toBeNull();
  });

  it('nobody when the page names two participants, or its header and its address disagree', () => {
    expect(participant('<table><tr><td>Client ID</td><td>557210</td></tr><tr><td>Client ID</td><td>557299</td></tr></table>')).toBeNull();
    expect(participant('<h1>Jo Park (A12345)</h1>', 'https://cases.example.gov/notes?clientId=B77777')).toBeNull();
    expect(participant('<table><tr><td>Client ID</td><td>557210</td></tr></table>', 'https://cases.example.gov/notes?id=91234')).toBeNull();
  });

  it('one participant said three ways is that participant', () => {
    expect(participant('<h1>Jo Park (A12345)</h1><table><tr><td>Client ID</td><td>A12345</td></tr></table>', 'https://cases.example.gov/n?clientId=A12345')).toEqual({
      id: 'A12345',
      name: 'Jo Park',
    });
  });
});
