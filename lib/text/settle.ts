/**
 * After the reader: who each contact was with and which way it went (actor,
 * party, direction), what came of it (outcome, on positive evidence only) and
 * the date typed in its sentence. Kept apart from the clause reader so each
 * step can be read and tested on its own.
 */
import type { DateSpan } from '../dates';
import { CHANNEL_TYPE, isWrittenChannel, type ContactEvent, type MentionedContact, type PartyMention } from './event-types';
import type { Match } from './matcher';
import { nameAfterWith, officeTitled, titledSubject } from './names';
import { ABSENT, ARTICLE, CAME_TO_US, GOT, MEETING_WORDS, ORG_WORDS, OWN_MEETING, PREPOSITION_START, PRONOUNS, SITE_VISITS, STOP } from './settle-words';
import type { Token } from './tokenize';

export { STOP } from './settle-words';

/**
 * Who each contact was with: the subject just before it ("Cust called"), else the first
 * person after it in the same sentence ("TC w/ instructor"), else a capitalised name
 * ("met with Jane"), else anyone named before the next contact.
 */
export function resolveParties(text: string, tokens: Token[], matches: Match[], events: ContactEvent[], parties: PartyMention[]): void {
  let capitalised = 0;
  for (const t of tokens) if (t.capitalised) capitalised++;
  const capitalisedShare = tokens.length ? capitalised / tokens.length : 0;
  const matchStarts = new Uint8Array(tokens.length + 1);
  for (const m of matches) matchStarts[m.tokStart] = 1;
  // Events and party mentions are both in token order, so one forward pointer keeps this linear.
  // The last token where each sentence names the writer ("met with the employer and this writer").
  let lastWriter: Map<number, number> | null = null;
  for (const m of matches) if (m.tags.includes('writer')) (lastWriter ??= new Map()).set(m.clause, m.tokStart);
  let p = 0;
  events.forEach((e, k) => {
    const nextStart = events[k + 1]?.tokStart ?? Number.POSITIVE_INFINITY;
    while (p < parties.length && (parties[p] as PartyMention).tokEnd <= e.tokStart) p++;
    // The reader already knows (someone who answered for the participant, speaking on).
    if (e.party !== null) return;
    // "Results letter from testing vendor: customer passed": the sender is who follows "from"; a lower-case
    // noun that names no one the reader knows (not a name, not a pronoun) is someone else writing about them.
    if (e.fromThem) {
      let t = e.tokEnd;
      while (ARTICLE.has(tokens[t]?.text ?? '') && tokens[t]?.clause === e.clause) t++;
      const sender = tokens[t];
      const known = parties[p] !== undefined && (parties[p] as PartyMention).tokStart === t;
      if (sender && sender.clause === e.clause && !sender.capitalised && !sender.numeric && !known && !PRONOUNS.has(sender.text) && matchStarts[t] !== 1) {
        e.party = 'other';
        return;
      }
    }
    // "Her child answered, then Maria got on the phone": a name just before the contact is whom it was with.
    // ("Sis. Lee replied", "Mr. Ortiz called back": a titled name opening the sentence, calling or writing in.)
    // ("TC w/ Sgt. Miller (PO)", "Dr. Patel called", "Spoke with Dispatch at Prime": someone else.)
    if (officeTitled(tokens, e)) return void (e.party = 'other');
    if (titledSubject(tokens, matchStarts, e)) {
      e.party = 'participant';
      e.incoming = true;
      return;
    }
    if (nameJustBefore(tokens, matchStarts, e)) {
      e.party = 'participant';
      return;
    }
    // "She called this writer": a pronoun subject is the participant calling in.
    const before = tokens[e.tokStart - 1];
    if (before && before.clause === e.clause && (before.text === 'she' || before.text === 'he' || before.text === 'they')) {
      e.party = 'participant';
      e.incoming = true;
      return;
    }
    for (let b = p - 1; b >= 0; b--) {
      const q = parties[b] as PartyMention;
      // "Cust called", or the sentence's subject a few words back ("Teacher at Lincoln HS emailed").
      // ("The participant's spouse contacted the undersigned by telephone": the first person a sentence names is its subject.)
      const prior = parties[b - 1];
      const firstInSentence = !q.possessive && (prior === undefined || prior.clause !== q.clause || (prior.possessive && prior.tokEnd === q.tokStart));
      const sentenceSubject = (tokens[q.tokStart - 1]?.clause !== q.clause && e.tokStart - q.tokEnd <= 4) || (firstInSentence && e.tokStart - q.tokEnd <= 6);
      if (q.clause !== e.clause || (e.tokStart - q.tokEnd > 2 && !sentenceSubject)) break;
      // "Youth – Text – 3/19:" is a subject line's labels, not "youth texted" ("Mateo (participant's brother-in-law) stopped
      // by": a hyphen inside a word is no label's dash).
      if (!q.possessive && !/[–—|:]|\s-|-\s/.test(text.slice(q.end, e.start))) {
        e.party = q.party;
        // "reach cust via phone": the person before "via/by" is who was tried, not who called.
        e.incoming = !PREPOSITION_START.has(tokens[e.tokStart]?.text ?? '');
        // "Client met with her instructor", "Customer called the financial aid office": the participant's own
        // contact with someone else, which the writer was not part of (unless the writer is named in it too).
        if (e.incoming && q.party === 'participant' && OWN_MEETING.has(e.opener) && e.attempts.length === 0 && (lastWriter?.get(e.clause) ?? -1) < e.tokEnd) {
          const other = parties[p];
          if (other && other.clause === e.clause && other.party !== 'participant' && other.tokStart >= e.tokEnd && other.tokStart - e.tokEnd <= 3) e.party = 'other';
        }
        return;
      }
    }
    // "Met with Hunter at his worksite": a name right after the contact is the participant's.
    // ("TC w/ Jose": "w/" is "with"; "Met with Mr. Ortiz", "TC w/ Sis. Lee": past a title to the surname.)
    const nt = nameAfterWith(tokens, e);
    const nextTok = tokens[nt];
    // ("Called Ameren HR", "talked with Jen (manager, Cenex)": a name followed by a role is that role.)
    const role = parties[p];
    // ("Spoke with Linda Carver, CNA program coordinator": a name of a few capitalised words, then the role.)
    // ("TC w/ Ozarks Tech instructor", "TC w/ Ranken HVAC instructor Mr. Dale": counted from past the "with".)
    let named = nt;
    while (named < nt + 3 && tokens[named]?.capitalised && tokens[named]?.clause === e.clause) named++;
    if (role && role.clause === e.clause && !role.possessive && role.tokStart >= e.tokEnd && role.tokStart - named <= 1) {
      e.party = role.party;
      return;
    }
    // ("Called Express Staffing", "Met with Acme Foods": a name that ends in an organisation's word is not a person.)
    let org = false;
    for (let t = e.tokEnd; t <= named && !org; t++) org = tokens[t]?.clause === e.clause && ORG_WORDS.has(tokens[t]?.text ?? '');
    if (nextTok && nextTok.clause === e.clause && nextTok.capitalised && !nextTok.numeric && !nextTok.possessive && matchStarts[e.tokEnd] !== 1 && matchStarts[nt] !== 1 && capitalisedShare < 0.6 && !STOP.has(nextTok.text) && !org) {
      e.party = 'participant';
      return;
    }
    let later: PartyMention | undefined;
    for (let f = p; f < parties.length; f++) {
      const q = parties[f] as PartyMention;
      if (q.tokStart >= nextStart) break;
      if (q.tokStart < e.tokEnd || q.possessive) continue;
      if (q.clause === e.clause) {
        e.party = q.party;
        return;
      }
      later ??= q;
      break;
    }
    if (later) e.party = later.party;
  });
  // A site visit where only the supervisor is heard ("Client was out on a plow route; talked with supervisor Gary")
  // was with the supervisor; the participant counts only when shown there.
  // ("Participant was on break and joined CM and the plant manager": shown there, the visit was with them.)
  for (const e of events) {
    if (!SITE_VISITS.has(e.opener)) continue;
    if (present(tokens, parties, e)) e.party = 'participant';
    else if (!e.speakers.includes('participant') && (e.party === null || e.party === 'participant')) {
      const spoke = e.speakers.find((p) => p !== 'participant');
      if (spoke) e.party = spoke;
      // "Site visit at Acme, customer absent. Discussed attendance": the participant was not there to meet.
      else if (absent(tokens, parties, e)) e.party = 'other';
    }
  }
}

/** A person's name (capitalised, mid-sentence, not a word the reader knows) right before "got on the phone", "came to the phone". */
function nameJustBefore(tokens: Token[], matchStarts: Uint8Array, e: ContactEvent): boolean {
  let t = e.tokStart - 1;
  if (!GOT.has(tokens[t]?.text ?? '')) return false;
  t--;
  const name = tokens[t];
  const prev = tokens[t - 1];
  return name !== undefined && name.clause === e.clause && name.capitalised && !name.numeric && matchStarts[t] !== 1 && prev !== undefined && prev.clause === name.clause && !STOP.has(name.text);
}

/** What came of one event, from its evidence alone; nothing connects by default. */
export function settle(e: ContactEvent, news: boolean): void {
  // "Finally reached her after a week of phone tag": a generic failure never outweighs someone talking.
  const lastFail = e.attempts.reduce((n, t) => (t.generic ? n : Math.max(n, t.tokEnd)), -1);
  const spoke = (e.success || e.response) && e.lastSuccessTok >= lastFail;
  if (isWrittenChannel(e.channel)) {
    // A letter or e-mail written to us is itself their response when it carries their news ("Cust e-mailed:
    // passed the exam"); "Cust sent email asking about bus pass" is a message, not yet an exchange.
    const writtenToUs = (e.incoming || e.fromThem) && (e.party !== null || e.fromThem) && e.attempts.length === 0;
    if (writtenToUs && (news || (e.fromThem && !e.request))) e.response = true;
    if (e.response || spoke) e.outcome = 'connected';
    else if (e.attempts.some((t) => t.kind !== 'response')) e.outcome = 'attempt';
    else e.outcome = 'one-way';
  } else if (spoke) e.outcome = 'connected';
  else if (e.attempts.length > 0) e.outcome = 'attempt';
  // "TC w/ cust", "OV", "came in": the phrase says a contact took place; "Cust called CM": it came to us.
  // (A participant who "went to" or "drove to" somewhere went elsewhere, not to us.)
  else if (e.made || (e.incoming && e.party !== null && e.channel !== null && !e.away && (CAME_TO_US.has(e.opener) || e.byChannel))) e.outcome = 'connected';
  else e.outcome = 'unclear';
  e.successful = e.outcome === 'connected';
  e.direction = e.incoming ? 'incoming' : 'outgoing';
  e.actor = !e.incoming ? 'case-manager' : e.party === 'participant' || e.party === null ? 'participant' : 'third-party';
}

/** "2/11 and again 3/18", "2/11, again on 3/18": the same contact made again, on the later day. */
const AGAIN = /^\s*(?:,\s*)?(?:(?:and|&)\s+)?again\s+(?:on\s+)?$/i;

/**
 * The date typed in each event's sentence ("3/4", "March 4"), when there is one: the first, unless the
 * sentence repeats the contact on a later date ("by phone 2/11 and again 3/18": the latest contact is 3/18).
 */
export function datesOf(tokens: Token[], events: ContactEvent[], dates: DateSpan[], text: string): void {
  if (!dates.length || !events.length) return;
  // One pass over the dates (tokens and dates are both in order), then a lookup per event: linear.
  const byClause = new Map<number, string>();
  let t = 0;
  let prev: { clause: number; end: number } | null = null;
  for (const d of dates) {
    while (t < tokens.length && (tokens[t] as Token).end <= d.start) t++;
    const clause = tokens[t]?.clause;
    if (clause === undefined) continue;
    const again = prev !== null && prev.clause === clause && AGAIN.test(text.slice(prev.end, d.start));
    if (!byClause.has(clause) || again) {
      byClause.set(clause, text.slice(d.start, d.end));
      prev = { clause, end: d.end };
    }
  }
  for (const e of events) e.date = byClause.get(e.clause) ?? null;
}


/**
 * A form's "Contact Type: Phone" stands for the contact its body tells ("Called cust re: progress. Line
 * disconnected."): when a later event is with the same party (or the form names no one) over the same
 * (or no) channel, that event is the contact and takes the declared channel. A label that names a
 * contact the body only plans ("Contact Method: In Person / Note: Scheduled OV 9/15 …") records none.
 * With no such event, the label itself says a contact was made when the form shows what it brought
 * ("Contact Type: Phone / Contact With: Client / Results: No change."), and not on its own
 * ("Contact Type: In Person / Client address updated.").
 */
export function absorbDeclared(events: ContactEvent[], mentioned: MentionedContact[], shown: boolean): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const d = events[i] as ContactEvent;
    if (!d.declared) continue;
    const party = d.party ?? 'participant';
    const sameChannel = (e: ContactEvent) => e.mode === null || e.mode === d.mode;
    const body =
      events.find((e, k) => k > i && !e.declared && (e.party ?? 'participant') === party && sameChannel(e)) ??
      (d.party === null ? events.find((e, k) => k > i && !e.declared && sameChannel(e)) : undefined);
    if (!body) {
      const planned = mentioned.some((m) => m.kind === 'planned' && m.start > d.start && m.channel !== null && CHANNEL_TYPE[m.channel] === d.mode);
      if (planned || !shown) d.made = false;
      continue;
    }
    // The form's method is how the body's contacts were made: each that names no channel takes it
    // ("Contact Method: Telephone / Note: Customer not available. Spoke with the program coordinator").
    for (let k = i + 1; k < events.length; k++) {
      const e = events[k] as ContactEvent;
      if (e.declared) break;
      if (e.channel === null && d.channel !== null) {
        e.channel = d.channel;
        e.mode = d.mode;
      }
    }
    events.splice(i, 1);
  }
}

/**
 * A heading that names a contact ("Late entry - 5/6 home visit.") stands for the contact the next sentences
 * tell: when they tell one over the same channel that failed ("No one answered; left card"), the heading
 * adds no contact of its own. (Only a heading that names no one and shows no one talking.)
 */
export function absorbHeadings(events: ContactEvent[]): void {
  for (let i = events.length - 2; i >= 0; i--) {
    const h = events[i] as ContactEvent;
    if (!h.made || h.declared || h.success || h.response || h.party !== null || h.attempts.length > 0) continue;
    const next = events[i + 1] as ContactEvent;
    if (next.clause - h.clause > 2 || next.mode !== h.mode || next.success || next.response || !next.attempts.some((t) => !t.generic)) continue;
    events.splice(i, 1);
  }
}

/** The participant is said not to be there ("customer absent", "client was out", "cust not at site"). */
function absent(tokens: Token[], parties: PartyMention[], e: ContactEvent): boolean {
  return parties.some((q) => aroundEvent(q, e) && saidAway(tokens, q));
}

/**
 * The participant was at the visit: named after a meeting word ("met with cust"), or the subject of a sentence
 * of the visit ("Cust showed CM the first part", "Client was present") when nothing says they were away.
 */
function present(tokens: Token[], parties: PartyMention[], e: ContactEvent): boolean {
  return parties.some((q) => {
    if (!aroundEvent(q, e)) return false;
    if (MEETING_WORDS.has(tokens[q.tokStart - 1]?.text ?? '')) return true;
    // (Not "Cust not scheduled today", "Client was out", "customer absent", "client out".)
    const away = tokens[q.tokEnd]?.text === 'no' || saidAway(tokens, q);
    return e.attempts.length === 0 && tokens[q.tokStart - 1]?.clause !== q.clause && !away;
  });
}

/** The participant, named (not as an owner) in the event's sentence or the two after it. */
function aroundEvent(q: PartyMention, e: ContactEvent): boolean {
  return q.party === 'participant' && !q.possessive && q.clause >= e.clause && q.clause <= e.clause + 2;
}

/** "customer absent", "client was out", "cust not home": the words right after the participant say they were not there. */
function saidAway(tokens: Token[], q: PartyMention): boolean {
  const next = tokens[q.tokEnd]?.text ?? '';
  return ABSENT.has(next) || ((next === 'was' || next === 'is') && ABSENT.has(tokens[q.tokEnd + 1]?.text ?? ''));
}
