/**
 * Whether a note's contact counts under a pack (ARCHITECTURE.md, "What
 * qualifies"), decided from the contact events the note was read into: a two-way
 * exchange with the participant in person, by phone or video; a letter, e-mail
 * or text once the reply is documented; a provider or alternate only as the
 * pack allows; attempts, one-way messages, plans and unclear notes never.
 * Missing documentation does not undo a contact. Every verdict carries the
 * event it rests on and a plain sentence, so nobody has to guess why.
 */
import { isWritten, type CaseNote, type ContactType, type Party, type VerdictReason } from '../model';
import { isWrittenChannel, type Channel, type ContactEvent, type NoteAnalysis, type Span } from '../text/analyze';
import type { Match } from '../text/matcher';
import { participantGate, type GateResult } from './contact-gate';
import { statedAgrees } from './stated-agree';
import type { PolicyPack } from './schema';

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

const FIELD_CHANNEL: Record<ContactType, Channel> = { 'in-person': 'in-person', telephone: 'phone', letter: 'letter', email: 'email' };
const CHANNEL_WORD: Record<Channel, string> = {
  'in-person': 'in-person',
  phone: 'telephone',
  video: 'video',
  letter: 'letter',
  email: 'e-mail',
  text: 'text',
};
const WHO: Record<Party, string> = {
  participant: 'the participant',
  provider: 'the training or activity provider',
  alternate: 'an alternate contact',
  other: 'someone other than the participant or a provider',
};
const NOT_REACHED = 'This note does not show that you reached the participant';
const STATE_IT = 'This note does not say that you reached the participant';
const HOW = 'Say how you reached them and what they told you (for example "spoke with the participant by phone: …").';

export function substantiveProgress(a: NoteAnalysis): boolean {
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

/** The blank that leaves the contact itself unfinished (see ContactAssessment.blank). */
function unfinished(text: string, a: NoteAnalysis): Span | null {
  const first = a.placeholders[0];
  if (!first) return null;
  const e = a.chosen;
  if (!e || !e.successful) return first;
  const from = text.lastIndexOf('\n', e.start) + 1;
  const nl = text.indexOf('\n', e.end);
  const to = nl < 0 ? text.length : nl;
  return a.placeholders.find((p) => p.start >= from && p.start < to) ?? null;
}

const WANTED = new Set(['needed', 'need', 'needs', 'due', 'overdue', 'required', 'pending']);
const CLAIMS = new Set(['monthly contact', 'contact made', 'contact completed', 'case management contact', 'cm contact', 'made contact']);
function claimedWithResults(a: NoteAnalysis): Match | undefined {
  if (a.progressEvidence === 0 || a.resultsOnlyPlan || a.attempts.length > 0 || a.pendingWritten !== null || a.placeholders.length > 0) return undefined;
  if (a.events.some((e) => e.outcome !== 'unclear') || a.mentioned.length > 0 || a.byTag('pointer').length > 0) return undefined;
  // (Nor with anyone else named in the note, whose contact the results could be: "Client's probation agent called …
  // Monthly contact with client still needed".)
  if (a.parties.some((p) => p.party !== 'participant' && !p.possessive)) return undefined;
  const claim = a.byTag('made').find((m) => CLAIMS.has(m.phrase));
  // "Monthly contact … still needed", "monthly contact due": a contact wanted, not one made.
  if (claim && a.tokens.some((t) => t.clause === claim.clause && t.start > claim.start && WANTED.has(t.text))) return undefined;
  return claim;
}

export function assessContact(note: CaseNote, a: NoteAnalysis, pack: PolicyPack): ContactAssessment {
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

  let qualifies = contactType !== null && pack.acceptedContactTypes.includes(contactType) && contactHappened;
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

  // The second key: the writer states a two-way contact on the same sentences the reader's contact rests on.
  let unstated = false;
  if (qualifies && !oneWayAccepted && !statedAgrees(note, a, party, claim !== undefined)) {
    qualifies = false;
    unstated = true;
  }

  const assessment: ContactAssessment = {
    contactType,
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
  return assessment;
}

function quote(text: string, s: { start: number; end: number }): string {
  const q = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  return q.length > 60 ? `${q.slice(0, 57)}…` : q;
}

/**
 * A reason with its keys always in this order (channel, date, outcome, start, end, message: the CLI's
 * JSON output shows it). Built by assignment, not object spread: spreading objects is slow in V8
 * and this runs for every note of a million-note audit.
 */
function made(channel: Channel | null, date: string | null | undefined, outcome: VerdictReason['outcome'], span: { start: number; end: number } | null | undefined, message: string): VerdictReason {
  const r = { channel } as VerdictReason;
  if (date) r.date = date;
  r.outcome = outcome;
  if (span) {
    r.start = span.start;
    r.end = span.end;
  }
  r.message = message;
  return r;
}

function reasonFor(note: CaseNote, a: NoteAnalysis, pack: PolicyPack, c: ContactAssessment, oneWayAccepted: boolean): VerdictReason {
  const e: ContactEvent | null = a.chosen;
  const channel = e?.channel ?? (c.contactType ? FIELD_CHANNEL[c.contactType] : null);
  const date = e?.date;
  const how = channel ? CHANNEL_WORD[channel] : '';

  const blank = c.blank;
  if (blank) {
    return made(channel, date, e?.outcome ?? 'none', blank, `This note still has a template blank to fill in ("${quote(note.text, blank)}"), so it does not document a contact yet.`);
  }
  if (c.gate) {
    const g = c.gate;
    const span = g.event.evidence ?? g.event;
    const said = `"${quote(note.text, span)}"`;
    const piece =
      g.missing === 'someone-else' && g.other
        ? `"${quote(note.text, g.other)}" is someone else in the same part of the note, so the exchange ${said} may have been with them`
        : g.missing === 'sender'
          ? `${said} does not show that the reply came from the participant`
          : `${said} does not say that it was with the participant`;
    const r = made(channel, date, 'unclear', span, `${NOT_REACHED}: ${piece}. ${HOW}`);
    r.missing = g.missing ?? 'participant';
    return r;
  }
  if (c.unstated) {
    const span = e?.evidence ?? e;
    const said = span ? `"${quote(note.text, span)}" does not say` : 'nothing in it says';
    const r = made(channel, date, 'unclear', span, `${STATE_IT}: ${said} in your words that you and the participant talked or wrote back and forth. ${HOW}`);
    r.missing = 'statement';
    return r;
  }
  if (e && e.successful) {
    const span = e.evidence ?? e;
    const said = `"${quote(note.text, span)}"`;
    const r = (message: string) => made(channel, date, 'connected', span, message);
    const who = c.party ?? 'participant';
    if (c.qualifies) {
      if (who !== 'participant') {
        return r(`Counts: ${how ? `a ${how}` : 'a'} contact with ${WHO[who]} (${said}) that documents the participant's progress in detail.`);
      }
      if (isWrittenChannel(channel)) return r(`Counts: the participant replied to the ${how} (${said}).`);
      return r(`Counts: a two-way ${how ? `${how} ` : ''}contact with the participant (${said}).`);
    }
    if (c.contactType === null) return r('Does not count yet: the note does not say how the contact was made (in person, telephone, letter or e-mail).');
    if (!pack.acceptedContactTypes.includes(c.contactType)) return r(`Does not count: this policy does not accept ${CHANNEL_WORD[FIELD_CHANNEL[c.contactType]]} contacts.`);
    if (who === 'other') return r(`Does not count: the contact was with ${WHO.other} (${said}).`);
    if (who === 'provider' || who === 'alternate') {
      const treatment = pack.thirdParty[who];
      if (treatment === 'with-substantive-progress') {
        return r(`Does not count: a contact with ${WHO[who]} counts only when it documents the participant's progress in detail.`);
      }
      return r(`Does not count: a contact with ${WHO[who]} is worth recording, but under this policy it does not replace the contact with the participant.`);
    }
    return r(`${NOT_REACHED}. ${HOW}`);
  }
  const claimed = !(e && e.successful) && c.contactHappened ? claimedWithResults(a) : undefined;
  if (claimed) {
    const said = `"${quote(note.text, claimed)}"`;
    if (c.qualifies) return made(channel, date, 'connected', claimed, `Counts: the note records a ${how ? `${how} ` : ''}contact that took place (${said}) and its results.`);
    if (c.contactType === null) return made(channel, date, 'connected', claimed, 'Does not count yet: the note does not say how the contact was made (in person, telephone, letter or e-mail).');
  }
  if (oneWayAccepted && e) {
    return made(channel, date, 'one-way', e, `Counts: this policy accepts a ${how} to the participant without a reply.`);
  }
  if (e && c.pendingWritten) {
    return made(
      channel,
      date,
      'one-way',
      e,
      `${NOT_REACHED}: the ${how || 'letter or e-mail'} went out ("${quote(note.text, e)}"), but no reply is recorded. It counts once you note the reply.`,
    );
  }
  const failed = e?.attempts[0] ?? a.attempts[0];
  if (failed) {
    return made(channel, date, 'attempt', failed, `${NOT_REACHED}: "${quote(note.text, failed)}" is an attempt, not a contact. Keep trying and record the contact once you reach them.`);
  }
  if (e) {
    // A contact named and nothing said of its outcome: a question the case manager can answer in one click.
    const r = made(channel, date, 'unclear', e, `${NOT_REACHED}: "${quote(note.text, e)}" does not say whether anyone answered. ${HOW}`);
    r.missing = 'statement';
    return r;
  }
  const planned = a.mentioned.find((m) => m.kind === 'planned');
  const reported = a.mentioned.find((m) => m.kind === 'reported');
  if (planned && !reported) {
    return made(planned.channel, null, 'planned', planned, `${NOT_REACHED}: "${quote(note.text, planned)}" is planned, not yet made.`);
  }
  if (reported) {
    const r = made(reported.channel, null, 'reported', reported, `${NOT_REACHED}: "${quote(note.text, reported)}" is someone else's contact, not yours with the participant. ${HOW}`);
    r.missing = 'statement';
    return r;
  }
  return made(channel, null, 'none', null, `${NOT_REACHED}: it records no contact. ${HOW}`);
}
