/**
 * checkNote speed: a typical long note (2,000 chars) and an extreme one
 * (50,000 chars), compared with a bare linear scan of the same text so a
 * regression to super-linear matching shows up as a growing ratio.
 */
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import { ms, time, type BenchResult } from './harness';

const SAMPLE =
  "TC w/ cust 3/3/25, reports attending CNA classes M-F, grades B avg, passed module 3 quiz. LM for instructor at OTC; instructor called back, cust's attendance 96%. Cont ITA thru 6/30, needs gas card. Next TC 30 days. ";

function noteOf(length: number): string {
  let s = '';
  while (s.length < length) s += SAMPLE;
  return s.slice(0, length);
}

function linearScan(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

export default async (): Promise<BenchResult[]> => {
  const pack = PACKS['mo-dwd-toolbox'];
  const out: BenchResult[] = [];
  for (const [size, target] of [
    [2_000, 1],
    [50_000, 20],
  ] as const) {
    const text = noteOf(size);
    const t = time(() => checkNote({ text }, { pack, today: '2025-06-01' }), { iterations: size > 10_000 ? 60 : 300 });
    const scan = time(() => linearScan(text), { iterations: 300 });
    const ratio = scan.median > 0 ? t.median / scan.median : Infinity;
    out.push({
      name: `checkNote, ${size.toLocaleString('en-US')}-char note`,
      summary: `median ${ms(t.median)}, p95 ${ms(t.p95)}, ${Math.round(t.opsPerSec).toLocaleString('en-US')} ops/s, ${ratio.toFixed(0)}× a charCodeAt scan (${ms(scan.median)})`,
      target: `median < ${target} ms`,
      met: t.median < target,
    });
  }
  return out;
};
