/**
 * The coach's drafts: the note kept on this computer while it is typed, as this visit's own (lib/drafts/keeper.ts)
 * and, when the form opens with any the page has not saved, each offered back (lib/drafts/offer.ts).
 * A draft that cannot be kept or read is told to the case manager in words.
 */
import { DraftKeeper } from '../../lib/drafts/keeper';
import type { DraftStore } from '../../lib/drafts/keeper';
import { DraftOffer, type OfferedDraft } from '../../lib/drafts/offer';
import type { NoteField } from '../../lib/overlay/note-field';

interface CoachDraftsOptions {
  note: NoteField;
  contactType: HTMLElement | null;
  date: HTMLInputElement | null;
  /** Where drafts are kept (on this computer, by the background). */
  drafts: DraftStore;
  /** The note texts this page's own history shows (already saved: never offered back). */
  history?: readonly string[];
  signal: AbortSignal;
  /** A failure in words, by source; null clears it. */
  notice(source: 'draft' | 'draft-load', message: string | null): void;
}

export class CoachDrafts {
  private readonly keeper: DraftKeeper;
  private readonly offer: DraftOffer;

  constructor(private readonly o: CoachDraftsOptions) {
    const { note } = o;
    // The keeper reads the note's text and watches the host page (for an iframe editor, the page around it).
    const draftNote = { get value() { return note.text(); }, ownerDocument: note.anchor.ownerDocument };
    this.keeper = new DraftKeeper({ note: draftNote, contactType: o.contactType, date: o.date }, o.drafts, o.signal, (problem) => o.notice('draft', problem));
    this.offer = new DraftOffer(this.keeper, o.drafts);
  }

  /** Something changed: the draft is saved soon. */
  keep(): void {
    this.keeper.keep();
  }

  /** The note is being saved: the draft goes. */
  submitted(): void {
    this.keeper.submitted();
  }

  /** The drafts on offer, newest first, as the panel shows them. */
  get offered(): OfferedDraft[] {
    return this.offer.offered;
  }

  /** Looks for kept drafts the page has not saved; true when any is now on offer. A read that fails is told, not thrown. */
  async load(): Promise<boolean> {
    try {
      return await this.offer.load(this.o.history, this.o.signal);
    } catch (error) {
      this.o.notice('draft-load', `An unsaved note kept on this computer could not be read (${error instanceof Error ? error.message : String(error)}).`);
      return false;
    }
  }

  /** Puts the draft of `visit` in the note; whatever the field held stays in its undo history, and typing of this visit is kept and offered back. */
  restore(visit: string): boolean {
    return this.offer.restore(this.o.note, visit);
  }

  /** Lets the draft of `visit` go, here and on this computer. */
  discard(visit: string): void {
    this.offer.discard(visit);
  }
}
