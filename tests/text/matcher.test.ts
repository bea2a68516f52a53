// @vitest-environment node
/**
 * The phrase matcher (lib/text/matcher.ts) is tuned for speed (a token trie walked once per
 * token). Here it is held to the plainest reading of what it promises: at each token, the
 * longest listed phrase that starts there within one sentence, by its canonical words, and
 * on from the end of it. Checked on every corpus note (all splits; nothing of a note is
 * printed but the matched vocabulary phrase) and on random strings of vocabulary words.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { createMatcher, type Match, type Matcher } from '../../lib/text/matcher';
import { tokenize } from '../../lib/text/tokenize';
import { TAGS, VOCABULARY, type Tag, type Vocabulary } from '../../lib/text/vocabulary';
import { corpusNotes } from '../cli/corpus-notes';

const FUTURE = new Set(['will', 'next', 'scheduled', 'schedule', 'plan', 'plans']);

function reference(m: Matcher, extra: Vocabulary) {
  const phrases = new Map<string, Tag[]>();
  let longest = 1;
  for (const tag of TAGS) {
    for (const p of [...(VOCABULARY[tag] ?? []), ...(extra[tag] ?? [])]) {
      const words = tokenize(p).map((t) => m.canonical(t.text));
      if (words.length === 0) continue;
      longest = Math.max(longest, words.length);
      const key = words.join(' ');
      const tags = phrases.get(key) ?? [];
      if (!tags.includes(tag)) tags.push(tag);
      phrases.set(key, tags);
    }
  }
  for (const [key, tags] of phrases) if (FUTURE.has(key.split(' ')[0] ?? '') && !tags.includes('irrealis')) tags.push('irrealis');
  return (text: string): Match[] => {
    const tokens = tokenize(text);
    const words = tokens.map((t) => m.canonical(t.text));
    const out: Match[] = [];
    for (let i = 0; i < tokens.length; ) {
      const first = tokens[i];
      let found = 0;
      for (let n = Math.min(longest, tokens.length - i); n > 0 && found === 0; n--) {
        if (tokens[i + n - 1]?.clause !== first?.clause) continue;
        if (phrases.has(words.slice(i, i + n).join(' '))) found = n;
      }
      if (found === 0 || !first) {
        i++;
        continue;
      }
      const phrase = words.slice(i, i + found).join(' ');
      out.push({ tags: phrases.get(phrase) ?? [], phrase, tokStart: i, tokEnd: i + found, start: first.start, end: tokens[i + found - 1]?.end ?? 0, clause: first.clause });
      i += found;
    }
    return out;
  };
}

const sameMatches = (m: Matcher, ref: (t: string) => Match[], text: string) => {
  const got = m.match(text);
  // Compared as text, so a failure names notes by index and never prints their words.
  return JSON.stringify(got.tokens) === JSON.stringify(tokenize(text)) && JSON.stringify(got.matches) === JSON.stringify(ref(text));
};

describe('the phrase matcher', () => {
  let texts: string[] = [];
  beforeAll(async () => {
    texts = (await corpusNotes()).map((n) => n.text);
  });
  for (const [name, extra] of [['built-in vocabulary', {}], ["Missouri pack's phrases", PACKS['mo-dwd-toolbox'].phrases], ["Minnesota pack's phrases", PACKS['mn-wf1'].phrases]] as const) {
    it(`finds the longest phrase at each token, as a plain search does (${name}, every corpus note)`, () => {
      const m = createMatcher(extra);
      const ref = reference(m, extra);
      const differ = texts.map((t, i) => (sameMatches(m, ref, t) ? -1 : i)).filter((i) => i >= 0);
      expect(differ).toEqual([]);
    });
  }

  it('does the same on random strings of vocabulary words, typos and punctuation', () => {
    const m = createMatcher();
    const ref = reference(m, {});
    const words = [...new Set(Object.values(VOCABULARY).flatMap((ps) => (ps ?? []).flatMap((p) => p.split(' '))))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('.', ',', ';', '\n', ' | ', "'s", 'voicemial', 'Particpant', 'CUST', '3/15', '"'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
        expect(sameMatches(m, ref, ps.join(' '))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
