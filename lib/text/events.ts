/**
 * Reads a note into contact events. Each clause that mentions a contact
 * becomes (or extends) an event: who acted, the channel, the direction, what
 * came of it and when. "LM 3/2; customer called back 3/3" is two events, an
 * attempt and a contact that connected. An event connects only on positive
 * evidence (someone talked, replied, came in); anything less is an attempt, a
 * one-way message or unclear, never a contact by default. This file only
 * reads; lib/policy/qualifies.ts decides what the events mean under a pack.
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';
import { CHANNEL_TYPE, isWrittenChannel, TagIndex, type ContactEvent, type EventReading, type PartyMention } from './event-types';
import { IMPLIED_CHANNEL, MOTION, NEGATION_WINDOW, IRREALIS_WINDOW, REPLY_TO, OBJECT_OF_REPLY, ACTIVE_REPLY, ANSWERING, PHONE_WORDS, AWAY_IF_WRITER, isGeneric, firstWord } from './contact-words';
import { near, recordAfter, staffingAgency, wantedCall, plannedAfter, describesSpeech, viaChannel, receivedBefore, receivedFrom, theirNewsAfter, clauseStart, prepositionBetween, isTopic, isNumberAfter, toOurOffice, numbersBetween } from './clauses';
import { listValue, quotedRanges, quoteCursor, labelled, perHour, FUTURE_LABELS, lineEnd, asksSomething } from './text-marks';
import { ATTENDED, BY, EXCHANGE, FROM_THEM, GROUP, PAST_WINDOW, RATE_TAGS, TRYING, profileOf } from './event-words';
import { channelNamedWith, deniedAfter, madeTakenBack, possessionDenied, questionClauses, routine, unnamedAnswerer } from './event-checks';
import { addAttempt, newReading, openEvent, relay, relayerOf, setChannel, subjectBefore, succeed } from './event-state';
import { PRESENT, readSpeech, readTalk } from './event-talk';
import { replyAfterOurs } from './reply-after-ours';
import { triesBefore } from './tallies';

export type { Attempt, Channel, ContactEvent, MentionedContact, PartyMention, Span } from './event-types';
export { isWrittenChannel } from './event-types';

export function readEvents(text: string, tokens: Token[], matches: Match[]): EventReading {
  const inQuote = quoteCursor(quotedRanges(text));
  const r = newReading(text, tokens, matches);
  const { events, mentioned } = r;
  const parties: PartyMention[] = [];
  /** Every match the reading kept, in order: looked up by tag later (TagIndex). */
  const kept: Match[] = [];
  const present = { lo: 0, hi: 0 };
  /** The end of a "Next Steps:" line: everything before it is planned. */
  let futureUntil = -1;
  /** The sentence a record someone else wrote tells ("Per staffing minutes: …"). */
  let recordClause = -1;
  /** Sentences that end in "?": "Spoke with customer?" asks, it does not say a contact was made. */
  const asked = questionClauses(text, tokens);

  /** Someone the vocabulary does not know answered a call not yet connected (a writer's title does not name them). */
  const answeredByStranger = (cur: ContactEvent | null, m: Match, k: number) => {
    const subj = subjectBefore(r, m, k);
    if (subj !== null && !(subj.writer && subj.m.tokEnd < m.tokStart)) return false;
    const open = !cur || m.clause - cur.clause > 1 || ((cur.channel === 'phone' || cur.channel === null) && !cur.success);
    return open && unnamedAnswerer(text, tokens, matches, k, m);
  };

  for (let k = 0; k < matches.length; k++) {
    const raw = matches[k] as Match;
    // "$16/hr", "30 hrs": an hour, not HR. "Plan: TC 9/1" is a plan; "the plan" elsewhere is just a word.
    if (raw.phrase === 'plan' && !labelled(text, raw)) continue;
    // "Express Staffing", "a staffing agency": a temp agency, not a staffing meeting.
    if (raw.phrase === 'staffing' && staffingAgency(text, tokens, raw)) continue;
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
    if (pr.party && !subjectOfNext && !compound && r.cur && r.cur.target === null && r.cur.clause === m.clause && m.tokStart >= r.cur.tokEnd && !(tokens[m.tokEnd - 1]?.possessive ?? false)) {
      r.cur.target = pr.party;
    }
    if (pr.speaker || pr.writer) r.lastPerson = { m, writer: pr.writer && !pr.speaker };
    // "… said I had the wrong number": speech about the writer's own contact is not someone else's story.
    if (pr.writer && r.lastSpeech !== null && r.lastSpeech.clause === m.clause) r.lastSpeech = null;
    if (pr.negator) {
      r.lastNeg = m;
      continue;
    }
    // "Next Steps: try again Thurs; mail 90-day letter": a future label colours its whole line.
    if (FUTURE_LABELS.has(m.phrase) && labelled(text, m)) futureUntil = lineEnd(text, m.end);
    if (pr.past) {
      r.lastPast = m;
      continue;
    }
    // "His last contact was an office visit on 3/20": history, not this note's contact.
    if ((pr.channel || pr.isSuccess) && near(r.lastPast, m, PAST_WINDOW)) continue;
    // "Her reply has not arrived yet": the reply is denied after it is named.
    const negated = near(r.lastNeg, m, NEGATION_WINDOW) || (pr.isResponse && deniedAfter(tokens, matches, k, m));
    // "to call", "to come in": an infinitive names a contact wanted, not one made.
    const before = tokens[m.tokStart - 1];
    const infinitive = (before !== undefined && before.text === 'to' && before.clause === m.clause && !MOTION.has(tokens[m.tokStart - 2]?.text ?? '')) || wantedCall(tokens, m);
    const irrealis = near(r.lastIrr, m, IRREALIS_WINDOW) || infinitive || m.start < futureUntil || asked.has(m.clause);
    if (pr.irrealis) r.lastIrr = m;
    // "Cust reports she called the school 3 times, no answer": the calls are hers, not ours.
    const reported = r.lastSpeech !== null && r.lastSpeech.clause === m.clause && r.lastSpeech !== m;
    const { attemptKind, channel } = pr;
    // "CM called back", "I returned the call": the writer's own call, not a reply to it.
    // "Returned call 5/6, LM": a note's sentences without a subject are the writer's own actions.
    const subjectless = clauseStart(tokens, m);
    const byWriter =
      pr.isResponse &&
      ACTIVE_REPLY.has(m.phrase) &&
      (subjectless || (r.lastPerson !== null && r.lastPerson.writer && r.lastPerson.m === matches[k - 1] && r.lastPerson.m.clause === m.clause)) &&
      // ("Texted her 3/4. Replied she passed": after our message, the reply is hers.)
      !(subjectless && replyAfterOurs(tokens, matches, m, r.cur));
    const isResponse = pr.isResponse && !byWriter;
    const isSuccess = pr.isSuccess && !byWriter;
    const cur = r.cur;

    // Inside quotation marks the participant speaks: "I called the school, no answer" is their story.
    if ((attemptKind || channel) && inQuote(m.start)) {
      mentioned.push({ kind: 'reported', channel: channel ?? null, start: m.start, end: m.end, clause: m.clause });
      continue;
    }
    // "Per staffing minutes: cust met w/ her counselor and reported …": the rest of the sentence is the record's story.
    if (recordClause === m.clause && (attemptKind || channel || pr.isSuccess || pr.isState || pr.isReport)) {
      if (channel) mentioned.push({ kind: 'reported', channel, start: m.start, end: m.end, clause: m.clause });
      continue;
    }
    if (m.phrase === 'per' && recordAfter(tokens, m)) {
      recordClause = m.clause;
      continue;
    }
    // "Rapid Response: CM called …": a word in a heading names a program, not a reply.
    // ("Client response: passed" and "Youth replied: 18 hrs" are replies: someone is named, or it is a verb.)
    if ((m.phrase === 'response' || m.phrase === 'reply') && labelled(text, m) && subjectBefore(r, m, k) === null) continue;
    // "the roster the school e-mails to all case managers each Friday": someone's routine, not a contact.
    if (channel && !attemptKind && subjectBefore(r, m, k) !== null && !BY.has(firstWord(m.phrase)) && routine(tokens, m)) continue;
    // "Texted re: OV", "reminder about the OV 12/3": the contact is what the message is about.
    if (channel && !attemptKind && !isResponse && isTopic(tokens, m)) continue;
    if (attemptKind) {
      // "not a no-show": a negated attempt is no attempt (and the negation ends there: "not a no-show, came in").
      if (negated) {
        r.lastNeg = null;
        continue;
      }
      // "… she called the school, no answer" is her failed call; "… said he could not talk" is about ours,
      // unless we had already talked in earnest ("we spoke; she reports no answer at the office").
      // "She said she tried calling the school": a try told in someone's speech is theirs, and so is what came of it.
      if (reported && (TRYING.has(m.phrase) || (r.reportedContact !== null && r.reportedContact.clause === m.clause) || (cur !== null && cur.strong))) {
        if (TRYING.has(m.phrase)) r.reportedContact = m;
        mentioned.push({ kind: 'reported', channel: channel ?? IMPLIED_CHANNEL[attemptKind], start: m.start, end: m.end, clause: m.clause });
        continue;
      }
      // "will attempt TC": a plan, not an attempt; "if there is still no answer": a condition.
      if (irrealis && (isGeneric(m.phrase) || r.lastIrr?.phrase === 'if')) continue;
      // "After 3 attempt, reached client": the tries before the contact the sentence makes, not its failure.
      if (isGeneric(m.phrase) && triesBefore(tokens, matches, k, m)) continue;
      // "NA" is "no answer" only about a call; in a list of services it means "not applicable".
      if (m.phrase === 'na' && !(cur && cur.channel === 'phone' && m.clause - cur.clause <= 1 && !listValue(text, m))) continue;
      if (r.lastResponse && r.lastResponse.clause === m.clause && m.tokStart - r.lastResponse.tokEnd <= 2 && OBJECT_OF_REPLY.has(m.phrase) && REPLY_TO.has(r.lastResponse.phrase)) continue;
      // "I was in a meeting": the writer's absence fails the drop-in or call at hand.
      // "Client was out on a plow route" at a site visit: the participant was not there to meet.
      const who = AWAY_IF_WRITER.has(m.phrase) ? subjectBefore(r, m, k) : null;
      const writerAway = who !== null && (who.writer || (profileOf(who.m.tags).party === 'participant' && cur !== null && cur.channel === 'in-person' && m.clause - cur.clause <= 1));
      addAttempt(r, m, attemptKind, channel, m.start, writerAway);
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
    } else if (reported && channel && r.lastSpeech !== null && cur && describesSpeech(tokens, m, r.lastSpeech, cur)) {
      // "Mother said by phone that …": how the speech reached us.
      setChannel(cur, channel);
    } else if (reported && (channel || isSuccess)) {
      r.reportedContact = m;
      mentioned.push({ kind: 'reported', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (negated && channel && !isSuccess && possessionDenied(tokens, r.lastNeg as Match)) {
      // "youth has no working phone right now": a fact about what they have, not a contact that failed.
    } else if (negated && (channel || isSuccess)) {
      // "did not come in", "was not reached", "has not replied": an attempt, not a contact.
      // The span starts at the negation so the underline reads "not reached", not "reached".
      // "Cust no-showed … and did not call": the participant's own silence belongs to the contact at hand.
      const theirs = channel === 'phone' && cur !== null && subjectBefore(r, r.lastNeg as Match, k - 1) !== null;
      addAttempt(r, m, isResponse || isWrittenChannel(channel) ? 'response' : channel === 'in-person' ? 'visit' : 'call', channel, r.lastNeg?.start ?? m.start, theirs);
    } else if (channel) {
      // "received an e-mail", "got a text": the message came to us.
      if (receivedBefore(tokens, m) && !isResponse) {
        const e = openEvent(r, m, channel);
        e.response = true;
        r.lastResponse = m;
        succeed(r, e, m);
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
      const e = merge && cur ? cur : openEvent(r, m, channel);
      // "TC via Zoom", "text thread": the finer channel wins over the generic one.
      if (e.channel !== channel && (channel === 'video' || channel === 'text') && CHANNEL_TYPE[channel] === e.mode) e.channel = channel;
      setChannel(e, channel);
      if (EXCHANGE.has(m.phrase)) e.exchange = true;
      // "pt atnd mtg 3/19 @ ofc": a meeting the participant attended took place.
      const prev = matches[k - 1];
      // (Not a workshop or job club: a room full of people attended; someone still has to talk with the participant.)
      const attended = prev !== undefined && prev.tokEnd === m.tokStart && ATTENDED.has(prev.phrase) && channel === 'in-person' && !GROUP.has(m.phrase);
      // ("TC w/ client – message left with his wife", "OV 3/4 w/ cust postponed": the phrase's claim is taken back.)
      // (A walk-in is not read as a contact: it says she came to the office, not that anyone of ours talked with her —
      // "Walk-in. Resource room only.", "Walk-in 3/4, waited 20 min and left", "Walk-in orientation".)
      if ((pr.made || attended || ((m.phrase === 'came to' || m.phrase === 'come to') && toOurOffice(tokens, m)) || channelNamedWith(text, tokens, matches, k, m)) && !describesAttempt) {
        // ("Cust came in 3/4 but left before CM was available": taken back, the contact is a try that failed.)
        if (madeTakenBack(text, tokens, m)) addAttempt(r, m, channel === 'in-person' ? 'visit' : isWrittenChannel(channel) ? 'response' : 'call', channel, m.start, true);
        else {
          e.made = true;
          e.evidence ??= { start: m.start, end: m.end };
        }
      }
      if (isSuccess && !FROM_THEM.has(m.phrase)) succeed(r, e, m);
      const sentFrom = isWrittenChannel(channel) && theirNewsAfter(matches, k) ? receivedFrom(text, tokens, m) : -1;
      if ((isResponse && FROM_THEM.has(m.phrase)) || sentFrom > 0) {
        // ("Letter rec'd from client": the phrase reads on to "from", where the sender is named, as "letter from" does.)
        if (sentFrom > 0 && e.tokEnd === m.tokEnd) {
          e.tokEnd = sentFrom;
          e.end = (tokens[sentFrom - 1] as Token).end;
        }
        // "Text from client 4/20: call me." asks for a contact; "E-mail from client: doing good" answers.
        e.fromThem = true;
        e.request = asksSomething(text, tokens, m);
      } else if (isResponse) {
        e.response = true;
        r.lastResponse = m;
      }
    } else if (pr.made) {
      // "Contact made", "monthly contact": marks the contact of its own sentence as made.
      if (cur && cur.clause === m.clause) cur.made = true;
      else r.madeMark = m;
    } else if (isResponse) {
      // "Client responded by phone 3/6": a reply by another channel is a contact of its own.
      const via = viaChannel(tokens, matches, k);
      const e = via ? openEvent(r, m, via) : (cur ?? openEvent(r, m, null));
      e.response = true;
      r.lastResponse = m;
      succeed(r, e, m);
    } else if (isSuccess && relay(r, cur, m, k)) {
      r.relayer = relayerOf(r, m, k);
      addAttempt(r, m, 'call', cur && m.clause - cur.clause <= 1 ? null : 'phone', m.start, true);
    } else if (isSuccess && ANSWERING.has(m.phrase) && answeredByStranger(cur, m, k)) {
      // "Night lead answered", "Staff member Tina answered": someone we cannot name answered for the participant.
      r.relayer = { party: 'other', clause: m.clause, channel: cur?.channel ?? null };
      addAttempt(r, m, 'call', cur && m.clause - cur.clause <= 1 ? null : 'phone', m.start, true);
    } else if (isSuccess) {
      readTalk(r, m, k, cur);
    } else if ((pr.isReport || pr.isState) && tokens[m.tokStart - 1]?.text === 'as' && tokens[m.tokStart - 1]?.clause === m.clause) {
      // "to meet customer as agreed", "as discussed": a reference to an earlier agreement, not someone speaking now.
    } else if ((pr.isReport || pr.isState) && !(irrealis && PRESENT.has(m.phrase))) {
      // ("Cust on camera?": asked, not shown.)
      readSpeech(r, m, k, pr, cur);
    }
  }
  return { events, mentioned, parties, tagged: new TagIndex(kept, present) };
}
