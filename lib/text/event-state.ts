/**
 * What the event reader (lib/text/events.ts) carries from one match to the next while it reads a
 * note, and the few ways it changes an event: open one, give it a channel, mark it connected, add
 * a failed try. The branches that read talk and speech (event-talk.ts) share it.
 */
import type { Party } from '../model';
import type { Match } from './matcher';
import type { Token } from './tokenize';
import { CHANNEL_TYPE, isWrittenChannel, type AttemptKind, type Channel, type ContactEvent, type MentionedContact } from './event-types';
import { AWAY, BY, CLAIM_LABELS, TYPE_LABELS, profileOf } from './event-words';
import { ANY_CHANNEL, ANSWERING, CALL_BY_DEFAULT, DOOR, IMPLIED_CHANNEL, isGeneric, NOT_JOINED } from './contact-words';
import { afterHistory, answeredBy } from './clauses';
import { labelled } from './text-marks';

/** An automatic reply's words: after something written, its failure. */
const OUT_OF_OFFICE = new Set(['out of office', 'out of the office', 'out of office reply', 'auto reply', 'automatic reply', 'autoreply']);

export interface Reading {
  readonly text: string;
  readonly tokens: Token[];
  readonly matches: Match[];
  readonly events: ContactEvent[];
  readonly mentioned: MentionedContact[];
  /** The event the next words extend (null: none open). */
  cur: ContactEvent | null;
  lastNeg: Match | null;
  lastIrr: Match | null;
  /** The last speech verb with a speaker other than the writer: what follows in its sentence is their story. */
  lastSpeech: Match | null;
  /** A contact someone else made, told in their speech ("she called the school"): failures after it are theirs. */
  reportedContact: Match | null;
  /** "Monthly contact made by phone": the contact is said to be made before its channel is named. */
  madeMark: Match | null;
  /** The last reply ("returned my call"): a failure named right after it is its object ("returned my 7/15 VM"). */
  lastResponse: Match | null;
  /** The last person named (party, pronoun or writer), for "who is speaking". */
  lastPerson: { m: Match; writer: boolean } | null;
  lastPast: Match | null;
  /** Who last answered for the participant ("her husband answered"), and in which sentence. */
  relayer: { party: Party; clause: number; channel: Channel | null } | null;
}

export function newReading(text: string, tokens: Token[], matches: Match[]): Reading {
  return {
    text, tokens, matches, events: [], mentioned: [], cur: null, lastNeg: null, lastIrr: null, lastSpeech: null, reportedContact: null,
    madeMark: null, lastResponse: null, lastPerson: null, lastPast: null, relayer: null,
  };
}

export function openEvent(r: Reading, m: Match, channel: Channel | null): ContactEvent {
  const { text, tokens, madeMark } = r;
  const e: ContactEvent = {
    start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, clause: m.clause, channel,
    mode: channel ? CHANNEL_TYPE[channel] : null, attempts: [], success: false, strong: false, response: false, made: false,
    evidence: null, lastSuccessTok: -1, lastSuccessClause: -1, party: null, target: null, away: AWAY.has(m.phrase), declared: false, opener: m.phrase, speakers: [], fromThem: false, request: false, byChannel: BY.has(tokens[m.tokStart - 1]?.text ?? ''), incoming: false, actor: 'case-manager', direction: 'outgoing',
    outcome: 'unclear', successful: false, date: null,
  };
  if (madeMark !== null && madeMark.clause === m.clause) e.made = true;
  const subj = r.lastPerson;
  if (subj && !subj.writer && subj.m.clause === m.clause && m.tokStart - subj.m.tokEnd <= 2) e.target = profileOf(subj.m.tags).party ?? 'participant';
  r.events.push(e);
  r.cur = e;
  // "Contact Type: Phone" in a form: the note's declared channel, not a sentence the next lines continue.
  const opener = profileOf(m.tags);
  if (e.made && opener.channel !== null && !opener.attemptKind && madeMark !== null && madeMark.clause === m.clause && (TYPE_LABELS.has(madeMark.phrase) || (CLAIM_LABELS.has(madeMark.phrase) && m.tokStart === madeMark.tokEnd)) && labelled(text, madeMark)) {
    e.declared = true;
    r.cur = null;
  }
  return e;
}

export function setChannel(e: ContactEvent, c: Channel | null): void {
  if (e.channel === null && c !== null) {
    e.channel = c;
    e.mode = CHANNEL_TYPE[c];
  }
}

export function succeed(r: Reading, e: ContactEvent, m: Match): void {
  e.success = true;
  // Talking in earnest ("spoke", "discussed"), not a report or a phone picked up.
  if (m.tags.includes('success') && !ANSWERING.has(m.phrase)) e.strong = true;
  // "Cust answered and we talked": picking up is a phone's ("answered the door" a visit's).
  if (ANSWERING.has(m.phrase) && e.channel === null) setChannel(e, answeredBy(r.tokens, m));
  e.lastSuccessTok = m.tokStart;
  e.lastSuccessClause = m.clause;
  e.evidence ??= { start: m.start, end: m.end };
}

export function addAttempt(r: Reading, m: Match, kindOf: AttemptKind, channel: Channel | null, from = m.start, anyChannel = false): void {
  let kind = kindOf;
  const any = anyChannel || ANY_CHANNEL.has(m.phrase);
  let implied = channel ?? (any ? null : IMPLIED_CHANNEL[kind]);
  // "Google Meet 4/4 scheduled, client did not join": a no-show for a planned contact takes its channel.
  const plan = r.mentioned[r.mentioned.length - 1];
  if (kind === 'visit' && !channel && plan && plan.kind === 'planned' && plan.channel && plan.clause >= m.clause - 1) implied = plan.channel;
  const cur = r.cur;
  // "Text to cust undeliverable": a delivery failure belongs to whatever was sent.
  // ("E-mailed client 3/4. Got her out-of-office": an automatic reply is the message's failure, not a call.)
  const bounced = (kind === 'mail' || OUT_OF_OFFICE.has(m.phrase)) && cur !== null && isWrittenChannel(cur.channel);
  if (bounced && kind === 'call') kind = 'response';
  const fits =
    cur !== null &&
    (cur.channel === null || implied === null || any || bounced || CHANNEL_TYPE[cur.channel] === CHANNEL_TYPE[implied] || (cur.channel === 'video' && NOT_JOINED.has(m.phrase))) &&
    !(cur.success && cur.lastSuccessClause !== m.clause);
  // ("Knocked at the trailer, no answer.": after a knock in its sentence, nobody answered the door.)
  if (!fits && any && CALL_BY_DEFAULT.has(m.phrase)) implied = knockedBefore(r.tokens, m) ? 'in-person' : 'phone';
  const e = fits && cur ? cur : openEvent(r, m, implied);
  if (!(fits && (any || bounced))) setChannel(e, implied);
  // "Sent letter 3/1. No answer yet.", "Texted 3x, not reached": after something written, silence is no reply.
  if (any && kind === 'call' && fits && isWrittenChannel(e.channel)) kind = 'response';
  // A relay ("her son answered") is generic too: the concrete failure, if told, is what to point at.
  e.attempts.push({ start: from, end: m.end, kind, phrase: m.phrase, tokEnd: m.tokEnd, generic: anyChannel || isGeneric(m.phrase) || afterHistory(r.tokens, m) });
}

/** A knock at a door earlier in the failure's sentence ("Knocked", "knocking", "knock on the door"). */
function knockedBefore(tokens: Token[], m: Match): boolean {
  for (let i = m.tokStart - 1; i >= 0 && tokens[i]?.clause === m.clause; i--) if ((tokens[i] as Token).text.startsWith('knock')) return true;
  return false;
}

/**
 * A person named just before `m` in its sentence (within two words, nothing else recognised between). A name after a
 * comma between them is the subject instead ("Sky (she/they, Toolbox says legal name)": Toolbox says it, not they).
 */
export function subjectBefore(r: Reading, m: Match, k: number): { m: Match; writer: boolean } | null {
  const p = r.lastPerson;
  if (p === null || p.m !== r.matches[k - 1] || p.m.clause !== m.clause || m.tokStart - p.m.tokEnd > 2) return null;
  const between = r.tokens[p.m.tokEnd];
  if (m.tokStart - p.m.tokEnd === 1 && between !== undefined && between.capitalised && r.text.slice(p.m.end, between.start).includes(',')) return null;
  return p;
}

/** Whoever answered for the participant, remembered so a pronoun after it ("He said …") is them. */
export function relayerOf(r: Reading, m: Match, k: number): Reading['relayer'] {
  const who = subjectBefore(r, m, k);
  const party = who ? profileOf(who.m.tags).party : undefined;
  return party ? { party, clause: m.clause, channel: r.cur?.channel ?? null } : null;
}

/** Someone other than the participant answered a call meant for the participant, before anyone talked with them. */
export function relay(r: Reading, cur: ContactEvent | null, m: Match, k: number): boolean {
  const subj = subjectBefore(r, m, k);
  if (!subj || subj.writer) return false;
  const who = profileOf(subj.m.tags).party;
  if (who !== 'alternate' && who !== 'other') return false;
  if (!cur || m.clause - cur.clause > 1) return ANSWERING.has(m.phrase);
  // ("Home visit 3/18. The neighbor opened the door and said …": someone else at the participant's door.)
  return (cur.channel === 'phone' || (cur.channel === 'in-person' && (!cur.made || DOOR.has(m.phrase)))) && (cur.target === 'participant' || cur.target === null) && !cur.success;
}
