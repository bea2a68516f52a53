/**
 * Two branches of the event reader (lib/text/events.ts): talk ("spoke with", "discussed") and
 * speech ("cust reports", "per instructor", "she is working 30 hrs"). Each decides whether the
 * words extend the contact at hand, open a new one, or belong to no contact of ours.
 */
import type { Match } from './matcher';
import { isWrittenChannel, type ContactEvent } from './event-types';
import { AWAY_STATE, MESSAGE, PASSIVE_BE, profileOf, type Profile } from './event-words';
import { handedOver, namesParty, passiveFact } from './event-checks';
import { progressFollows, toSomeoneElse } from './clauses';
import { addAttempt, openEvent, relay, relayerOf, setChannel, subjectBefore, succeed, type Reading } from './event-state';

/** "Spoke with cust", "talked with supervisor Gary": someone talked (not a reply, not a relay). */
export function readTalk(r: Reading, m: Match, k: number, cur: ContactEvent | null): void {
  const { tokens, matches, events } = r;
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
  if (afterLetter && !namesParty(matches, k, m)) return;
  // "Progress was discussed." with no contact told and nobody named: nobody is said to have talked.
  if (cur === null && PASSIVE_BE.has(tokens[m.tokStart - 1]?.text ?? '') && tokens[m.tokStart - 1]?.clause === m.clause && !namesParty(matches, k, m)) return;
  const afterFailure = cur !== null && (cur.attempts.length > 0 || afterLetter) && cur.clause !== m.clause;
  // "Her roommate answered and got her. Spoke w/ cust …": the participant came to the phone someone else answered.
  const lastTry = cur?.attempts[cur.attempts.length - 1];
  const handed = afterFailure && cur.channel === 'phone' && lastTry !== undefined && r.relayer !== null && r.relayer.clause >= cur.clause && handedOver(r.text, lastTry.end, m.start);
  // "talked with supervisor Gary": who was talked with.
  // (Past a possessive: "spoke with client's mom" was with the mother.)
  const first = matches[k + 1];
  const next = matches[k + 2];
  const owned = first && tokens[first.tokEnd - 1]?.possessive && next && next.clause === m.clause && next.tokStart === first.tokEnd;
  const heard = owned ? next : first;
  const party = heard && first && first.clause === m.clause && first.tokStart - m.tokEnd <= 1 ? profileOf(heard.tags).party : undefined;
  // "Called client 3/4. Spoke with her mom about …": a talk with someone else after a call that had not yet reached
  // anyone (ours: no one named before it) is that person's contact, not the participant's call answered.
  // (Whom, not what: "Talked about school" names a topic.)
  const topic = first !== undefined && first.tokStart > m.tokEnd && ['about', 're', 'regarding', 'on', 'over'].includes(tokens[m.tokEnd]?.text ?? '');
  const toOther = cur !== null && !cur.success && !cur.made && !topic && party !== undefined && party !== 'participant' && !namedBefore(r, cur);
  const e = cur && !afterFailure && !toOther ? cur : openEvent(r, m, visit ? 'in-person' : handed || (toOther && cur.channel === 'phone') ? 'phone' : null);
  succeed(r, e, m);
  if (party) e.speakers.push(party);
  // "Home visit: customer not home. Talked about her job search": whoever was talked with, it was not the
  // participant who was not there; unnamed, they are someone else (never guessed to be the participant).
  else if (afterFailure && cur.channel === 'in-person' && !namesParty(matches, k, m)) e.party = 'other';
}

/** Someone named just before the contact's phrase, its subject ("Client phoned in"): not a call of ours. */
function namedBefore(r: Reading, e: ContactEvent): boolean {
  return r.matches.some((x) => x.clause === e.clause && x.tokEnd <= e.tokStart && e.tokStart - x.tokEnd <= 2 && profileOf(x.tags).party !== undefined);
}

/** "Cust reports …", "per instructor", "she is working 30 hrs": speech, which counts only with a speaker. */
export function readSpeech(r: Reading, m: Match, k: number, pr: Profile, cur: ContactEvent | null): void {
  const { text, tokens, matches } = r;
  // Speech counts only with a speaker: "cust reports", "she said", "per instructor", or straight after a
  // contact in its own sentence ("TC w/ cust, reports …"). "Address verified" has no one talking.
  const subj = subjectBefore(r, m, k);
  const speakerBefore = subj !== null && !subj.writer;
  const after = m.phrase === 'per' ? matches[k + 1] : undefined;
  const speakerAfter = after !== undefined && after.clause === m.clause && after.tokStart - m.tokEnd <= 1 && profileOf(after.tags).party !== undefined;
  // (Not after a letter or e-mail: "mailed ltr to last known addr, address verified" is nobody answering.)
  // Nor a fact stated passively ("need upd ph # Address verified", "Employment confirmed"): a thing, not a person, was verified.
  const continues =
    subj === null && cur !== null && cur.clause === m.clause && cur.attempts.length === 0 && !isWrittenChannel(cur.channel) && !passiveFact(text, tokens, m);
  if (pr.isState && PRESENT.has(m.phrase)) {
    // "Zoom 3/11. Cust on camera from his truck": the participant shown on the video contact at hand is taking part.
    if (cur && cur.channel === 'video' && cur.attempts.length === 0 && m.clause - cur.clause <= 1 && participantJustBefore(r, m, k)) succeed(r, cur, m);
    return;
  }
  if (pr.isState) {
    // A person's answers right after a call or visit ("Called cust. She is working 30 hrs.").
    const personal =
      speakerBefore && subj.m.tokEnd === m.tokStart && (subj.m.tags.includes('pronoun') || subj.m.tags.includes('party:participant')) && progressFollows(matches, k) && !AWAY_STATE.has(tokens[m.tokEnd]?.text ?? '');
    if (personal && cur && !isWrittenChannel(cur.channel) && cur.channel !== null && cur.attempts.length === 0 && m.clause - cur.clause <= 1) {
      succeed(r, cur, m);
    }
    return;
  }
  // "Called client's job site and was informed she is on shift", "I was told she moved": someone unnamed told the
  // writer; a call that reached whoever that was is no exchange with the participant (tests/policy/told-unnamed.test.ts).
  if (subj === null && cur !== null && !isWrittenChannel(cur.channel) && m.clause - cur.clause <= 1 && toldWriter(r, m)) {
    r.relayer = { party: 'other', clause: m.clause, channel: cur.channel };
    addAttempt(r, m, 'call', null, m.start, true);
    return;
  }
  if (!(speakerBefore || speakerAfter || continues)) return;
  // "client told her …", "she informed her instructor": a conversation the writer was not part of.
  if (toSomeoneElse(tokens, matches, k, m)) return;
  if (relay(r, cur, m, k)) {
    // "her son answered and said she was at clinicals": the call reached someone else.
    r.relayer = relayerOf(r, m, k);
    addAttempt(r, m, 'call', null, m.start, true);
    return;
  }
  r.lastSpeech = m;
  // "rcpt took msg - cust says she passed": what a message says is not a conversation.
  const lastTry = cur?.attempts[cur.attempts.length - 1];
  if (cur && lastTry && !cur.success && cur.clause === m.clause && MESSAGE.has(lastTry.phrase)) return;
  // (After a letter, "Per instructor, cust attending" is someone speaking, not the reply to the letter.)
  // (Nor is speech after someone's trip elsewhere, "Customer went to Texas …, she thinks", a visit with us.)
  // ("Portal chat 3/20 w/ cust. Cust says all good.": the participant's words right after a chat with them are the chat.)
  const chatting =
    cur !== null && cur.exchange === true && m.clause - cur.clause <= 1 && (cur.target === 'participant' || cur.target === null) && (!speakerBefore || profileOf(subj.m.tags).party === 'participant' || subj.m.tags.includes('pronoun'));
  const fresh =
    cur !== null &&
    ((cur.away && cur.target !== null) ||
      ((cur.attempts.length > 0 || (isWrittenChannel(cur.channel) && cur.clause !== m.clause && !chatting)) && (cur.clause !== m.clause || speakerBefore || speakerAfter)));
  // A new speaker during a visit or call ("Supervisor reports …" at the worksite) speaks over the same channel;
  // not over a call that failed ("Called cust, NA. The instructor said …": how the instructor told is not said).
  const over = cur !== null && m.clause - cur.clause <= 1 && !isWrittenChannel(cur.channel) && (cur.attempts.every((t) => t.generic) || (cur.channel === 'in-person' && cur.made)) && !(cur.away && cur.target !== null);
  const e = cur && !fresh ? cur : openEvent(r, m, over && cur ? cur.channel : null);
  succeed(r, e, m);
  // "her husband answered. He said she started a job": the pronoun is whoever answered, not the participant.
  const relayer = r.relayer;
  if (e !== cur && speakerBefore && subj.m.tags.includes('pronoun') && relayer !== null && m.clause - relayer.clause <= 1) {
    e.party = relayer.party;
    setChannel(e, relayer.channel);
  }
  const speaker = speakerBefore ? subj.m : speakerAfter ? after : undefined;
  const who = speaker ? profileOf(speaker.tags).party : undefined;
  if (who) e.speakers.push(who);
}

const TOLD = new Set(['told', 'informed', 'advised', 'notified']);
const WRITER_OR_NONE = new Set(['i', 'we', 'cm', 'writer', 'and']);
/** "… and was told", "I was informed": the writer, or no one, is the subject of a passive "told". */
function toldWriter(r: Reading, m: Match): boolean {
  const { tokens, text } = r;
  const be = tokens[m.tokStart - 1];
  if (!TOLD.has(m.phrase) || !be || be.clause !== m.clause || (be.text !== 'was' && be.text !== 'were')) return false;
  const subject = tokens[m.tokStart - 2];
  return subject === undefined || subject.clause !== m.clause || WRITER_OR_NONE.has(subject.text) || /[,;(]/.test(text.slice(subject.end, be.start));
}

/** Presence on a video contact. */
export const PRESENT = new Set(['on camera', 'on screen']);
const BE = new Set(['was', 'is', 'were']);
/**
 * The participant (a participant word or a pronoun, not a possessive) right before the match, past one "was"/"is":
 * "Cust on camera", "client was on camera". Anything else between ("not", "will be", "asked cust to be") is no presence.
 */
function participantJustBefore(r: Reading, m: Match, k: number): boolean {
  let j = k - 1;
  let at = m.tokStart;
  const prev = r.matches[j];
  if (prev && prev.clause === m.clause && prev.tokEnd === at && BE.has(prev.phrase)) {
    at = prev.tokStart;
    j--;
  }
  const who = r.matches[j];
  if (!who || who.clause !== m.clause || who.tokEnd !== at || r.tokens[who.tokEnd - 1]?.possessive) return false;
  return who.tags.includes('party:participant') || who.tags.includes('pronoun');
}
