/**
 * Whether a note's contact counts under a pack (ARCHITECTURE.md, "What
 * qualifies"), decided from the contact events the note was read into: a two-way
 * exchange with the participant in person, by phone or video; a letter, e-mail
 * or text once the reply is documented; a provider or alternate only as the
 * pack allows; attempts, one-way messages, plans and unclear notes never.
 * Missing documentation does not undo a contact. Every verdict carries the
 * event it rests on and a plain sentence, so nobody has to guess why.
 */
import { isWritten } from '../kinds';
import { typedDateOn } from '../dates';
import type { CaseNote, IsoDate } from '../model';
import { usDate } from '../words';
import { mentionedChannel } from '../text/talk-channel';
import { namedChannel } from '../text/named-channel';
import { nearbyChannel, tryChannel } from '../text/try-channel';
import type { ContactEvent, NoteAnalysis, Span } from '../text/analyze';
import type { ContactAssessment } from './assessment';
import { claimedWithResults } from './claims';
import { participantGate } from './contact-gate';
import { statedAgrees } from './stated-agree';
import { reasonFor } from './verdict-reason';
import type { PolicyPack } from './schema';

export type { ContactAssessment } from './assessment';

function substantiveProgress(a: NoteAnalysis): boolean {
  // "She did not know how he is doing in his classes": words about progress, but no knowledge of it.
  if (a.byTag('unknown').length > 0) return false;
  // Two pieces of concrete evidence; the note's length alone (an address, a phone number) adds none.
  return a.progressEvidence >= 2;
}

/**
 * MO §2.2: a provider contact "must include documentation of the customer's progress … and provide
 * justification for continuation"; an alternate needs "considerable and substantive knowledge" of the progress.
 */
export function thirdPartyEnough(a: NoteAnalysis, party: 'provider' | 'alternate', substantive = substantiveProgress(a)): boolean {
  return substantive && (party === 'alternate' || a.byTag('justification').length > 0);
}

/** The event was a meeting with us: the reader found nothing saying otherwise in its part of the note. */
function metUs(e: ContactEvent): boolean {
  return (e.meeting ?? 'met') === 'met';
}

/** A paper form's blanks: a run of underscores ("to discuss ________", "on __/__"). */
const UNDERSCORES = /_{3,}|_{2}\/_{2}/g;

/**
 * The blank that leaves the contact itself unfinished (see ContactAssessment.blank): a template's bracketed blank, or
 * on the contact's own line a form's underscores ("Phone contact with participant on __/__ to discuss ________.").
 */
function unfinished(text: string, a: NoteAnalysis): Span | null {
  const lines = text.includes('__') ? [...text.matchAll(UNDERSCORES)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })) : [];
  const first = a.placeholders[0];
  if (!first && lines.length === 0) return null;
  const e = a.chosen;
  if (!e || !e.successful) return first ?? null;
  const from = text.lastIndexOf('\n', e.start) + 1;
  const nl = text.indexOf('\n', e.end);
  const to = nl < 0 ? text.length : nl;
  return [...a.placeholders, ...lines].find((p) => p.start >= from && p.start < to) ?? null;
}

export function assessContact(note: CaseNote, a: NoteAnalysis, pack: PolicyPack, today?: IsoDate): ContactAssessment {
  // The type the verdict is decided on: the drop-down's, else the events'.
  const contactType = note.contactType ?? a.textContactType;
  // The drop-down says how a contact was made, never that it connected: only the events can.
  // "Monthly contact" with the type known (drop-down or "Type: phone") and its results told: the writer
  // records a contact that took place. Not with any try, message or plan in the note (then it is about those).
  const claim = a.anySuccess ? undefined : claimedWithResults(a);
  const contactHappened = a.anySuccess || claim !== undefined;
  // A letter/e-mail that went out and has no failure of its own (returned mail) is waiting for its reply.
  const writtenOut = a.pendingWritten !== null || (isWritten(note.contactType) && a.attempts.every((t) => t.kind === 'response'));
  const pendingWritten = !contactHappened && writtenOut;
  const attemptOnly = !contactHappened && a.attempts.some((t) => t.kind !== 'response' || !pendingWritten);
  const noContactStory = a.events.length === 0 && a.mentioned.length === 0 && a.byTag('irrealis').length === 0;
  const bareClaim = noContactStory && a.placeholders.length === 0 && a.byTag('boilerplate').length > 0 && a.byTag('pointer').length === 0;
  // A plan, a claim or a try is about the participant unless the note names someone else.
  const party = a.party ?? (contactHappened || !noContactStory || bareClaim || contactType ? 'participant' : null);
  const substantive = substantiveProgress(a);

  // A contact that happened with no channel of its own: the channel nearby is a hint, shown where the note does not
  // count for another reason (someone else answered, the writer never says they talked), never a reason to count it.
  const hinted = contactType === null && contactHappened ? nearbyChannel(note.text, a.events, a.chosen) : null;
  const typed = contactType ?? hinted;
  let qualifies = typed !== null && pack.acceptedContactTypes.includes(typed) && contactHappened;
  if (party === 'other') qualifies = false;
  if (party === 'provider' || party === 'alternate') {
    const treatment = pack.thirdParty[party];
    qualifies = qualifies && treatment === 'with-substantive-progress' && thirdPartyEnough(a, party, substantive);
  }
  // A board that accepts one-way letters (writtenNeedsResponse: false) counts the letter itself.
  const oneWayAccepted =
    !qualifies && pendingWritten && !pack.writtenNeedsResponse && party === 'participant' && contactType !== null && pack.acceptedContactTypes.includes(contactType);
  if (oneWayAccepted) qualifies = true;
  // An unfilled template ("TC w/ [participant name]") documents nothing yet.
  const blank = unfinished(note.text, a);
  if (blank) qualifies = false;
  // The participant gate: a contact with the participant counts only when some connected event shows the
  // participant, two-way, with nobody else it could have been with (lib/policy/contact-gate.ts).
  let gate: ContactAssessment['gate'] = null;
  if (qualifies && party === 'participant' && a.chosen?.successful) {
    const first = participantGate(note.text, a, a.chosen);
    if (!first.passed) {
      const other = a.events.find((e) => e !== a.chosen && e.successful && (e.party ?? 'participant') === 'participant' && participantGate(note.text, a, e).passed);
      if (!other) {
        qualifies = false;
        gate = Object.assign(first, { event: a.chosen });
      }
    }
  }

  // A visit or call the note itself says was no meeting with us: someone else's appointment, an event, a closed
  // office, an errand, our front desk talking, a call that dropped (the event's `meeting`, lib/text/meeting.ts).
  // Another connected event with the participant that was a meeting with us still counts.
  if (qualifies && party === 'participant' && !oneWayAccepted && a.chosen && !metUs(a.chosen)) {
    const other = a.events.find((e) => e !== a.chosen && e.successful && (e.party ?? 'participant') === 'participant' && metUs(e) && participantGate(note.text, a, e).passed);
    if (!other) {
      qualifies = false;
      gate = { passed: false, missing: 'two-way', other: null, event: a.chosen };
    }
  }

  // The second key: the writer states a two-way contact on the same sentences the reader's contact rests on.
  let unstated = false;
  if (qualifies && !oneWayAccepted && !statedAgrees(note, a, party, claim !== undefined)) {
    qualifies = false;
    unstated = true;
  }

  // Only the hint stood between this note and counting: it does not count. The hint is still the type the note names
  // (lib/rules/contact-type-missing asks only when nothing says how); the reason says the participant was not shown reached.
  const hintOnly = hinted !== null && qualifies;
  if (hintOnly) {
    qualifies = false;
    gate = null;
    unstated = false;
  }

  const assessment: ContactAssessment = {
    // A try or a talk the events name no channel for still says how it was made (a texting platform's lines, a tablet
    // message, a house nobody answered, "(phone)" on a calendar entry): the note's type, decided after the verdict and
    // never a reason to count it.
    // Last, any channel the note names for a contact, a try or a message (a form's line, an abbreviation, a refused
    // contact's channel): contact-type-missing asks only where nothing says how (lib/text/named-channel.ts).
    // (Where a hint was sought and none found, nearbyChannel has already asked tryChannel, which found nothing.)
    contactType: contactType ?? hinted ?? (contactType === null && contactHappened ? null : tryChannel(note.text)) ?? mentionedChannel(note.text, a.mentioned) ?? namedChannel(note.text),
    contactTypeFromField: note.contactType !== null,
    party,
    contactHappened,
    attemptOnly,
    pendingWritten,
    substantiveProgress: substantive,
    noContactStory,
    bareClaim,
    blank,
    qualifies,
    gate,
    unstated,
    reason: { message: '', outcome: 'none', channel: null },
  };
  assessment.reason = reasonFor(note, a, pack, assessment, oneWayAccepted);
  if (today) notYetHappened(assessment, today);
  return assessment;
}

/**
 * A contact whose own date is after today ("Met with client 12/20/2026, …" checked on 12/01/2026) has not happened:
 * it does not count, and the reason says why, so the case manager corrects the date or saves the note once it took place.
 */
function notYetHappened(c: ContactAssessment, today: IsoDate): void {
  const typed = c.qualifies ? c.reason.date : undefined;
  const day = typed ? typedDateOn(typed, today) : null;
  if (day === null || day <= today) return;
  c.qualifies = false;
  c.reason = {
    ...c.reason,
    outcome: 'planned',
    message: `This note does not show a contact that has happened: it is dated ${usDate(day)}, after today (${usDate(today)}). A contact still to come does not count; correct the date, or save the note once the contact has taken place.`,
  };
}

