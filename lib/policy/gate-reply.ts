/**
 * Whose written reply it was, for the participant gate (lib/policy/contact-gate.ts): a reply is the participant's to
 * us only when it answers our message and comes from them.
 *   - "Client replied 2/6 to her mom's text", "she replied 👍 to the group chat, not to me": a reply to someone else's
 *     message, or to a group, is not a reply to ours;
 *   - "Client Deshawn. Jasmine texted back 11/30: …": a first name acting as the reply's subject, in a note that names
 *     the participant by another name, is someone else writing.
 */
import type { ContactEvent, NoteAnalysis, PartyMention } from '../text/analyze';
import type { Token } from '../text/tokenize';
import { nameOpensAt, withWord } from './gate-names';

/** Capitalised words opening a sentence that name no one ("Finally replied", "She replied"). */
const NOT_A_NAME = new Set(['nobody', 'someone', 'somebody', 'finally', 'still', 'also', 'then', 'they', 'we', 'you', 'it', 'this', 'that', 'he', 'she', 'i', 'auto', 'staff', 'who', 'later', 'today', 'yesterday']);
/** Words for the participant that may stand before their name. */
const PARTICIPANT_WORD = new Set(['client', 'cust', 'customer', 'participant', 'ppt', 'pt', 'jobseeker', 'youth', 'student', 'consumer', 'claimant']);
/** The writer, by the words a case manager uses for themself. */
const WRITER = new Set(['cm', 'writer', 'staff', 'ccm', 'cw', 'cc', 'counselor', 'specialist', 'navigator', 'coach', 'advisor', 'office', 'agency', 'center', 'team']);
/** What a reply may answer besides ours: "to the group chat", "to the group text". */
const GROUP = new Set(['group', 'groupme', 'everyone', 'all']);

/**
 * The reply at token `at` (its sentence `clause`) answers someone else's message: "to her mom's text", "to Ana's
 * e-mail", "to the group chat", or its sentence says "not to me" / "not mine".
 */
export function replyToAnother(a: NoteAnalysis, at: number): boolean {
  const { tokens } = a;
  const clause = tokens[at]?.clause;
  let t = at + 1;
  while (tokens[t]?.clause === clause && (tokens[t] as Token).numeric) t++;
  for (let k = t; k < tokens.length && (tokens[k] as Token).clause === clause; k++) {
    const w = tokens[k] as Token;
    if (w.text === 'not' && (tokens[k + 1]?.text === 'mine' || (tokens[k + 1]?.text === 'to' && tokens[k + 2]?.text === 'me'))) return true;
  }
  if (tokens[t]?.text !== 'to' || tokens[t]?.clause !== clause) return false;
  // Up to three words after "to": a possessive that is not ours nor the participant's, or a group.
  for (let k = t + 1; k <= t + 3 && tokens[k]?.clause === clause; k++) {
    const w = tokens[k] as Token;
    if (GROUP.has(w.text)) return true;
    // (Not ours: "to CM's e-mail", "to this writer's text", nor the participant's own thread.)
    const ours = WRITER.has(w.text) || a.matches.some((m) => m.tokStart <= k && k < m.tokEnd && m.tags.includes('writer'));
    if (w.possessive && !ours && !a.parties.some((q) => q.party === 'participant' && q.tokStart <= k && k < q.tokEnd)) return true;
  }
  return false;
}

/**
 * The contact's subject is a first name (the word right before it, nothing but a date before that in its sentence) the
 * note does not give the participant, while it names the participant by a name of its own ("Client Deshawn"): the
 * span of that name, else null.
 */
export function otherFirstName(text: string, a: NoteAnalysis, tokStart: number, clause: number): { start: number; end: number } | null {
  const { tokens, matches } = a;
  if (!nameOpensAt(tokens, matches, tokStart, clause, NOT_A_NAME)) return null;
  const w = tokens[tokStart - 1] as Token;
  const raw = text.slice(w.start, w.end);
  // (A label before its value is no subject: "Mode: PH".)
  if (raw === raw.toUpperCase() || /[:|]/.test(text.slice(w.end, tokens[tokStart]?.start ?? w.end))) return null;
  const names = participantNames(text, a);
  const named = names.size > 0 && !names.has(w.text);
  return named ? { start: w.start, end: w.end } : null;
}

/**
 * The name the note gives the participant, its words in lower case: a participant word, then (past a colon or a
 * bracket, on its line) a capitalised word and up to two more ("Client Deshawn", "Participant: Kenji Sato", "cust
 * (Maria)"). Empty when the note gives none.
 */
function participantNames(text: string, a: NoteAnalysis): Set<string> {
  const { tokens, parties } = a;
  const names = new Set<string>();
  for (const q of parties) {
    if (q.party !== 'participant' || q.tokEnd - q.tokStart !== 1 || !PARTICIPANT_WORD.has((tokens[q.tokStart] as Token).text)) continue;
    const n = tokens[q.tokEnd];
    const gap = n ? text.slice((tokens[q.tokStart] as Token).end, n.start) : '';
    // (Not an acronym after a program's word: "Youth WEX at KC Parks".)
    const acronym = n !== undefined && text.slice(n.start, n.end) === text.slice(n.start, n.end).toUpperCase();
    if (!n || !n.capitalised || n.numeric || acronym || NOT_A_NAME.has(n.text) || !/^\s*[:(]?\s*$/.test(gap) || gap.includes('\n')) continue;
    names.add(n.text);
    for (let k = q.tokEnd + 1; k < q.tokEnd + 3 && tokens[k]?.capitalised && !tokens[k]?.numeric && text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) === ' '; k++) names.add((tokens[k] as Token).text);
  }
  return names;
}

/** How a reply was written, between its owner and the reply ("Cust's e-mail reply", "client's written response"). */
const WRITTEN_HOW = new Set(['e', 'mail', 'email', 'em', 'text', 'txt', 'written', 'letter', 'emailed', 'texted', 'handwritten', 'portal', 'dm']);
/** From an owned reply to what it said: words of when, to us and arriving, then a colon or a quotation mark. */
const OWNED_REPLY_SAID = /^(?:\s*(?:card|form|slip|to|my|our|the|this|cm|letter|e-?mail|text|msg|message|questions|survey|arrived|received|rec'?d|came|back|today|on|by|[\d/]+))*\s*[:"\u201c]/i;
/** An owned reply's words that a machine or someone else wrote (a bounce, an auto-reply; "this is her daughter, she …"). */
const OWNED_REPLY_NOT_HERS = /auto(?:matic)?[- ]?reply|out of (?:the )?office|undeliverable|could not be delivered|not monitored|do not disturb|driving|unsigned|this is (?:her|his)|\b(?:she|he)\b/i;

/**
 * "Client's reply 4/3: …", "Cust's e-mail reply": a reply named by its owner, nothing but how it was written between
 * the owner and the reply at token `at`; the token where the participant is bound to it, or null. (What it said
 * follows a colon or a quotation mark: "Client's reply card was returned undeliverable" said nothing.)
 */
export function ownedReply(text: string, tokens: Token[], parties: PartyMention[], e: ContactEvent, at: number): number | null {
  if (!e.response) return null;
  const after = text.slice(e.evidence?.end ?? e.end, (e.evidence?.end ?? e.end) + 200);
  if (!OWNED_REPLY_SAID.test(after) || OWNED_REPLY_NOT_HERS.test(after.split('\n')[0] ?? '')) return null;
  const clause = tokens[at]?.clause;
  const owner = parties.find((q) => q.party === 'participant' && q.possessive && q.clause === clause && q.tokEnd <= at && tokens.slice(q.tokEnd, at).every((w) => WRITTEN_HOW.has(w.text)));
  return owner && !parties.some((q) => q.tokStart >= owner.tokEnd && q.tokStart < at) ? owner.tokEnd : null;
}

/**
 * The words of a written reply that a machine or someone else wrote, in any wording of the reply ('Reply from client
 * 4/3: "Automatic reply: …"', 'Client replied: "Hi this is her daughter, …"', "responded by e-mail: out of office"):
 * an auto-reply, a bounce, a do-not-disturb or vacation answer, a relative or a stranger on the participant's line.
 * Only as the reply's opening words: her own reply may mention them later ('"Thanks! This is not a problem, I passed
 * …"', '"I was on vacation last week, but …"', '"… so I had to set an auto-reply at work"').
 */
const REPLY_NOT_HERS =
  /^\W*(?:(?:hi|hello|hey)\W+)?(?:auto(?:matic|mated)?[- ]?(?:reply|response|message)|out of (?:the )?office|undeliverable|(?:message |mail )?(?:could not be|not) delivered|this mailbox|mailbox (?:is )?full|(?:i am|i'm|im) (?:out of (?:the )?office|away from my desk|on vacation|driving)|this is an? automated|this is (?:her|his|their) (?:\w+ )?(?:daughter|son|mom|mother|dad|father|sister|brother|husband|wife|girlfriend|boyfriend|partner|fianc[eé]e?|aunt|uncle|grandma|grandmother|grandpa|grandfather|cousin|friend|roommate|niece|nephew|caseworker|case worker)\b|wrong number|who is this|who dis\b|new phone who)/i;
/** "this is not Maria": a stranger saying she is not the one we wrote to (a name, not "this is not a problem"). */
const NOT_HER_NAME = /^\W*(?:(?:[Hh]i|[Hh]ello|[Hh]ey)\W+)?[Tt]his is not [A-Z][a-z]+\b/;

/** How the reply came, right after its verb: "responded with an auto-reply", "replied automatically (out of office)". */
const REPLIED_BY_MACHINE = /^\W*(?:[\d/]+\s*)?(?:with\s+(?:an?|the|her|his|their)\s+(?:[\w']+\s+)?(?:auto|automatic|away message|out[- ]of[- ]office)|automatically\b)/i;

/** The reply at event `e` is a machine's or someone else's: the opening words of what it said, on its own line, say so. */
export function replyNotTheirs(text: string, e: ContactEvent): boolean {
  const from = e.evidence?.end ?? e.end;
  const nl = text.indexOf('\n', from);
  const line = text.slice(from, nl < 0 ? Math.min(text.length, from + 200) : Math.min(nl, from + 200));
  // What it said starts after the colon or quotation mark that opens its words ("4/3: \"…"), else right away.
  const open = line.search(/[:"\u201c]/);
  const said = open >= 0 && open <= 30 ? line.slice(open + 1) : line;
  const first = said.split(/[.!?](?=\s|["\u201d]|$)/)[0] ?? said;
  return REPLIED_BY_MACHINE.test(line) || REPLY_NOT_HERS.test(first) || NOT_HER_NAME.test(first);
}

const COURTESY = new Set(['mr', 'ms', 'mrs', 'miss', 'mx']);
/**
 * The name at token `t`, whom a contact was with (right after "with"), is not the one the note gives the participant ("Participant: Ana
 * Ruiz. TC w/ Maria …"): its span, else null. (Her first or last name, after a courtesy title or not, is hers.)
 */
export function notTheirName(text: string, a: NoteAnalysis, t: number): { start: number; end: number } | null {
  const { tokens, parties } = a;
  // (Whom it was with, "TC w/ Maria", "TC Maria", not a place after a heading's date, "CASE STAFFING 3/3 - Jefferson City".)
  if (!withWord(text, tokens, t)) return null;
  let k = t;
  if (COURTESY.has(tokens[k]?.text ?? '')) k++;
  const w = tokens[k];
  if (!w || !w.capitalised || w.numeric || NOT_A_NAME.has(w.text) || parties.some((q) => q.tokStart <= k && k < q.tokEnd)) return null;
  const raw = text.slice(w.start, w.end);
  if (raw === raw.toUpperCase() || a.matches.some((m) => m.tokStart <= k && k < m.tokEnd)) return null;
  const names = participantNames(text, a);
  return names.size > 0 && !names.has(w.text) ? { start: w.start, end: w.end } : null;
}
