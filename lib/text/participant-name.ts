/**
 * The participant by name. A note that establishes a first name as the participant's may then write that name where
 * it would write "cust": "Aaron said he passed …", "Deshawn replied 3/4: …". A name is established, in the note's own
 * words, only by
 *   - a participant word right before it: "cust Deshawn", "client (Deshawn)";
 *   - a participant word in brackets right after it: "Marisol (participant)";
 *   - its plan or file: "Aaron's IEP", "Kenji's ISS";
 *   - a participant label of its own: "Participant: Kenji Sato", "Client name: Kenji Sato" (the name alone on the line).
 * A name the note also shows as someone else's ("instructor Deshawn", "her sister Ana", "Ana (mother)") is never
 * established. Every other capitalised use of an established name is then read as a participant word: the reader,
 * its gate and its reasons treat it as they treat "cust" (never more: a plan, a try, someone else's report stay so).
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';
import type { Tag } from './vocabulary';

const PARTICIPANT_TAGS: readonly Tag[] = ['party:participant'];
/** What a possessive name may own that makes it the participant's: their plan, file or enrolment. */
const OWNED = new Set(['iep', 'iss', 'ep', 'ita', 'isp', 'itsp', 'file', 'enrollment', 'enrolment', 'employment']);
/** Capitalised words that are never a first name here. */
const NOT_A_NAME = new Set(
  ('i the a an and or but to of in on at for with from by is was he she they his her their my our we you it this that per re ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today yesterday').split(' '),
);

const isParticipant = (m: Match) => m.tags.includes('party:participant');
const isSomeoneElse = (m: Match) => m.tags.some((t) => t.startsWith('party:') && t !== 'party:participant');

export function nameParticipant(text: string, tokens: Token[], matches: Match[]): void {
  if (tokens.length === 0) return;
  const at = new Array<Match | undefined>(tokens.length);
  for (const m of matches) for (let t = m.tokStart; t < m.tokEnd; t++) at[t] = m;
  /** A plain capitalised word no list knows, that is not an acronym. */
  const nameAt = (t: number) => {
    const w = tokens[t];
    if (!w || !w.capitalised || w.numeric || at[t] !== undefined || w.text.length < 2 || NOT_A_NAME.has(w.text)) return false;
    const raw = text.slice(w.start, w.end).replace(/'s$/i, '');
    return raw !== raw.toUpperCase();
  };
  const gap = (a: number, b: number) => text.slice((tokens[a] as Token).end, (tokens[b] as Token).start);
  const names = new Set<string>();
  /** Names shown as someone else's, with the words that showed it ("her sister Ana": Ana is a sister). */
  const others = new Map<string, Match>();
  for (let t = 0; t < tokens.length; t++) {
    if (!nameAt(t)) continue;
    const w = tokens[t] as Token;
    const before = at[t - 1];
    const after = at[t + 1];
    const sameBefore = before !== undefined && tokens[t - 1]?.clause === w.clause && before.tokEnd === t;
    const sameAfter = after !== undefined && tokens[t + 1]?.clause === w.clause && after.tokStart === t + 1;
    // "her sister Ana", "instructor Deshawn", "Ana (mother)": someone else's name.
    if (sameBefore && isSomeoneElse(before)) {
      others.set(w.text, before);
      continue;
    }
    if (sameAfter && isSomeoneElse(after) && gap(t, t + 1).includes('(')) {
      others.set(w.text, after);
      continue;
    }
    if (sameBefore && isParticipant(before) && !tokens[t - 1]?.possessive && /^[\s(]*$/.test(gap(t - 1, t))) names.add(w.text);
    else if (sameAfter && isParticipant(after) && /^\s*\($/.test(gap(t, t + 1))) names.add(w.text);
    else if (w.possessive && OWNED.has(tokens[t + 1]?.text ?? '') && tokens[t + 1]?.clause === w.clause) names.add(w.text);
    else if (labelled(text, tokens, at, t)) names.add(w.text);
  }
  for (const n of others.keys()) names.delete(n);
  // Only where a participant's name is in play: then whoever else is named must not be taken for them ("Ana called").
  if (names.size === 0) return;
  const added: Match[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t] as Token;
    if (!nameAt(t)) continue;
    const role = others.get(w.text);
    if (role) added.push({ tags: role.tags, phrase: role.phrase, tokStart: t, tokEnd: t + 1, start: w.start, end: w.end, clause: w.clause });
    else if (names.has(w.text)) added.push({ tags: PARTICIPANT_TAGS, phrase: 'participant', tokStart: t, tokEnd: t + 1, start: w.start, end: w.end, clause: w.clause });
  }
  matches.push(...added);
  matches.sort((x, y) => x.tokStart - y.tokStart);
}

/** "Participant: Kenji Sato", "Client name: Kenji Sato": a participant label, a colon, and the name alone on its line. */
function labelled(text: string, tokens: Token[], at: Array<Match | undefined>, t: number): boolean {
  let l = t - 1;
  if (tokens[l]?.text === 'name') l--;
  const label = at[l];
  if (!label || !isParticipant(label) || label.tokEnd !== l + 1 + (tokens[l + 1]?.text === 'name' ? 1 : 0)) return false;
  const colon = text.slice((tokens[t - 1] as Token).end, (tokens[t] as Token).start);
  if (!/^\s*:\s*$/.test(colon) || colon.includes('\n')) return false;
  // The label opens its line.
  const lineStart = text.lastIndexOf('\n', label.start) + 1;
  if (text.slice(lineStart, label.start).trim() !== '') return false;
  // The name (a word or two) is all that is on the line.
  let k = t + 1;
  while (k < t + 3 && tokens[k] && !text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start).includes('\n') && tokens[k]?.capitalised) k++;
  const end = tokens[k] ? (tokens[k] as Token).start : text.length;
  return !/[^\s]/.test(text.slice((tokens[k - 1] as Token).end, end).split('\n')[0] ?? '') && (tokens[k] === undefined || text.slice((tokens[k - 1] as Token).end, end).includes('\n'));
}
