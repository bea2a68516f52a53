/**
 * Finds vocabulary phrases in a note. The phrases are compiled once into a
 * token trie; the note is tokenised once and each token starts at most one
 * walk down the trie (bounded by the longest phrase), taking the longest
 * phrase that matches. No regex per phrase, no backtracking: linear time.
 */
import { tokenize, type Token } from './tokenize';
import { FUZZY_TARGETS, TAGS, TOKEN_ALIASES, VOCABULARY, type Tag, type Vocabulary } from './vocabulary';

export interface Match {
  tags: readonly Tag[];
  /** The phrase as listed in the vocabulary (canonical tokens joined by spaces). */
  phrase: string;
  /** Index of the first and one-past-last token. */
  tokStart: number;
  tokEnd: number;
  /** Character offsets in the note. */
  start: number;
  end: number;
  clause: number;
}

interface TrieNode {
  /** Null at a leaf: most of the vocabulary's nodes end a phrase, and a Map each is a noticeable part of start-up. */
  next: Map<string, TrieNode> | null;
  tags?: Tag[];
  phrase?: string;
}

export interface Matcher {
  match(text: string): { tokens: Token[]; matches: Match[] };
  /** Canonical form of one token after aliases and typo repair (exposed for tests). */
  canonical(word: string): string;
}

const ALIASES = new Map(Object.entries(TOKEN_ALIASES));
const alias = (w: string) => ALIASES.get(w) ?? w;

const PLAIN = /^[a-z]+(?: [a-z]+)*$/;

/** First words that announce a future or requested contact ("will call", "next TC"). */
const FUTURE = new Set(['will', 'next', 'scheduled', 'schedule', 'plan', 'plans']);

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Builds a matcher for the built-in vocabulary plus any extra phrases a policy pack adds. */
export function createMatcher(extra: Vocabulary = {}): Matcher {
  const root: TrieNode = { next: new Map() };
  const rootNext = root.next as Map<string, TrieNode>;
  const known = new Set<string>();
  let longest = 1;

  const add = (phrase: string, tag: Tag) => {
    // Most phrases are plain lower-case words, which tokenize would only split at the spaces.
    const words = (PLAIN.test(phrase) ? phrase.split(' ') : tokenize(phrase).map((t) => t.text)).map(alias);
    if (words.length === 0) return;
    longest = Math.max(longest, words.length);
    let node = root;
    for (const w of words) {
      known.add(w);
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) {
        child = { next: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.tags ??= [];
    if (!node.tags.includes(tag)) node.tags.push(tag);
    node.phrase ??= words.join(' ');
  };
  for (const tag of TAGS) {
    for (const p of VOCABULARY[tag] ?? []) add(p, tag);
    for (const p of extra[tag] ?? []) add(p, tag);
  }
  // Phrases that announce a future or requested contact ("will call", "next TC") also mark what follows as not-yet-happened.
  const markIrrealis = (node: TrieNode) => {
    if (node.tags && !node.tags.includes('irrealis')) node.tags.push('irrealis');
    if (node.next) for (const child of node.next.values()) markIrrealis(child);
  };
  for (const [w, child] of rootNext) if (FUTURE.has(w)) markIrrealis(child);

  // One-typo repair (symmetric deletion): a typed word and a target word match when one
  // deletion from either side makes them equal. Ambiguous repairs are dropped.
  const repair = new Map<string, string | null>();
  const offer = (key: string, target: string) => {
    const seen = repair.get(key);
    if (seen === undefined) repair.set(key, target);
    else if (seen !== target) repair.set(key, null);
  };
  for (const target of FUZZY_TARGETS) {
    offer(target, target);
    for (const d of deletions(target)) offer(d, target);
  }
  const isAlpha = (w: string) => /^[a-z]+$/.test(w);
  // Notes repeat their words; remembering repairs keeps the per-token cost flat (bounded so memory is too).
  const memo = new Map<string, string>();
  const canonical = (word: string): string => {
    const hit = memo.get(word);
    if (hit !== undefined) return hit;
    const out = repairWord(word);
    if (memo.size < 20_000) memo.set(word, out);
    return out;
  };
  const repairWord = (word: string): string => {
    const w = alias(word);
    if (known.has(w) || w.length < 7 || w.length > 20 || !isAlpha(w)) return w;
    const direct = repair.get(w);
    if (direct) return direct;
    let found: string | null = null;
    for (const d of deletions(w)) {
      const t = repair.get(d);
      if (t === null) return w;
      if (t !== undefined) {
        if (found !== null && found !== t) return w;
        found = t;
      }
    }
    return found ?? w;
  };

  // A typed word's canonical form and the trie's first step on it, remembered together: one lookup a token, not two.
  interface Word {
    canonical: string;
    first: TrieNode | undefined;
  }
  const seen = new Map<string, Word>();
  const wordOf = (word: string): Word => {
    let w = seen.get(word);
    if (w === undefined) {
      const c = canonical(word);
      w = { canonical: c, first: rootNext.get(c) };
      if (seen.size < 20_000) seen.set(word, w);
    }
    return w;
  };
  // Each token's word, reused from note to note (match never runs re-entrantly).
  const words: Word[] = [];
  return {
    canonical,
    match(text) {
      const tokens = tokenize(text);
      for (let t = 0; t < tokens.length; t++) words[t] = wordOf((tokens[t] as Token).text);
      const matches: Match[] = [];
      let i = 0;
      while (i < tokens.length) {
        let node: TrieNode | undefined = (words[i] as Word).first;
        let best: TrieNode | null = null;
        let bestEnd = 0;
        const first = tokens[i] as Token;
        // Phrases never cross a sentence boundary.
        for (let j = i; node && j < tokens.length && j - i < longest; j++) {
          const tok = tokens[j] as Token;
          if (tok.clause !== first.clause) break;
          if (j > i) node = node.next?.get((words[j] as Word).canonical);
          if (!node) break;
          if (node.tags) {
            best = node;
            bestEnd = j + 1;
          }
        }
        if (best && best.tags) {
          const last = tokens[bestEnd - 1] as Token;
          matches.push({
            tags: best.tags,
            phrase: best.phrase ?? '',
            tokStart: i,
            tokEnd: bestEnd,
            start: first.start,
            end: last.end,
            clause: first.clause,
          });
          i = bestEnd;
        } else {
          i++;
        }
      }
      return { tokens, matches };
    },
  };
}
