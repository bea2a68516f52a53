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

// A line's speaker label: optional bullet, [time], date, "From", then up to three words, an optional date, an optional
// clock time ("Shawna 9:40:", "CM 9:12 AM:"), an optional "(3/3 7:02a)", and a colon.
const LABEL = /^[ \t]*(?:[-*•>][ \t]*)?(?:\[[^\]\n]{1,20}\][ \t]*)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+)?(?:from[ \t]+)?([A-Za-z][A-Za-z.']*(?:[ \t][A-Za-z.']+){0,2})(?:[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:/gim;
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

function voiceOf(label: string, raw: string, named: string | undefined): { writer: boolean; party: Party | null } | null {
  if (WRITER.has(label)) return { writer: true, party: null };
  if (FIELDS.has(label)) return null;
  for (const [party, words] of PARTY_WORDS) if (words.has(label)) return { writer: false, party };
  // "Maria (3/3 7:02a):": one capitalised word is a person's name ("Texts:", "Update:" are not), hers unless the note
  // names her otherwise ("Client Deshawn. … Jasmine 9:40: …").
  if (!label.includes(' ') && /^[A-Z][a-z]+$/.test(raw) && !KNOWN.has(label)) return { writer: false, party: named && named !== raw ? null : 'participant' };
  return null;
}

/**
 * A texting platform's export marks a line by its direction, not its writer ("OUT 3/4 9:15 AM: …", "3/9 INBOUND
 * (816) 555-0134: …", "▶ 5/2 8:30 AM: …" / "◀ …"): ours going out, theirs coming in. An incoming line is the
 * participant's only when nobody is named before its colon (a phone number, a time, a stamp in brackets are no
 * name; "IN 3/19 J. Pruitt:" is someone else), and not when a machine or a refusal wrote it.
 */
const DIRECTION = /^[ \t]*(?:[-*•][ \t]*)?(?:(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)[ \t]+)*(OUT|IN|OUTBOUND|INBOUND|[Oo]utbound|[Ii]nbound|\u25b6|\u25c0)(?=[ \t:])((?:[^:\n]|:(?=\d\d)){0,60}):(?!\d)(.*)$/gm;
const NOT_THEM = /^\s*(?:stop|unsubscribe|cancel|quit|end)\s*\.?\s*$|auto.?reply|automatic reply|out of (?:the )?office|undeliverable|do not disturb|wrong (?:number|#|person)|who is this|who'?s this/i;
function directionVoices(text: string, voices: Voice[]): void {
  if (!/OUT|IN|utbound|nbound|\u25b6|\u25c0/.test(text)) return;
  DIRECTION.lastIndex = 0;
  for (let m = DIRECTION.exec(text); m; m = DIRECTION.exec(text)) {
    const mark = m[1] ?? '';
    const out = mark === '\u25b6' || mark.toLowerCase().startsWith('out');
    const start = m.index + m[0].indexOf(mark);
    const end = start + mark.length + (m[2] ?? '').length + 1;
    // (What stands between the mark and the colon once dates, times, phone numbers and bracketed stamps are gone.)
    // (A parenthesis is a phone number coming in, "(816) 555-0134"; going out, it may name our staff, "(Youth - K. Vang)".)
    const rest = (m[2] ?? '').replace(out ? /\([^)\n]*\)/g : /\([\d\s-]*\)/g, ' ').replace(/\[[^\]]*\]|\d{1,2}:\d{2}\s*[AaPp]?\.?[Mm]?\.?(?![a-z])|[\d/-]/g, ' ').trim();
    if (out) {
      // Ours: nothing, or a staff member's initial and name ("OUTBOUND D. Harper:"), not a heading ("Outbound Campaign:").
      if (rest === '' || /^[A-Z]\. ?[A-Z][a-z]+$/.test(rest)) voices.push({ writer: true, party: null, start, end });
      continue;
    }
    const who = rest.replace(/[:().]/g, ' ').trim().toLowerCase();
    const party = who === '' ? 'participant' : (PARTY_WORDS.find(([, w]) => w.has(who))?.[0] ?? null);
    if (party !== 'participant' || NOT_THEM.test(m[3] ?? '')) continue;
    voices.push({ writer: false, party, start, end });
  }
  voices.sort((a, b) => a.start - b.start);
}

/**
 * A line that is not hers: the phone's delivery status, a stranger or relative who has her number or
 * writes of her ("she moved, this is her old number", "this is her daughter, she started Monday"), or our tries laid
 * out as a thread ("Returned call, left VM.", "no answer.").
 */
const NOT_HERS = /^(?:message )?(?:not )?delivered\b|\bnot delivered\b|\bnew (?:phone|number)\b|\bthis number\b|\bold number\b|\bthis is (?:her|his|their)\b|\b(?:she|he)\b|\bno answer\b|\bleft (?:a )?(?:vm|voicemail|message|msg)\b|\blvm\b|\bvoicemail\b|\breturned (?:the |my |your )?call\b/i;
/** "Client Deshawn": the participant's name as the note gives it; a label with another name is someone else's line. */
const NAMED = /\b(?:[Cc]lient|[Pp]articipant|[Cc]ustomer|[Cc]ust|[Yy]outh|[Pp]t|[Pp]tcp)\b[ \t:]+([A-Z][a-z]+)\b/;
/** A line that only asks ("can you call me?", "call me") or refuses ("STOP"): a request, not their answer. */
const ASKS = /\bcall me\b|\bcall (?:me )?back\b|^(?:can|could|will|would) (?:you|u|we|i)\b/i;
/** The words of a labelled line, from `from` (past its colon) to the line's end, answer: not only a question or a refusal. */
function answers(text: string, from: number): boolean {
  const nl = text.indexOf('\n', from);
  const line = text.slice(from, nl < 0 ? text.length : nl).trim();
  if (NOT_THEM.test(line) || NOT_HERS.test(line)) return false;
  const parts = line.split(/(?<=[.!?])\s+/).filter((x) => /[a-z0-9]/i.test(x));
  return parts.some((x) => !x.trim().endsWith('?') && !ASKS.test(x.trim()));
}

/**
 * The connected event a pasted thread stands for, or null. `events` are the note's events so far (in order);
 * the thread's channel is that of the last written event opened before its first line ("Text thread", "Teams chat").
 */
export function readThread(text: string, tokens: Token[], events: ContactEvent[]): ContactEvent | null {
  if (text.indexOf('\n') < 0 || text.indexOf(':') < 0) return null;
  const voices: Voice[] = [];
  const named = NAMED.exec(text)?.[1];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const raw = (m[1] ?? '').trim();
    const v = voiceOf(raw.toLowerCase().replace(/\s+/g, ' '), raw, named);
    if (v) voices.push({ ...v, start: m.index + m[0].indexOf(raw), end: m.index + m[0].length - 1 });
    if (m[0].length === 0) LABEL.lastIndex++;
  }
  // Direction-marked lines are read on their own, never mixed with labels ("Disposition:", "System:" are no voice
  // answering an OUT line): theirs coming in after ours going out.
  const marked: Voice[] = [];
  directionVoices(text, marked);
  const firstOut = marked.findIndex((v) => v.writer);
  const inAfter = firstOut < 0 ? undefined : marked.slice(firstOut).find((v) => !v.writer);
  if (!inAfter && !voices.some((v) => v.writer)) return null;
  const reply = inAfter ?? voices.find((v) => !v.writer && v.party !== null && answers(text, v.end + 1));
  if (!reply || (!inAfter && voices.length < 2)) return null;
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
