/**
 * Names written with a courtesy title ("Mr. Ortiz", "Ms. Alvarez", and "Bro. Kowalski", "Sis. Lee" as union members
 * address each other), for the reader's party resolution (settle.ts): the title and the surname are one person's
 * name, not a brother or a sister, and not two sentences (the tokenizer keeps a title's period inside its sentence).
 */
import type { ContactEvent } from './event-types';
import type { Token } from './tokenize';

/** Courtesy titles before a surname. */
const TITLE = new Set(['mr', 'mrs', 'ms', 'mx', 'sis', 'bro']);

/** "Sis. Lee replied", "3/20 Mr. Ortiz called back": a titled name opening the sentence, right before the contact. */
export function titledSubject(tokens: Token[], matchStarts: Uint8Array, e: ContactEvent): boolean {
  const name = tokens[e.tokStart - 1];
  const title = tokens[e.tokStart - 2];
  if (!name || !title || name.clause !== e.clause || title.clause !== e.clause || !TITLE.has(title.text) || !title.capitalised) return false;
  if (!name.capitalised || name.numeric || name.possessive || matchStarts[e.tokStart - 1] === 1) return false;
  for (let t = e.tokStart - 3; t >= 0 && (tokens[t] as Token).clause === e.clause; t--) if (!(tokens[t] as Token).numeric) return false;
  return true;
}

/**
 * Where the person a contact was with is named, right after it: past "with" or "w/" ("TC w/ Jose") and a title
 * ("Met with Mr. Ortiz", "TC w/ Sis. Lee"), at the surname. The token after the contact when neither is there.
 */
export function nameAfterWith(tokens: Token[], e: ContactEvent): number {
  let t = tokens[e.tokEnd]?.text === 'with' || tokens[e.tokEnd]?.text === 'w' ? e.tokEnd + 1 : e.tokEnd;
  if (TITLE.has(tokens[t]?.text ?? '') && tokens[t]?.clause === e.clause && tokens[t + 1]?.clause === e.clause && tokens[t + 1]?.capitalised) t++;
  return t;
}

/** Titles of office, abbreviated ("Sgt. Miller", "Lt. Haynes", "Rev. Jones", "Dr. Patel"): someone else, never the participant. */
const OFFICE = new Set(['sgt', 'lt', 'capt', 'cpt', 'det', 'rev', 'dr', 'fr', 'dep', 'ofc', 'prof', 'atty', 'supt']);
/** At `t`, a title of office before a capitalised name in the same sentence. */
function officeTitleAt(tokens: Token[], t: number): boolean {
  const title = tokens[t];
  const name = tokens[t + 1];
  return title !== undefined && name !== undefined && OFFICE.has(title.text) && title.capitalised && name.clause === title.clause && name.capitalised && !name.numeric;
}

/**
 * Titles written as plain words before a name ("Elder Tom", "Chief Two Bears", "Auntie May", "Nana Pearl", "Deacon Harris"):
 * an elder, a chief, a relative, a church or town officer; someone else, unless the note makes them the participant.
 * Read only capitalised and before a capitalised name ("elder care", "the chief complaint" are no titles).
 */
const PLAIN_TITLE = new Set([
  'elder', 'chief', 'auntie', 'aunty', 'nana', 'granny', 'grammy', 'gramma', 'grandma', 'grandpa', 'gramps', 'deacon', 'bishop', 'pastor',
  'imam', 'rabbi', 'sensei', 'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'mayor', 'senator', 'commissioner',
]);
/** Words that make a titled name the participant ("client Auntie May", "Elder Tom (participant)"). */
const PARTICIPANT_WORD = new Set(['participant', 'client', 'customer', 'cust', 'youth', 'ppt', 'ptcp', 'pt', 'jobseeker', 'enrollee', 'trainee', 'student']);
/** Titles that are given names too ("Nana Mensah"): a title only with a relation beside it. */
const GIVEN_NAME_TOO = new Set(['nana']);
/**
 * Words that make such a name a relative: "her Nana Pearl", "Nana Pearl (grandmother)"; or a participant spoken of as
 * "he" after it ("Nana Pearl picked up …; he is at work": a grandmother's title, the participant someone else).
 */
const RELATION = new Set(['her', 'his', 'their', 'grandmother', 'grandma', 'gran', 'granny', 'grandparent', 'relative', 'family', 'kin', 'aunt', 'great']);
const HE = new Set(['he', 'him', 'his']);
function relationBeside(tokens: Token[], t: number): boolean {
  const before = tokens[t - 1];
  if (before && before.clause === (tokens[t] as Token).clause && (RELATION.has(before.text) || before.possessive)) return true;
  for (let k = t + 2; k <= t + 5 && tokens[k]?.clause === (tokens[t] as Token).clause; k++) if (RELATION.has((tokens[k] as Token).text) && !['her', 'his', 'their'].includes((tokens[k] as Token).text)) return true;
  const last = (tokens[t] as Token).clause + 2;
  for (let k = t + 2; k < tokens.length && (tokens[k] as Token).clause <= last; k++) if (HE.has((tokens[k] as Token).text)) return true;
  return false;
}
/** At `t`, a plain title before a capitalised name, the note not making that person the participant. */
function plainTitleAt(tokens: Token[], t: number): boolean {
  const title = tokens[t];
  const name = tokens[t + 1];
  if (title === undefined || name === undefined || !PLAIN_TITLE.has(title.text) || !title.capitalised) return false;
  if (name.clause !== title.clause || !name.capitalised || name.numeric) return false;
  if (GIVEN_NAME_TOO.has(title.text) && !relationBeside(tokens, t)) return false;
  const before = tokens[t - 1];
  if (before && before.clause === title.clause && PARTICIPANT_WORD.has(before.text)) return false;
  for (let k = t + 2; k <= t + 5 && tokens[k]?.clause === title.clause; k++) if (PARTICIPANT_WORD.has((tokens[k] as Token).text)) return false;
  return true;
}
/** A plain title before the capitalised name (of up to three words) that ends just before `end`. */
function plainTitledBefore(tokens: Token[], end: number, clause: number): boolean {
  for (let t = end - 1; t >= end - 3 && t >= 1; t--) {
    const name = tokens[t] as Token;
    if (name.clause !== clause || !name.capitalised || name.numeric) return false;
    if (plainTitleAt(tokens, t - 1)) return true;
  }
  return false;
}

/**
 * The contact was with, or came from, someone named by a title of office: "TC w/ Sgt. Miller (PO)", "Called Rev. Jones",
 * "Dr. Patel called"; by a plain title ("Met with Chief Two Bears", "Elder Tom replied"); or a company's dispatch desk,
 * "Spoke with Dispatch at Prime".
 */
export function officeTitled(tokens: Token[], e: ContactEvent): boolean {
  const after = tokens[e.tokEnd]?.text === 'with' || tokens[e.tokEnd]?.text === 'w' ? e.tokEnd + 1 : e.tokEnd;
  // ("TC w/ Coach Rivera": a coach whom the contact was with; "Coach Smith met with youth" is the writer, so only here.)
  const coach = tokens[after]?.text === 'coach' && tokens[after]?.capitalised === true && tokens[after + 1]?.clause === e.clause && tokens[after + 1]?.capitalised === true;
  if (tokens[after]?.clause === e.clause && (officeTitleAt(tokens, after) || coach || tokens[after]?.text === 'dispatch' || plainTitleAt(tokens, after))) return true;
  // ("Elder Tom replied", "Chief Two Bears returned my call": a plainly titled name opening the contact.)
  if (plainTitledBefore(tokens, e.tokStart, e.clause)) return true;
  return tokens[e.tokStart - 2]?.clause === e.clause && officeTitleAt(tokens, e.tokStart - 2);
}
