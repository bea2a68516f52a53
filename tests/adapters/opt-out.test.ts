// @vitest-environment node
/**
 * A note box the page marks "no writing help here" is left alone on every
 * system and in every kind of box: spellcheck="false", disabled, read-only,
 * or a writing assistant's opt-out (data-gramm="false" and the like).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../lib/adapters';
import { readPage } from '../../lib/systems';

const MARKS = [
  ['spellcheck="false"', 'spellcheck off'],
  ['data-gramm="false"', "a writing assistant's opt-out"],
  ['data-gramm_editor="false"', "a writing assistant's opt-out"],
  ['data-enable-grammarly="false"', "a writing assistant's opt-out"],
  ['readonly', 'read-only'],
  ['disabled', 'disabled'],
] as const;

/** The note box the content script would bind to, or null. */
function bound(doc: Document, url: string) {
  return findNoteEditor(doc, readPage(doc, url));
}

describe("a known system's note textarea (Virtual OneStop's Adding a Case Note)", () => {
  const url = 'https://app-jobs.mo.gov/vosnet/case/Individual.aspx?id=4417730';
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/vos/add-case-note.html'), 'utf8');
  const withMark = (mark: string) => new JSDOM(html.replace('<textarea ', `<textarea ${mark} `), { url }).window.document;

  it('is coached as it comes', () => {
    expect(bound(withMark(''), url)?.kind).toBe('textarea');
  });

  it.each(MARKS)('is left alone when marked %s (%s)', (mark) => {
    expect(bound(withMark(mark), url)).toBeNull();
  });
});

const page = (body: string) =>
  new JSDOM(`<!doctype html><html><body><h1>Renee Castellanos (7731904)</h1><form><label for="ct">Contact Type</label><select id="ct"><option></option><option>Telephone</option><option>In Person</option></select>${body}<button type="submit">Save</button></form></body></html>`, {
    url: 'https://cases.example.org/note?id=7731904',
  }).window.document;

describe("an unknown system's note textarea", () => {
  it.each(MARKS)('is left alone when marked %s (%s)', (mark) => {
    const doc = page(`<label for="n">Case note</label><textarea id="n" rows="8" cols="60" ${mark}></textarea>`);
    expect(bound(doc, doc.URL)).toBeNull();
  });
});

describe('a contenteditable note box', () => {
  it.each([
    ['spellcheck="false"', 'spellcheck off'],
    ['data-gramm="false"', "a writing assistant's opt-out"],
    ['aria-readonly="true"', 'read-only'],
    ['aria-disabled="true"', 'disabled'],
  ])('is left alone when marked %s (%s)', (mark) => {
    const ok = page('<label id="l">Case note</label><div id="nb" contenteditable="true" aria-labelledby="l"></div>');
    expect(bound(ok, ok.URL)?.kind).toBe('contenteditable');
    const doc = page(`<label id="l">Case note</label><div id="nb" contenteditable="true" aria-labelledby="l" ${mark}></div>`);
    expect(bound(doc, doc.URL)).toBeNull();
  });
});

describe("an editor in an iframe (RadEditor's shape)", () => {
  const editorPage = (frameMark: string, bodyMark: [string, string] | null) => {
    const doc = page(`<label for="fr">Case note</label><iframe id="fr" title="Rich text editor" ${frameMark}></iframe>`);
    const body = (doc.getElementById('fr') as HTMLIFrameElement).contentDocument!.body;
    body.setAttribute('contenteditable', 'true');
    if (bodyMark) body.setAttribute(...bodyMark);
    return doc;
  };

  it('is coached as it comes', () => {
    const doc = editorPage('', null);
    expect(bound(doc, doc.URL)?.kind).toBe('iframe');
  });

  it.each([
    { where: 'the iframe', frameMark: 'data-gramm="false"', bodyMark: null },
    { where: 'its body', frameMark: '', bodyMark: ['spellcheck', 'false'] },
    { where: 'its body', frameMark: '', bodyMark: ['data-gramm', 'false'] },
    { where: 'its body', frameMark: '', bodyMark: ['aria-readonly', 'true'] },
    { where: 'its body', frameMark: '', bodyMark: ['aria-disabled', 'true'] },
  ] as const)('is left alone when $where is marked $frameMark$bodyMark', ({ frameMark, bodyMark }) => {
    const doc = editorPage(frameMark, bodyMark ? [bodyMark[0], bodyMark[1]] : null);
    expect(bound(doc, doc.URL)).toBeNull();
  });
});
