/**
 * The second key's reading of a written reply with no sender named, right after the writer's own message to the
 * participant: "Texted her 3/4 asking about class. Replied she passed her CNA skills test.", "E-mailed re: FAFSA; wrote
 * back the same day that it's submitted". The sentence (or the part after a semicolon) before it opens with the writer
 * writing (texted, e-mailed, messaged) and names nobody else; the reply opens its own sentence, and after its date her
 * news follows in the third person ("she passed") or after "that" (not "that I would call"). Its own word lists, apart
 * from the reader's (lib/text/reply-after-ours.ts) (tests/policy/replies-after-ours.test.ts).
 */
import { phraseAt as at } from '../text/phrase-table';
import type { Token } from '../text/tokenize';
import type { Reader } from './stated-read';
import * as W from './stated-words';

const WHEN = new Set(['the', 'same', 'day', 'on', 'later', 'today', 'tonight', 'this', 'morning', 'afternoon', 'evening', 'within', 'an', 'hour', 'right', 'away', 'quickly']);
const HER = new Set(['she', 'he', 'they', 'that']);
const OURS = new Set(['i', 'we', 'cm', 'writer', 'me']);
/** What she is told to do or may do ("Replied 3/5 that she needs to bring …", "that she is welcome to come in"): the
 * writer's answer, not her news. */
const TOLD = new Set(['need', 'needs', 'must', 'should', 'has', 'have', 'can', 'could', 'may', 'might', 'will', 'would', 'shall', 'welcome', 'ought', 'required', 'expected', 'allowed', 'please']);

/** Where the participant's reply stated at `s` ends (a token index), or 0 when `s` opens none. */
export function replyAfterOurs(r: Reader, s: number, c: number): number {
  const { tokens } = r;
  const n = at(tokens, s, W.REPLIED, c);
  if (!n) return 0;
  let k = s + n;
  while (tokens[k]?.clause === c && ((tokens[k] as Token).numeric || WHEN.has((tokens[k] as Token).text))) k++;
  const w = tokens[k];
  if (!w || w.clause !== c || !HER.has(w.text) || (w.text === 'that' && OURS.has(tokens[k + 1]?.text ?? '')) || tokens[k + 1]?.clause !== c) return 0;
  if (tokens.slice(k + 1, k + 4).some((t) => t.clause === c && TOLD.has(t.text))) return 0;
  // The writer's message, opening the sentence before: only dates or the writer before its verb, nobody else in it.
  const prev = c - 1;
  let p = s - 1;
  while (p > 0 && (tokens[p - 1] as Token).clause === prev) p--;
  if (tokens[p]?.clause !== prev) return 0;
  while (tokens[p]?.clause === prev && ((tokens[p] as Token).numeric || OURS.has((tokens[p] as Token).text))) p++;
  if (!at(tokens, p, W.WROTE, prev) || r.someoneAt.some((q) => (tokens[q] as Token).clause === prev)) return 0;
  return k + 1;
}
