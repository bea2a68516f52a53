/**
 * Keystroke-to-sidebar latency and typing cost in real headless Chromium with
 * the built extension, on the demo Toolbox note editor (issue 6).
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
 * swung from 0.9 to 1.45 around the same median. Each launch still carries a
 * bias of its own (task-time ratios of 0.99 and 1.17 in two launches of the
 * same build), so the rounds are spread over several launches. Reported:
 * wall time per round (Node side, includes the CDP round trip per key;
 * the target is judged on the median of the per-round ON/OFF ratios) and
 * the renderer's main-thread TaskDuration delta (CDP
 * Performance.getMetrics), which isolates the work the page + extension did.
 */
import { type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../e2e/fixtures';
import { startDemoServer } from '../demo/server';
import { ms, summarise, type BenchResult } from './harness';

const SIZES = [2_000, 20_000] as const;
const KEYSTROKES = 120;
const WARMUP = 10;
/** Three sentences a round (195 keys): a round of one sentence lasted ~250 ms, short enough for a hiccup to swing it by 40%. */
const TYPED = 'Spoke with customer by phone about CNA clinicals and attendance. '.repeat(3);
const TYPE_ROUNDS = 10;
/** Separate browser launches: a launch carries its own bias (which process lands where), so the median is over several. */
const TYPE_LAUNCHES = 3;
const TARGET_MS = 16;
const TARGET_RATIO = 1.1;

const FILLER =
  'Met with customer in person at the worksite. Supervisor reports 160 of 400 WEX hours completed with good attendance. Continue WEX per IEP because she is on track to finish. ';

function noteOf(length: number): string {
  let s = '';
  while (s.length < length) s += FILLER;
  return `${s.slice(0, length - 26)}. Spoke to instructor, L`;
}

const load = () => `load ${loadavg().map((n) => n.toFixed(1)).join('/')} on ${cpus().length} CPUs`;

interface Sample {
  sidebar: number;
  frame: number;
  mirror: number;
  behind: number;
}

/** Installed in the page's main world; reads the sidebar's open shadow root (shared DOM). */
const INSTRUMENT = `(() => {
  const host = document.querySelector('case-note-coach-sidebar');
  const root = host && host.shadowRoot;
  if (!root) throw new Error('sidebar shadow root not found (is it open?)');
  const state = { samples: [], pending: null, frameNo: 0 };
  window.__cncBench = state;
  const tick = () => { state.frameNo++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  document.querySelector('#noteText').addEventListener('input', () => {
    if (state.pending && state.pending.inputFrame === null) state.pending.inputFrame = state.frameNo;
  }, true);
  const listed = () => root.querySelector('li[data-rule="unsuccessful-attempt"]') !== null;
  const marksRoot = document.querySelector('case-note-coach-marks')?.shadowRoot;
  if (!marksRoot) throw new Error('underline layer not found');
  const underlined = () => {
    const layer = marksRoot.querySelector('.cnc-mirror');
    if (!layer || layer.hidden) return false;
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
  for (const r of [root, marksRoot]) observer.observe(r, { subtree: true, childList: true, characterData: true, attributes: true });
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

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function openEditor(context: BrowserContext, url: string, newTab = false): Promise<Page> {
  const page = (newTab ? undefined : context.pages()[0]) ?? (await context.newPage());
  await page.goto(`${url}/toolbox/casenote/new?id=100234`);
  await page.locator('#contactType').selectOption('In Person');
  await page.locator('#contactDate').fill('11/20/2026');
  return page;
}

async function latency(page: Page, size: number): Promise<{ sidebar: number[]; frame: number[]; mirror: number[]; behind: number[] }> {
  await setNote(page, noteOf(size));
  await page.locator('case-note-coach-sidebar').waitFor({ state: 'attached' });
  await page.evaluate(INSTRUMENT);
  for (let i = 0; i < KEYSTROKES + WARMUP; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'M' : 'Backspace');
    await page.waitForFunction((n) => (window as unknown as { __cncBench: { samples: unknown[] } }).__cncBench.samples.length >= n, i + 1, {
      polling: 'raf',
      timeout: 10_000,
    });
  }
  const samples = (await page.evaluate(() => (window as unknown as { __cncBench: { samples: Sample[] } }).__cncBench.samples)).slice(WARMUP);
  const field = await page.locator('#noteText').inputValue();
  if (field !== noteOf(size)) throw new Error('the note field does not hold exactly what was typed');
  return { sidebar: samples.map((s) => s.sidebar), frame: samples.map((s) => s.frame), mirror: samples.map((s) => s.mirror), behind: samples.map((s) => s.behind) };
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/**
 * CPU time (ms) used so far by every Chromium process (browser, renderers,
 * the extension's service worker, GPU): Linux /proc, 10 ms ticks; NaN
 * elsewhere. The bench runs one browser at a time. Unlike wall time it does
 * not count waiting for a core, so it is the steadier measure of the work typing costs.
 */
function chromiumCpuMs(): number {
  let ticks = 0;
  let seen = false;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        if (stat.slice(stat.indexOf('(') + 1, close) !== 'chromium') continue;
        const fields = stat.slice(close + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
        seen = true;
      } catch {
        // The process exited while we looked.
      }
    }
  } catch {
    return Number.NaN;
  }
  return seen ? ticks * 10 : Number.NaN;
}

/** One round: type TYPED into a 2,000-char note, wait for the frames it caused; wall ms and renderer task ms. */
async function typeRound(page: Page, cdp: CDPSession): Promise<{ wall: number; task: number; cpu: number }> {
  await page.bringToFront();
  await setNote(page, noteOf(2_000));
  await page.waitForTimeout(500); // let the draft save and any earlier work settle
  const task0 = await taskSeconds(cdp);
  const cpu0 = chromiumCpuMs();
  const t0 = performance.now();
  await page.keyboard.type(TYPED);
  await nextFrames(page);
  const wall = performance.now() - t0;
  const cpu = chromiumCpuMs() - cpu0;
  const task = ((await taskSeconds(cdp)) - task0) * 1000;
  if (!(await page.locator('#noteText').inputValue()).endsWith(TYPED)) throw new Error('typed text missing from the field');
  return { wall, task, cpu };
}

interface Pair {
  wallOn: number;
  wallOff: number;
  taskOn: number;
  taskOff: number;
  cpuOn: number;
  cpuOff: number;
}

/**
 * One browser launch: the ON and OFF tabs (both opened as new tabs; the
 * browser's first tab measured up to 10% apart from later ones), a warm-up
 * round each, then `rounds` pairs in alternating order.
 */
async function typingPairs(demoUrl: string, rounds: number): Promise<Pair[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cnc-bench-typing-'));
  const context = await launchWithExtension(dir);
  try {
    const onPage = await openEditor(context, demoUrl, true);
    await onPage.locator('case-note-coach-sidebar').waitFor({ state: 'attached' });
    const offPage = await openEditor(context, demoUrl.replace('127.0.0.1', 'localhost'), true);
    await offPage.waitForTimeout(1_000);
    if ((await offPage.locator('case-note-coach-sidebar').count()) !== 0) throw new Error('the extension runs on the OFF page');
    const cdpOn = await context.newCDPSession(onPage);
    const cdpOff = await context.newCDPSession(offPage);
    await Promise.all([cdpOn.send('Performance.enable'), cdpOff.send('Performance.enable')]);
    await typeRound(onPage, cdpOn); // warm-up
    await typeRound(offPage, cdpOff);
    const pairs: Pair[] = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate which goes first so a burst of load from other work hits both.
      const first = i % 2 === 0 ? 'on' : 'off';
      const a = first === 'on' ? await typeRound(onPage, cdpOn) : await typeRound(offPage, cdpOff);
      const b = first === 'on' ? await typeRound(offPage, cdpOff) : await typeRound(onPage, cdpOn);
      const [on, off] = first === 'on' ? [a, b] : [b, a];
      pairs.push({ wallOn: on.wall, wallOff: off.wall, taskOn: on.task, taskOff: off.task, cpuOn: on.cpu, cpuOff: off.cpu });
    }
    return pairs;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function sidebarBench(): Promise<BenchResult[]> {
  const demo = await startDemoServer();
  const onDir = mkdtempSync(join(tmpdir(), 'cnc-bench-on-'));
  const results: BenchResult[] = [];
  let on: BrowserContext | null = null;
  try {
    on = await launchWithExtension(onDir);
    const page = await openEditor(on, demo.url);
    for (const size of SIZES) {
      const before = load();
      const r = await latency(page, size);
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
    const pairs: Pair[] = [];
    const perLaunch: number[] = [];
    for (let l = 0; l < TYPE_LAUNCHES; l++) {
      const got = await typingPairs(demo.url, TYPE_ROUNDS);
      pairs.push(...got);
      perLaunch.push(summarise(got.map((p) => p.wallOn / p.wallOff)).median);
    }
    const med = (xs: number[]) => summarise(xs).median;
    const wOn = med(pairs.map((p) => p.wallOn));
    const wOff = med(pairs.map((p) => p.wallOff));
    const tOn = med(pairs.map((p) => p.taskOn));
    const tOff = med(pairs.map((p) => p.taskOff));
    const cOn = med(pairs.map((p) => p.cpuOn));
    const cOff = med(pairs.map((p) => p.cpuOff));
    const cpu = Number.isNaN(cOn) ? 'not available' : `${ms(cOn)} vs ${ms(cOff)}, median paired ratio ${med(pairs.map((p) => p.cpuOn / p.cpuOff)).toFixed(2)}× (${((cOn - cOff) / TYPED.length).toFixed(3)} ms extra per key)`;
    // Judged on the median of each round's ON/OFF pair: the pair ran back to back, so a burst of load from other work mostly cancels.
    const ratio = med(pairs.map((p) => p.wallOn / p.wallOff));
    results.push({
      name: `typing ${TYPED.length} chars into a 2,000-char note, extension ON vs OFF for that page (${TYPE_LAUNCHES} browser launches × ${TYPE_ROUNDS} paired rounds, medians)`,
      summary: `wall ${ms(wOn)} vs ${ms(wOff)} (${(wOn / wOff).toFixed(2)}×), median paired ratio ${ratio.toFixed(2)}× (per launch ${perLaunch.map((r) => r.toFixed(2)).join(', ')}); renderer main-thread task time ${ms(tOn)} vs ${ms(tOff)} = ${(tOn / tOff).toFixed(2)}× (${(((tOn - tOff) / TYPED.length) || 0).toFixed(3)} ms extra per key); CPU time of all Chromium processes ${cpu} (${before}, then ${load()})`,
      target: `wall ratio ≤ ${TARGET_RATIO}`,
      met: ratio <= TARGET_RATIO,
    });
  } finally {
    await on?.close();
    await demo.close();
    rmSync(onDir, { recursive: true, force: true });
  }
  return results;
}
