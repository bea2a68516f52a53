// @vitest-environment node
/**
 * Review near-misses, written before reading the reader's change: a Virtual OneStop note form whose only header
 * is a one-row panel under a title that names the participant but is about someone else of hers (a dependent, a
 * sibling, a partner, a relative, an authorised representative) or another record (a possible duplicate, one merged
 * into, a co-enrolled participant, whoever referred her, the next in the queue). That row's ID is not the participant's:
 * the page names nobody, so no other person's drafts or status are filed under or shown on it.
 */
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const URL_ = 'https://jobs.example-state.gov/vosnet/gsipub/staff/CaseNotes.aspx?enc=q8X';
const FORM =
  '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3"><label for="d">Note Date</label><input id="d" type="text">' +
  '<label for="n">Case Note</label><textarea id="n" rows="10"></textarea><input type="submit" id="s" value="Save">';
const ROW = '<tr><th>Name</th><th>State ID</th></tr><tr><td>Hayes, Mia</td><td>0993999</td></tr>';
const panel = (title: string) => `<div class="panel"><div class="panelTitle">${title}</div><table>${ROW}</table></div>`;

it.each([
  panel('Participant Dependent Information'),
  panel("Customer's Sibling"),
  panel('Participant Partner'),
  panel('Individual Relatives'),
  `<table><caption>Participant Authorized Representative</caption>${ROW}</table>`,
  panel('Possible Duplicate Customer'),
  panel('Individual merged into'),
  panel('Co-enrolled Participant'),
  panel('Referred by Customer'),
  panel('Next Customer in Queue'),
])('%s names nobody', (header) => {
  const doc = new JSDOM(`<!doctype html><body><form method="post" id="aspnetForm">${header}${FORM}</form></body>`, { url: URL_ }).window.document;
  expect(readPage(doc, URL_).participant).toBeNull();
});
