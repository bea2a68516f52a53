/**
 * Keeps a local draft of one note form: the note's text and the host's own
 * contact-type and date fields, so a crash, a timeout or a closed tab loses
 * nothing. Each visit (the form opened once: a tab, a reload) keeps its own
 * draft, so a second tab or a later visit never writes over the first one's
 * unsaved note. Saved at most once per DRAFT_DELAY while typing, and at once when
 * the page is hidden or left; forgotten as soon as the note is submitted, so
 * a saved note is never offered back. DOM only: the store is passed in.
 */
import { chosenTypeText, isSelect, setField, watchTypeField } from '../overlay/contact-type-field';

export interface DraftContent {
  text: string;
  /** The host's contact type as chosen: a drop-down's option value, a ticked radio's value, what a datalist box holds, what a combobox shows. */
  contactType: string | null;
  /** The host's date field, as typed. */
  date: string | null;
}
export interface StoredDraft extends DraftContent {
  /** When it was kept, for people ("11/20/2026, 3:04 PM"). */
  savedAt: string;
  /** The visit that kept it ('' for a draft kept before drafts were kept by visit). */
  visit: string;
}

export interface DraftStore {
  /** Every draft of this form kept for this participant, newest first. */
  load(): Promise<StoredDraft[]>;
  /** Keeps `visit`'s draft; `replaces`: the visit whose draft was restored into this one, forgotten with this save. */
  save(visit: string, draft: DraftContent, replaces?: string): Promise<void>;
  /** Forgets `visit`'s draft; `submittedText` says the note was submitted with that text (not to be kept again). */
  discard(visit: string, submittedText?: string): Promise<void>;
}

interface DraftFields {
  /** The note's text and the document of the page it is saved from (a textarea, or a rich editor's stand-in). */
  note: { readonly value: string; readonly ownerDocument: Document };
  /** A drop-down, a radio group or a combobox (lib/overlay/contact-type-field.ts). */
  contactType: HTMLElement | null;
  date: HTMLInputElement | null;
}

/**
 * While typing goes on, the draft is saved at most this often (each save is a
 * message and a database write in the background, competing with the page for
 * the CPU); leaving or hiding the page saves it at once.
 */
export const DRAFT_DELAY = 1_000;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A visit's id: ten or so random letters and digits (drafts are told apart by it, ordered by when they were kept). */
const newVisit = () => Math.random().toString(36).slice(2);

export class DraftKeeper {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What was last sent (as JSON): the same content is not sent twice. */
  private sent: string | null = null;
  /** The text the form was submitted with: not kept again unless it changes. */
  private submittedText: string | null = null;
  /** What a combobox showed as the form opened (its placeholder, or the page's own choice): no choice of the case manager's. */
  private readonly opened: string | null;
  /** A kept combobox choice that could not be put back: kept in the draft until the case manager chooses. */
  private pending: string | null = null;
  /** This visit: its draft is its own, never another visit's. */
  private visit = newVisit();
  /** A kept draft restored into this visit: forgotten with this visit's next save (which then holds its text). */
  private replaces: string | undefined;
  /** The note as the form opened: not typing of this visit. */
  private readonly openedText: string;

  constructor(
    private readonly fields: DraftFields,
    private readonly store: DraftStore,
    signal: AbortSignal,
    /** A message for the case manager when a draft could not be kept (null once it is kept again). */
    private readonly onProblem: (message: string | null) => void = () => undefined,
  ) {
    const keep = () => this.keep();
    this.opened = this.shown();
    this.openedText = fields.note.value;
    watchTypeField(fields.contactType, keep, signal);
    fields.date?.addEventListener('input', keep, { signal });
    const doc = fields.note.ownerDocument;
    const win = doc.defaultView;
    win?.addEventListener('pagehide', () => this.flush(), { signal });
    win?.addEventListener('beforeunload', () => this.flush(), { signal });
    doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && this.flush(), { signal });
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  current(): DraftContent {
    const { note, contactType, date } = this.fields;
    // A drop-down's chosen option's value, a radio group's ticked radio's, a datalist box's own; a combobox's, what it shows once it
    // shows other than as the form opened.
    const value = ((contactType?.querySelector(':checked') ?? contactType) as HTMLInputElement | null)?.value;
    const shown = this.shown();
    return { text: note.value, contactType: value || (shown === this.opened ? this.pending : shown), date: date?.value || null };
  }

  /** What a combobox shows (a button's words, a React-Select input's choice beside it); null for other controls. */
  private shown(): string | null {
    const el = this.fields.contactType;
    return el && el.getAttribute('role') === 'combobox' ? (chosenTypeText(el)?.trim() ?? null) : null;
  }

  /** Something changed: save within DRAFT_DELAY (one save per delay, always one after the last change). */
  keep(): void {
    if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), DRAFT_DELAY);
  }

  /**
   * Saves now whatever differs from what was last sent. Called when the page
   * is hidden or left: it compares the field itself rather than trusting that
   * an edit was seen, so a change no event reported counts too.
   */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const draft = this.current();
    if (this.submittedText !== null) {
      if (draft.text === this.submittedText) return;
      this.submittedText = null;
    }
    const body = JSON.stringify(draft);
    if (body === this.sent) return;
    this.sent = body;
    const save = draft.text.trim() ? this.store.save(this.visit, draft, this.replaces) : this.store.discard(this.visit);
    // Asked once: should that save fail, the restored draft stays kept beside this visit's (shown twice, never lost).
    this.replaces = undefined;
    save.then(
      () => this.onProblem(null),
      (error: unknown) => {
        // Sent again at the next change or when the page is left.
        if (this.sent === body) this.sent = null;
        this.onProblem(`Your unsaved note could not be kept on this computer (${error instanceof Error ? error.message : String(error)}). Keep this tab open until it is saved.`);
      },
    );
  }

  /** The form is being submitted with this text: the draft goes, and is not kept again unless the text changes. */
  submitted(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = this.fields.note.value;
    this.submittedText = text;
    this.sent = null;
    this.store.discard(this.visit, text).catch(() => undefined);
  }

  /**
   * The drafts to offer, newest first: none empty, none that is what the field already holds, and none whose text is
   * already in the note history this page shows (saved: those are forgotten). Asked as the form opens, before this
   * visit keeps anything (the store answers in order), so none is this visit's own.
   */
  async offer(history: readonly string[] = []): Promise<StoredDraft[]> {
    const saved = new Set(history.map(normalise));
    return (await this.store.load()).filter((draft) => {
      const done = saved.has(normalise(draft.text));
      if (done) void this.store.discard(draft.visit, draft.text).catch(() => undefined);
      return !done && draft.text.trim() && draft.text !== this.fields.note.value;
    });
  }

  /**
   * A kept draft (of visit `restored`) is about to replace the note. What this visit typed is kept as it stands,
   * under this visit, and returned to be offered back (`savedAt` '': it is now); the note from now on is a new
   * visit's, which takes the restored draft's place once kept. Null when the field held nothing typed here.
   */
  turnOver(restored: string): (StoredDraft & { before: true }) | null {
    const draft = this.current();
    const typed = draft.text.trim() && draft.text !== this.openedText ? { ...draft, visit: this.visit, savedAt: '', before: true as const } : null;
    if (typed) {
      this.sent = null;
      this.flush();
    }
    this.visit = newVisit();
    this.replaces = restored;
    this.sent = null;
    return typed;
  }

  /**
   * Puts a restored draft's contact type and date back into the host's fields,
   * unless the case manager already changed them from the page's own values.
   */
  restoreFields(draft: DraftContent): void {
    const { contactType, date } = this.fields;
    const kept = draft.contactType;
    if (contactType && kept) {
      if (isSelect(contactType)) {
        const options = Array.from(contactType.options);
        // A select with no option marked selected shows its first one.
        const untouched = contactType.selectedIndex === Math.max(0, options.findIndex((o) => o.defaultSelected));
        const option = options.find((o) => o.value === kept);
        if (option && untouched) setField(contactType, option.value);
      } else if (contactType.getAttribute('role') === 'combobox') {
        if (this.shown() === this.opened) this.choose(contactType, kept);
      } else if (contactType.tagName === 'INPUT') {
        // A datalist box as the form opened: the kept text typed back.
        if ((contactType as HTMLInputElement).value === (contactType as HTMLInputElement).defaultValue) setField(contactType as HTMLInputElement, kept);
      } else if (!contactType.querySelector(':checked:not([checked])')) {
        // A radio group as the form opened (none ticked, or the page's own default): the kept radio ticked as a click would.
        Array.from(contactType.querySelectorAll('input')).find((r) => r.value === kept)?.click();
      }
    }
    if (date && draft.date && date.value === date.defaultValue) setField(date, draft.date);
  }

  /**
   * Opens a combobox as a press would and clicks the option showing `kept`, now or as the list draws itself (within 2 s);
   * until one is picked, the kept choice stays in the draft.
   */
  private choose(box: HTMLElement, kept: string): void {
    this.pending = kept;
    const doc = box.ownerDocument;
    const pick = () => {
      const option = Array.from(doc.querySelectorAll<HTMLElement>('[role=option]')).find((o) => o.textContent?.trim() === kept);
      option?.click();
      if (option) observer.disconnect();
    };
    const observer = new MutationObserver(pick);
    box.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    box.click();
    pick();
    if (this.shown() === this.opened) {
      observer.observe(doc.body, { childList: true, subtree: true });
      setTimeout(() => observer.disconnect(), 2_000);
    }
  }
}
