/**
 * The stated-contact recogniser's reading of a sentence (lib/policy/stated-contact.ts): who a contact was with,
 * whether an attempt takes it back, and the other side's answer when the contact does not state it.
 */
import { gapBreaks } from '../text/gaps';
import { phraseAt } from '../text/phrase-table';
import type { Token } from '../text/tokenize';
import * as W from './stated-words';

export type Counterpart = 'participant' | 'someone';
export type Push = (from: number, to: number, who: Counterpart) => void;

export const DETERMINER = new Set(['the', 'a', 'an', 'our', 'my', 'this', 'that', 'both', 'la', 'el']);
const FOLLOW_OK = new Set(['about', 're', 'regarding', 'by', 'on', 'at', 'in', 'over', 'via', 'and', 'today', 'for', 'to', 'this', 'yesterday', 'briefly', 'again', 'concerning', 'after', 'before', 'from', 'while', 'who', 'when', 'that', 'as', 'w', 'with', 'both', 'per']);
export const PREP = new Set(['with', 'w', 'to', 'con']);
export const FROM = new Set(['from', 'frm', 'fr']);
export const SOFT = new Set(['also', 'then', 'now', 'still', 'later', 'finally']);
export const HOLD = new Set(['and', 'then']);
/** A form's contact-type line with a value ("Contact Type: Phone", "Type of contact: Office visit", "Method: In person"). */
export const TYPE_LINE = /\b(?:contact\s*type|type\s+of\s+contact|contact\s+method|method(?:\s+of\s+contact)?|contact\s+mode|mode)\s*:\s*(?:phone|telephone|tele|in[- ]?person|office|face|video|zoom|teams|e-?mail|text|letter|home|tc|ov|virtual)/i;
export const THEY_CAME = new Set(['ov', 'office visit', 'in office', 'in the office', 'ofc visit', 'f2f', 'face to face']);
/** Contact nouns that take the participant with no preposition ("TC cust", "OV cust 4/9"); others need one ("ph w cust"). */
export const DIRECT = new Set(['tc', 'pc', 'ov', 'hv', 'f2f', 't c']);
/** Words of how and when between a verb and its "with" ("met in person on 5/27 with"). */
export const HOW_WHEN = new Set(['in', 'person', 'by', 'phone', 'telephone', 'via', 'zoom', 'teams', 'video', 'over', 'the', 'on', 'at', 'today', 'briefly', 'again', 'virtually', 'telephonically', 'this', 'date', 'morning', 'afternoon', 'am', 'pm', 'a', 'm', 'p']);
/** Words before a contact noun that say it did not happen as a contact ("missed OV", "cancelled appt"). */
export const NOT_HELD = new Set(['missed', 'cancelled', 'canceled', 'rescheduled', 'failed', 'no', 'upcoming', 'last', 'prior', 'previous', 'requested', 'pending', 'next', 'nxt', 'future', 'scheduled', 'sched', 'set', 'attempted', 'unsuccessful', 'outbound', 'declined', 'refused']);

/** Length of the longest phrase of `set` starting at token i within clause c (0 when none). */
export const at: (tokens: Token[], i: number, set: W.Phrases, c: number) => number = phraseAt;

export interface Reader {
  text: string;
  tokens: Token[];
  /** Token positions where someone other than the participant is named (for pronouns). */
  someoneAt: number[];
  /** The note is written in capitals: a capital letter says nothing about names. */
  shouting: boolean;
  /** The initials the note is signed with (lib/policy/stated-initials.ts). */
  signers?: ReadonlySet<string>;
}

/** A word no list of the recogniser knows (not a person, a verb, a plan or a failure). */
export function plainWord(r: Reader, k: number): boolean {
  const c = (r.tokens[k] as Token).clause;
  return ![W.PARTICIPANT, W.SOMEONE, W.WRITER, W.STRONG_VERB, W.WEAK_VERB, W.GENERIC_VERB, W.TALK_VERB, W.NOUN_VERB, W.IN_VERB, W.ATTEMPT, W.NOT_MADE, W.PLAN_LABEL, W.SPEECH, W.PRONOUN].some((set) => at(r.tokens, k, set, c));
}

/** A program's acronym before a contact noun ("DW TC", "DVOP TC w/ vet", "OJT site visit"). */
export function acronym(r: Reader, k: number): boolean {
  const t = r.tokens[k] as Token;
  const raw = r.text.slice(t.start, t.end);
  return !r.shouting && raw.length >= 2 && raw.length <= 5 && raw === raw.toUpperCase() && !t.numeric && !at(r.tokens, k, W.PARTICIPANT, t.clause) && !at(r.tokens, k, W.SOMEONE, t.clause) && !at(r.tokens, k, W.WRITER, t.clause) && !at(r.tokens, k, W.ATTEMPT, t.clause);
}

/** Someone else named before token k, in its sentence or the one before: a pronoun may be them. */
export function someoneBefore(r: Reader, k: number): boolean {
  const c = (r.tokens[k] as Token).clause;
  return r.someoneAt.some((p) => p < k && (r.tokens[p] as Token).clause >= c - 1);
}
/** An attempt word that is ours being answered ("returned my VM", "called back after my voicemail") takes nothing back. */
function answered(r: Reader, k: number, c: number): boolean {
  for (let b = k - 1, words = 0; b >= 0 && words < 3 && (r.tokens[b] as Token).clause === c; b--) {
    if (at(r.tokens, b, W.ANSWERS, c)) return true;
    if (!(r.tokens[b] as Token).numeric) words++;
  }
  return onTheTry(r, k, c);
}
/** A tally of tries right after the contact word it counts ("TC attempts: 3", "Home visit 3/4 tries"): no contact. */
function tally(r: Reader, k: number, c: number): boolean {
  if (!at(r.tokens, k, W.TALLY, c)) return false;
  let b = k - 1;
  while (b >= 0 && (r.tokens[b] as Token).clause === c && (r.tokens[b] as Token).numeric) b--;
  return b >= 0 && (r.tokens[b] as Token).clause === c && at(r.tokens, b, W.TALLIED, c) === 1;
}
/** "on the third attempt", "on my 2nd try": the try that got through. */
const ORDINAL = new Set(['second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th', 'final', 'last']);
function onTheTry(r: Reader, k: number, c: number): boolean {
  let b = k - 1;
  if (!ORDINAL.has(r.tokens[b]?.text ?? '')) return false;
  b--;
  if (DETERMINER.has(r.tokens[b]?.text ?? '') || r.tokens[b]?.text === 'her' || r.tokens[b]?.text === 'his') b--;
  return r.tokens[b]?.text === 'on' && (r.tokens[b] as Token).clause === c;
}
/** "not a no-show": an attempt word denied. */
function negated(r: Reader, k: number): boolean {
  const a = r.tokens[k - 1]?.text;
  return a === 'not' || (a === 'a' && r.tokens[k - 2]?.text === 'not');
}
export const PLANNED = new Set(['scheduled', 'set', 'next', 'tomorrow', 'upcoming', 'pending', 'requested', 'needed', 'due', 'will', 'planned', 'to']);
/** A contact noun with the participant that is still to come ("Meeting with client scheduled for 3/4"). */
export function planned(r: Reader, from: number, c: number): boolean {
  for (let k = from; k < from + 6 && r.tokens[k]?.clause === c; k++) if (PLANNED.has((r.tokens[k] as Token).text)) return true;
  return false;
}

/**
 * Who a contact was with, read at token j: the participant, someone else, or nobody named (null). A personal name
 * is read only where a person is expected (`names`: after "with", "from", or a verb that takes a person).
 */
export function counterpart(r: Reader, j: number, c: number, names = true): { who: Counterpart | null; end: number } {
  const { tokens, text } = r;
  while (tokens[j]?.clause === c && DETERMINER.has((tokens[j] as Token).text)) j++;
  const t = tokens[j];
  if (!t || t.clause !== c) return { who: null, end: j };
  const p = at(tokens, j, W.PARTICIPANT, c);
  if (p) return { who: t.possessive ? 'someone' : 'participant', end: j + p };
  if (t.text === 'p' && text[t.start] === 'P') return { who: 'participant', end: j + 1 };
  // An incident report's "P1", the participant ("R/W made contact with P1"); "P1's mother" is someone else.
  if (t.text === 'p1' && text[t.start] === 'P') return { who: t.possessive ? 'someone' : 'participant', end: j + 1 };
  // "with the above-referenced customer", "with the DW customer": a word or two describing the participant.
  for (let k = j + 1; k <= j + 2 && tokens[k]?.clause === c; k++) {
    const q = at(tokens, k, W.PARTICIPANT, c);
    if (q) {
      if ((tokens[k] as Token).possessive) break;
      const plain = tokens.slice(j, k).every((w) => !w.possessive && !at(tokens, tokens.indexOf(w), W.SOMEONE, c) && !W.PRONOUN.has(w.text) && !PREP.has(w.text) && !FOLLOW_OK.has(w.text));
      if (plain) return { who: 'participant', end: k + q };
      break;
    }
  }
  const next = tokens[j + 1];
  if (W.PRONOUN.has(t.text)) {
    const followed = next && next.clause === c && !FOLLOW_OK.has(next.text) && !next.numeric;
    if (followed || someoneBefore(r, j)) return { who: 'someone', end: j + 1 };
    return { who: 'participant', end: j + 1 };
  }
  const s = at(tokens, j, W.SOMEONE, c);
  if (s) {
    // "with her instructor and client": the participant was there too.
    let k = j + s;
    if (tokens[k]?.text === 'and' && tokens[k]?.clause === c) {
      k++;
      while (tokens[k]?.clause === c && DETERMINER.has((tokens[k] as Token).text)) k++;
      const q = at(tokens, k, W.PARTICIPANT, c);
      if (q && !(tokens[k] as Token).possessive) return { who: 'participant', end: k + q };
    }
    return { who: 'someone', end: j + s };
  }
  // ("with Sgt. Miller", "Rev. Jones": a title of office before a name is someone else.)
  if (names && (W.OFFICE_TITLE.has(t.text) || t.text === 'coach') && t.capitalised && next?.clause === c && next.capitalised) return { who: 'someone', end: j + 2 };
  // ("with Bro. Kowalski's wife": a titled name's someone is someone else.)
  if (names && W.TITLE.has(t.text) && next?.clause === c && next.capitalised && next.possessive) return { who: 'someone', end: j + 2 };
  if (names && !r.shouting && t.capitalised && !t.numeric && t.text.length > 1 && !W.MONTH_DAY.has(t.text)) {
    const raw = text.slice(t.start, t.end);
    // An acronym ("HR", "NWTC") or a name shown to be someone else's ("Maria's mother", "Jen (manager, Cenex)",
    // "Maria from Acme Staffing") is not the participant.
    // ("OJT trainee", "DW customer": a program's acronym before the participant.)
    const q = at(tokens, j + 1, W.PARTICIPANT, c);
    if (raw === raw.toUpperCase() && q && !(tokens[j + 1] as Token).possessive) return { who: 'participant', end: j + 1 + q };
    if (raw === raw.toUpperCase() || t.possessive) return { who: 'someone', end: j + 1 };
    for (let k = j + 1; k < j + 5 && tokens[k]?.clause === c; k++) {
      const w = tokens[k] as Token;
      if (FOLLOW_OK.has(w.text) && w.text !== 'from') break;
      if (at(tokens, k, W.SOMEONE, c) || at(tokens, k, W.ORG, c) || (w.text === 'from' && tokens[k + 1]?.capitalised)) return { who: 'someone', end: k + 1 };
    }
    return { who: 'participant', end: j + 1 };
  }
  return { who: null, end: j };
}

/** An attempt after a contact takes it back ("TC w/ cust - NA", "called cust, lm"), until someone's words begin. */
export function takenBack(r: Reader, from: number, c: number): boolean {
  const { tokens } = r;
  for (let k = from; tokens[k]?.clause === c; k++) {
    if (at(tokens, k, W.SPEECH, c)) return false;
    if (tally(r, k, c)) return true;
    const a = at(tokens, k, W.ATTEMPT, c);
    // ("childcare - NA" in a list of services is not applicable: "NA" takes a contact back only right after it.)
    if (a && ((tokens[k] as Token).text !== 'na' || k - from <= 2) && !answered(r, k, c) && !negated(r, k)) return true;
  }
  return false;
}

/**
 * The other side of a contact that does not say so itself ("Called cust", "TC 3/4"): in the rest of the sentence or
 * the next one, the participant talking or telling ("she reports", "cust is working") or the writer talking with
 * them ("and discussed"). An attempt or someone else speaking first means no.
 */
export function otherSide(r: Reader, from: number, c: number): { who: Counterpart; end: number } | null {
  const { tokens } = r;
  // Someone else answering first ("her son answered") decides it, unless the participant then takes the phone.
  let someoneFirst: { who: Counterpart; end: number } | null = null;
  for (let k = from; k < tokens.length && (tokens[k] as Token).clause <= c + 2; k++) {
    const t = tokens[k] as Token;
    const cl = t.clause;
    if (someoneFirst) {
      const p0 = at(tokens, k, W.PARTICIPANT, cl) || (W.PRONOUN.has(t.text) ? 0 : nameAt(r, k));
      if ((p0 && TAKEOVER.some((w) => tokens[k + p0]?.text === w)) || (t.text === 'put' && tokens[k + 2]?.text === 'on')) return { who: 'participant', end: k + p0 + 1 };
      continue;
    }
    if (at(tokens, k, W.ATTEMPT, cl) && (t.text !== 'na' || k - from <= 2) && !answered(r, k, cl) && !negated(r, k)) return someoneFirst;
    // The writer talking with them, right after ("… and discussed", "Called customer. Talked about school.").
    const segStart = k === from || HOLD.has(tokens[k - 1]?.text ?? '') || (tokens[k - 1] as Token).clause !== cl || gapBreaks(r.text, (tokens[k - 1] as Token).end, t.start);
    if (segStart && !W.PRONOUN.has(t.text) && (at(tokens, k, W.TALK_VERB, cl) || (at(tokens, k, W.STRONG_VERB, cl) && t.text !== 'reached'))) return { who: 'participant', end: k + 1 };
    // "TC w/ cust, reports attending": their words with the subject left out, in the contact's own sentence.
    // (Not when someone else was named first: "Called the facility 3/25 to set up a call with client - told inmates can
    // only call out" is the facility telling.)
    if (segStart && k > from && cl === c && at(tokens, k, W.SPEECH, cl)) return { who: TOLD.has(t.text) && r.someoneAt.some((q) => q >= from - 1 && q < k) ? 'someone' : 'participant', end: k + 1 };
    // "his wife answered and put him on": whoever answered handed the phone to the participant.
    if (t.text === 'put' && (W.PRONOUN.has(tokens[k + 1]?.text ?? '') || at(tokens, k + 1, W.PARTICIPANT, cl)) && tokens[k + 2]?.text === 'on') return { who: 'participant', end: k + 3 };
    const p = at(tokens, k, W.PARTICIPANT, cl);
    const who: Counterpart | null = p && !t.possessive ? 'participant' : W.PRONOUN.has(t.text) && (t.text === 'she' || t.text === 'he' || t.text === 'they') ? (someoneBefore(r, k) ? 'someone' : 'participant') : at(tokens, k, W.SOMEONE, cl) && !t.possessive ? 'someone' : null;
    if (!who) continue;
    // ("… to set up a call with client - told …": the participant as an object, not the subject of what follows.)
    // (Only across a break: "w/ client reports …" may still be the participant speaking.)
    // (And only with someone else called first: "Called the facility … to set up a call with client - told …".)
    const obj = k > from && OBJECT_OF.has((tokens[k - 1] as Token).text) && (tokens[k - 1] as Token).clause === cl && r.someoneAt.some((q) => q >= from - 1 && q < k);
    if (obj && tokens[k + Math.max(1, p)] !== undefined && gapBreaks(r.text, (tokens[k + Math.max(1, p) - 1] as Token).end, (tokens[k + Math.max(1, p)] as Token).start)) continue;
    let v = k + Math.max(1, p);
    while (tokens[v]?.clause === cl && SOFT.has((tokens[v] as Token).text)) v++;
    const said = at(tokens, v, W.SPEECH, cl) || at(tokens, v, W.STATE, cl) || at(tokens, v, W.IN_VERB, cl);
    // ("Cust has not responded", "she has never called back": their answer denied, not their side. "Customer has not
    // started class yet" is still their news.)
    if (said && NEGATION.has(tokens[v + said]?.text ?? '') && tokens[v + said]?.clause === cl && NOT_ANSWERED.has(tokens[v + said + 1]?.text ?? '')) continue;
    // ("participant was at work and did not attend": they were not at the contact, so this is no side of theirs.)
    if (said && absentFrom(r, v + said, cl)) continue;
    if (said) {
      if (who === 'participant') return { who, end: v + 1 };
      someoneFirst ??= { who, end: v + 1 };
      continue;
    }
    // "Cust showed CM …", "client told me …": they did something with the writer.
    for (let w = v; w < v + 3 && tokens[w]?.clause === cl; w++) if (at(tokens, w, W.WRITER, cl) && (tokens[w] as Token).text !== 'my') return { who, end: w + 1 };
  }
  return someoneFirst;
}

const NEGATION = new Set(['not', 'never', 'no', "n't"]);
/** Speech with its subject left out that someone gave the writer ("- told inmates can only call out"). */
const TOLD = new Set(['told', 'informed', 'advised']);
/** Prepositions that make the person after them an object ("a call with client", "a message for cust"). */
const OBJECT_OF = new Set(['with', 'w', 'for', 'about', 'regarding', 're']);
/** Verbs of being at a meeting: denied with nothing after them ("did not attend."), the meeting itself was missed. */
const ATTEND = new Set(['attend', 'come', 'show', 'join', 'appear', 'participate', 'make']);
const ENDS_ATTENDANCE = new Set(['it', 'in', 'up', 'the', 'meeting', 'session', 'mtg', 'appt', 'appointment']);
/** After their state, in the same clause, they did not attend: "… and did not attend", "… so did not show up". */
function absentFrom(r: Reader, from: number, c: number): boolean {
  const { tokens } = r;
  for (let k = from; k < from + 10 && tokens[k]?.clause === c; k++) {
    if (!NEGATION.has((tokens[k] as Token).text) || !ATTEND.has(tokens[k + 1]?.text ?? '')) continue;
    let e = k + 2;
    while (tokens[e]?.clause === c && ENDS_ATTENDANCE.has((tokens[e] as Token).text)) e++;
    // Nothing after it, or only the meeting: not "did not attend class Monday", which is their news.
    if (tokens[e]?.clause !== c || tokens[e]?.numeric) return true;
  }
  return false;
}
const NOT_ANSWERED = new Set(['responded', 'replied', 'answered', 'called', 'returned', 'contacted', 'texted', 'emailed', 'written', 'come', 'came', 'shown', 'showed', 'reached', 'been', 'respond', 'reply', 'answer', 'call', 'return', 'show', 'heard', 'gotten', 'got', 'answering', 'picking']);
/** The participant taking the phone from whoever answered ("then Maria got on the phone"). */
const TAKEOVER = ['got', 'came', 'took'];
/** A personal name at token k (capitalised, no word the recogniser knows): its length, or 0. */
function nameAt(r: Reader, k: number): number {
  const t = r.tokens[k];
  if (!t || r.shouting || !t.capitalised || t.numeric || t.possessive || W.MONTH_DAY.has(t.text)) return 0;
  const raw = r.text.slice(t.start, t.end);
  return raw !== raw.toUpperCase() && plainWord(r, k) ? 1 : 0;
}
