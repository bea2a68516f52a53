/**
 * The tokenizer notes while it scans what a word needs (lower-casing, apostrophes) instead of
 * re-reading every word; it must read every text exactly as the plain version below does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../lib/text/tokenize';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isWordChar = (c: number) =>
  isDigit(c) || isUpper(c) || isLower(c) || (c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xfeff && c !== 0x3000);
const isClauseEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13;

/** The straightforward reading: each word sliced, lower-cased and checked after it is found. */
function plainTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let clause = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const start = i;
      let allDigits = true;
      i++;
      for (;;) {
        if (i >= n) break;
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          i++;
          continue;
        }
        if (isApostrophe(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        if (d === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) {
          i++;
          continue;
        }
        break;
      }
      let raw = text.slice(start, i).toLowerCase();
      if (raw.includes('\u2019')) raw = raw.replace(/\u2019/g, "'");
      for (let k = start; k < i && allDigits; k++) allDigits = isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 46;
      let possessive = false;
      if (raw.length > 2 && raw.endsWith("'s")) {
        raw = raw.slice(0, -2);
        possessive = true;
      } else if (raw.length > 1 && raw.endsWith("'")) {
        raw = raw.slice(0, -1);
      }
      tokens.push({ text: raw, start, end: i, clause, possessive, capitalised: isUpper(c), numeric: allDigits });
      continue;
    }
    if (isClauseEnd(c)) {
      if (c !== 46 || i + 1 >= n || text.charCodeAt(i + 1) <= 32) clause++;
    }
    i++;
  }
  return tokens;
}

describe('tokenize', () => {
  it('reads any text as the plain word-by-word reading does', () => {
    // Letters of both cases (ASCII and not, one that grows when lower-cased), digits, both apostrophes, periods, breaks.
    const char = fc.constantFrom(...'aSs tT9 0.\'\u2019-,\nÉéİß!?;'.split(''), '\u2019s', "'s", '3.5', 'Cust’s');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(plainTokenize(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the words of real notes the same way too', () => {
    const notes = [
      "Cust's instructor: 3.5 GPA. TC w/ cust",
      'Spoke w/ JOSÉ’s mother re: İstanbul trip; cust didn’t answer. 2.5.2025 OV',
      "Called cust 3x—no ans. L/M. Will f/u 10/2. Cust' s",
    ];
    for (const t of notes) expect(tokenize(t)).toEqual(plainTokenize(t));
  });
});
