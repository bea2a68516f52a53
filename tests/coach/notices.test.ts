/** Failures told in words, one per source (lib/coach/notices.ts). */
import { describe, expect, it } from 'vitest';
import { Notices } from '../../lib/coach/notices';

describe('notices', () => {
  it('keeps one notice per source, replaced as it changes and gone when the source recovers', () => {
    const n = new Notices();
    expect(n.set('draft', 'Your unsaved note could not be kept.')).toBe(true);
    expect(n.set('page', 'This page could not be recorded.')).toBe(true);
    expect(n.set('draft', 'Your unsaved note could not be kept (disk full).')).toBe(true);
    expect(n.list).toEqual(['Your unsaved note could not be kept (disk full).', 'This page could not be recorded.']);
    expect(n.set('draft', null)).toBe(true);
    expect(n.list).toEqual(['This page could not be recorded.']);
  });

  it('says nothing changed when a source repeats itself or clears what it never said (no needless re-render)', () => {
    const n = new Notices();
    n.set('page', 'This page could not be recorded.');
    expect(n.set('page', 'This page could not be recorded.')).toBe(false);
    expect(n.set('draft', null)).toBe(false);
  });
});
