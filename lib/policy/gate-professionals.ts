/**
 * Whom a contact was with is a professional or an agency, not the participant, by how the note writes them (for the
 * participant gate, lib/policy/contact-gate.ts): a name with a professional credential after it ("Spoke with Dana, RN,
 * at the clinic", "TC w/ Kim Park, PhD") or an agency's initials after "with" ("TC w/ DVR", "TC w/ P&P") or straight after
 * "TC" ("TC DVR 3/4").
 */
import type { PartyMention } from '../text/analyze';
import type { Token } from '../text/tokenize';

/**
 * Letters staff write after a colleague's name: licences and degrees of health, counselling, social work, law and
 * finance. No maintained package lists post-nominal letters (name parsers know a handful, "PhD", "Esq", "MD", not
 * "LCSW" or "CADC"), so the list is ours. Not the certificates participants earn in training ("CNA", "CDL", "CMA"):
 * "Met with Maria, CNA, at her new job" may well be her. Lower case.
 */
const CREDENTIALS = new Set([
  'rn', 'lpn', 'lvn', 'aprn', 'np', 'fnp', 'cnp', 'md', 'phd', 'psyd', 'edd', 'dds', 'dmd', 'jd', 'esq', 'lcsw', 'licsw', 'lisw', 'lmsw',
  'lsw', 'msw', 'bsw', 'lpc', 'lpcc', 'lmhc', 'lmft', 'ladc', 'cadc', 'lcdc', 'ccdp', 'crc', 'cprs', 'cpss', 'qmhp', 'bcba', 'cpa', 'cfp',
  'sphr', 'phr', 'slp', 'otr', 'dpt', 'pa-c',
]);
/** Words after a credential that make it something studied, not held: "client, RN student", "LPN program". */
const STUDIED = new Set(['student', 'students', 'candidate', 'trainee', 'program', 'class', 'classes', 'course', 'exam', 'school', 'training', 'license', 'licence', 'clinicals']);
/** A name of one to three capitalised words (initials with their period), a comma, then letters: "John Smith, LCSW". */
const NAME_THEN_LETTERS = /^([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},\s*([A-Za-z][A-Za-z-]{1,5}))\.?(?=[\s,;:)]|$)\s*([a-z]*)/;

/** Contacts named by their capitals, whom they were with right after them: "TC DVR", "OV SSA". */
const DIRECT = new Set(['tc', 'ov', 'pc']);
/** Two to five capitals, "&" allowed inside ("DVR", "P&P", "DEED"), ending the word. */
const AGENCY_INITIALS = /^[A-Z][A-Z&]{1,4}(?![\w&'])/;

/**
 * The span of the professional or agency at token `t`, the first word of whom a contact was with, or null: a name
 * followed by a credential, or an agency's initials right after "with"/"w/" (not in a note typed in capitals; the
 * reader's own shorthand for the participant, "CL", "CLT", "CUST", "PT", is a party and never comes here).
 */
export function professionalAt(text: string, tokens: Token[], parties: PartyMention[], t: number): { start: number; end: number } | null {
  const tok = tokens[t];
  if (!tok || !tok.capitalised || tok.numeric || parties.some((q) => q.party === 'participant' && q.tokStart <= t && t < q.tokEnd)) return null;
  const from = text.slice(tok.start, tok.start + 80);
  const named = NAME_THEN_LETTERS.exec(from);
  if (named && CREDENTIALS.has((named[2] as string).toLowerCase()) && !STUDIED.has(named[3] as string)) return { start: tok.start, end: tok.start + (named[1] as string).length };
  const before = tokens[t - 1]?.text ?? '';
  const link = tokens[t - 1] as Token | undefined;
  // ("TC DVR 3/4", "OV SSA": initials straight after the contact's own capitals.)
  const direct = link !== undefined && DIRECT.has(before) && link.clause === tok.clause && text.slice(link.end, tok.start).trim() === '';
  if (before !== 'with' && before !== 'w' && !direct) return null;
  const initials = AGENCY_INITIALS.exec(from);
  if (!initials || !link) return null;
  const end = tok.start + initials[0].length;
  // (In a note typed in capitals only a "with" or "w/" in small letters shows the capitals after it were meant; after
  // "TC", always in capitals, the rest of the note must not be in capitals: "TC DVR 3/4" but not "TC MARIA. SHE STARTED".)
  if (direct ? shouting(text.slice(0, link.start) + text.slice(end)) : shouting(text) && text.slice(link.start, link.end) !== before) return null;
  // ("TC w/ DW customer", "Worksite mtg w/ OJT trainee": a program's letters before the participant's word.)
  const next = tokens.findIndex((w, k) => k > t && w.start >= end);
  if (next > 0 && parties.some((q) => q.party === 'participant' && q.tokStart === next)) return null;
  return { start: tok.start, end };
}

/** More capital letters than small ones: a note typed with caps lock on, where every word looks like initials (then only
 * a "with" or "w/" in small letters shows the capitals after it were meant). */
function shouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') lower++;
  }
  return upper > lower;
}
