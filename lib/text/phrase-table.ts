/**
 * Many small word lists asked about, token by token, over and over (the stated-contact recogniser asks
 * "does a phrase of this list start here?" dozens of times a token). Every list is compiled once per process into
 * one shared trie over words; a note's tokens are walked through it once, and the longest phrase of every list
 * starting at every token is kept in a table, so each later question is an array read. The lists' words and what
 * they mean stay with their owners: this only finds them.
 */
import type { Token } from './tokenize';

/**
 * A word list as its owner builds it: phrases (word arrays) keyed by first word, longest first, so `has(word)`
 * still answers "does a phrase start with this word"; `slot` is its column in the table.
 */
export type PhraseList = Map<string, string[][]> & { readonly slot: number };

interface Node {
  next: Map<string, Node> | null;
  /** The lists one of whose phrases ends here. */
  ends: number[] | null;
}

const root: Node = { next: new Map(), ends: null };
let slots = 0;
let longest = 1;

/** Registers a list (phrases as word arrays) in the shared trie. */
export function phraseList(phrases: readonly (readonly string[])[]): PhraseList {
  const list = new Map<string, string[][]>() as Map<string, string[][]> & { slot: number };
  list.slot = slots++;
  for (const p of phrases) {
    if (p.length === 0) continue;
    const first = list.get(p[0] as string) ?? [];
    first.push([...p]);
    first.sort((a, b) => b.length - a.length);
    list.set(p[0] as string, first);
    longest = Math.max(longest, p.length);
    let node = root;
    for (const w of p) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) {
        child = { next: null, ends: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.ends ??= [];
    if (!node.ends.includes(list.slot)) node.ends.push(list.slot);
  }
  return list;
}

// The table of the last token list asked about (the recogniser reads one note at a time): length of the longest
// phrase of list s starting at token k, at [k * width + s]. Reused from note to note.
let tableOf: readonly Token[] | null = null;
let width = 0;
let table = new Uint8Array(1 << 12);

function build(tokens: readonly Token[]): void {
  const n = tokens.length;
  width = slots;
  const need = n * width;
  if (table.length < need) table = new Uint8Array(Math.max(need, table.length * 2));
  else table.fill(0, 0, need);
  const top = root.next as Map<string, Node>;
  for (let k = 0; k < n; k++) {
    const first = tokens[k] as Token;
    let node = top.get(first.text);
    if (!node) continue;
    const row = k * width;
    // Phrases never cross a sentence; a longer phrase of a list overwrites a shorter one.
    for (let j = k; ; ) {
      if (node.ends) for (const s of node.ends) table[row + s] = j - k + 1;
      j++;
      if (j >= n || j - k >= longest || !node.next) break;
      const t = tokens[j] as Token;
      if (t.clause !== first.clause) break;
      const child: Node | undefined = node.next.get(t.text);
      if (!child) break;
      node = child;
    }
  }
  tableOf = tokens;
}

/** Length of the longest phrase of `list` starting at token i within clause c (0 when none). */
export function phraseAt(tokens: readonly Token[], i: number, list: PhraseList, c: number): number {
  const first = tokens[i];
  if (!first || first.clause !== c) return 0;
  // (A list made after the table was built is not in it: build again.)
  if (tokens !== tableOf || list.slot >= width) build(tokens);
  return table[i * width + list.slot] as number;
}
