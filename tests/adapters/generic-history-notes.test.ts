// @vitest-environment node
/**
 * Past notes that real systems' public guides show in shapes the first readers missed: a notes list with the note's
 * words and a date but no contact-type column (Cúram's Subject | Text | Entered By | Date, dated with a time), read
 * with no type and only under a heading saying they are notes; and a record's timeline whose items say what they were
 * ("Phone Call from: …", "Email from: …", "Note modified by: …", Dynamics 365), read only when its items name a
 * contact type. Never a list of appointments, documents or activities that happens to have a date and a comment.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

function contacts(body: string, url = 'https://cases.example.gov/person/notes?pid=2384552') {
  const doc = new JSDOM(`<!doctype html><html><head><title>Notes</title></head><body>${body}</body></html>`, { url }).window.document;
  return readPage(doc, url).contacts.map((c) => [c.date, c.contactType, c.text]);
}

const form = `<form><label for="n">Note Text</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>`;
const CALLED = 'Ramona called back to confirm she starts the CDL course on Monday.';
const MET = 'Met with Ramona at the Eastside office to review her employment plan.';
const list = (heading: string, text = 'Text') => `<div class="title"><h2>${heading}</h2></div><table><thead><tr><th>Subject</th><th>${text}</th><th>Entered By</th><th>Date</th></tr></thead>
  <tbody><tr><td>Phone call</td><td>${CALLED}</td><td>Gerald Pike</td><td>11/23/2026 2:14 PM</td></tr>
  <tr><td>Office visit</td><td>${MET}</td><td>Gerald Pike</td><td>11/02/2026 10:05 AM</td></tr></tbody></table>`;

describe('a notes list with no contact type column', () => {
  it('reads the notes under a Notes heading, with no type', () => {
    expect(contacts(`${list('Notes')}${form}`)).toEqual([
      ['2026-11-23', null, CALLED],
      ['2026-11-02', null, MET],
    ]);
  });

  it.each([['Appointments'], ['Documents'], ['Activities'], ['Upcoming reminders']])('reads nothing from a list under "%s"', (heading) => {
    expect(contacts(`${list(heading)}${form}`)).toEqual([]);
  });

  it('reads nothing from a list with a date and a comment under no heading', () => {
    expect(contacts(`${list('Notes').replace(/<div class="title">.*?<\/div>/, '')}${form}`)).toEqual([]);
  });
});

const item = (kind: string, body: string, date: string) => `<li aria-label="${kind}"><div>${kind}: Kelsey Ward</div><div>Subject line</div><div>${body}</div><div>Modified on: ${date}</div></li>`;
const SENT = 'Sent Andre the list of approved welding providers near Elk Grove.';

describe('a record timeline', () => {
  it('reads its items with the type each names', () => {
    const timeline = `<ul aria-label="Timeline records">${item('Phone Call from', CALLED, '11/30/2026 3:14 PM')}${item('Email from', SENT, '11/18/2026 9:02 AM')}${item('Note modified by', MET, '11/06/2026 11:40 AM')}</ul>`;
    expect(contacts(`${form}${timeline}`)).toEqual([
      ['2026-11-30', 'telephone', CALLED],
      ['2026-11-18', 'email', SENT],
      ['2026-11-06', null, MET],
    ]);
  });

  it('reads nothing from a timeline of milestones that names no contact', () => {
    const timeline = `<ul aria-label="Program timeline">${item('Enrollment approved by', MET, '10/20/2026 9:00 AM')}${item('Training started by', CALLED, '11/02/2026 8:00 AM')}</ul>`;
    expect(contacts(`${form}${timeline}`)).toEqual([]);
  });
});

/** A list with a contact type column whose note words sit in a column named otherwise: "Note Text", "Subject / Note", "Description". */
const typed = (heading: string, words: string) => `<h2>${heading}</h2><table><tr><th>Contact Date</th><th>Contact Type</th><th>Subject</th><th>${words}</th></tr>
  <tr><td>11/30/2026</td><td>Phone</td><td>Check-in</td><td>${CALLED}</td></tr>
  <tr><td>11/16/2026</td><td>In Person</td><td>Plan review</td><td>${MET}</td></tr></table>`;

describe("a notes list whose note words are in a column not named 'Notes'", () => {
  it.each([['Note Text'], ['Subject / Note']])('reads a "%s" column as the note, with its type, under any heading', (words) => {
    expect(contacts(`${typed('Contact Log', words)}${form}`)).toEqual([
      ['2026-11-30', 'telephone', CALLED],
      ['2026-11-16', 'in-person', MET],
    ]);
  });

  it('reads a "Description" column only in a list the page calls notes', () => {
    expect(contacts(`${typed('Case Notes (2)', 'Description')}${form}`)).toEqual([
      ['2026-11-30', 'telephone', CALLED],
      ['2026-11-16', 'in-person', MET],
    ]);
  });

  it.each([['Services'], ['Activities'], ['Upcoming appointments'], ['Chronological Case History'], ['Contact History'], ['']])('reads nothing from a "Description" column under "%s"', (heading) => {
    expect(contacts(`${typed(heading, 'Description')}${form}`)).toEqual([]);
  });
});
