/** Changing a rich editor's text the way a person would (lib/overlay/rich-edit.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceRich } from '../../lib/overlay/rich-edit';
import { rangeFor } from '../../lib/overlay/rich-text';

function editor(className: string) {
  document.body.innerHTML = `<div id="e" class="${className}" contenteditable="true"><p>Called, LM.</p></div>`;
  const root = document.getElementById('e')!;
  const select = (start: number, end: number) => {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(rangeFor(root, start, end));
  };
  return { root, select };
}

describe("a rich editor's text changed through its own input path", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('an editor with its own model (CKEditor 5) is handed the edit as beforeinput, told the selection moved, and applies it itself', () => {
    // happy-dom has no StaticRange (every browser has): the edit's target range travels in one.
    vi.stubGlobal('StaticRange', class { constructor(readonly range: Range) {} });
    const { root, select } = editor('ck-editor__editable');
    const asked: string[] = [];
    const controller = new AbortController();
    document.addEventListener('selectionchange', () => asked.push('selectionchange'), { signal: controller.signal });
    root.addEventListener('beforeinput', (e) => {
      asked.push(`${e.inputType} ${e.data ?? ''}`.trim());
      e.preventDefault();
    });
    replaceRich(root, 8, 10, 'left a message', select);
    controller.abort();
    // Told the selection moved just before and after: our change is an undo step of its own.
    expect(asked.slice(-4)).toEqual(['selectionchange', 'deleteContentBackward', 'insertText left a message', 'selectionchange']);
    // Ours did not touch the DOM: the editor's model does.
    expect(root.textContent).toBe('Called, LM.');
  });

  it('several lines go to CKEditor 5 as one paste of plain text (one undo step), not Enter by Enter', () => {
    const { root, select } = editor('ck-editor__editable');
    const pasted: string[] = [];
    root.addEventListener('paste', (e) => {
      pasted.push(e.clipboardData?.getData('text/plain') ?? '');
      e.preventDefault();
    });
    root.addEventListener('beforeinput', (e) => e.preventDefault());
    replaceRich(root, 0, 0, 'Contact: phone.\n', select);
    expect(pasted).toEqual(['Contact: phone.\n']);
  });

  it('where nothing takes the edit, the words are put in directly and an input event says so', () => {
    const { root, select } = editor('');
    const inputs: string[] = [];
    root.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    replaceRich(root, 8, 10, 'left a message', select);
    expect(root.textContent).toBe('Called, left a message.');
    expect(inputs).toContain('insertText');
  });
});
