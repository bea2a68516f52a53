// @vitest-environment node
/**
 * Past notes on a page of a system nobody here has seen: a history table on a participant's page, never
 * an employer's, a job order's or a message's history.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

function contacts(body: string, url = 'https://cases.example.gov/customer/notes/new', title = 'Customer') {
  const doc = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url }).window.document;
  return readPage(doc, url).contacts.map((c) => [c.date, c.contactType, c.text]);
}

const form = `<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>`;

describe("an employer's or a message's history is not the participant's", () => {
  const table = `<table><thead><tr><th>Date</th><th>Contact Type</th><th>Notes</th></tr></thead>
    <tbody><tr><td>11/12/2026</td><td>Phone</td><td>Spoke with the HR manager about two openings.</td></tr></tbody></table>`;

  it('reads the case history table on a participant page', () => {
    expect(contacts(`${form}${table}`)).toHaveLength(1);
  });

  it('reads no history on an employer page, a job order or a message being written', () => {
    expect(contacts(`${form}${table}`, 'https://jobs.example.gov/employers/44/contacts', 'Employer contact')).toEqual([]);
    expect(contacts(`<h1>Job Order 88123</h1>${form}${table}`)).toEqual([]);
    expect(contacts(`${form}${table}`, 'https://jobs.example.gov/messages/compose', 'Compose message')).toEqual([]);
  });
});

describe('a grid drawn as two tables (a scrolling header over a scrolling body, as Kendo UI draws one)', () => {
  const CALLED = 'TC w/ Chinedu re: two CDL schools on the ETPL; he prefers Keystone.';
  const MET = 'Chinedu came in to sign the ITA for CDL-A; start date 12/8.';
  const head = '<div class="k-grid-header"><table><thead><tr><th>Note Date</th><th>Contact Type</th><th>Subject</th><th>Note</th></tr></thead></table></div>';
  const body = (cells = 4) =>
    `<div class="k-grid-content"><table><tbody><tr><td>11/24/2026</td><td>Office Visit</td><td>ITA</td>${cells === 4 ? `<td>${MET}</td>` : ''}</tr>
    <tr><td>11/10/2026</td><td>Telephone</td><td>Schools</td>${cells === 4 ? `<td>${CALLED}</td>` : ''}</tr></tbody></table></div>`;

  it("reads the body's rows under the header's columns", () => {
    expect(contacts(`${head}${body()}${form}`)).toEqual([
      ['2026-11-24', 'in-person', MET],
      ['2026-11-10', 'telephone', CALLED],
    ]);
  });

  it('reads nothing when the next table has other columns, or its own header row', () => {
    expect(contacts(`${head}${body(3)}${form}`)).toEqual([]);
    expect(contacts(`${head}${body().replace('<tbody>', '<thead><tr><th>Date</th><th>Item</th><th>Qty</th><th>Cost</th></tr></thead><tbody>')}${form}`)).toEqual([]);
  });
});
