/**
 * Small token-window tests the event reader (lib/text/events.ts) asks while it reads: a routine message, someone
 * named later in a sentence, a question, a reply denied after it is named, a thing owned, a fact stated passively.
 */
import type { Match } from './matcher';
import { quotedRanges } from './text-marks';
import type { Token } from './tokenize';
const EVERY = new Set(['each', 'every']);
const STOP_ROUTINE = new Set(['that', 'who', 'which', 'and', 'but', 'she', 'he', 'they']);
const PERIOD = new Set(['day', 'week', 'month', 'morning', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'term', 'semester', 'quarter']);
/** "… each Friday", "… to all case managers": what someone does as a matter of course, or sends to everyone. */
export function routine(tokens: Token[], m: Match): boolean {
  for (let t = m.tokEnd; t < tokens.length && t <= m.tokEnd + 8; t++) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    // ("e-mailed 1/27 that client has attended every day": the rest of the sentence is what it said.)
    if (STOP_ROUTINE.has(tok.text)) return false;
    if (EVERY.has(tok.text) && PERIOD.has(tokens[t + 1]?.text ?? '')) return true;
    if (tok.text === 'to' && tokens[t + 1]?.text === 'all') return true;
  }
  return false;
}

const HAVING = new Set(['has', 'have', 'had', 'having', 'with']);
/** Someone is named later in the success's own sentence ("Talked about her job search with her mother", "Spoke with her"). */
export function namesParty(matches: Match[], k: number, m: Match): boolean {
  for (let j = k + 1; j < matches.length; j++) {
    const n = matches[j] as Match;
    if (n.clause !== m.clause) return false;
    if (n.tags.some((t) => t.startsWith('party:') || t === 'pronoun')) return true;
  }
  return false;
}

const NO_QUESTIONS: ReadonlySet<number> = new Set<number>();
/** The clauses that end in a question mark (the tokenizer ends a clause at "?"). */
export function questionClauses(text: string, tokens: Token[]): ReadonlySet<number> {
  // Most notes ask nothing: no set to build, no token to walk.
  if (!text.includes('?')) return NO_QUESTIONS;
  const out = new Set<number>();
  // ('Texted client: "How is class?"': the quoted message asks, not the writer; its clause still went out.)
  const quotes = text.includes('"') || text.includes('\u201c') ? quotedRanges(text) : [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next !== undefined && next.clause === t.clause) continue;
    let j = t.end;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '"' || text[j] === "'" || text[j] === ')')) j++;
    if (text[j] === '?' && !quotes.some(([s, e]) => s < j && j < e)) out.add(t.clause);
  }
  return out;
}

/**
 * A reply named as a thing, then denied: "reply has not arrived", "response still has not come", "reply to my
 * 11/1 e-mail has not arrived yet" (what it answers may sit between).
 */
const REPLY_NOUNS = new Set(['reply', 'response', 'answer', 'replies', 'responses']);
export function deniedAfter(tokens: Token[], matches: Match[], k: number, m: Match): boolean {
  if (!REPLY_NOUNS.has(m.phrase)) return false;
  const gap = tokens[m.tokEnd]?.text === 'to' ? 6 : 2;
  for (let j = k + 1; j < matches.length && j <= k + 4; j++) {
    const n = matches[j] as Match;
    if (n.clause !== m.clause || n.tokStart - m.tokEnd > gap) return false;
    if (n.tags.includes('negator')) return true;
  }
  return false;
}

/** "has no phone", "with no working phone": the negation denies a thing owned, not a contact made. */
export function possessionDenied(tokens: Token[], neg: Match): boolean {
  const before = tokens[neg.tokStart - 1];
  return neg.phrase === 'no' && before !== undefined && before.clause === neg.clause && HAVING.has(before.text);
}

/** Participles that state a checked fact when they follow a thing: "Address verified.", "Enrolment confirmed". */
const PASSIVE_FACT = new Set(['verified', 'confirmed', 'noted', 'updated']);
/** `m` is such a participle straight after a word (no comma or dash between) that names no one: nobody is talking. */
export function passiveFact(text: string, tokens: Token[], m: Match): boolean {
  if (!PASSIVE_FACT.has(m.phrase)) return false;
  const before = tokens[m.tokStart - 1];
  if (!before || before.clause !== m.clause || before.numeric) return false;
  return /^\s+$/.test(text.slice(before.end, m.start));
}

/** Words that may sit before "answered" without naming who answered: "call was answered", "then she answered". */
const NOT_A_PERSON = new Set(['and', 'then', 'finally', 'eventually', 'also', 'first', 'immediately', 'who', 'that', 'call', 'phone', 'line', 'cell', 'was', 'it', 'the', 'my', 'her', 'his', 'their', 'has', 'have', 'had', 'just', 'never', 'not']);
/**
 * "Night lead answered", "Staff member Tina answered", "A man picked up": someone the vocabulary does not know
 * answered. Read back from "answered" to the nearest comma, colon or dash: a word that is not one of the note's
 * people and not a filler names someone else, and a call answered by someone else did not reach the participant.
 */
export function unnamedAnswerer(text: string, tokens: Token[], matches: Match[], k: number, m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 4; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (/[,:(–-]/.test(text.slice(tok.end, (tokens[t + 1] as Token).start))) return false;
    if (tok.numeric || NOT_A_PERSON.has(tok.text)) continue;
    // A person the vocabulary knows ("cust", "she", "her roommate") is read elsewhere; a writer's title ("staff") only
    // when nothing unknown sits between it and "answered".
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const n = matches[j] as Match;
      if (t >= n.tokStart && t < n.tokEnd) return false;
    }
    return true;
  }
  return false;
}

/** "… answered and got her", "put him on", "transferred me to cust": whoever answered passed the phone to the participant. */
const HANDED_OVER = /\b(?:got|put|brought|handed|passed|transferred)\b[^.;\n]{0,24}\b(?:her|him|them|cust|customer|client|participant|pt|youth)\b|\b(?:came|got) (?:to|on) the (?:phone|line)\b/i;
export function handedOver(text: string, from: number, to: number): boolean {
  return to - from <= 200 && HANDED_OVER.test(text.slice(from, to));
}

/** Channel words used as a noun ("Phone", "Zoom", "Teams video"): with whom after them, a contact named. */
const CHANNEL_NOUN = new Set(['phone', 'telephone', 'tele', 'ph', 'video', 'zoom', 'teams', 'facetime', 'skype', 'webex', 'google meet', 'teams video', 'video teams', 'ms teams', 'microsoft teams']);
/** A contact noun after the channel ("Phone check-in", "Video session"); not an appointment, which may only be booked. */
const CONTACT_NOUN = new Set(['session', 'contact', 'meeting', 'mtg', 'visit', 'conversation', 'conference', 'checkin']);
/** Words of when and how long between the channel and its "with" ("Telephone 3/4 (25 min) with"). */
const WHEN_LONG = new Set(['am', 'pm', 'a', 'm', 'p', 'min', 'mins', 'minutes', 'hr', 'hrs', 'hour', 'hours']);
/** A word after the participant's that makes it an office or a line ("Client Services", "customer care", "client support line"). */
const OFFICE_AFTER = new Set(['services', 'service', 'care', 'support', 'relations', 'intake', 'team', 'line', 'center', 'centre', 'desk', 'portal', 'success', 'advocate', 'rep', 'representative', 'department', 'dept', 'office', 's']);
/** Where the sentence of a channel named with whom ends. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/;
/** The rest of the sentence from `at`, read up to 300 characters (a note of one endless sentence stays linear). */
function sentenceRest(text: string, at: number): string {
  const window = text.slice(at, at + 300);
  const stop = window.search(SENTENCE_END);
  return stop >= 0 ? window.slice(0, stop) : window;
}
/**
 * The rest of that sentence says it was not held or not with the participant: cancelled, moved, missed, failed, only
 * planned, a message left, relayed ("Phone 5/12 w/ client cancelled", "… – NS", "… (via his mother)"). Review near-misses
 * (tests/policy/review-channel-named-with.test.ts); a contact whose sentence says so is asked about, never counted.
 */
const NOT_HELD_AFTER =
  /\b(?:cancel(?:l)?ed|cancel(?:l)?ation|called off|postponed|deferred|resched\w*|fell through|never happened|(?:did not|didn't|never|has not|hasn't)\s+(?:happen|take place|occur)|not completed|incomplete|unsuccessful|failed|ns|no[- ]?show|forgot|tbd|tentative|on hold|(?:phone|cell)\s+(?:was\s+)?(?:off|dead)|missing each other|while (?:i|cm|writer) was out|(?:msg|message|vm|voicemail) left|left (?:a |detailed )?(?:msg|message|vm|voicemail)|via|actually)\b|\bmissed(?:\s+(?:appt|appointment|call|it|the call|our call|us))?\s*(?:[.;,)!?]|$)/i;
/**
 * Not held, moved, failed: right after whom a contact the phrase says was made was with (past "with", a title, a name,
 * a date or time, a dash or a bracket): "TC w/ Jose 4/20 - postponed", "OV w/ cust 3/4 cancelled", "TC w/ client
 * (unsuccessful)". Not "she failed the exam" (a subject first) nor "(rescheduled from the storm)" (moved to this day).
 */
const UNDONE_RIGHT_AFTER =
  /^(?:was\s+|got\s+|has\s+been\s+)?(?:cancel(?:l)?ed|cancel(?:l)?ation|called off|postponed|deferred|resched\w*(?! from)|fell through|never happened|(?:did not|didn't|never)\s+(?:happen|take place|occur)|not completed|incomplete|unsuccessful|failed|ns|no[- ]?show|tbd|tentative|on hold|pending|planned|requested|to be (?:scheduled|set|arranged|determined)|(?:phone|cell)\s+(?:was\s+)?(?:off|dead))\b/i;
/** Anywhere in the rest of its sentence, before a colon: a message left instead, no conversation at all, or an outcome right after a dash or comma ("Met w/ client 3/4 at the library - rescheduled to 3/11"). */
const UNDONE_IN_SENTENCE =
  /\b(?:(?:msg|message|vm|voicemail) left|left (?:a |detailed )?(?:msg|message|vm|voicemail)|no conversation|left before (?:i|cm|writer|we|staff|the case manager|this writer)\b(?! (?:talked|spoke|met))|(?:was|were) gone before (?:i|cm|writer))\b|[-\u2013\u2014,(]\s*(?:was\s+)?(?:cancel(?:l)?ed|postponed|resched\w*(?! from)|unsuccessful|no[- ]?show|called off|never happened)\b/i;
const SKIP_AFTER_MADE = new Set(['with', 'w', 'the', 'client', 'cust', 'customer', 'participant', 'ptcp', 'pt', 'youth', 'student', 'p', 'mr', 'ms', 'mrs', 'mx', 'bro', 'sis', 'am', 'pm']);
/** The contact a phrase says was made (`m`: "TC", "OV", "met with") is taken back by its own sentence ("TC w/ client – message left with his wife"). */
export function madeTakenBack(text: string, tokens: Token[], m: Match): boolean {
  const rest = sentenceRest(text, m.end);
  const colon = rest.indexOf(':');
  if (UNDONE_IN_SENTENCE.test(colon >= 0 ? rest.slice(0, colon) : rest) || GREETING_ONLY.test(rest)) return true;
  let t = m.tokEnd;
  for (let n = 0; n < 8 && tokens[t]?.clause === m.clause; n++, t++) {
    const w = tokens[t] as Token;
    if (!(w.numeric || w.capitalised || SKIP_AFTER_MADE.has(w.text)) || text.slice(tokens[t - 1]?.end ?? m.end, w.start).includes(':')) break;
  }
  const at = tokens[t];
  return at !== undefined && at.clause === m.clause && !text.slice(tokens[t - 1]?.end ?? m.end, at.start).includes(':') && UNDONE_RIGHT_AFTER.test(text.slice(at.start, at.start + 60));
}
/**
 * After the words that say someone talked, the same sentence says the participant did not, or put it off: "(her sister
 * did the talking, client would not speak)", "she waved, no time to talk", "picked up, said she was driving, call back
 * Friday". Whatever talk was named was not an exchange with them (tests/policy/talk-refused.test.ts).
 */
const TALK_REFUSED =
  /\b(?:(?:would|could|did|does|will)(?: not|n't) (?:speak|talk)|(?:refused|declined|unwilling|not willing|did not want|didn't want) to (?:speak|talk)|no time to (?:talk|speak)|did (?:all |most of )?the talking|no conversation|hung up|can'?t talk|cannot talk|can not talk|unable to (?:talk|speak)|bad time|not a good time|wrong time|was driving|at work and could not)\b/i;
/**
 * Put off to another time: "asked me to call Thurs", "will call back tonight", "can u call tmrw", "not today, come back
 * next week". A contact still when they talked in earnest or told news first (the caller checks that).
 */
const PUT_OFF =
  /\b(?:asked (?:me |cm |writer |us )?(?:for a call|to call|to (?:try|reschedule|come back)|if (?:i|cm|we) could call)|(?:can|could|pls|please) (?:u |you )?call|(?:will|would|'d|'ll) call (?:me |cm |writer )?back|call (?:me |her |him )?(?:back )?(?:tmrw|tomorrow|tonight|later|after)|(?:said|says) to call|not today|come back (?:next|later|another)|text me|reschedule the call|too (?:sick|busy|tired|ill|upset) to talk|call (?:me |her |him )?(?:back )?(?:next (?:week|wk|time|month)|in (?:a few|a|an|\d+) (?:days?|hours?|hrs?|weeks?|wks?|minutes?|mins?))|(?:and|then) (?:hang|hung) up)\b/i;
/** Where, after `from`, the rest of that sentence puts the contact off to another time; -1 when it does not. */
export function putOffAfter(text: string, from: number): number {
  const found = PUT_OFF.exec(sentenceRest(text, from));
  return found ? from + found.index : -1;
}
/**
 * A greeting and nothing more: "said hi only", "exchanged greetings only", "hi and bye only", "we only waved", "just a
 * wave", "said hello and that was it", "just said hi." at the sentence's end. No case is talked over in a greeting
 * (tests/policy/greetings-only.test.ts); "said hi, she told me she starts Monday" names no limit and is read on.
 */
const GREETING_ONLY =
  /\b(?:(?:hi|hello|hey|hellos|greetings|pleasantries|waved|nodded)(?: and (?:bye|goodbye|waved))? only|only (?:said (?:hi|hello|hey)|waved|nodded|a wave|a nod)|just (?:a |one )?(?:quick )?(?:wave|waved|nod|nodded)|(?:said|say|says|exchanged) (?:hi|hello|hey|hellos|greetings)(?: and (?:bye|goodbye))?,? (?:and )?(?:that was (?:it|all)|nothing (?:else|more))|just (?:said )?(?:a )?(?:quick )?(?:hi|hello|hey)\s*$)\b/i;
/** Where, after `from` (a character offset), the rest of that sentence says the talk was refused or put off; -1 when it does not. */
export function talkRefusedAfter(text: string, from: number): number {
  const rest = sentenceRest(text, from);
  const found = TALK_REFUSED.exec(rest) ?? GREETING_ONLY.exec(rest);
  return found ? from + found.index : -1;
}
/**
 * "Phone 5/12 w/ client: …", "Zoom 4/21 with cust", "Telephone 3/4 (25 min) with participant": a channel opening its
 * sentence as a noun, only its date, time or length after it, then "with" and a person (not someone's: "client's
 * mother" is the mother): a contact named with its counterpart, as "TC w/ cust" is. Plans, failures and denials are
 * read as they are for any other contact.
 */
export function channelNamedWith(text: string, tokens: Token[], matches: Match[], k: number, m: Match): boolean {
  if (!CHANNEL_NOUN.has(m.phrase)) return false;
  for (let t = m.tokStart - 1; t >= 0 && (tokens[t] as Token).clause === m.clause; t--) if (!(tokens[t] as Token).numeric) return false;
  let j = m.tokEnd;
  // ("Phone check-in 5/12 with client", "Video session 3/4 w/ cust".)
  if (tokens[j]?.text === 'check' && tokens[j + 1]?.text === 'in') j += 2;
  else if (CONTACT_NOUN.has(tokens[j]?.text ?? '')) j++;
  for (let n = 0; n < 6 && tokens[j]?.clause === m.clause && ((tokens[j] as Token).numeric || WHEN_LONG.has((tokens[j] as Token).text)); n++) j++;
  const w = tokens[j];
  if (!w || w.clause !== m.clause || (w.text !== 'with' && w.text !== 'w')) return false;
  const p = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
  for (let q = k + 1; q < matches.length && (matches[q] as Match).tokStart <= p; q++) {
    const mq = matches[q] as Match;
    if (mq.tokStart !== p) continue;
    if (!mq.tags.some((t) => t.startsWith('party:')) || (tokens[mq.tokEnd - 1]?.possessive ?? false)) return false;
    // ("w/ Client Services at DHS", "w/ client`s mother": an office, or someone's, not the participant.)
    const after = tokens[mq.tokEnd];
    if (after && after.clause === mq.clause && OFFICE_AFTER.has(after.text)) return false;
    // The rest of its sentence takes it back or hands it to someone else ("cancelled", "– NS", "msg left w/ roommate").
    const rest = sentenceRest(text, mq.end);
    if (NOT_HELD_AFTER.test(rest)) return false;
    for (let r = q + 1; r < matches.length && (matches[r] as Match).start < mq.end + rest.length; r++) {
      if ((matches[r] as Match).tags.some((t) => t === 'party:alternate' || t === 'party:other')) return false;
    }
    return true;
  }
  return false;
}
