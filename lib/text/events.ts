/**
 * Reads a note into contact events. Each clause that mentions a contact
 * becomes (or extends) an event: who acted, the channel, the direction, what
 * came of it and when. "LM 3/2; customer called back 3/3" is two events, an
 * attempt and a contact that connected. An event connects only on positive
 * evidence (someone talked, replied, came in); anything less is an attempt, a
 * one-way message or unclear, never a contact by default. This file only
 * reads; lib/policy/qualifies.ts decides what the events mean under a pack.
 */
import type { Party } from '../model';
import type { Match } from './matcher';
import type { Token } from './tokenize';
import { CHANNEL_TYPE, isWrittenChannel, TagIndex, type AttemptKind, type Channel, type ContactEvent, type EventReading, type MentionedContact, type PartyMention } from './event-types';
import { IMPLIED_CHANNEL, MOTION, NEGATION_WINDOW, IRREALIS_WINDOW, ANY_CHANNEL, CALL_BY_DEFAULT, REPLY_TO, OBJECT_OF_REPLY, ACTIVE_REPLY, ANSWERING, PHONE_WORDS, near, plannedAfter, listValue, describesSpeech, viaChannel, receivedBefore, progressFollows, clauseStart, prepositionBetween, isTopic, toSomeoneElse, quotedRanges, quoteCursor, afterHistory, isGeneric, isNumberAfter, labelled, perHour, answeredBy, AWAY_IF_WRITER, toOurOffice, FUTURE_LABELS, lineEnd, asksSomething, numbersBetween, firstWord } from './clauses';

import { AWAY, AWAY_STATE, ATTENDED, BY, CLAIM_LABELS, FROM_THEM, GROUP, MESSAGE, PASSIVE_BE, PAST_WINDOW, RATE_TAGS, TRYING, TYPE_LABELS, profileOf } from './event-words';
import { deniedAfter, namesParty, passiveFact, possessionDenied, questionClauses, routine } from './event-checks';

export type { Actor, Attempt, AttemptKind, Channel, ContactEvent, EventReading, MentionedContact, Outcome, PartyMention, Span } from './event-types';
export { CHANNEL_TYPE, isWrittenChannel } from './event-types';

export function readEvents(text: string, tokens: Token[], matches: Match[]): EventReading {
  const inQuote = quoteCursor(quotedRanges(text));
  const events: ContactEvent[] = [];
  const mentioned: MentionedContact[] = [];
  const parties: PartyMention[] = [];
  /** Every match the reading kept, in order: looked up by tag later (TagIndex). */
  const kept: Match[] = [];
  const present = { lo: 0, hi: 0 };
  // Held in an object so TypeScript does not narrow it away across the helper closures.
  const st: { cur: ContactEvent | null } = { cur: null };
  let lastNeg: Match | null = null;
  let lastIrr: Match | null = null;
  /** The last speech verb with a speaker other than the writer: what follows in its sentence is their story. */
  let lastSpeech: Match | null = null;
  /** A contact someone else made, told in their speech ("she called the school"): failures after it are theirs. */
  let reportedContact: Match | null = null;
  /** "Monthly contact made by phone": the contact is said to be made before its channel is named. */
  let madeMark: Match | null = null;
  /** The last reply ("returned my call"): a failure named right after it is its object ("returned my 7/15 VM"). */
  let lastResponse: Match | null = null;
  /** The last person named (party, pronoun or writer), for "who is speaking". */
  let lastPerson: { m: Match; writer: boolean } | null = null;
  let lastPast: Match | null = null;
  /** Who last answered for the participant ("her husband answered"), and in which sentence. */
  let relayer: { party: Party; clause: number; channel: Channel | null } | null = null;
  const relayerOf = (m: Match, k: number) => {
    const who = subjectBefore(m, k);
    const party = who ? profileOf(who.m.tags).party : undefined;
    return party ? { party, clause: m.clause, channel: st.cur?.channel ?? null } : null;
  };
  /** The end of a "Next Steps:" line: everything before it is planned. */
  let futureUntil = -1;
  /** Sentences that end in "?": "Spoke with customer?" asks, it does not say a contact was made. */
  const asked = questionClauses(text, tokens);

  const open = (m: Match, channel: Channel | null): ContactEvent => {
    const e: ContactEvent = {
      start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, clause: m.clause, channel,
      mode: channel ? CHANNEL_TYPE[channel] : null, attempts: [], success: false, strong: false, response: false, made: false,
      evidence: null, lastSuccessTok: -1, lastSuccessClause: -1, party: null, target: null, away: AWAY.has(m.phrase), declared: false, opener: m.phrase, speakers: [], fromThem: false, request: false, byChannel: BY.has(tokens[m.tokStart - 1]?.text ?? ''), incoming: false, actor: 'case-manager', direction: 'outgoing',
      outcome: 'unclear', successful: false, date: null,
    };
    if (madeMark !== null && madeMark.clause === m.clause) e.made = true;
    const subj = lastPerson;
    if (subj && !subj.writer && subj.m.clause === m.clause && m.tokStart - subj.m.tokEnd <= 2) e.target = profileOf(subj.m.tags).party ?? 'participant';
    events.push(e);
    st.cur = e;
    // "Contact Type: Phone" in a form: the note's declared channel, not a sentence the next lines continue.
    const opener = profileOf(m.tags);
    if (e.made && opener.channel !== null && !opener.attemptKind && madeMark !== null && madeMark.clause === m.clause && (TYPE_LABELS.has(madeMark.phrase) || (CLAIM_LABELS.has(madeMark.phrase) && m.tokStart === madeMark.tokEnd)) && labelled(text, madeMark)) {
      e.declared = true;
      st.cur = null;
    }
    return e;
  };
  const setChannel = (e: ContactEvent, c: Channel | null) => {
    if (e.channel === null && c !== null) {
      e.channel = c;
      e.mode = CHANNEL_TYPE[c];
    }
  };
  const succeed = (e: ContactEvent, m: Match) => {
    e.success = true;
    // Talking in earnest ("spoke", "discussed"), not a report or a phone picked up.
    if (m.tags.includes('success') && !ANSWERING.has(m.phrase)) e.strong = true;
    // "Cust answered and we talked": picking up is a phone's ("answered the door" a visit's).
    if (ANSWERING.has(m.phrase) && e.channel === null) setChannel(e, answeredBy(tokens, m));
    e.lastSuccessTok = m.tokStart;
    e.lastSuccessClause = m.clause;
    e.evidence ??= { start: m.start, end: m.end };
  };
  const addAttempt = (m: Match, kindOf: AttemptKind, channel: Channel | null, from = m.start, anyChannel = false) => {
    let kind = kindOf;
    const any = anyChannel || ANY_CHANNEL.has(m.phrase);
    let implied = channel ?? (any ? null : IMPLIED_CHANNEL[kind]);
    // "Google Meet 4/4 scheduled, client did not join": a no-show for a planned contact takes its channel.
    const plan = mentioned[mentioned.length - 1];
    if (kind === 'visit' && !channel && plan && plan.kind === 'planned' && plan.channel && plan.clause >= m.clause - 1) implied = plan.channel;
    const cur = st.cur;
    // "Text to cust undeliverable": a delivery failure belongs to whatever was sent.
    const bounced = kind === 'mail' && cur !== null && isWrittenChannel(cur.channel);
    const fits =
      cur !== null &&
      (cur.channel === null || implied === null || any || bounced || CHANNEL_TYPE[cur.channel] === CHANNEL_TYPE[implied]) &&
      !(cur.success && cur.lastSuccessClause !== m.clause);
    if (!fits && any && CALL_BY_DEFAULT.has(m.phrase)) implied = 'phone';
    const e = fits && cur ? cur : open(m, implied);
    if (!(fits && (any || bounced))) setChannel(e, implied);
    // "Sent letter 3/1. No answer yet.", "Texted 3x, not reached": after something written, silence is no reply.
    if (any && kind === 'call' && fits && isWrittenChannel(e.channel)) kind = 'response';
    // A relay ("her son answered") is generic too: the concrete failure, if told, is what to point at.
    e.attempts.push({ start: from, end: m.end, kind, phrase: m.phrase, tokEnd: m.tokEnd, generic: anyChannel || isGeneric(m.phrase) || afterHistory(tokens, m) });
  };
  /** A person named just before `m` in its sentence (within two words, nothing else recognised between). */
  const subjectBefore = (m: Match, k: number) =>
    lastPerson !== null && lastPerson.m === matches[k - 1] && lastPerson.m.clause === m.clause && m.tokStart - lastPerson.m.tokEnd <= 2 ? lastPerson : null;

  /** Someone other than the participant answered a call meant for the participant, before anyone talked with them. */
  const relay = (cur: ContactEvent | null, m: Match, k: number): boolean => {
    const subj = subjectBefore(m, k);
    if (!subj || subj.writer) return false;
    const who = profileOf(subj.m.tags).party;
    if (who !== 'alternate' && who !== 'other') return false;
    if (!cur || m.clause - cur.clause > 1) return ANSWERING.has(m.phrase);
    return (cur.channel === 'phone' || (cur.channel === 'in-person' && !cur.made)) && (cur.target === 'participant' || cur.target === null) && !cur.success;
  };

  for (let k = 0; k < matches.length; k++) {
    const raw = matches[k] as Match;
    // "$16/hr", "30 hrs": an hour, not HR. "Plan: TC 9/1" is a plan; "the plan" elsewhere is just a word.
    if (raw.phrase === 'plan' && !labelled(text, raw)) continue;
    const m = raw.phrase === 'hr' && perHour(text, tokens, raw) ? { ...raw, tags: RATE_TAGS } : raw;
    const pr = profileOf(m.tags);
    kept.push(m);
    present.lo |= pr.bits.lo;
    present.hi |= pr.bits.hi;
    // "cust mom" is the customer's mother: a person named right before another is a possessive without the 's.
    const nextMatch = matches[k + 1];
    const compound =
      pr.party !== undefined &&
      nextMatch !== undefined &&
      nextMatch.tokStart === m.tokEnd &&
      text.slice(m.end, nextMatch.start).trim() === '' &&
      profileOf(nextMatch.tags).party !== undefined;
    if (pr.party) {
      const last = tokens[m.tokEnd - 1];
      parties.push({ party: pr.party, start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, clause: m.clause, possessive: (last?.possessive ?? false) || compound });
    }
    const subjectOfNext =
      nextMatch !== undefined &&
      nextMatch.clause === m.clause &&
      nextMatch.tokStart - m.tokEnd <= 1 &&
      (nextMatch.tags.includes('report') || nextMatch.tags.includes('success'));
    if (pr.party && !subjectOfNext && !compound && st.cur && st.cur.target === null && st.cur.clause === m.clause && m.tokStart >= st.cur.tokEnd && !(tokens[m.tokEnd - 1]?.possessive ?? false)) {
      st.cur.target = pr.party;
    }
    if (pr.speaker || pr.writer) lastPerson = { m, writer: pr.writer && !pr.speaker };
    // "… said I had the wrong number": speech about the writer's own contact is not someone else's story.
    if (pr.writer && lastSpeech !== null && lastSpeech.clause === m.clause) lastSpeech = null;
    if (pr.negator) {
      lastNeg = m;
      continue;
    }
    // "Next Steps: try again Thurs; mail 90-day letter": a future label colours its whole line.
    if (FUTURE_LABELS.has(m.phrase) && labelled(text, m)) futureUntil = lineEnd(text, m.end);
    if (pr.past) {
      lastPast = m;
      continue;
    }
    // "His last contact was an office visit on 3/20": history, not this note's contact.
    if ((pr.channel || pr.isSuccess) && near(lastPast, m, PAST_WINDOW)) continue;
    // "Her reply has not arrived yet": the reply is denied after it is named.
    const negated = near(lastNeg, m, NEGATION_WINDOW) || (pr.isResponse && deniedAfter(tokens, matches, k, m));
    // "to call", "to come in": an infinitive names a contact wanted, not one made.
    const before = tokens[m.tokStart - 1];
    const infinitive = before !== undefined && before.text === 'to' && before.clause === m.clause && !MOTION.has(tokens[m.tokStart - 2]?.text ?? '');
    const irrealis = near(lastIrr, m, IRREALIS_WINDOW) || infinitive || m.start < futureUntil || asked.has(m.clause);
    if (pr.irrealis) lastIrr = m;
    // "Cust reports she called the school 3 times, no answer": the calls are hers, not ours.
    const reported = lastSpeech !== null && lastSpeech.clause === m.clause && lastSpeech !== m;
    const { attemptKind, channel } = pr;
    // "CM called back", "I returned the call": the writer's own call, not a reply to it.
    // "Returned call 5/6, LM": a note's sentences without a subject are the writer's own actions.
    const subjectless = clauseStart(tokens, m);
    const byWriter =
      pr.isResponse &&
      ACTIVE_REPLY.has(m.phrase) &&
      (subjectless || (lastPerson !== null && lastPerson.writer && lastPerson.m === matches[k - 1] && lastPerson.m.clause === m.clause));
    const isResponse = pr.isResponse && !byWriter;
    const isSuccess = pr.isSuccess && !byWriter;
    const cur = st.cur;

    // Inside quotation marks the participant speaks: "I called the school, no answer" is their story.
    if ((attemptKind || channel) && inQuote(m.start)) {
      mentioned.push({ kind: 'reported', channel: channel ?? null, start: m.start, end: m.end, clause: m.clause });
      continue;
    }
    // "Rapid Response: CM called …": a word in a heading names a program, not a reply.
    // ("Client response: passed" and "Youth replied: 18 hrs" are replies: someone is named, or it is a verb.)
    if ((m.phrase === 'response' || m.phrase === 'reply') && labelled(text, m) && subjectBefore(m, k) === null) continue;
    // "the roster the school e-mails to all case managers each Friday": someone's routine, not a contact.
    if (channel && !attemptKind && subjectBefore(m, k) !== null && !BY.has(firstWord(m.phrase)) && routine(tokens, m)) continue;
    // "Texted re: OV", "reminder about the OV 12/3": the contact is what the message is about.
    if (channel && !attemptKind && !isResponse && isTopic(tokens, m)) continue;
    if (attemptKind) {
      // "not a no-show": a negated attempt is no attempt (and the negation ends there: "not a no-show, came in").
      if (negated) {
        lastNeg = null;
        continue;
      }
      // "… she called the school, no answer" is her failed call; "… said he could not talk" is about ours,
      // unless we had already talked in earnest ("we spoke; she reports no answer at the office").
      // "She said she tried calling the school": a try told in someone's speech is theirs, and so is what came of it.
      if (reported && (TRYING.has(m.phrase) || (reportedContact !== null && reportedContact.clause === m.clause) || (cur !== null && cur.strong))) {
        if (TRYING.has(m.phrase)) reportedContact = m;
        mentioned.push({ kind: 'reported', channel: channel ?? IMPLIED_CHANNEL[attemptKind], start: m.start, end: m.end, clause: m.clause });
        continue;
      }
      // "will attempt TC": a plan, not an attempt; "if there is still no answer": a condition.
      if (irrealis && (isGeneric(m.phrase) || lastIrr?.phrase === 'if')) continue;
      // "NA" is "no answer" only about a call; in a list of services it means "not applicable".
      if (m.phrase === 'na' && !(cur && cur.channel === 'phone' && m.clause - cur.clause <= 1 && !listValue(text, m))) continue;
      if (lastResponse && lastResponse.clause === m.clause && m.tokStart - lastResponse.tokEnd <= 2 && OBJECT_OF_REPLY.has(m.phrase) && REPLY_TO.has(lastResponse.phrase)) continue;
      // "I was in a meeting": the writer's absence fails the drop-in or call at hand.
      // "Client was out on a plow route" at a site visit: the participant was not there to meet.
      const who = AWAY_IF_WRITER.has(m.phrase) ? subjectBefore(m, k) : null;
      const writerAway = who !== null && (who.writer || (profileOf(who.m.tags).party === 'participant' && cur !== null && cur.channel === 'in-person' && m.clause - cur.clause <= 1));
      addAttempt(m, attemptKind, channel, m.start, writerAway);
    } else if (pr.noise) {
      // A non-contact ("phone number", "bus pass").
    } else if (PHONE_WORDS.has(m.phrase) && isNumberAfter(text, tokens, m)) {
      // "Phone 573-555-0142", "phone # updated": a number on file, not a call.
    } else if ((m.phrase === 'came to' || m.phrase === 'come to') && !toOurOffice(tokens, m)) {
      // "came to class", "comes to $4,850": not a visit to us.
    } else if (channel && plannedAfter(tokens, matches, k, m)) {
      // "OV scheduled 7/2", "Google Meet 4/4 set for": the marker follows the contact it plans.
      mentioned.push({ kind: 'planned', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (irrealis && (channel || isSuccess)) {
      // "will call", "next OV", "asked cust to come in": a contact that has not happened.
      if (channel) mentioned.push({ kind: 'planned', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (pr.irrealis) {
      // "Scheduled OV for 4/2" starts with the marker itself.
      if (channel) mentioned.push({ kind: 'planned', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (reported && channel && lastSpeech !== null && cur && describesSpeech(tokens, m, lastSpeech, cur)) {
      // "Mother said by phone that …": how the speech reached us.
      setChannel(cur, channel);
    } else if (reported && (channel || isSuccess)) {
      reportedContact = m;
      mentioned.push({ kind: 'reported', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (negated && channel && !isSuccess && possessionDenied(tokens, lastNeg as Match)) {
      // "youth has no working phone right now": a fact about what they have, not a contact that failed.
    } else if (negated && (channel || isSuccess)) {
      // "did not come in", "was not reached", "has not replied": an attempt, not a contact.
      // The span starts at the negation so the underline reads "not reached", not "reached".
      // "Cust no-showed … and did not call": the participant's own silence belongs to the contact at hand.
      const theirs = channel === 'phone' && cur !== null && subjectBefore(lastNeg as Match, k - 1) !== null;
      addAttempt(m, isResponse || isWrittenChannel(channel) ? 'response' : channel === 'in-person' ? 'visit' : 'call', channel, lastNeg?.start ?? m.start, theirs);
    } else if (channel) {
      // "received an e-mail", "got a text": the message came to us.
      if (receivedBefore(tokens, m) && !isResponse) {
        const e = open(m, channel);
        e.response = true;
        lastResponse = m;
        succeed(e, m);
        continue;
      }
      const lastAttempt = cur?.attempts[cur.attempts.length - 1];
      const describesAttempt =
        cur !== null &&
        lastAttempt !== undefined &&
        cur.clause === m.clause &&
        !isSuccess &&
        (m.tokStart === lastAttempt.tokEnd || prepositionBetween(tokens, lastAttempt.tokEnd, m.tokStart) || numbersBetween(tokens, lastAttempt.tokEnd, m.tokStart));
      const sameType = cur !== null && (cur.channel === null || CHANNEL_TYPE[cur.channel] === CHANNEL_TYPE[channel]);
      const merge = cur !== null && (cur.clause === m.clause || cur.lastSuccessClause === m.clause) && sameType && (cur.attempts.length === 0 || describesAttempt) && !isResponse;
      const e = merge && cur ? cur : open(m, channel);
      // "TC via Zoom", "text thread": the finer channel wins over the generic one.
      if (e.channel !== channel && (channel === 'video' || channel === 'text') && CHANNEL_TYPE[channel] === e.mode) e.channel = channel;
      setChannel(e, channel);
      // "pt atnd mtg 3/19 @ ofc": a meeting the participant attended took place.
      const prev = matches[k - 1];
      // (Not a workshop or job club: a room full of people attended; someone still has to talk with the participant.)
      const attended = prev !== undefined && prev.tokEnd === m.tokStart && ATTENDED.has(prev.phrase) && channel === 'in-person' && !GROUP.has(m.phrase);
      if ((pr.made || attended || ((m.phrase === 'came to' || m.phrase === 'come to') && toOurOffice(tokens, m))) && !describesAttempt) {
        e.made = true;
        e.evidence ??= { start: m.start, end: m.end };
      }
      if (isSuccess && !FROM_THEM.has(m.phrase)) succeed(e, m);
      if (isResponse && FROM_THEM.has(m.phrase)) {
        // "Text from client 4/20: call me." asks for a contact; "E-mail from client: doing good" answers.
        e.fromThem = true;
        e.request = asksSomething(text, tokens, m);
      } else if (isResponse) {
        e.response = true;
        lastResponse = m;
      }
    } else if (pr.made) {
      // "Contact made", "monthly contact": marks the contact of its own sentence as made.
      if (cur && cur.clause === m.clause) cur.made = true;
      else madeMark = m;
    } else if (isResponse) {
      // "Client responded by phone 3/6": a reply by another channel is a contact of its own.
      const via = viaChannel(tokens, matches, k);
      const e = via ? open(m, via) : (cur ?? open(m, null));
      e.response = true;
      lastResponse = m;
      succeed(e, m);
    } else if (isSuccess && relay(cur, m, k)) {
      relayer = relayerOf(m, k);
      addAttempt(m, 'call', cur && m.clause - cur.clause <= 1 ? null : 'phone', m.start, true);
    } else if (isSuccess) {
      // "Per instructor…" after a failed call to the customer is a new contact, not a rescue of the failed one.
      // (At a visit the writer is there in person: "…; talked with supervisor Gary" is face to face too.)
      let visit = false;
      for (let v = events.length - 1; v >= 0 && !visit; v--) {
        const ev = events[v] as ContactEvent;
        if (m.clause - ev.clause > 2) break;
        visit = ev.channel === 'in-person' && ev.made;
      }
      // "Letter sent 5/1. Talked about documents needed": talk in a later sentence is no reply to the letter, and
      // with nobody named, no contact with the participant either.
      const afterLetter = cur !== null && isWrittenChannel(cur.channel) && !cur.response && cur.clause !== m.clause;
      if (afterLetter && !namesParty(matches, k, m)) continue;
      // "Progress was discussed." with no contact told and nobody named: nobody is said to have talked.
      if (cur === null && PASSIVE_BE.has(tokens[m.tokStart - 1]?.text ?? '') && tokens[m.tokStart - 1]?.clause === m.clause && !namesParty(matches, k, m)) continue;
      const afterFailure = cur !== null && (cur.attempts.length > 0 || afterLetter) && cur.clause !== m.clause;
      const e = cur && !afterFailure ? cur : open(m, visit ? 'in-person' : null);
      succeed(e, m);
      // "talked with supervisor Gary": who was talked with.
      const heard = matches[k + 1];
      const party = heard && heard.clause === m.clause && heard.tokStart - m.tokEnd <= 1 ? profileOf(heard.tags).party : undefined;
      if (party) e.speakers.push(party);
      // "Home visit: customer not home. Talked about her job search": whoever was talked with, it was not the
      // participant who was not there; unnamed, they are someone else (never guessed to be the participant).
      else if (afterFailure && cur.channel === 'in-person' && !namesParty(matches, k, m)) e.party = 'other';
    } else if ((pr.isReport || pr.isState) && tokens[m.tokStart - 1]?.text === 'as' && tokens[m.tokStart - 1]?.clause === m.clause) {
      // "to meet customer as agreed", "as discussed": a reference to an earlier agreement, not someone speaking now.
    } else if (pr.isReport || pr.isState) {
      // Speech counts only with a speaker: "cust reports", "she said", "per instructor", or straight after a
      // contact in its own sentence ("TC w/ cust, reports …"). "Address verified" has no one talking.
      const subj = subjectBefore(m, k);
      const speakerBefore = subj !== null && !subj.writer;
      const after = m.phrase === 'per' ? matches[k + 1] : undefined;
      const speakerAfter = after !== undefined && after.clause === m.clause && after.tokStart - m.tokEnd <= 1 && profileOf(after.tags).party !== undefined;
      // (Not after a letter or e-mail: "mailed ltr to last known addr, address verified" is nobody answering.)
      // Nor a fact stated passively ("need upd ph # Address verified", "Employment confirmed"): a thing, not a person, was verified.
      const continues =
        subj === null && cur !== null && cur.clause === m.clause && cur.attempts.length === 0 && !isWrittenChannel(cur.channel) && !passiveFact(text, tokens, m);
      if (pr.isState) {
        // A person's answers right after a call or visit ("Called cust. She is working 30 hrs.").
        const personal =
          speakerBefore && subj.m.tokEnd === m.tokStart && (subj.m.tags.includes('pronoun') || subj.m.tags.includes('party:participant')) && progressFollows(matches, k) && !AWAY_STATE.has(tokens[m.tokEnd]?.text ?? '');
        if (personal && cur && !isWrittenChannel(cur.channel) && cur.channel !== null && cur.attempts.length === 0 && m.clause - cur.clause <= 1) {
          succeed(cur, m);
        }
        continue;
      }
      if (!(speakerBefore || speakerAfter || continues)) continue;
      // "client told her …", "she informed her instructor": a conversation the writer was not part of.
      if (toSomeoneElse(tokens, matches, k, m)) continue;
      if (relay(cur, m, k)) {
        // "her son answered and said she was at clinicals": the call reached someone else.
        relayer = relayerOf(m, k);
        addAttempt(m, 'call', null, m.start, true);
        continue;
      }
      lastSpeech = m;
      // "rcpt took msg - cust says she passed": what a message says is not a conversation.
      const lastTry = cur?.attempts[cur.attempts.length - 1];
      if (cur && lastTry && !cur.success && cur.clause === m.clause && MESSAGE.has(lastTry.phrase)) continue;
      // (After a letter, "Per instructor, cust attending" is someone speaking, not the reply to the letter.)
      // (Nor is speech after someone's trip elsewhere, "Customer went to Texas …, she thinks", a visit with us.)
      const fresh =
        cur !== null &&
        ((cur.away && cur.target !== null) ||
          ((cur.attempts.length > 0 || (isWrittenChannel(cur.channel) && cur.clause !== m.clause)) && (cur.clause !== m.clause || speakerBefore || speakerAfter)));
      // A new speaker during a visit or call ("Supervisor reports …" at the worksite) speaks over the same channel;
      // not over a call that failed ("Called cust, NA. The instructor said …": how the instructor told is not said).
      const over = cur !== null && m.clause - cur.clause <= 1 && !isWrittenChannel(cur.channel) && (cur.attempts.every((t) => t.generic) || (cur.channel === 'in-person' && cur.made)) && !(cur.away && cur.target !== null);
      const e = cur && !fresh ? cur : open(m, over && cur ? cur.channel : null);
      succeed(e, m);
      // "her husband answered. He said she started a job": the pronoun is whoever answered, not the participant.
      if (e !== cur && speakerBefore && subj.m.tags.includes('pronoun') && relayer !== null && m.clause - relayer.clause <= 1) {
        e.party = relayer.party;
        setChannel(e, relayer.channel);
      }
      const speaker = speakerBefore ? subj.m : speakerAfter ? after : undefined;
      const who = speaker ? profileOf(speaker.tags).party : undefined;
      if (who) e.speakers.push(who);
    }
  }
  return { events, mentioned, parties, tagged: new TagIndex(kept, present) };
}
