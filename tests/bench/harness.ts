/** Small shared timing helpers for the benchmarks. */
export interface BenchResult {
  name: string;
  summary: string;
  target?: string;
  met?: boolean;
}

export interface Timing {
  median: number;
  p95: number;
  opsPerSec: number;
}

/** Times `fn` repeatedly (after a warm-up) and returns median/p95 in ms. */
export function time(fn: () => unknown, { iterations = 200, warmup = 20 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const median = medianOfSorted(sorted);
  return { median, p95: at(0.95), opsPerSec: median > 0 ? 1000 / median : Infinity };
}

/** The median; with an even count, the mean of the two middle values (not the upper one). */
function medianOfSorted(sorted: number[]): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const mid = Math.floor(n / 2);
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A percentile-bootstrap interval for the median: how far it could plausibly
 * move if the run were repeated. `groups` are samples that share a bias (one
 * browser launch's pairs): whole groups are resampled first, then samples
 * within each, so the interval includes the spread between groups, not
 * only within them. Seeded, so the same samples always give the same interval.
 */
export function medianInterval(groups: number[][], level = 0.9, draws = 4_000): [number, number] {
  let seed = 0x9e3779b9;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const nonEmpty = groups.filter((g) => g.length > 0);
  const medians: number[] = [];
  for (let d = 0; d < draws; d++) {
    const resample = nonEmpty.flatMap(() => {
      const group = pick(nonEmpty);
      return group.map(() => pick(group));
    });
    medians.push(medianOfSorted(resample.sort((a, b) => a - b)));
  }
  medians.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return [medians[Math.floor(tail * draws)]!, medians[Math.ceil((1 - tail) * draws) - 1]!];
}

/**
 * Whether more samples would still move a median: settled once there are at
 * least `minCount` samples and the 90% interval (`medianInterval`, groups
 * resampled whole) lies within ±`halfWidth` of the median. A bench adds
 * samples until it settles or its budget runs out, so a loaded machine gets
 * more samples rather than a looser answer.
 */
export function medianSettled(groups: number[][], minCount: number, halfWidth: number): { median: number; lo: number; hi: number; settled: boolean } {
  const all = groups.flat();
  const median = summarise(all).median;
  const [lo, hi] = medianInterval(groups);
  return { median, lo, hi, settled: all.length >= minCount && hi - median <= halfWidth && median - lo <= halfWidth };
}

export const ms = (n: number) => `${n.toFixed(3)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
