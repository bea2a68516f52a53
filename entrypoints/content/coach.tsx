/**
 * Binds the coach to one note editor on the page: checks as the case manager
 * types, underlines phrases, opens a card on an underlined phrase and the
 * panel from the badge, inserts templates, guards the host's Save and keeps a
 * local draft. Every entry point is wrapped so a failure degrades to "no
 * warnings", never to a broken page or a lost note. Nothing of ours enters the
 * host's layout: everything is drawn in the overlay (overlay.ts). What is drawn is
 * coach-view.tsx, where it goes placement.ts, and the small pure pieces (finding ids,
 * underlines, counts, the clock) findings.ts; the scheduler, save guard and template
 * inserter live in lib/coach/.
 */
import { render } from 'preact';
import type { CaseNoteInput, ContactType, Finding, NoteVerdict } from '../../lib/model';
import { findBlanks } from '../../lib/templates/fill';
import type { NoteTemplate } from '../../lib/templates/templates';
import type { Blank, TemplateValues } from '../../lib/templates/fill';
import { blankFindings } from '../../components/Sidebar';
import type { DraftOffer, SidebarProps } from '../../components/Sidebar';
import type { ShownFinding } from '../../components/FindingList';
import type { ParticipantStatusView, SystemWordsOf } from '../../components/ParticipantStatus';
import { CoachView } from './coach-view';
import { NoteMirror } from './mirror';
import { FieldTracker } from './overlay';
import type { Overlay } from './overlay';
import { placeBadge, placePopovers, syncPopover } from './placement';
import { countBySeverity, dismissKey, frameClock, marksOf, NAVIGATION, shownFinding } from './findings';
import { HighlightMarks } from './highlights';
import type { NoteField } from './note-field';
import { SaveGuard } from '../../lib/coach/save-guard';
import { CheckScheduler } from '../../lib/coach/scheduler';
import { insertTemplate } from '../../lib/coach/template-inserter';
import { DraftKeeper } from '../../lib/drafts/keeper';
import type { DraftStore, StoredDraft } from '../../lib/drafts/keeper';

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
  /** Numbers each check: an answer that comes back after a newer check was started is not shown. */
  private checkSeq = 0;
  private blanks: Blank[] = [];
  private status: ParticipantStatusView | null = null;
  private draft: DraftOffer | null = null;
  private draftKept: StoredDraft | null = null;
  /** Failures the case manager should know about (a draft not kept), in words. */
  private notices: string[] = [];
  private readonly keeper: DraftKeeper;
  /** The finding the card last showed: rendered hidden once the card closes, so closing removes no node. */
  private lastCard: ShownFinding | undefined;
  private readonly scheduler: CheckScheduler;
  private readonly guard: SaveGuard | null;
  private panelOpen = false;
  /** The finding whose card is open, and whether the pointer or the caret opened it. */
  private card: { id: string; via: 'hover' | 'caret' } | null = null;
  private cardHide: ReturnType<typeof setTimeout> | undefined;
  /** Quiet until the case manager writes: an empty, untouched note flags nothing (Save still checks). */
  private touched = false;
  /** Findings dismissed for this note, by rule and the words they underline (positions move as one types). */
  private readonly dismissed = new Set<string>();
  private findings: ShownFinding[] = [];
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
    this.keeper = new DraftKeeper({ ...editor, note: draftNote }, o.drafts, signal, (problem) => this.safely(() => this.setNotice('draft', problem)));
    this.scheduler = new CheckScheduler(
      {
        length: () => note.length(),
        run: (inFrame) => this.safely(() => this.runCheck(inFrame)),
        pause: () => this.unlisten(),
        resume: () => this.listen(),
        caughtUp: () => this.keeper.keep(),
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
    // A rich editor's own undo rewrites its content without an input event: checked all the same.
    note.watch?.(this.onInput, signal);
    note.target.addEventListener('mousemove', (e) => this.safely(() => this.hover(e)), { signal, passive: true });
    note.target.addEventListener('mouseleave', () => this.card?.via === 'hover' && this.hideCardSoon(), { signal, passive: true });
    note.target.addEventListener('click', () => this.safely(() => this.caretMoved()), { signal });
    editor.contactType?.addEventListener('change', () => this.safely(() => this.runCheck()), { signal });
    editor.date?.addEventListener('input', () => this.safely(() => this.scheduleCheck()), { signal });
    editor.date?.addEventListener('change', () => this.safely(() => this.runCheck()), { signal });
    signal.addEventListener('abort', () => {
      this.scheduler.stop();
      clearTimeout(this.cardHide);
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

  /** The per-key listeners: edits to the note, and the shortcut anywhere on the page (capture, so the host can't swallow it). */
  private listen(): void {
    const signal = this.o.signal;
    this.o.editor.note.target.addEventListener('input', this.onInput, { signal });
    this.o.editor.note.target.addEventListener('keyup', this.onKeyUp, { signal });
    this.o.editor.note.doc.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
  }

  /**
   * While a burst's check waits (lib/coach/scheduler.ts), no listener runs per key:
   * keys that come faster than frames are keys no person types, so the
   * shortcut is not one of them.
   */
  private unlisten(): void {
    this.o.editor.note.target.removeEventListener('input', this.onInput);
    this.o.editor.note.target.removeEventListener('keyup', this.onKeyUp);
    this.o.editor.note.doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
  }

  private onEdit(): void {
    this.touched = true;
    // Typing moves the words under a card: it closes, as a writing assistant's does.
    if (this.card) this.closeCard();
    this.scheduleCheck();
    this.keeper.keep();
  }

  private noticeKeys = new Map<string, string>();
  /** A failure the case manager should know about, in words; one per source, replaced or cleared (null) as it recovers. */
  notice(source: string, message: string | null): void {
    this.safely(() => this.setNotice(source, message));
  }

  private setNotice(source: string, message: string | null): void {
    if (message === null) this.noticeKeys.delete(source);
    else this.noticeKeys.set(source, message);
    const next = [...this.noticeKeys.values()];
    if (JSON.stringify(next) === JSON.stringify(this.notices)) return;
    this.notices = next;
    this.render();
  }

  private scheduleCheck(): void {
    this.scheduler.keyTyped();
  }

  private structured(): Pick<CaseNoteInput, 'contactType' | 'contactDate' | 'contactDateText' | 'hasDateField'> {
    const { contactType, date } = this.o.editor;
    const typeText = contactType?.selectedOptions[0]?.text ?? contactType?.value ?? '';
    return {
      contactType: typeText ? this.o.contactTypeOf(typeText) : null,
      contactDate: date?.value.trim() ? this.o.parseDate(date.value) : null,
      // What the field says, so a date no calendar has is named rather than read as "no date".
      contactDateText: date ? date.value.slice(0, 200) : null,
      hasDateField: Boolean(date),
    };
  }

  /**
   * Checks the note as it is now. The rules run in the background (the
   * content script carries none of them), so the answer usually comes back
   * as a promise: it is shown only if no newer check was started meanwhile.
   * Returns that promise, resolved once the answer is shown; nothing when the
   * check answered at once. `inFrame`: draw the underlines now rather than on
   * the next frame.
   */
  private runCheck(inFrame = false): Promise<{ text: string; verdict: NoteVerdict | null }> | undefined {
    const text = this.o.editor.note.text();
    const seq = ++this.checkSeq;
    this.scheduler.ran();
    let result: NoteVerdict | Promise<NoteVerdict> | null;
    try {
      result = this.o.check({ text, ...this.structured() });
    } catch (error) {
      console.warn('[Case Note Coach] check failed; showing no warnings', error);
      result = null;
    }
    if (result && 'then' in result) {
      return result
        .then(
          (verdict) => verdict,
          (error: unknown) => {
            console.warn('[Case Note Coach] check failed; showing no warnings', error);
            return null;
          },
        )
        .then((verdict) => {
          if (seq === this.checkSeq && !this.o.signal.aborted) this.safely(() => this.show(text, verdict, true));
          return { text, verdict };
        });
    }
    this.show(text, result, inFrame);
    return undefined;
  }

  /** What the case manager is shown for this text and verdict: its blanks and the rules' findings, less those dismissed. */
  private findingsFor(text: string, blanks: Blank[], verdict: NoteVerdict | null): ShownFinding[] {
    const all: Finding[] = [...blankFindings(blanks), ...(verdict?.findings ?? [])];
    return all.map((f) => shownFinding(f, text)).filter((f) => !this.dismissed.has(dismissKey(f)));
  }

  private show(text: string, verdict: NoteVerdict | null, inFrame: boolean): void {
    this.verdict = verdict;
    this.blanks = findBlanks(text);
    this.findings = this.findingsFor(text, this.blanks, verdict);
    if (this.guard?.held && this.outstandingErrors === 0) this.guard.release();
    if (this.card && !this.findings.some((f) => f.id === this.card?.id)) this.card = null;
    // The badge and panel first: they are what the case manager reads; the underlines follow in the same frame.
    const shown = JSON.stringify([this.verdict?.qualifies, this.findings, this.guard?.held, this.touched]);
    if (shown !== this.shown) {
      this.shown = shown;
      this.render();
    }
    const quiet = !this.touched;
    this.mirror.setMarks(quiet ? [] : marksOf(this.findings), inFrame);
  }

  /** The guard held back a save: the panel opens on why, with "Save anyway" focused. */
  private showGuard(): void {
    this.touched = true;
    this.panelOpen = true;
    this.closeCard();
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
    // With a card open on the caret's phrase, the shortcut moves into the card; otherwise it opens or closes the panel.
    if (this.card && !this.cardEl?.contains(this.o.overlay.host.shadowRoot?.activeElement ?? null)) {
      this.cardEl?.querySelector('button')?.focus();
      return;
    }
    this.togglePanel();
  }

  private async offerDraft(): Promise<void> {
    try {
      const draft = await this.keeper.offer(this.o.history);
      if (this.o.signal.aborted || !draft) return;
      this.draftKept = draft;
      this.draft = { text: draft.text, savedAt: draft.savedAt };
      // Never lose a note: the offer to bring it back opens the panel (which covers neither the note nor Save).
      this.panelOpen = true;
      this.render();
    } catch (error) {
      this.setNotice('draft-load', `An unsaved note kept on this computer could not be read (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  private restoreDraft(): void {
    const draft = this.draftKept;
    if (!draft) return;
    const field = this.o.editor.note;
    // Whatever was in the field stays in undo history (Ctrl+Z brings it back).
    this.touched = true;
    field.replaceRange(0, field.text().length, draft.text);
    this.keeper.restoreFields(draft);
    this.draft = null;
    this.draftKept = null;
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
    this.panelOpen = !this.panelOpen;
    this.closeCard();
    this.render();
    if (this.panelOpen) (this.panelEl?.querySelector('button.close') as HTMLButtonElement | null)?.focus();
    else this.o.editor.note.focus();
  }

  private closePanel(): void {
    this.panelOpen = false;
    this.render();
    this.o.editor.note.focus();
  }

  private openCard(id: string, via: 'hover' | 'caret'): void {
    clearTimeout(this.cardHide);
    if (this.card?.id === id) return;
    this.card = { id, via };
    this.render();
  }

  private closeCard(): void {
    clearTimeout(this.cardHide);
    if (!this.card) return;
    this.card = null;
    this.render();
  }

  private hideCardSoon(): void {
    clearTimeout(this.cardHide);
    this.cardHide = setTimeout(() => this.safely(() => this.closeCard()), 400);
  }

  /** The pointer over an underlined phrase opens its card; leaving it closes the card after a moment. */
  private hover(e: MouseEvent): void {
    if (!this.touched || !this.findings.length) return;
    const hit = this.mirror.markAt(e.clientX, e.clientY);
    if (hit) this.openCard(hit.id, 'hover');
    else if (this.card?.via === 'hover') this.hideCardSoon();
  }

  /** The caret moved into an underlined phrase (keyboard or click): its card opens, without taking focus. */
  private caretMoved(): void {
    if (!this.touched) return;
    const field = this.o.editor.note;
    const at = field.selectionEnd();
    if (at === null) return;
    const hit = this.findings.find(
      (f) => f.start !== undefined && f.end !== undefined && ((at >= f.start && at <= f.end) || (f.also ?? []).some((s) => at >= s.start && at <= s.end)),
    );
    if (hit) this.openCard(hit.id, 'caret');
    else if (this.card) this.closeCard();
  }

  private dismiss(finding: ShownFinding): void {
    this.dismissed.add(dismissKey(finding));
    this.card = null;
    this.runCheck();
    this.o.editor.note.focus();
  }

  private insertText(at: number, text: string): void {
    this.touched = true;
    this.o.editor.note.replaceRange(at, at, text);
    this.closeCard();
    this.runCheck();
  }

  /** Puts the badge at the note's corner and any open card or panel beside it; run in a frame, layout settled. */
  private placeAll(): void {
    const note = this.o.editor.note;
    if (this.badgeEl) placeBadge(this.badgeEl, note.anchor, this.tracker);
    const cardRect = this.card ? this.mirror.rectOf(this.card.id) : null;
    placePopovers(note.anchor, this.o.editor.form, {
      panel: this.panelOpen ? this.panelEl : null,
      card: this.card ? this.cardEl : null,
      cardTop: cardRect ? cardRect.top - 8 : undefined,
    });
  }

  /** Shows or hides the card and panel popovers to match the state just rendered. */
  private syncPopovers(): void {
    syncPopover(this.cardEl, this.card !== null);
    syncPopover(this.panelEl, this.panelOpen);
    if (this.card || this.panelOpen) this.tracker.schedule();
  }


  private render(): void {
    if (this.o.signal.aborted) return;
    const card = this.card ? this.findings.find((f) => f.id === this.card?.id) : undefined;
    // A closed card stays in the DOM, hidden: Chromium ends the note's typing undo step whenever a node is
    // removed anywhere in the document (our shadow root too), and a card closes on the very key that edits.
    if (card) this.lastCard = card;
    const kept = card ?? this.lastCard;
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
          open: this.panelOpen,
          shortcut: this.o.shortcut.label,
          onToggle: () => this.safely(() => this.togglePanel()),
        }}
        card={
          kept && {
            finding: kept,
            hidden: !card,
            templates: this.o.templates,
            shortcut: this.o.shortcut.label,
            onInsertText: (at, text) => this.safely(() => this.insertText(at, text)),
            onUseTemplate: (id) => this.useTemplate(id),
            onDismiss: () => this.safely(() => this.dismiss(kept)),
            onOpenPanel: () => {
              this.closeCard();
              if (!this.panelOpen) this.togglePanel();
            },
          }
        }
        onCardEnter={() => clearTimeout(this.cardHide)}
        onCardLeave={() => this.card?.via === 'hover' && this.hideCardSoon()}
        onCardEscape={escape(() => this.closeCard())}
        panel={this.panelOpen ? this.panelProps() : null}
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
      problems: this.notices.length ? [...this.o.problems, ...this.notices] : this.o.problems,
      templates: this.o.templates,
      draft: this.draft,
      guard: this.guard?.held ?? false,
      shortcut: this.o.shortcut.label,
      pageInfo: this.o.pageInfo,
      onClose: () => this.closePanel(),
      onSelectSpan: (start, end) => this.o.editor.note.select(start, end),
      onInsertText: (at, text) => this.safely(() => this.insertText(at, text)),
      onInsertTemplate: (t) => this.safely(() => this.insertTemplate(t)),
      onUseTemplate: (id) => this.useTemplate(id),
      onRestoreDraft: () => this.safely(() => this.restoreDraft()),
      onDiscardDraft: () => {
        this.draft = null;
        this.draftKept = null;
        this.render();
        void this.o.drafts.discard();
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
    this.closeCard();
    if (t) this.safely(() => this.insertTemplate(t));
  }
}
