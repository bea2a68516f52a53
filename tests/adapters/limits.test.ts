/**
 * How much of a page is read (lib/adapters/limits.ts): every cap, what the
 * case manager is told, and that a huge caseload page still stores its first
 * rows (through the background's gate, as a content script sends it).
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { boundRead, PAGE_LIMITS } from '../../lib/adapters';
import { readPage } from '../../lib/systems';
import type { ContactRead, PageRead } from '../../lib/adapters';
import { createService } from '../../lib/caseload/service';
import { makeGate } from '../../lib/gate';
import { FrameMemory } from '../../lib/gate/frames';
import { envelopeSchema } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { deletedAfterEach, noSettings } from '../db/helpers';

const PAGE = 'https://demo.toolbox.mo.gov/toolbox/caseload';
const ctx = { pageUrl: PAGE, sites: [] };
const { db: freshDb } = deletedAfterEach();

function toolboxCaseload(rows: number): string {
  const body = Array.from(
    { length: rows },
    (_, i) => `<tr><td><a href="/toolbox/participant?id=${800_000 + i}">${800_000 + i}</a></td><td>Many, Person ${i}</td><td>WIA Adult</td><td>Job Search</td><td>08/01/2026</td></tr>`,
  ).join('');
  return `<html><body><table id="caseloadGrid"><tr><th>STATE ID</th><th>NAME</th><th>PROGRAM</th><th>ACTIVITY</th><th>LAST 600 CMC</th></tr>${body}</table></body></html>`;
}

const read = (over: Partial<PageRead>): PageRead => ({
  system: 'toolbox',
  page: 'unknown',
  participant: null,
  contacts: [],
  historyShown: false,
  caseload: [],
  editor: null,
  problems: [],
  ...over,
});
const note = (text: string, date = '2026-10-01'): ContactRead => ({
  date,
  contactTypeText: 'In Person',
  contactType: 'in-person',
  serviceCode: '600',
  author: 'J. Moreno',
  subject: null,
  text,
});
const row = (id: string, name = `Person ${id}`) => ({ id, name, lastContactDate: '2026-08-01', activity: null, url: `${PAGE.replace('caseload', 'participant')}?id=${id}` });

describe('the caps on what one page may hand us', () => {
  it('reads the first 10,000 rows of a bigger caseload page and says so in words', () => {
    const rows = PAGE_LIMITS.caseloadRows + 50;
    const dom = new JSDOM(toolboxCaseload(rows), { url: PAGE });
    const result = readPage(dom.window.document, PAGE);
    expect(result.caseload).toHaveLength(10_000);
    expect(result.caseload.at(-1)?.id).toBe(String(800_000 + 9_999));
    expect(result.problems).toContain('This page is too large: the first 10,000 rows were read.');
  });

  it('says nothing on a page within the limits, and gives it back unchanged', () => {
    const within = read({ page: 'caseload', caseload: [row('1'), row('2')] });
    expect(boundRead(within, ctx)).toEqual(within);
    // Twice through (readPage, then the background) is the same as once.
    const huge = read({ page: 'caseload', caseload: Array.from({ length: 10_001 }, (_, i) => row(String(i))) });
    const once = boundRead(huge, ctx);
    expect(boundRead(once, ctx)).toEqual(once);
  });

  it('reads the first 2,000 notes of a history', () => {
    const contacts = Array.from({ length: PAGE_LIMITS.notes + 1 }, (_, i) => note(`Met with customer, visit ${i}.`));
    const bounded = boundRead(read({ page: 'participant', contacts }), ctx);
    expect(bounded.contacts).toHaveLength(2_000);
    expect(bounded.problems).toEqual(['This page is too large: the first 2,000 notes were read.']);
  });

  it('leaves an over-long note out rather than cut it: the end it would lose may make it an attempt', () => {
    const long = `${'Met with customer in person. '.repeat(4_000)}Actually no answer, LM.`;
    expect(long.length).toBeGreaterThan(PAGE_LIMITS.noteChars);
    const bounded = boundRead(read({ page: 'participant', contacts: [note('TC with customer.'), note(long)] }), ctx);
    expect(bounded.contacts.map((c) => c.text)).toEqual(['TC with customer.']);
    expect(bounded.problems).toEqual(['This page is too large: 1 note longer than 100,000 characters was not read, so it does not count toward a due date.']);
  });

  it('shortens over-long names and fields, and leaves out a row whose ID is too long to be one', () => {
    const bounded = boundRead(read({ page: 'caseload', caseload: [row('1', 'N'.repeat(5_000)), row('9'.repeat(101))] }), ctx);
    expect(bounded.caseload.map((e) => [e.id, e.name.length])).toEqual([['1', PAGE_LIMITS.fieldChars]]);
    expect(bounded.problems).toEqual(['This page is too large: 1 row with an ID longer than 100 characters was left out.']);
  });

  it('does not record who a page shows when their ID is too long', () => {
    const participant = { id: 'x'.repeat(101), name: 'A', planType: null, activities: [], plannedGaps: [], activitiesShown: false, url: PAGE };
    const bounded = boundRead(read({ page: 'participant', participant }), ctx);
    expect(bounded.participant).toBeNull();
    expect(bounded.problems[0]).toMatch(/^This page is too large: the participant's ID is longer than 100 characters/);
  });

  it('keeps at most 20 problems of 500 characters each', () => {
    const bounded = boundRead(read({ problems: Array.from({ length: 50 }, (_, i) => `${i} ${'p'.repeat(1_000)}`) }), ctx);
    expect(bounded.problems).toHaveLength(20);
    expect(Math.max(...bounded.problems.map((p) => p.length))).toBe(500);
  });
});

describe('a huge caseload page, end to end through the background', () => {
  it('stores its first 10,000 rows and the popup is told in words', async () => {
    const db = freshDb();
    const service = createService({
      db,
      today: () => '2026-11-25',
      now: () => '2026-11-25T15:04:05.000Z',
      store: noSettings(),
    });
    const origin = fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
    const gate = makeGate({ self: { id: fakeBrowser.runtime.id, origin }, handlers: service, frames: new FrameMemory(), pageSettings: async () => DEFAULT_SETTINGS });
    const content = { id: fakeBrowser.runtime.id, url: PAGE, origin: new URL(PAGE).origin, tab: { id: 3 }, frameId: 0 };
    const popup = { id: fakeBrowser.runtime.id, url: `${origin}/popup.html`, origin };

    // Sent whole, as a page that got into the content script's world might: the background cuts it.
    const huge = read({ page: 'caseload', caseload: Array.from({ length: 10_050 }, (_, i) => row(String(800_000 + i))) });
    expect(await gate({ kind: 'page-read', read: huge }, content)).toEqual({ ok: true, result: { ok: true } });
    const due = envelopeSchema.parse(await gate({ kind: 'list-due', limit: 1 }, popup));
    if (!due.ok) throw new Error(due.error);
    expect(due.result).toMatchObject({ total: 10_000, pageNotices: ['The last caseload page read: This page is too large: the first 10,000 rows were read.'] });
    expect(await db.participants.get('toolbox:809999')).toBeDefined();
    expect(await db.participants.get('toolbox:810000')).toBeUndefined();

    // The same page within the limits clears the notice.
    expect(await gate({ kind: 'page-read', read: read({ page: 'caseload', caseload: [row('800000')] }) }, content)).toMatchObject({ ok: true });
    expect(envelopeSchema.parse(await gate({ kind: 'list-due', limit: 1 }, popup))).toMatchObject({ ok: true, result: { pageNotices: [] } });
  });
});
