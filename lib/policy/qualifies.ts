/**
 * Whether a note's contact counts under a pack (design.md, "What qualifies
 * means"): two-way in person or by phone with the participant; a letter or
 * e-mail once the reply is documented; a provider or alternate only as the
 * pack allows; attempts never. Missing documentation does not undo a contact.
 */
import type { CaseNote, ContactType, Party } from '../model';
import type { NoteAnalysis } from '../text/analyze';
import type { PolicyPack } from './schema';

export interface ContactAssessment {
  contactType: ContactType | null;
  /** The type came from the page's drop-down rather than the text. */
  contactTypeFromField: boolean;
  party: Party | null;
  /** A contact really connected (with anyone). */
  contactHappened: boolean;
  /** Only attempts: no answer, message left, no-show, returned mail. */
  attemptOnly: boolean;
  /** A letter or e-mail went out and no reply is documented yet. */
  pendingWritten: boolean;
  /** The note documents the participant's progress in detail (what a provider or alternate contact needs). */
  substantiveProgress: boolean;
  qualifies: boolean;
}

const isWritten = (t: ContactType | null) => t === 'letter' || t === 'email';

export function substantiveProgress(a: NoteAnalysis): boolean {
  const strong = a.progressEvidence;
  return strong >= 2 || (strong >= 1 && a.contentWords >= 10);
}

export function assessContact(note: CaseNote, a: NoteAnalysis, pack: PolicyPack): ContactAssessment {
  const contactType = note.contactType ?? a.textContactType;
  let contactHappened: boolean;
  if (a.events.length === 0) {
    // Nothing in the text says how it went, so the drop-down decides: a recorded call or
    // visit happened; a recorded letter or e-mail is still waiting for its reply.
    contactHappened = note.contactType === 'in-person' || note.contactType === 'telephone';
  } else {
    contactHappened = a.anySuccess;
  }
  // A letter/e-mail that went out and has no failure of its own (returned mail) is waiting for its reply.
  const writtenOut = a.pendingWritten !== null || (isWritten(note.contactType) && a.attempts.every((t) => t.kind === 'response'));
  const pendingWritten = !contactHappened && writtenOut;
  const attemptOnly = !contactHappened && a.attempts.some((t) => t.kind !== 'response' || !pendingWritten);
  const party = a.party ?? (contactHappened || a.events.length > 0 || contactType ? 'participant' : null);
  const substantive = substantiveProgress(a);

  let qualifies = contactType !== null && pack.acceptedContactTypes.includes(contactType) && contactHappened;
  if (party === 'other') qualifies = false;
  if (party === 'provider' || party === 'alternate') {
    const treatment = pack.thirdParty[party];
    qualifies = qualifies && treatment === 'with-substantive-progress' && substantive;
  }
  // A board that accepts one-way letters (writtenNeedsResponse: false) counts the letter itself.
  if (!qualifies && pendingWritten && !pack.writtenNeedsResponse && party === 'participant' && contactType && pack.acceptedContactTypes.includes(contactType)) {
    qualifies = true;
  }
  return {
    contactType,
    contactTypeFromField: note.contactType !== null,
    party,
    contactHappened,
    attemptOnly,
    pendingWritten,
    substantiveProgress: substantive,
    qualifies,
  };
}
