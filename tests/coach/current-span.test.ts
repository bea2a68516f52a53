import { describe, expect, it } from 'vitest';
import { currentSpan } from '../../lib/coach/current-span';

describe('currentSpan: "Show in note" selects the phrase, never other words', () => {
  const text = 'Spoke with client. Progress: [[progress]]. Next: [[next step and when]].';
  const at = text.indexOf('[[next step and when]]');

  it('keeps a span that still holds its phrase', () => {
    expect(currentSpan(text, at, at + 22, '[[next step and when]]')).toEqual({ start: at, end: at + 22 });
  });

  it('follows the phrase when typing earlier in the note moved it (the check has not answered yet)', () => {
    const typed = text.replace('[[progress]]', 'attending daily, grade B');
    const moved = typed.indexOf('[[next step and when]]');
    expect(moved).not.toBe(at);
    expect(currentSpan(typed, at, at + 22, '[[next step and when]]')).toEqual({ start: moved, end: moved + 22 });
  });

  it('selects nothing when the phrase is gone, rather than the words now at its old place', () => {
    const typed = text.replace('[[next step and when]]', 'call 12/15');
    expect(currentSpan(typed, at, at + 22, '[[next step and when]]')).toBeNull();
  });

  it('picks the occurrence nearest the old place when the phrase is there twice', () => {
    const twice = 'no answer. LM. later: no answer again';
    const second = twice.lastIndexOf('no answer');
    expect(currentSpan('x' + twice, second, second + 9, 'no answer')).toEqual({ start: second + 1, end: second + 10 });
  });
});
