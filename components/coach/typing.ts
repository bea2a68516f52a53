/**
 * Checking the note as the case manager types: the per-key listeners on the note, paced by
 * lib/coach/scheduler.ts (off while a check waits for a pause, so a fast typist pays nothing per
 * key), and the checks they start (lib/coach/check-runner.ts). The host's contact-type and date
 * fields are checked as they change, and leaving the note runs a check still waiting for a pause.
 */
import type { CaseNoteInput, NoteVerdict } from '../../lib/model';
import { CheckRunner, readStructured } from '../../lib/coach/check-runner';
import type { Checked, StructuredFields } from '../../lib/coach/check-runner';
import { CheckScheduler } from '../../lib/coach/scheduler';
import { watchTypeField } from '../../lib/overlay/contact-type-field';
import type { Clock } from '../../lib/coach/scheduler';
import type { NoteField } from '../../lib/overlay/note-field';
import { frameClock, NAVIGATION } from './findings';
import { safely } from './safely';

export interface TypingChecksOptions extends StructuredFields {
  note: NoteField;
  signal: AbortSignal;
  /** The rules' verdict on the note: at once, or (from the background) as a promise. */
  check(note: CaseNoteInput): NoteVerdict | Promise<NoteVerdict>;
  /** Shows a check's answer; `inFrame`: draw it now rather than on the next frame. */
  show(checked: Checked, inFrame: boolean): void;
  /** The note was edited (a key, a paste, a rich editor's own undo); its check is paced after this. */
  edited(): void;
  /** A key moved the caret without typing. */
  caretKey(): void;
  /** The per-key listeners are back after a wait: keys typed meanwhile happened (the draft keeps them). */
  resumed(): void;
  /** The frame's clock unless a test passes its own. */
  clock?: Clock;
}

export class TypingChecks {
  private readonly scheduler: CheckScheduler;
  private readonly runner: CheckRunner;
  private readonly onInput = () =>
    safely(() => {
      this.o.edited();
      this.scheduler.keyTyped();
    });
  private readonly onKeyUp = (e: KeyboardEvent) => safely(() => NAVIGATION.has(e.key) && this.o.caretKey());

  constructor(private readonly o: TypingChecksOptions) {
    const { note, signal } = o;
    this.runner = new CheckRunner({
      read: () => ({ text: note.text(), ...readStructured(o) }),
      check: o.check,
      show: o.show,
      signal,
      onError: (error) => console.warn('[Case Note Coach] check failed; showing no warnings', error),
    });
    this.scheduler = new CheckScheduler(
      {
        length: () => note.length(),
        run: (inFrame) => safely(() => this.run(inFrame)),
        pause: () => this.unlisten(),
        resume: () => {
          this.listen();
          o.resumed();
        },
      },
      o.clock ?? frameClock,
    );
    this.listen();
    // Leaving the field ends the typing: a check waiting for a pause runs now.
    note.target.addEventListener('blur', () => safely(() => this.scheduler.flush()), { signal });
    // A rich editor's own undo rewrites its content without an input event: checked all the same.
    note.watch?.(this.onInput, signal);
    watchTypeField(o.contactType, () => safely(() => this.run()), signal);
    o.date?.addEventListener('input', () => safely(() => this.scheduler.keyTyped()), { signal });
    o.date?.addEventListener('change', () => safely(() => this.run()), { signal });
    signal.addEventListener('abort', () => this.scheduler.stop());
  }

  /** A key went down on the page (heard by the shortcut's listener, which hears every key): a waiting check waits on. */
  keyDown(): void {
    this.scheduler.keyDown();
  }

  /** Checks the note as it is now (Save, a template, a dismissal); the next key's pace is measured from here. */
  run(inFrame = false): Promise<Checked> | undefined {
    this.scheduler.ran();
    return this.runner.run(inFrame);
  }

  /** The per-key listeners on the note: its edits, and the keys that move its caret. */
  private listen(): void {
    const signal = this.o.signal;
    this.o.note.target.addEventListener('input', this.onInput, { signal });
    this.o.note.target.addEventListener('keyup', this.onKeyUp, { signal });
  }

  /** Off while a check waits for a pause in typing (lib/coach/scheduler.ts): the wait watches the field instead. */
  private unlisten(): void {
    this.o.note.target.removeEventListener('input', this.onInput);
    this.o.note.target.removeEventListener('keyup', this.onKeyUp);
  }
}
