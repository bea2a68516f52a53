/**
 * Reads a note once: tokens, vocabulary matches, contact events (lib/text/events.ts)
 * with who each was with, what came of it and when, plus the facts the rules ask
 * about (dates, progress evidence, identifiers). The policy decides what it means.
 */
import type { ContactType, Party } from '../model';
import { findDatesInText, type DateSpan } from '../dates';
import { createMatcher, type Match, type Matcher } from './matcher';
import type { Token } from './tokenize';
import type { Tag, Vocabulary } from './vocabulary';
import { readThread } from './threads';
import { readHeaders } from './headers';
import { CARRY_MARK, carriedForward } from './history';
import { SPANISH_MESSAGE } from './vocabulary-es';
import { absorbDeclared, absorbHeadings, datesOf, resolveParties, settle, STOP } from './settle';
import { TagIndex } from './event-types';
import { isWrittenChannel, readEvents, type Attempt, type ContactEvent, type MentionedContact, type PartyMention, type Span } from './events';

export { isWrittenChannel } from './events';
export type { Attempt, AttemptKind, Channel, ContactEvent, MentionedContact, Outcome, PartyMention, Span } from './events';

export interface NoteAnalysis {
  tokens: Token[];
  matches: Match[];
  events: ContactEvent[];
  /** Contacts named but not made by the writer: planned ones and ones someone else reports. */
  mentioned: MentionedContact[];
  parties: PartyMention[];
  /** Contact type read from the text alone (the structured field is applied later). */
  textContactType: ContactType | null;
  /** The party of the contact that counts (or of the first contact when none connected). */
  party: Party | null;
  /** The event the verdict rests on: the best connected contact, else the pending letter, else the first attempt. */
  chosen: ContactEvent | null;
  /** Some contact in the note connected (two-way, or a documented reply to a letter/e-mail). */
  anySuccess: boolean;
  /** A letter/e-mail/text that went out with no failure of its own and no reply yet (null when none). */
  pendingWritten: ContactEvent | null;
  attempts: Attempt[];
  byTag: (tag: Tag) => Match[];
  dates: DateSpan[];
  relativeDate: boolean;
  /** Distinct words that carry meaning (not stop words, not numbers), for the "too thin" check. */
  contentWords: number;
  /** Concrete progress evidence: strong progress words plus percentages ("96% attendance"). */
  progressEvidence: number;
  /** The form's results field ("Results:", "Outcome:") is filled in with nothing but a plan ("will call back next week"). */
  resultsOnlyPlan: boolean;
  /** Unfilled template blanks ("[participant name]", "[[date]]"): the note is not finished. */
  placeholders: Span[];
  pii: Array<Span & { kind: 'ssn' | 'dob' }>;
}

/** A message left with someone (a receptionist, a roommate): still an attempt to reach the participant. */
const LEFT_WORD = new Set([
  'left message with', 'left a message with', 'left msg with', 'left word with', 'took a message', 'took message', 'took msg', 'take a message',
  'took a msg', 'have her call', 'have him call', 'have client call', 'have cust call', 'have them call', 'to have her call', 'to have him call',
  'to have client call', 'to have cust call', 'to have them call', 'to have participant call', 'to have youth call', 'left message', 'lm',
  ...SPANISH_MESSAGE,
]);
/** In-person beats telephone beats e-mail beats letter when one note records several contacts. */
const MODE_RANK: Record<ContactType, number> = { 'in-person': 0, telephone: 1, email: 2, letter: 3 };

/** A form's fields that record what the contact brought ("Contact With: Client", "Results: No change"), filled in (not "[results]"). */
const RESULT_FIELD = /^[ \t]*(?:contact with|results?|outcome|discussion|discussed|summary)[ \t]*:[ \t]*[^\s[]/im;

/** Words that put a staff title somewhere else: "shelter staff", "prior case manager", "her caseworker". */
const ELSEWHERE = new Set([
  'previous', 'prior', 'former', 'old', 'outgoing', 'other', 'shelter', 'hospital', 'county', 'housing', 'clinic', 'her', 'his', 'their',
]);
/** The title the writer uses for themself, when they are the writer ("i", "we", "this writer" are never someone else). */
const STAFF_TITLES = new Set(['cm', 'cw', 'case manager', 'career advisor', 'career counselor', 'staff', 'counselor', 'ccm', 'ec', 'employment counselor', 'career coach', 'coach', 'navigator', 'career navigator']);
const SOMEONE_ELSE: readonly Tag[] = ['party:other'];
/** Staff with a modifier that places them elsewhere are another person, not the writer: their call is not ours. */
function elsewhereStaff(tokens: Token[], matches: Match[]): void {
  for (const m of matches) {
    if (!m.tags.includes('writer') || !STAFF_TITLES.has(m.phrase)) continue;
    const before = tokens[m.tokStart - 1];
    if (before && before.clause === m.clause && ELSEWHERE.has(before.text)) m.tags = SOMEONE_ELSE;
  }
}

const PLAN_TAGS: Tag[] = ['next-step', 'irrealis'];
const RESULTS_INLINE = /\b(?:results?|outcome)[ \t]*:/i;
/** Every sentence of the results field's text plans ("will", "scheduled", "next week") and none of the note's progress
 * is told outside a plan: the field records what is to come, not what the contact brought. */
function resultsOnlyPlan(text: string, tokens: Token[], tagged: TagIndex): boolean {
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

const cache = new WeakMap<object, Matcher>();
let defaultMatcher: Matcher | null = null;
/** Matchers are built once per vocabulary object (a policy pack's extra phrases) and reused. */
export function matcherFor(extra?: Vocabulary): Matcher {
  if (!extra || Object.keys(extra).length === 0) return (defaultMatcher ??= createMatcher());
  let m = cache.get(extra);
  if (!m) {
    m = createMatcher(extra);
    cache.set(extra, m);
  }
  return m;
}

export function analyzeText(text: string, extra?: Vocabulary): NoteAnalysis {
  const placeholders = findPlaceholders(text);
  // Text carried forward from an earlier note tells that note's contact, not this one's (lib/text/history.ts).
  const history = carriedForward(text);
  // A template's blanks ("[in person / phone]") and copied text are not what happened: read the note without them.
  const hidden = history.length ? [...placeholders, ...history].sort((x, y) => x.start - y.start) : placeholders;
  const { tokens, matches } = matcherFor(extra).match(hidden.length ? mask(text, hidden) : text);
  elsewhereStaff(tokens, matches);
  const { events, mentioned, parties, tagged } = readEvents(text, tokens, matches);
  const dates = findDatesInText(text);
  resolveParties(text, tokens, matches, events, parties);
  // "came in to complete the paperwork", "will attend OV": a purpose or a plan is not progress.
  const isPurpose = (m: Match) => {
    const w = tokens[m.tokStart - 1]?.text;
    return w === 'to' || w === 'will';
  };
  const progress = (tagged.get('progress:strong') ?? []).filter((m) => !isPurpose(m));
  const news = progress.length + (tagged.get('progress:weak')?.length ?? 0) > 0;
  // "Results: customer will call back next week": a results field holding only a plan shows no contact.
  const planOnly = resultsOnlyPlan(text, tokens, tagged);
  absorbDeclared(events, mentioned, !planOnly && (news || RESULT_FIELD.test(text)));
  absorbHeadings(events);
  // A pasted thread where the other side wrote back ("CM: how is class?" / "Maria: passed!").
  const thread = readThread(text, tokens, events);
  if (thread) {
    // "Client: can we move my appt? / Counselor: sure, 4/21 at 10? / Client: ok": arranging the next contact is not one.
    if (!news && (tagged.get('next-step')?.length ?? 0) > 0) {
      thread.request = true;
      thread.response = thread.success = thread.strong = false;
    }
    const at = events.findIndex((e) => e.start > thread.start);
    events.splice(at < 0 ? events.length : at, 0, thread);
  }
  // Pasted e-mails with their From/To/Subject headers.
  for (const h of readHeaders(text, tokens, matches)) {
    const at = events.findIndex((e) => e.start > h.start);
    events.splice(at < 0 ? events.length : at, 0, h);
  }
  for (const e of events) settle(e, news);
  const byTagEarly = (tag: Tag) => tagged.get(tag) ?? NO_MATCHES;
  const pii = findPii(text, tokens, byTagEarly('pii:ssn'), byTagEarly('pii:dob'), dates);
  // A date of birth is never an event's date: the reason is shown and exported, identifiers are not.
  // Nor is the next contact's ("FU 12/15", "next appt 6/4"): a monitor would read it as the day of this one.
  const nextSteps = byTagEarly('next-step');
  const notEventDate = (d: DateSpan) => pii.some((p) => d.start < p.end && p.start < d.end) || nextSteps.some((n) => n.end <= d.start && !/[.;\n]/.test(text.slice(n.end, d.start)) && d.start - n.end <= 24);
  datesOf(tokens, events, pii.length === 0 && nextSteps.length === 0 ? dates : dates.filter((d) => !notEventDate(d)), text);

  // "Worksite visit 7/18. Client not working that day. Supervisor reports …", "Phone contact … after phone tag
  // (…). He told me …": talk that names no channel goes on over the contact at hand, the latest one before it.
  let lastChannel: ContactEvent | null = null;
  for (const e of events) {
    if (e.channel !== null) lastChannel = e;
    // (Not after a letter or e-mail: "Letter mailed 3/1. Per instructor, cust attending" says nothing of how they talked.)
    // Nor after a call that failed: whoever talked later did not talk on that call. A visit the participant missed
    // still put the writer there in person.
    else if (e.successful && lastChannel !== null && (lastChannel.channel === 'in-person' ? lastChannel.made : !isWrittenChannel(lastChannel.channel) && lastChannel.outcome !== 'attempt')) {
      e.channel = lastChannel.channel;
      e.mode = lastChannel.mode;
    }
  }
  const successes = events.filter((e) => e.successful);
  const partyOf = (e: ContactEvent): Party => e.party ?? 'participant';
  const byRank = (a: ContactEvent, b: ContactEvent) => (a.mode ? MODE_RANK[a.mode] : 9) - (b.mode ? MODE_RANK[b.mode] : 9);
  // With nothing connected, a letter/e-mail still awaiting its reply is what the note is about;
  // a text sent after failed calls is only a nudge, so the calls stay the story.
  const pending = successes.length > 0 ? null : (events.find((e) => e.outcome === 'one-way' && !e.incoming) ?? null);
  const chosen =
    firstBest(successes, byRank, (e) => partyOf(e) === 'participant') ??
    firstBest(successes, byRank) ??
    pending ??
    events.find((e) => e.outcome === 'attempt') ??
    firstBest(events, byRank) ??
    null;
  // With nothing connected, the note's type is that of its latest try ("Called, NA. Text sent." is a text).
  // (A message that merely came in, like a roster the school sends everyone, is not a try.)
  const tries = events.filter((e) => !(e.incoming && e.outcome === 'one-way'));
  // ("has not responded to the benchmark letter mailed 7/1": the silence names no channel, the letter does.)
  const latest = lastWith(tries, (e) => e.mode !== null) ?? lastWith(events, (e) => e.mode !== null);
  // A contact that connected takes its own channel (or another connected one's), never that of some other mention.
  const textContactType = successes.length > 0 ? (chosen?.mode ?? successes.find((e) => e.mode !== null)?.mode ?? null) : (latest?.mode ?? null);
  // A message left with a relative is still an attempt to reach the participant.
  // A message left with a relative, a receptionist or a neighbour is still an attempt to reach the participant;
  // only a wrong number reached someone else entirely.
  const relayed = (e: ContactEvent) =>
    e.outcome !== 'connected' && (e.party === 'alternate' || (e.party === 'other' && e.attempts.some((t) => LEFT_WORD.has(t.phrase))));
  const party = chosen ? (relayed(chosen) ? 'participant' : partyOf(chosen)) : (parties.find((p) => !p.possessive)?.party ?? null);

  const byTag = (tag: Tag) => tagged.get(tag) ?? NO_MATCHES;
  return {
    tokens,
    matches,
    events,
    mentioned,
    parties,
    textContactType,
    party,
    chosen,
    anySuccess: successes.length > 0,
    pendingWritten: pending,
    attempts: allAttempts(events),
    byTag,
    dates,
    relativeDate: byTag('date:relative').length > 0,
    contentWords: distinctContentWords(tokens),
    progressEvidence: progress.length + percentages(text, tokens),
    resultsOnlyPlan: planOnly,
    placeholders,
    pii,
  };
}

/** No matches: one shared empty list (byTag answers it for most tags of most notes). */
const NO_MATCHES: Match[] = Object.freeze([]) as unknown as Match[];

/** What `[...list].filter(keep).sort(order)[0]` is (the first of the best, as sort is stable), without the copies. */
function firstBest<T>(list: readonly T[], order: (a: T, b: T) => number, keep?: (x: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const x of list) if ((!keep || keep(x)) && (best === undefined || order(x, best) < 0)) best = x;
  return best;
}

/** Every event's attempts in order (what events.flatMap would give, without its per-call overhead). */
function allAttempts(events: readonly ContactEvent[]): Attempt[] {
  const out: Attempt[] = [];
  for (const e of events) for (const t of e.attempts) out.push(t);
  return out;
}

/** The last item that passes `test` (Array.prototype.findLast). */
function lastWith<T>(list: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return list[i];
  return undefined;
}

/** Numbers followed by a percent sign ("96% attendance"). */
function percentages(text: string, tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.numeric && text.charCodeAt(t.end) === 37) n++;
  return n;
}

function mask(text: string, spans: Span[]): string {
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

/** "[participant name]", "[[date]]": blanks of an unfilled template (short, on one line). */
function findPlaceholders(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) open = i;
    else if (c === 10) open = -1;
    else if (c === 93 && open >= 0) {
      const inner = text.slice(open + 1, i).replace(/[[\]]/g, '').trim().toLowerCase();
      if (inner.length >= 2 && inner.length <= 40 && /[a-z]/.test(inner) && inner !== 'sic' && !CARRY_MARK.test(inner)) out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/** Distinct meaningful words, counted up to a cap: the rules only ask "at least 7?" or "at least 10?". */
const CONTENT_CAP = 64;
/** The distinct words so far: a short list scanned, reused from note to note (a Set per note cost more than the scan). */
const seenWords: string[] = [];
function distinctContentWords(tokens: Token[]): number {
  let n = 0;
  outer: for (const t of tokens) {
    const w = t.text;
    if (t.numeric || w.length < 2 || STOP.has(w)) continue;
    for (let i = 0; i < n; i++) if (seenWords[i] === w) continue outer;
    seenWords[n++] = w;
    if (n >= CONTENT_CAP) break;
  }
  return n;
}

const SSN = /(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])/g;

/** SSNs (123-45-6789, or nine digits after an SSN label) and dates of birth after a DOB label. */
function findPii(text: string, tokens: Token[], ssnLabels: Match[], dobLabels: Match[], dates: DateSpan[]): Array<Span & { kind: 'ssn' | 'dob' }> {
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
    if (next && next.start - label.end <= 12) out.push({ kind: 'dob', start: label.start, end: next.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
