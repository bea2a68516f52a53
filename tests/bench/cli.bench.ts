/**
 * `npm run bench cli`: the compiled `cli audit` on a generated export of
 * 1,000,000 notes (JSON Lines, with participants, dates and staff, so
 * timelines are built too; almost every note different, 1 to 300 words, a few
 * rows broken: see varied-notes.ts): notes per second, peak resident memory, and the
 * ratio to a bare read-and-JSON.parse of the same file in the same run; plus
 * the CLI's start-up time (`--help`, and an audit of a 100-note file). The
 * machine's load average is printed with the figures: on a shared 2-core
 * machine wall times say as much about the neighbours as about the CLI, CPU
 * seconds less so. Set CLI_BENCH_NOTES for a smaller file.
 *
 * The ratio is only fair with the same cores on both sides: the audit spreads
 * its work over one thread per core (the main one and workers), so its wall time is set against
 * the faster of a single-threaded bare read and a bare read that spreads
 * JSON.parse over as many worker threads as the audit has checking threads. (Against the
 * single-threaded one alone, the audit would get up to twice the cores.) The
 * CPU ratio is the cost of a note whatever the cores: the audit's CPU seconds,
 * every thread, over the single-threaded bare read's.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './harness';
import { sampleTree, type TreePeak } from './tree-memory';
import { VARIED_TODAY, writeVariedNotesFile } from './varied-notes';

const NOTES = Number(process.env.CLI_BENCH_NOTES ?? 1_000_000);
const dir = join(tmpdir(), 'cnc-cli-bench');

interface Run {
  seconds: number;
  /** CPU seconds (user + system), all threads: what the run cost whatever else the machine was doing. */
  cpu: number;
  /** Peak resident set size in MB of the largest process (worker threads included), from GNU time. */
  peakMb: number;
  /** The whole process tree's peak (a lean restart's parent and child summed), sampled from /proc (tree-memory.ts). */
  tree: TreePeak;
  /** Lines the run wrote to stderr (the audit's skipped or partly read rows). */
  problems: number;
}

/** Runs node with `args`, stdout to /dev/null (or to the file `keep`), timing it and reading its peak RSS from GNU time. */
function measure(args: string[], keep?: string): Promise<Run> {
  const report = join(dir, 'time.txt');
  const out = keep === undefined ? 'ignore' : openSync(keep, 'w');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', report, process.execPath, ...args], { stdio: ['ignore', out, 'pipe'] });
    if (typeof out === 'number') closeSync(out);
    const tree = child.pid === undefined ? null : sampleTree(child.pid);
    // The generated file's broken rows are reported on stderr: counted, and the last few kept to explain a failure.
    let problems = 0;
    let tail = '';
    const stderr = child.stderr;
    if (!stderr) throw new Error('no stderr pipe');
    stderr.setEncoding('utf8');
    stderr.on('data', (s: string) => {
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) problems++;
      tail = (tail + s).slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const peak = tree?.stop() ?? { rssMb: Number.NaN, pssMb: Number.NaN, processes: [], samples: 0 };
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}:\n${tail}`));
      const [kb = 0, user = 0, sys = 0] = (readFileSync(report, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      resolve({ seconds, cpu: user + sys, peakMb: kb / 1024, tree: peak, problems });
    });
  });
}

const BARE = `
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
let n = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  // (The file has a few broken lines, as the audit is given them.)
  try { JSON.parse(line); n++; } catch {}
}
process.stdout.write(String(n));
`;

/** The bare read again, JSON.parse spread over worker threads as `cli audit` spreads its checks: same cores as the audit. */
const BARE_PARALLEL = `
import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
const jobs = Number(process.argv[3]);
const PARSE = \`
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (block) => {
  let n = 0;
  for (let at = 0; at < block.length; ) {
    let end = block.indexOf('\\\\n', at);
    if (end < 0) end = block.length;
    if (end > at) { try { JSON.parse(block.slice(at, end)); n++; } catch {} }
    at = end + 1;
  }
  parentPort.postMessage(n);
});\`;
const workers = Array.from({ length: jobs }, () => new Worker(PARSE, { eval: true }));
let n = 0, inFlight = 0, next = 0, wake = null;
for (const w of workers) w.on('message', (k) => { n += k; inFlight--; wake?.(); });
const send = async (block) => {
  while (inFlight >= jobs * 2) await new Promise((r) => (wake = r));
  inFlight++;
  workers[next++ % jobs].postMessage(block);
};
const decoder = new TextDecoder();
let rest = '';
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 18 })) {
  const text = rest + decoder.decode(chunk, { stream: true });
  const cut = text.lastIndexOf('\\n') + 1;
  rest = text.slice(cut);
  if (cut > 0) await send(text.slice(0, cut));
}
if (rest) await send(rest);
while (inFlight > 0) await new Promise((r) => (wake = r));
await Promise.all(workers.map((w) => w.terminate()));
process.stdout.write(String(n));
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export default async (): Promise<BenchResult[]> => {
  if (!existsSync('/usr/bin/time')) return [{ name: 'cli audit', summary: 'skipped: needs GNU time (/usr/bin/time) to read peak memory' }];
  mkdirSync(dir, { recursive: true });
  // Its own build: a test run rebuilding dist/ meanwhile cannot change what is measured.
  // Inside the project so the build still finds node_modules (jsdom stays external).
  const out = join('node_modules', '.cache', 'cnc-cli-bench');
  const cliJs = join(out, 'cli.js');
  execFileSync(process.execPath, ['scripts/build-cli.mjs', out], { stdio: 'inherit' });
  // (Named by generator and seed: a file from an older generator is never measured by mistake.)
  const file = join(dir, `varied-s11-to${VARIED_TODAY}-${NOTES}.jsonl`);
  if (!existsSync(file)) await writeVariedNotesFile(file, NOTES);
  const bare = join(dir, 'bare.mjs');
  writeFileSync(bare, BARE);
  const bareParallel = join(dir, 'bare-parallel.mjs');
  writeFileSync(bareParallel, BARE_PARALLEL);
  // The audit's own rule for a big file: one checking thread per core, at most 8.
  const jobs = Math.min(availableParallelism(), 8);
  const mb = statSync(file).size / 1e6;

  const small = join(dir, `varied-s11-to${VARIED_TODAY}-100.csv`);
  if (!existsSync(small)) await writeVariedNotesFile(small, 100);
  // Interleaved with a bare `node -e 0`, so a busy machine shows as a slow Node, not a slow CLI.
  const nodes: Run[] = [];
  const helps: Run[] = [];
  const smalls: Run[] = [];
  for (let i = 0; i < 7; i++) {
    nodes.push(await measure(['-e', '0']));
    helps.push(await measure([cliJs, 'audit', '--help']));
    smalls.push(await measure([cliJs, 'audit', small, '--policy', 'mo-dwd-toolbox', '--as-of', VARIED_TODAY]));
  }
  const ms = (runs: Run[]) => `${median(runs.map((r) => r.seconds * 1000)).toFixed(0)} ms (${(median(runs.map((r) => r.cpu)) * 1000).toFixed(0)} ms CPU)`;
  const startMs = Math.max(...[helps, smalls].map((runs) => median(runs.map((r) => r.seconds * 1000))));
  const load = () => loadavg()[0]?.toFixed(1) ?? '?';
  const loadAtStart = load();

  const base = await measure([bare, file]);
  const spread = await measure([bareParallel, file, String(jobs)]);
  const fastest = spread.seconds < base.seconds ? spread : base;
  const audit = await measure([cliJs, 'audit', file, '--policy', 'mo-dwd-toolbox', '--as-of', VARIED_TODAY]);
  const mn = await measure([cliJs, 'audit', file, '--policy', 'mn-wf1', '--as-of', VARIED_TODAY]);
  // The report is kept until its size is read: what a supervisor is handed must stay small enough to open.
  const reportFile = join(dir, 'report.html');
  const html = await measure([cliJs, 'audit', file, '--policy', 'mo-dwd-toolbox', '--as-of', VARIED_TODAY, '--format', 'html'], reportFile);
  const reportMb = statSync(reportFile).size / 1e6;
  rmSync(reportFile, { force: true });
  const rate = NOTES / audit.seconds;
  const ratio = audit.seconds / fastest.seconds;
  rmSync(join(dir, 'time.txt'), { force: true });
  const of = `${fmt(NOTES)} notes, ${mb.toFixed(0)} MB JSON Lines`;
  const perNote = (r: Run) => ((r.cpu * 1e6) / NOTES).toFixed(1);
  const tree = (r: Run) => `${r.tree.rssMb.toFixed(0)} MB (PSS ${r.tree.pssMb.toFixed(0)} MB; ${r.tree.processes.join(' + ')})`;
  return [
    {
      name: 'cli start-up',
      summary:
        `median of 7: audit --help ${ms(helps)}, audit of 100 notes ${ms(smalls)}; bare node -e 0 ${ms(nodes)} ` +
        `(load average ${loadAtStart} on ${availableParallelism()} cores)`,
      target: '< 300 ms',
      met: startMs < 300,
    },
    {
      name: 'cli audit, throughput',
      summary:
        `${of}: ${audit.seconds.toFixed(1)} s (${audit.cpu.toFixed(1)} s CPU, ${perNote(audit)} µs CPU a note), ${fmt(rate)} notes/s, ${fmt(audit.problems)} rows reported on stderr; ` +
        `mn-wf1: ${mn.seconds.toFixed(1)} s (${mn.cpu.toFixed(1)} s CPU, ${perNote(mn)} µs CPU a note), ${fmt(NOTES / mn.seconds)} notes/s (load average ${load()})`,
      target: '>= 10,000 notes/s',
      met: rate >= 10_000,
    },
    {
      name: 'cli audit, memory (the whole process tree)',
      summary:
        `peak resident of the whole tree ${tree(audit)} (json), ${tree(mn)} (mn-wf1), ${tree(html)} for the HTML report with timelines ` +
        `(${html.seconds.toFixed(1)} s, ${html.cpu.toFixed(1)} s CPU, ${fmt(NOTES / html.seconds)} notes/s; the report ${reportMb.toFixed(2)} MB); ` +
        `largest single process ${audit.peakMb.toFixed(0)}, ${mn.peakMb.toFixed(0)}, ${html.peakMb.toFixed(0)} MB (GNU time)`,
      target: '< 200 MB',
      met: Math.max(audit.tree.rssMb, mn.tree.rssMb, html.tree.rssMb) < 200,
    },
    {
      name: 'cli audit vs a bare read + JSON.parse',
      summary:
        `${ratio.toFixed(1)}× the wall time of the faster bare read, ${(audit.cpu / base.cpu).toFixed(1)}× the CPU of the single-threaded one ` +
        `(bare, one thread: ${base.seconds.toFixed(1)} s, ${base.cpu.toFixed(1)} s CPU, ${perNote(base)} µs CPU a note, ${base.peakMb.toFixed(0)} MB; ` +
        `bare on ${jobs} worker threads like the audit: ${spread.seconds.toFixed(1)} s, ${spread.cpu.toFixed(1)} s CPU; ` +
        `audit alone ${(audit.seconds / base.seconds).toFixed(1)}× the one-thread bare read's wall time; ` +
        `mn-wf1 ${(mn.seconds / fastest.seconds).toFixed(1)}× wall, ${(mn.cpu / base.cpu).toFixed(1)}× CPU; load average ${load()})`,
      target: 'within 3×',
      met: ratio <= 3,
    },
  ];
};
