// @vitest-environment node
/**
 * Review: a table's header row is no label and its value ("STATE ID" over a column, "NAME" beside it): a note page of an
 * unknown system that shows a list of people above its note form names nobody from the list's headers.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const NOTE = '<form method="post"><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';
const url = 'https://cases.example.gov/notes/new';

function read(header: string) {
  const doc = new JSDOM(`<!doctype html><body>${header}${NOTE}</body>`, { url }).window.document;
  return readPage(doc, url);
}

describe('a list of people above the note form', () => {
  it.each([
    '<table><tr><th>STATE ID</th><th>NAME</th><th>PROGRAM</th></tr><tr><td>MO-1</td><td>Ann Lee</td><td>Adult</td></tr></table>',
    '<table><thead><tr><th>Client ID</th><th>Status</th></tr></thead><tbody><tr><td>557210</td><td>Active</td></tr><tr><td>557211</td><td>Exited</td></tr></tbody></table>',
  ])('names nobody from its header row: %s', (list) => {
    const page = read(list);
    expect(page.editor).not.toBeNull();
    expect(page.participant).toBeNull();
  });

  it.each([
    ['a word in an ID\'s place', '<div><span>Client ID</span><span>Pending</span></div>'],
    ['a header cell beside the label', '<table><tr><td>Case Number</td><th>ABCD1234</th></tr></table>'],
  ])('takes no ID from %s', (_what, header) => {
    expect(read(header).participant).toBeNull();
  });

  it('takes no name from a header cell', () => {
    const header = '<table><tr><th>Name</th><th>Ann Lee</th></tr></table><div><span>Client ID</span><span>557210</span></div>';
    expect(read(header).participant).toMatchObject({ id: '557210', name: '' });
  });
});

describe('near misses: a labelled row beside its value still names the participant', () => {
  it.each([
    ['<table><tr><th>Name:</th><td>Ann Lee</td></tr><tr><th>Client ID:</th><td>557210</td></tr></table>', '557210', 'Ann Lee'],
    ['<table><tr><td>Name:</td><td>Ann Lee</td><td>STATE ID</td><td>MO-10442</td></tr></table>', 'MO-10442', 'Ann Lee'],
    ['<dl><dt>Name</dt><dd>Ann Lee</dd><dt>Case Number</dt><dd>A1B2C3</dd></dl>', 'A1B2C3', 'Ann Lee'],
  ])('%s', (header, id, name) => {
    const p = read(header).participant;
    expect(p && { id: p.id, name: p.name }).toEqual({ id, name });
  });
});
