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
  const median = at(0.5);
  return { median, p95: at(0.95), opsPerSec: median > 0 ? 1000 / median : Infinity };
}

export const ms = (n: number) => `${n.toFixed(3)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
