/**
 * Which of a note's contact events the verdict rests on, and what it says of the note: the best
 * connected contact (with the participant first, then in person before phone before e-mail before
 * letter), else a letter or e-mail awaiting its reply, else the first failed try; the note's contact
 * type from the text; whom the contact was with.
 */
import type { ContactType, Party } from '../model';
import { isWrittenChannel, type Attempt, type ContactEvent, type PartyMention } from './event-types';
import { writtenReplyChannel } from './reply-channel';
import { SPANISH_MESSAGE } from './vocabulary-es';


/** A message left with someone (a receptionist, a roommate): still an attempt to reach the participant. */
const LEFT_WORD = new Set([
  'left message with', 'left a message with', 'left msg with', 'left word with', 'took a message', 'took message', 'took msg', 'take a message',
  'took a msg', 'have her call', 'have him call', 'have client call', 'have cust call', 'have them call', 'to have her call', 'to have him call',
  'to have client call', 'to have cust call', 'to have them call', 'to have participant call', 'to have youth call', 'left message', 'lm',
  ...SPANISH_MESSAGE,
]);
/** In-person beats telephone beats e-mail beats letter when one note records several contacts. */
const MODE_RANK: Record<ContactType, number> = { 'in-person': 0, telephone: 1, email: 2, letter: 3 };

interface Choice {
  /** The event the verdict rests on (null: the note names no contact). */
  chosen: ContactEvent | null;
  /** The connected contacts, in the note's order. */
  successes: ContactEvent[];
  /** A letter/e-mail/text that went out with no failure of its own and no reply yet (null when none). */
  pending: ContactEvent | null;
  textContactType: ContactType | null;
  party: Party | null;
}

/** Chooses among settled events (their outcomes decided); talk that names no channel first takes the channel at hand. */
export function choose(events: ContactEvent[], parties: PartyMention[], text = ''): Choice {
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
  // A reply still without a channel is written when its form says so ("Client replied 3/6: "…"").
  writtenReplyChannel(text, events);
  const successes = events.filter((e) => e.successful);
  const partyOf = (e: ContactEvent): Party => e.party ?? 'participant';
  const byRank = (a: ContactEvent, b: ContactEvent) => (a.mode ? MODE_RANK[a.mode] : 9) - (b.mode ? MODE_RANK[b.mode] : 9);
  // With nothing connected, a letter/e-mail still awaiting its reply is what the note is about;
  // a text sent after failed calls is only a nudge, so the calls stay the story.
  const pending = successes.length > 0 ? null : (events.find((e) => e.outcome === 'one-way' && !e.incoming) ?? null);
  // Beside a contact the note binds to the participant, a meeting it binds to nobody is not the contact: "TC w/ client
  // 4/6. … passed the IPC soldering test", "… job search goal met", "switch to the in-person evening class".
  const unbound = (e: ContactEvent) => e.mode === 'in-person' && e.party === null;
  const withThem = successes.some((e) => e.party === 'participant' && e.mode !== null);
  const chosen =
    (withThem ? firstBest(successes, byRank, (e) => e.mode !== null && partyOf(e) === 'participant' && !unbound(e)) : undefined) ??
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
  return { chosen, successes, pending, textContactType, party };
}

/** What `[...list].filter(keep).sort(order)[0]` is (the first of the best, as sort is stable), without the copies. */
function firstBest<T>(list: readonly T[], order: (a: T, b: T) => number, keep?: (x: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const x of list) if ((!keep || keep(x)) && (best === undefined || order(x, best) < 0)) best = x;
  return best;
}

/** Every event's attempts in order (what events.flatMap would give, without its per-call overhead). */
export function allAttempts(events: readonly ContactEvent[]): Attempt[] {
  const out: Attempt[] = [];
  for (const e of events) for (const t of e.attempts) out.push(t);
  return out;
}

/** The last item that passes `test` (Array.prototype.findLast). */
function lastWith<T>(list: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return list[i];
  return undefined;
}
