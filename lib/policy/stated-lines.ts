/**
 * Sentences the stated-contact recogniser reads whole rather than from their start: talk inside a sentence ("after
 * the session we talked"), passive talk with the participant named, and the labels of pasted threads and forms.
 */
import { gapHas } from '../text/gaps';
import type { Token } from '../text/tokenize';
import { at, counterpart, PLANNED, PREP, SOFT, someoneBefore, takenBack, plainWord, FROM, type Push, type Reader } from './stated-read';
import * as W from './stated-words';

/**
 * Statements that need no particular start: "we talked" inside a sentence ("After the session we talked about her
 * applications"), and talk in the passive with the participant named ("Progress was discussed with the customer").
 * Not after a word that plans, negates or asks earlier in the sentence.
 */
export function anywhere(r: Reader, cs: number, ce: number, push: Push): void {
  const { tokens } = r;
  const c = (tokens[cs] as Token).clause;
  for (let k = cs; k < ce; k++) {
    const t = tokens[k] as Token;
    if (at(tokens, k, W.NOT_MADE, c) || PLANNED.has(t.text)) return;
    // "Outcome: Contacted — RPC": the call centre's code for the participant reached on the phone.
    // (Not someone else's call under review: "QA review of call 5/12 (agent J. Lind): RPC verified".)
    const rpc = at(tokens, k, W.RIGHT_PARTY, c);
    if (rpc && !takenBack(r, k + rpc, c) && !someoneBefore(r, k)) return push(k, k + rpc, 'participant');
    // ("As we discussed, …": a talk the sentence presupposes, from before this note's contact.)
    if (t.text === 'we' && tokens[k - 1]?.text !== 'as') {
      let v = k + 1;
      while (v < ce && SOFT.has((tokens[v] as Token).text)) v++;
      const n = at(tokens, v, W.STRONG_VERB, c) || at(tokens, v, W.TALK_VERB, c);
      if (n && (tokens[v] as Token).text !== 'reached' && !someoneBefore(r, k) && !takenBack(r, v + n, c)) return push(k, v + n, 'participant');
    }
    if ((t.text === 'was' || t.text === 'were') && at(tokens, k + 1, W.TALK_VERB, c)) {
      const n = at(tokens, k + 1, W.TALK_VERB, c);
      if (PREP.has(tokens[k + 1 + n]?.text ?? '')) {
        const who = counterpart(r, k + 2 + n, c);
        if (who.who === 'participant' && !takenBack(r, who.end, c)) return push(k, who.end, 'participant');
      }
    }
  }
}

const FORM_WORDS = new Set(['results', 'result', 'notes', 'note', 'summary', 'date', 'program', 'activity', 'contact', 'progress', 'reason', 'subject', 'type', 'method', 'justification', 'comments', 'comment', 'narrative', 'outcome', 'status', 'action', 'goal', 'purpose', 'topic', 'topics', 'update', 'sent', 'to', 'cc', 'location', 'time', 'created', 'modified', 'attachment', 're', 'fw', 'fwd', 'mode', 'with', 'by', 'entered', 'case', 'title', 'code', 'service', 'services', 'barriers', 'employment', 'education', 'training', 'ssn', 'dob', 'phone', 'email', 'address', 'name']);

/**
 * Whose line a label at a line's start names: the writer ("CM:", "me:", "[10:02] CM:"), the participant ("Cust:",
 * "Maria (3/3 7:02a):", "From client 5/19:"), or neither (a form's field, someone else).
 */
export function speakerOf(r: Reader, from: number, to: number): 'writer' | 'participant' | null {
  const { tokens, text } = r;
  let k = from;
  if (FROM.has((tokens[k] as Token).text)) k++;
  while (k < to && (tokens[k] as Token).numeric) k++;
  if (k >= to || to - from > 7) return null;
  const c = (tokens[k] as Token).clause;
  if (at(tokens, k, W.WRITER_LABEL, c)) return 'writer';
  if (at(tokens, k, W.PARTICIPANT, c) && !(tokens[k] as Token).possessive) return 'participant';
  const t = tokens[k] as Token;
  const raw = text.slice(t.start, t.end);
  if (!r.shouting && t.capitalised && raw !== raw.toUpperCase() && !FORM_WORDS.has(t.text) && !W.MONTH_DAY.has(t.text) && plainWord(r, k) && !at(tokens, k, W.NOUN_ADJ, c) && !at(tokens, k, W.WEAK_NOUN, c) && !at(tokens, k, W.STRONG_NOUN, c)) {
    // (A name, not a name and a role: "Dana Hill (instructor):".)
    for (let q = k + 1; q < to; q++) if (at(tokens, q, W.SOMEONE, c) || at(tokens, q, W.ORG, c)) return null;
    // ("Client Deshawn. … Jasmine 9:40: …": the note names the participant otherwise.)
    const named = /\b(?:[Cc]lient|[Pp]articipant|[Cc]ustomer|[Cc]ust|[Yy]outh|[Pp]t|[Pp]tcp)\b[ \t:]+([A-Z][a-z]+)\b/.exec(text)?.[1];
    if (named && named !== raw) return null;
    return 'participant';
  }
  return null;
}

export function isContactWith(tokens: Token[], k: number, c: number): boolean {
  const t = tokens[k]?.text;
  return (t === 'contact' && tokens[k + 1]?.text === 'with' && tokens[k + 1]?.clause === c) || (t === 'with' && tokens[k]?.clause === c);
}

/**
 * A texting platform's direction mark at a line's start ("OUT 3/4 9:15 AM:", "3/9 INBOUND (816) 555-0134:", "▶ 5/2
 * 8:30 AM:" / "◀ …:"): ours going out, or theirs coming in with nobody named before the colon and a person's words
 * after it (not "STOP", not "Auto-reply: …"). `to` is the token after the colon. Null for any other line.
 */
export function directionOf(r: Reader, cs: number, ce: number): { who: 'writer' | 'participant'; to: number } | null {
  const { tokens, text } = r;
  const first = tokens[cs] as Token;
  const c = first.clause;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (cs > 0 && (tokens[cs - 1] as Token).end > lineStart) return null;
  const before = text.slice(lineStart, first.start);
  const stamp = (x: number) => (tokens[x] as Token).numeric || at(tokens, x, W.CLOCK, c) > 0;
  let out: boolean | null = before.includes('\u25b6') ? true : before.includes('\u25c0') ? false : null;
  let k = cs;
  // (The arrows may be tokens of their own.)
  if (out === null && (first.text === '\u25b6' || first.text === '\u25c0')) [out, k] = [first.text === '\u25b6', cs + 1];
  if (out === null) {
    while (k < ce && stamp(k)) k++;
    const t = tokens[k];
    if (!t || k >= ce) return null;
    const raw = text.slice(t.start, t.end);
    const mark = raw === raw.toUpperCase() || t.text.length > 3;
    if (mark && at(tokens, k, W.OUT_MARK, c)) out = true;
    else if (mark && at(tokens, k, W.IN_MARK, c)) out = false;
    else return null;
    k++;
  }
  // On to the colon (not a time's "11:02"); coming in, nothing but times, dates and numbers on the way.
  const named: Token[] = [];
  for (; k < ce && k < cs + 12; k++) {
    const prev = tokens[k - 1] as Token;
    const t = tokens[k] as Token;
    const time = prev.numeric && /^\d/.test(t.text) && text.slice(prev.end, t.start) === ':';
    if (k > cs && !time && gapHas(text, prev.end, t.start, 58)) {
      if (out) return named.length === 0 || (named.length === 2 && (named[0] as Token).text.length === 1 && (named[1] as Token).capitalised) ? { who: 'writer', to: k } : null;
      return at(tokens, k, W.NOT_A_PERSON, c) ? null : { who: 'participant', to: k };
    }
    if (!out && !stamp(k)) return null;
    // (Going out, a staff member's initial and name at most: "OUTBOUND D. Harper:", not "Outbound Campaign: WIOA 90-Day CMC".)
    if (out && !stamp(k)) named.push(t);
  }
  return null;
}

/** A labelled line's words from token s to the line's end that only ask ("can you call me?") or refuse ("STOP"): no answer. */
const ASKING = /\bcall me\b|\bcall (?:me )?back\b|^(?:can|could|will|would) (?:you|u|we|i)\b|^(?:stop|unsubscribe|cancel|quit)\W*$|auto.?reply|out of (?:the )?office|wrong (?:number|#|person)|who'?s this|who is this/i;
/** A line someone else or a machine wrote, or our tries laid out as a thread. */
const NOT_HERS = /^(?:message )?(?:not )?delivered\b|\bnot delivered\b|\bnew (?:phone|number)\b|\bthis number\b|\bold number\b|\bthis is (?:her|his|their)\b|\b(?:she|he)\b|\bno answer\b|\bleft (?:a )?(?:vm|voicemail|message|msg)\b|\blvm\b|\bvoicemail\b|\breturned (?:the |my |your )?call\b/i;
export function lineAsks(r: Reader, s: number): boolean {
  const t = r.tokens[s];
  if (!t) return true;
  const nl = r.text.indexOf('\n', t.start);
  const line = r.text.slice(t.start, nl < 0 ? r.text.length : nl).trim();
  if (NOT_HERS.test(line)) return true;
  const parts = line.split(/(?<=[.!?])\s+/).filter((x) => /[a-z0-9]/i.test(x));
  return !parts.some((x) => !x.trim().endsWith('?') && !ASKING.test(x.trim()));
}
