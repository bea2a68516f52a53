/**
 * Binds the sidebar to one note editor on the page: checks as the case
 * manager types, underlines phrases, inserts templates, guards the host's
 * Save and keeps a local draft. Every entry point is wrapped so a failure
 * degrades to "no warnings", never to a broken page or a lost note.
 */
import { render } from 'preact';
import type { CaseNoteInput, ContactType, Finding, NoteVerdict } from '../../lib/model';
import { fillTemplate, findBlanks } from '../../lib/templates';
import type { Blank, NoteTemplate, TemplateValues } from '../../lib/templates';
import { Sidebar } from '../../components/Sidebar';
import type { DraftOffer } from '../../components/Sidebar';
import type { ParticipantStatusView } from '../../components/ParticipantStatus';
import { NoteMirror } from './mirror';
import { replaceRange, selectRange, templateInsertion } from './field-text';
import { DraftKeeper } from '../../lib/drafts/keeper';
import type { DraftStore, StoredDraft } from '../../lib/drafts/keeper';

export interface EditorElements {
  note: HTMLTextAreaElement;
  contactType: HTMLSelectElement | null;
  date: HTMLInputElement | null;
  form: HTMLFormElement | null;
}


export interface CoachOptions {
  editor: EditorElements;
  container: HTMLElement;
  signal: AbortSignal;
  check(note: CaseNoteInput): NoteVerdict;
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
}

/**
 * Notes up to SYNC_LIMIT are checked in the keystroke's own input event (a
 * 20,000-character check takes a few ms), so the sidebar never lags a frame
 * behind; up to INSTANT_LIMIT on the next frame; bigger ones after a pause.
 *
 * Keys at human pace are each checked at once. A key that comes within a
 * frame of the last check (a fast typist's roll) is checked in the next
 * frame's slot instead. If keys keep coming that fast (auto-repeat, a
 * text-expander or dictation tool, a barcode or signature macro), nobody is
 * reading the sidebar key by key: the check waits until the field has been
 * still for BURST_MS, or at most BURST_MAX_MS, so a long burst still updates
 * it four times a second. While a check waits, the per-key listeners are
 * off: the check reads the field as it is when it runs, so it covers every
 * key in between, and those keys cost the host's field nothing.
 */
const SYNC_LIMIT = 20_000;
const INSTANT_LIMIT = 50_000;
const FRAME_MS = 16;
const BURST_MS = 50;
const BURST_MAX_MS = 250;

export class NoteCoach {
  private verdict: NoteVerdict | null = null;
  private blanks: Blank[] = [];
  private status: ParticipantStatusView | null = null;
  private draft: DraftOffer | null = null;
  private draftKept: StoredDraft | null = null;
  /** Failures the case manager should know about (a draft not kept), in words. */
  private notices: string[] = [];
  private readonly keeper: DraftKeeper;
  private guard = false;
  private collapsed = false;
  private allowNextSubmit = false;
  private pendingSubmitter: HTMLElement | null = null;
  private checkFrame = 0;
  /** performance.now() of the last check, to tell a burst of keys from typing. */
  private lastCheckAt = -Infinity;
  /** What the sidebar last showed from a check, so an edit that changes no finding re-renders nothing. */
  private shown = '';
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether keys kept coming while the last deferred check waited: the next fast key then waits BURST_MS, not a frame. */
  private inBurst = false;
  private readonly mirror: NoteMirror;
  private readonly onInput = () => this.safely(() => this.onEdit());
  private readonly onKeyDown = (e: KeyboardEvent) => this.safely(() => this.onKey(e));

  constructor(private readonly o: CoachOptions) {
    const { editor, signal } = o;
    this.mirror = new NoteMirror(editor.note, signal);
    this.keeper = new DraftKeeper(editor, o.drafts, signal, (problem) => this.safely(() => this.setNotice('draft', problem)));
    this.listen();
    editor.contactType?.addEventListener('change', () => this.safely(() => this.runCheck()), { signal });
    editor.date?.addEventListener('input', () => this.safely(() => this.scheduleCheck()), { signal });
    editor.date?.addEventListener('change', () => this.safely(() => this.runCheck()), { signal });
    const doc = editor.note.ownerDocument;
    // Capture phase on the window: we see the submit before the host's own handlers.
    doc.defaultView?.addEventListener('submit', (e) => this.safely(() => this.onSubmit(e)), { capture: true, signal });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.checkFrame);
      clearTimeout(this.checkTimer);
      clearTimeout(this.pauseTimer);
      render(null, o.container);
    });
    this.runCheck();
    void this.offerDraft();
  }

  setStatus(status: ParticipantStatusView | null): void {
    this.status = status;
    this.render();
  }

  /** The findings currently shown, including unfilled template blanks (used by tests and the guard). */
  get outstandingErrors(): number {
    const errors = this.verdict?.findings.filter((f) => f.severity === 'error').length ?? 0;
    return this.verdict ? errors + this.blanks.length : 0;
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
    this.o.editor.note.addEventListener('input', this.onInput, { signal });
    this.o.editor.note.ownerDocument.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
  }

  /**
   * While a burst's check waits (at most BURST_MS), no listener runs per key:
   * keys that come faster than frames are keys no person types, so the
   * shortcut is not one of them.
   */
  private unlisten(): void {
    this.o.editor.note.removeEventListener('input', this.onInput);
    this.o.editor.note.ownerDocument.removeEventListener('keydown', this.onKeyDown, { capture: true });
  }

  private onEdit(): void {
    this.scheduleCheck();
    this.keeper.keep();
  }

  private noticeKeys = new Map<string, string>();
  /** One notice per source, replaced or cleared as that source recovers. */
  private setNotice(source: string, message: string | null): void {
    if (message === null) this.noticeKeys.delete(source);
    else this.noticeKeys.set(source, message);
    const next = [...this.noticeKeys.values()];
    if (JSON.stringify(next) === JSON.stringify(this.notices)) return;
    this.notices = next;
    this.render();
  }

  private scheduleCheck(): void {
    // textLength, not value.length: reading `value` copies the whole note on every key.
    const length = this.o.editor.note.textLength;
    if (length > INSTANT_LIMIT) {
      clearTimeout(this.pauseTimer);
      this.pauseTimer = setTimeout(() => this.safely(() => this.runCheck()), 300);
      return;
    }
    // A check already on its way reads the field when it runs, so it covers this key too.
    if (this.checkFrame || this.checkTimer !== undefined) return;
    const wait = this.lastCheckAt + (this.inBurst ? BURST_MS : FRAME_MS) - performance.now();
    if (wait > 0) {
      this.unlisten();
      this.waitForPause(length, wait, performance.now());
      return;
    }
    this.inBurst = false;
    if (length <= SYNC_LIMIT) {
      this.runCheck(true);
    } else {
      this.checkFrame = requestAnimationFrame(() => {
        this.checkFrame = 0;
        this.safely(() => this.runCheck(true));
      });
    }
  }

  /**
   * A key came within a frame of the last check: the listeners are off and a
   * check waits, for the frame to end. If keys already kept coming through
   * the previous wait (`inBurst`), it waits until the field has
   * stayed unchanged for BURST_MS (the burst is over), or BURST_MAX_MS at
   * most, so a long burst still updates the sidebar four times a second.
   */
  private waitForPause(length: number, wait: number, since: number): void {
    const field = this.o.editor.note;
    this.checkTimer = setTimeout(() => {
      this.checkTimer = undefined;
      if (this.o.signal.aborted) return;
      const now = field.textLength;
      const changed = now !== length;
      const left = since + BURST_MAX_MS - performance.now();
      if (this.inBurst && changed && left > 0) {
        this.waitForPause(now, Math.min(BURST_MS, left), since);
        return;
      }
      this.inBurst = changed;
      this.listen();
      this.keeper.keep();
      this.safely(() => this.runCheck(true));
    }, wait);
  }

  private structured(): Pick<CaseNoteInput, 'contactType' | 'contactDate' | 'hasDateField'> {
    const { contactType, date } = this.o.editor;
    const typeText = contactType?.selectedOptions[0]?.text ?? contactType?.value ?? '';
    return {
      contactType: typeText ? this.o.contactTypeOf(typeText) : null,
      contactDate: date?.value.trim() ? this.o.parseDate(date.value) : null,
      hasDateField: Boolean(date),
    };
  }

  /** `inFrame`: draw the underlines now (keystroke or animation frame) rather than on the next frame. */
  private runCheck(inFrame = false): void {
    const text = this.o.editor.note.value;
    try {
      this.verdict = this.o.check({ text, ...this.structured() });
    } catch (error) {
      console.warn('[Case Note Coach] check failed; showing no warnings', error);
      this.verdict = null;
    }
    this.blanks = findBlanks(text);
    if (this.guard && this.outstandingErrors === 0) this.guard = false;
    const spans: Finding[] = this.verdict?.findings ?? [];
    // The sidebar first: it is what the case manager reads; the underlines follow in the same frame.
    const shown = JSON.stringify([this.verdict, this.blanks, this.guard]);
    if (shown !== this.shown) {
      this.shown = shown;
      this.render();
    }
    this.mirror.setMarks(
      [
        ...this.blanks.map((b) => ({ start: b.start, end: b.end, severity: 'error' as const })),
        ...spans.flatMap((f) => [
          ...(f.start !== undefined && f.end !== undefined ? [{ start: f.start, end: f.end, severity: f.severity }] : []),
          ...(f.also ?? []).map((s) => ({ start: s.start, end: s.end, severity: f.severity })),
        ]),
      ],
      inFrame,
    );
    this.lastCheckAt = performance.now();
  }

  private onSubmit(event: Event): void {
    const form = this.o.editor.form;
    if (!form || event.target !== form) return;
    if (this.allowNextSubmit) {
      this.allowNextSubmit = false;
      this.keeper.submitted();
      return;
    }
    this.runCheck();
    if (this.outstandingErrors === 0) {
      this.keeper.submitted();
      return;
    }
    // We warn, never block the legal record: the guard offers "Save anyway".
    event.preventDefault();
    event.stopImmediatePropagation();
    this.pendingSubmitter = (event as SubmitEvent).submitter ?? null;
    this.guard = true;
    this.collapsed = false;
    this.render();
    (this.o.container.querySelector('.guard button') as HTMLButtonElement | null)?.focus();
  }

  private saveAnyway(): void {
    const form = this.o.editor.form;
    if (!form) return;
    this.guard = false;
    this.allowNextSubmit = true;
    this.render();
    const submitter = this.pendingSubmitter;
    // requestSubmit with the original button keeps its name/value in the post (ASP.NET needs it).
    if (submitter && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter);
    else form.requestSubmit();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.o.shortcut.matches(e)) return;
    e.preventDefault();
    this.collapsed = !this.collapsed;
    this.render();
  }

  private async offerDraft(): Promise<void> {
    try {
      const draft = await this.keeper.offer(this.o.history);
      if (this.o.signal.aborted || !draft) return;
      this.draftKept = draft;
      this.draft = { text: draft.text, savedAt: draft.savedAt };
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
    replaceRange(field, 0, field.value.length, draft.text);
    this.keeper.restoreFields(draft);
    this.draft = null;
    this.draftKept = null;
    this.runCheck();
  }

  /**
   * A template says how the contact was made and when: fill the host's own
   * contact-type and date fields to match, but only when they are still empty.
   */
  private fillStructuredFields(template: NoteTemplate, date: string | null | undefined): void {
    const { contactType, date: dateField } = this.o.editor;
    if (contactType && !contactType.value && template.contactType) {
      const option = Array.from(contactType.options).find((o) => o.value && this.o.contactTypeOf(o.text) === template.contactType);
      if (option) {
        contactType.value = option.value;
        contactType.dispatchEvent(new Event('input', { bubbles: true }));
        contactType.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    if (dateField && !dateField.value.trim() && date) {
      dateField.value = date;
      dateField.dispatchEvent(new Event('input', { bubbles: true }));
      dateField.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private insertTemplate(template: NoteTemplate): void {
    const field = this.o.editor.note;
    const values = this.o.templateValues();
    this.fillStructuredFields(template, values.date);
    const filled = fillTemplate(template, values);
    const at = templateInsertion(field.value, field.selectionEnd, filled.text);
    replaceRange(field, at.start, at.end, at.text);
    this.runCheck();
    const first = this.blanks.find((b) => b.start >= at.start);
    if (first) selectRange(field, first.start, first.end);
    else field.focus();
  }

  private render(): void {
    if (this.o.signal.aborted) return;
    render(
      <Sidebar
        verdict={this.verdict}
        blanks={this.blanks}
        status={this.status}
        problems={this.notices.length ? [...this.o.problems, ...this.notices] : this.o.problems}
        templates={this.o.templates}
        draft={this.draft}
        guard={this.guard}
        collapsed={this.collapsed}
        shortcut={this.o.shortcut.label}
        pageInfo={this.o.pageInfo}
        onToggle={() => {
          this.collapsed = !this.collapsed;
          this.render();
        }}
        onSelectSpan={(start, end) => selectRange(this.o.editor.note, start, end)}
        onInsertTemplate={(t) => this.safely(() => this.insertTemplate(t))}
        onUseTemplate={(id) => {
          const t = this.o.templates.find((x) => x.id === id);
          if (t) this.safely(() => this.insertTemplate(t));
        }}
        onRestoreDraft={() => this.safely(() => this.restoreDraft())}
        onDiscardDraft={() => {
          this.draft = null;
          this.draftKept = null;
          this.render();
          void this.o.drafts.discard();
          this.o.editor.note.focus();
        }}
        onSaveAnyway={() => this.safely(() => this.saveAnyway())}
        onKeepEditing={() => {
          this.guard = false;
          this.render();
          const first = this.verdict?.findings.find((f) => f.severity === 'error' && f.start !== undefined) ?? this.blanks[0];
          if (first && first.start !== undefined && first.end !== undefined) selectRange(this.o.editor.note, first.start, first.end);
          else this.o.editor.note.focus();
        }}
      />,
      this.o.container,
    );
  }
}
