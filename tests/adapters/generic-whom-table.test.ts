// @vitest-environment node
/**
 * Whom a note page of a system we have never seen is about when a small table shows them: a header row naming the
 * participant over exactly one row. A list of people, a table about someone else, or a header row that does not say the
 * ID is the participant's names nobody.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const NOTE = '<form method="post"><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';
const url = 'https://cases.example.gov/notes/new';

function participant(header: string) {
  const doc = new JSDOM(`<!doctype html><body>${header}${NOTE}</body>`, { url }).window.document;
  const read = readPage(doc, url);
  expect(read.editor).not.toBeNull();
  return read.participant && { id: read.participant.id, name: read.participant.name };
}

const table = (head: string[], ...rows: string[][]) =>
  `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a header row naming the participant over one row', () => {
  it.each([
    [table(['Participant Name', 'Participant ID', 'Program'], ['Haddad, Samir', 'AP-20417', 'WIOA Adult']), 'AP-20417', 'Haddad, Samir'],
    [table(['Individual Name', 'State ID', 'Office'], ['Pruitt, Darnell', '2207713', 'Eastside']), '2207713', 'Pruitt, Darnell'],
    [table(['Name', 'Job Seeker ID', 'Program', 'Case Manager'], ['Alvarez, Marisol', '3310458', 'WIOA DW', 'Terry Nakamura']), '3310458', 'Alvarez, Marisol'],
    [table(['Customer', 'Customer #'], ['Lee, Ana', 'C-88120']), 'C-88120', 'Lee, Ana'],
    [`<table><thead><tr><th>Client ID:</th><th>Status</th></tr></thead><tbody><tr><td>557210</td><td>Active</td></tr></tbody></table>`, '557210', ''],
  ])('%s', (header, id, name) => {
    expect(participant(header)).toEqual({ id, name });
  });
});

describe('names nobody', () => {
  it.each([
    ['a list of several people', table(['Participant', 'Participant ID'], ['Bell, Marcus', '441209'], ['Chen, Laura', '441377'])],
    ['a State ID under a bare Name', table(['Name', 'State ID'], ['Ann Lee', 'MO-10442'])],
    ['a staff table', table(['Assigned Staff', 'Staff ID'], ['Keisha Grant', 'ST-5521'])],
    ['a household member', table(['Member Name', 'Client ID', 'Relationship'], ['Ray Lee', '557299', 'Son'])],
    ['search results', `<h2>Search results</h2>${table(['Participant Name', 'Participant ID'], ['Ann Lee', '557210'])}`],
    ['recently viewed', `<table><caption>Recently viewed</caption><tr><th>Client Name</th><th>Client ID</th></tr><tr><td>Ann Lee</td><td>557210</td></tr></table>`],
    ['a word in the ID column', table(['Participant Name', 'Participant ID'], ['Ann Lee', 'Pending'])],
  ])('%s', (_what, header) => {
    expect(participant(header)).toBeNull();
  });

  it('nobody when the table and another label disagree', () => {
    const header = `${table(['Participant Name', 'Participant ID'], ['Ann Lee', '557210'])}<div><span>Client ID</span><span>557211</span></div>`;
    expect(participant(header)).toBeNull();
  });
});
