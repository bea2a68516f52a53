/**
 * Offering kept drafts back: when the note form opens with drafts on this computer that the page has not saved (a
 * crash, a closed tab, another tab's visit), the panel offers every one, newest first ("Nothing lost"); the case
 * manager brings one back or lets it go, and the others stay on offer. Bringing one back edits the note as a person
 * would, so what the field held stays in its undo history, and what this visit had typed is kept as a draft of its
 * own and offered back ("Your text before restore"), never written over. No offer holds back the keeping of what is
 * typed: each visit keeps its own draft (lib/drafts/keeper.ts).
 */
import type { DraftKeeper, DraftStore, StoredDraft } from './keeper';

/** The note as restoring needs it (lib/overlay/note-field.ts provides it). */
interface RestorableNote {
  text(): string;
  replaceRange(start: number, end: number, text: string): void;
}

/** A draft as the panel offers it: `before`, the text this visit held when another draft was restored over it (its `savedAt` is ''). */
export interface OfferedDraft {
  visit: string;
  text: string;
  savedAt: string;
  before?: boolean;
}

export class DraftOffer {
  private kept: (StoredDraft & { before?: boolean })[] = [];

  constructor(
    private readonly keeper: DraftKeeper,
    private readonly store: DraftStore,
  ) {}

  /** The drafts on offer, newest first, as the panel shows them. */
  get offered(): OfferedDraft[] {
    return this.kept;
  }

  /**
   * Looks for drafts to offer (none that is what the field holds or in the page's saved `history`); true when any is
   * now on offer. A read that fails rejects: the caller tells the case manager.
   */
  async load(history: readonly string[] | undefined, signal: AbortSignal): Promise<boolean> {
    const drafts = await this.keeper.offer(history);
    if (signal.aborted) return false;
    this.kept = drafts;
    return drafts.length > 0;
  }

  /**
   * Puts the draft of `visit` in the note (its contact type and date too, where untouched); false when it is not on
   * offer. What the field held, typed in this visit, is kept first and offered back at the top of the list.
   */
  restore(note: RestorableNote, visit: string): boolean {
    const draft = this.kept.find((d) => d.visit === visit);
    if (!draft) return false;
    const before = this.keeper.turnOver(visit);
    this.kept = this.kept.filter((d) => d !== draft);
    if (before) this.kept.unshift(before);
    note.replaceRange(0, note.text().length, draft.text);
    this.keeper.restoreFields(draft);
    // Kept at once under this visit, taking the restored draft's place.
    this.keeper.flush();
    return true;
  }

  /** Lets the draft of `visit` go: no longer offered, and forgotten on this computer; the others stay on offer. */
  discard(visit: string): void {
    this.kept = this.kept.filter((d) => d.visit !== visit);
    void this.store.discard(visit).catch(() => undefined);
  }
}
