// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../lib/adapters';
import { readPage } from '../../lib/systems';
import { editorContainer, findRichEditor, optedOut } from '../../lib/adapters/rich-text';

const page = (body: string) => new JSDOM(`<!doctype html><html><body><h1>Renee Castellanos (7731904)</h1>${body}</body></html>`, { url: 'https://cases.example.org/note?id=7731904' }).window.document;

const FORM = (box: string) => `<form><label for="ct">Contact Type</label><select id="ct"><option></option><option>In Person</option><option>Telephone</option></select>
<label for="d">Contact Date</label><input id="d" type="text">${box}<button type="submit">Save</button></form>`;

describe('rich-text note boxes', () => {
  it('reads a contenteditable note box as the note, with the form around it', () => {
    const doc = page(FORM('<label id="l">Case note</label><div id="nb" contenteditable="true" aria-labelledby="l"></div>'));
    const read = readPage(doc, doc.URL);
    expect(read.page).toBe('note-editor');
    expect(read.editor).toMatchObject({ kind: 'contenteditable', noteField: '#nb', contactTypeField: '#ct', dateField: '#d' });
    expect(findNoteEditor(doc, read)).toMatchObject({ kind: 'contenteditable', editable: doc.getElementById('nb') });
  });

  it('reads an editor in an about:blank iframe (design mode) as an iframe editor', () => {
    const doc = page(FORM('<div class="RadEditor"><iframe id="fr" title="Rich text editor"></iframe></div><input type="hidden" name="note">'));
    const inner = (doc.getElementById('fr') as HTMLIFrameElement).contentDocument!;
    inner.body.setAttribute('contenteditable', 'true');
    const read = readPage(doc, doc.URL);
    expect(read.editor).toMatchObject({ kind: 'iframe', noteField: '#fr' });
    expect(findNoteEditor(doc, read)?.editable).toBe(inner.body);
    // The editing frame itself is left to the page around it.
    expect(findRichEditor(inner)).toBeNull();
  });

  it('prefers a plain note textarea, and puts the sidebar beside the whole editor widget, not inside it', () => {
    const doc = page(FORM('<label for="n">Case note</label><textarea id="n" rows="8" cols="60"></textarea><div contenteditable="true">x</div>'));
    expect(readPage(doc, doc.URL).editor?.kind).toBeUndefined();
    const ck = page(FORM('<label for="n">Case note</label><textarea id="n" style="display:none"></textarea><div class="ck-editor"><div class="ck-main"><div id="e" contenteditable="true"></div></div></div>'));
    expect(editorContainer(ck.getElementById('e')!)).toBe(ck.querySelector('.ck-editor'));
  });

  it.each([
    ['spellcheck="false"', 'spellcheck'],
    ['data-gramm="false"', 'Grammarly-style'],
    ['data-enable-grammarly="false"', 'Grammarly-style'],
    ['aria-readonly="true"', 'read-only'],
    ['contenteditable="false"', 'not editable'],
  ])('leaves a box marked %s alone (%s)', (mark) => {
    const doc = page(FORM(`<label id="l">Case note</label><div id="nb" contenteditable="true" aria-labelledby="l" ${mark}></div>`));
    if (mark === 'contenteditable="false"') doc.getElementById('nb')!.setAttribute('contenteditable', 'false');
    expect(readPage(doc, doc.URL).editor).toBeNull();
  });

  it("does not take CKEditor 4's or TinyMCE's own spellcheck=false on their editing body for an opt-out", () => {
    const doc = page('');
    const body = doc.body;
    body.setAttribute('spellcheck', 'false');
    body.className = 'cke_editable';
    expect(optedOut(body)).toBe(false);
    body.className = 'mce-content-body';
    expect(optedOut(body)).toBe(false);
    body.className = '';
    expect(optedOut(body)).toBe(true);
  });

  it('a textarea marked spellcheck="false" on an unknown system is left alone too', () => {
    const doc = page(FORM('<label for="n">Case note</label><textarea id="n" rows="8" cols="60" spellcheck="false"></textarea>'));
    expect(readPage(doc, doc.URL).editor).toBeNull();
  });
});
