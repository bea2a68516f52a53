/**
 * The shared phrase table (lib/text/phrase-table.ts) and the in-place gap readers (lib/text/gaps.ts) replace a
 * per-question list walk and a per-token slice and regex. They must answer exactly what those did, for any text:
 * the plain versions below are the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../lib/text/tokenize';
import { gapBlankLine, gapBreaks, gapHas } from '../../lib/text/gaps';
import { phraseAt, phraseList, type PhraseList } from '../../lib/text/phrase-table';

/** The walk the table replaced: the first (longest) listed phrase starting at token i, inside clause c. */
function plainAt(tokens: Token[], i: number, list: PhraseList, c: number): number {
  const first = tokens[i];
  if (!first || first.clause !== c) return 0;
  outer: for (const p of list.get(first.text) ?? []) {
    for (let k = 1; k < p.length; k++) {
      const t = tokens[i + k];
      if (!t || t.clause !== c || t.text !== p[k]) continue outer;
    }
    return p.length;
  }
  return 0;
}

const WORDS = ['called', 'cust', 'no', 'answer', 'left', 'a', 'message', 'met', 'with', 'the', 'client', 'in', 'person', 'office', 'visit'];
const CALLS = phraseList([['called'], ['no', 'answer'], ['left', 'message'], ['left', 'a', 'message']]);
const PEOPLE = phraseList([['cust'], ['client'], ['the', 'client']]);
// Lists that share words and prefixes with each other and among their own phrases.
const MEETINGS = phraseList([['met'], ['met', 'with'], ['met', 'with', 'the', 'client'], ['in', 'person'], ['office', 'visit'], ['office']]);
const LISTS = [CALLS, PEOPLE, MEETINGS];

// Words with what may come between them: a space mostly, sometimes the end of a sentence or a comma.
const note = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ' ', '. ', ', ', ' - ', '\n', ': ', "'s ", ' 4/8 ')), { maxLength: 40 })
  .map((parts) => parts.flat().join(''));

describe('the phrase table', () => {
  it('finds the longest phrase of every list at every token, as walking each list did', () => {
    fc.assert(
      fc.property(note, fc.integer({ min: -2, max: 3 }), (text, shift) => {
        const tokens = tokenize(text);
        for (let i = -1; i <= tokens.length; i++) {
          const c = (tokens[i]?.clause ?? 0) + (shift === 3 ? 1 : 0);
          for (const list of LISTS) expect(phraseAt(tokens, i, list, c)).toBe(plainAt(tokens, i, list, c));
        }
      }),
    );
  });

  it('keeps phrases inside a sentence and answers for the token list it is given', () => {
    const a = tokenize('Left a message. Met with the client');
    const b = tokenize('left. a message met with');
    expect(phraseAt(a, 0, CALLS, 0)).toBe(3);
    expect(phraseAt(a, 3, MEETINGS, 1)).toBe(4);
    // (Another note in between: the table follows the tokens asked about.)
    expect(phraseAt(b, 0, CALLS, 0)).toBe(0);
    expect(phraseAt(b, 3, MEETINGS, 1)).toBe(2);
    expect(phraseAt(a, 3, MEETINGS, 1)).toBe(4);
    // A list made after a table was built is found too.
    const late = phraseList([['message', 'met']]);
    expect(phraseAt(b, 2, late, 1)).toBe(2);
  });
});

describe('reading between tokens in place', () => {
  const gap = fc.array(fc.constantFrom(' ', '-', ',', ':', '\u2013', '\u2014', '\n', '\t', '\u00a0', '"', '\u201c', 'x', '.'), { maxLength: 8 }).map((c) => c.join(''));
  it('answers what the regexes over a slice answered', () => {
    fc.assert(
      fc.property(gap, gap, gap, (before, mid, after) => {
        const text = before + mid + after;
        const [from, to] = [before.length, before.length + mid.length];
        expect(gapBreaks(text, from, to)).toBe(/[,:\u2013\u2014]|\s-\s/.test(mid));
        expect(gapBreaks(text, from, to, true)).toBe(/[,:"\u201c\u2013\u2014]|\s-\s/.test(mid));
        expect(gapBlankLine(text, from, to)).toBe(/\n\s*\n/.test(mid));
        expect(gapHas(text, from, to, 58)).toBe(mid.includes(':'));
      }),
    );
  });
});
