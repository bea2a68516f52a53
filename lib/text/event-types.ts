/**
 * The shapes a note is read into: contact events (who acted, how, which way,
 * what came of it, when), contacts only mentioned (planned or someone else's),
 * and the people named. lib/text/events.ts fills them in; lib/text/settle.ts
 * decides each event's outcome, actor and date.
 */
import type { ContactType, Party } from '../model';
import type { Match } from './matcher';
import { TAGS, type Tag } from './vocabulary';

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
type Outcome = 'connected' | 'attempt' | 'one-way' | 'unclear';
/**
 * What came of an arrival, visit or call for us (lib/text/meeting.ts): a meeting with us, or one the note says was
 * none: someone else's appointment or an event, a meeting that did not happen, an errand only, our front desk, a dropped call.
 */
export type Meeting = 'met' | 'someone-else' | 'not-held' | 'errand' | 'reception' | 'dropped';
type Actor = 'case-manager' | 'participant' | 'third-party';

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
  /** The phrase that opened the event, as listed in the vocabulary ("called", "wex site visit"). */
  opener: string;
  /** Opened or named by a written exchange two-way by its name ("chat w/ cust", "text exchange"). */
  exchange?: boolean;
  /** Parties heard speaking in the event ("Supervisor Tina says …"), for a site visit the participant may have missed. */
  speakers: Party[];
  /** A message that came from them ("Text from client: call me"): their reply only when it carries news. */
  fromThem: boolean;
  /** The channel came after "by/via/over" ("spouse contacted the undersigned by telephone"): how a person reached us. */
  byChannel: boolean;
  /** …and it only asks for something ("call me", "asking about bus pass"). */
  request: boolean;
  /** Opened by a trip ("went to", "drove to"): by the writer a visit, by anyone else a trip somewhere else. */
  away: boolean;
  /** Opened by a form's "Contact Type: …" label: it stands for the body's own contact when the body has one. */
  declared: boolean;
  /** The party was the subject ("Cust called", "Instructor e-mailed"): the contact came to us. */
  incoming: boolean;
  actor: Actor;
  direction: 'outgoing' | 'incoming';
  outcome: Outcome;
  successful: boolean;
  /** Whether it was a meeting with us, read over the event's part of the note once the events are settled (lib/text/meeting.ts). */
  meeting?: Meeting;
  /** The date written in the event's sentence, as typed ("3/4", "March 4"), when there is one (not a birth date, not a follow-up's "FU 12/15"). */
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
  tagged: TagIndex;
}

/** Each tag's bit in a TagBits (two 32-bit words: there are more than 32 tags). */
const TAG_BIT = new Map<Tag, number>(TAGS.map((t, i) => [t, i]));
/** Which tags a list of matches carries, one bit each (see tagBits). */
export interface TagBits {
  lo: number;
  hi: number;
}
/** The bits of one match's tags (computed once per tags list, with its profile). */
export function tagBits(tags: readonly Tag[]): TagBits {
  const bits = { lo: 0, hi: 0 };
  for (const t of tags) {
    const i = TAG_BIT.get(t) ?? -1;
    if (i >= 32) bits.hi |= 1 << (i - 32);
    else if (i >= 0) bits.lo |= 1 << i;
  }
  return bits;
}

/**
 * The matches a reading kept, by tag. A list is gathered when asked for, not built for every
 * tag of every match: a note has a dozen or two matches, and only some tags are ever asked about.
 * Most tags asked about are on none of them: `present` (every kept match's tags, or-ed) answers
 * those without a scan. A list gathered is kept for the next asker (several rules ask for the
 * same tag): shared, so never change one.
 */
export class TagIndex {
  private lists: Array<Match[] | undefined> | null = null;
  constructor(
    private readonly kept: readonly Match[],
    private readonly present: TagBits = { lo: -1, hi: -1 },
  ) {}

  /** The matches carrying `tag`, in note order; undefined when there are none (as a Map would say). */
  get(tag: Tag): Match[] | undefined {
    const i = TAG_BIT.get(tag);
    // (A tag outside TAGS has no bit and no place in the lists: look every time.)
    if (i === undefined) return this.gather(tag);
    if ((i >= 32 ? this.present.hi & (1 << (i - 32)) : this.present.lo & (1 << i)) === 0) return undefined;
    const lists = (this.lists ??= []);
    return (lists[i] ??= this.gather(tag));
  }

  private gather(tag: Tag): Match[] | undefined {
    let list: Match[] | undefined;
    for (const m of this.kept) if (m.tags.includes(tag)) (list ??= []).push(m);
    return list;
  }
}

export const CHANNEL_TYPE: Record<Channel, ContactType> = {
  'in-person': 'in-person',
  phone: 'telephone',
  video: 'telephone',
  letter: 'letter',
  email: 'email',
  text: 'email',
};

export const isWrittenChannel = (c: Channel | null) => c === 'letter' || c === 'email' || c === 'text';
