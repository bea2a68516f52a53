// @vitest-environment node
/**
 * A note form a web component draws in its open shadow root (tests/demo/other.ts, shadowNote; the demo page, run as a
 * browser runs it): the generic reader finds the note box, its contact type, date and Save there, names them so they are
 * found again through the shadow root, and the stub's page markers see it. A closed shadow root is not ours to see.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../lib/adapters/index';
import { watchForEditor } from '../../lib/adapters/watch';
import { markerTest } from '../../lib/page-markers';
import { PAGE_MARKERS, readPage } from '../../lib/systems';
import { makeOtherPeople, shadowNote } from '../demo/other';

const URL = 'https://cases.example.org/other/shadow-note?id=7731904';

function open(html = shadowNote(makeOtherPeople(new Date(2026, 11, 3))[0]!)) {
  const dom = new JSDOM(html, { url: URL, runScripts: 'dangerously', pretendToBeVisual: true });
  return { dom, doc: dom.window.document };
}

describe('a note form in a web component’s open shadow root', () => {
  it('is read: the note box, contact type, date and Save inside it, and the participant the page names', () => {
    const { doc } = open();
    const host = doc.querySelector('case-note-form')!;
    expect(host.shadowRoot).not.toBeNull();
    const read = readPage(doc, URL);
    expect(read.page).toBe('note-editor');
    // The host has no id or name: its path from the body, then the field's id inside its shadow root.
    const host$ = 'body > main:nth-of-type(1) > case-note-form:nth-of-type(1) >>> ';
    expect(read.editor).toMatchObject({
      found: true,
      noteField: `${host$}#body`,
      contactTypeField: `${host$}#how`,
      dateField: `${host$}#when`,
      submitControl: `${host$}#save`,
    });
    expect(read.participant).toMatchObject({ id: '7731904' });
    // Found again, live, through the shadow root.
    const found = findNoteEditor(doc, read)!;
    const $ = (id: string) => host.shadowRoot!.getElementById(id);
    expect(found.editable).toBe($('body'));
    expect(found.contactType).toBe($('how'));
    expect(found.date).toBe($('when'));
    expect(found.submit).toBe($('save'));
  });

  it('shows the stub a note form’s signs, which a page without one does not', () => {
    expect(markerTest(PAGE_MARKERS.note)(open().doc)).toBe(true);
    expect(markerTest(PAGE_MARKERS.note)(open('<main><case-note-form></case-note-form></main>').doc)).toBe(false);
  });

  it('is not seen in a closed shadow root', () => {
    const { doc } = open('<main><h1>Renee Castellanos (7731904)</h1><div id="host"></div></main>');
    doc.getElementById('host')!.attachShadow({ mode: 'closed' }).innerHTML = '<form><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button>Save</button></form>';
    expect(readPage(doc, URL).editor).toBeNull();
    expect(markerTest(PAGE_MARKERS.note)(doc)).toBe(false);
  });

  it('added after the page loaded, is noticed: the reader reads again', async () => {
    const { dom, doc } = open('<main><h1>Renee Castellanos (7731904)</h1></main>');
    let calls = 0;
    const controller = new AbortController();
    watchForEditor(doc, () => calls++, controller.signal);
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<form><textarea rows="8"></textarea></form>';
    doc.querySelector('main')!.append(host);
    await Promise.resolve();
    await new Promise<void>((resolve) => dom.window.requestAnimationFrame(() => resolve()));
    await new Promise<void>((resolve) => dom.window.requestAnimationFrame(() => resolve()));
    expect(calls).toBe(1);
    controller.abort();
  });
});
