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
