/**
 * The coach's drafts: the note kept on this computer while it is typed (lib/drafts/keeper.ts)
 * and, when the form opens with one the page has not saved, offered back (lib/drafts/offer.ts).
 * A draft that cannot be kept or read is told to the case manager in words.
 */
import { DraftKeeper } from '../../lib/drafts/keeper';
import type { DraftStore } from '../../lib/drafts/keeper';
import { DraftOffer } from '../../lib/drafts/offer';
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

  /** The draft on offer, as the panel shows it, or null. */
  get offered(): { text: string; savedAt: string } | null {
    return this.offer.offered;
  }

  /** Looks for a kept draft the page has not saved; true when one is now on offer. A read that fails is told, not thrown. */
  async load(): Promise<boolean> {
    try {
      return await this.offer.load(this.o.history, this.o.signal);
    } catch (error) {
      this.o.notice('draft-load', `An unsaved note kept on this computer could not be read (${error instanceof Error ? error.message : String(error)}).`);
      return false;
    }
  }

  /** Puts the offered draft in the note; whatever the field held stays in its undo history. */
  restore(): boolean {
    return this.offer.restore(this.o.note);
  }

  /** The panel that showed the offer was closed unanswered: what is typed from now on is kept (lib/drafts/offer.ts). */
  seen(): void {
    this.offer.seen();
  }

  /** Lets the offered draft go, here and on this computer. */
  discard(): void {
    this.offer.discard();
  }
}
