/**
 * The adapters' toolkit for the systems (lib/systems) and the content script:
 * what a page read is, its limits, and the live note box behind one:
 *
 *   const read = readPage(document, location.href, { customSites }); // lib/systems
 *   const editor = findNoteEditor(document, read);
 *
 * Pure: the document and URL come in as parameters, nothing here throws, and
 * whatever could not be read is listed in `read.problems`.
 */
import { asDateField } from './date-parts';
import { isDisabled, queryDeep, tag } from './dom';
import { isEditorFrameDocument, optedOut } from './rich-text';
import type { EditorKind } from './rich-text';
import type { PageRead } from './types';
export { matchPatternError } from './custom-site';
export type { PageRead, ContactRead } from './types';
export { watchForEditor } from './watch';
export { boundRead, PAGE_LIMITS } from './limits';
export { editorContainer } from './rich-text';

const isTextarea = (el: Element | null): el is HTMLTextAreaElement => el !== null && tag(el) === 'textarea';
const isInput = (el: Element | null): el is HTMLInputElement => el !== null && tag(el) === 'input';
const isControl = (el: Element | null): el is HTMLElement => el !== null && ['button', 'input', 'a'].includes(tag(el));

/** Through open shadow roots: a note form may be a web component's (lib/adapters/dom.ts, selectorFor). */
const query = (doc: Document, selector: string | null): Element | null => (selector ? queryDeep(doc, selector) : null);

export interface NoteEditorElements {
  kind: EditorKind;
  /** In this document: the textarea, the contenteditable element, or the editor's iframe. */
  anchor: HTMLElement;
  /** Where the text is typed: the textarea, the editable element, or the iframe document's body. */
  editable: HTMLElement;
  /** A drop-down, a radio group's container or a combobox: lib/overlay/contact-type-field.ts reads each. */
  contactType: HTMLElement | null;
  date: HTMLInputElement | null;
  submit: HTMLElement | null;
}

/** The live note box of any kind behind `read.editor`, or null when it is gone, not editable or opted out. */
export function findNoteEditor(doc: Document, read: PageRead): NoteEditorElements | null {
  const editor = read.editor;
  if (!editor?.found) return null;
  const anchor = query(doc, editor.noteField) as HTMLElement | null;
  if (!anchor) return null;
  const kind = editor.kind ?? 'textarea';
  let editable: HTMLElement | null = null;
  if (kind === 'textarea') editable = isTextarea(anchor) ? anchor : null;
  else if (kind === 'contenteditable') editable = (anchor.getAttribute('contenteditable') ?? 'false').toLowerCase() !== 'false' ? anchor : null;
  else if (tag(anchor) === 'iframe') {
    try {
      const inner = (anchor as HTMLIFrameElement).contentDocument;
      editable = inner && isEditorFrameDocument(inner) ? inner.body : null;
    } catch {
      editable = null;
    }
  }
  // Marked "no writing help here" (spellcheck off, a writing assistant's opt-out, read-only, disabled): left alone on every system.
  if (!editable || optedOut(editable)) return null;
  if (kind === 'textarea' && (editable.hasAttribute('readonly') || isDisabled(editable))) return null;
  const contactType = query(doc, editor.contactTypeField);
  const date = query(doc, editor.dateField);
  const submit = query(doc, editor.submitControl);
  return {
    kind,
    anchor,
    editable,
    contactType: contactType as HTMLElement | null,
    date: isInput(date) ? date : date ? asDateField(date as HTMLElement) : null,
    submit: isControl(submit) ? submit : null,
  };
}
