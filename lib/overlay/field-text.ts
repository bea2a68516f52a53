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

export function selectRange(field: HTMLTextAreaElement, start: number, end: number): void {
  field.focus();
  field.setSelectionRange(start, end);
}
