import { describe, expect, it } from 'vitest';
import { medianInterval, medianSettled, summarise } from './harness';

describe('bench statistics', () => {
  it('takes the middle of an even count, not the upper value', () => {
    expect(summarise([1.2, 1.0, 1.1, 1.3]).median).toBeCloseTo(1.15);
    expect(summarise([3, 1, 2]).median).toBe(2);
  });

  it('gives an interval around the median that narrows as samples are added', () => {
    // Ratios spread like the typing bench's pairs: centred on 1.06, sd about 0.1.
    const spread = [-0.16, -0.1, -0.06, -0.03, -0.01, 0, 0.02, 0.04, 0.07, 0.11, 0.15, 0.2];
    const few = spread.map((d) => 1.06 + d);
    const many = [...few, ...few.map((x) => x + 0.005), ...few.map((x) => x - 0.005), ...few];
    const [lo, hi] = medianInterval([few]);
    expect(lo).toBeLessThan(summarise(few).median);
    expect(hi).toBeGreaterThan(summarise(few).median);
    const [lo4, hi4] = medianInterval([many]);
    expect(hi4 - lo4).toBeLessThan(hi - lo);
    // Same samples, same interval: the bench's report is reproducible.
    expect(medianInterval([few])).toEqual([lo, hi]);
  });

  it('widens when groups (browser launches) disagree, even with the same samples overall', () => {
    const spread = [-0.1, -0.05, -0.02, 0, 0.02, 0.05, 0.1];
    const launches = [-0.04, -0.01, 0.01, 0.04].map((shift) => spread.map((d) => 1.06 + shift + d));
    const [flatLo, flatHi] = medianInterval([launches.flat()]);
    const [lo, hi] = medianInterval(launches);
    expect(hi - lo).toBeGreaterThan(flatHi - flatLo);
  });

  it('calls a median settled only with enough samples, all launches agreeing, within the half-width asked', () => {
    const tight = [-0.02, -0.01, -0.005, 0, 0.005, 0.01, 0.02];
    const agreeing = [0, 0, 0].map(() => tight.map((d) => 1.03 + d));
    expect(medianSettled(agreeing, 12, 0.03)).toMatchObject({ median: 1.03, settled: true });
    // The same pairs, too few of them: keep going.
    expect(medianSettled([agreeing[0]!], 12, 0.03).settled).toBe(false);
    // As many pairs, but the launches disagree (a launch's bias): keep going.
    const disagreeing = [-0.08, 0, 0.08].map((shift) => tight.map((d) => 1.03 + shift + d));
    expect(medianSettled(disagreeing, 12, 0.03).settled).toBe(false);
    // Pairs spread like a loaded machine's: keep going.
    const loose = [-0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.2, 0.3];
    expect(medianSettled([loose.map((d) => 1 + d), loose.map((d) => 1 + d)], 12, 0.03).settled).toBe(false);
  });
});
