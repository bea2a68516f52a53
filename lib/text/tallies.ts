/**
 * Tallies of tries: an attempt word right after the channel or contact it counts ("TC attempts: 3", "Phone contact
 * attempts 3/4, 3/6", "Home visit attempts", "TC tries x2", "TC efforts"), or a label that heads a list of tries
 * ("Attempts:", "Attempts made:", "Follow-up attempts -", "Contact attempts this month:", "Outreach log:"), records
 * tries, not a contact. Each event it covers gets a generic attempt before the events are settled: a failure that
 * says nothing of how, so a channel named alone ("TC 3/4") is no contact, while someone talking still outweighs it
 * ("Attempts: TC 3/4 NA. TC 3/6 w/ client, she reports …").
 * An attempt word anywhere else is no tally: "TC w/ client after two attempts", "her efforts in class", "she tries
 * hard". A "Contact log:" lists contacts, and a "Follow-up log:" entries that took place: neither heads tries.
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';
import type { AttemptKind, ContactEvent } from './event-types';
import { gapBreaks, gapHas } from './gaps';
import { partitionPoint } from './partition-point';

/** Words that count tries. */
const TRIES = new Set(['attempts', 'attempt', 'tries', 'try', 'atmpts']);
/** "Efforts" counts tries only beside a word of reaching someone ("TC efforts", "Outreach efforts:"); "her efforts in class" are hers. */
const EFFORTS = new Set(['efforts', 'effort']);
const REACHING = new Set(['outreach', 'contact', 'contacts', 'follow', 'phone', 'call', 'tc', 'engagement']);
/** A label of outreach alone ("Outreach:", "Outreach log:"). */
const OUTREACH = new Set(['outreach', 'log']);
/** A label this long is a heading; longer, it is a sentence with a colon in it. */
const LABEL_WORDS = 5;

/** Words that count the tries before "attempt" ("after 3 attempt", "after my two attempt", "after several attempt"). */
const COUNT = new Set([
  'two', 'three', 'four', 'five', 'several', 'multiple', 'many', 'few', 'numerous', 'repeated', 'my', 'our', 'the', 'a',
  'second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th', 'final', 'last',
]);

/**
 * "After 3 attempt, reached client by phone": the tries that came before a contact the sentence then makes outright
 * (someone reached, spoke, talked), not a failure of it. An attempt word after "after" and a count, with a success
 * after it in its sentence.
 */
export function triesBefore(tokens: Token[], matches: readonly Match[], k: number, m: Match): boolean {
  let b = m.tokStart - 1;
  let counted = false;
  while (b >= 0 && (tokens[b] as Token).clause === m.clause && ((tokens[b] as Token).numeric || COUNT.has((tokens[b] as Token).text))) {
    counted = true;
    b--;
  }
  if (!counted || tokens[b]?.text !== 'after' || (tokens[b] as Token).clause !== m.clause) return false;
  for (let j = k + 1; j < matches.length && (matches[j] as Match).clause === m.clause; j++) if ((matches[j] as Match).tags.includes('success')) return true;
  return false;
}

/** Every event a tally covers gets a generic attempt (lib/text/analyze.ts calls this before settling the events). */
export function markTallies(text: string, tokens: Token[], matches: readonly Match[], events: ContactEvent[]): void {
  if (events.length === 0) return;
  // (Matches and events are both in note order: one pointer finds each match's event, in linear time.)
  let p = -1;
  for (const m of matches) {
    if (!m.tags.includes('made') && !m.tags.some((t) => t.startsWith('mode:'))) continue;
    const k = tallyAfter(text, tokens, m.tokEnd, m.clause);
    if (k < 0) continue;
    while (p + 1 < events.length && (events[p + 1] as ContactEvent).start <= m.start) p++;
    const e = events[p];
    // (The event whose sentence holds the match, opened at or before it.)
    if (e && e.clause === m.clause) tried(e, tokens, k);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && (tokens[i - 1] as Token).clause === t.clause) continue;
    const { label, soft } = triesLabel(text, tokens, i);
    if (label < 0) continue;
    const [from, to] = labelScope(text, (tokens[label - 1] as Token).end);
    const word = firstTry(tokens, i, label);
    // (Under "Outreach log:" or "Outreach efforts:" only a bare entry is a try: a street team's "Outreach log: met with
    // client at the day center" met her.)
    for (let q = partitionPoint(events, (e) => e.start < from); q < events.length && (events[q] as ContactEvent).start < to; q++) {
      const e = events[q] as ContactEvent;
      if (!(soft && (e.party !== null || e.success || e.response))) tried(e, tokens, word);
    }
  }
}

/** The token of a tally word right after a contact's words ending at `k` (dates between: "TC 3/4 attempt #1"), or -1. */
function tallyAfter(text: string, tokens: Token[], k: number, clause: number): number {
  let j = k;
  while (tokens[j]?.clause === clause && (tokens[j] as Token).numeric && !gapBreaks(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)) j++;
  const t = tokens[j];
  if (!t || t.clause !== clause || gapBreaks(text, (tokens[j - 1] as Token).end, t.start)) return -1;
  return TRIES.has(t.text) || EFFORTS.has(t.text) ? j : -1;
}

/**
 * A label of tries opening the sentence at `i` ("Attempts:", "Follow-up attempts -", "Outreach log:"): the index of
 * the first token after it, or -1; `soft` when it names outreach but no attempt ("Outreach log:", "Outreach
 * efforts:"), where only a bare entry ("TC 3/4") is a try. Not a person's tries ("Client's attempts:", "Job search
 * attempts:" are her news).
 */
function triesLabel(text: string, tokens: Token[], i: number): { label: number; soft: boolean } {
  const clause = (tokens[i] as Token).clause;
  let tries = false;
  let reaching = false;
  let efforts = false;
  let outreachOnly = true;
  for (let j = i; j < i + LABEL_WORDS && tokens[j]?.clause === clause; j++) {
    const t = tokens[j] as Token;
    if (t.possessive || t.text === 'job' || t.text === 'search') break;
    tries ||= TRIES.has(t.text);
    efforts ||= EFFORTS.has(t.text);
    reaching ||= REACHING.has(t.text);
    outreachOnly &&= OUTREACH.has(t.text) && (t.text === 'outreach') === (j === i);
    // (Up to the next word, in this sentence or the next: "Attempts:\nTC 3/4" ends its label at the line break.)
    if (!labelEnd(text, t.end, tokens[j + 1]?.start ?? text.length)) continue;
    if (tries || (efforts && reaching) || outreachOnly) return { label: j + 1, soft: !tries };
    break;
  }
  return NO_LABEL;
}
const NO_LABEL = { label: -1, soft: false };

/** text[from, to) ends a label: a colon, or a dash with space on both sides. */
function labelEnd(text: string, from: number, to: number): boolean {
  return gapHas(text, from, to, 58) || (gapBreaks(text, from, to) && !gapHas(text, from, to, 44));
}

/**
 * What a label covers: the rest of its sentence ("Attempts: TC 3/4; TC 3/6."), or, when it ends its line, the lines
 * under it up to a blank line ("Attempts:\nTC 3/4\nTC 3/6").
 */
function labelScope(text: string, from: number): [number, number] {
  const end = lineEndAfter(text, from);
  const rest = text.slice(from, end);
  if (/[^\s:\u2013\u2014-]/.test(rest)) {
    const stop = rest.search(/[.!?](?:\s|$)/);
    return [from, stop < 0 ? end : from + stop];
  }
  const blank = /\n[^\S\n]*\n/g;
  blank.lastIndex = end;
  const hit = blank.exec(text);
  return [from, hit ? hit.index : text.length];
}

function lineEndAfter(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** The label's own word of trying, for the reason to quote (its first word when it has none: "Outreach"). */
function firstTry(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (TRIES.has((tokens[j] as Token).text) || EFFORTS.has((tokens[j] as Token).text)) return j;
  return from;
}

const KIND: Record<string, AttemptKind> = { 'in-person': 'visit', letter: 'response', email: 'response', text: 'response' };

/** The event records a try: a generic attempt at token `k`. */
function tried(e: ContactEvent, tokens: Token[], k: number): void {
  const t = tokens[k] as Token;
  if (e.attempts.some((a) => a.start === t.start)) return;
  const at = e.attempts.findIndex((a) => a.start > t.start);
  e.attempts.splice(at < 0 ? e.attempts.length : at, 0, { start: t.start, end: t.end, kind: KIND[e.channel ?? ''] ?? 'call', phrase: t.text, tokEnd: k + 1, generic: true });
}
