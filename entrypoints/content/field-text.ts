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

/** Where a template goes: the whole field when empty, else at the cursor, on a line of its own. */
export function templateInsertion(field: HTMLTextAreaElement, text: string): { start: number; end: number; text: string } {
  if (!field.value.trim()) return { start: 0, end: field.value.length, text };
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const before = field.value.slice(0, start);
  const after = field.value.slice(end);
  const lead = before && !before.endsWith('\n') ? '\n' : '';
  const trail = after && !after.startsWith('\n') ? '\n' : '';
  return { start, end, text: lead + text + trail };
}

export function selectRange(field: HTMLTextAreaElement, start: number, end: number): void {
  field.focus();
  field.setSelectionRange(start, end);
}
