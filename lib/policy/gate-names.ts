/**
 * Who a note names around a contact, for the participant gate (lib/policy/contact-gate.ts): nobody but the
 * participant in the whole note, a name or an organisation in the contact's sentence (not a workplace where the
 * participant applies or works), a first name opening a reply's sentence, a name right after the contact, and a
 * reply's writer speaking for themself.
 */
import type { ContactEvent, NoteAnalysis } from '../text/analyze';
import type { Match } from '../text/matcher';
import type { Token } from '../text/tokenize';
import { peopleIn } from './gate-people';

/**
 * The note names nobody but the participant: no one else named, titled or acting anywhere in it (not even "her
 * instructor"), no try and no contact someone else reports. Then whoever a contact was with is the participant.
 */
const TITLED = /\b(?:Mr|Ms|Mrs|Mx|Dr|[A-Z])\. ?[A-Z][a-z]+/;
const GROUP = /\b(?:members|attendees|participants|residents|students|trainees|everyone|signed in|sign-in sheet|roster)\b/i;
export function nobodyElse(text: string, a: NoteAnalysis): boolean {
  if (a.attempts.length > 0 || a.pendingWritten !== null || a.mentioned.some((m) => m.kind === 'reported')) return false;
  if (a.parties.some((q) => q.party !== 'participant')) return false;
  // A person named by a courtesy title or an initial ("Ms. Ortiz", "facilitated by D. Ames") is someone in view, and
  // so is a room of people ("members signed in", "14 attendees"): an unnamed exchange may have been with any of them.
  if (TITLED.test(text) || GROUP.test(text)) return false;
  return !peopleIn(a.tokens, a.matches, a.parties, 0, Number.MAX_SAFE_INTEGER).some((p) => p.who === 'someone-else');
}

/** Where the participant works, applies, starts or studies: "apply at Hy-Vee", "started at Walmart DC", "working at Cub Foods". */
const PLACE_VERB = new Set(['apply', 'applied', 'applying', 'applies', 'work', 'works', 'worked', 'working', 'start', 'starts', 'started', 'starting', 'hired', 'interview', 'interviewed', 'interviewing', 'employed', 'enrolled', 'studying']);
/** At `t` ("at" after a place verb, at most three words back), the capitalised name that follows is a place: its last token (else `t`). */
function placeAt(tokens: Token[], t: number): number {
  if (tokens[t]?.text !== 'at') return t;
  const c = (tokens[t] as Token).clause;
  let verb = false;
  for (let k = t - 1; k >= t - 3 && k >= 0 && (tokens[k] as Token).clause === c; k--) if (PLACE_VERB.has((tokens[k] as Token).text)) verb = true;
  if (!verb) return t;
  let k = t + 1;
  while (tokens[k]?.clause === c && (tokens[k] as Token).capitalised && !(tokens[k] as Token).numeric && k - t <= 3) k++;
  return k - 1;
}

/** Our own offices by the names staff give them ("F2F @ AJC", "OV at the WFC"): a place of ours, nobody else. */
const OUR_PLACE = new Set(['ajc', 'ajcc', 'wfc', 'careerforce']);

/**
 * A capitalised word the vocabulary does not know (a name, an organisation) in the contact's sentence, after it opens.
 * (Not a workplace or school named as where the participant applies, works or studies: a place, not a party; nor
 * our own office.)
 */
export function namedInClause(tokens: Token[], matches: Match[], e: ContactEvent): boolean {
  for (let t = e.tokEnd; t < tokens.length && (tokens[t] as Token).clause === e.clause; t++) {
    const place = placeAt(tokens, t);
    if (place !== t) {
      t = place;
      continue;
    }
    const w = tokens[t] as Token;
    if (w.capitalised && !w.numeric && !OUR_PLACE.has(w.text) && !matches.some((m) => m.tokStart <= t && t < m.tokEnd)) return true;
  }
  return false;
}

/** Capitalised words opening a sentence that name no one: "Nobody replied", "Finally replied", "You wrote back". */
const NO_NAME = new Set(['nobody', 'noone', 'none', 'no', 'never', 'nothing', 'not', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'finally', 'still', 'also', 'then', 'they', 'we', 'you', 'it', 'this', 'that', 'he', 'she', 'i', 'unknown', 'auto', 'staff', 'who', 'whoever', 'all', 'both', 'each', 'one', 'neither', 'either']);
/** A single name right before the event, nothing but a date before it in its sentence ("Jasmine texted back", "3/4 Deshawn e-mailed"). */
export function nameOpens(tokens: Token[], matches: Match[], e: ContactEvent): boolean {
  return nameOpensAt(tokens, matches, e.tokStart, e.clause, NO_NAME);
}

/**
 * A single name right before token `at` of sentence `clause` (a capitalised word the reader does not know, not one of
 * `notNames`), nothing but a date before it in its sentence.
 */
export function nameOpensAt(tokens: Token[], matches: Match[], at: number, clause: number, notNames: ReadonlySet<string>): boolean {
  const t = at - 1;
  const w = tokens[t];
  if (!w || w.clause !== clause || !w.capitalised || w.numeric || w.possessive || w.text.length < 2 || notNames.has(w.text)) return false;
  if (matches.some((m) => m.tokStart <= t && t < m.tokEnd)) return false;
  for (let k = t - 1; k >= 0 && (tokens[k] as Token).clause === clause; k--) if (!(tokens[k] as Token).numeric) return false;
  return true;
}

/**
 * The writer of a reply speaks for themself in it ("I passed", "my hours"): after the colon that opens its words, or in
 * the next sentence (not "replied to my e-mail", which is ours).
 */
export function firstPerson(text: string, tokens: Token[], e: ContactEvent): boolean {
  let from = tokens.findIndex((w) => w.clause > e.clause);
  for (let k = e.tokEnd; k < tokens.length && (tokens[k] as Token).clause === e.clause; k++) {
    if (text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start).includes(':')) {
      from = k;
      break;
    }
  }
  if (from < 0) return false;
  const last = (tokens[from] as Token).clause + 1;
  for (let k = from; k < tokens.length && (tokens[k] as Token).clause <= last; k++) if (FIRST_PERSON.has((tokens[k] as Token).text)) return true;
  return false;
}
const FIRST_PERSON = new Set(['i', 'my', 'im', 'ive', 'me']);

/** A capitalised word right after the contact ("Met with Maria", "TC w/ Jose"). */
export function nameAfter(tokens: Token[], e: ContactEvent): boolean {
  let t = e.tokEnd;
  if (tokens[t]?.text === 'with' || tokens[t]?.text === 'w') t++;
  const w = tokens[t];
  return w !== undefined && w.clause === e.clause && w.capitalised && !w.numeric;
}

/** Contacts named by a noun that takes whom they were with right after it, with no "with": "TC Jenna", "OV Maria". */
const DIRECT_NOUN = new Set(['tc', 'ov', 'pc', 'hv', 'f2f']);
/**
 * The name at token t comes straight after such a noun, only a space between ("TC Jenna"; not "F2F @ AJC", a place,
 * nor an acronym, "TC DVR").
 */
export function nameRightAfter(text: string, tokens: Token[], t: number): boolean {
  const noun = tokens[t - 1];
  const w = tokens[t];
  if (!noun || !w || !DIRECT_NOUN.has(noun.text) || noun.clause !== w.clause || text.slice(noun.end, w.start).trim() !== '') return false;
  const raw = text.slice(w.start, w.end);
  return raw !== raw.toUpperCase();
}
/** Whom a contact was with, named at token t: after "with" ("TC w/ Hy-Vee") or straight after "TC" ("TC Walmart"). */
export function withWord(text: string, tokens: Token[], t: number): boolean {
  const w = tokens[t - 1]?.text;
  return w === 'with' || w === 'w' || nameRightAfter(text, tokens, t);
}
