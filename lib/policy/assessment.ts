/** What lib/policy/qualifies.ts decides about a note's contact, and why (its reason). */
import type { ContactType, Party, VerdictReason } from '../model';
import type { ContactEvent, Span } from '../text/analyze';
import type { GateResult } from './contact-gate';

export interface ContactAssessment {
  contactType: ContactType | null;
  /** The type came from the page's drop-down rather than the text. */
  contactTypeFromField: boolean;
  party: Party | null;
  /** A contact really connected (with anyone): some event shows a two-way exchange or a reply. */
  contactHappened: boolean;
  /** Only attempts: no answer, message left, no-show, returned mail. */
  attemptOnly: boolean;
  /** A letter or e-mail went out and no reply is documented yet. */
  pendingWritten: boolean;
  /** The note documents the participant's progress in detail (what a provider or alternate contact needs). */
  substantiveProgress: boolean;
  /** The note records no contact of any kind (none made, tried, sent, planned or reported). */
  noContactStory: boolean;
  /**
   * A template blank that leaves the contact unfinished: one on the line of the contact the verdict rests
   * on ("TC w/ [participant name]"), or any blank when nothing connected. A blank elsewhere ("Next Steps:
   * [next steps]" under a filled-in contact) is a gap in the documentation, not in the contact.
   */
  blank: Span | null;
  /**
   * A note that claims a contact without showing one ("Checked in with client.", "Monthly check-in done."):
   * held to the same standard as a contact. A note that only points elsewhere ("See previous note.") is not.
   */
  bareClaim: boolean;
  qualifies: boolean;
  /** Why the participant gate refused the contact the reader found (null when it passed or was not asked). */
  gate: (GateResult & { event: ContactEvent }) | null;
  /**
   * The reader found a contact but the note does not state one in the writer's words (lib/policy/stated-contact.ts):
   * the second key refused, so the contact does not count until the case manager says how they reached them.
   */
  unstated: boolean;
  reason: VerdictReason;
}
