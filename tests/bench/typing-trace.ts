/**
 * Where typing with the extension on costs more than with it off, by process,
 * thread and kind of work: `npx tsx tests/bench/typing-trace.ts` (the sidebar
 * bench, tests/bench/sidebar.bench.ts, judges the total; this says where it goes).
 *
 * Per pair, one browser launch with the extension, an ON tab (http://127.0.0.1,
 * where the content script runs) and an OFF tab (the same demo page as
 * http://localhost, where it does not), each warmed up as the bench does, then
 * the bench's rounds traced with Chrome's own tracing over a browser-wide
 * session (a page's own session leaves out the extension's process), typed
 * ON, OFF, OFF, ON. Reported per round, in thread time (waiting for a core is
 * not counted, so load moves it less than the bench's figures): each thread's
 * busy time by process kind (tests/bench/process-cpu.ts); the typed page's
 * main thread, the extension's process and the browser's split by what their
 * tasks did (self time, outermost and innermost event named); the page's
 * tasks by where they were posted from; and the typed page's major GCs,
 * counting those that were its first (V8's initial 64 MiB limit: see
 * TYPE_WARMUP in sidebar.bench.ts).
 *
 * TRACE_PAIRS (default 3) pairs; TRACE_WARMUP (default the bench's) warm-up
 * rounds a tab; TRACE_BUILDS=<dir>,<dir> traces several test builds, a launch
 * each per pair in alternating order (an A/B in one run); TRACE_CATEGORIES adds
 * trace categories (e.g. v8,disabled-by-default-v8.compile); TRACE_JSON=<dir>
 * keeps the raw traces.
 */
import type { CDPSession, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { startDemoServer } from '../demo/server';
import { processKind } from './process-cpu';
import { AFTERMATH_MS, noteOf, TYPE_WARMUP, TYPED } from './sidebar.bench';

const EXTENSION = process.env.BENCH_EXTENSION ?? EXTENSION_DIR;
const PAIRS = Number(process.env.TRACE_PAIRS ?? 3);
const WARMUP = Number(process.env.TRACE_WARMUP ?? TYPE_WARMUP);
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', '__metadata', ...(process.env.TRACE_CATEGORIES?.split(',') ?? [])];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

async function setNote(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const field = document.querySelector<HTMLTextAreaElement>('#noteText')!;
    field.focus();
    field.value = t;
    field.setSelectionRange(t.length, t.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function round(page: Page): Promise<void> {
  await page.bringToFront();
  await setNote(page, noteOf(2_000));
  await page.waitForTimeout(AFTERMATH_MS);
}

async function traced(page: Page, session: CDPSession): Promise<TraceEvent[]> {
  await round(page);
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReturnAsStream' });
  await page.waitForTimeout(200);
  await page.keyboard.type(TYPED);
  await page.waitForTimeout(AFTERMATH_MS);
  const complete = new Promise<{ stream?: string }>((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('no trace stream');
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  if (!(await page.locator('#noteText').inputValue()).endsWith(TYPED)) throw new Error('typed text missing');
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Per-thread busy time and, for the interesting threads, what it went on. */
interface Split {
  /** "kind/thread" → ms */
  threads: Map<string, number>;
  /** "kind/thread: what" → ms (self time of top-level tasks' first-level children, and named nested work) */
  work: Map<string, number>;
  /** The typed page's main-thread tasks by where they were posted from → count a round. */
  tasks: Map<string, number>;
  /** Major GCs of the typed page in the round, and those that were its first (started at V8's initial 64 MiB limit). */
  gcs: number;
  firstGcs: number;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

function kindOfPid(pid: number, typedPid: number, cache: Map<number, string>): string {
  if (pid === typedPid) return 'typed page';
  let kind = cache.get(pid);
  if (kind === undefined) {
    let argv: string[] = [];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    } catch {
      /* gone */
    }
    kind = argv.length > 1 ? processKind(argv) : `pid ${pid}`;
    cache.set(pid, kind);
  }
  return kind;
}

function describe(e: TraceEvent): string {
  const d = (e.args?.data ?? {}) as Record<string, unknown>;
  switch (e.name) {
    case 'EventDispatch':
      return `EventDispatch ${String(d.type)}`;
    case 'FunctionCall':
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule': {
      const url = String(d.url ?? '');
      const short = url.startsWith('chrome-extension://') ? `ext:${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}` : url ? 'page' : '?';
      return `${e.name} ${short}${d.functionName ? ` ${String(d.functionName)}` : ''}`;
    }
    case 'TimerFire':
      return 'TimerFire';
    default:
      return e.name;
  }
}

function analyse(events: TraceEvent[], cache: Map<number, string>): Split {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? '?'));
  // The typed page's renderer: the one the keys went to (the trace covers every process of the browser).
  const typedPid = events.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keypress')?.pid ?? -1;
  const threads = new Map<string, number>();
  const work = new Map<string, number>();
  const tasks = new Map<string, number>();
  // Complete events per thread, sorted, to nest them.
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  for (const [key, list] of byThread) {
    const [pid] = key.split(':').map(Number) as [number];
    const kind = kindOfPid(pid, typedPid, cache);
    const thread = (threadNames.get(key) ?? '?').replace(/\d+$/, '');
    const label = `${kind}/${thread}`;
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    // Self thread time of each event, nested by wall-clock containment.
    const stack: { e: TraceEvent; end: number; child: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.end <= upTo) {
        const top = stack.pop()!;
        const self = Math.max(0, (top.e.tdur ?? 0) - top.child);
        if (stack.length === 0) add(threads, label, (top.e.tdur ?? 0) / 1000);
        else stack[stack.length - 1]!.child += top.e.tdur ?? 0;
        const path = [...stack.map((s) => describe(s.e)), describe(top.e)].filter((n) => !/RunTask$/.test(n));
        const name = path.length <= 2 ? path.join(' > ') : `${path[0]} … ${path[path.length - 1]}`;
        add(work, `${label}: ${name || describe(top.e)}`, self / 1000);
      }
    };
    for (const e of list) {
      close(e.ts);
      if (kind === 'typed page' && thread === 'CrRendererMain' && e.name === 'ThreadControllerImpl::RunTask') {
        add(tasks, `${String(e.args?.src_func ?? '?')} (${String(e.args?.src_file ?? '?').split('/').pop()})`, 1);
      }
      stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
    }
    close(Infinity);
  }
  const starts = events.filter((e) => e.pid === typedPid && e.name === 'V8.GCIncrementalMarkingStart');
  const limit = (e: TraceEvent) => Number((e.args?.value as { global_allocation_limit?: number } | undefined)?.global_allocation_limit ?? 0);
  return { threads, work, tasks, gcs: starts.length, firstGcs: starts.filter((e) => limit(e) >= 60 * 2 ** 20).length };
}

function report(on: Split[], off: Split[], keys: number): string {
  const mean = (xs: Split[], pick: (s: Split) => Map<string, number>, k: string) => xs.reduce((a, s) => a + (pick(s).get(k) ?? 0), 0) / xs.length;
  const lines: string[] = [];
  const table = (title: string, pick: (s: Split) => Map<string, number>, top: number, filter: (k: string) => boolean = () => true) => {
    const keysOf = new Set([...on, ...off].flatMap((s) => [...pick(s).keys()]).filter(filter));
    const rows = [...keysOf].map((k) => ({ k, a: mean(on, pick, k), b: mean(off, pick, k) })).sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b));
    lines.push(`\n${title} (ms a round ON / OFF, ON − OFF per key)`);
    const tot = rows.reduce((s, r) => ({ a: s.a + r.a, b: s.b + r.b }), { a: 0, b: 0 });
    lines.push(`  TOTAL ${tot.a.toFixed(1)} / ${tot.b.toFixed(1)}  ${((tot.a - tot.b) / keys).toFixed(3)}`);
    for (const r of rows.slice(0, top)) lines.push(`  ${r.k}: ${r.a.toFixed(1)} / ${r.b.toFixed(1)}  ${((r.a - r.b) / keys).toFixed(3)}`);
  };
  const sum = (xs: Split[], f: (s: Split) => number) => xs.reduce((a, s) => a + f(s), 0);
  lines.push(`major GCs in the typed page: ON ${sum(on, (s) => s.gcs)} in ${on.length} rounds (${sum(on, (s) => s.firstGcs)} its first), OFF ${sum(off, (s) => s.gcs)} in ${off.length} (${sum(off, (s) => s.firstGcs)} its first)`);
  table('threads', (s) => s.threads, 25);
  table('typed page main thread, by work', (s) => s.work, 40, (k) => k.startsWith('typed page/CrRendererMain'));
  table('typed page main thread, tasks by where posted (count a round ON / OFF, per key)', (s) => s.tasks, 8);
  table('extension process, by work', (s) => s.work, 15, (k) => k.startsWith('extension/'));
  table('browser process, by work', (s) => s.work, 15, (k) => k.startsWith('browser/'));
  return lines.join('\n');
}

/** One launch of `extension`: a fresh ON and OFF tab, warmed up, then ON, OFF, OFF, ON traced. */
async function tracedPair(demoUrl: string, extension: string, p: number, into: { on: Split[]; off: Split[] }, cache: Map<number, string>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cnc-trace-'));
  const context = await launchWithExtension(dir, true, extension);
  try {
    // A browser-wide session: a page's own records only its renderer, the browser and the GPU, not the extension's process.
    const browser = context.browser();
    if (!browser) throw new Error('no browser to trace');
    const session = await browser.newBrowserCDPSession();
    const open = async (url: string) => {
      const page = await context.newPage();
      await page.goto(`${url}/toolbox/casenote/new?id=100234`);
      await page.locator('#contactType').selectOption('In Person');
      await page.locator('#contactDate').fill('11/20/2026');
      return page;
    };
    const onPage = await open(demoUrl);
    await onPage.locator('case-note-coach').waitFor({ state: 'attached' });
    const offPage = await open(demoUrl.replace('127.0.0.1', 'localhost'));
    for (let w = 0; w < WARMUP; w++) {
      for (const page of [onPage, offPage]) {
        await round(page);
        await page.keyboard.type(TYPED);
        await page.waitForTimeout(AFTERMATH_MS);
      }
    }
    for (const [page, list, tag] of [
      [onPage, into.on, 'on'],
      [offPage, into.off, 'off'],
      [offPage, into.off, 'off'],
      [onPage, into.on, 'on'],
    ] as const) {
      const events = await traced(page, session);
      if (KEEP) writeFileSync(join(KEEP, `trace-${p}-${tag}-${list.length}.json`), JSON.stringify(events));
      list.push(analyse(events, cache));
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const KEEP = process.env.TRACE_JSON;
/** TRACE_BUILDS=<dir>,<dir>: several builds, one launch each per pair, in alternating order, so load hits them alike. */
const BUILDS = process.env.TRACE_BUILDS?.split(',') ?? [EXTENSION];
const load = () => loadavg().map((n) => n.toFixed(1)).join('/');
const demo = await startDemoServer();
const cache = new Map<number, string>();
const results = BUILDS.map(() => ({ on: [] as Split[], off: [] as Split[] }));
const loadBefore = load();
try {
  for (let p = 0; p < PAIRS; p++) {
    const order = BUILDS.map((_, i) => i);
    if (p % 2 === 1) order.reverse();
    for (const b of order) {
      await tracedPair(demo.url, BUILDS[b]!, p, results[b]!, cache);
      process.stderr.write(`pair ${p + 1}/${PAIRS} of ${BUILDS[b]} (load ${load()})\n`);
    }
  }
  BUILDS.forEach((build, b) => {
    console.log(`\n# ${build}: typing ${TYPED.length} keys a round, ${results[b]!.on.length} rounds a side, thread time from Chrome's trace (load ${loadBefore}, then ${load()})`);
    console.log(report(results[b]!.on, results[b]!.off, TYPED.length));
  });
} finally {
  await demo.close();
}
