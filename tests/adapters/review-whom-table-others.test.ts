// @vitest-environment node
/**
 * Review near-misses: a one-row table whose heading says it is about another record than the page's (a co-enrolled
 * participant, a possible duplicate, whoever referred her, a record transferred or merged, a linked case, the next
 * participant in a queue, a waitlist, a co-applicant) or whose columns name a relative beside her names nobody: its
 * row is not the participant whose note this page writes, so no one's drafts or status may land on the page.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const NOTE = '<form method="post"><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';
const url = 'https://cases.example.gov/notes/new';
const table = (heading: string, head: string[], row: string[]) =>
  `<h3>${heading}</h3><table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr><tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
const PARTICIPANT = ['Participant Name', 'Participant ID'];
const ANN = ['Ann Lee', '557210'];

describe('a one-row table about another record names nobody', () => {
  it.each([
    ['a co-enrolled participant', table('Co-enrolled participant', PARTICIPANT, ANN)],
    ['a possible duplicate', table('Possible duplicate record', PARTICIPANT, ANN)],
    ['whoever referred her', table('Referred by', PARTICIPANT, ANN)],
    ['a record transferred from another office', table('Transferred from', ['Client Name', 'Client ID'], ANN)],
    ['a record merged into this one', table('Merged into this record', ['Client Name', 'Client ID'], ANN)],
    ['a linked case', table('Linked case', ['Customer', 'Customer #'], ['Lee, Ana', 'C-88120'])],
    ['the next participant in a queue', table('Next participant in queue', PARTICIPANT, ANN)],
    ['a waitlist', table('Waitlist', PARTICIPANT, ANN)],
    ['a co-applicant', table('Co-applicant', ['Customer', 'Customer #'], ['Lee, Ana', 'C-88120'])],
    ['a sibling beside her', `<table><tr><th>Participant Name</th><th>Participant ID</th><th>Sibling</th></tr><tr><td>Ann Lee</td><td>557210</td><td>Ray Lee</td></tr></table>`],
  ])('%s', (_what, header) => {
    const doc = new JSDOM(`<!doctype html><body>${header}${NOTE}</body>`, { url }).window.document;
    const read = readPage(doc, url);
    expect(read.editor).not.toBeNull();
    expect(read.participant).toBeNull();
  });
});
