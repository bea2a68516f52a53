/** Halving over a list in order: where the items a test is true for end. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../lib/text/partition-point';

describe('partitionPoint', () => {
  it('finds the first item the test is false for, or the length when there is none', () => {
    const starts = [0, 12, 30, 31, 58];
    expect(partitionPoint(starts, (s) => s <= 30)).toBe(3);
    expect(partitionPoint(starts, (s) => s < 0)).toBe(0);
    expect(partitionPoint(starts, (s) => s <= 58)).toBe(5);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('agrees with asking every item in turn, on any sorted list and any bound', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, bound) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.findIndex((v) => !(v < bound));
        expect(partitionPoint(sorted, (v) => v < bound)).toBe(scanned === -1 ? sorted.length : scanned);
      }),
    );
  });
});
