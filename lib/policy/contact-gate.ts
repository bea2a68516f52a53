/**
 * The participant gate: the last check before a note may say "qualifies". The reader (lib/text) turns
 * words into contact events; it is generous about what connected, and every new voice of note writing
 * has found some way to make it too generous. A wrong "qualifies" silently moves a due date, so this
 * gate asks, over the events already read, for the three things a monitor would look for, and says
 * which one is missing when it refuses:
 *
 *   two-way      the event connected: someone talked, replied, came in (the reader's `successful`);
 *   participant  the participant is the other party: named or a name ("cust", "Maria"), a pronoun
 *                with no one else it could mean, or a reply that came from them;
 *   someone-else nobody else in the same or the next sentence is shown acting (answering, speaking,
 *                being called or met) so that the exchange could have been theirs instead, unless the
 *                participant is named again after them ("her son answered, then cust got on the phone").
 *
 * A provider or alternate contact (Missouri's path with substantive progress) is not the participant's
 * and is left to the pack; it still has to be two-way. Anything else is "unclear: not a qualifying contact".
 */
import { isWrittenChannel, type ContactEvent, type NoteAnalysis, type PartyMention } from '../text/analyze';
import type { Match } from '../text/matcher';
import type { Token } from '../text/tokenize';
import { quotedRanges } from '../text/text-marks';
import { invited, peopleIn, senderIsParticipant } from './gate-people';
import { notTheirName, otherFirstName, ownedReply, replyNotTheirs, replyToAnother } from './gate-reply';
import { aboutAnothersCase, organisationAt, toldOfAnother } from './gate-told';
import { firstPerson, nameAfter, nameRightAfter, namedInClause, nameOpens, nobodyElse, withWord } from './gate-names';
import { professionalAt } from './gate-professionals';
import { contactWithOrganisation, onTheirBehalf, someoneIndefinite } from './gate-behalf';

type GateMissing = 'two-way' | 'participant' | 'someone-else' | 'sender';

export interface GateResult {
  passed: boolean;
  missing: GateMissing | null;
  /** The words of whoever else the exchange could belong to (for the reason). */
  other: { start: number; end: number } | null;
}

const PASS: GateResult = { passed: true, missing: null, other: null };
const fail = (missing: GateMissing, other: { start: number; end: number } | null = null): GateResult => ({ passed: false, missing, other });

/** Contacts whose very name says the participant came to us ("OV", "office visit", "walk-in"). */
const THEY_CAME = new Set(['ov', 'office visit', 'office visits', 'walk in', 'walked in', 'came in', 'came into the office', 'came to the office', 'came by', 'stopped by', 'stopped in', 'dropped by', 'dropped in']);
/** A call centre's disposition that names the participant reached ("Outcome: Contacted — RPC"). */
const RIGHT_PARTY = new Set(['rpc', 'right party contact', 'right party']);

/**
 * Does the exchange this event records rest with the participant? Only for events the reader settled as
 * with the participant (or with no one named); a provider's or alternate's contact is the pack's to weigh.
 */
export function participantGate(text: string, a: NoteAnalysis, e: ContactEvent): GateResult {
  if (!e.successful) return fail('two-way');
  const { tokens, matches } = a;
  // A pasted thread or e-mail: its own labels said who wrote.
  if (e.opener === 'thread' || e.opener === 'e-mail header') return e.party === 'participant' ? PASS : fail('sender');
  // A written reply is the participant's only when it came from them.
  if (e.fromThem && !senderIsParticipant(tokens, a.parties, e)) return fail('sender');
  const evidence = e.evidence ?? e;
  const evTok = Math.max(e.tokStart, tokenAt(tokens, evidence.start));
  const evClause = tokens[evTok]?.clause ?? e.clause;
  // A written reply to someone else's message, or from a first name the note does not give the participant (gate-reply.ts).
  if (e.response && isWrittenChannel(e.channel)) {
    if (replyToAnother(a, evTok)) return fail('sender');
    // ('Reply from client 4/3: "Automatic reply: …"', 'Client replied: "Hi this is her daughter, …"': not her words.)
    if (replyNotTheirs(text, e)) return fail('sender');
    const other = otherFirstName(text, a, e.tokStart, e.clause) ?? (evTok > e.tokStart ? otherFirstName(text, a, evTok, evClause) : null);
    if (other) return fail('someone-else', other);
  }
  // "Client Kayla. Jenny called back, …", "Goodwill called back 3/4, she …": the subject opening the contact's sentence is
  // a first name the note does not give the participant, or an employer, a school or an office.
  // (An organisation only as the subject of a call back or a reply: "Support services: met with …" names none.)
  const opener = otherFirstName(text, a, e.tokStart, e.clause) ?? (e.incoming || e.response ? subjectOrganisation(text, tokens, e) : null);
  if (opener) return fail('someone-else', opener);
  // "Contact Type: Telephone / Contact With: Job Corps": the form says whom the contact was with.
  const formWith = e.declared ? contactWithOrganisation(text, tokens) : null;
  if (formWith) return fail('someone-else', formWith);
  // A form's type label ("Contact Type: Phone") stands for the whole form: its "Contact With:" line may be anywhere in it.
  const lo = e.declared ? 0 : Math.max(0, e.clause - 1);
  const hi = e.declared ? Number.MAX_SAFE_INTEGER : evClause + 1;
  // (Someone named inside quotation marks is in somebody's words: 'Client texted: "school says no answer yet"'.)
  const quotes = text.includes('"') || text.includes('\u201c') ? quotedRanges(text) : [];
  const people = peopleIn(tokens, matches, a.parties, lo, hi).filter((p) => p.who !== 'someone-else' || !quotes.some(([s, t]) => p.start > s && p.end <= t));

  // Bound to the contact itself: "TC w/ cust", "Cust called", "Phone call with Renee", "spoke with client".
  const bound = boundParticipant(text, tokens, matches, a.parties, e, evTok);
  if (bound !== null || (e.fromThem && !e.incoming)) {
    // Only someone else acting between the participant and the evidence can take the exchange from them
    // ("Called cust, her son answered and said …"); whoever speaks later speaks on a contact already made.
    // "E-mail exchange w/ Gloria Ruiz from Metro Staffing": the name bound to the contact is someone else's staff.
    const staff = bound === null ? undefined : people.find((p) => p.who === 'someone-else' && p.tokStart <= bound && bound < p.tokEnd);
    if (staff) return fail('someone-else', staff);
    // "Spoke with Dana, RN, at the clinic", "TC w/ DVR 3/4": a professional or an agency, by how the note writes them.
    const professional = bound === null ? null : (professionalAt(text, tokens, a.parties, bound) ?? notTheirName(text, a, bound));
    if (professional) return fail('someone-else', professional);
    const from = bound ?? e.tokStart;
    const between = people.find((p) => p.who === 'someone-else' && p.tokStart > from && p.tokStart < evTok);
    if (between) return fail('someone-else', between);
    // "TC w/ Maria Lopez 3/4: her grandson passed …": the one named speaks of the participant as someone else.
    const name = bound === null ? undefined : tokens[bound];
    // (A name: no word the reader knows, "Outbound call 11/19 - RPC. Cust confirmed …", nor an acronym.)
    const known = name === undefined || a.matches.some((m) => m.tokStart <= (bound as number) && (bound as number) < m.tokEnd) || text.slice(name.start, name.end) === text.slice(name.start, name.end).toUpperCase();
    if (name?.capitalised && !known && !a.parties.some((q) => q.party === 'participant' && (q.tokStart === bound || q.tokEnd === bound))) {
      // ("TC w/ Hy-Vee 3/4 - discussed job search": an organisation's name on the line, not a person's.)
      // (Whom it was with, "TC w/ Hy-Vee", not a place visited, "Visited the Hy-Vee store".)
      const org = withWord(text, tokens, bound as number) ? organisationAt(text, tokens, bound as number) : null;
      if (org) return fail('someone-else', org);
      if (toldOfAnother(text, tokens, a.parties, bound as number, e.clause)) return fail('someone-else', { start: name.start, end: name.end });
    }
    // "AEL teacher e-mailed to say customer came to her office": someone else acting earlier in the sentence tells it
    // (unless the participant took over: "her child answered, then Maria got on the phone").
    const teller = people.find((p) => p.who === 'someone-else' && p.tokStart < from && tokens[p.tokEnd - 1]?.clause === e.clause && !takenOver(tokens, p.tokEnd, from));
    if (teller) return fail('someone-else', teller);
    // "Participant e-mailed her instructor", "Customer met with her FSD caseworker": the participant's own contact
    // with someone else (named right after it), not one with us.
    // (Not when the writer was there too, "met with the employer and this writer", nor a message's quoted words.)
    const writerThere = matches.some((m) => m.clause === e.clause && m.tags.includes('writer') && m.tokStart >= e.tokEnd && m.tokStart - e.tokEnd <= 6);
    if (bound !== null && bound <= e.tokStart && !writerThere) {
      const to = a.parties.find(
        (q) =>
          q.party !== 'participant' && !q.possessive && q.clause === e.clause && q.tokStart >= e.tokEnd && q.tokStart - e.tokEnd <= 3 &&
          !text.slice(e.end, q.start).includes(':') && !quotes.some(([s0, s1]) => q.start > s0 && q.end <= s1),
      );
      if (to) return fail('someone-else', to);
    }
    return PASS;
  }
  // Otherwise the exchange is whoever the sentences around it name: the first person named after the contact
  // opens ("Worksite visit: met with participant and her supervisor"), else the last one before it ("Roommate
  // answered; we discussed …"). A pronoun alone is the participant only with nobody else acting around it.
  // "Called the Hy-Vee store 3/4, discussed her hours": whom the contact went to is an organisation.
  // (A call, a video call or a message only: a visit goes to a place, "Visited the Hy-Vee store".)
  // (A meeting "with" an organisation or its people is with them: "Met w/ Job Corps staff", "Met with Goodwill staff".)
  const org = e.channel === 'phone' || e.channel === 'video' || isWrittenChannel(e.channel) || WITH_LINK.has(tokens[afterLinks(tokens, e) - 1]?.text ?? '') ? organisationAfter(text, tokens, e) : null;
  if (org) return fail('someone-else', org);
  // "Called Spire on her behalf; spoke with a representative", "spoke with an agent about her claim": someone at an office.
  const evEnd = e.evidence ? tokenAt(tokens, e.evidence.end - 1) + 1 : e.tokEnd;
  const indefinite = onTheirBehalf(tokens, a.parties, e.clause, evClause) ?? someoneIndefinite(tokens, e.tokEnd) ?? someoneIndefinite(tokens, evEnd);
  if (indefinite) return fail('someone-else', indefinite);
  // "Spoke with Dana, RN, at the clinic", "Met with John Smith, LCSW": whom it was with is a professional.
  const whom = afterLinks(tokens, e);
  const professional = tokens[whom]?.clause === e.clause ? (professionalAt(text, tokens, a.parties, whom) ?? notTheirName(text, a, whom)) : null;
  if (professional) return fail('someone-else', professional);
  // "TC - discussed her son's job search": a relative's own case is what was talked over.
  const relative = aboutAnothersCase(a, e.clause);
  if (relative) return fail('someone-else', relative);
  const named = people.filter((p) => p.who !== 'pronoun');
  // "Training coordinator Mr. Haskins returned my call": someone else is the contact's subject.
  const subject = named.find((p) => p.who === 'someone-else' && p.tokEnd <= e.tokStart && e.tokStart - p.tokEnd <= 1);
  if (subject) return fail('someone-else', subject);
  const owner = named.find((p) => p.tokStart >= e.tokStart) ?? lastOf(named.filter((p) => p.tokStart < e.tokStart));
  if (owner?.who === 'someone-else') return fail('someone-else', owner);
  if (owner?.who === 'participant') {
    const between = people.find((p) => p.who === 'someone-else' && p.tokStart > e.tokStart && p.tokStart < owner.tokStart);
    return between ? fail('someone-else', between) : PASS;
  }
  // (A pronoun is enough only when someone talked: "Left a note at the office" near "he was absent" shows no one.)
  // (Or in a form, where "Results: she is attending 4 days a week" is what the declared contact brought.)
  // (Not a written reply whose subject is a name: "Ameren replied to my e-mail: her account is past due" speaks of
  // someone else; whether that name is the participant is the last check's to say.)
  const namedSender = e.response && isWrittenChannel(e.channel) && nameOpens(tokens, a.matches, e);
  if (people.length > 0 && (e.success || e.response || e.declared) && !namedSender) return PASS;
  if (THEY_CAME.has(e.opener) || RIGHT_PARTY.has(e.opener) || (e.fromThem && senderIsParticipant(tokens, a.parties, e))) return PASS;
  // A name right after the contact ("Met with Maria") is how the reader knew it was the participant.
  if (e.party === 'participant' && nameAfter(tokens, e)) return PASS;
  // "TC ✓ • still @ Cub bakery • 28 hrs", "Monthly contact 3/15 by phone. No change.": a contact that took place on
  // the participant's own record, in a note that names nobody else at all and tells no try, message or anyone's report.
  // (Not a letter, e-mail or text, whose sender must be shown; nor a contact whose sentence names a person or a place
  // the words do not know: "Called the County Veterans Service Office, spoke w/ Rick".)
  // (Nor a meeting the participant was only invited to: "IEP meeting 3/4; client was invited".)
  const onlyInvited = a.parties.some((q) => q.party === 'participant' && invited(tokens, q));
  if ((e.made || e.success) && !isWrittenChannel(e.channel) && (e.party ?? 'participant') === 'participant' && !namedInClause(tokens, a.matches, e) && !onlyInvited && nobodyElse(text, a)) return PASS;
  // "Jasmine texted back 11/30: …", "3/4 Deshawn e-mailed me back: …": a reply whose sender is a first name opening the
  // sentence, in a note that names nobody else, is the participant's (as "She replied 3/4: …" with nobody in view is).
  // (With news in it, the participant's own or their activity's: "Ameren replied 3/4: account past due" is a company's.)
  if (e.response && isWrittenChannel(e.channel) && (e.party ?? 'participant') === 'participant' && nameOpens(tokens, a.matches, e) && nobodyElse(text, a) && (a.progressEvidence > 0 || firstPerson(text, tokens, e))) return PASS;
  return fail('participant');
}

const WITH_LINK = new Set(['with', 'w']);
/** Binding words between a contact and the person it was with ("TC w/ cust", "met with the participant"). */
const LINK = new Set(['with', 'w', 'to', 'from', 'the', 'a', 'an', 'our', 'my', 'and']);
/**
 * The token where the participant is bound to the contact: its subject right before the opener or the evidence
 * ("Cust called", "Client says"), or its object right after ("TC w/ cust", "Phone call with Renee"). Null when none.
 */
function boundParticipant(text: string, tokens: Token[], matches: Match[], parties: PartyMention[], e: ContactEvent, evTok: number): number | null {
  const anchors = evTok > e.tokStart ? [e.tokStart, evTok] : [e.tokStart];
  for (const at of anchors) {
    const clause = tokens[at]?.clause;
    const owned = ownedReply(text, tokens, parties, e, at);
    if (owned !== null) return owned;
    for (const q of parties) {
      if (q.party !== 'participant' || q.possessive || q.clause !== clause) continue;
      // Subject: ends at most two words before ("Cust called", "Client then called").
      if (q.tokEnd <= at && at - q.tokEnd <= 2) return q.tokEnd;
    }
    // A name as the subject ("then Maria got on the phone"): mid-sentence, capitalised, not a word the reader knows.
    for (let t = at - 1; t >= at - 2 && t > 0; t--) {
      const w = tokens[t] as Token;
      if (w.clause !== clause || (tokens[t - 1] as Token).clause !== clause) break;
      if (w.capitalised && !w.numeric && e.party === 'participant' && !matches.some((m) => m.tokStart <= t && t < m.tokEnd)) return t + 1;
    }
    const end = at === e.tokStart ? e.tokEnd : (matches.find((m) => m.tokStart === at)?.tokEnd ?? at + 1);
    let t = end;
    // (Past a date too: "TC 6/24 w/ client".)
    while (t < tokens.length && t - end < 4 && (LINK.has((tokens[t] as Token).text) || (tokens[t] as Token).numeric) && (tokens[t] as Token).clause === clause) t++;
    const tok = tokens[t];
    if (!tok || tok.clause !== clause) continue;
    if (parties.some((q) => q.tokStart === t && q.party === 'participant' && !q.possessive)) return t;
    // A person's name ("Phone call with Renee", "Met w/ Jose", "TC Jenna"), not a place or a number.
    if (tok.capitalised && !tok.numeric && (t > end || nameRightAfter(text, tokens, t)) && e.party === 'participant') return t;
  }
  return null;
}

/** The organisation opening the contact's sentence as its subject, only a date before it ("Goodwill called back 3/4"). */
function subjectOrganisation(text: string, tokens: Token[], e: ContactEvent) {
  let k = e.tokStart - 1;
  while (k > 0 && e.tokStart - k < 3 && (tokens[k - 1] as Token).clause === e.clause && (tokens[k - 1] as Token).capitalised && !(tokens[k - 1] as Token).numeric) k--;
  for (let t = k - 1; t >= 0 && (tokens[t] as Token).clause === e.clause; t--) if (!(tokens[t] as Token).numeric) return null;
  const org = tokens[k]?.clause === e.clause ? organisationAt(text, tokens, k) : null;
  // (Its name ends before the contact does: "Job Corps called back", not the words of the contact itself.)
  return org && org.end <= (tokens[e.tokStart] as Token).start ? org : null;
}

/** The organisation named right after the contact, past "with", "to", "the" ("Called the Hy-Vee store"). */
function organisationAfter(text: string, tokens: Token[], e: ContactEvent) {
  const t = afterLinks(tokens, e);
  return tokens[t]?.clause === e.clause ? organisationAt(text, tokens, t) : null;
}

/** The token right after the contact and its linking words ("with", "to", "the"). */
function afterLinks(tokens: Token[], e: ContactEvent): number {
  let t = e.tokEnd;
  while (LINK.has(tokens[t]?.text ?? '') && tokens[t]?.clause === e.clause) t++;
  return t;
}

/** Index of the token that starts at or covers `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastOf<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

/** "then", "and then": the participant took over from whoever acted before ("her son answered, then client got on"). */
function takenOver(tokens: Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if ((tokens[t] as Token).text === 'then') return true;
  return false;
}
