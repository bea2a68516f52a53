/** A rich editor's text and the way back to the DOM (lib/overlay/rich-text.ts). */
import { describe, expect, it } from 'vitest';
import { offsetOf, rangeFor, textMap } from '../../lib/overlay/rich-text';

describe('a rich editor read as text', () => {
  it('reads blocks and line breaks as new lines, and maps offsets back to the words', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Called customer, <b>no answer</b>.</p><p>LM<br>to call back.</p></div>';
    const root = document.getElementById('e')!;
    expect(textMap(root).text).toBe('Called customer, no answer.\nLM\nto call back.');
    const text = textMap(root).text;
    expect(rangeFor(root, text.indexOf('no answer'), text.indexOf('no answer') + 9).toString()).toBe('no answer');
    expect(rangeFor(root, text.indexOf('LM'), text.indexOf('LM') + 2).toString()).toBe('LM');
  });


  it("leaves out what is not the case manager's text: scripts, styles, non-editable widgets", () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Met<style>p{}</style> Dana<span contenteditable="false">[widget]</span>.</p></div>';
    expect(textMap(document.getElementById('e')!).text).toBe('Met Dana.');
  });

  it('says which text offset a DOM position is, in a text node or between elements', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>One.</p><p>Two words.</p></div>';
    const root = document.getElementById('e')!;
    const { pieces } = textMap(root);
    const two = root.querySelectorAll('p')[1]!;
    expect(offsetOf(root, pieces, two.firstChild!, 3)).toBe(8);
    expect(offsetOf(root, pieces, root, 1)).toBe(5);
    expect(offsetOf(root, pieces, document.body, 0)).toBeNull();
  });
});
