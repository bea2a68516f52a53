/**
 * What the coach has from the panel's parts (panel.js, PanelParts in options.ts) rather than from the note frame's own
 * script: what it writes into the note (edits.ts: a template, the sentence stating a contact) and the state of the
 * panel's question "Did you reach the participant?". No key typed needs them; a card's "Use template", pressed before
 * the panel ever opened, has them loaded.
 */
import type { ContactQuestionState, QuestionView } from '../../lib/coach/stated-contact';
import type { NoteVerdict } from '../../lib/model';
import type { NoteEdits, NoteEditsOptions } from './edits';
import type { PanelParts, PanelSource } from './options';

export class FromPanel {
  private edits: NoteEdits | null = null;
  /** The question for this note, dismissed or answered; none until the panel's parts are here (it is asked only there). */
  question: ContactQuestionState | null = null;

  constructor(private readonly o: Omit<NoteEditsOptions, 'question'> & { panel: PanelSource }) {}

  /** What the panel shows of the question for this text and verdict: not asked before the panel's parts are here. */
  questionView(text: string, verdict: NoteVerdict | null, field: string | null): QuestionView {
    const parts = this.o.panel.now();
    return parts ? this.questionOf(parts).view(text, verdict, field) : { ask: false, disagreement: null };
  }

  /**
   * Runs an edit of the note at once when the panel's parts are here, else once they are loaded; when they cannot be,
   * the note is left as it is (a warning in the console).
   */
  edit(change: (edits: NoteEdits) => unknown): void {
    const run = (parts: PanelParts) => {
      if (this.o.signal.aborted) return;
      this.edits ??= new parts.NoteEdits({ ...this.o, question: this.questionOf(parts) });
      return change(this.edits);
    };
    const here = this.o.panel.now();
    const done = here ? new Promise((resolve) => resolve(run(here))) : this.o.panel.load().then(run);
    done.catch((error: unknown) => console.warn('[Case Note Coach] nothing written into the note', error));
  }

  private questionOf(parts: PanelParts): ContactQuestionState {
    return (this.question ??= new parts.ContactQuestionState());
  }
}
