/**
 * Changing the host's note field the way a person would: through the editing
 * pipeline, so Ctrl+Z undoes it and the host's own input listeners fire.
 */
export function replaceRange(field: HTMLTextAreaElement, start: number, end: number, text: string): void {
  field.focus();
  field.setSelectionRange(start, end);
  const doc = field.ownerDocument;
  let inserted = false;
  try {
    // Deprecated but still the only call that keeps the browser's undo stack.
    inserted = doc.execCommand('insertText', false, text);
  } catch {
    inserted = false;
  }
  if (!inserted || field.value.slice(start, start + text.length) !== text) {
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/**
 * Where a template goes: the whole field when it is empty; otherwise on a line
 * of its own after the line that holds the cursor. It never replaces a
 * selection (a phrase "Show in note" selected is the case manager's words) and
 * never splits a sentence.
 */
export function templateInsertion(value: string, selectionEnd: number | null, text: string): { start: number; end: number; text: string } {
  if (!value.trim()) return { start: 0, end: value.length, text };
  const cursor = Math.min(Math.max(selectionEnd ?? value.length, 0), value.length);
  const lineEnd = value.indexOf('\n', cursor);
  const at = lineEnd < 0 ? value.length : lineEnd;
  const lead = at > 0 && value[at - 1] !== '\n' ? '\n' : '';
  const trail = at < value.length && value[at] !== '\n' ? '\n' : '';
  return { start: at, end: at, text: lead + text + trail };
}

export function selectRange(field: HTMLTextAreaElement, start: number, end: number): void {
  field.focus();
  field.setSelectionRange(start, end);
}
