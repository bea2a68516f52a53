/**
 * The small word lists and token-window tests the event reader uses to read a
 * clause: who speaks, whether a contact is the topic of a message, planned,
 * quoted, a number on file, or a value in a list. Each looks at a few tokens
 * around one match, so reading stays linear in the note's length.
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';
import type { Tag } from './vocabulary';
import type { AttemptKind, Channel, ContactEvent } from './event-types';
import type { Party } from '../model';

export const CHANNEL_TAGS: ReadonlyArray<[Tag, Channel]> = [
  ['mode:in-person', 'in-person'],
  ['mode:video', 'video'],
  ['mode:telephone', 'phone'],
  ['mode:email', 'email'],
  ['mode:letter', 'letter'],
  ['mode:text', 'text'],
];
export const ATTEMPT_TAGS: ReadonlyArray<[Tag, AttemptKind]> = [
  ['attempt:call', 'call'],
  ['attempt:visit', 'visit'],
  ['attempt:mail', 'mail'],
  ['attempt:response', 'response'],
];
export const PARTY_TAGS: ReadonlyArray<[Tag, Party]> = [
  ['party:participant', 'participant'],
  ['party:provider', 'provider'],
  ['party:alternate', 'alternate'],
  ['party:other', 'other'],
];
export const IMPLIED_CHANNEL: Record<AttemptKind, Channel | null> = { call: 'phone', visit: 'in-person', mail: 'letter', response: null };
/** "came to OV", "did not come to OV": "to" after a verb of motion is a place, not an infinitive. */
export const MOTION = new Set(['come', 'came', 'go', 'went', 'show', 'showed', 'coming', 'going', 'back', 'return', 'returned']);
export const NEGATION_WINDOW = 3;
// A future marker ("will", "next", "scheduled") colours the rest of its sentence.
export const IRREALIS_WINDOW = 12;
/** "LM on cell", "no-show for OV": a mode after a preposition describes the attempt just made. */
export const PREPOSITIONS = new Set(['on', 'via', 'by', 'for', 'at', 'through', 'thru']);

/** A phrase's first word (what `phrase.split(' ')[0]` gives), without an array and strings per call: phrases come from a fixed vocabulary. */
const firstWords = new Map<string, string>();
export function firstWord(phrase: string): string {
  let w = firstWords.get(phrase);
  if (w === undefined) {
    const sp = phrase.indexOf(' ');
    w = sp < 0 ? phrase : phrase.slice(0, sp);
    // (Bounded all the same: a pack could add any number of phrases.)
    if (firstWords.size >= 10_000) firstWords.clear();
    firstWords.set(phrase, w);
  }
  return w;
}
/** Words after "phone"/"cell" that make it a number, not a call: "phone 573-555-0142", "phone #". */
/** Failures that say nothing of the channel ("unable to reach", "attempted"): they take the channel of their contact. */
export const ANY_CHANNEL = new Set([
  'unable to reach', 'could not reach', "couldn't reach", 'not reached', 'not able to reach', 'unable to contact', 'could not contact',
  'no contact', 'attempt', 'attempted', 'attempted contact', 'attempted to contact', 'attempted to reach', 'tried to reach',
  'tried to contact', 'no one answered', 'nobody answered', 'not available', 'unavailable', 'is not available', 'was not available',
  'did not wait', "couldn't wait", 'could not wait', 'not on shift', 'off that day', 'was off', 'not there', 'not present',
  'not working that day', 'not scheduled today', 'was not scheduled', 'not scheduled', 'off today', 'not working today', 'not in today', 'was not there', 'not at work', 'did not happen', 'wrong number', 'wrong person', 'audio failed', 'no audio', 'could not hear',
  'connection failed', 'call ended', 'lost connection', 'never logged on', 'did not log on', 'did not log in', 'never logged in',
  'never connected', 'not connected', 'dropped call', 'no forwarding', 'no forwarding address', 'moved out', 'moved away', 'auto reply', 'automatic reply', 'autoreply', 'out of office reply', 'no answer', 'na', 'no ans', 'did not answer', "didn't answer", 'no pick up',
]);
/** The writer was not there ("while CM was out"): it fails whatever contact is at hand, a call or a drop-in. */
const WRITER_AWAY = [
  'while i was out', 'while cm was out', 'while writer was out', 'while cw was out', 'cm was out', 'writer was out', 'i was out', 'cm out',
  'writer out', 'cw out', 'while i was in', 'while cm was in', 'while writer was in', 'while cm was', 'while i was', 'while writer was', 'no call',
];
for (const w of WRITER_AWAY) ANY_CHANNEL.add(w);
/** The same without a subject: the writer's absence only when the writer is the one named ("I was in a meeting"), not a supervisor's. */
export const AWAY_IF_WRITER = new Set([
  'was in a meeting', 'was out', 'out sick', 'was out sick', 'out of office', 'out of the office', 'on another call', 'on another line',
  'with another customer', 'with another client', 'with another participant', 'was with another', 'was busy',
]);
/** …of which these, opening an event of their own, still mean a call. */
export const CALL_BY_DEFAULT = new Set(['no answer', 'na', 'no ans', 'did not answer', "didn't answer", 'no pick up', ...WRITER_AWAY]);
/** Failures that can be what a reply answers: "returned my 7/15 VM". */
export const REPLY_TO = new Set(['returned my', 'returned cm', 'returned writer', 'returned cw', 'in reply to', 'in response to']);
export const OBJECT_OF_REPLY = new Set(['vm', 'voicemail', 'voice mail', 'lm', 'vms', 'message', 'left message', 'lvm', 'left vm', 'left voicemail']);
/** Replies the subject makes ("called back", "replied"): by the writer, they are the writer's own call or message. */
export const ACTIVE_REPLY = new Set([
  'replied', 'responded', 'wrote back', 'emailed back', 'e mailed back', 'texted back', 'called back', 'returned call', 'returned my call',
  'returned the call', 'replied back', 'reply', 'responds', 'replies', 'wrote', 'responded via', 'replied via',
]);
/** Words before a contact that make it the topic of a message ("texted re: OV", "reminder about OV"). */
const TOPIC = new Set(['re', 'regarding', 'about', 'confirm', 'confirming', 'confirmed', 'of']);
const TOPIC_NOUN = new Set(['reminder', 'reminders', 'invite', 'invitation', 'link']);
/** Picking up the phone: by someone other than the participant, the call reached the wrong person. */
export const ANSWERING = new Set(['answered', 'picked up']);
/** Failures told as history before a contact that then connected ("after two weeks of voicemails"). */
const HISTORY = new Set(['after', 'finally', 'following', 'since']);
export const PHONE_WORDS = new Set(['phone', 'telephone', 'ph', 'tel', 'cell', 'home phone', 'cell phone']);
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
    if (tok.numeric || BETWEEN_PLAN.has(tok.text)) continue;
    let covered = false;
    for (let x = k + 1; x < j && !covered; x++) covered = t >= (matches[x] as Match).tokStart && t < (matches[x] as Match).tokEnd;
    if (!covered) return false;
  }
  return true;
}
const BETWEEN_PLAN = new Set(['with', 'w', 'the', 'is', 'was', 'has', 'been', 'a', 'an']);

/** "childcare - NA", "ITA: NA": a value in a list (not applicable), not "no answer". */
export function listValue(text: string, m: Match): boolean {
  for (let i = m.start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return c === 45 || c === 58 || c === 61 || c === 8211;
  }
  return false;
}

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

/** Character ranges inside straight or curly double quotes. */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (c === 34) {
      if (open >= 0) {
        out.push([open, i]);
        open = -1;
      } else open = i;
    } else if (c === 10) open = -1;
  }
  return out;
}

/** Matches arrive in order, so one cursor over the quoted ranges keeps this linear. */
export function quoteCursor(quotes: Array<[number, number]>): (at: number) => boolean {
  let q = 0;
  return (at) => {
    while (q < quotes.length && (quotes[q] as [number, number])[1] <= at) q++;
    const r = quotes[q];
    return r !== undefined && at > r[0] && at < r[1];
  };
}

export function afterHistory(tokens: Token[], m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 4; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (HISTORY.has(tok.text)) return true;
  }
  return false;
}

export function isGeneric(phrase: string): boolean {
  return phrase.startsWith('attempt') || phrase.startsWith('tried') || phrase === 'phone tag' || phrase === 'voicemails' || phrase === 'vms' || phrase === 'lms';
}

export function isNumberAfter(text: string, tokens: Token[], m: Match): boolean {
  const next = tokens[m.tokEnd];
  if (!next || next.clause !== m.clause) return false;
  // "phone 3/15" is a call on a date; "phone 573-555-0142" is a number.
  if (next.numeric) return text.charCodeAt(next.end) !== 47;
  return NUMBERISH.has(next.text);
}

/** "Plan: TC 9/1", "Plan - OV 4/4": a label opening what follows, not "the plan" as a topic. */
export function labelled(text: string, m: Match): boolean {
  for (let i = m.end; i < text.length && i < m.end + 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 45 || c === 8211) return true;
    if (c !== 32) return false;
  }
  return false;
}

/** "$16/hr", "30 hr", "per hr": "hr" is an hour there, not human resources. */
export function perHour(text: string, tokens: Token[], m: Match): boolean {
  if (text.charCodeAt(m.start - 1) === 47) return true;
  const prev = tokens[m.tokStart - 1];
  return prev !== undefined && prev.clause === m.clause && (prev.numeric || prev.text === 'per' || prev.text === 'an' || prev.text === 'a');
}

const NOT_A_CALL = new Set(['questions', 'question', 'all', 'my', 'his', 'her', 'their', 'some', 'every', 'each', 'both', 'these', 'those']);
/** What "answered" / "picked up" says about the channel: a phone, the door (a visit), or nothing ("answered my questions"). */
export function answeredBy(tokens: Token[], m: Match): Channel | null {
  const next = tokens[m.tokEnd];
  if (!next || next.clause !== m.clause) return 'phone';
  if (next.text === 'the' && tokens[m.tokEnd + 1]?.text === 'door') return 'in-person';
  return NOT_A_CALL.has(next.text) ? null : 'phone';
}

const PLACE = new Set(['office', 'center', 'centre', 'ajc', 'wfc', 'onestop', 'lobby', 'building', 'agency']);
/** "Kaylee came to the Thief River Falls WorkForce Center": coming to our office (not "came to class"). */
export function toOurOffice(tokens: Token[], m: Match): boolean {
  for (let t = m.tokEnd; t < tokens.length && t <= m.tokEnd + 6; t++) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (PLACE.has(tok.text)) return true;
  }
  return false;
}

/** Field labels whose value is the future: "Next Steps: try again Thurs; mail letter if no contact". */
export const FUTURE_LABELS = new Set(['next step', 'next steps', 'plan', 'next contact', 'follow up', 'to do', 'fu', 'f u', 'followup', 'next appointment', 'next appt']);
/** The end of the line a label opens (its value may hold several sentences). */
export function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

const ASKING = new Set(['asking', 'asked', 'asks', 'please', 'pls', 'wants', 'wanted', 'requesting', 'requested', 'can', 'could']);
/** A message that came in only asks ("Text from client: call me.", "E-mail from cust asking about bus pass"). */
export function asksSomething(text: string, tokens: Token[], m: Match): boolean {
  for (let t = m.tokEnd; t < tokens.length && t <= m.tokEnd + 12; t++) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) break;
    if (ASKING.has(tok.text) || (tok.text === 'call' && tokens[t + 1]?.text === 'me')) return true;
    if (text.charCodeAt(tok.end) === 63) return true;
  }
  return false;
}

/** "did not return 2 calls": only a count sits between a failure and the channel it describes. */
export function numbersBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let t = from; t < to; t++) if (!tokens[t]?.numeric) return false;
  return true;
}
