/**
 * Binds the coach to one note editor on the page: checks as the case manager
 * types, underlines phrases, opens a card on an underlined phrase and the
 * panel from the badge, inserts templates, guards the host's Save and keeps a
 * local draft (what it is bound with: options.ts). Every entry point is wrapped (safely.ts) so a failure degrades to
 * "no warnings", never to a broken page or a lost note. Nothing of ours enters the
 * host's layout: everything is drawn in the overlay (overlay.ts). This file holds
 * what is shown (the verdict; the findings, less those dismissed) and wires the
 * parts, each a file with a job of its own: checking as keys come (typing.ts, over
 * lib/coach/scheduler.ts and check-runner.ts), the save guard's wiring (guard.ts,
 * over lib/coach/save-guard.ts), what the coach writes into the note (edits.ts, which comes with the panel's views:
 * panel-parts.ts),
 * failures in words (lib/coach/notices.ts), drafts kept and offered back
 * (drafts.ts), which card or panel is open (popovers.ts), drawing and placing them
 * (surface.tsx, drawn.ts, coach-view.tsx), the underlines (lib/overlay/mirror.ts,
 * highlights.ts) and the small pure pieces about findings (findings.ts).
 */
import type { Finding, NoteVerdict } from '../../lib/model';
import { findBlanks } from '../../lib/templates/fill';
import type { NoteTemplate } from '../../lib/templates/templates';
import type { ShownFinding } from '../FindingList';
import type { ParticipantStatusView } from '../ParticipantStatus';
import { NoteMirror } from '../../lib/overlay/mirror';
import { FieldTracker } from '../../lib/overlay/field-tracker';
import { HighlightMarks } from '../../lib/overlay/highlights';
import type { Checked } from '../../lib/coach/check-runner';
import { Notices } from '../../lib/coach/notices';
import type { SaveGuard } from '../../lib/coach/save-guard';
import type { QuestionView } from '../../lib/coach/stated-contact';
import type { CoachOptions } from './options';
import { blankFindings, dismissKey, marksOf, shownFinding } from './findings';
import { coachActions } from './actions';
import { Popovers } from './popovers';
import { safely } from './safely';
import { TypingChecks } from './typing';
import { CoachDrafts } from './drafts';
import { guardSave } from './guard';
import { FromPanel } from './panel-parts';
import { chosenTypeText } from '../../lib/overlay/contact-type-field';
import { CoachSurface } from './surface';
import { drawn } from './drawn';
import type { CoachActions } from './drawn';

export class NoteCoach {
  private verdict: NoteVerdict | null = null;
  private status: ParticipantStatusView | null = null;
  /** What the panel says of the page, until the page is read again (pageRead). */
  private page: Pick<CoachOptions, 'pageInfo' | 'problems'>;
  /** Failures the case manager should know about (a draft not kept), in words. */
  private readonly notices = new Notices();
  readonly drafts: CoachDrafts;
  readonly checks: TypingChecks;
  readonly guard: SaveGuard | null;
  /** What the coach writes into the note, and the panel's question: they come with the panel's views (panel.js). */
  readonly fromPanel: FromPanel;
  readonly pop: Popovers;
  readonly surface: CoachSurface;
  /** Quiet until the case manager writes: an empty, untouched note flags nothing (Save still checks). */
  private touched = false;
  /** Findings dismissed for this note, by rule and the words they underline (positions move as one types). */
  readonly dismissed = new Set<string>();
  findings: ShownFinding[] = [];
  /** The text the shown verdict and findings were computed on: their spans index into it. */
  checkedText = '';
  private readonly tracker: FieldTracker;
  /** What the sidebar last showed from a check, so an edit that changes no finding re-renders nothing. */
  private shown = '';
  /** Underlines: a mirror layer over a textarea, CSS highlights on a rich editor's own text. */
  private readonly mirror: NoteMirror | HighlightMarks;

  constructor(readonly o: CoachOptions) {
    const { editor, signal } = o;
    const { note } = editor;
    this.page = { pageInfo: o.pageInfo, problems: o.problems };
    this.touched = note.text().trim() !== '';
    // Placed over the host-page element: the textarea, or a rich editor's whole widget.
    this.tracker = new FieldTracker(note.anchor, o.overlay.host, signal);
    this.mirror =
      note.kind === 'textarea' ? new NoteMirror(note.target as HTMLTextAreaElement, o.overlay.marks, this.tracker, signal) : new HighlightMarks(note, signal);
    this.tracker.subscribe(() => safely(() => this.surface.place()));
    // Each part takes what it needs from the coach's options and the editor's elements.
    this.drafts = new CoachDrafts({ ...o, ...editor, notice: (source, message) => this.notice(source, message) });
    this.pop = new Popovers(() => safely(() => this.render()), signal);
    const surfaced = { tracker: this.tracker, rectOf: (id: string) => this.mirror.rectOf(id), pop: this.pop, render: () => this.render() };
    this.surface = new CoachSurface({ ...o, ...editor, ...surfaced });
    this.checks = new TypingChecks({
      ...o,
      ...editor,
      show: ({ text, verdict }, inFrame) => this.show(text, verdict, inFrame),
      edited: () => {
        this.touched = true;
        // Editing after a save held as not checked: that save is given up (its late answer is for the note as it was).
        if (this.guard?.heldFor === 'unchecked') this.guard.release();
        // Typing moves the words under a card: it closes, as a writing assistant's does.
        this.pop.closeCard();
        this.drafts.keep();
      },
      caretKey: () => this.caretMoved(),
      resumed: () => this.drafts.keep(),
    });
    this.guard = guardSave({
      ...editor,
      signal,
      check: () => this.checks.run(),
      shownErrors: () => this.outstandingErrors,
      // Without a verdict (the check failed) the blanks still count: the coach sees them itself.
      errorsIn: ({ text, verdict }: Checked) => this.findingsFor(text, verdict).filter((f) => f.severity === 'error').length,
      localErrors: () => this.findingsFor(note.text(), null).filter((f) => f.severity === 'error').length,
      onSaved: () => this.drafts.submitted(),
      // The guard held back a save (errors, or a check that did not answer in time): the panel opens on why.
      onHeld: (why, unanswered) =>
        safely(() => {
          this.touched = true;
          // Held for its blanks, the check never having answered: the panel shows the note as it is now, unchecked.
          if (why === 'errors' && unanswered) this.show(note.text(), null, true);
          this.surface.openPanel('guard');
        }),
    });
    this.fromPanel = new FromPanel({
      ...o,
      ...editor,
      noteChannel: () => this.verdict?.reason?.channel ?? null,
      write: (change) => this.write(change),
    });
    // The shortcut anywhere on the page (capture, so the host can't swallow it), whatever the typing's pace. The
    // one per-key listener that stays on while a check waits: it tells the wait that typing goes on, so the wait
    // needs no timer of its own per tenth of a second (lib/coach/scheduler.ts).
    const onKey = (e: KeyboardEvent) => {
      this.checks.keyDown();
      if (!o.shortcut.matches(e)) return;
      e.preventDefault();
      this.surface.shortcut();
    };
    note.doc.addEventListener('keydown', (e) => safely(() => onKey(e)), { capture: true, signal });
    note.target.addEventListener('mousemove', (e) => safely(() => this.hover(e)), { signal, passive: true });
    note.target.addEventListener('mouseleave', () => this.pop.pointerLeft(), { signal, passive: true });
    note.target.addEventListener('click', () => safely(() => this.caretMoved()), { signal });
    this.checks.run();
    this.tracker.schedule();
    // Never lose a note: the offer to bring a kept one back opens the panel (which covers neither the note nor Save).
    void this.drafts.load().then((offered) => offered && safely(() => this.surface.openPanel('draft')));
  }

  setStatus(status: ParticipantStatusView | null): void {
    this.status = status;
    this.render();
  }

  /** The page's templates, which come after the coach is up (it does not wait for them): the list it was given, filled. */
  setTemplates(templates: readonly NoteTemplate[]): void {
    this.o.templates.splice(0, this.o.templates.length, ...templates);
    safely(() => this.render());
  }

  /** The page read again after the coach came (an unknown system's history reader arrived): what the panel says of it. */
  pageRead(pageInfo: string, problems: string[]): void {
    this.page = { pageInfo, problems };
    safely(() => this.render());
  }

  /** The findings currently shown, including unfilled template blanks (used by tests and the guard). */
  get outstandingErrors(): number {
    return this.findings.filter((f) => f.severity === 'error').length;
  }

  /** A failure the case manager should know about, in words; one per source, replaced or cleared (null) as it recovers. */
  notice(source: string, message: string | null): void {
    safely(() => this.notices.set(source, message) && this.render());
  }

  /** The coach changes the note for the case manager: no longer untouched, and checked at once. */
  write<T>(change: () => T): T {
    this.touched = true;
    const done = change();
    this.checks.run();
    return done;
  }

  /** What the case manager is shown for this text and verdict: its blanks and the rules' findings, less those dismissed. */
  private findingsFor(text: string, verdict: NoteVerdict | null): ShownFinding[] {
    const all: Finding[] = [...blankFindings(findBlanks(text)), ...(verdict?.findings ?? [])];
    return all.map((f) => shownFinding(f, text)).filter((f) => !this.dismissed.has(dismissKey(f)));
  }

  private show(text: string, verdict: NoteVerdict | null, inFrame: boolean): void {
    this.verdict = verdict;
    this.checkedText = text;
    this.findings = this.findingsFor(text, verdict);
    // Held for errors now fixed: released. Held as not checked: the guard's own late answer ends it (it saves, or says
    // what is wrong); clearing it here on a clean answer dropped the save asked for, "Save anyway" with it.
    if (this.guard?.heldFor === 'errors' && this.outstandingErrors === 0) this.guard.release();
    this.pop.findingsChanged(this.findings);
    // The badge and panel first: they are what the case manager reads; the underlines follow in the same frame.
    const shown = JSON.stringify([this.verdict?.qualifies, this.findings, this.guard?.heldFor, this.touched, this.questionView()]);
    if (shown !== this.shown) {
      this.shown = shown;
      this.render();
    }
    const quiet = !this.touched;
    this.mirror.setMarks(quiet ? [] : marksOf(this.findings), inFrame);
  }

  /** The pointer over an underlined phrase opens its card; leaving it closes the card after a moment. */
  private hover(e: MouseEvent): void {
    if (!this.touched || !this.findings.length) return;
    this.pop.hovered(this.mirror.markAt(e.clientX, e.clientY)?.id ?? null);
  }

  /** The caret moved into an underlined phrase (keyboard or click): its card opens, without taking focus. */
  private caretMoved(): void {
    if (!this.touched) return;
    const at = this.o.editor.note.selectionEnd();
    if (at !== null) this.pop.caretAt(at, this.findings);
  }

  private questionView(): QuestionView {
    return this.fromPanel.questionView(this.checkedText, this.verdict, chosenTypeText(this.o.editor.contactType));
  }

  /** What each control on the badge, card and panel does (actions.ts; it reads the members not marked private). */
  private readonly actions: CoachActions = coachActions(this);

  render(): void {
    if (this.o.signal.aborted) return;
    const { o } = this;
    const shown = {
      verdict: this.verdict, findings: this.findings, touched: this.touched, status: this.status, problems: this.page.problems, notices: this.notices.list,
      drafts: this.drafts.offered, heldFor: this.guard?.heldFor ?? null, question: this.questionView(), panelOpen: this.pop.panelOpen,
      // A closed card stays in the DOM, hidden, so closing removes no node (popovers.ts).
      card: this.pop.cardToRender(this.findings),
    };
    this.surface.draw(drawn(shown, { templates: o.templates, shortcut: o.shortcut.label, systemOf: o.systemOf, pageInfo: this.page.pageInfo }, this.actions));
  }
}
