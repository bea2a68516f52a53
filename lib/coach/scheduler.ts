/**
 * When to check the note as the case manager types. Pure timing: the clock,
 * the check and the per-key listeners are passed in, so the pacing below is
 * tested with a fake clock and runs the same against any field.
 *
 * As writing assistants do (a check once the typist pauses, not on every
 * key), and for the same reason: a check is a message to the background and
 * back (the rules run there), a few ms of CPU each, and keys typed in a run
 * come every 100–200 ms from a person and every few ms from a macro or
 * dictation tool, while the findings only matter once someone reads them.
 * - A key after the field was still for PAUSE_MS (the first key of a
 *   note, or after a person's pause) is checked at once, in its own input
 *   event (notes up to SYNC_LIMIT; longer ones on the next frame): the count
 *   appears as soon as typing starts, and one word fixed is seen at once.
 * - Keys closer together than that are a run: the check waits until the
 *   field has been still for PAUSE_MS, or MAX_WAIT_MS since the last check,
 *   whichever comes first. A fast typist's underlines follow PAUSE_MS to
 *   PAUSE_MS + POLL_MS after the last key, and at least every MAX_WAIT_MS
 *   while the keys keep coming.
 * - While a check waits, the per-key listeners are off: each key a content
 *   script listens to is an event dispatched into its world, which cost the
 *   page ~0.2 ms a key in a trace, more than the check saved. The wait
 *   learns that typing goes on from `keyDown()`, which the one listener that
 *   must hear every key (the shortcut's, on the document) passes on at no
 *   extra dispatch, and sleeps until PAUSE_MS after the last key; the check
 *   reads the field when it runs, so it covers every key in between. A change
 *   no key made (pasted from a menu, dictated) is seen by looking at the
 *   field's length, every POLL_MS until keys are heard again.
 * - `flush()` runs a waiting check at once (the field lost focus). Save runs
 *   a check of its own (lib/coach/save-guard.ts), so it never waits for this.
 * Notes over INSTANT_LIMIT are checked only once typing pauses.
 */
export const SYNC_LIMIT = 20_000;
export const INSTANT_LIMIT = 50_000;
/** A person's pause between bursts of typing (keys within a word come 100–200 ms apart). */
export const PAUSE_MS = 300;
/** While keys keep coming, a check at least this often. */
export const MAX_WAIT_MS = 1_000;
/** How often a waiting check looks whether the field is still changing. */
export const POLL_MS = 100;

/** The time source: `performance.now()`, timers and animation frames in the page; fakes in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestFrame(fn: () => void): unknown;
  cancelFrame(handle: unknown): void;
}

interface CheckTask {
  /** The note's length now (cheap: no copy of the text). */
  length(): number;
  /** Checks the note as it is now; `inFrame`: draw at once rather than on the next frame. */
  run(inFrame: boolean): void;
  /** Per-key listeners off while a check waits, and back on when it runs (keys typed meanwhile happened: drafts). */
  pause(): void;
  resume(): void;
}

export class CheckScheduler {
  /** clock.now() of the last check, and of the last key or change seen, to tell a pause from a run of keys. */
  private lastCheckAt = -Infinity;
  private lastKeyAt = -Infinity;
  /** The field's length when a waiting check last looked. */
  private seenLength = 0;
  private frame: unknown = null;
  private timer: unknown = null;
  private stopped = false;
  /** clock.now() when a waiting check last looked at the field's length. */
  private lookedAt = -Infinity;
  /** Keys date the typing during this wait: it sleeps until it is due rather than looking every POLL_MS. */
  private keysHeard = false;

  constructor(
    private readonly task: CheckTask,
    private readonly clock: Clock,
  ) {}

  /** A check ran (from here or elsewhere: Save, a template). */
  ran(): void {
    this.lastCheckAt = this.clock.now();
  }

  /** A key changed the note. */
  keyTyped(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    const paused = now - this.lastKeyAt >= PAUSE_MS;
    this.lastKeyAt = now;
    // A check already on its way reads the field when it runs, so it covers this key too.
    if (this.frame !== null || this.timer !== null) return;
    const length = this.task.length();
    if (!paused || length > INSTANT_LIMIT) {
      this.seenLength = length;
      this.lookedAt = now;
      this.keysHeard = false;
      this.task.pause();
      this.wait();
      return;
    }
    if (length <= SYNC_LIMIT) {
      this.runNow(true);
    } else {
      this.frame = this.clock.requestFrame(() => {
        this.frame = null;
        this.runNow(true);
      });
    }
  }

  /**
   * A key went down (the shortcut's listener hears every key on the page, so this costs no dispatch of its
   * own): while a check waits, the typing goes on at least until PAUSE_MS from now.
   */
  keyDown(): void {
    if (this.stopped || this.timer === null) return;
    this.lastKeyAt = this.clock.now();
    this.keysHeard = true;
  }

  /** A check waiting for a pause runs now (the field lost focus: nothing more is coming). */
  flush(): void {
    if (this.timer === null || this.stopped) return;
    this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.task.resume();
    this.runNow(true);
  }

  /** Nothing more runs (the page is left or the coach unbound). */
  stop(): void {
    this.stopped = true;
    this.clock.cancelFrame(this.frame);
    this.clock.clearTimeout(this.timer);
  }

  private runNow(inFrame: boolean): void {
    if (this.stopped) return;
    this.task.run(inFrame);
    this.ran();
  }

  /** When a waiting check runs: once the field is still for PAUSE_MS, or MAX_WAIT_MS after the last check (a long note: only the pause). */
  private dueAt(length: number): number {
    const still = this.lastKeyAt + PAUSE_MS;
    return length > INSTANT_LIMIT ? still : Math.min(still, this.lastCheckAt + MAX_WAIT_MS);
  }

  /**
   * Waits (the listeners are off) until the check is due, then runs it: asleep until then while keys
   * date the typing (`keyDown`), looking at the field's length every POLL_MS while they do not.
   */
  private wait(): void {
    const due = this.dueAt(this.seenLength) - this.clock.now();
    const delay = this.keysHeard ? due : Math.min(POLL_MS, due);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      if (this.stopped) return;
      const now = this.clock.now();
      const length = this.task.length();
      if (length !== this.seenLength) {
        this.seenLength = length;
        // A change no key since the last look explains (a paste from a menu, dictation): it happened by now, and
        // the field is looked at every POLL_MS until keys are heard again.
        if (this.lastKeyAt < this.lookedAt) {
          this.lastKeyAt = now;
          this.keysHeard = false;
        }
      }
      this.lookedAt = now;
      if (now < this.dueAt(length)) {
        this.wait();
        return;
      }
      this.task.resume();
      this.runNow(true);
    }, Math.max(0, delay));
  }
}
