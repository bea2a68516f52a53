/**
 * Pasted message threads ("Text thread 3/2:", "Teams chat w/ cust:", "Email chain:") label each line
 * with who wrote it: "CM: how is class going?" / "Maria (3/3 7:02a): passed my skills check". When the
 * writer's voice and someone else's both appear, the other voice answered: a two-way written exchange,
 * read as one connected event at the first line the other side wrote. Field forms ("Outcome: …",
 * "Notes: …") are not voices, and a thread with only the writer's lines is one-way.
 */
import type { Party } from '../model';
import { CHANNEL_TYPE, isWrittenChannel, type Channel, type ContactEvent } from './event-types';
import type { Token } from './tokenize';
import { VOCABULARY } from './vocabulary';

// A line's speaker label: optional bullet, [time], date, "From", then up to three words, an optional "(3/3 7:02a)", and a colon.
const LABEL = /^[ \t]*(?:[-*•>][ \t]*)?(?:\[[^\]\n]{1,20}\][ \t]*)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+)?(?:from[ \t]+)?([A-Za-z][A-Za-z.']*(?:[ \t][A-Za-z.']+){0,2})(?:[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:/gim;
const WRITER = new Set(['cm', 'me', 'i', 'cw', 'writer', 'case manager', 'staff', 'counselor', 'coach', 'career advisor', 'navigator', 'this writer']);
/** Labels of a form's fields, never a voice. */
const FIELDS = new Set([
  'contact type', 'contact with', 'type', 'outcome', 'notes', 'note', 'results', 'result', 'next steps', 'next step', 'subject', 'date',
  'reason', 'progress', 'justification', 'plan', 'summary', 're', 'time', 'purpose', 'follow up', 'next contact', 'status', 'method',
  'activity', 'goal', 'goals', 'barriers', 'services', 'action', 'comments', 'update', 'narrative', 'details', 'participant name',
  'background', 'assessment', 'employment', 'education', 'training', 'attendance', 'grades', 'concerns', 'observations', 'supports',
  'issues', 'strengths', 'needs', 'recommendation', 'recommendations', 'location', 'attendees', 'present', 'agenda', 'topic', 'topics',
  'referral', 'referrals', 'program', 'case', 'name', 'phone', 'email', 'address', 'schedule', 'wage', 'employer', 'school', 'provider',
]);
const PARTY_WORDS: ReadonlyArray<[Party, ReadonlySet<string>]> = [
  ['participant', new Set(VOCABULARY['party:participant'])],
  ['alternate', new Set(VOCABULARY['party:alternate'])],
  ['provider', new Set(VOCABULARY['party:provider'])],
];

/** Every vocabulary word: a label that is one ("Texts:", "Called:") is not a name. */
const KNOWN = new Set(Object.values(VOCABULARY).flatMap((ps) => (ps ?? []).flatMap((p) => p.split(' '))));

interface Voice {
  writer: boolean;
  party: Party | null;
  start: number;
  end: number;
}

function voiceOf(label: string, raw: string): { writer: boolean; party: Party | null } | null {
  if (WRITER.has(label)) return { writer: true, party: null };
  if (FIELDS.has(label)) return null;
  for (const [party, words] of PARTY_WORDS) if (words.has(label)) return { writer: false, party };
  // "Maria (3/3 7:02a):": one capitalised word is a person's name ("Texts:", "Update:" are not).
  if (!label.includes(' ') && /^[A-Z][a-z]+$/.test(raw) && !KNOWN.has(label)) return { writer: false, party: 'participant' };
  return null;
}

/**
 * The connected event a pasted thread stands for, or null. `events` are the note's events so far (in order);
 * the thread's channel is that of the last written event opened before its first line ("Text thread", "Teams chat").
 */
export function readThread(text: string, tokens: Token[], events: ContactEvent[]): ContactEvent | null {
  if (text.indexOf('\n') < 0 || text.indexOf(':') < 0) return null;
  const voices: Voice[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const raw = (m[1] ?? '').trim();
    const v = voiceOf(raw.toLowerCase().replace(/\s+/g, ' '), raw);
    if (v) voices.push({ ...v, start: m.index + m[0].indexOf(raw), end: m.index + m[0].length - 1 });
    if (m[0].length === 0) LABEL.lastIndex++;
  }
  if (!voices.some((v) => v.writer)) return null;
  const reply = voices.find((v) => !v.writer && v.party !== null);
  if (!reply || voices.length < 2) return null;
  const header = events.filter((e) => e.start < reply.start && isWrittenChannel(e.channel)).pop();
  const channel: Channel = header?.channel ?? 'text';
  let t = 0;
  while (t < tokens.length && (tokens[t] as Token).end <= reply.start) t++;
  const tok = tokens[t];
  const clause = tok?.clause ?? 0;
  return {
    start: reply.start, end: reply.end, tokStart: t, tokEnd: t + 1, clause, channel, mode: CHANNEL_TYPE[channel], attempts: [], success: true,
    strong: true, response: true, made: false, evidence: { start: reply.start, end: reply.end }, lastSuccessTok: t, lastSuccessClause: clause,
    party: reply.party, target: reply.party, opener: 'thread', speakers: [], fromThem: true, request: false, byChannel: false, away: false,
    declared: false, incoming: true, actor: reply.party === 'participant' ? 'participant' : 'third-party', direction: 'incoming',
    outcome: 'connected', successful: true, date: null,
  };
}
