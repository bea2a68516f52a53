import { describe, expect, it } from 'vitest';
import { rangeFor, richField, textMap } from '../../lib/overlay/note-field';

describe('a rich editor read as text', () => {
  it('reads blocks and line breaks as new lines, and maps offsets back to the words', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Called customer, <b>no answer</b>.</p><p>LM<br>to call back.</p></div>';
    const root = document.getElementById('e')!;
    expect(textMap(root).text).toBe('Called customer, no answer.\nLM\nto call back.');
    const text = textMap(root).text;
    expect(rangeFor(root, text.indexOf('no answer'), text.indexOf('no answer') + 9).toString()).toBe('no answer');
    expect(rangeFor(root, text.indexOf('LM'), text.indexOf('LM') + 2).toString()).toBe('LM');
  });

  it('selects a finding by its offsets, and says where the caret is', () => {
    document.body.innerHTML = '<form><div id="e" contenteditable="true"><p>One.</p><p>Two words.</p></div></form>';
    const root = document.getElementById('e')!;
    const field = richField(root, root, document.querySelector('form'), 'contenteditable');
    field.select(5, 8);
    expect(document.getSelection()?.toString()).toBe('Two');
    expect(field.selectionEnd()).toBe(8);
    expect(field.text()).toBe('One.\nTwo words.');
  });
});
