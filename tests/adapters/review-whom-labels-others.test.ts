// @vitest-environment node
/**
 * An ID under a participant label ("Client ID: 661020", "Participant #: 661020") in a block headed as another record
 * than the page's — a related case, search results, a co-enrolled participant, a record transferred from elsewhere, an
 * audit log, the next one in a queue — is not the participant whose note this page writes, even when it is the only ID
 * on the page: no one's drafts or status may land here. (The same headings over a one-row table are refused today.)
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const NOTE = '<form method="post"><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';
const url = 'https://cases.example.gov/notes/new';

describe("a labelled ID in a block about another record names nobody", () => {
  it.each([
    ['a related case', '<h3>Related case</h3><div>Client ID: 661020</div>'],
    ['search results', '<h3>Search results</h3><div>Client ID: 661020</div>'],
    ['a co-enrolled participant', '<h3>Co-enrolled participant</h3><div>Participant #: 661020</div>'],
    ['a record transferred from elsewhere', '<h3>Transferred from</h3><div>Participant #: 661020</div>'],
    ['an audit log', '<h3>Audit log</h3><div>Viewed Client ID 661020 at 10:02</div>'],
    ['the next one in a queue', '<div>Next: Client ID 661020</div>'],
  ])('%s', (_what, block) => {
    const doc = new JSDOM(`<!doctype html><body>${block}${NOTE}</body>`, { url }).window.document;
    const read = readPage(doc, url);
    expect(read.editor).not.toBeNull();
    expect(read.participant).toBeNull();
  });
});
