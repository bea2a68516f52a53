/**
 * The facts about a note the rules ask for besides its contacts: a results field holding only a
 * plan, template blanks, identifiers (SSN, date of birth), how many distinct words carry meaning,
 * percentages. lib/text/analyze.ts gathers them into the note's analysis.
 */
import type { DateSpan } from '../dates';
import type { Match } from './matcher';
import type { Token } from './tokenize';
import type { Tag } from './vocabulary';
import { TagIndex, type Span } from './event-types';
import { CARRY_MARK } from './history';
import { STOP } from './settle';

/** A form's fields that record what the contact brought ("Contact With: Client", "Results: No change"), filled in (not "[results]"). */
export const RESULT_FIELD = /^[ \t]*(?:contact with|results?|outcome|discussion|discussed|summary)[ \t]*:[ \t]*[^\s[]/im;

const PLAN_TAGS: Tag[] = ['next-step', 'irrealis'];
const RESULTS_INLINE = /\b(?:results?|outcome)[ \t]*:/i;
/** Every sentence of the results field's text plans ("will", "scheduled", "next week") and none of the note's progress
 * is told outside a plan: the field records what is to come, not what the contact brought. */
export function resultsOnlyPlan(text: string, tokens: Token[], tagged: TagIndex): boolean {
  // (Inline too: "Monthly contact - phone. Results: will call back.")
  const field = RESULTS_INLINE.exec(text);
  if (!field) return false;
  const colon = text.indexOf(':', field.index);
  const nl = text.indexOf('\n', colon);
  const end = nl < 0 ? text.length : nl;
  const planClauses = new Set<number>();
  for (const tag of PLAN_TAGS) for (const m of tagged.get(tag) ?? []) planClauses.add(m.clause);
  const clauses = new Set<number>();
  for (const t of tokens) if (t.start > colon && t.start < end) clauses.add(t.clause);
  if (clauses.size === 0) return false;
  for (const c of clauses) if (!planClauses.has(c)) return false;
  for (const tag of ['progress:strong', 'progress:weak'] as Tag[]) for (const m of tagged.get(tag) ?? []) if (!planClauses.has(m.clause)) return false;
  return true;
}

/** Numbers followed by a percent sign ("96% attendance"). */
export function percentages(text: string, tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.numeric && text.charCodeAt(t.end) === 37) n++;
  return n;
}

export function mask(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    // (Spans may overlap: a blank inside copied text.)
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += text.slice(at, from) + ' '.repeat(s.end - from);
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * "[Created by: tmoore 03/02/2026 2:41 PM]", "[Added after]", "[Entered on 3/5]": the case system's own stamp on a
 * note (who saved it, when, a late addition), filled in by the system, not a blank the writer left; and a texting
 * platform's on a message ("[Delivered]", "[Read 9:40 AM]", "[Translated from Somali]"; not "[Undelivered]", a failure).
 */
const SYSTEM_STAMP =
  /^(?:(?:created|entered|added|edited|modified|updated|signed|saved|posted|logged|amended)(?:\s+(?:by|on|at|after|in)\b|\s*:|\s+\d)|(?:delivered|read|seen|sent|opened)(?:\s+\d|$)|(?:auto.?)?translated(?:\s+from\s+[a-z]+)?$)/;

/** "[participant name]", "[[date]]": blanks of an unfilled template (short, on one line). */
export function findPlaceholders(text: string): Span[] {
  const out = bracketed(text, false);
  // (And a form's type line still listing its choices: "Contact Method: Phone / In Person / Email", "(select one)".)
  if (/\/|\bor\b|\(\s*(?:select|choose|pick|check)/i.test(text)) {
    CHOICES.lastIndex = 0;
    for (let m = CHOICES.exec(text); m; m = CHOICES.exec(text)) {
      const value = m[1] as string;
      const start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.length });
    }
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}
const TYPE_WORD = '(?:in[\\s-]?person|phone|telephone|e-?mail|text|letter|video|virtual|(?:office|home)\\s+visit)';
/** A form's type label, then only its choices (two or more, "/" or "or" between them) or "(select one)", to the line's end. */
const CHOICES = new RegExp(
  `^[ \\t*•-]*(?:contact\\s*(?:type|method|mode)|type\\s+of\\s+contact|method(?:\\s+of\\s+contact)?|mode)\\s*:[ \\t]*((?:\\(\\s*(?:select|choose|pick|check)\\b[^)\\n]{0,20}\\)[ \\t]*)?(?:${TYPE_WORD}(?:[ \\t]*(?:\\/|\\bor\\b)[ \\t]*${TYPE_WORD})+|\\(\\s*(?:select|choose|pick|check)\\b[^)\\n]{0,20}\\)))[ \\t]*$`,
  'gim',
);

/** The system's stamps in brackets ("[Created by: …]"): not what happened, so not read, but no blank either. */
export function findStamps(text: string): Span[] {
  return text.includes('[') ? bracketed(text, true) : [];
}

function bracketed(text: string, stamps: boolean): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) open = i;
    else if (c === 10) open = -1;
    else if (c === 93 && open >= 0) {
      const inner = text.slice(open + 1, i).replace(/[[\]]/g, '').trim().toLowerCase();
      // Our templates' blanks are doubled ("[[date]]"): the span is the whole blank, so typing over it leaves no stray bracket.
      const doubled = open > 0 && text.charCodeAt(open - 1) === 91 && text.charCodeAt(i + 1) === 93;
      if (inner.length >= 2 && inner.length <= 40 && /[a-z]/.test(inner) && inner !== 'sic' && !CARRY_MARK.test(inner) && SYSTEM_STAMP.test(inner) === stamps) {
        out.push(doubled ? { start: open - 1, end: i + 2 } : { start: open, end: i + 1 });
      }
      open = -1;
    }
  }
  return out;
}

/** Distinct meaningful words, counted up to a cap: the rules only ask "at least 7?" or "at least 10?". */
const CONTENT_CAP = 64;
/**
 * Which note last counted each word: a word is new to this note when its mark is not this note's. One map for the
 * whole run (cleared when it grows large) instead of a scan of the words so far at every token.
 */
const countedIn = new Map<string, number>();
/** A stop word's mark in countedIn: never counted (one lookup a word answers both questions). */
const STOPPED = -1;
let noteNo = 0;
export function distinctContentWords(tokens: Token[]): number {
  if (countedIn.size > 50_000 || countedIn.size === 0) {
    countedIn.clear();
    for (const w of STOP) countedIn.set(w, STOPPED);
  }
  const mark = ++noteNo;
  let n = 0;
  for (const t of tokens) {
    const w = t.text;
    if (t.numeric || w.length < 2) continue;
    const seen = countedIn.get(w);
    if (seen === mark || seen === STOPPED) continue;
    countedIn.set(w, mark);
    if (++n >= CONTENT_CAP) break;
  }
  return n;
}

const SSN = /(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])/g;

/** SSNs (123-45-6789, or nine digits after an SSN label) and dates of birth beside a DOB label (after it, or just before it in the same sentence). */
export function findPii(text: string, tokens: Token[], ssnLabels: Match[], dobLabels: Match[], dates: DateSpan[], blanks: readonly Span[] = []): Array<Span & { kind: 'ssn' | 'dob' }> {
  const out: Array<Span & { kind: 'ssn' | 'dob' }> = [];
  SSN.lastIndex = 0;
  for (let m = SSN.exec(text); m; m = SSN.exec(text)) out.push({ kind: 'ssn', start: m.index, end: m.index + m[0].length });
  for (const label of ssnLabels) {
    // Bare nine digits only count after a label; "123-45-6789" was found above without one.
    for (let k = label.tokEnd; k < Math.min(tokens.length, label.tokEnd + 4); k++) {
      const t = tokens[k];
      if (t && t.numeric && t.end - t.start === 9) {
        out.push({ kind: 'ssn', start: label.start, end: t.end });
        break;
      }
    }
  }
  let d = 0;
  for (const label of dobLabels) {
    while (d < dates.length && (dates[d] as DateSpan).start < label.end) d++;
    const next = dates[d];
    if (next && next.start - label.end <= 12) {
      out.push({ kind: 'dob', start: label.start, end: next.end });
      continue;
    }
    // The label after its date in the same sentence: "01/02/1980 (her DOB)".
    const before = d > 0 ? (dates[d - 1] as DateSpan) : undefined;
    if (before && before.end <= label.start && label.start - before.end <= 8 && !/[.;!?\n]/.test(text.slice(before.end, label.start))) {
      out.push({ kind: 'dob', start: before.start, end: label.end });
    }
  }
  // A blank is hidden from the label reader (it is not what happened), but a birth date typed into it is still there.
  for (const b of blanks) {
    BLANK_DOB.lastIndex = b.start;
    const label = BLANK_DOB.exec(text);
    if (!label || label.index >= b.end) continue;
    const labelEnd = label.index + label[0].length;
    const date = dates.find((d) => d.start >= labelEnd && d.end <= b.end && d.start - labelEnd <= 12);
    if (date) out.push({ kind: 'dob', start: label.index, end: date.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
const BLANK_DOB = /\b(?:d\.?o\.?b\b\.?|date of birth|birth ?date|born on|b-?day|birthday)/gi;
