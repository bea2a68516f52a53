/**
 * The small token-window tests the event reader uses to read a clause: who speaks, whether a
 * contact is the topic of a message, planned, a number on file, a reply by another channel.
 * Each looks at a few tokens around one match, so reading stays linear in the note's length.
 * (The word lists are in contact-words.ts, the tests on characters in text-marks.ts.)
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';
import type { Channel, ContactEvent } from './event-types';
import { CHANNEL_TAGS, firstWord, MOTION, PREPOSITIONS } from './contact-words';

/** Words before a contact that make it the topic of a message ("texted re: OV", "reminder about OV"). */
const TOPIC = new Set(['re', 'regarding', 'about', 'confirm', 'confirming', 'confirmed', 'of']);
const TOPIC_NOUN = new Set(['reminder', 'reminders', 'invite', 'invitation', 'link']);
/** Failures told as history before a contact that then connected ("after two weeks of voicemails"). */
const HISTORY = new Set(['after', 'finally', 'following', 'since']);
/** Words after "phone"/"cell" that make it a number, not a call: "phone 573-555-0142", "phone #". */
const NUMBERISH = new Set(['number', 'no', 'num', 'nbr', 'updated', 'changed', 'verified', 'confirmed', 'file', 'listed']);

/** The marker (a negation or a future word) sits shortly before `m` in the same sentence. */
export function near(marker: Match | null, m: Match, window: number): boolean {
  return marker !== null && marker !== m && marker.clause === m.clause && m.tokStart >= marker.tokEnd && m.tokStart - marker.tokEnd <= window;
}

/** "OV scheduled 7/2", "Google Meet 4/4 set for …": a future marker right after the contact (dates may sit between). */
const PLANNED_AFTER = new Set(['scheduled', 'schedule', 'arranged', 'arranged for', 'set for', 'is set', 'set up', 'booked', 'planned', 'rescheduled', 'reschedule', 'upcoming', 'tomorrow', 'scheduled for', 'next week', 'next month']);
export function plannedAfter(tokens: Token[], matches: Match[], k: number, m: Match): boolean {
  // "Site visit with client planned 6/3", "A telephonic contact with the customer is scheduled for June 3":
  // whom it is with, and "is", may sit between the contact and the word that plans it.
  let j = k + 1;
  while (j < matches.length && j <= k + 3) {
    const n = matches[j] as Match;
    if (n.clause !== m.clause || n.tokStart - m.tokEnd > 6) return false;
    if (PLANNED_AFTER.has(n.phrase)) break;
    if (!n.tags.some((t) => t.startsWith('party:') || t === 'state')) return false;
    j++;
  }
  const next = matches[j];
  if (next === undefined || !PLANNED_AFTER.has(next.phrase) || next.clause !== m.clause) return false;
  for (let t = m.tokEnd; t < next.tokStart; t++) {
    const tok = tokens[t] as Token;
    // ("OV w/ Ms. Lee next week": a name, titled or not, is whom it is with.)
    if (tok.numeric || BETWEEN_PLAN.has(tok.text) || tok.capitalised) continue;
    let covered = false;
    for (let x = k + 1; x < j && !covered; x++) covered = t >= (matches[x] as Match).tokStart && t < (matches[x] as Match).tokEnd;
    if (!covered) return false;
  }
  return true;
}
const BETWEEN_PLAN = new Set(['with', 'w', 'the', 'is', 'was', 'has', 'been', 'a', 'an']);

/** "Mother said by phone", "Per client (phone 3/15)": how the speech reached the writer. */
export function describesSpeech(tokens: Token[], m: Match, speech: Match, cur: ContactEvent): boolean {
  const gap = m.tokStart - speech.tokEnd;
  const prep = PREPOSITIONS.has(tokens[m.tokStart - 1]?.text ?? '') || PREPOSITIONS.has(firstWord(m.phrase));
  return (gap <= 1 && prep) || (gap <= 2 && cur.channel === null && cur.evidence?.start === speech.start);
}

export function viaChannel(tokens: Token[], matches: Match[], k: number): Channel | null {
  const m = matches[k] as Match;
  const next = matches[k + 1];
  if (!next || next.clause !== m.clause || next.tokStart - m.tokEnd > 1) return null;
  if (next.tokStart === m.tokEnd + 1 && !PREPOSITIONS.has(tokens[m.tokEnd]?.text ?? '')) return null;
  return CHANNEL_TAGS.find(([t]) => next.tags.includes(t))?.[1] ?? null;
}

export function receivedBefore(tokens: Token[], m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 2; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (tok.text === 'received' || tok.text === 'got') return true;
    if (tok.text !== 'a' && tok.text !== 'an' && tok.text !== 'the') return false;
  }
  return false;
}

/**
 * A written message named as received from someone, "received" after it ("Letter rec'd from client 6/3: …", "E-mail
 * received from customer", "Letter received 3/24 from cust, dated 3/21: …"): it came from them, as "letter from" does.
 * Only with one word for the sender and then, past a date, a colon and what it said: an office ("from Client
 * Services"), a message to someone else ("addressed to DHS", "cc'd", "in error", "in the group chat") or one with
 * nothing in it is not read so (tests/policy/review-received-from.test.ts). Returns the token after "from", or -1.
 */
const RECEIVED = new Set(['received', "rec'd", 'recd', 'rcvd', 'recvd', "rcv'd"]);
export function receivedFrom(text: string, tokens: Token[], m: Match): number {
  let t = m.tokEnd;
  const inClause = () => tokens[t]?.clause === m.clause;
  if (!inClause() || !RECEIVED.has((tokens[t] as Token).text)) return -1;
  t++;
  for (let n = 0; n < 3 && inClause() && (tokens[t] as Token).numeric; n++) t++;
  if (!inClause() || tokens[t]?.text !== 'from') return -1;
  const sender = t + 1;
  t = sender + 1;
  for (let n = 0; n < 4 && inClause() && ((tokens[t] as Token).numeric || tokens[t]?.text === 'dated'); n++) t++;
  const last = tokens[t - 1] as Token;
  const next = tokens[t];
  const gap = text.slice(last.end, next ? next.start : text.length);
  if (last.clause !== m.clause || !gap.includes(':')) return -1;
  // (Not their words: "copy of pay stub", "FW: Your application …", "(blank form …)".)
  return NOT_THEIR_WORDS.test(text.slice(last.end + gap.indexOf(':') + 1, last.end + gap.length + 40)) ? -1 : sender;
}
/** What follows the colon is a document or someone else's message, not the participant's words. */
const NOT_THEIR_WORDS = /^\s*(?:\(|copy|copies|fw|fwd|forward\w*|attach\w*|enclos\w*|scan\w*|photo\w*|picture|pay\s?stubs?\b|auto\w*)/i;

/**
 * What a message received from someone said, in the rest of its sentence (matches after `k`): their news, and nobody
 * else named as its writer ("this is her sister, …"). A blank form, "lol ok see u" or an automatic acknowledgement
 * carries none (tests/policy/review-received-from.test.ts).
 */
export function theirNewsAfter(matches: Match[], k: number): boolean {
  const clause = (matches[k] as Match).clause;
  let news = false;
  for (let q = k + 1; q < matches.length && (matches[q] as Match).clause === clause; q++) {
    const tags = (matches[q] as Match).tags;
    if (tags.includes('party:alternate') || tags.includes('party:other')) return false;
    if (tags.includes('progress:strong') || tags.includes('progress:weak')) news = true;
  }
  return news;
}

/** Progress is told in the rest of the sentence ("she is working 32 hrs"), so the words are the participant's answers. */
export function progressFollows(matches: Match[], k: number): boolean {
  const m = matches[k] as Match;
  // Bounded, so a note that is one endless sentence still reads in linear time.
  for (let j = k + 1; j < matches.length && j <= k + 12; j++) {
    const n = matches[j] as Match;
    if (n.clause !== m.clause) return false;
    if (n.tags.includes('progress:strong')) return true;
  }
  return false;
}

/** The match opens its sentence (dates and numbers before it do not count). */
export function clauseStart(tokens: Token[], m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return true;
    if (!tok.numeric) return false;
  }
  return true;
}

export function prepositionBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let t = from; t < to; t++) if (PREPOSITIONS.has(tokens[t]?.text ?? '')) return true;
  return false;
}

export function isTopic(tokens: Token[], m: Match): boolean {
  // "confirmed by phone" says how, not what about.
  if (PREPOSITIONS.has(firstWord(m.phrase))) return false;
  const prev = tokens[m.tokStart - 1];
  if (!prev || prev.clause !== m.clause) return false;
  if (TOPIC.has(prev.text)) return true;
  const before = tokens[m.tokStart - 2];
  return (prev.text === 'for' || prev.text === 'the' || prev.text === 'monthly') && before !== undefined && (TOPIC.has(before.text) || TOPIC_NOUN.has(before.text));
}

const OTHERS = new Set(['her', 'him', 'them', 'his', 'their']);
const TELLING = new Set(['told', 'informed', 'advised', 'let cm know', 'explained', 'shared', 'mentioned', 'said', 'stated', 'reported', 'reports']);
export function toSomeoneElse(tokens: Token[], matches: Match[], k: number, m: Match): boolean {
  if (!TELLING.has(m.phrase)) return false;
  const next = tokens[m.tokEnd];
  if (!next || next.clause !== m.clause) return false;
  if (m.phrase === 'told' || m.phrase === 'informed' || m.phrase === 'advised') {
    if (OTHERS.has(next.text)) return true;
  } else if (next.text !== 'to') return false;
  // "told her instructor", "said to the school": a party other than the writer is the listener.
  const after = matches[k + 1];
  if (!after || after.clause !== m.clause || after.tokStart - m.tokEnd > 2) return false;
  return after.tags.some((t) => t.startsWith('party:'));
}

export function afterHistory(tokens: Token[], m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 4; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (HISTORY.has(tok.text)) return true;
  }
  return false;
}

export function isNumberAfter(text: string, tokens: Token[], m: Match): boolean {
  const next = tokens[m.tokEnd];
  if (!next || next.clause !== m.clause) return false;
  // "phone 3/15" is a call on a date; "phone 573-555-0142" is a number.
  if (next.numeric) return text.charCodeAt(next.end) !== 47;
  return NUMBERISH.has(next.text);
}

const NOT_A_CALL = new Set(['questions', 'question', 'all', 'my', 'his', 'her', 'their', 'some', 'every', 'each', 'both', 'these', 'those']);
/** What "answered" / "picked up" says about the channel: a phone, the door (a visit), or nothing ("answered my questions"). */
export function answeredBy(tokens: Token[], m: Match): Channel | null {
  if (m.phrase.endsWith('door')) return 'in-person';
  const next = tokens[m.tokEnd];
  if (!next || next.clause !== m.clause) return 'phone';
  if (next.text === 'the' && tokens[m.tokEnd + 1]?.text === 'door') return 'in-person';
  return NOT_A_CALL.has(next.text) ? null : 'phone';
}

const PLACE = new Set(['office', 'center', 'centre', 'ajc', 'wfc', 'jc', 'ofc', 'onestop', 'lobby', 'building', 'agency', 'desk', 'counter', 'reception']);
/** "Kaylee came to the Thief River Falls WorkForce Center": coming to our office (not "came to class"). */
export function toOurOffice(tokens: Token[], m: Match): boolean {
  for (let t = m.tokEnd; t < tokens.length && t <= m.tokEnd + 6; t++) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (PLACE.has(tok.text)) return true;
  }
  return false;
}

/** "did not return 2 calls": only a count sits between a failure and the channel it describes. */
export function numbersBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let t = from; t < to; t++) if (!tokens[t]?.numeric) return false;
  return true;
}

/** Words between "to" and a call it asks for: "to return call", "to give CM a call", "to return my call". */
const TRYING_TO = new Set(['try', 'tried', 'trying', 'tries', 'attempt', 'attempted', 'attempting']);
const ASKING_VERB = new Set(['return', 'give', 'make']);
const ASKED_CALL = new Set([...ASKING_VERB, 'me', 'my', 'the', 'a', 'cm', 'writer', 'her', 'his', 'our', 'this']);
/** "for client to return call", "asked her to give me a call": a call asked for, not one made. */
export function wantedCall(tokens: Token[], m: Match): boolean {
  // (A verb must sit between: "replied to my e-mail" answers one.)
  let verb = false;
  for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 4; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    // ("tried to make the call" is a try: the failure told with it is the attempt's.)
    if (tok.text === 'to') return verb && !MOTION.has(tokens[t - 1]?.text ?? '') && !TRYING_TO.has(tokens[t - 1]?.text ?? '');
    if (!ASKED_CALL.has(tok.text)) return false;
    verb ||= ASKING_VERB.has(tok.text);
  }
  return false;
}

const RECORD = new Set([
  'minutes', 'notes', 'note', 'summary', 'report', 'records', 'record', 'log', 'file', 'documentation',
  'sign', 'signin', 'roster', 'attendance', 'sheet', 'printout', 'transcript', 'screenshot', 'system',
]);
/** "per staffing minutes", "per the DVR notes", "per sign-in", "per the class roster": a record, not a person, within three words of "per". */
export function recordAfter(tokens: Token[], m: Match): boolean {
  for (let t = m.tokEnd; t < tokens.length && t <= m.tokEnd + 3; t++) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (RECORD.has(tok.text)) return true;
  }
  return false;
}

const AGENCY = new Set(['agency', 'agencies', 'firm', 'company', 'co', 'service', 'services', 'inc', 'llc', 'solutions', 'group', 'office', 'recruiter']);
/** "Express Staffing", "Aerotek Staffing", "a staffing agency": a temp agency's name, not a staffing meeting. */
export function staffingAgency(text: string, tokens: Token[], m: Match): boolean {
  const next = tokens[m.tokEnd];
  if (next !== undefined && next.clause === m.clause && AGENCY.has(next.text)) return true;
  const prev = tokens[m.tokStart - 1];
  const raw = text.slice(m.start, m.end);
  const capital = (s: string) => s.length > 1 && s[0] !== s[0]?.toLowerCase() && s.slice(1) === s.slice(1).toLowerCase();
  return prev !== undefined && prev.clause === m.clause && capital(raw) && capital(text.slice(prev.start, prev.end)) && !['Case', 'Joint', 'Team'].includes(text.slice(prev.start, prev.end));
}
