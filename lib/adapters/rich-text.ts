/**
 * Rich-text note boxes: a `contenteditable` element, or an editor inside a
 * same-origin / about:blank iframe whose body is editable (TinyMCE, CKEditor 4,
 * Telerik RadEditor and the like). Found only when the page has no plain note
 * textarea (editors hide their source textarea), and left alone when the page
 * opts out the way writing assistants are asked to.
 */
import { isEditingDocument } from '../page-markers';
import { all, isHidden, labelText, tag } from './dom';

export type EditorKind = 'textarea' | 'contenteditable' | 'iframe';

interface RichEditor {
  kind: 'contenteditable' | 'iframe';
  /** In this document: the editable element, or the iframe holding the editor. */
  anchor: Element;
  /** The editable root: the element itself, or the iframe document's body. */
  editable: Element;
}

const NOTE_WORDS = /case\s*notes?|progress\s*notes?|\bnotes?\b|comments?|narrative/i;

/** Editing bodies where spellcheck="false" is the framework's own default (CKEditor 4, TinyMCE), not the agency's choice. */
const FRAMEWORK_BODIES = ['cke_editable', 'mce-content-body'];

/**
 * Marked "no writing help here": spellcheck="false" (except an editor
 * framework's own default on its editing body, which no agency chose), Grammarly-style
 * opt-outs, read-only or disabled in ARIA terms.
 */
export function optedOut(el: Element): boolean {
  if (['false', 'off'].includes((el.getAttribute('data-gramm') ?? '').toLowerCase())) return true;
  if ((el.getAttribute('data-gramm_editor') ?? '').toLowerCase() === 'false') return true;
  if ((el.getAttribute('data-enable-grammarly') ?? '').toLowerCase() === 'false') return true;
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return true;
  if ((el.getAttribute('spellcheck') ?? '').toLowerCase() === 'false' && !FRAMEWORK_BODIES.some((c) => el.classList.contains(c))) return true;
  return false;
}

function editableAttr(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** This document is itself an editor's editing area (the page around it binds to it); the stub every frame loads asks the same. */
export const isEditorFrameDocument = isEditingDocument;

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    // Cross-origin: not ours to read.
    return null;
  }
}

function usableEditable(el: Element): boolean {
  if (optedOut(el) || isHidden(el)) return false;
  if (el.closest('[role="search"], [role="searchbox"], [role="combobox"]')) return false;
  const box = el.getBoundingClientRect();
  // A real browser draws it: a one-line box is a title or a chat input, not a case note (jsdom draws nothing).
  return !(box.height > 0 && (box.height < 40 || box.width < 150));
}

/** A hidden source <textarea> next to the editor names what it is for ("Case note"). */
function sourceLabel(anchor: Element): string {
  const scope = anchor.closest('form') ?? anchor.parentElement;
  const source = scope ? all(scope, 'textarea').find((t) => isHidden(t)) : undefined;
  return source ? labelText(source) : '';
}

function score(anchor: Element, editable: Element): number {
  const words = `${labelText(anchor)} ${editable.getAttribute('aria-label') ?? ''} ${anchor.getAttribute('title') ?? ''} ${sourceLabel(anchor)} ${anchor.getAttribute('id') ?? ''}`;
  return NOTE_WORDS.test(words) ? 10 : 0;
}

export function findRichEditor(doc: Document): RichEditor | null {
  if (isEditorFrameDocument(doc)) return null;
  const found: Array<RichEditor & { score: number }> = [];
  for (const el of all(doc, '[contenteditable]')) {
    if (!editableAttr(el) || tag(el) === 'body') continue;
    // The editing root only, not an editable paragraph inside it.
    if (el.parentElement?.closest('[contenteditable]') && editableAttr(el.parentElement.closest('[contenteditable]') as Element)) continue;
    if (usableEditable(el)) found.push({ kind: 'contenteditable', anchor: el, editable: el, score: score(el, el) });
  }
  for (const frame of all(doc, 'iframe')) {
    const inner = frameDocument(frame);
    const body = inner?.body;
    if (!inner || !body || !isEditorFrameDocument(inner)) continue;
    if (isHidden(frame) || optedOut(frame) || optedOut(body)) continue;
    found.push({ kind: 'iframe', anchor: frame, editable: body, score: score(frame, body) });
  }
  found.sort((a, b) => b.score - a.score);
  const best = found[0];
  // Without a note-like label, only a lone editor will do.
  if (!best || (best.score < 10 && found.length > 1)) return null;
  return { kind: best.kind, anchor: best.anchor, editable: best.editable };
}

/**
 * The editor's whole widget (toolbar, editing area, status bar): TinyMCE,
 * CKEditor 4 and 5 put it right after the source <textarea> they hide. The
 * sidebar goes beside the widget, never inside the editor's own markup.
 */
export function editorContainer(anchor: Element): Element {
  for (let node: Element | null = anchor; node?.parentElement; node = node.parentElement) {
    const siblings = Array.from(node.parentElement.children);
    if (siblings.some((s) => s !== node && tag(s) === 'textarea' && isHidden(s))) return node;
    if (tag(node.parentElement) === 'form' || tag(node.parentElement) === 'body') break;
  }
  return anchor;
}
