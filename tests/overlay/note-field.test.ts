import { describe, expect, it } from 'vitest';
import { richField, textareaField } from '../../lib/overlay/note-field';

describe('the note field, whatever its kind', () => {
  it('selects a finding by its offsets, and says where the caret is', () => {
    document.body.innerHTML = '<form><div id="e" contenteditable="true"><p>One.</p><p>Two words.</p></div></form>';
    const root = document.getElementById('e')!;
    const field = richField(root, root, document.querySelector('form'), 'contenteditable');
    field.select(5, 8);
    expect(document.getSelection()?.toString()).toBe('Two');
    expect(field.selectionEnd()).toBe(8);
    expect(field.text()).toBe('One.\nTwo words.');
  });

  it('changes a rich editor through its input path: one input event, the words in place, the rest kept', () => {
    document.body.innerHTML = '<form><div id="e" contenteditable="true"><p>Called, LM.</p></div></form>';
    const root = document.getElementById('e')!;
    const field = richField(root, root, document.querySelector('form'), 'contenteditable');
    const inputs: string[] = [];
    root.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    field.replaceRange(8, 10, 'left a message');
    expect(field.text()).toBe('Called, left a message.');
    expect(inputs).toContain('insertText');
  });

  it('a textarea reads and changes the same way, its length without a copy of the text', () => {
    document.body.innerHTML = '<form><textarea id="n">Called, LM.</textarea></form>';
    const el = document.querySelector('textarea')!;
    const field = textareaField(el);
    field.replaceRange(8, 10, 'left a message');
    expect(field.text()).toBe('Called, left a message.');
    expect(field.length()).toBe(field.text().length);
    expect(field.form).toBe(document.querySelector('form'));
  });
});
