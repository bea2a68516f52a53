/**
 * Small tests the stated-contact recogniser (stated-contact.ts) asks about a sentence or the whole note: nobody but the
 * participant in view, a channel named, a log's label, an invitation sent, a contact noun, the other side answering.
 */
import { gapBreaks, gapHas } from '../text/gaps';
import type { Token } from '../text/tokenize';
import { at, counterpart, DETERMINER, otherSide, plainWord, planned, PREP, takenBack, type Push, type Reader } from './stated-read';
import { initialsWriter } from './stated-initials';
import { tickAt } from './stated-marks';
import * as W from './stated-words';

/**
 * Nobody but the participant can be whom the note's contact was with: nobody else named anywhere, no try anywhere,
 * nothing in the contact's own sentence that denies or plans it, and no name or place the lists do not know in it.
 */
/** The sentence names a channel ("by phone", "in person", "Zoom"). */
export function channelIn(r: Reader, c: number): boolean {
  for (let k = 0; k < r.tokens.length; k++) if ((r.tokens[k] as Token).clause === c && at(r.tokens, k, W.CHANNEL, c)) return true;
  return false;
}

const TITLED_NAME = /\b(?:Mr|Ms|Mrs|Mx|Dr|[A-Z])\. ?[A-Z][a-z]+/;
export function aloneWithParticipant(r: Reader, c: number): boolean {
  const { tokens } = r;
  if (r.someoneAt.length > 0) return false;
  // (A person named by a title or an initial anywhere, "facilitated by D. Ames", "Ms. Ortiz", is someone else in view.)
  if (TITLED_NAME.test(r.text)) return false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (at(tokens, k, W.ATTEMPT, t.clause)) return false;
    if (t.clause !== c) continue;
    if (at(tokens, k, W.NOT_MADE, c) || at(tokens, k, W.WRITTEN_NOUN, c)) return false;
    if (!r.shouting && t.capitalised && !t.numeric && k > 0 && (tokens[k - 1] as Token).clause === c && !W.MONTH_DAY.has(t.text) && plainWord(r, k) && !at(tokens, k, W.STRONG_NOUN, c) && !at(tokens, k, W.NOUN_ADJ, c)) return false;
  }
  return true;
}

/** A label that heads a log of entries ("Follow-up log:", "F/U contact log:"). */
export function isLog(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).text === 'log') return true;
  return false;
}

/**
 * A label over a list of tries ("Attempts:", "Attempts made:", "Follow-up attempts -", "Outreach attempts:"), the words
 * from `from` to `to`: what follows it tries, it states no contact. Not a person's ("Client's attempts:").
 */
export function triesLabel(tokens: Token[], from: number, to: number, c: number): boolean {
  if (to - from > 4) return false;
  let tries = false;
  for (let k = from; k < to; k++) {
    if ((tokens[k] as Token).possessive || at(tokens, k, W.PARTICIPANT, c)) return false;
    tries ||= at(tokens, k, W.TRIES_LABEL, c) > 0;
  }
  return tries;
}

/** The sentence sends an invitation ("sent … invite", "e-mailed the Zoom link"). */
export function invitation(r: Reader, cs: number, ce: number): boolean {
  let sent = false;
  for (let k = cs; k < ce; k++) {
    const w = (r.tokens[k] as Token).text;
    if (w === 'sent' || w === 'emailed' || w === 'texted' || w === 'forwarded' || w === 'send') sent = true;
    else if (sent && at(r.tokens, k, W.INVITE, (r.tokens[k] as Token).clause)) return true;
  }
  return false;
}

/** A contact noun at k, past a determiner ("per our phone call", "per TC w/ cust"). */
export function contactNounAt(r: Reader, k: number, c: number): boolean {
  const { tokens } = r;
  while (tokens[k]?.clause === c && (DETERMINER.has((tokens[k] as Token).text) || at(tokens, k, W.NOUN_ADJ, c))) k++;
  return at(tokens, k, W.STRONG_NOUN, c) > 0 || at(tokens, k, W.WEAK_NOUN, c) > 0;
}

/** A contact that does not say the other side answered: the next words must ("… She reports …"). */
export function open(r: Reader, start: number, from: number, c: number, push: Push): void {
  const side = otherSide(r, from, c);
  if (side) push(start, side.end, side.who);
}

/**
 * "Phone 5/12 w/ client: …", "Zoom 4/21 with cust", "Telephone 3/4 (25 min) with participant": a channel used as a noun,
 * only its date, time or length after it, then "with" and whom: a contact named with its counterpart, like "TC w/
 * cust". Not when an attempt takes it back or a plan follows ("Phone w/ client scheduled for 5/12").
 */
export function channelWith(r: Reader, i: number, c: number, push: Push): boolean {
  const { tokens } = r;
  const ch = at(tokens, i, W.CHANNEL_NOUN, c);
  if (!ch) return false;
  let j = i + ch;
  for (let k = 0; k < 6 && tokens[j]?.clause === c && ((tokens[j] as Token).numeric || W.MONTH_DAY.has((tokens[j] as Token).text) || at(tokens, j, W.WHEN_LONG, c)); k++) j++;
  const prep = tokens[j];
  if (!prep || prep.clause !== c || !PREP.has(prep.text) || prep.text === 'to') return false;
  const who = counterpart(r, j + 1, c);
  if (!who.who || takenBack(r, who.end, c) || planned(r, who.end, c) || undoneAfter(r, who.end)) return false;
  push(i, who.end, who.who);
  return true;
}

/**
 * Right after whom a contact was with (past a title's surname, a date, a time, a dash or a bracket), the note says it
 * never took place or failed: "TC w/ Jose 4/20 cancelled", "TC w/ Mr. Ortiz 4/20 - NA", "TC w/ Ms. Lee - dropped
 * after the first ring", "TC w/ client (unsuccessful)". A colon or any other word first ("TC w/ client: her class was
 * cancelled") leaves it to the rest of the reading. (Digits are read in maximal runs: the pattern stays linear.)
 */
const OUTCOME_RIGHT_AFTER =
  /^(?:\.\s?[A-Z][\w'-]*)?(?:[\s,(\u2013\u2014-]|\d+(?:[/:]\d+)*(?!\d)(?:\s?(?:am|pm)\b)?)*(?:was\s+|got\s+|has\s+been\s+)?(?:cancel(?:l)?ed|called off|postponed|deferred|resched\w*|fell through|never happened|did(?:\s+not|n't)\s+happen|not completed|incomplete|unsuccessful|failed|ns|no[- ]?show|tbd|tentative|phone (?:was\s+)?off|dropped(?!\s+(?:off|by|in)\b)|na|n\/a)\b/i;
export function outcomeRightAfter(r: Reader, from: number): boolean {
  const end = r.tokens[from - 1]?.end ?? 0;
  return OUTCOME_RIGHT_AFTER.test(r.text.slice(end, end + 80));
}

/** Where the sentence of a channel named with whom ends. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/;
/**
 * The second key's own words for a contact its sentence takes back: not held, moved, failed, missed, a message left,
 * relayed ("Phone 5/12 w/ client cancelled", "… – NS", "… (via his mother)"; tests/policy/review-channel-named-with.test.ts).
 */
const UNDONE =
  /\b(?:cancel(?:l)?ed|called off|postponed|deferred|resched\w*|fell through|never happened|(?:did not|didn't|never)\s+(?:happen|take place|occur)|not completed|incomplete|unsuccessful|failed|ns|no[- ]?show|forgot|tbd|tentative|on hold|phone (?:was )?off|missing each other|(?:i|cm|writer) was out|left (?:a )?(?:msg|message|vm)|(?:msg|message) left|via|actually)\b|\bmissed(?:\s+(?:appt|appointment|call|it|us))?\s*(?:[.;,)!?]|$)/i;
/** The rest of the sentence after whom: it takes the contact back, or names someone else before any colon ("– spoke w/ mother"). */
function undoneAfter(r: Reader, from: number): boolean {
  const { tokens, text } = r;
  const start = tokens[from - 1]?.end ?? 0;
  // (Read up to 300 characters: a note of one endless sentence stays linear.)
  const window = text.slice(start, start + 300);
  const stop = window.search(SENTENCE_END);
  const rest = stop >= 0 ? window.slice(0, stop) : window;
  if (UNDONE.test(rest)) return true;
  // (Up to a colon: what follows one is what was talked about, "Phone 4/6 with client: … class at Saint Paul College".)
  const colon = rest.indexOf(':');
  const named = start + (colon >= 0 ? colon : rest.length);
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < named; k++) if (at(tokens, k, W.SOMEONE, (tokens[k] as Token).clause)) return true;
  return false;
}

/** A message's body names the sender; with "from" after one of these nouns ("voicemail from", "update from"). */
const MESSAGE_NOUN = new Set(['call', 'voicemail', 'vm', 'note', 'update', 'report', 'log', 'chat', 'dm']);
const FIRST_PERSON = new Set(['i', 'we', 'cm', 'writer', 'this']);

/**
 * The clause's label names a message or a call from someone who is not the participant ("Dan (navigator) e-mailed
 * 3/9:", "E-mail from SBDC consultant (M. Ellis, …) 3/14:", "SCORE mentor (volunteer) e-mailed 3/13:", "Tasha called
 * 3/26: she waited w/ cust …"): what follows its colon is the sender's report, not the writer's contact, and the
 * label's own contact is with the sender. Returns the token where the sender's words begin, or -1. The sender is the
 * participant when named so or by a pronoun, or a name whose words never name the participant in the third person
 * ("Maria texted 3/4: passed my test"); the writer when the label has no subject or begins with one of ours.
 */
export function theirMessage(r: Reader, cs: number, ce: number): number {
  const { tokens, text } = r;
  const c = (tokens[cs] as Token).clause;
  let colon = -1;
  for (let s = cs + 1; s < ce && s < cs + 16; s++) {
    const a = tokens[s - 1] as Token;
    const b = tokens[s] as Token;
    // (Not a time's colon, "10:40".)
    if (gapHas(text, a.end, b.start, 58) && !(a.numeric && b.numeric)) {
      colon = s;
      break;
    }
  }
  if (colon < 0) return -1;
  // A label begun in the sentence before, when that one ended inside brackets ("(M. Ellis, Missouri State SBDC)").
  let from = cs;
  if (cs > 0) {
    let p = cs - 1;
    const pc = (tokens[p] as Token).clause;
    while (p > 0 && (tokens[p - 1] as Token).clause === pc) p--;
    const before = text.slice((tokens[p] as Token).start, (tokens[cs] as Token).start);
    if (before.split('(').length > before.split(')').length) from = p;
  }
  let senderFrom = -1;
  let senderTo = -1;
  for (let k = from; k < colon; k++) {
    const t = tokens[k] as Token;
    const tc = t.clause;
    // ("E-mail from": the noun may be two words, "e mail".)
    const noun = k > from && (at(tokens, k - 1, W.WRITTEN_NOUN, tc) || (k - 1 > from && at(tokens, k - 2, W.WRITTEN_NOUN, tc) === 2) || MESSAGE_NOUN.has((tokens[k - 1] as Token).text));
    if (t.text === 'from' && noun) {
      senderFrom = k + 1;
      senderTo = colon;
      break;
    }
    if (at(tokens, k, W.IN_VERB, tc) || at(tokens, k, W.SPEECH, tc)) {
      // The verb's subject: the words right before it, back to a comma, a dash or the label's start.
      senderFrom = k;
      while (senderFrom > from && !gapBreaks(text, (tokens[senderFrom - 1] as Token).end, (tokens[senderFrom] as Token).start)) senderFrom--;
      senderTo = k;
      break;
    }
  }
  if (senderFrom < 0) return -1;
  const sender: number[] = [];
  for (let k = senderFrom; k < senderTo; k++) {
    const t = tokens[k] as Token;
    // (A checklist's tick is no one: "10/30 ✅ emailed Jenna re: …".)
    if (!t.numeric && !DETERMINER.has(t.text) && !W.MONTH_DAY.has(t.text) && !tickAt(r, k)) sender.push(k);
  }
  const firstAt = sender[0];
  if (firstAt === undefined) return -1;
  const first = tokens[firstAt] as Token;
  if (FIRST_PERSON.has(first.text) || (firstAt === senderFrom && (at(tokens, firstAt, W.WRITER, first.clause) || initialsWriter(r, firstAt, first.clause))) || W.PRONOUN.has(first.text)) return -1;
  // ("TAA participant called 8/4:", "Client called:": the participant, past a program's name; not "Customer's mother".)
  if (sender.some((k) => at(tokens, k, W.PARTICIPANT, (tokens[k] as Token).clause) && !(tokens[k] as Token).possessive)) return -1;
  const label = text.slice(first.start, (tokens[senderTo - 1] as Token).end);
  const someone = label.includes('(') || sender.some((k) => {
    const t = tokens[k] as Token;
    const raw = text.slice(t.start, t.end);
    return at(tokens, k, W.SOMEONE, t.clause) > 0 || (raw.length >= 2 && raw === raw.toUpperCase() && !r.shouting) || !t.capitalised;
  });
  if (someone) return colon;
  // A name: theirs unless they write of the participant in the third person, by a participant word or by another name
  // that opens news of its own ("Ana called 3/30: Maria started at Tyson": Ana is not Maria).
  const senderWords = new Set(sender.map((k) => (tokens[k] as Token).text));
  for (let k = colon; k < ce; k++) {
    const t = tokens[k] as Token;
    if (at(tokens, k, W.PARTICIPANT, c) && !t.possessive) return colon;
    if (t.capitalised && !t.numeric && !t.possessive && !senderWords.has(t.text) && at(tokens, k + 1, W.STATE, c) && !at(tokens, k, W.PRONOUN, c) && !FIRST_PERSON.has(t.text)) return colon;
  }
  return -1;
}

/** A phone's own names: "called the cell", "the number on file". */
const PHONE_NOUN = new Set(['cell', 'cellphone', 'number', 'landline', 'line', 'mobile']);
/** The words from k on name the message or the channel, not a person ("a happy bday text to Maddie", "the cell"). */
function message(r: Reader, k: number, c: number): boolean {
  const { tokens } = r;
  for (let q = k; q < k + 5 && tokens[q]?.clause === c && !PREP.has((tokens[q] as Token).text); q++) {
    if (PHONE_NOUN.has((tokens[q] as Token).text) || [W.CHANNEL, W.NOUN_ADJ, W.STRONG_NOUN, W.WEAK_NOUN, W.WRITTEN_NOUN, W.ORG].some((set) => at(tokens, q, set, c))) return true;
  }
  return false;
}

/**
 * Whom the writer's call or message went to, named by words the lists do not know ("Called the port captain at Canal
 * Barge", "e-mailed the dispatcher"): a determiner and a plain lower-case word right after the verb. Someone else is
 * then in view at j + 1, so an answering pronoun ("he said …") is theirs; the participant named outright still is.
 */
export function openPast(r: Reader, start: number, j: number, from: number, c: number, push: Push): void {
  const { tokens } = r;
  const t = tokens[j];
  const n = tokens[j + 1];
  const unknown =
    t !== undefined && n !== undefined && t.clause === c && n.clause === c && (t.text === 'the' || t.text === 'a' || t.text === 'an') && !n.numeric && !n.capitalised && plainWord(r, j + 1) &&
    !message(r, j + 1, c);
  open(unknown ? Object.assign({}, r, { someoneAt: r.someoneAt.concat(j + 1) }) : r, start, from, c, push);
}

/**
 * "E-mail rec'd from client 4/2: …", "Text recvd 7/8 from youth: …": at `k`, "received", then (past a date) "from", one
 * word for the sender and (past a date) a colon: the word before names a message that came to us, a noun, not the verb
 * "to e-mail" or "to text". An office, a message to someone else or one with nothing in it is not read so
 * (tests/policy/message-received-from.test.ts, tests/policy/review-received-from.test.ts).
 */
export function receivedFromAt(text: string, tokens: Token[], k: number, c: number): boolean {
  const n = at(tokens, k, W.RECEIVED, c);
  if (!n) return false;
  let t = k + n;
  while (tokens[t]?.clause === c && tokens[t]?.numeric && t < k + n + 3) t++;
  if (tokens[t]?.clause !== c || tokens[t]?.text !== 'from') return false;
  t += 2;
  for (let q = 0; q < 4 && tokens[t]?.clause === c && (tokens[t]?.numeric || tokens[t]?.text === 'dated'); q++) t++;
  const last = tokens[t - 1] as Token;
  const gap = text.slice(last.end, tokens[t]?.start ?? text.length);
  if (last.clause !== c || !gap.includes(':')) return false;
  // (Not their words after the colon: "copy of pay stub", "FW: …", "(blank form)".)
  return !/^\s*(?:\(|copy|copies|fw|fwd|forward\w*|attach\w*|enclos\w*|scan\w*|photo\w*|picture|pay\s?stubs?\b|auto\w*)/i.test(text.slice(last.end + gap.indexOf(':') + 1, last.end + gap.length + 40));
}
