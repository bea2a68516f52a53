/**
 * When to check the note as the case manager types. Pure timing: the clock,
 * the check and the per-key listeners are passed in, so the pacing below is
 * tested with a fake clock and runs the same against any field.
 *
 * Notes up to SYNC_LIMIT are checked in the keystroke's own input event (a
 * 20,000-character check takes a few ms), so the badge never lags a frame
 * behind; up to INSTANT_LIMIT on the next frame; bigger ones after a pause.
 *
 * Keys at human pace are each checked at once. A key that comes within a
 * frame of the last check (a fast typist's roll) is checked in the next
 * frame's slot instead. If keys keep coming that fast (auto-repeat, a
 * text-expander or dictation tool, a barcode or signature macro), nobody is
 * reading the badge key by key: the check waits until the field has been
 * still for BURST_MS, or at most BURST_MAX_MS, so a long burst still updates
 * it four times a second. While a check waits, the per-key listeners are
 * off: the check reads the field as it is when it runs, so it covers every
 * key in between, and those keys cost the host's field nothing.
 */
export const SYNC_LIMIT = 20_000;
export const INSTANT_LIMIT = 50_000;
export const FRAME_MS = 16;
export const BURST_MS = 50;
export const BURST_MAX_MS = 250;
/** A note too long to check on every key is checked once typing pauses this long. */
export const LONG_NOTE_PAUSE_MS = 300;

/** The time source: `performance.now()`, timers and animation frames in the page; fakes in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestFrame(fn: () => void): unknown;
  cancelFrame(handle: unknown): void;
}

export interface CheckTask {
  /** The note's length now (cheap: no copy of the text). */
  length(): number;
  /** Checks the note as it is now; `inFrame`: draw at once rather than on the next frame. */
  run(inFrame: boolean): void;
  /** Per-key listeners off while a check waits, and back on when it runs. */
  pause(): void;
  resume(): void;
  /** A burst's check is about to run: keys typed while listeners were off happened (drafts). */
  caughtUp(): void;
}

export class CheckScheduler {
  /** clock.now() of the last check, to tell a burst of keys from typing. */
  private lastCheckAt = -Infinity;
  private frame: unknown = null;
  private timer: unknown = null;
  private pauseTimer: unknown = null;
  /** Whether keys kept coming while the last deferred check waited: the next fast key then waits BURST_MS, not a frame. */
  private inBurst = false;
  private stopped = false;

  constructor(
    private readonly task: CheckTask,
    private readonly clock: Clock,
  ) {}

  /** A check ran (from here or elsewhere: Save, a template): the next key is measured from now. */
  ran(): void {
    this.lastCheckAt = this.clock.now();
  }

  /** A key changed the note. */
  keyTyped(): void {
    if (this.stopped) return;
    const length = this.task.length();
    if (length > INSTANT_LIMIT) {
      this.clock.clearTimeout(this.pauseTimer);
      this.pauseTimer = this.clock.setTimeout(() => this.runNow(false), LONG_NOTE_PAUSE_MS);
      return;
    }
    // A check already on its way reads the field when it runs, so it covers this key too.
    if (this.frame !== null || this.timer !== null) return;
    const wait = this.lastCheckAt + (this.inBurst ? BURST_MS : FRAME_MS) - this.clock.now();
    if (wait > 0) {
      this.task.pause();
      this.waitForPause(length, wait, this.clock.now());
      return;
    }
    this.inBurst = false;
    if (length <= SYNC_LIMIT) {
      this.runNow(true);
    } else {
      this.frame = this.clock.requestFrame(() => {
        this.frame = null;
        this.runNow(true);
      });
    }
  }

  /** Nothing more runs (the page is left or the coach unbound). */
  stop(): void {
    this.stopped = true;
    this.clock.cancelFrame(this.frame);
    this.clock.clearTimeout(this.timer);
    this.clock.clearTimeout(this.pauseTimer);
  }

  private runNow(inFrame: boolean): void {
    if (this.stopped) return;
    this.task.run(inFrame);
    this.ran();
  }

  /**
   * A key came within a frame of the last check: the listeners are off and a
   * check waits, for the frame to end. If keys already kept coming through
   * the previous wait (`inBurst`), it waits until the field has stayed
   * unchanged for BURST_MS (the burst is over), or BURST_MAX_MS at most.
   */
  private waitForPause(length: number, wait: number, since: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      if (this.stopped) return;
      const now = this.task.length();
      const changed = now !== length;
      const left = since + BURST_MAX_MS - this.clock.now();
      if (this.inBurst && changed && left > 0) {
        this.waitForPause(now, Math.min(BURST_MS, left), since);
        return;
      }
      this.inBurst = changed;
      this.task.resume();
      this.task.caughtUp();
      this.runNow(true);
    }, wait);
  }
}
