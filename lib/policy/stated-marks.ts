/**
 * Checklist marks, for the stated-contact recogniser (lib/policy/stated-contact.ts). A ticked item ("[x]", "✅", "✓",
 * "✔", "☑") is a statement of its own: the mark ends what came before it and is no word of the statement after it. An
 * empty box ("[ ]", "☐") marks a thing still to do: nothing after it, up to the next mark or sentence, is stated as made.
 */
import type { Token } from '../text/tokenize';
import type { Reader } from './stated-read';

const TICK = new Set(['\u2705', '\u2713', '\u2714', '\u2611', '\u2714\ufe0f', '\u2705\ufe0f']);
const EMPTY_BOX = /\[ ?\]|\u2610/;

/** Token k is a tick: a check mark, or the "x" of a ticked box "[x]". */
export function tickAt(r: Reader, k: number): boolean {
  const t = r.tokens[k];
  if (!t) return false;
  if (TICK.has(t.text)) return true;
  return t.text === 'x' && r.text[t.start - 1] === '[' && r.text[t.end] === ']';
}

/** An empty box right before token k ("[ ] TC w/ Jenna", "☐ call back"). */
export function emptyBoxBefore(r: Reader, k: number): boolean {
  const t = r.tokens[k];
  if (!t) return false;
  const prev = k > 0 ? (r.tokens[k - 1] as Token) : undefined;
  return prev?.text === '\u2610' || EMPTY_BOX.test(r.text.slice(prev ? prev.end : 0, t.start));
}
