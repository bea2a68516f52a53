/**
 * How long reading a page takes. Measured in jsdom, which is slower than a
 * browser (no style cache), so the targets are loose upper bounds: reading
 * must never be what makes the page feel slow while a case manager types.
 */
import { JSDOM } from 'jsdom';
import { readPage, SYSTEM_IDS } from '../../lib/systems';
import { makeDemoData } from '../demo/data';
import type { DemoParticipant } from '../demo/data';
import * as toolbox from '../demo/toolbox';
import { fixtureFiles, loadFixture } from '../systems/fixtures';
import type { BenchResult } from './harness';
import { ms, time } from './harness';

export default async (): Promise<BenchResult[]> => {
  const results: BenchResult[] = [];
  for (const system of SYSTEM_IDS) {
    const pages = fixtureFiles(system).map((file) => loadFixture(system, file));
    const t = time(() => pages.forEach(({ doc, url }) => readPage(doc, url)), { iterations: 30, warmup: 3 });
    const perPage = t.p95 / pages.length;
    results.push({
      name: `readPage, ${system} fixtures (${pages.length} pages)`,
      summary: `median ${ms(t.median / pages.length)} per page, p95 ${ms(perPage)}`,
      target: 'p95 < 30 ms per page in jsdom',
      met: perPage < 30,
    });
  }

  // A big caseload: 600 customers with a note each.
  const base = makeDemoData(new Date(2026, 10, 25)).toolbox[0];
  if (base) {
    const people: DemoParticipant[] = Array.from({ length: 600 }, (_, i) => ({ ...base, id: String(200000 + i), last: `Person${i}` }));
    const url = 'http://127.0.0.1:4817/toolbox/caseload';
    const doc = new JSDOM(toolbox.caseload(people), { url }).window.document;
    const t = time(() => readPage(doc, url), { iterations: 20, warmup: 2 });
    results.push({
      name: 'readPage, Toolbox caseload of 600',
      summary: `median ${ms(t.median)}, p95 ${ms(t.p95)}`,
      target: 'p95 < 150 ms',
      met: t.p95 < 150,
    });
  }
  return results;
};
