/**
 * Changing a rich editor's text the way a person would, so the editor's own
 * model and hidden field pick it up and Ctrl+Z takes it back in one step:
 * through the browser's editing pipeline (beforeinput for editors with their
 * own model, execCommand for the rest), a paste where an editor files lines
 * one by one, and a direct DOM edit only where nothing took it.
 */
import { rangeFor } from './rich-text';

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
 * Replaces the text from `start` to `end` with `text` (new lines as new
 * paragraphs), as an undo step of its own; `select` puts the selection on
 * the span first.
 */
export function replaceRich(root: HTMLElement, start: number, end: number, text: string, select: (start: number, end: number) => void): void {
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
    range.insertNode(root.ownerDocument.createTextNode(text));
    root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  undoStep(root);
}
