/**
 * `npm run bench`: runs every tests/bench/*.bench.ts and prints its report.
 * Speed and memory targets live here, never in timed tests. Each bench module
 * default-exports `async () => BenchResult[]`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchResult } from './harness';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();

let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchResult[]> };
  console.log(`\n## ${file}`);
  for (const r of await mod.default()) {
    const verdict = r.target === undefined ? '' : r.met ? '  [target met]' : '  [TARGET MISSED]';
    if (r.target !== undefined && !r.met) failed++;
    console.log(`- ${r.name}: ${r.summary}${r.target ? ` (target ${r.target})` : ''}${verdict}`);
  }
}
console.log(`\n${files.length} bench files, ${failed} targets missed`);
