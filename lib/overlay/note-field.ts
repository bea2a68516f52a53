/**
 * One interface for the three kinds of note box the coach binds to: a
 * <textarea>, a `contenteditable` element, and an editor inside a same-origin
 * or about:blank iframe (TinyMCE, CKEditor 4, RadEditor-like; its body is the
 * editable). The coach reads text and offsets and makes changes only through
 * this, so it never branches on the kind.
 *
 * Changes go through the browser's editing pipeline (execCommand insertText,
 * which fires beforeinput/input): the editor's own model and its hidden field
 * pick them up, and Ctrl+Z undoes them (rich-edit.ts). A rich editor's text
 * and offsets are read by rich-text.ts.
 */
import { replaceRange as replaceInTextarea, selectRange as selectInTextarea } from './field-text';
import { offsetOf, rangeFor, textMap } from './rich-text';
import { replaceRich } from './rich-edit';

type EditorKind = 'textarea' | 'contenteditable' | 'iframe';

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
    replaceRange: (start, end, text) => replaceRich(root, start, end, text, select),
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

