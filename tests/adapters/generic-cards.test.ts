// @vitest-environment node
/**
 * Past notes drawn as cards or list items on a page of a system nobody here has seen: read under a label
 * that says they are notes, each with its date and words; never reminders, appointments, messages, an
 * employer's notes, a form, or items whose only date is inside the note.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

function contacts(body: string, url = 'https://cases.example.gov/customer/notes/new?pid=8812044', title = 'Customer') {
  const doc = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url }).window.document;
  return readPage(doc, url).contacts.map((c) => [c.date, c.contactType, c.text]);
}

const form = `<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>`;
const card = (meta: string, words: string, cls = 'entry') => `<div class="${cls}"><div class="head">${meta}</div><div class="body">${words}</div></div>`;
const CALLED = 'Taylor called about the welding class; passed the first bend test.';
const MET = 'Met at the center and updated the employment plan together.';

describe('past notes as cards', () => {
  it('reads panels under a heading, with the date and the contact type from the card head', () => {
    const list = `<h4>Recent Journal Entries</h4><div class="list">${card('<span>11/17/2026</span> &middot; <span>Phone</span> &middot; Training', CALLED)}${card('10/14/2026 &middot; Face to Face', MET)}</div>`;
    expect(contacts(`${form}${list}`)).toEqual([
      ['2026-11-17', 'telephone', CALLED],
      ['2026-10-14', 'in-person', MET],
    ]);
  });

  it('reads cards beside their heading, and a list labelled Notes dated by <time>, leaving out a reminder', () => {
    const beside = `<section><h3>Earlier notes</h3>${card('11/17/2026 · Phone · G. Tanaka', CALLED, 'card')}${card('10/20/2026 · In person', MET, 'card')}</section>`;
    expect(contacts(`${form}${beside}`).map((c) => c[0])).toEqual(['2026-11-17', '2026-10-20']);
    const labelled = `<ul aria-label="Notes">
      <li><span>R. Caudill</span> <time datetime="2026-11-18T14:22:00-05:00">Nov 18, 2026</time><p>${MET}</p></li>
      <li><span>Reminder</span> <time datetime="2026-12-07T08:00:00-05:00">Dec 7, 2026</time><p>Check the award letter and the FAFSA status.</p></li></ul>`;
    expect(contacts(`${form}${labelled}`)).toEqual([['2026-11-18', null, MET]]);
  });

  it('reads no reminders, appointments, messages or employer notes, however they look', () => {
    for (const heading of ['Upcoming appointments', 'Reminders and notes', 'Messages', 'Employer notes', 'Sticky notes']) {
      expect(contacts(`${form}<h4>${heading}</h4><div>${card('11/17/2026 · Phone', CALLED)}${card('10/14/2026', MET)}</div>`), heading).toEqual([]);
    }
  });

  it('reads no cards on an employer page, and none without a label saying they are notes', () => {
    const list = `<h4>Notes</h4><div>${card('11/17/2026 · Phone', CALLED)}</div>`;
    expect(contacts(`${form}${list}`, 'https://jobs.example.gov/employers/44/notes', 'Employer')).toEqual([]);
    expect(contacts(`${form}<h4>Activity</h4><div>${card('11/17/2026 · Phone', CALLED)}</div>`)).toEqual([]);
  });

  it('reads no item whose only date is in its words, no item without words, and no form or table as a card', () => {
    expect(contacts(`${form}<h4>Notes</h4><div>${card('Phone', `Called on 11/17/2026. ${CALLED}`)}</div>`)).toEqual([]);
    expect(contacts(`${form}<h4>Case Notes (2)</h4><ul><li>CN-1 <span>Contact Date:</span> 11/20/2026</li><li>CN-2 <span>Contact Date:</span> 10/29/2026</li></ul>`)).toEqual([]);
    const grid = `<h2>Case Notes</h2><div><div class="k-header">Note Date Note</div><div class="k-content"><table><tr><td>11/24/2026</td><td>${MET}</td></tr></table></div></div>`;
    expect(contacts(`${form}${grid}`)).toEqual([]);
  });
});
