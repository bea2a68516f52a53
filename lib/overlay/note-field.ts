/**
 * One interface for the three kinds of note box the coach binds to: a
 * <textarea>, a `contenteditable` element, and an editor inside a same-origin
 * or about:blank iframe (TinyMCE, CKEditor 4, RadEditor-like; its body is the
 * editable). The coach reads text and offsets and makes changes only through
 * this, so it never branches on the kind.
 *
 * Changes go through the browser's editing pipeline (execCommand insertText,
 * which fires beforeinput/input): the editor's own model and its hidden field
 * pick them up, and Ctrl+Z undoes them.
 */
import { replaceRange as replaceInTextarea, selectRange as selectInTextarea } from './field-text';

export type EditorKind = 'textarea' | 'contenteditable' | 'iframe';

export interface NoteField {
  readonly kind: EditorKind;
  /** Where input events arrive and focus goes: the textarea or the editable root. */
  readonly target: HTMLElement;
  /** The document the text lives in (an iframe editor's own document). */
  readonly doc: Document;
  /** The host page's element the sidebar sits beside: the textarea, the editable, or the iframe. */
  readonly anchor: HTMLElement;
  /** The host page's form the note is saved with (where the save guard listens). */
  readonly form: HTMLFormElement | null;
  text(): string;
  /** Cheap length for per-key decisions (a textarea's textLength; a rich editor's text length). */
  length(): number;
  /** The selection's end as a text offset, or null when the selection is elsewhere. */
  selectionEnd(): number | null;
  replaceRange(start: number, end: number, text: string): void;
  select(start: number, end: number): void;
  focus(): void;
  isConnected(): boolean;
  /**
   * Calls `listener` when the text changes without an input event: a rich
   * editor's own undo or redo rewrites its content directly. (A textarea's
   * undo fires input, so it needs none.)
   */
  watch?(listener: () => void, signal: AbortSignal): void;
}

export function textareaField(el: HTMLTextAreaElement): NoteField {
  return {
    kind: 'textarea',
    target: el,
    doc: el.ownerDocument,
    anchor: el,
    form: el.form,
    text: () => el.value,
    length: () => el.textLength,
    selectionEnd: () => el.selectionEnd,
    replaceRange: (start, end, text) => replaceInTextarea(el, start, end, text),
    select: (start, end) => selectInTextarea(el, start, end),
    focus: () => el.focus(),
    isConnected: () => el.isConnected,
  };
}

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table', 'section', 'article']);

interface Piece {
  node: Text;
  /** Offset of the node's first character in the text. */
  start: number;
}

/**
 * The editable's text as a person reads it (a new line between blocks and at
 * each <br>), with each text node's place in it, so offsets map back to DOM
 * positions for ranges and highlights.
 */
export function textMap(root: Node): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  const breakLine = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        pieces.push({ node: child as Text, start: text.length });
        text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const name = el.localName;
        if (name === 'br') {
          text += '\n';
          continue;
        }
        if (name === 'script' || name === 'style' || el.getAttribute('contenteditable') === 'false' || el.getAttribute('data-cke-hidden-sel') !== null) continue;
        const block = BLOCK.has(name);
        if (block) breakLine();
        walk(el);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  // A trailing break added after the last block is not text the case manager typed.
  if (text.endsWith('\n') && !pieces.some((p) => p.start + p.node.data.length === text.length)) text = text.slice(0, -1);
  return { text, pieces };
}

/** The DOM position of a text offset: inside the text node holding it, or at the end of the one before. */
function positionOf(pieces: Piece[], offset: number, root: Node): { node: Node; offset: number } {
  let last: Piece | undefined;
  for (const p of pieces) {
    if (offset < p.start) break;
    last = p;
    if (offset <= p.start + p.node.data.length) return { node: p.node, offset: offset - p.start };
  }
  if (last) return { node: last.node, offset: last.node.data.length };
  return { node: root, offset: 0 };
}

/** A text offset for a DOM position inside the editable (for the caret). */
function offsetOf(root: Node, pieces: Piece[], node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === 3) {
    const p = pieces.find((x) => x.node === node);
    return p ? p.start + offset : null;
  }
  // An element position: the start of the first text at or after that child, else the end of the text before it.
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  for (const p of pieces) {
    if (range.comparePoint(p.node, 0) >= 0) return p.start;
  }
  const lastPiece = pieces.at(-1);
  return lastPiece ? lastPiece.start + lastPiece.node.data.length : 0;
}

export function rangeFor(root: HTMLElement, start: number, end: number): Range {
  const { pieces } = textMap(root);
  const doc = root.ownerDocument;
  const range = doc.createRange();
  const a = positionOf(pieces, start, root);
  const b = positionOf(pieces, end, root);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * One edit through the editor's own input path. Editors with their own model
 * (CKEditor 5) take a `beforeinput` event carrying its target range and apply
 * it themselves (cancelling it); for the rest, execCommand performs it and
 * fires the trusted beforeinput/input that TinyMCE, CKEditor 4 and any page
 * listener follow. Either way undo and the editor's hidden field see it.
 */
function editorInput(root: HTMLElement, inputType: string, data: string | null, command: string): boolean {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const Input = view?.InputEvent ?? InputEvent;
  const Static = view?.StaticRange ?? StaticRange;
  const event = new Input('beforeinput', {
    inputType,
    data,
    bubbles: true,
    cancelable: true,
    composed: true,
    ...(range ? { targetRanges: [new Static(range)] } : {}),
  });
  if (!root.dispatchEvent(event)) return true;
  return doc.execCommand(command, false, data ?? undefined);
}

/**
 * Tells an editor with its own undo history to close the step it is on, so
 * our change is a step of its own rather than part of the typing before it:
 * an input event of the kind a spelling correction fires is what TinyMCE
 * takes as "a change that was not typing" and records the content as it is.
 * The text is not touched.
 */
function undoStep(root: HTMLElement): void {
  const view = root.ownerDocument.defaultView;
  const Input = view?.InputEvent ?? InputEvent;
  root.dispatchEvent(new Input('input', { bubbles: true, inputType: 'insertReplacementText', data: null }));
  // CKEditor 4 files input events with the typing; a click in its editing area is what it takes as "the caret moved":
  // it records the content as a step of its own (its undo plugin listens on the iframe's root, or an inline editable).
  // CKEditor 5 files an edit with the typing before it until it hears the selection moved, which the browser
  // tells it only later (selectionchange is queued): it is told now, so the edit made next is a step of its own.
  if (root.classList.contains('ck-editor__editable')) root.ownerDocument.dispatchEvent(new Event('selectionchange'));
  if (root.classList.contains('cke_editable')) {
    const Mouse = view?.MouseEvent ?? MouseEvent;
    const target = root.classList.contains('cke_editable_inline') ? root : root.ownerDocument.documentElement;
    target.dispatchEvent(new Mouse('click', { bubbles: true }));
  }
}

/**
 * CKEditor 5 files each Enter as an undo step of its own, so lines put in one by one take as
 * many Ctrl+Z to take back (and one of them left the new line's words run into the next line);
 * a paste is one step, so to it the lines go as one paste of plain text (a line break each;
 * its clipboard reads the event; the browser pastes nothing for an event a script made). False where nothing took it.
 */
function pasteLines(root: HTMLElement, text: string): boolean {
  if (!root.classList.contains('ck-editor__editable')) return false;
  const view = root.ownerDocument.defaultView;
  const data = new (view?.DataTransfer ?? DataTransfer)();
  data.setData('text/plain', text);
  const Clipboard = view?.ClipboardEvent ?? ClipboardEvent;
  return !root.dispatchEvent(new Clipboard('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/**
 * A rich editor: `root` is the editable element (for an iframe editor, the
 * iframe document's body), `anchor` the host-page element to sit beside.
 */
export function richField(root: HTMLElement, anchor: HTMLElement, form: HTMLFormElement | null, kind: 'contenteditable' | 'iframe'): NoteField {
  const doc = root.ownerDocument;
  const select = (start: number, end: number) => {
    root.focus();
    const selection = doc.getSelection();
    if (!selection) return;
    selection.removeAllRanges();
    selection.addRange(rangeFor(root, start, end));
  };
  return {
    kind,
    target: root,
    doc,
    anchor,
    form,
    text: () => textMap(root).text,
    length: () => root.textContent?.length ?? 0,
    selectionEnd: () => {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return null;
      const r = selection.getRangeAt(0);
      return offsetOf(root, textMap(root).pieces, r.endContainer, r.endOffset);
    },
    replaceRange: (start, end, text) => {
      select(start, end);
      undoStep(root);
      let inserted = false;
      try {
        // Line by line, with a new paragraph between lines (an Enter), as editors take typed text (CKEditor 5: pasted).
        if (start !== end) editorInput(root, 'deleteContentBackward', null, 'delete');
        const typeLines = () =>
          text
            .split('\n')
            .every((line, i) => (i === 0 || editorInput(root, 'insertParagraph', null, 'insertParagraph')) && (!line || editorInput(root, 'insertText', line, 'insertText')));
        inserted = (text.includes('\n') && pasteLines(root, text)) || typeLines();
      } catch {
        inserted = false;
      }
      if (!inserted) {
        const range = rangeFor(root, start, end);
        range.deleteContents();
        range.insertNode(doc.createTextNode(text));
        root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      }
      undoStep(root);
    },
    select,
    focus: () => root.focus(),
    isConnected: () => root.isConnected && anchor.isConnected,
    watch: (listener, signal) => {
      const view = doc.defaultView;
      if (!view) return;
      // Input events come first (listeners run before the observer's microtask): those changes are already heard.
      let heard = false;
      root.addEventListener('input', () => void (heard = true), { capture: true, signal });
      const observer = new view.MutationObserver(() => {
        if (heard) heard = false;
        else listener();
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    },
  };
}

/** Where the text from `start` to `end` is drawn, in the editor document's own viewport (where its mouse events are). */
export function textRects(root: HTMLElement, start: number, end: number): DOMRect[] {
  return Array.from(rangeFor(root, start, end).getClientRects()).filter((r) => r.width > 0 || r.height > 0);
}

/**
 * How far an editor's own viewport sits from the host page's: an iframe
 * editor's content box (inside its border and padding); nothing for an
 * editable in the page itself.
 */
export function frameOffset(doc: Document): { x: number; y: number } {
  const frame = doc.defaultView?.frameElement;
  if (!frame) return { x: 0, y: 0 };
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  return {
    x: box.left + frame.clientLeft + (style ? parseFloat(style.paddingLeft) || 0 : 0),
    y: box.top + frame.clientTop + (style ? parseFloat(style.paddingTop) || 0 : 0),
  };
}
