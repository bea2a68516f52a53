/** When the note is checked as keys come (lib/coach/scheduler.ts), against a fake clock. */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BURST_MAX_MS, CheckScheduler, INSTANT_LIMIT, LONG_NOTE_PAUSE_MS, SYNC_LIMIT } from '../../lib/coach/scheduler';
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

function setup(initial = '') {
  const { clock, advance } = fakeClock();
  let text = initial;
  const runs: { text: string; inFrame: boolean; at: number }[] = [];
  let listening = true;
  let caughtUp = 0;
  const scheduler = new CheckScheduler(
    {
      length: () => text.length,
      run: (inFrame) => void runs.push({ text, inFrame, at: clock.now() }),
      pause: () => void (listening = false),
      resume: () => void (listening = true),
      caughtUp: () => void caughtUp++,
    },
    clock,
  );
  /** A key reaches the scheduler only while the per-key listeners are on, as in the page. */
  const type = (s: string) => {
    text += s;
    if (listening) scheduler.keyTyped();
  };
  return { scheduler, type, runs, advance, listening: () => listening, caughtUp: () => caughtUp };
}

describe('the check scheduler', () => {
  it('checks a key at human pace at once, in the key\'s own event', () => {
    const t = setup();
    t.advance(100);
    t.type('a');
    expect(t.runs).toEqual([{ text: 'a', inFrame: true, at: 100 }]);
    t.advance(150);
    t.type('b');
    expect(t.runs.at(-1)).toEqual({ text: 'ab', inFrame: true, at: 250 });
  });

  it('checks a key within a frame of the last check when the frame ends, reading the field then, with the listeners off meanwhile', () => {
    const t = setup();
    t.advance(100);
    t.type('a');
    t.advance(5);
    t.type('b');
    expect(t.runs).toHaveLength(1);
    expect(t.listening()).toBe(false);
    t.type('c'); // listeners off: not seen, but the waiting check reads it
    t.advance(20);
    expect(t.runs.at(-1)?.text).toBe('abc');
    expect(t.listening()).toBe(true);
    expect(t.caughtUp()).toBe(1);
  });

  it('during a long machine-speed burst checks at most every quarter second, and the final text once it stops', () => {
    const t = setup();
    t.advance(100);
    // Keys every 4 ms for half a second, fed while the listeners are on and straight into the field otherwise.
    for (let i = 0; i < 125; i++) {
      t.type('x');
      t.advance(4);
    }
    const gaps = t.runs.slice(1).map((r, i) => r.at - t.runs[i]!.at);
    expect(t.runs.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(BURST_MAX_MS + 16);
    t.advance(100);
    expect(t.runs.at(-1)?.text).toBe('x'.repeat(125));
  });

  it('checks a note longer than SYNC_LIMIT on the next frame, and one longer than INSTANT_LIMIT after a pause', () => {
    const mid = setup('y'.repeat(SYNC_LIMIT + 1));
    mid.advance(100);
    mid.type('z');
    expect(mid.runs).toHaveLength(0);
    mid.advance(16);
    expect(mid.runs).toHaveLength(1);
    const long = setup('y'.repeat(INSTANT_LIMIT + 1));
    long.advance(100);
    long.type('z');
    long.advance(LONG_NOTE_PAUSE_MS - 1);
    long.type('z');
    long.advance(LONG_NOTE_PAUSE_MS - 1);
    expect(long.runs).toHaveLength(0);
    long.advance(1);
    expect(long.runs).toHaveLength(1);
  });

  it('measures the next key from a check run elsewhere (Save, a template)', () => {
    const t = setup();
    t.advance(100);
    t.scheduler.ran();
    t.advance(5);
    t.type('a');
    expect(t.runs).toHaveLength(0);
    t.advance(16);
    expect(t.runs).toHaveLength(1);
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
    expect(t.runs).toHaveLength(1);
  });
});
