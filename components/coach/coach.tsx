/**
 * Binds the coach to one note editor on the page: checks as the case manager
 * types, underlines phrases, opens a card on an underlined phrase and the
 * panel from the badge, inserts templates, guards the host's Save and keeps a
 * local draft. Every entry point is wrapped so a failure degrades to "no
 * warnings", never to a broken page or a lost note. Nothing of ours enters the
 * host's layout: everything is drawn in the overlay (overlay.ts). This file wires
 * the parts, each with a job of its own: when to check as keys come
 * (lib/coach/scheduler.ts), running a check and dropping stale answers
 * (lib/coach/check-runner.ts), the save guard (lib/coach/save-guard.ts), putting a
 * template in (lib/coach/template-inserter.ts), failures in words (lib/coach/notices.ts),
 * keeping a draft and offering it back (lib/drafts/keeper.ts, offer.ts), which card or
 * panel is open (popovers.ts), what is drawn (coach-view.tsx), where it goes
 * (lib/overlay/placement.ts), the underlines (lib/overlay/mirror.ts, highlights.ts) and
 * the small pure pieces about findings (findings.ts).
 */
import { render } from 'preact';
import type { CaseNoteInput, ContactType, Finding, NoteVerdict } from '../../lib/model';
import { findBlanks } from '../../lib/templates/fill';
import type { NoteTemplate } from '../../lib/templates/templates';
import type { Blank, TemplateValues } from '../../lib/templates/fill';
import { blankFindings } from '../Sidebar';
import type { SidebarProps } from '../Sidebar';
import type { ShownFinding } from '../FindingList';
import type { ParticipantStatusView, SystemWordsOf } from '../ParticipantStatus';
import { CoachView } from './coach-view';
import { NoteMirror } from '../../lib/overlay/mirror';
import { FieldTracker } from '../../lib/overlay/field-tracker';
import type { Overlay } from './overlay';
import { placeBadge, placePopovers, syncPopover } from '../../lib/overlay/placement';
import { countBySeverity, dismissKey, frameClock, marksOf, NAVIGATION, shownFinding } from './findings';
import { HighlightMarks } from '../../lib/overlay/highlights';
import type { NoteField } from '../../lib/overlay/note-field';
import { Popovers } from './popovers';
import { CheckRunner, readStructured } from '../../lib/coach/check-runner';
import type { Checked } from '../../lib/coach/check-runner';
import { Notices } from '../../lib/coach/notices';
import { SaveGuard } from '../../lib/coach/save-guard';
import { CheckScheduler } from '../../lib/coach/scheduler';
import { insertAtTop, insertTemplate } from '../../lib/coach/template-inserter';
import { ContactQuestionState } from '../../lib/coach/stated-contact';
import type { QuestionView, StatedChannel, StatedContactAnswer, StatedContactRequest } from '../../lib/coach/stated-contact';
import { DraftKeeper } from '../../lib/drafts/keeper';
import type { DraftStore } from '../../lib/drafts/keeper';
import { DraftOffer } from '../../lib/drafts/offer';
import { currentSpan } from '../../lib/coach/current-span';

export interface EditorElements {
  /** The note box, whatever its kind (textarea, contenteditable, iframe editor): read and changed only through NoteField. */
  note: NoteField;
  contactType: HTMLSelectElement | null;
  date: HTMLInputElement | null;
  form: HTMLFormElement | null;
  /** The adapter's Save control: the guard holds back only the submits that save the note (lib/coach/save-guard.ts). */
  submit?: HTMLElement | null;
}


export interface CoachOptions {
  editor: EditorElements;
  overlay: Overlay;
  signal: AbortSignal;
  /** The rules' verdict on the note: at once, or (from the background) as a promise. */
  check(note: CaseNoteInput): NoteVerdict | Promise<NoteVerdict>;
  contactTypeOf(text: string): ContactType | null;
  parseDate(text: string): string | null;
  templates: NoteTemplate[];
  templateValues(): TemplateValues;
  /** The sentence stating a confirmed contact (built in the background: lib/coach/stated-contact.ts). */
  statedContact(request: StatedContactRequest): Promise<StatedContactAnswer>;
  problems: string[];
  drafts: DraftStore;
  /** The note texts this page's own history shows (already saved: never offered back as a draft). */
  history?: readonly string[];
  shortcut: { label: string; matches(e: KeyboardEvent): boolean };
  pageInfo: string;
  /** The systems' words for their pages, from the reader's registry (the coach carries no readers). */
  systemOf: SystemWordsOf;
}

export class NoteCoach {
  private verdict: NoteVerdict | null = null;
  private status: ParticipantStatusView | null = null;
  /** Failures the case manager should know about (a draft not kept), in words. */
  private readonly notices = new Notices();
  private readonly keeper: DraftKeeper;
  private readonly draft: DraftOffer;
  private readonly scheduler: CheckScheduler;
  private readonly checker: CheckRunner;
  private readonly guard: SaveGuard | null;
  private readonly pop: Popovers;
  /** Quiet until the case manager writes: an empty, untouched note flags nothing (Save still checks). */
  private touched = false;
  /** Findings dismissed for this note, by rule and the words they underline (positions move as one types). */
  private readonly dismissed = new Set<string>();
  private findings: ShownFinding[] = [];
  /** "Did you reach the participant?" for this note: dismissed or answered (lib/coach/stated-contact.ts). */
  private readonly question = new ContactQuestionState();
  /** The text the shown verdict and findings were computed on: their spans index into it. */
  private checkedText = '';
  private readonly tracker: FieldTracker;
  private badgeEl: HTMLElement | null = null;
  private cardEl: HTMLElement | null = null;
  private panelEl: HTMLElement | null = null;
  /** What the sidebar last showed from a check, so an edit that changes no finding re-renders nothing. */
  private shown = '';
  /** Underlines: a mirror layer over a textarea, CSS highlights on a rich editor's own text. */
  private readonly mirror: NoteMirror | HighlightMarks;
  private readonly onInput = () => this.safely(() => this.onEdit());
  private readonly onKeyDown = (e: KeyboardEvent) => this.safely(() => this.onKey(e));
  private readonly onKeyUp = (e: KeyboardEvent) => this.safely(() => NAVIGATION.has(e.key) && this.caretMoved());

  constructor(private readonly o: CoachOptions) {
    const { editor, signal } = o;
    const note = editor.note;
    this.touched = note.text().trim() !== '';
    // Placed over the host-page element: the textarea, or a rich editor's whole widget.
    this.tracker = new FieldTracker(note.anchor, o.overlay.host, signal);
    this.mirror =
      note.kind === 'textarea' ? new NoteMirror(note.target as HTMLTextAreaElement, o.overlay.marks, this.tracker, signal) : new HighlightMarks(note, signal);
    this.tracker.subscribe(() => this.safely(() => this.placeAll()));
    const hostDoc = note.anchor.ownerDocument;
    // The draft keeper reads the note's text and watches the host page (for an iframe editor, the page around it).
    const draftNote = { get value() { return note.text(); }, ownerDocument: hostDoc };
    this.keeper = new DraftKeeper({ ...editor, note: draftNote }, o.drafts, signal, (problem) => this.notice('draft', problem));
    this.draft = new DraftOffer(this.keeper, o.drafts);
    this.pop = new Popovers(() => this.safely(() => this.render()), signal);
    this.checker = new CheckRunner({
      read: () => ({ text: note.text(), ...readStructured({ ...editor, contactTypeOf: o.contactTypeOf, parseDate: o.parseDate }) }),
      check: o.check,
      show: ({ text, verdict }, inFrame) => this.show(text, verdict, inFrame),
      signal,
      onError: (error) => console.warn('[Case Note Coach] check failed; showing no warnings', error),
    });
    this.scheduler = new CheckScheduler(
      {
        length: () => note.length(),
        run: (inFrame) => this.safely(() => this.runCheck(inFrame)),
        pause: () => this.unlisten(),
        resume: () => {
          this.listen();
          this.keeper.keep();
        },
      },
      frameClock,
    );
    const form = editor.form;
    this.guard = form
      ? new SaveGuard({
          form,
          save: editor.submit ?? null,
          // A rich editor in an iframe has the iframe focused in the host page: it counts as the note's own field.
          fields: [note.target, note.anchor, editor.contactType, editor.date],
          signal,
          errorsNow: () => {
            const pending = this.runCheck();
            if (!pending) return this.outstandingErrors;
            // Counted from this check's own answer: one shown meanwhile may be for an older text.
            return pending.then(({ text, verdict }) =>
              verdict ? this.findingsFor(text, findBlanks(text), verdict).filter((f) => f.severity === 'error').length : 0,
            );
          },
          onSaved: () => this.keeper.submitted(),
          onHeld: () => this.safely(() => this.showGuard()),
          onError: (error) => console.warn('[Case Note Coach]', error),
        })
      : null;
    this.listen();
    // The shortcut anywhere on the page (capture, so the host can't swallow it), whatever the typing's pace.
    note.doc.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
    // Leaving the field ends the typing: a check waiting for a pause runs now.
    note.target.addEventListener('blur', () => this.safely(() => this.scheduler.flush()), { signal });
    // A rich editor's own undo rewrites its content without an input event: checked all the same.
    note.watch?.(this.onInput, signal);
    note.target.addEventListener('mousemove', (e) => this.safely(() => this.hover(e)), { signal, passive: true });
    note.target.addEventListener('mouseleave', () => this.pop.pointerLeft(), { signal, passive: true });
    note.target.addEventListener('click', () => this.safely(() => this.caretMoved()), { signal });
    editor.contactType?.addEventListener('change', () => this.safely(() => this.runCheck()), { signal });
    editor.date?.addEventListener('input', () => this.safely(() => this.scheduleCheck()), { signal });
    editor.date?.addEventListener('change', () => this.safely(() => this.runCheck()), { signal });
    signal.addEventListener('abort', () => {
      this.scheduler.stop();
      render(null, o.overlay.ui);
    });
    this.runCheck();
    this.tracker.schedule();
    void this.offerDraft();
  }

  setStatus(status: ParticipantStatusView | null): void {
    this.status = status;
    this.render();
  }

  /** The findings currently shown, including unfilled template blanks (used by tests and the guard). */
  get outstandingErrors(): number {
    return this.verdict ? this.findings.filter((f) => f.severity === 'error').length : 0;
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      console.warn('[Case Note Coach]', error);
    }
  }

  /** The per-key listeners on the note: its edits, and the keys that move its caret. */
  private listen(): void {
    const signal = this.o.signal;
    this.o.editor.note.target.addEventListener('input', this.onInput, { signal });
    this.o.editor.note.target.addEventListener('keyup', this.onKeyUp, { signal });
  }

  /** Off while a check waits for a pause in typing (lib/coach/scheduler.ts): the wait watches the field instead. */
  private unlisten(): void {
    this.o.editor.note.target.removeEventListener('input', this.onInput);
    this.o.editor.note.target.removeEventListener('keyup', this.onKeyUp);
  }

  private onEdit(): void {
    this.touched = true;
    // Typing moves the words under a card: it closes, as a writing assistant's does.
    this.pop.closeCard();
    this.scheduleCheck();
    this.keeper.keep();
  }

  /** A failure the case manager should know about, in words; one per source, replaced or cleared (null) as it recovers. */
  notice(source: string, message: string | null): void {
    this.safely(() => this.notices.set(source, message) && this.render());
  }

  private scheduleCheck(): void {
    this.scheduler.keyTyped();
  }

  /** Checks the note as it is now (lib/coach/check-runner.ts); the next key's pace is measured from here. */
  private runCheck(inFrame = false): Promise<Checked> | undefined {
    this.scheduler.ran();
    return this.checker.run(inFrame);
  }

  /** What the case manager is shown for this text and verdict: its blanks and the rules' findings, less those dismissed. */
  private findingsFor(text: string, blanks: Blank[], verdict: NoteVerdict | null): ShownFinding[] {
    const all: Finding[] = [...blankFindings(blanks), ...(verdict?.findings ?? [])];
    return all.map((f) => shownFinding(f, text)).filter((f) => !this.dismissed.has(dismissKey(f)));
  }

  private show(text: string, verdict: NoteVerdict | null, inFrame: boolean): void {
    this.verdict = verdict;
    this.checkedText = text;
    this.findings = this.findingsFor(text, findBlanks(text), verdict);
    if (this.guard?.held && this.outstandingErrors === 0) this.guard.release();
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

  /** The guard held back a save (errors, or a check that did not answer in time): the panel opens on why, with "Save anyway" focused. */
  private showGuard(): void {
    this.touched = true;
    this.pop.panelOpen = true;
    this.pop.closeCard();
    this.render();
    (this.panelEl?.querySelector('.guard button') as HTMLButtonElement | null)?.focus();
  }

  private saveAnyway(): void {
    if (!this.guard) return;
    this.guard.saveAnyway();
    this.render();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.o.shortcut.matches(e)) return;
    e.preventDefault();
    // With a card open on the caret's phrase, the shortcut moves into the card; otherwise into the panel, or it opens or closes it.
    const focused = () => this.o.overlay.host.shadowRoot?.activeElement ?? null;
    if (this.pop.card && !this.cardEl?.contains(focused())) {
      this.cardEl?.querySelector('button')?.focus();
      return;
    }
    // A panel that opened on its own (a note to bring back, Save's problems) is reached, not closed, from outside it.
    if (this.pop.panelOpen && !this.panelEl?.contains(focused())) {
      (this.panelEl?.querySelector('button.close') as HTMLButtonElement | null)?.focus();
      return;
    }
    this.togglePanel();
  }

  private async offerDraft(): Promise<void> {
    try {
      if (!(await this.draft.load(this.o.history, this.o.signal))) return;
      // Never lose a note: the offer to bring it back opens the panel (which covers neither the note nor Save).
      this.pop.panelOpen = true;
      this.render();
    } catch (error) {
      this.notice('draft-load', `An unsaved note kept on this computer could not be read (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  private restoreDraft(): void {
    if (!this.draft.offered) return;
    this.touched = true;
    // Whatever was in the field stays in undo history (Ctrl+Z brings it back).
    this.draft.restore(this.o.editor.note);
    this.runCheck();
  }

  private insertTemplate(template: NoteTemplate): void {
    const { note, contactType, date } = this.o.editor;
    this.touched = true;
    const blank = insertTemplate({ note, contactType, date, contactTypeOf: this.o.contactTypeOf }, template, this.o.templateValues());
    this.runCheck();
    if (blank) note.select(blank.start, blank.end);
    else note.focus();
  }

  private togglePanel(): void {
    const open = !this.pop.panelOpen;
    this.pop.panelOpen = open;
    this.pop.closeCard();
    this.render();
    if (open) (this.panelEl?.querySelector('button.close') as HTMLButtonElement | null)?.focus();
    else this.o.editor.note.focus();
  }

  private closePanel(): void {
    this.pop.panelOpen = false;
    this.render();
    this.o.editor.note.focus();
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

  private dismiss(finding: ShownFinding): void {
    this.dismissed.add(dismissKey(finding));
    this.pop.card = null;
    this.runCheck();
    this.o.editor.note.focus();
  }

  /** The page's contact-type drop-down as it shows (its option's text), or null without one. */
  private contactTypeText(): string | null {
    const select = this.o.editor.contactType;
    return select ? (select.options[select.selectedIndex]?.text ?? '') : null;
  }

  private questionView(): QuestionView {
    return this.question.view(this.checkedText, this.verdict, this.contactTypeText());
  }

  /** "Yes, by phone" (and the rest): one sentence stating the contact goes at the top of the note, as one undoable edit. */
  private async answerContact(channel: StatedChannel): Promise<void> {
    const note = this.o.editor.note;
    const field = this.contactTypeText();
    const answer = await this.o.statedContact({
      channel,
      name: this.o.templateValues().participantName ?? null,
      date: this.o.editor.date?.value ?? null,
      contactType: field,
      noteChannel: this.verdict?.reason?.channel ?? null,
    });
    if (this.o.signal.aborted) return;
    this.question.answered(answer, field);
    this.touched = true;
    const blank = insertAtTop(note, answer.sentence);
    this.runCheck();
    if (blank) note.select(blank.start, blank.end);
    else note.focus();
  }

  private dismissQuestion(): void {
    this.question.dismiss();
    this.render();
    this.o.editor.note.focus();
  }

  private insertText(at: number, text: string): void {
    this.touched = true;
    this.o.editor.note.replaceRange(at, at, text);
    this.pop.closeCard();
    this.runCheck();
  }

  /** Puts the badge at the note's corner and any open card or panel beside it; run in a frame, layout settled. */
  private placeAll(): void {
    const note = this.o.editor.note;
    if (this.badgeEl) placeBadge(this.badgeEl, note.anchor, this.tracker);
    const { card, panelOpen } = this.pop;
    const cardRect = card ? this.mirror.rectOf(card.id) : null;
    placePopovers(note.anchor, this.o.editor.form, {
      panel: panelOpen ? this.panelEl : null,
      card: card ? this.cardEl : null,
      cardTop: cardRect ? cardRect.top - 8 : undefined,
    });
  }

  /** Shows or hides the card and panel popovers to match the state just rendered. */
  private syncPopovers(): void {
    syncPopover(this.cardEl, this.pop.card !== null);
    syncPopover(this.panelEl, this.pop.panelOpen);
    if (this.pop.card || this.pop.panelOpen) this.tracker.schedule();
  }


  private render(): void {
    if (this.o.signal.aborted) return;
    // A closed card stays in the DOM, hidden, so closing removes no node (popovers.ts).
    const kept = this.pop.cardToRender(this.findings);
    const escape = (close: () => void) => (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close();
      this.o.editor.note.focus();
    };
    render(
      <CoachView
        refs={{ badge: (el) => void (this.badgeEl = el), card: (el) => void (this.cardEl = el), panel: (el) => void (this.panelEl = el) }}
        badge={{
          counts: this.touched ? countBySeverity(this.findings) : null,
          unavailable: !this.verdict,
          open: this.pop.panelOpen,
          shortcut: this.o.shortcut.label,
          onToggle: () => this.safely(() => this.togglePanel()),
        }}
        card={
          kept && {
            finding: kept.finding,
            hidden: kept.hidden,
            templates: this.o.templates,
            shortcut: this.o.shortcut.label,
            onInsertText: (at, text) => this.safely(() => this.insertText(at, text)),
            onUseTemplate: (id) => this.useTemplate(id),
            onDismiss: () => this.safely(() => this.dismiss(kept.finding)),
            onOpenPanel: () => {
              this.pop.closeCard();
              if (!this.pop.panelOpen) this.togglePanel();
            },
          }
        }
        onCardEnter={() => this.pop.pointerEntered()}
        onCardLeave={() => this.pop.pointerLeft()}
        onCardEscape={escape(() => this.pop.closeCard())}
        panel={this.pop.panelOpen ? this.panelProps() : null}
        onPanelEscape={escape(() => this.closePanel())}
      />,
      this.o.overlay.ui,
    );
    this.syncPopovers();
  }

  /** The panel: findings, the verdict and its reason, the participant's status, templates, a kept draft, the save guard. */
  private panelProps(): SidebarProps {
    return {
      verdict: this.verdict,
      findings: this.findings,
      quiet: !this.touched,
      status: this.status,
      systemOf: this.o.systemOf,
      problems: this.notices.list.length ? [...this.o.problems, ...this.notices.list] : this.o.problems,
      templates: this.o.templates,
      draft: this.draft.offered,
      guard: this.guard?.held ?? false,
      guardUnchecked: this.guard?.heldFor === 'unchecked',
      shortcut: this.o.shortcut.label,
      pageInfo: this.o.pageInfo,
      contactQuestion: {
        ...this.questionView(),
        onAnswer: (channel) => void this.answerContact(channel).catch((error: unknown) => console.warn('[Case Note Coach] no sentence added', error)),
        onDismiss: () => this.safely(() => this.dismissQuestion()),
      },
      onClose: () => this.closePanel(),
      onSelectSpan: (start, end) => {
        // Spans are the last check's: typed since, they are found again by the words they held then.
        const span = currentSpan(this.o.editor.note.text(), start, end, this.checkedText.slice(start, end));
        if (span) this.o.editor.note.select(span.start, span.end);
      },
      onInsertText: (at, text) => this.safely(() => this.insertText(at, text)),
      onInsertTemplate: (t) => this.safely(() => this.insertTemplate(t)),
      onUseTemplate: (id) => this.useTemplate(id),
      onRestoreDraft: () => this.safely(() => this.restoreDraft()),
      onDiscardDraft: () => {
        this.draft.discard();
        this.render();
        this.o.editor.note.focus();
      },
      onSaveAnyway: () => this.safely(() => this.saveAnyway()),
      onKeepEditing: () => {
        this.guard?.release();
        this.render();
        const first = this.findings.find((f) => f.severity === 'error' && f.start !== undefined);
        if (first && first.start !== undefined && first.end !== undefined) this.o.editor.note.select(first.start, first.end);
        else this.o.editor.note.focus();
      },
    };
  }

  private useTemplate(id: string): void {
    const t = this.o.templates.find((x) => x.id === id);
    this.pop.closeCard();
    if (t) this.safely(() => this.insertTemplate(t));
  }
}
