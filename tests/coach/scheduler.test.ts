/** When the note is checked as keys come (lib/coach/scheduler.ts), against a fake clock. */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CheckScheduler, INSTANT_LIMIT, MAX_WAIT_MS, PAUSE_MS, POLL_MS, SYNC_LIMIT } from '../../lib/coach/scheduler';
import type { Clock } from '../../lib/coach/scheduler';

/** A clock that moves only when told: timers and frames (every 16 ms) run in order. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    requestFrame: (fn) => clock.setTimeout(fn, 16 - (now % 16) || 16),
    cancelFrame: (id) => clock.clearTimeout(id),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { clock, advance };
}

function setup(initial = '', { keysHeard = false } = {}) {
  const { clock, advance } = fakeClock();
  let text = initial;
  const runs: { text: string; inFrame: boolean; at: number }[] = [];
  let listening = true;
  /** How often the field's length was read: each read while a check waits is a timer task in the page. */
  let looks = 0;
  const scheduler: CheckScheduler = new CheckScheduler(
    {
      length: () => {
        looks++;
        return text.length;
      },
      run: (inFrame) => {
        runs.push({ text, inFrame, at: clock.now() });
        scheduler.ran();
      },
      pause: () => void (listening = false),
      resume: () => void (listening = true),
    },
    clock,
  );
  /**
   * A key reaches the scheduler's keyTyped only while the per-key listeners are on, as in the page; with
   * `keysHeard`, its keydown always reaches keyDown first (the shortcut's listener on the document).
   */
  const type = (s: string) => {
    if (keysHeard) scheduler.keyDown();
    text += s;
    if (listening) scheduler.keyTyped();
  };
  /** Text that arrives without a key (pasted from a menu, dictated). */
  const paste = (s: string) => {
    text += s;
    if (listening) scheduler.keyTyped();
  };
  return { scheduler, type, paste, runs, advance, listening: () => listening, looks: () => looks };
}

/** Types `keys` characters `every` ms apart; the times (from the first key) at which a check ran. */
function typeRun(t: ReturnType<typeof setup>, keys: number, every: number): number[] {
  const start = t.runs.length;
  const t0 = t.runs.length ? t.runs.at(-1)!.at : 0;
  for (let i = 0; i < keys; i++) {
    t.type('x');
    if (i < keys - 1) t.advance(every);
  }
  return t.runs.slice(start).map((r) => r.at - t0);
}

describe('the check scheduler', () => {
  it('checks the first key after a pause at once, in the key\'s own event', () => {
    const t = setup();
    t.advance(100);
    t.type('a');
    expect(t.runs).toEqual([{ text: 'a', inFrame: true, at: 100 }]);
    t.advance(PAUSE_MS);
    t.type('b');
    expect(t.runs.at(-1)).toEqual({ text: 'ab', inFrame: true, at: 100 + PAUSE_MS });
  });

  it('checks a run of keys once the field is still for PAUSE_MS, reading the field then', () => {
    const t = setup();
    t.advance(100);
    t.type('a');
    t.advance(150);
    t.type('b');
    t.advance(150);
    t.type('c');
    expect(t.runs).toHaveLength(1);
    // Keys 150 ms apart: the listeners are off from the second key on, and the wait sees the field change instead.
    expect(t.listening()).toBe(false);
    t.advance(PAUSE_MS - 1);
    expect(t.runs).toHaveLength(1);
    t.advance(POLL_MS + 1);
    expect(t.runs.at(-1)).toMatchObject({ text: 'abc', inFrame: true });
    expect(t.runs.at(-1)!.at - 400).toBeGreaterThanOrEqual(PAUSE_MS);
    expect(t.runs.at(-1)!.at - 400).toBeLessThanOrEqual(PAUSE_MS + POLL_MS);
    expect(t.listening()).toBe(true);
    t.advance(5_000);
    expect(t.runs).toHaveLength(2);
  });

  it('while keys keep coming, checks at least every MAX_WAIT_MS, and the last text once they stop', () => {
    const t = setup();
    t.advance(100);
    t.type('a');
    // A fast typist, a key every 150 ms for six seconds.
    typeRun(t, 40, 150);
    const gaps = t.runs.slice(1).map((r, i) => r.at - t.runs[i]!.at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_WAIT_MS + POLL_MS);
    expect(t.runs.length).toBeLessThanOrEqual(1 + Math.ceil((40 * 150) / MAX_WAIT_MS));
    t.advance(PAUSE_MS + POLL_MS);
    expect(t.runs.at(-1)?.text).toBe(`a${'x'.repeat(40)}`);
  });

  it('checks 195 keys typed 5 ms apart (a macro, the typing bench) two or three times, not once a key', () => {
    const t = setup();
    t.advance(1_000);
    typeRun(t, 195, 5);
    t.advance(PAUSE_MS + POLL_MS);
    expect(t.runs.length).toBeGreaterThanOrEqual(2);
    expect(t.runs.length).toBeLessThanOrEqual(3);
    expect(t.runs.at(-1)?.text).toBe('x'.repeat(195));
  });

  it('with every key heard (the shortcut\'s listener), a wait sleeps until PAUSE_MS after the last key instead of looking every POLL_MS', () => {
    // The typing bench's pace, a key every 5 ms, for half a second: the check on the pause runs exactly PAUSE_MS
    // after the last key (polling, PAUSE_MS to PAUSE_MS + POLL_MS after it), with every key in it.
    const short = setup('', { keysHeard: true });
    short.advance(1_000);
    short.type('a');
    typeRun(short, 100, 5);
    short.advance(PAUSE_MS + POLL_MS);
    expect(short.runs).toHaveLength(2);
    expect(short.runs.at(-1)).toMatchObject({ text: `a${'x'.repeat(100)}`, at: 1_000 + 99 * 5 + PAUSE_MS });
    // A round of the bench (195 keys): as many checks as before, and the field looked at a handful of times,
    // not every POLL_MS (~13 times) while the keys came.
    const t = setup('', { keysHeard: true });
    t.advance(1_000);
    t.type('a');
    const looksBefore = t.looks();
    typeRun(t, 195, 5);
    t.advance(PAUSE_MS + POLL_MS);
    expect(t.runs.at(-1)?.text).toBe(`a${'x'.repeat(195)}`);
    expect(t.runs.length).toBeLessThanOrEqual(3);
    expect(t.looks() - looksBefore).toBeLessThanOrEqual(6);
    expect(t.listening()).toBe(true);
  });

  it('with keys heard, a change no key made during a wait (a paste from a menu) is still checked once the field is still', () => {
    const t = setup('', { keysHeard: true });
    t.advance(1_000);
    t.type('a');
    t.advance(50);
    t.type('b');
    expect(t.listening()).toBe(false);
    t.advance(200);
    t.paste(' pasted text');
    t.advance(PAUSE_MS + POLL_MS + 50);
    expect(t.runs.at(-1)?.text).toBe('ab pasted text');
    expect(t.runs).toHaveLength(2);
    // Dated when the wait saw it: the check came no later than PAUSE_MS + POLL_MS after the paste.
    expect(t.runs.at(-1)!.at - (1_000 + 250)).toBeLessThanOrEqual(PAUSE_MS + POLL_MS);
  });

  it('flush() runs a waiting check at once, and only once, with the listeners back on', () => {
    const t = setup();
    t.advance(100);
    t.type('a');
    t.advance(20);
    t.type('b');
    t.scheduler.flush();
    expect(t.runs.at(-1)).toMatchObject({ text: 'ab', at: 120 });
    expect(t.listening()).toBe(true);
    t.advance(5_000);
    expect(t.runs).toHaveLength(2);
    t.scheduler.flush();
    expect(t.runs).toHaveLength(2);
  });

  it('checks a note longer than SYNC_LIMIT on the next frame, and one longer than INSTANT_LIMIT only after a pause', () => {
    const mid = setup('y'.repeat(SYNC_LIMIT + 1));
    mid.advance(100);
    mid.type('z');
    expect(mid.runs).toHaveLength(0);
    mid.advance(16);
    expect(mid.runs).toHaveLength(1);
    const long = setup('y'.repeat(INSTANT_LIMIT + 1));
    long.advance(100);
    // Keys every 250 ms for five seconds: no check while they come, however long.
    typeRun(long, 20, 250);
    expect(long.runs).toHaveLength(0);
    long.advance(PAUSE_MS + POLL_MS);
    expect(long.runs).toHaveLength(1);
  });

  it('runs nothing once stopped', () => {
    const t = setup();
    t.advance(100);
    t.type('a');
    t.advance(2);
    t.type('b');
    t.scheduler.stop();
    t.advance(1_000);
    t.type('c');
    t.scheduler.flush();
    expect(t.runs).toHaveLength(1);
  });
});
