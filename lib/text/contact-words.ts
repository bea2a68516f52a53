/**
 * The word lists the event reader (lib/text/events.ts) reads contacts with: which tag names which
 * channel, attempt or party; failures that name no channel; replies; the words around a match
 * that change what it means. Lists only: the tests that look at tokens are in clauses.ts and
 * text-marks.ts.
 */
import type { Tag } from './vocabulary';
import type { AttemptKind, Channel } from './event-types';
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
/** Failures that say nothing of the channel ("unable to reach", "attempted"): they take the channel of their contact. */
export const ANY_CHANNEL = new Set([
  'unable to reach', 'could not reach', "couldn't reach", 'not reached', 'not able to reach', 'unable to contact', 'could not contact',
  'no contact', 'attempt', 'attempted', 'attempted contact', 'attempted to contact', 'attempted to reach', 'tried to reach',
  'tried to contact', 'no one answered', 'nobody answered', 'not available', 'unavailable', 'is not available', 'was not available',
  'did not wait', "couldn't wait", 'could not wait', 'not on shift', 'off that day', 'was off', 'not there', 'not present',
  'not working that day', 'not scheduled today', 'was not scheduled', 'not scheduled', 'off today', 'not working today', 'not in today', 'was not there', 'not at work', 'did not happen', 'wrong number', 'wrong person', 'audio failed', 'no audio', 'could not hear',
  'connection failed', 'call ended', 'lost connection', 'never logged on', 'did not log on', 'did not log in', 'never logged in',
  'never connected', 'not connected', 'dropped call', 'could not reconnect', "couldn't reconnect", 'never reconnected', 'call dropped', 'video dropped', 'connection dropped', 'no forwarding', 'no forwarding address', 'moved out', 'moved away', 'auto reply', 'automatic reply', 'autoreply', 'out of office reply', 'no answer', 'na', 'no ans', 'did not answer', "didn't answer", 'no pick up',
]);
/** A participant not joining: a failure of the video meeting at hand, not of a visit ("Zoom 4/21 w/ client - she never joined"). */
export const NOT_JOINED = new Set(['did not join', "didn't join", 'never joined', 'missed zoom', 'she not join', 'he not join', 'they not join', 'she not come', 'he not come', 'they not come']);
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
/** Opening the door at a visit ("the neighbor opened the door and said …"): by someone else, the visit reached them. */
export const DOOR = new Set(['opened the door', 'open the door', 'opens the door', 'came to the door', 'come to the door']);
/** Picking up the phone: by someone other than the participant, the call reached the wrong person. */
export const ANSWERING = new Set(['answered', 'picked up', ...DOOR]);
export const PHONE_WORDS = new Set(['phone', 'telephone', 'ph', 'tel', 'cell', 'home phone', 'cell phone']);

/** Failures that name no particular try ("attempted", "phone tag"): a concrete failure told with them is what to point at. */
export function isGeneric(phrase: string): boolean {
  return phrase.startsWith('attempt') || phrase.startsWith('tried') || phrase === 'phone tag' || phrase === 'voicemails' || phrase === 'vms' || phrase === 'lms';
}
