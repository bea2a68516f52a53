/**
 * Reads a note into contact events: "LM on 3/2; customer called back 3/3"
 * is two events, an unsuccessful call and a successful one. Each event has a
 * mode (how), a party (with whom), its attempts and whether it connected.
 * The rules and the policy decide what that means; this file only reads.
 */
import type { ContactType, Party } from '../model';
import { findDatesInText, type DateSpan } from '../dates';
import { createMatcher, type Match, type Matcher } from './matcher';
import type { Token } from './tokenize';
import type { Tag, Vocabulary } from './vocabulary';

export interface Span {
  start: number;
  end: number;
}
export type AttemptKind = 'call' | 'visit' | 'mail' | 'response';
export interface Attempt extends Span {
  kind: AttemptKind;
  phrase: string;
  tokEnd: number;
}

export interface ContactEvent extends Span {
  mode: ContactType | null;
  /** A text message: treated as written (like e-mail), so it needs a reply to count. */
  viaText: boolean;
  tokStart: number;
  tokEnd: number;
  clause: number;
  attempts: Attempt[];
  success: boolean;
  response: boolean;
  party: Party | null;
  /** The party was the subject ("Cust called", "Instructor e-mailed"): the contact came to us. */
  incoming: boolean;
  successful: boolean;
}

export interface PartyMention extends Span {
  party: Party;
  tokStart: number;
  tokEnd: number;
  clause: number;
  possessive: boolean;
}

export interface NoteAnalysis {
  tokens: Token[];
  matches: Match[];
  events: ContactEvent[];
  parties: PartyMention[];
  /** Contact type read from the text alone (the structured field is applied later). */
  textContactType: ContactType | null;
  /** The party of the contact that counts (or of the first contact when none connected). */
  party: Party | null;
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
  pii: Array<Span & { kind: 'ssn' | 'dob' }>;
}

const MODE_TAGS: ReadonlyArray<[Tag, ContactType]> = [
  ['mode:in-person', 'in-person'],
  ['mode:telephone', 'telephone'],
  ['mode:email', 'email'],
  ['mode:letter', 'letter'],
  ['mode:text', 'email'],
];
const ATTEMPT_TAGS: ReadonlyArray<[Tag, AttemptKind]> = [
  ['attempt:call', 'call'],
  ['attempt:visit', 'visit'],
  ['attempt:mail', 'mail'],
  ['attempt:response', 'response'],
];
const PARTY_TAGS: ReadonlyArray<[Tag, Party]> = [
  ['party:participant', 'participant'],
  ['party:provider', 'provider'],
  ['party:alternate', 'alternate'],
  ['party:other', 'other'],
];
const IMPLIED_MODE: Record<AttemptKind, ContactType | null> = { call: 'telephone', visit: 'in-person', mail: 'letter', response: null };
/** In-person beats telephone beats e-mail beats letter when one note records several contacts. */
const MODE_RANK: Record<ContactType, number> = { 'in-person': 0, telephone: 1, email: 2, letter: 3 };

const NEGATION_WINDOW = 3;
// A future marker ("will", "next", "scheduled") colours the rest of its sentence.
const IRREALIS_WINDOW = 12;
/** "LM on cell", "no-show for OV": a mode after a preposition describes the attempt just made. */
const PREPOSITIONS = new Set(['on', 'via', 'by', 'for', 'at', 'through', 'thru']);
const STOP = new Set(
  'a an the and or but to of in on at for with from by is was were be been are has have had it its this that he she his her him they them their i me my we our you your as re about per so then than also will would can could did do does not no'.split(' '),
);

const isWritten = (m: ContactType | null) => m === 'letter' || m === 'email';

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

/** What a phrase's tags mean for reading contacts, worked out once per vocabulary entry. */
interface Profile {
  attemptKind: AttemptKind | undefined;
  mode: ContactType | null;
  viaText: boolean;
  party: Party | undefined;
  isResponse: boolean;
  isSuccess: boolean;
  negator: boolean;
  irrealis: boolean;
  noise: boolean;
}
const profiles = new WeakMap<readonly Tag[], Profile>();
function profileOf(tags: readonly Tag[]): Profile {
  let p = profiles.get(tags);
  if (!p) {
    const modeEntry = MODE_TAGS.find(([t]) => tags.includes(t));
    const isResponse = tags.includes('response');
    p = {
      attemptKind: ATTEMPT_TAGS.find(([t]) => tags.includes(t))?.[1],
      mode: modeEntry?.[1] ?? null,
      viaText: modeEntry?.[0] === 'mode:text',
      party: PARTY_TAGS.find(([t]) => tags.includes(t))?.[1],
      isResponse,
      isSuccess: isResponse || tags.includes('success'),
      negator: tags.includes('negator'),
      irrealis: tags.includes('irrealis'),
      noise: tags.includes('noise'),
    };
    profiles.set(tags, p);
  }
  return p;
}

/** The marker (a negation or a future word) sits shortly before `m` in the same sentence. */
function near(marker: Match | null, m: Match, window: number): boolean {
  return marker !== null && marker !== m && marker.clause === m.clause && m.tokStart >= marker.tokEnd && m.tokStart - marker.tokEnd <= window;
}

export function analyzeText(text: string, extra?: Vocabulary): NoteAnalysis {
  const { tokens, matches } = matcherFor(extra).match(text);
  const events: ContactEvent[] = [];
  const parties: PartyMention[] = [];
  const tagged = new Map<Tag, Match[]>();
  // Held in an object so TypeScript does not narrow it away across the helper closures.
  const st: { cur: ContactEvent | null } = { cur: null };
  let lastNeg: Match | null = null;
  let lastIrr: Match | null = null;

  const open = (m: Match, mode: ContactType | null, viaText: boolean): ContactEvent => {
    const e: ContactEvent = {
      start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, clause: m.clause, mode, viaText,
      attempts: [], success: false, response: false, party: null, incoming: false, successful: false,
    };
    events.push(e);
    st.cur = e;
    return e;
  };
  const addAttempt = (m: Match, kind: AttemptKind, mode: ContactType | null, from = m.start) => {
    const implied = mode ?? IMPLIED_MODE[kind];
    const cur = st.cur;
    const fits =
      cur !== null &&
      (cur.mode === null || implied === null || cur.mode === implied) &&
      !(cur.success && cur.clause !== m.clause);
    const e = fits && cur ? cur : open(m, implied, false);
    e.mode ??= implied;
    e.attempts.push({ start: from, end: m.end, kind, phrase: m.phrase, tokEnd: m.tokEnd });
  };

  for (const m of matches) {
    const pr = profileOf(m.tags);
    for (const t of m.tags) {
      let list = tagged.get(t);
      if (!list) tagged.set(t, (list = []));
      list.push(m);
    }
    if (pr.party) {
      const last = tokens[m.tokEnd - 1];
      parties.push({ party: pr.party, start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, clause: m.clause, possessive: last?.possessive ?? false });
    }
    if (pr.negator) {
      lastNeg = m;
      continue;
    }
    const negated = near(lastNeg, m, NEGATION_WINDOW);
    // "to call", "to come in": an infinitive names a contact wanted, not one made.
    const before = tokens[m.tokStart - 1];
    const infinitive = before !== undefined && before.text === 'to' && before.clause === m.clause;
    const irrealis = near(lastIrr, m, IRREALIS_WINDOW) || infinitive;
    if (pr.irrealis) lastIrr = m;
    const { attemptKind, mode, viaText, isResponse, isSuccess } = pr;

    if (attemptKind) {
      addAttempt(m, attemptKind, mode);
    } else if (pr.irrealis || pr.noise) {
      // Future or requested contact ("will call", "next OV"), or a non-contact ("phone number").
    } else if (negated && (mode || isSuccess)) {
      // "did not come in", "was not reached", "has not replied": an attempt, not a contact.
      // The span starts at the negation so the underline reads "not reached", not "reached".
      addAttempt(m, isResponse || isWritten(mode) ? 'response' : mode === 'in-person' ? 'visit' : 'call', mode, lastNeg?.start ?? m.start);
    } else if (irrealis && (mode || isSuccess)) {
      // "asked cust to come in", "requesting she call" describe a contact that has not happened.
    } else if (mode) {
      const cur = st.cur;
      const prev = tokens[m.tokStart - 1];
      const lastAttempt = cur?.attempts[cur.attempts.length - 1];
      const describesAttempt =
        cur !== null &&
        lastAttempt !== undefined &&
        cur.clause === m.clause &&
        !isSuccess &&
        ((prev !== undefined && PREPOSITIONS.has(prev.text)) || m.tokStart === lastAttempt.tokEnd);
      const merge =
        cur !== null && cur.clause === m.clause && (cur.mode === null || cur.mode === mode) && (cur.attempts.length === 0 || describesAttempt) && !isResponse;
      const e = merge && cur ? cur : open(m, mode, viaText);
      e.mode ??= mode;
      if (isSuccess) e.success = true;
      if (isResponse) e.response = true;
    } else if (isResponse) {
      const cur = st.cur;
      const e = cur ?? open(m, null, false);
      e.response = true;
      e.success = true;
    } else if (isSuccess) {
      const cur = st.cur;
      // "Per instructor…" after a failed call to the customer is a new contact, not a rescue of the failed one.
      const e = cur && !(cur.attempts.length > 0 && cur.clause !== m.clause) ? cur : open(m, null, false);
      e.success = true;
    }
  }

  // Who each contact was with: the subject just before it ("Cust called"), else the first
  // person after it in the same sentence ("TC w/ instructor"), else a capitalised name
  // ("met with Jane"), else anyone named before the next contact.
  const capitalisedShare = tokens.length ? tokens.filter((t) => t.capitalised).length / tokens.length : 0;
  const matchStarts = new Uint8Array(tokens.length + 1);
  for (const m of matches) matchStarts[m.tokStart] = 1;
  // Events and party mentions are both in token order, so one forward pointer keeps this linear.
  let p = 0;
  events.forEach((e, k) => {
    const nextStart = events[k + 1]?.tokStart ?? Number.POSITIVE_INFINITY;
    while (p < parties.length && (parties[p] as PartyMention).tokEnd <= e.tokStart) p++;
    for (let b = p - 1; b >= 0; b--) {
      const q = parties[b] as PartyMention;
      if (q.clause !== e.clause || e.tokStart - q.tokEnd > 2) break;
      if (!q.possessive) {
        e.party = q.party;
        e.incoming = true;
        return;
      }
    }
    let later: PartyMention | undefined;
    for (let f = p; f < parties.length; f++) {
      const q = parties[f] as PartyMention;
      if (q.tokStart >= nextStart) break;
      if (q.tokStart < e.tokEnd || q.possessive) continue;
      if (q.clause === e.clause) {
        e.party = q.party;
        return;
      }
      later ??= q;
      break;
    }
    const nextTok = tokens[e.tokEnd];
    if (nextTok && nextTok.clause === e.clause && nextTok.capitalised && !nextTok.numeric && matchStarts[e.tokEnd] !== 1 && capitalisedShare < 0.6 && !STOP.has(nextTok.text)) {
      e.party = 'participant';
      return;
    }
    if (later) e.party = later.party;
  });
  for (const e of events) {
    // A letter or e-mail written to us by the participant or provider is itself their response.
    if (isWritten(e.mode) && e.incoming && e.party !== null && e.attempts.length === 0) e.response = true;
    e.successful = isWritten(e.mode) ? e.response || e.success : e.success || e.response || e.attempts.length === 0;
  }

  const successes = events.filter((e) => e.successful);
  const partyOf = (e: ContactEvent): Party => e.party ?? 'participant';
  const byRank = (a: ContactEvent, b: ContactEvent) => (a.mode ? MODE_RANK[a.mode] : 9) - (b.mode ? MODE_RANK[b.mode] : 9);
  // With nothing connected, a letter/e-mail still awaiting its reply is what the note is about;
  // a text sent after failed calls is only a nudge, so the calls stay the story.
  const callAttempts = events.some((e) => !isWritten(e.mode) && e.attempts.some((t) => t.kind !== 'response'));
  const pending =
    successes.length > 0
      ? null
      : (events.find((e) => isWritten(e.mode) && !(e.viaText && callAttempts) && e.attempts.every((t) => t.kind === 'response')) ?? null);
  const chosen =
    [...successes].filter((e) => partyOf(e) === 'participant').sort(byRank)[0] ??
    [...successes].sort(byRank)[0] ??
    pending ??
    [...events].sort(byRank)[0];
  const anyMode = [...events].sort(byRank)[0]?.mode ?? null;
  const textContactType = chosen?.mode ?? anyMode;
  const party = chosen ? partyOf(chosen) : (parties.find((p) => !p.possessive)?.party ?? null);

  const dates = findDatesInText(text);
  const byTag = (tag: Tag) => tagged.get(tag) ?? [];
  return {
    tokens,
    matches,
    events,
    parties,
    textContactType,
    party,
    anySuccess: successes.length > 0,
    pendingWritten: pending,
    attempts: events.flatMap((e) => e.attempts),
    byTag,
    dates,
    relativeDate: byTag('date:relative').length > 0,
    contentWords: distinctContentWords(tokens),
    progressEvidence: byTag('progress:strong').length + tokens.filter((t) => t.numeric && text.charCodeAt(t.end) === 37).length,
    pii: findPii(text, tokens, byTag('pii:ssn'), byTag('pii:dob'), dates),
  };
}

/** Distinct meaningful words, counted up to a cap: the rules only ask "at least 7?" or "at least 10?". */
const CONTENT_CAP = 64;
function distinctContentWords(tokens: Token[]): number {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.numeric || t.text.length < 2 || STOP.has(t.text)) continue;
    seen.add(t.text);
    if (seen.size >= CONTENT_CAP) break;
  }
  return seen.size;
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
