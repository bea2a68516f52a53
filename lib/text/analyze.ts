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
import { carriedForward } from './history';
import { absorbDeclared, absorbHeadings, datesOf, resolveParties, settle } from './settle';
import { allAttempts, choose } from './choose';
import { readMeetings } from './meeting';
import { applyRetractions } from './retractions';
import { moveLaterContacts } from './later-contacts';
import { markTallies } from './tallies';
import { partitionPoint } from './partition-point';
import { setChannel } from './event-state';
import { talkAtPlace } from './talk-place';
import { nameParticipant } from './participant-name';
import { othersByParticipantWords } from './participant-words';
import { putOffAfter, talkRefusedAfter } from './event-checks';
import { distinctContentWords, findPii, findPlaceholders, findStamps, mask, percentages, RESULT_FIELD, resultsOnlyPlan } from './note-facts';
import { isWrittenChannel, readEvents, type Attempt, type ContactEvent, type MentionedContact, type PartyMention, type Span } from './events';

export { isWrittenChannel } from './events';
export type { Channel, ContactEvent, PartyMention, Span } from './events';

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


/** Words that put a staff title somewhere else: "shelter staff", "prior case manager", "her caseworker". */
const ELSEWHERE = new Set([
  'previous', 'prior', 'former', 'old', 'outgoing', 'other', 'shelter', 'hospital', 'county', 'housing', 'clinic', 'her', 'his', 'their',
  // Another agency's ("DVR counselor", "FSD case manager", "school counselor").
  'dvr', 'vr', 'fsd', 'mfip', 'tanf', 'snap', 'dhs', 'ssa', 'va', 'probation', 'school', 'college', 'treatment', 'agency', 'partner',
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


const cache = new WeakMap<object, Matcher>();
let defaultMatcher: Matcher | null = null;
/** Matchers are built once per vocabulary object (a policy pack's extra phrases) and reused. */
function matcherFor(extra?: Vocabulary): Matcher {
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
  // A template's blanks ("[in person / phone]"), the system's stamps ("[Created by: …]") and copied text are not what
  // happened: read the note without them.
  const stamps = findStamps(text);
  const hidden = history.length || stamps.length ? [...placeholders, ...stamps, ...history].sort((x, y) => x.start - y.start) : placeholders;
  const { tokens, matches } = matcherFor(extra).match(hidden.length ? mask(text, hidden) : text);
  elsewhereStaff(tokens, matches);
  othersByParticipantWords(text, tokens, matches);
  // "cust Deshawn … Deshawn called": a name the note establishes as the participant's reads as a participant word.
  nameParticipant(text, tokens, matches);
  const { events, mentioned, parties, tagged } = readEvents(text, tokens, matches);
  // "Phone call with client in an hour", "Am meeting with client at 2 pm today": a contact still to come is a plan.
  moveLaterContacts(text, events, mentioned);
  const dates = findDatesInText(text);
  resolveParties(text, tokens, matches, events, parties);
  // "Talked w/ client at the library (her sister did the talking, client would not speak)": the talk is taken back.
  // "Cust picked up, in a meeting at work, asked for a call tomorrow": put off, with no talk in earnest and no news first.
  const told = [...(tagged.get('progress:strong') ?? []), ...(tagged.get('progress:weak') ?? [])];
  for (const e of events) {
    const last = tokens[e.lastSuccessTok];
    // ("I call Hodan, she answer but say … and hang up": her picking up our call is no reply, so it can be put off.)
    const pickedUp = e.response && e.evidence !== null && ANSWERED.test(text.slice(e.evidence.start, e.evidence.end));
    if (!e.success || (e.response && !pickedUp) || last === undefined) continue;
    if (talkRefusedAfter(text, last.end) >= 0) {
      e.success = e.strong = false;
      if (pickedUp) e.response = false;
      e.evidence = null;
      continue;
    }
    // (Read after the first sign of an answer too: "he answer, … he say call after. I say ok" puts it off before the last.)
    const first = e.evidence && e.evidence.end < last.end ? putOffAfter(text, e.evidence.end) : -1;
    const put = e.strong ? -1 : first >= 0 ? first : putOffAfter(text, last.end);
    if (put < 0 || told.some((m) => m.start >= e.start && m.start < put)) continue;
    e.success = e.made = false;
    if (pickedUp) e.response = false;
    e.evidence = null;
  }
  // "Talked w/ client at the hall": a talk told with where it happened was in person.
  for (const e of events) if (talkAtPlace(tokens, matches, e)) setChannel(e, 'in-person');
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
  const sentBack = new Map<ContactEvent, number>();
  for (const [i, e] of events.entries()) {
    const back = returnedByThem(tokens, parties, e, events[i + 1]?.tokStart ?? tokens.length);
    if (back < 0) continue;
    // (Their sending it back is the evidence the reason quotes, and the sentence the second key must agree on.)
    e.evidence = { start: (tokens[back] as Token).start, end: (tokens[back] as Token).end };
    sentBack.set(e, back);
    e.incoming = true;
    e.party ??= 'participant';
  }
  // "Client texted a photo of her pay stub 5/20. No message.": what they sent carried no words of theirs, so no reply.
  // (Only "No message." as its own sentence, after a picture: not "No message for her PO", "No message since".)
  for (const m of tagged.get('attempt:call') ?? []) {
    if (m.phrase !== 'no message' || tokens[m.tokEnd]?.clause === m.clause || tokens[m.tokStart - 1]?.clause === m.clause) continue;
    // (Every written thing in that sentence: "texted a photo of her offer letter" names a letter too.)
    for (const e of events) {
      if (!isWrittenChannel(e.channel) || e.attempts.length > 0 || m.clause - e.clause !== 1 || !tokens.some((t) => t.clause === e.clause && PICTURE.has(t.text))) continue;
      e.attempts.push({ start: m.start, end: m.end, kind: 'response', phrase: m.phrase, tokEnd: m.tokEnd, generic: false });
    }
  }
  // "TC attempts: 3", "Attempts: TC 3/4, TC 3/6": a tally of tries is no contact (lib/text/tallies.ts).
  markTallies(text, tokens, matches, events);
  for (const e of events) settle(e, news);
  // What came of each for us: a meeting, or someone else's appointment, an errand, a dropped call … (lib/text/meeting.ts).
  readMeetings(text, events);
  // …and where the note takes them back: "It was actually her mother", "No contact.", a cancelled status stamp, a draft's talk.
  applyRetractions(text, tokens, events, ATTEMPT_TAGS.some((t) => (tagged.get(t)?.length ?? 0) > 0));
  const byTagEarly = (tag: Tag) => tagged.get(tag) ?? NO_MATCHES;
  const pii = findPii(text, tokens, byTagEarly('pii:ssn'), byTagEarly('pii:dob'), dates, placeholders);
  // A date of birth is never an event's date: the reason is shown and exported, identifiers are not.
  // Nor is the next contact's ("FU 12/15", "next appt 6/4"): a monitor would read it as the day of this one.
  const nextSteps = byTagEarly('next-step');
  // (Only a next step ending at most 24 characters before the date can own it. The matches are in note order and do
  // not overlap, so their ends rise: the first that can is found by halving, not by asking every one for every date,
  // which made a long note's dates cost the square of its length.)
  const nextStepBefore = (d: DateSpan) => {
    for (let k = partitionPoint(nextSteps, (m) => m.end < d.start - 24); k < nextSteps.length && (nextSteps[k] as Match).end <= d.start; k++) {
      if (!/[.;\n]/.test(text.slice((nextSteps[k] as Match).end, d.start))) return true;
    }
    return false;
  };
  const notEventDate = (d: DateSpan) => pii.some((p) => d.start < p.end && p.start < d.end) || nextStepBefore(d) || otherEventsDate(text, d);
  const eventDates = dates.filter((d) => !notEventDate(d));
  datesOf(tokens, events, eventDates, text);
  // A form or letter sent back in a later sentence than ours went out ("Mailed the form 4/1. Customer mailed it back
  // 4/9"): the contact is the day it came back.
  for (const [e, back] of sentBack) {
    const clause = (tokens[back] as Token).clause;
    if (clause === e.clause) continue;
    const from = tokens.findIndex((t) => t.clause === clause);
    let to = from;
    while (tokens[to + 1]?.clause === clause) to++;
    const d = eventDates.find((x) => x.start >= (tokens[from] as Token).start && x.end <= (tokens[to] as Token).end);
    if (d) e.date = text.slice(d.start, d.end);
  }

  const { chosen, successes, pending, textContactType, party } = choose(events, parties, text);

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

const RETURNED = new Set(['returned', 'mailed', 'sent', 'brought', 'emailed', 'faxed', 'dropped']);
const SUBJECT_PRONOUN = new Set(['she', 'he', 'they']);
/**
 * "Client returned the signed agreement by mail 4/8 with her hours log", "She mailed the form back": the participant
 * sending something back by mail or e-mail is their written reply, not a letter of ours going out. Only with the
 * participant (or a pronoun) as the subject of the verb right before it, and with "back" or "by mail" after it
 * ("Letter returned 4/8" is undeliverable mail; "Client returned the form by mail" is theirs). The token of the verb, or -1.
 */
function returnedByThem(tokens: Token[], parties: PartyMention[], e: ContactEvent, next: number): number {
  if (!isWrittenChannel(e.channel) || e.attempts.length > 0 || e.incoming || (e.party !== null && e.party !== 'participant')) return -1;
  // In the event's sentence from a few words before it opens, or the next sentence ("Mailed the form 4/1. Customer mailed it back 4/9").
  for (let t = Math.max(1, e.tokStart - 8); t < next && (tokens[t] as Token).clause <= e.clause + 1; t++) {
    const w = tokens[t] as Token;
    if (w.clause < e.clause || !RETURNED.has(w.text)) continue;
    // ("sent", "mailed", "emailed" only with "back" or "by mail": "Client sent her resume" answers nothing yet.)
    const back = tokens.slice(t + 1, t + 8).some((x, k, all) => x.clause === w.clause && (x.text === 'back' || (x.text === 'by' && BY_POST.has(all[k + 1]?.text ?? ''))));
    if (!back) continue;
    const subj = tokens[t - 1] as Token;
    if (subj.clause !== w.clause) continue;
    if (SUBJECT_PRONOUN.has(subj.text) || parties.some((q) => q.party === 'participant' && !q.possessive && q.tokEnd === t)) return t;
  }
  return -1;
}
const BY_POST = new Set(['mail', 'email', 'e', 'fax', 'post']);
const PICTURE = new Set(['photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'screenshot', 'screenshots', 'scan', 'image', 'images', 'attachment', 'attached', 'copy', 'selfie']);

/** No matches: one shared empty list (byTag answers it for most tags of most notes). */
const NO_MATCHES: Match[] = Object.freeze([]) as unknown as Match[];

/**
 * A date that names another event's day, not the contact's: "re: her 3/16 interview", "his 4/2 court date",
 * "the 3/16 exam" (a possessive before the date, or an article with an event noun after it). Taking it would
 * date the contact days early.
 */
const POSSESSIVE_BEFORE = /(?:^|[^\w'])(?:her|his|their|its|(?:client|cust|customer|participant|youth|ppt)'s)\s+$/i;
const ARTICLE_BEFORE = /(?:^|[^\w'])(?:the|a|an)\s+$/i;
const EVENT_AFTER = /^\s+(?:job\s+)?(?:interview|hearing|exam|test|class|orientation|court|graduation|deadline|shift|start|job fair)\b/i;
/** "at her 3/16 appt", "during his 2/3 call": the contact's own day after all. */
const ANSWERED = /^(?:she|he|they)\s+answer(?:ed)?$/i;
const ATTEMPT_TAGS: readonly Tag[] = ['attempt:call', 'attempt:visit', 'attempt:mail'];
const CONTACT_AFTER = /^\s+(?:appt|appointment|meeting|mtg|call|visit|ov|tc|session|check-?in)\b/i;
function otherEventsDate(text: string, d: DateSpan): boolean {
  const before = text.slice(Math.max(0, d.start - 16), d.start);
  if (POSSESSIVE_BEFORE.test(before)) return !CONTACT_AFTER.test(text.slice(d.end, d.end + 24));
  return ARTICLE_BEFORE.test(before) && EVENT_AFTER.test(text.slice(d.end, d.end + 24));
}
