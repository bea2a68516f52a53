/**
 * Offering a kept draft back: when the note form opens with a draft on this
 * computer that the page has not saved, the panel offers it ("Nothing lost");
 * the case manager brings it back or lets it go. Bringing it back edits the
 * note as a person would, so what the field held stays in its undo history. Until the offer is answered the
 * kept draft is not written over (DraftKeeper.hold): keys typed before the case manager saw it cannot lose it.
 */
import type { DraftKeeper, DraftStore, StoredDraft } from './keeper';

/** The note as restoring needs it (lib/overlay/note-field.ts provides it). */
interface RestorableNote {
  text(): string;
  replaceRange(start: number, end: number, text: string): void;
}

export class DraftOffer {
  private kept: StoredDraft | null = null;

  constructor(
    private readonly keeper: DraftKeeper,
    private readonly store: DraftStore,
  ) {}

  /** The draft on offer, as the panel shows it; null when there is none (or it was taken or let go). */
  get offered(): { text: string; savedAt: string } | null {
    return this.kept && { text: this.kept.text, savedAt: this.kept.savedAt };
  }

  /**
   * Looks for a draft to offer (none when it is what the field holds or in the
   * page's saved `history`); true when one is now on offer. A read that fails
   * rejects: the caller tells the case manager.
   */
  async load(history: readonly string[] | undefined, signal: AbortSignal): Promise<boolean> {
    // Until it is known whether there is one, nothing is kept over it (keeper.ts, hold).
    this.keeper.hold(true);
    const draft = await this.keeper.offer(history).catch((error: unknown) => {
      // Unreadable, it cannot be offered: the note as typed is kept again (the caller tells the case manager).
      this.keeper.hold(false);
      throw error;
    });
    if (signal.aborted || !draft) {
      this.keeper.hold(false);
      return false;
    }
    this.kept = draft;
    return true;
  }

  /** Puts the draft in the note (its contact type and date too, where untouched); false when none is on offer. */
  restore(note: RestorableNote): boolean {
    const draft = this.kept;
    if (!draft) return false;
    this.kept = null;
    note.replaceRange(0, note.text().length, draft.text);
    this.keeper.restoreFields(draft);
    this.keeper.hold(false);
    return true;
  }

  /**
   * The case manager saw the offer and closed it unanswered: the note typed since, and from now on, is kept on this
   * computer (a crash then loses neither it nor, for this visit, the older one, which stays on offer in the panel).
   */
  seen(): void {
    if (this.kept) this.keeper.hold(false);
  }

  /** Lets the draft go: no longer offered, and forgotten on this computer; the note as it is now is kept again. */
  discard(): void {
    this.kept = null;
    void this.store.discard().catch(() => undefined);
    this.keeper.hold(false);
    this.keeper.resend();
  }
}
