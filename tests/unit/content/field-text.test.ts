import { describe, expect, it } from 'vitest';
import { templateInsertion } from '../../../entrypoints/content/field-text';

describe('where a template goes', () => {
  it('fills an empty field', () => {
    expect(templateInsertion('  ', 1, 'T')).toEqual({ start: 0, end: 2, text: 'T' });
  });
  it('never replaces anything: a cursor or selection mid-sentence puts it after that line', () => {
    const value = 'Called, no answer. LM.\nNext line.';
    expect(templateInsertion(value, 17, 'T')).toEqual({ start: 22, end: 22, text: '\nT' });
    expect(templateInsertion('One line', 3, 'T')).toEqual({ start: 8, end: 8, text: '\nT' });
  });
  it('at the start of a line, goes after that line, not before it', () => {
    expect(templateInsertion('a\nb', 2, 'T')).toEqual({ start: 3, end: 3, text: '\nT' });
    expect(templateInsertion('a\n', 2, 'T')).toEqual({ start: 2, end: 2, text: 'T' });
  });
});
