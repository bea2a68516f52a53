/**
 * The adapters' front door for the content script:
 *
 *   const read = readPage(document, location.href, { customSites });
 *   const editor = findNoteEditor(document, read);
 *
 * Pure: the document and URL come in as parameters, nothing here throws, and
 * whatever could not be read is listed in `read.problems`.
 */
import type { CustomSite } from './custom-site';
import type { SystemId } from '../model';
import { findCustomSite } from './custom-site';
import { isDisabled, tag } from './dom';
import { isEditorFrameDocument, optedOut } from './rich-text';
import type { EditorKind } from './rich-text';
import { readGeneric, readGenericEditor } from './generic';
import { looksLikeToolbox, readToolbox } from './toolbox';
import type { PageRead } from './types';
import { emptyRead, finishRead } from './types';
import { boundRead } from './limits';
import { looksLikeWorkforceOne, readWorkforceOne } from './workforce-one';
import { looksLikeVos, readVos } from './vos';
import { looksLikeAjl, readAjl } from './ajl';

export type { CustomSite } from './custom-site';
export { matchesUrl, matchPatternError } from './custom-site';
export type { PageRead, EditorRead, ContactRead, CaseloadEntry, ParticipantRead, PageKind } from './types';
export { watchForEditor } from './watch';
export { boundRead, isSizeProblem, PAGE_LIMITS, TOO_LARGE } from './limits';
export { openableLink, participantLink } from './links';
export { editorContainer, isEditorFrameDocument, optedOut } from './rich-text';
export type { EditorKind } from './rich-text';

export interface ReadOptions {
  customSites?: readonly CustomSite[];
  /**
   * Match patterns of the sites this build runs on (its host permissions). With
   * the custom sites' own, they are where plain http: links are kept (limits.ts).
   */
  sites?: readonly string[];
}

/** Which system drew this page, judged by its content first and its host second. */
export function detectSystem(doc: Document, url: string): SystemId {
  try {
    if (looksLikeToolbox(doc, url)) return 'toolbox';
    if (looksLikeWorkforceOne(doc, url)) return 'workforce-one';
    if (looksLikeVos(doc, url)) return 'vos';
    if (looksLikeAjl(doc)) return 'ajl';
  } catch {
    // A page too odd to inspect is treated as an unknown system.
  }
  return 'generic';
}

/**
 * What a page shows, within the limits every page read gets (limits.ts: rows,
 * field and note sizes, safe links), whichever adapter read it.
 */
export function readPage(doc: Document, url: string, options: ReadOptions = {}): PageRead {
  const sites = [...(options.sites ?? []), ...(options.customSites ?? []).map((s) => s.pattern)];
  return boundRead(readAnyPage(doc, url, options), { pageUrl: url, sites });
}

function readAnyPage(doc: Document, url: string, options: ReadOptions): PageRead {
  let system: SystemId = 'generic';
  try {
    system = detectSystem(doc, url);
    const customSite = findCustomSite(options.customSites, url);
    const readers: Partial<Record<SystemId, (d: Document, u: string) => PageRead>> = {
      toolbox: readToolbox,
      'workforce-one': readWorkforceOne,
      vos: readVos,
      ajl: readAjl,
    };
    const read = readers[system]?.(doc, url) ?? readGeneric(doc, url, { customSite });
    // On a known system an agency's own selectors still win for the note form.
    if (system !== 'generic' && customSite?.selectors && Object.keys(customSite.selectors).length > 0) {
      const custom = readGeneric(doc, url, { customSite });
      return finishRead({
        ...read,
        page: custom.editor ? 'note-editor' : read.page,
        editor: custom.editor
          ? { ...custom.editor, ...(read.editor?.participantId ? { participantId: read.editor.participantId } : {}) }
          : read.editor,
        problems: [...read.problems, ...custom.problems],
      });
    }
    // A Toolbox or WF1 page we have no reader for may still hold a note form (other note types).
    if (system !== 'generic' && read.page === 'unknown' && !read.editor) {
      const editor = readGenericEditor(doc);
      if (editor) return finishRead({ ...read, page: 'note-editor', editor });
    }
    return read;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return emptyRead(system, [`Case Note Coach couldn't read this page (${detail.slice(0, 120)}).`]);
  }
}

const isTextarea = (el: Element | null): el is HTMLTextAreaElement => el !== null && tag(el) === 'textarea';
const isSelect = (el: Element | null): el is HTMLSelectElement => el !== null && tag(el) === 'select';
const isInput = (el: Element | null): el is HTMLInputElement => el !== null && tag(el) === 'input';
const isControl = (el: Element | null): el is HTMLElement => el !== null && ['button', 'input', 'a'].includes(tag(el));

function query(doc: Document, selector: string | null): Element | null {
  if (!selector) return null;
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

export interface NoteEditorElements {
  kind: EditorKind;
  /** In this document: the textarea, the contenteditable element, or the editor's iframe. */
  anchor: HTMLElement;
  /** Where the text is typed: the textarea, the editable element, or the iframe document's body. */
  editable: HTMLElement;
  contactType: HTMLSelectElement | null;
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
    contactType: isSelect(contactType) ? contactType : null,
    date: isInput(date) ? date : null,
    submit: isControl(submit) ? submit : null,
  };
}
