// @vitest-environment node
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../lib/adapters/index';
import { readPage } from '../../lib/systems';
import { startDemoServer } from './server';
import type { DemoServer } from './server';

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ today: new Date(2026, 10, 25) });
});
afterAll(async () => {
  await server.close();
});

async function page(path: string, body?: URLSearchParams) {
  const url = `${server.url}${path}`;
  const res = await fetch(url, body ? { method: 'POST', body } : {});
  const html = await res.text();
  const doc = new JSDOM(html, { url }).window.document;
  return { status: res.status, doc, url, html };
}

/** Fills the form the adapter found and posts it the way the browser would. */
function submission(doc: Document, values: { note: string; date: string; type: string }, url: string): { action: string; body: URLSearchParams } {
  const read = readPage(doc, url);
  const fields = findNoteEditor(doc, read);
  if (!fields || fields.kind !== 'textarea') throw new Error(`no plain note form found on ${url}`);
  const note = fields.editable as HTMLTextAreaElement;
  note.value = values.note;
  if (fields.date) fields.date.value = values.date;
  if (fields.contactType) (fields.contactType as HTMLSelectElement).value = values.type;
  const form = note.form;
  if (!form) throw new Error('note box outside a form');
  const body = new URLSearchParams();
  for (const el of Array.from(form.elements)) {
    const name = el.getAttribute('name');
    const type = el.getAttribute('type') ?? '';
    if (!name || ['submit', 'button'].includes(type) || el.tagName === 'BUTTON') continue;
    body.append(name, 'value' in el ? String(el.value) : '');
  }
  const submit = fields.submit?.getAttribute('name');
  if (submit) body.append(submit, fields.submit?.getAttribute('value') ?? '');
  const target = new URL(form.getAttribute('action') ?? url, url);
  return { action: target.pathname + target.search, body };
}

describe('demo systems built unlike Toolbox and WF1', () => {
  it('Virtual OneStop-style Case Notes: the adapter finds the form and a note really saves', async () => {
    const first = await page('/other/vos/CaseNotes.aspx?id=7731904');
    expect(first.status).toBe(200);
    const { action, body } = submission(first.doc, { note: 'Phone call with Renee; enrolled, starts 12/01.', date: '11/24/2026', type: 'Phone' }, first.url);
    const saved = await page(action, body);
    expect(saved.html).toContain('Case note saved.');
    expect(saved.html).toContain('Phone call with Renee; enrolled, starts 12/01.');
  });

  it('iframe note page: the outer page has no form, the frame has one and it really saves', async () => {
    const host = await page('/other/iframe-note?id=7731904');
    expect(readPage(host.doc, host.url).editor).toBeNull();
    const src = host.doc.querySelector('iframe')?.getAttribute('src');
    expect(src).toBe('/other/iframe-note/frame?id=7731904');
    const frame = await page(src ?? '');
    const { action, body } = submission(frame.doc, { note: 'Email reply received from Renee.', date: '2026-11-24', type: 'Email' }, frame.url);
    const saved = await page(action, body);
    expect(saved.html).toContain('Note saved.');
    expect(saved.html).toContain('Email reply received from Renee.');
  });

  it('refuses to save a note with no contact type, as real systems do', async () => {
    const saved = await page('/other/iframe-note/frame?id=7731904', new URLSearchParams({ when: '2026-11-24', how: '', body: 'x' }));
    expect(saved.html).toContain('Contact Type is required.');
  });
});
