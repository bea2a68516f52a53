/**
 * Reads a note into contact events. Each clause that mentions a contact
 * becomes (or extends) an event: who acted, the channel, the direction, what
 * came of it and when. "LM 3/2; customer called back 3/3" is two events, an
 * attempt and a contact that connected. An event connects only on positive
 * evidence (someone talked, replied, came in); anything less is an attempt, a
 * one-way message or unclear, never a contact by default. This file only
 * reads; lib/policy/qualifies.ts decides what the events mean under a pack.
 */
import type { ContactType, Party } from '../model';
import type { Match } from './matcher';
import type { Token } from './tokenize';
import type { Tag } from './vocabulary';

export interface Span {
  start: number;
  end: number;
}
export type AttemptKind = 'call' | 'visit' | 'mail' | 'response';
export interface Attempt extends Span {
  kind: AttemptKind;
  phrase: string;
  tokEnd: number;
  /** "attempted", "tried calling": says it failed without saying how ("no answer" does). */
  generic: boolean;
}
/** The finer channel; ContactType folds text into e-mail (written) and video into telephone (real-time). */
export type Channel = 'in-person' | 'phone' | 'video' | 'letter' | 'email' | 'text';
/**
 * connected: a two-way exchange (or a reply to something written); attempt: tried and failed;
 * one-way: a letter, e-mail or text went out; unclear: nothing says whether anyone was reached.
 * (Planned contacts and contacts someone else reports are kept apart, in `planned` and `reported`.)
 */
export type Outcome = 'connected' | 'attempt' | 'one-way' | 'unclear';
export type Actor = 'case-manager' | 'participant' | 'third-party';

export interface ContactEvent extends Span {
  channel: Channel | null;
  mode: ContactType | null;
  tokStart: number;
  tokEnd: number;
  clause: number;
  attempts: Attempt[];
  /** Two-way evidence: someone talked ("spoke with", "cust reports", "she is working"). */
  success: boolean;
  /** Someone talked in earnest ("spoke", "discussed"), not merely picked up the phone. */
  strong: boolean;
  /** A reply: "called back", "replied", "e-mail from". */
  response: boolean;
  /** The phrase itself says a contact took place ("TC w/", "OV", "met with", "came in"). */
  made: boolean;
  /** Where the evidence of the outcome sits: the phrase a reason quotes. */
  evidence: Span | null;
  /** Token position and sentence of the last success signal, to tell "answered … wrong number" from "NA … called back". */
  lastSuccessTok: number;
  lastSuccessClause: number;
  party: Party | null;
  /** Whom the writer meant to reach, as far as the sentence says so far (for "her son answered"). */
  target: Party | null;
  /** The party was the subject ("Cust called", "Instructor e-mailed"): the contact came to us. */
  incoming: boolean;
  actor: Actor;
  direction: 'outgoing' | 'incoming';
  outcome: Outcome;
  successful: boolean;
  /** The date written in the event's sentence, as typed ("3/4", "March 4"), when there is one. */
  date: string | null;
}

/** A contact mentioned but not made by the writer: planned ("will call"), or someone else's ("she called the school, NA"). */
export interface MentionedContact extends Span {
  kind: 'planned' | 'reported';
  channel: Channel | null;
  clause: number;
}

export interface PartyMention extends Span {
  party: Party;
  tokStart: number;
  tokEnd: number;
  clause: number;
  possessive: boolean;
}

export interface EventReading {
  events: ContactEvent[];
  mentioned: MentionedContact[];
  parties: PartyMention[];
  tagged: Map<Tag, Match[]>;
}

const CHANNEL_TAGS: ReadonlyArray<[Tag, Channel]> = [
  ['mode:in-person', 'in-person'],
  ['mode:video', 'video'],
  ['mode:telephone', 'phone'],
  ['mode:email', 'email'],
  ['mode:letter', 'letter'],
  ['mode:text', 'text'],
];
export const CHANNEL_TYPE: Record<Channel, ContactType> = {
  'in-person': 'in-person',
  phone: 'telephone',
  video: 'telephone',
  letter: 'letter',
  email: 'email',
  text: 'email',
};
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
const IMPLIED_CHANNEL: Record<AttemptKind, Channel | null> = { call: 'phone', visit: 'in-person', mail: 'letter', response: null };

/** "came to OV", "did not come to OV": "to" after a verb of motion is a place, not an infinitive. */
const MOTION = new Set(['come', 'came', 'go', 'went', 'show', 'showed', 'coming', 'going', 'back', 'return', 'returned']);
const NEGATION_WINDOW = 3;
// A future marker ("will", "next", "scheduled") colours the rest of its sentence.
const IRREALIS_WINDOW = 12;
/** "LM on cell", "no-show for OV": a mode after a preposition describes the attempt just made. */
const PREPOSITIONS = new Set(['on', 'via', 'by', 'for', 'at', 'through', 'thru']);
/** Words after "phone"/"cell" that make it a number, not a call: "phone 573-555-0142", "phone #". */
/** Failures that say nothing of the channel ("unable to reach", "attempted"): they take the channel of their contact. */
const ANY_CHANNEL = new Set([
  'unable to reach', 'could not reach', "couldn't reach", 'not reached', 'not able to reach', 'unable to contact', 'could not contact',
  'no contact', 'attempt', 'attempted', 'attempted contact', 'attempted to contact', 'attempted to reach', 'tried to reach',
  'tried to contact', 'no one answered', 'nobody answered', 'not available', 'unavailable', 'is not available', 'was not available',
  'did not wait', "couldn't wait", 'could not wait', 'not on shift', 'off that day', 'was off', 'not there', 'not present',
  'not working that day', 'did not happen', 'wrong number', 'wrong person', 'audio failed', 'no audio', 'could not hear',
  'connection failed', 'call ended', 'lost connection', 'never logged on', 'did not log on', 'did not log in', 'never logged in',
  'never connected', 'not connected', 'dropped call', 'no forwarding', 'no forwarding address', 'moved out', 'moved away', 'auto reply', 'automatic reply', 'autoreply', 'out of office reply', 'no answer', 'na', 'no ans', 'did not answer', "didn't answer", 'no pick up',
]);
/** …of which these, opening an event of their own, still mean a call. */
const CALL_BY_DEFAULT = new Set(['no answer', 'na', 'no ans', 'did not answer', "didn't answer", 'no pick up']);
/** Failures that can be what a reply answers: "returned my 7/15 VM". */
const REPLY_TO = new Set(['returned my', 'returned cm', 'returned writer', 'returned cw', 'in reply to', 'in response to']);
const OBJECT_OF_REPLY = new Set(['vm', 'voicemail', 'voice mail', 'lm', 'vms', 'message', 'left message']);
/** Replies the subject makes ("called back", "replied"): by the writer, they are the writer's own call or message. */
const ACTIVE_REPLY = new Set([
  'replied', 'responded', 'wrote back', 'emailed back', 'e mailed back', 'texted back', 'called back', 'returned call', 'returned my call',
  'returned the call', 'replied back', 'reply', 'responds', 'replies', 'wrote', 'responded via', 'replied via',
]);
/** Words before a contact that make it the topic of a message ("texted re: OV", "reminder about OV"). */
const TOPIC = new Set(['re', 'regarding', 'about', 'confirm', 'confirming', 'confirmed', 'of']);
const TOPIC_NOUN = new Set(['reminder', 'reminders', 'invite', 'invitation', 'link']);
/** Picking up the phone: by someone other than the participant, the call reached the wrong person. */
const ANSWERING = new Set(['answered', 'picked up']);
/** Failures told as history before a contact that then connected ("after two weeks of voicemails"). */
const HISTORY = new Set(['after', 'finally', 'following', 'since']);
const PHONE_WORDS = new Set(['phone', 'telephone', 'ph', 'tel', 'cell', 'home phone', 'cell phone']);
const NUMBERISH = new Set(['number', 'no', 'num', 'nbr', 'updated', 'changed', 'verified', 'confirmed', 'file', 'listed']);

export const isWrittenChannel = (c: Channel | null) => c === 'letter' || c === 'email' || c === 'text';

interface Profile {
  attemptKind: AttemptKind | undefined;
  channel: Channel | null;
  party: Party | undefined;
  isResponse: boolean;
  isSuccess: boolean;
  isReport: boolean;
  isState: boolean;
  made: boolean;
  negator: boolean;
  irrealis: boolean;
  noise: boolean;
  speaker: boolean;
  writer: boolean;
}
const profiles = new WeakMap<readonly Tag[], Profile>();
function profileOf(tags: readonly Tag[]): Profile {
  let p = profiles.get(tags);
  if (!p) {
    const isResponse = tags.includes('response');
    const party = PARTY_TAGS.find(([t]) => tags.includes(t))?.[1];
    p = {
      attemptKind: ATTEMPT_TAGS.find(([t]) => tags.includes(t))?.[1],
      channel: CHANNEL_TAGS.find(([t]) => tags.includes(t))?.[1] ?? null,
      party,
      isResponse,
      isSuccess: isResponse || tags.includes('success'),
      isReport: tags.includes('report'),
      isState: tags.includes('state'),
      made: tags.includes('made'),
      negator: tags.includes('negator'),
      irrealis: tags.includes('irrealis'),
      noise: tags.includes('noise'),
      speaker: party !== undefined || tags.includes('pronoun'),
      writer: tags.includes('writer'),
    };
    profiles.set(tags, p);
  }
  return p;
}

/** The marker (a negation or a future word) sits shortly before `m` in the same sentence. */
function near(marker: Match | null, m: Match, window: number): boolean {
  return marker !== null && marker !== m && marker.clause === m.clause && m.tokStart >= marker.tokEnd && m.tokStart - marker.tokEnd <= window;
}

export function readEvents(text: string, tokens: Token[], matches: Match[]): EventReading {
  const inQuote = quoteCursor(quotedRanges(text));
  const events: ContactEvent[] = [];
  const mentioned: MentionedContact[] = [];
  const parties: PartyMention[] = [];
  const tagged = new Map<Tag, Match[]>();
  // Held in an object so TypeScript does not narrow it away across the helper closures.
  const st: { cur: ContactEvent | null } = { cur: null };
  let lastNeg: Match | null = null;
  let lastIrr: Match | null = null;
  /** The last speech verb with a speaker other than the writer: what follows in its sentence is their story. */
  let lastSpeech: Match | null = null;
  /** A contact someone else made, told in their speech ("she called the school"): failures after it are theirs. */
  let reportedContact: Match | null = null;
  /** "Monthly contact made by phone": the contact is said to be made before its channel is named. */
  let madeMark: Match | null = null;
  /** The last reply ("returned my call"): a failure named right after it is its object ("returned my 7/15 VM"). */
  let lastResponse: Match | null = null;
  /** The last person named (party, pronoun or writer), for "who is speaking". */
  let lastPerson: { m: Match; writer: boolean } | null = null;

  const open = (m: Match, channel: Channel | null): ContactEvent => {
    const e: ContactEvent = {
      start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, clause: m.clause, channel,
      mode: channel ? CHANNEL_TYPE[channel] : null, attempts: [], success: false, strong: false, response: false, made: false,
      evidence: null, lastSuccessTok: -1, lastSuccessClause: -1, party: null, target: null, incoming: false, actor: 'case-manager', direction: 'outgoing',
      outcome: 'unclear', successful: false, date: null,
    };
    if (madeMark !== null && madeMark.clause === m.clause) e.made = true;
    const subj = lastPerson;
    if (subj && !subj.writer && subj.m.clause === m.clause && m.tokStart - subj.m.tokEnd <= 2) e.target = profileOf(subj.m.tags).party ?? 'participant';
    events.push(e);
    st.cur = e;
    return e;
  };
  const setChannel = (e: ContactEvent, c: Channel | null) => {
    if (e.channel === null && c !== null) {
      e.channel = c;
      e.mode = CHANNEL_TYPE[c];
    }
  };
  const succeed = (e: ContactEvent, m: Match) => {
    e.success = true;
    // Talking in earnest ("spoke", "discussed"), not a report or a phone picked up.
    if (m.tags.includes('success') && !ANSWERING.has(m.phrase)) e.strong = true;
    e.lastSuccessTok = m.tokStart;
    e.lastSuccessClause = m.clause;
    e.evidence ??= { start: m.start, end: m.end };
  };
  const addAttempt = (m: Match, kindOf: AttemptKind, channel: Channel | null, from = m.start, anyChannel = false) => {
    let kind = kindOf;
    const any = anyChannel || ANY_CHANNEL.has(m.phrase);
    let implied = channel ?? (any ? null : IMPLIED_CHANNEL[kind]);
    // "Google Meet 4/4 scheduled, client did not join": a no-show for a planned contact takes its channel.
    const plan = mentioned[mentioned.length - 1];
    if (kind === 'visit' && !channel && plan && plan.kind === 'planned' && plan.channel && plan.clause >= m.clause - 1) implied = plan.channel;
    const cur = st.cur;
    // "Text to cust undeliverable": a delivery failure belongs to whatever was sent.
    const bounced = kind === 'mail' && cur !== null && isWrittenChannel(cur.channel);
    const fits =
      cur !== null &&
      (cur.channel === null || implied === null || any || bounced || CHANNEL_TYPE[cur.channel] === CHANNEL_TYPE[implied]) &&
      !(cur.success && cur.lastSuccessClause !== m.clause);
    if (!fits && any && CALL_BY_DEFAULT.has(m.phrase)) implied = 'phone';
    const e = fits && cur ? cur : open(m, implied);
    if (!(fits && (any || bounced))) setChannel(e, implied);
    // "Sent letter 3/1. No answer yet.", "Texted 3x, not reached": after something written, silence is no reply.
    if (any && kind === 'call' && fits && isWrittenChannel(e.channel)) kind = 'response';
    // A relay ("her son answered") is generic too: the concrete failure, if told, is what to point at.
    e.attempts.push({ start: from, end: m.end, kind, phrase: m.phrase, tokEnd: m.tokEnd, generic: anyChannel || isGeneric(m.phrase) || afterHistory(tokens, m) });
  };
  /** A person named just before `m` in its sentence (within two words, nothing else recognised between). */
  const subjectBefore = (m: Match, k: number) =>
    lastPerson !== null && lastPerson.m === matches[k - 1] && lastPerson.m.clause === m.clause && m.tokStart - lastPerson.m.tokEnd <= 2 ? lastPerson : null;

  /** Someone other than the participant answered a call meant for the participant, before anyone talked with them. */
  const relay = (cur: ContactEvent | null, m: Match, k: number): boolean => {
    const subj = subjectBefore(m, k);
    if (!subj || subj.writer) return false;
    const who = profileOf(subj.m.tags).party;
    if (who !== 'alternate' && who !== 'other') return false;
    if (!cur || m.clause - cur.clause > 1) return ANSWERING.has(m.phrase);
    return (cur.channel === 'phone' || (cur.channel === 'in-person' && !cur.made)) && (cur.target === 'participant' || cur.target === null) && !cur.success;
  };

  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Match;
    const pr = profileOf(m.tags);
    for (const t of m.tags) {
      let list = tagged.get(t);
      if (!list) tagged.set(t, (list = []));
      list.push(m);
    }
    // "cust mom" is the customer's mother: a person named right before another is a possessive without the 's.
    const nextMatch = matches[k + 1];
    const compound =
      pr.party !== undefined &&
      nextMatch !== undefined &&
      nextMatch.tokStart === m.tokEnd &&
      text.slice(m.end, nextMatch.start).trim() === '' &&
      profileOf(nextMatch.tags).party !== undefined;
    if (pr.party) {
      const last = tokens[m.tokEnd - 1];
      parties.push({ party: pr.party, start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, clause: m.clause, possessive: (last?.possessive ?? false) || compound });
    }
    const subjectOfNext = (() => {
      const nx = matches[k + 1];
      return nx !== undefined && nx.clause === m.clause && nx.tokStart - m.tokEnd <= 1 && (nx.tags.includes('report') || nx.tags.includes('success'));
    })();
    if (pr.party && !subjectOfNext && !compound && st.cur && st.cur.target === null && st.cur.clause === m.clause && m.tokStart >= st.cur.tokEnd && !(tokens[m.tokEnd - 1]?.possessive ?? false)) {
      st.cur.target = pr.party;
    }
    if (pr.speaker || pr.writer) lastPerson = { m, writer: pr.writer && !pr.speaker };
    // "… said I had the wrong number": speech about the writer's own contact is not someone else's story.
    if (pr.writer && lastSpeech !== null && lastSpeech.clause === m.clause) lastSpeech = null;
    if (pr.negator) {
      lastNeg = m;
      continue;
    }
    const negated = near(lastNeg, m, NEGATION_WINDOW);
    // "to call", "to come in": an infinitive names a contact wanted, not one made.
    const before = tokens[m.tokStart - 1];
    const infinitive = before !== undefined && before.text === 'to' && before.clause === m.clause && !MOTION.has(tokens[m.tokStart - 2]?.text ?? '');
    const irrealis = near(lastIrr, m, IRREALIS_WINDOW) || infinitive;
    if (pr.irrealis) lastIrr = m;
    // "Cust reports she called the school 3 times, no answer": the calls are hers, not ours.
    const reported = lastSpeech !== null && lastSpeech.clause === m.clause && lastSpeech !== m;
    const { attemptKind, channel } = pr;
    // "CM called back", "I returned the call": the writer's own call, not a reply to it.
    // "Returned call 5/6, LM": a note's sentences without a subject are the writer's own actions.
    const subjectless = clauseStart(tokens, m);
    const byWriter =
      pr.isResponse &&
      ACTIVE_REPLY.has(m.phrase) &&
      (subjectless || (lastPerson !== null && lastPerson.writer && lastPerson.m === matches[k - 1] && lastPerson.m.clause === m.clause));
    const isResponse = pr.isResponse && !byWriter;
    const isSuccess = pr.isSuccess && !byWriter;
    const cur = st.cur;

    // Inside quotation marks the participant speaks: "I called the school, no answer" is their story.
    if ((attemptKind || channel) && inQuote(m.start)) {
      mentioned.push({ kind: 'reported', channel: channel ?? null, start: m.start, end: m.end, clause: m.clause });
      continue;
    }
    // "Texted re: OV", "reminder about the OV 12/3": the contact is what the message is about.
    if (channel && !attemptKind && !isResponse && isTopic(tokens, m)) continue;
    if (attemptKind) {
      // "not a no-show": a negated attempt is no attempt.
      if (negated) continue;
      // "… she called the school, no answer" is her failed call; "… said he could not talk" is about ours,
      // unless we had already talked in earnest ("we spoke; she reports no answer at the office").
      if (reported && ((reportedContact !== null && reportedContact.clause === m.clause) || (cur !== null && cur.strong))) {
        mentioned.push({ kind: 'reported', channel: channel ?? IMPLIED_CHANNEL[attemptKind], start: m.start, end: m.end, clause: m.clause });
        continue;
      }
      // "will attempt TC": a plan, not an attempt; "if there is still no answer": a condition.
      if (irrealis && (isGeneric(m.phrase) || lastIrr?.phrase === 'if')) continue;
      // "NA" is "no answer" only about a call; in a list of services it means "not applicable".
      if (m.phrase === 'na' && !(cur && cur.channel === 'phone' && m.clause - cur.clause <= 1 && !listValue(text, m))) continue;
      if (lastResponse && lastResponse.clause === m.clause && m.tokStart - lastResponse.tokEnd <= 2 && OBJECT_OF_REPLY.has(m.phrase) && REPLY_TO.has(lastResponse.phrase)) continue;
      addAttempt(m, attemptKind, channel);
    } else if (pr.noise) {
      // A non-contact ("phone number", "bus pass").
    } else if (PHONE_WORDS.has(m.phrase) && isNumberAfter(text, tokens, m)) {
      // "Phone 573-555-0142", "phone # updated": a number on file, not a call.
    } else if (channel && plannedAfter(tokens, matches, k, m)) {
      // "OV scheduled 7/2", "Google Meet 4/4 set for": the marker follows the contact it plans.
      mentioned.push({ kind: 'planned', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (irrealis && (channel || isSuccess)) {
      // "will call", "next OV", "asked cust to come in": a contact that has not happened.
      if (channel) mentioned.push({ kind: 'planned', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (pr.irrealis) {
      // "Scheduled OV for 4/2" starts with the marker itself.
      if (channel) mentioned.push({ kind: 'planned', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (reported && channel && lastSpeech !== null && cur && describesSpeech(tokens, m, lastSpeech, cur)) {
      // "Mother said by phone that …": how the speech reached us.
      setChannel(cur, channel);
    } else if (reported && (channel || isSuccess)) {
      reportedContact = m;
      mentioned.push({ kind: 'reported', channel, start: m.start, end: m.end, clause: m.clause });
    } else if (negated && (channel || isSuccess)) {
      // "did not come in", "was not reached", "has not replied": an attempt, not a contact.
      // The span starts at the negation so the underline reads "not reached", not "reached".
      // "Cust no-showed … and did not call": the participant's own silence belongs to the contact at hand.
      const theirs = channel === 'phone' && cur !== null && subjectBefore(lastNeg as Match, k - 1) !== null;
      addAttempt(m, isResponse || isWrittenChannel(channel) ? 'response' : channel === 'in-person' ? 'visit' : 'call', channel, lastNeg?.start ?? m.start, theirs);
    } else if (channel) {
      // "received an e-mail", "got a text": the message came to us.
      if (receivedBefore(tokens, m) && !isResponse) {
        const e = open(m, channel);
        e.response = true;
        lastResponse = m;
        succeed(e, m);
        continue;
      }
      const lastAttempt = cur?.attempts[cur.attempts.length - 1];
      const describesAttempt =
        cur !== null &&
        lastAttempt !== undefined &&
        cur.clause === m.clause &&
        !isSuccess &&
        (m.tokStart === lastAttempt.tokEnd || prepositionBetween(tokens, lastAttempt.tokEnd, m.tokStart));
      const sameType = cur !== null && (cur.channel === null || CHANNEL_TYPE[cur.channel] === CHANNEL_TYPE[channel]);
      const merge = cur !== null && (cur.clause === m.clause || cur.lastSuccessClause === m.clause) && sameType && (cur.attempts.length === 0 || describesAttempt) && !isResponse;
      const e = merge && cur ? cur : open(m, channel);
      // "TC via Zoom", "text thread": the finer channel wins over the generic one.
      if (e.channel !== channel && (channel === 'video' || channel === 'text') && CHANNEL_TYPE[channel] === e.mode) e.channel = channel;
      setChannel(e, channel);
      if (pr.made && !describesAttempt) {
        e.made = true;
        e.evidence ??= { start: m.start, end: m.end };
      }
      if (isSuccess) succeed(e, m);
      if (isResponse) {
        e.response = true;
        lastResponse = m;
      }
    } else if (pr.made) {
      // "Contact made", "monthly contact": marks the contact of its own sentence as made.
      if (cur && cur.clause === m.clause) cur.made = true;
      else madeMark = m;
    } else if (isResponse) {
      // "Client responded by phone 3/6": a reply by another channel is a contact of its own.
      const via = viaChannel(tokens, matches, k);
      const e = via ? open(m, via) : (cur ?? open(m, null));
      e.response = true;
      lastResponse = m;
      succeed(e, m);
    } else if (isSuccess && relay(cur, m, k)) {
      addAttempt(m, 'call', cur && m.clause - cur.clause <= 1 ? null : 'phone', m.start, true);
    } else if (isSuccess) {
      // "Per instructor…" after a failed call to the customer is a new contact, not a rescue of the failed one.
      const e = cur && !(cur.attempts.length > 0 && cur.clause !== m.clause) ? cur : open(m, null);
      succeed(e, m);
    } else if (pr.isReport || pr.isState) {
      // Speech counts only with a speaker: "cust reports", "she said", "per instructor", or straight after a
      // contact in its own sentence ("TC w/ cust, reports …"). "Address verified" has no one talking.
      const subj = subjectBefore(m, k);
      const speakerBefore = subj !== null && !subj.writer;
      const after = m.phrase === 'per' ? matches[k + 1] : undefined;
      const speakerAfter = after !== undefined && after.clause === m.clause && after.tokStart - m.tokEnd <= 1 && profileOf(after.tags).party !== undefined;
      // (Not after a letter or e-mail: "mailed ltr to last known addr, address verified" is nobody answering.)
      const continues = subj === null && cur !== null && cur.clause === m.clause && cur.attempts.length === 0 && !isWrittenChannel(cur.channel);
      if (pr.isState) {
        // A person's answers right after a call or visit ("Called cust. She is working 30 hrs.").
        const personal =
          speakerBefore && subj.m.tokEnd === m.tokStart && (subj.m.tags.includes('pronoun') || subj.m.tags.includes('party:participant')) && progressFollows(matches, k);
        if (personal && cur && !isWrittenChannel(cur.channel) && cur.channel !== null && cur.attempts.length === 0 && m.clause - cur.clause <= 1) {
          succeed(cur, m);
        }
        continue;
      }
      if (!(speakerBefore || speakerAfter || continues)) continue;
      // "client told her …", "she informed her instructor": a conversation the writer was not part of.
      if (toSomeoneElse(tokens, matches, k, m)) continue;
      if (relay(cur, m, k)) {
        // "her son answered and said she was at clinicals": the call reached someone else.
        addAttempt(m, 'call', null, m.start, true);
        continue;
      }
      lastSpeech = m;
      const fresh = cur !== null && cur.attempts.length > 0 && (cur.clause !== m.clause || speakerBefore || speakerAfter);
      // A new speaker during a visit or call ("Supervisor reports …" at the worksite) speaks over the same channel.
      const e = cur && !fresh ? cur : open(m, cur && m.clause - cur.clause <= 1 && !isWrittenChannel(cur.channel) ? cur.channel : null);
      succeed(e, m);
    }
  }
  return { events, mentioned, parties, tagged };
}

/** "OV scheduled 7/2", "Google Meet 4/4 set for …": a future marker right after the contact (dates may sit between). */
function plannedAfter(tokens: Token[], matches: Match[], k: number, m: Match): boolean {
  const next = matches[k + 1];
  if (next === undefined || next.clause !== m.clause || next.tokStart - m.tokEnd > 3 || !next.tags.includes('irrealis')) return false;
  for (let t = m.tokEnd; t < next.tokStart; t++) if (!tokens[t]?.numeric) return false;
  return true;
}

/** "childcare - NA", "ITA: NA": a value in a list (not applicable), not "no answer". */
function listValue(text: string, m: Match): boolean {
  for (let i = m.start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return c === 45 || c === 58 || c === 61 || c === 8211;
  }
  return false;
}

/** "Mother said by phone", "Per client (phone 3/15)": how the speech reached the writer. */
function describesSpeech(tokens: Token[], m: Match, speech: Match, cur: ContactEvent): boolean {
  const gap = m.tokStart - speech.tokEnd;
  const prep = PREPOSITIONS.has(tokens[m.tokStart - 1]?.text ?? '') || PREPOSITIONS.has(m.phrase.split(' ')[0] ?? '');
  return (gap <= 1 && prep) || (gap <= 2 && cur.channel === null && cur.evidence?.start === speech.start);
}

function viaChannel(tokens: Token[], matches: Match[], k: number): Channel | null {
  const m = matches[k] as Match;
  const next = matches[k + 1];
  if (!next || next.clause !== m.clause || next.tokStart - m.tokEnd > 1) return null;
  if (next.tokStart === m.tokEnd + 1 && !PREPOSITIONS.has(tokens[m.tokEnd]?.text ?? '')) return null;
  return CHANNEL_TAGS.find(([t]) => next.tags.includes(t))?.[1] ?? null;
}

function receivedBefore(tokens: Token[], m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 2; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (tok.text === 'received' || tok.text === 'got') return true;
    if (tok.text !== 'a' && tok.text !== 'an' && tok.text !== 'the') return false;
  }
  return false;
}

/** Progress is told in the rest of the sentence ("she is working 32 hrs"), so the words are the participant's answers. */
function progressFollows(matches: Match[], k: number): boolean {
  const m = matches[k] as Match;
  // Bounded, so a note that is one endless sentence still reads in linear time.
  for (let j = k + 1; j < matches.length && j <= k + 12; j++) {
    const n = matches[j] as Match;
    if (n.clause !== m.clause) return false;
    if (n.tags.includes('progress:strong')) return true;
  }
  return false;
}

/** The match opens its sentence (dates and numbers before it do not count). */
function clauseStart(tokens: Token[], m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return true;
    if (!tok.numeric) return false;
  }
  return true;
}

function prepositionBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let t = from; t < to; t++) if (PREPOSITIONS.has(tokens[t]?.text ?? '')) return true;
  return false;
}

function isTopic(tokens: Token[], m: Match): boolean {
  // "confirmed by phone" says how, not what about.
  if (PREPOSITIONS.has(m.phrase.split(' ')[0] ?? '')) return false;
  const prev = tokens[m.tokStart - 1];
  if (!prev || prev.clause !== m.clause) return false;
  if (TOPIC.has(prev.text)) return true;
  const before = tokens[m.tokStart - 2];
  return (prev.text === 'for' || prev.text === 'the' || prev.text === 'monthly') && before !== undefined && (TOPIC.has(before.text) || TOPIC_NOUN.has(before.text));
}

const OTHERS = new Set(['her', 'him', 'them', 'his', 'their']);
const TELLING = new Set(['told', 'informed', 'advised', 'let cm know', 'explained', 'shared', 'mentioned', 'said', 'stated', 'reported', 'reports']);
function toSomeoneElse(tokens: Token[], matches: Match[], k: number, m: Match): boolean {
  if (!TELLING.has(m.phrase)) return false;
  const next = tokens[m.tokEnd];
  if (!next || next.clause !== m.clause) return false;
  if (m.phrase === 'told' || m.phrase === 'informed' || m.phrase === 'advised') {
    if (OTHERS.has(next.text)) return true;
  } else if (next.text !== 'to') return false;
  // "told her instructor", "said to the school": a party other than the writer is the listener.
  const after = matches[k + 1];
  if (!after || after.clause !== m.clause || after.tokStart - m.tokEnd > 2) return false;
  return after.tags.some((t) => t.startsWith('party:'));
}

/** Character ranges inside straight or curly double quotes. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (c === 34) {
      if (open >= 0) {
        out.push([open, i]);
        open = -1;
      } else open = i;
    } else if (c === 10) open = -1;
  }
  return out;
}

/** Matches arrive in order, so one cursor over the quoted ranges keeps this linear. */
function quoteCursor(quotes: Array<[number, number]>): (at: number) => boolean {
  let q = 0;
  return (at) => {
    while (q < quotes.length && (quotes[q] as [number, number])[1] <= at) q++;
    const r = quotes[q];
    return r !== undefined && at > r[0] && at < r[1];
  };
}

function afterHistory(tokens: Token[], m: Match): boolean {
  for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 4; t--) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) return false;
    if (HISTORY.has(tok.text)) return true;
  }
  return false;
}

function isGeneric(phrase: string): boolean {
  return phrase.startsWith('attempt') || phrase.startsWith('tried') || phrase === 'phone tag' || phrase === 'voicemails' || phrase === 'vms' || phrase === 'lms';
}

function isNumberAfter(text: string, tokens: Token[], m: Match): boolean {
  const next = tokens[m.tokEnd];
  if (!next || next.clause !== m.clause) return false;
  // "phone 3/15" is a call on a date; "phone 573-555-0142" is a number.
  if (next.numeric) return text.charCodeAt(next.end) !== 47;
  return NUMBERISH.has(next.text);
}
