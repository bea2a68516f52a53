/**
 * Keystroke-to-sidebar latency and typing cost in real headless Chromium with
 * the built extension, on the demo Toolbox note editor.
 *
 * What is measured, all inside the page with performance.now() clocks:
 * - The note is prefilled (2,000 or 20,000 chars of an in-person contact
 *   note) and ends in "… L". Keystrokes then alternate "M" and Backspace, so
 *   every keystroke toggles "LM" (a left message), which adds or removes the
 *   `unsuccessful-attempt` finding: each keystroke has exactly one expected
 *   sidebar state.
 * - start = the keydown event's timeStamp, read by a main-world capture
 *   listener on window (so queueing before our handlers counts).
 * - "sidebar DOM" = the first MutationObserver callback on the sidebar's open
 *   shadow root after which `li[data-rule="unsuccessful-attempt"]` is present
 *   iff "LM" was just typed. Observer callbacks run as a microtask after the
 *   whole animation-frame callback, so this includes everything done in that
 *   callback (the check, the sidebar render and, since the underline is drawn
 *   in the same frame, the mirror layer).
 * - "sidebar frame" = a MessageChannel task posted from that callback: it runs
 *   after the browser has finished the frame (style, layout, paint) the
 *   mutation belongs to, so it approximates the update reaching the screen.
 * - "underline" = the same for the mirror layer: a `mark` containing "LM"
 *   shown iff "LM" was just typed.
 * - "frames behind the typed character": a main-world requestAnimationFrame
 *   loop numbers the frames; the note field's input event (the character
 *   itself) and the sidebar's mutation each note the frame they fall in. 0
 *   means the finding is painted in the same frame as the character that
 *   caused it, so the "after that frame" time is the browser's own wait for
 *   the next frame, which the character waits for too.
 * Keystrokes are sent one at a time (Playwright keyboard.press) and the next
 * is sent only once the previous one is fully reflected, so samples never overlap.
 *
 * Typing cost: the same note editor with the extension running on it (ON,
 * http://127.0.0.1) and not (OFF, the same demo server as http://localhost,
 * an origin the extension's content script does not match), as two new tabs
 * of one browser with the extension installed, N characters typed with
 * keyboard.type in rounds alternating between them. One browser, not two
 * profiles, so browser-level noise (GPU and IPC load, a busy neighbour on a
 * shared machine) hits both alike: with two profiles the per-round ratios
 * swung from 0.9 to 1.45 around the same median. Each tab (renderer
 * process) still carries a bias of its own, so every pair uses a fresh pair
 * of tabs, typed ON, OFF, OFF, ON, and pairs are added (spread over
 * launches) until the median of their ratios is stable. Judged: the median
 * of the per-pair ON/OFF ratios of the CPU time of that browser's processes
 * (see `judged`); reported beside it, with the spread of the ratios: wall
 * time per round (Node side, includes the CDP round trip per key). Nothing
 * instruments the pages while they are typed in: CDP's Performance domain,
 * used here before, times every task and script call in the renderer it is
 * enabled on.
 *
 * Each step prints a line on stderr as it ends (the run takes minutes and
 * the report comes only at the end: a silent run looked like a hang).
 *
 * With BENCH_INTERLEAVED=1, also reported, not judged: the same typing into
 * an ON and an OFF tab interleaved key by key (`interleavedRound`). It is
 * about three times as precise (telling a 2% cost from none), but it
 * charges part of each tab's after-the-key work to the other tab.
 */
import { type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { startDemoServer } from '../demo/server';
import { medianInterval, medianSettled, ms, summarise, type BenchResult } from './harness';
import { browserCpu, minus, type CpuReading } from './process-cpu';

const SIZES = [2_000, 20_000] as const;
const KEYSTROKES = 120;
const WARMUP = 10;
/** Three sentences a round (195 keys): a round of one sentence lasted ~250 ms, short enough for a hiccup to swing it by 40%. */
export const TYPED = 'Spoke with customer by phone about CNA clinicals and attendance. '.repeat(3);
/**
 * Warm-up rounds per fresh tab: a case manager types in a page for minutes,
 * so what counts is typing once the page's and our code are compiled and warm,
 * and once the page has had its first full garbage collection. That one comes
 * at different times ON and OFF, for a reason of V8's, not the typing's: a
 * page that has run no script at all (the demo page OFF) is collected early,
 * at ~10 MB, by V8's fallback for a heap whose limit is not yet set, which
 * applies only while no collection of any kind has run; a page where a
 * script has run a young-generation collection (ours ON, and any real case
 * management system's own scripts) waits for the initial 64 MiB limit. Traced
 * with the extension out of it: the OFF page as it is was first collected at
 * 8.4 MiB in its first round; the same page after a script of its own made
 * short-lived objects, at 62 MiB in its fourth. Traced ON and OFF
 * (tests/bench/typing-trace.ts, "its first"), with 3 warm-up rounds that
 * 64 MiB collection and its sweep (thousands of small sweeping tasks) fell in
 * a measured ON round of every pair; with 5 it falls in the warm-up (about the
 * fourth round of a tab's life). BENCH_TYPE_WARMUP sets another count.
 */
export const TYPE_WARMUP = Number(process.env.BENCH_TYPE_WARMUP ?? 5);
/**
 * With wall time, two identical tabs differed by about 10% (sd of a pair's
 * ratio); CPU time differs far less, but load still moves it, so the number
 * of pairs sets the precision: pairs are added, a launch at a time, until
 * the median's 90% interval is within ±STABLE_HALF_WIDTH (see
 * `typingUntilStable`). Each pair takes 10 rounds of TYPED (~30 s on a
 * loaded 2-core machine), so the budget bounds the run.
 */
const PAIRS_PER_LAUNCH = Number(process.env.BENCH_PAIRS_PER_LAUNCH ?? 4);
const MIN_PAIRS = 12;
const MAX_PAIRS = Number(process.env.BENCH_MAX_PAIRS ?? 36);
const STABLE_HALF_WIDTH = 0.03;
const TYPING_BUDGET_MS = Number(process.env.BENCH_TYPING_MINUTES ?? 10) * 60_000;
const TARGET_MS = 16;
/** The build typed with (BENCH_EXTENSION: another build's directory, e.g. one kept aside for BENCH_BASELINE). */
const EXTENSION = process.env.BENCH_EXTENSION ?? EXTENSION_DIR;
/** Typing with the coach on costs at most 5% more than with it off (as light as a writing assistant). */
const TARGET_RATIO = 1.05;

const FILLER =
  'Met with customer in person at the worksite. Supervisor reports 160 of 400 WEX hours completed with good attendance. Continue WEX per IEP because she is on track to finish. ';

export function noteOf(length: number): string {
  let s = '';
  while (s.length < length) s += FILLER;
  return `${s.slice(0, length - 26)}. Spoke to instructor, L`;
}

/** Load average and, where Linux reports it, CPU pressure: the share of time something waited for a CPU (a busy host shows here first). */
const load = () => `load ${loadavg().map((n) => n.toFixed(1)).join('/')} on ${cpus().length} CPUs${cpuPressure()}`;

function cpuPressure(): string {
  try {
    const avg60 = /some avg10=[\d.]+ avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1];
    return avg60 === undefined ? '' : `, CPU pressure ${avg60}% over 60 s`;
  } catch {
    return '';
  }
}

interface Sample {
  sidebar: number;
  frame: number;
  mirror: number;
  behind: number;
}

/** Installed in the page's main world; reads the sidebar's open shadow root (shared DOM). */
const INSTRUMENT = `(() => {
  const host = document.querySelector('case-note-coach');
  const root = host && host.shadowRoot;
  if (!root) throw new Error('overlay shadow root not found (is it open?)');
  const state = { samples: [], pending: null, frameNo: 0 };
  window.__cncBench = state;
  const tick = () => { state.frameNo++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  document.querySelector('#noteText').addEventListener('input', () => {
    if (state.pending && state.pending.inputFrame === null) state.pending.inputFrame = state.frameNo;
  }, true);
  // The badge counts the finding: what the case manager sees first (the panel is closed while typing).
  // Counted over every severity: after an in-person contact, "LM" is a reminder, not an error.
  const count = () => Array.from(root.querySelectorAll('.cnc-badge [data-severity]:not([hidden])')).reduce((n, el) => n + (Number(/\\d+/.exec(el.textContent || '')?.[0]) || 0), 0);
  const base = count();
  const listed = () => count() > base;
  const marksHost = root.querySelector('.cnc-marks');
  if (!marksHost) throw new Error('underline layer not found');
  const underlined = () => {
    const layer = marksHost.querySelector('.cnc-mirror');
    if (!layer || marksHost.hidden) return false;
    return Array.from(layer.querySelectorAll('mark')).some((m) => m.textContent.includes('LM'));
  };
  const finish = (p) => {
    if (p.sidebar !== null && p.frame !== null && p.mirror !== null && !p.done) {
      p.done = true;
      state.samples.push({ sidebar: p.sidebar - p.t0, frame: p.frame - p.t0, mirror: p.mirror - p.t0, behind: p.sidebarFrame - p.inputFrame });
    }
  };
  window.addEventListener('keydown', (e) => {
    state.pending = { t0: e.timeStamp, want: e.key !== 'Backspace', sidebar: null, frame: null, mirror: null, done: false, inputFrame: null, sidebarFrame: null };
  }, true);
  const observer = new MutationObserver(() => {
    const p = state.pending;
    if (!p || p.done) return;
    const now = performance.now();
    if (p.sidebar === null && listed() === p.want) {
      p.sidebar = now;
      p.sidebarFrame = state.frameNo;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { p.frame = performance.now(); finish(p); };
      ch.port2.postMessage(0);
    }
    if (p.mirror === null && underlined() === p.want) p.mirror = now;
    finish(p);
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  observer.observe(marksHost, { attributes: true });
})()`;

/** Puts `text` in the note field as if pasted, caret at the end, and waits two frames. */
async function setNote(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const field = document.querySelector<HTMLTextAreaElement>('#noteText');
    if (!field) throw new Error('no #noteText');
    field.focus();
    field.value = t;
    field.setSelectionRange(t.length, t.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await nextFrames(page);
}

const benchStart = performance.now();
/** A line on stderr as each step ends: a run takes minutes, and silence looked like a hang. */
const progress = (what: string) => process.stderr.write(`[sidebar bench +${((performance.now() - benchStart) / 1000).toFixed(0)} s] ${what} (${load()})\n`);

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function openEditor(context: BrowserContext, url: string, newTab = false): Promise<Page> {
  const page = (newTab ? undefined : context.pages()[0]) ?? (await context.newPage());
  await page.goto(`${url}/toolbox/casenote/new?id=100234`);
  await page.locator('#contactType').selectOption('In Person');
  await page.locator('#contactDate').fill('11/20/2026');
  return page;
}

/** A new tab with the editor where the extension runs (ON), once its sidebar is there. */
async function openOnTab(context: BrowserContext, demoUrl: string): Promise<Page> {
  const page = await openEditor(context, demoUrl, true);
  await page.locator('case-note-coach').waitFor({ state: 'attached' });
  return page;
}

/** A new tab with the same editor served as http://localhost, an origin the content script does not match (OFF). */
async function openOffTab(context: BrowserContext, demoUrl: string): Promise<Page> {
  const page = await openEditor(context, demoUrl.replace('127.0.0.1', 'localhost'), true);
  await page.waitForTimeout(1_000);
  if ((await page.locator('case-note-coach').count()) !== 0) throw new Error('the extension runs on the OFF page');
  return page;
}

/** Whether the overlay shows "LM" underlined, i.e. the coach has answered for a note that ends in "LM". */
const underlinedLM = (page: Page, want: boolean) =>
  page.waitForFunction(
    (w) => {
      const root = document.querySelector('case-note-coach')?.shadowRoot;
      const slot = root?.querySelector<HTMLElement>('.cnc-marks');
      const on = Boolean(slot && !slot.hidden && Array.from(slot.querySelectorAll('mark:not([hidden])')).some((m) => m.textContent?.includes('LM')));
      return on === w;
    },
    want,
    { polling: 'raf', timeout: 20_000 },
  );

async function latency(page: Page, size: number): Promise<{ sidebar: number[]; frame: number[]; mirror: number[]; behind: number[] }> {
  await page.locator('case-note-coach').waitFor({ state: 'attached' });
  // The instrument counts the badge against its count for the note as set, so that count must be the answer for
  // this note: the check answers from the background, and on a loaded machine that came after the instrument read
  // the badge (it read the previous note's count, no key ever matched and the run died on a timeout). The note
  // with "LM" is set first and its underline awaited, then the note itself, until the underline is gone.
  await setNote(page, `${noteOf(size)}M`);
  await underlinedLM(page, true);
  await setNote(page, noteOf(size));
  await underlinedLM(page, false);
  await page.evaluate(INSTRUMENT);
  for (let i = 0; i < KEYSTROKES + WARMUP; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'M' : 'Backspace');
    await page
      .waitForFunction((n) => (window as unknown as { __cncBench: { samples: unknown[] } }).__cncBench.samples.length >= n, i + 1, {
        polling: 'raf',
        timeout: 20_000,
      })
      .catch((error: unknown) => {
        throw new Error(`keystroke ${i + 1} (${i % 2 === 0 ? 'M' : 'Backspace'}) into the ${size}-char note never showed in the badge and underline: ${String(error)}`);
      });
  }
  const samples = (await page.evaluate(() => (window as unknown as { __cncBench: { samples: Sample[] } }).__cncBench.samples)).slice(WARMUP);
  const field = await page.locator('#noteText').inputValue();
  if (field !== noteOf(size)) throw new Error('the note field does not hold exactly what was typed');
  return { sidebar: samples.map((s) => s.sidebar), frame: samples.map((s) => s.frame), mirror: samples.map((s) => s.mirror), behind: samples.map((s) => s.behind) };
}

/**
 * How long the work a keystroke leaves behind can take to run: the draft is
 * saved up to a second after the last key (lib/drafts/keeper.ts) and a
 * burst's check up to a quarter second after it (lib/coach/scheduler.ts).
 */
export const AFTERMATH_MS = 1_200;

/**
 * One round: type TYPED into a 2,000-char note. Wall: from the first key
 * until the frames the last one caused (what the typist waits for). CPU: from
 * the first key until AFTERMATH_MS after the last, so the draft save and the
 * deferred check the typing caused are charged to it, and the round starts
 * only once what setting the note caused has run (it is not the typing's).
 */
async function typeRound(page: Page, cpuMs: () => CpuReading): Promise<Round> {
  await page.bringToFront();
  await setNote(page, noteOf(2_000));
  await page.waitForTimeout(AFTERMATH_MS);
  const cpu0 = cpuMs();
  const t0 = performance.now();
  await page.keyboard.type(TYPED);
  await nextFrames(page);
  const wall = performance.now() - t0;
  await page.waitForTimeout(AFTERMATH_MS);
  const cpu1 = cpuMs();
  if (!(await page.locator('#noteText').inputValue()).endsWith(TYPED)) throw new Error('typed text missing from the field');
  return { wall, cpu: cpu1.total - cpu0.total, byKind: minus(cpu1.byKind, cpu0.byKind), byThread: minus(cpu1.byThread, cpu0.byThread) };
}

interface Round {
  wall: number;
  cpu: number;
  /** CPU ms of the round per process kind and per thread (tests/bench/process-cpu.ts). */
  byKind: Map<string, number>;
  byThread: Map<string, number>;
}

/** The mean of two rounds' maps. */
const meanOf = (x: Map<string, number>, y: Map<string, number>) => {
  const out = new Map<string, number>();
  for (const k of new Set([...x.keys(), ...y.keys()])) out.set(k, ((x.get(k) ?? 0) + (y.get(k) ?? 0)) / 2);
  return out;
};

interface Pair {
  wallOn: number;
  wallOff: number;
  cpuOn: number;
  cpuOff: number;
  /** Per process kind / thread, CPU ms a round, each side. */
  kindOn: Map<string, number>;
  kindOff: Map<string, number>;
  threadOn: Map<string, number>;
  threadOff: Map<string, number>;
}

/**
 * A fresh ON and a fresh OFF tab: TYPE_WARMUP warm-up rounds each, then
 * ON/OFF/OFF/ON. A tab carries a bias of its own (two OFF tabs of the same
 * browser typed up to 8% apart in wall time, round after round), so every
 * pair gets new tabs. A pair's figures are the mean of its two rounds each
 * side. The warm-up counts: a case manager types for minutes, and with two
 * rounds a fresh ON tab still compiled and optimised our code while measured.
 */
async function typingPair(on: Page, off: Page, cpuMs: () => CpuReading): Promise<Pair> {
  for (let w = 0; w < TYPE_WARMUP; w++) {
    await typeRound(on, cpuMs);
    await typeRound(off, cpuMs);
  }
  const a = await typeRound(on, cpuMs);
  const b = await typeRound(off, cpuMs);
  const c = await typeRound(off, cpuMs);
  const d = await typeRound(on, cpuMs);
  return {
    wallOn: (a.wall + d.wall) / 2, wallOff: (b.wall + c.wall) / 2,
    cpuOn: (a.cpu + d.cpu) / 2, cpuOff: (b.cpu + c.cpu) / 2,
    kindOn: meanOf(a.byKind, d.byKind), kindOff: meanOf(b.byKind, c.byKind),
    threadOn: meanOf(a.byThread, d.byThread), threadOff: meanOf(b.byThread, c.byThread),
  };
}

/**
 * What is judged: the CPU time this browser spends on the typing, all its
 * processes counted (the page's renderer, the extension's service worker that
 * runs the checks and keeps drafts, the browser process that carries their
 * messages, the GPU process). That is the work the extension adds, and it is
 * what stays put on a loaded 2-core machine: wall time there is mostly
 * waiting for a core, and its pairs' ratios ranged from 0.5 to 2.4 at load 20
 * around the same median. Wall time where /proc is missing.
 */
const judged = (p: Pair) => (Number.isNaN(p.cpuOn) ? p.wallOn / p.wallOff : p.cpuOn / p.cpuOff);
const JUDGED = process.platform === 'linux' ? 'CPU time' : 'wall time';

/**
 * Where the pairs' CPU went, process kind by kind (the page's renderer, the
 * extension's process, the browser, GPU, storage…), then the `threads`
 * threads whose ON − OFF median is largest: median ms a round ON and OFF,
 * and ON − OFF per typed key.
 */
function breakdown(pairs: readonly Pair[], threads = 10): string {
  const med = (xs: number[]) => summarise(xs).median;
  const rows = (on: (p: Pair) => Map<string, number>, off: (p: Pair) => Map<string, number>) => {
    const keys = new Set(pairs.flatMap((p) => [...on(p).keys(), ...off(p).keys()]));
    return [...keys].map((k) => {
      const a = med(pairs.map((p) => on(p).get(k) ?? 0));
      const b = med(pairs.map((p) => off(p).get(k) ?? 0));
      const d = med(pairs.map((p) => (on(p).get(k) ?? 0) - (off(p).get(k) ?? 0)));
      return { k, a, b, d };
    });
  };
  const show = ({ k, a, b, d }: { k: string; a: number; b: number; d: number }) =>
    `${k} ${a.toFixed(1)}/${b.toFixed(1)} ms (${d >= 0 ? '+' : ''}${(d / TYPED.length).toFixed(3)} ms/key)`;
  const kinds = rows((p) => p.kindOn, (p) => p.kindOff).filter((r) => r.a + r.b > 0.5).sort((x, y) => y.a + y.b - (x.a + x.b));
  const top = rows((p) => p.threadOn, (p) => p.threadOff).sort((x, y) => Math.abs(y.d) - Math.abs(x.d)).slice(0, threads);
  return `by process: ${kinds.map(show).join('; ')}. Threads that differ most: ${top.map(show).join('; ')}`;
}

/** `flat` (one figure per pair, in order) grouped as `byLaunch` groups its pairs. */
function launchesOf(flat: number[], byLaunch: number[][]): number[][] {
  let at = 0;
  return byLaunch.map((g) => flat.slice(at, (at += g.length)));
}

interface Typed {
  pairs: Pair[];
  /** The pairs' judged ratios, grouped by browser launch. */
  byLaunch: number[][];
  stable: boolean;
  why: string;
}

/** One browser launch of the extension built in `extensionDir`: PAIRS_PER_LAUNCH fresh tab pairs added to `into`. */
async function typingLaunch(demoUrl: string, into: Typed, extensionDir: string, label = ''): Promise<void> {
  const launch: number[] = [];
  into.byLaunch.push(launch);
  await freshPairs(
    demoUrl,
    PAIRS_PER_LAUNCH,
    async (on, off, cpuMs) => {
      const pair = await typingPair(on, off, cpuMs);
      into.pairs.push(pair);
      progress(`${label}pair ratio ${judged(pair).toFixed(3)}; ${breakdown([pair], 5)}`);
      launch.push(judged(pair));
      return pair;
    },
    extensionDir,
  );
  const { median, lo, hi } = medianSettled(into.byLaunch, MIN_PAIRS, STABLE_HALF_WIDTH);
  progress(`${label}typing: ${into.pairs.length} pairs, median ratio ${median.toFixed(3)} (90% interval ${lo.toFixed(3)}–${hi.toFixed(3)})`);
}

/**
 * Tab pairs, PAIRS_PER_LAUNCH to a browser launch (a launch carries a bias of
 * its own too), until the median of the pairs' ratios is stable: at least
 * MIN_PAIRS and a 90% interval within ±STABLE_HALF_WIDTH of it. On a loaded
 * machine the pairs spread more and more of them are run, up to MAX_PAIRS or
 * TYPING_BUDGET_MS, whichever comes first; the report then says which ran out.
 */
async function typingUntilStable(demoUrl: string): Promise<Typed> {
  const started = performance.now();
  const typed: Typed = { pairs: [], byLaunch: [], stable: false, why: '' };
  for (;;) {
    await typingLaunch(demoUrl, typed, EXTENSION);
    if (medianSettled(typed.byLaunch, MIN_PAIRS, STABLE_HALF_WIDTH).settled) return { ...typed, stable: true };
    if (typed.pairs.length >= MAX_PAIRS) return { ...typed, why: `${MAX_PAIRS} pairs` };
    if (performance.now() - started >= TYPING_BUDGET_MS) return { ...typed, why: `${TYPING_BUDGET_MS / 60_000}-minute budget` };
  }
}

/**
 * BENCH_BASELINE=<directory of another test build>: this build against that
 * one in the same run, launch by launch in alternating order, MAX_PAIRS
 * pairs each (or the budget), so a change to the extension is judged against
 * what it changes with the machine's load the same for both. Each is
 * reported as the bench reports one build.
 */
async function typingAgainst(demoUrl: string, baseline: string): Promise<{ ours: Typed; base: Typed }> {
  const started = performance.now();
  const ours: Typed = { pairs: [], byLaunch: [], stable: false, why: `${MAX_PAIRS} pairs` };
  const base: Typed = { pairs: [], byLaunch: [], stable: false, why: `${MAX_PAIRS} pairs` };
  for (let l = 0; ours.pairs.length < MAX_PAIRS || base.pairs.length < MAX_PAIRS; l++) {
    const order: [Typed, string, string][] = [
      [ours, EXTENSION, 'this build: '],
      [base, baseline, 'baseline: '],
    ];
    for (const [into, dir, label] of l % 2 === 0 ? order : order.reverse()) await typingLaunch(demoUrl, into, dir, label);
    if (performance.now() - started >= TYPING_BUDGET_MS) {
      const why = `${TYPING_BUDGET_MS / 60_000}-minute budget`;
      return { ours: { ...ours, why }, base: { ...base, why } };
    }
  }
  return { ours, base };
}

/**
 * One browser launch with the extension; `pairs` times, a fresh ON and a
 * fresh OFF tab (opened in alternating order, so each pair lands in new
 * renderer processes), measured by `measure`, then both closed.
 */
async function freshPairs<T>(
  demoUrl: string,
  pairs: number,
  measure: (on: Page, off: Page, cpuMs: () => CpuReading) => Promise<T>,
  extensionDir = EXTENSION,
): Promise<T[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cnc-bench-typing-'));
  const context = await launchWithExtension(dir, true, extensionDir);
  const cpuMs = browserCpu(dir);
  try {
    const results: T[] = [];
    for (let i = 0; i < pairs; i++) {
      const onFirst = i % 2 === 0;
      const first = onFirst ? await openOnTab(context, demoUrl) : await openOffTab(context, demoUrl);
      const second = onFirst ? await openOffTab(context, demoUrl) : await openOnTab(context, demoUrl);
      const [on, off] = onFirst ? [first, second] : [second, first];
      try {
        results.push(await measure(on, off, cpuMs));
        progress(`pair ${i + 1}/${pairs}`);
      } finally {
        await on.close();
        await off.close();
      }
    }
    return results;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Interleaved typing: fresh tab pairs per launch, and rounds each way after warm-up (see `interleavedPairs`). */
const INTERLEAVED_LAUNCHES = 2;
const INTERLEAVED_PAIRS = 8;
const INTERLEAVED_WARMUP = 2;
const INTERLEAVED_ROUNDS = 3;

/**
 * One round typed into both tabs at once, key by key: a key to one tab, then
 * the same key to the other (which goes first alternates), each key timed
 * from the Node side (the CDP round trip, as in `typeRound`). A burst of
 * load on this shared machine now hits both tabs within milliseconds, so
 * it cancels, and a pair's ratio spreads about ±0.03 instead of ±0.10.
 * The price: what one tab does after a key's event (its frame, a deferred
 * check, a draft save) can run while the other tab's key is timed, so part
 * of it is charged to the wrong side. The figure counts the work done
 * handling each key fully and the rest only in part, so it reads lower than
 * the sequential ratio; it is reported beside it, not judged.
 * Returns ON's key time over OFF's.
 */
async function interleavedRound(on: Page, off: Page): Promise<number> {
  await setNote(on, noteOf(2_000));
  await setNote(off, noteOf(2_000));
  await on.waitForTimeout(500);
  let tOn = 0;
  let tOff = 0;
  for (let i = 0; i < TYPED.length; i++) {
    const key = TYPED[i]!;
    for (const page of i % 2 === 0 ? [on, off] : [off, on]) {
      const t0 = performance.now();
      await page.keyboard.type(key);
      const took = performance.now() - t0;
      if (page === on) tOn += took;
      else tOff += took;
    }
  }
  for (const page of [on, off]) {
    if (!(await page.locator('#noteText').inputValue()).endsWith(TYPED)) throw new Error('typed text missing from the field');
  }
  return tOn / tOff;
}

/** One launch: `pairs` fresh ON/OFF tab pairs, each the mean of its rounds' ratios. */
function interleavedPairs(demoUrl: string, pairs: number): Promise<number[]> {
  return freshPairs(demoUrl, pairs, async (on, off) => {
    for (let w = 0; w < INTERLEAVED_WARMUP; w++) await interleavedRound(on, off);
    let sum = 0;
    for (let r = 0; r < INTERLEAVED_ROUNDS; r++) sum += await interleavedRound(on, off);
    return sum / INTERLEAVED_ROUNDS;
  });
}

/** The judged typing result and where its CPU went. */
function typingReport(typed: Typed, before: string, label = ''): BenchResult[] {
  const { pairs, byLaunch } = typed;
  const med = (xs: number[]) => summarise(xs).median;
  const spread = (xs: number[]) => {
    const sorted = [...xs].sort((x, y) => x - y);
    const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!;
    return `quartiles ${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)}, range ${sorted[0]!.toFixed(2)}–${sorted[sorted.length - 1]!.toFixed(2)}`;
  };
  // Judged on the median of the pairs' ON/OFF ratios: a pair ran back to back, so a burst of load from other work mostly cancels.
  const ratios = byLaunch.flat();
  const ratio = med(ratios);
  const [lo, hi] = medianInterval(byLaunch);
  const wallRatios = pairs.map((p) => p.wallOn / p.wallOff);
  const [wlo, whi] = medianInterval(launchesOf(wallRatios, byLaunch));
  const cOn = med(pairs.map((p) => p.cpuOn));
  const cOff = med(pairs.map((p) => p.cpuOff));
  return [
    {
      name: `${label}typing ${TYPED.length} chars into a 2,000-char note, extension ON vs OFF for that page (${pairs.length} fresh tab pairs over ${byLaunch.length} browser launches, each pair typed ON, OFF, OFF, ON after ${TYPE_WARMUP} warm-up rounds a side; judged on the median of the pairs' ratios of ${JUDGED})`,
      summary: `median paired ratio ${ratio.toFixed(3)}× (90% interval ${lo.toFixed(3)}–${hi.toFixed(3)}${typed.stable ? '' : `, wider than ±${STABLE_HALF_WIDTH} when the ${typed.why} ran out`}; the pairs' ratios: ${spread(ratios)}; per launch ${byLaunch.map(med).map((r) => r.toFixed(2)).join(', ')}); ${ms(cOn)} vs ${ms(cOff)} CPU a round, ${((cOn - cOff) / TYPED.length).toFixed(3)} ms extra per key. Wall time (reported, not judged: on a loaded machine it is mostly waiting for a core): median paired ratio ${med(wallRatios).toFixed(3)}× (90% interval ${wlo.toFixed(3)}–${whi.toFixed(3)}; ${spread(wallRatios)}), ${ms(med(pairs.map((p) => p.wallOn)))} vs ${ms(med(pairs.map((p) => p.wallOff)))} a round (${before}, then ${load()})`,
      target: `median paired ratio ≤ ${TARGET_RATIO}`,
      met: ratio <= TARGET_RATIO,
    },
    { name: `${label}typing, where the extra CPU goes: per process kind and thread, median of the pairs (ON, OFF, ON − OFF per key)`, summary: breakdown(pairs) },
  ];
}

export default async function sidebarBench(): Promise<BenchResult[]> {
  const demo = await startDemoServer();
  const onDir = mkdtempSync(join(tmpdir(), 'cnc-bench-on-'));
  const results: BenchResult[] = [];
  let on: BrowserContext | null = null;
  try {
    on = await launchWithExtension(onDir, true, EXTENSION);
    const page = await openEditor(on, demo.url);
    // BENCH_TYPING_ONLY=1 skips the latency part (when only the typing cost is being looked into).
    for (const size of process.env.BENCH_TYPING_ONLY === '1' ? [] : SIZES) {
      const before = load();
      const r = await latency(page, size);
      progress(`latency, ${size}-char note`);
      const sb = summarise(r.sidebar);
      const fr = summarise(r.frame);
      const mi = summarise(r.mirror);
      const label = `${size.toLocaleString('en-US')}-char note, ${KEYSTROKES} keystrokes`;
      results.push({
        name: `keystroke → sidebar finding updated (DOM), ${label}`,
        summary: `median ${ms(sb.median)}, p95 ${ms(sb.p95)}; after that frame: median ${ms(fr.median)}, p95 ${ms(fr.p95)}; painted in the same frame as the typed character ${r.behind.filter((b) => b === 0).length} of ${r.behind.length} times (at most ${Math.max(...r.behind)} frame${Math.max(...r.behind) === 1 ? '' : 's'} behind) (${before}, then ${load()})`,
        target: `p95 < ${TARGET_MS} ms`,
        met: sb.p95 < TARGET_MS,
      });
      results.push({
        name: `keystroke → underline updated (mirror layer DOM), ${label}`,
        summary: `median ${ms(mi.median)}, p95 ${ms(mi.p95)}`,
        target: `p95 < ${TARGET_MS} ms`,
        met: mi.p95 < TARGET_MS,
      });
    }

    await on.close();
    on = null;

    const before = load();
    const baseline = process.env.BENCH_BASELINE;
    if (baseline) {
      const { ours, base } = await typingAgainst(demo.url, baseline);
      results.push(...typingReport(ours, before, 'this build: '), ...typingReport(base, before, `baseline ${baseline}: `));
      return results;
    }
    results.push(...typingReport(await typingUntilStable(demo.url), before));

    if (process.env.BENCH_INTERLEAVED !== '1') return results;
    const beforeInterleaved = load();
    const interleaved: number[][] = [];
    for (let l = 0; l < INTERLEAVED_LAUNCHES; l++) interleaved.push(await interleavedPairs(demo.url, INTERLEAVED_PAIRS));
    const flat = interleaved.flat();
    const [ilo, ihi] = medianInterval(interleaved);
    const mean = flat.reduce((a, b) => a + b, 0) / flat.length;
    const sd = Math.sqrt(flat.reduce((a, b) => a + (b - mean) ** 2, 0) / (flat.length - 1));
    results.push({
      name: `typing ${TYPED.length} chars into ON and OFF tabs key by key, interleaved (${INTERLEAVED_LAUNCHES} launches × ${INTERLEAVED_PAIRS} fresh tab pairs × ${INTERLEAVED_ROUNDS} rounds; counts each key's own handling fully, work after it only in part, so it reads lower than the ratio above)`,
      summary: `median ON/OFF key time ${summarise(flat).median.toFixed(3)}× (90% interval ${ilo.toFixed(3)}–${ihi.toFixed(3)}; a pair's ratio spreads ±${sd.toFixed(3)}) (${beforeInterleaved}, then ${load()})`,
    });
  } finally {
    await on?.close();
    await demo.close();
    rmSync(onDir, { recursive: true, force: true });
  }
  return results;
}
