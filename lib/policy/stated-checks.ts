/**
 * Small tests the stated-contact recogniser (stated-contact.ts) asks about a sentence or the whole note: nobody but the
 * participant in view, a channel named, a log's label, an invitation sent, a contact noun, the other side answering.
 */
import type { Token } from '../text/tokenize';
import { at, counterpart, DETERMINER, otherSide, plainWord, planned, PREP, takenBack, type Push, type Reader } from './stated-read';
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
  if (!who.who || takenBack(r, who.end, c) || planned(r, who.end, c)) return false;
  push(i, who.end, who.who);
  return true;
}
