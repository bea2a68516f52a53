/**
 * One pass over the note: words with their character offsets, lower-cased,
 * with possessive "'s" stripped (so "cust's instructor" reads as the
 * instructor), a pronoun's contraction split into the pronoun and its verb ("she's" → "she", "is") and a clause number that advances at sentence punctuation,
 * line breaks and a form's "|" separators. Everything downstream works on these tokens, never on regexes
 * over the raw text, so checking stays linear in the note's length.
 */
export interface Token {
  /** Normalised word: lower case, curly apostrophes straightened, possessive removed. */
  text: string;
  start: number;
  end: number;
  clause: number;
  /** The word ended in 's (possessive), which was removed from `text`. */
  possessive: boolean;
  /** First character was an upper-case letter in the note (for names after "met with"). */
  capitalised: boolean;
  /** True for words made only of digits. */
  numeric: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
// Letters beyond ASCII (accented names, other scripts) are word characters; general punctuation is not.
const isWordChar = (c: number) =>
  isDigit(c) || isUpper(c) || isLower(c) || (c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xfeff && c !== 0x3000);
// A "|" separates a form's fields ("Activity: Case Management | Contact Type: In Person") as a line break does.
const isClauseEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 124;

/** Pronouns whose "'s", "'re", "'ll", "'ve" is a verb, not a possessive, and the verb each stands for. */
const CONTRACTING = new Set(['she', 'he', 'it', 'they', 'we', 'you', 'i', 'that', 'there', 'who']);
const CONTRACTED = new Map([
  ['s', 'is'],
  ['re', 'are'],
  ['ll', 'will'],
  ['ve', 'have'],
  ['m', 'am'],
]);

/** Titles before a surname ("Mr. Ortiz", "Bro. Kowalski", "Sis. Lee", "Sgt. Miller", "Rev. Jones"): their period ends no sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'atty', 'supt', 'sis', 'bro', 'sr', 'fr', 'sgt', 'lt', 'capt', 'det', 'rev', 'dep', 'ofc']);
/** Words that open a sentence rather than continue a name ("… Elm Dr. She called"). */
const OPENERS = new Set(['she', 'he', 'they', 'i', 'we', 'it', 'cm', 'client', 'cust', 'customer', 'participant', 'the', 'no', 'will', 'next']);
/** The period at `dot` closes a title right before a capitalised name. */
function titleBeforeName(text: string, tokens: Token[], dot: number): boolean {
  const t = tokens[tokens.length - 1];
  if (!t || t.end !== dot || !TITLES.has(t.text)) return false;
  let k = dot + 1;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k === dot + 1 || k - dot > 3 || !isUpper(text.charCodeAt(k))) return false;
  let e = k;
  while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
  return !OPENERS.has(text.slice(k, e).toLowerCase());
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let clause = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const start = i;
      // What the word needs done to it, noted while scanning (most words need none of it;
      // a word never ends in an apostrophe: one counts only with a letter after it).
      let allDigits = isDigit(c);
      let upper = isUpper(c) || c >= 0xc0;
      let apostrophe = false;
      i++;
      for (;;) {
        if (i >= n) break;
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          if (allDigits && !isDigit(d)) allDigits = false;
          if (!upper && (isUpper(d) || d >= 0xc0)) upper = true;
          i++;
          continue;
        }
        // An apostrophe inside a word ("didn't", "cust's") belongs to it.
        if (isApostrophe(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i + 1))) {
          allDigits = false;
          apostrophe = true;
          i++;
          continue;
        }
        // A decimal point inside a number ("3.5 GPA") is not the end of a sentence.
        if (d === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) {
          i++;
          continue;
        }
        break;
      }
      let raw = text.slice(start, i);
      if (upper) raw = raw.toLowerCase();
      if (apostrophe && raw.includes('\u2019')) raw = raw.replace(/\u2019/g, "'");
      let possessive = false;
      // "She's still at Essentia", "they're working", "he'll start Monday": a pronoun and its verb, two words (the
      // verb's token covers the apostrophe and what follows it), not a possessive.
      const cut = apostrophe ? raw.indexOf("'") : -1;
      const verb = cut > 0 ? CONTRACTED.get(raw.slice(cut + 1)) : undefined;
      if (verb !== undefined && CONTRACTING.has(raw.slice(0, cut))) {
        tokens.push({ text: raw.slice(0, cut), start, end: start + cut, clause, possessive: false, capitalised: isUpper(c), numeric: false });
        tokens.push({ text: verb, start: start + cut, end: i, clause, possessive: false, capitalised: false, numeric: false });
        continue;
      }
      if (apostrophe && raw.length > 2 && raw.endsWith("'s")) {
        raw = raw.slice(0, -2);
        possessive = true;
      }
      tokens.push({ text: raw, start, end: i, clause, possessive, capitalised: isUpper(c), numeric: allDigits });
      continue;
    }
    // "e.g."/"a.m." style periods between single letters are common in notes; only a period
    // followed by whitespace or the end ends a clause, and so does any ! ? ; or line break.
    if (isClauseEnd(c)) {
      // (A period before a closing quote or bracket ends the sentence too: '… next week." CM e-mailed back'.)
      const after = text.charCodeAt(i + 1) === 34 || text.charCodeAt(i + 1) === 0x201d || text.charCodeAt(i + 1) === 41 ? i + 2 : i + 1;
      if (c !== 46 || ((after >= n || text.charCodeAt(after) <= 32) && !titleBeforeName(text, tokens, i))) clause++;
    }
    i++;
  }
  return tokens;
}
