/**
 * Pasted e-mails with their headers ("From: maria.lopez@gmail.com / To: … / Subject: RE: check-in").
 * The header block is the e-mail: who sent it is read from the From line (the agency's own address or a
 * staff title is the writer; a school's .edu address or a provider's title is the provider; anyone else
 * is the participant). An e-mail from them is theirs to us, and settles like "E-mail from client: …"
 * (a reply when it carries news, not when it only asks); the writer's own e-mail alone is one-way; both
 * in one note are an exchange. One scan of the text with one regex, and only when it has a line break and a colon.
 */
import type { Party } from '../model';
import type { ContactEvent } from './event-types';
import type { Match } from './matcher';
import type { Token } from './tokenize';

const HEADER = /^[ \t>]*(from|to|sent|date|subject|cc)[ \t]*:(.*)$/gim;
const AGENCY = /\.(gov|us)\b|workforce|jobcenter|job center|dwd|deed|wfc|ajc|one ?stop|wioa|case manager|career (?:advisor|counselor|coach|navigator)|employment counselor|(?<!school |guidance )\bcounselor\b|^\s*(?:cm|staff|me)\s*$/i;
/** "From client 5/19:", "> From: Rick Yates, Welding Instructor": a From line alone opens an e-mail when it says who. */
const FROM_ALONE = /^[ \t>]*from(?:[ \t]*:|[ \t]+)([^:\n]{1,80}?)[ \t]*(?::|$)/gim;
const PROVIDER = /\.edu\b|instructor|teacher|registrar|school|college|university|academy|supervisor|\bhr\b|human resources|employer|coordinator|professor|dean/i;
/** Mail services people use for themselves: a sender writing from one is the participant (an agency never is). */
const PERSONAL = /@(?:gmail|yahoo|hotmail|outlook|icloud|aol|live|msn|comcast|att|sbcglobal|protonmail|ymail|me|mail)\.|\b(?:participant|customer|client|cust)\b/i;
/** Not a person writing back: an out-of-office answer or a bounce. */
const NO_ONE = /automatic reply|auto.?reply|out of (?:the )?office|undeliverable|delivery (?:status|failure|has failed|failed)|mailer.daemon|postmaster|could not be delivered/i;

type Sender = 'writer' | Party | null;
interface Block {
  start: number;
  end: number;
  fromValue: string;
  toValue: string;
  /** Where the e-mail's own words start (after its last header line). */
  bodyStart: number;
}

function senderOf(value: string): Sender {
  if (AGENCY.test(value)) return 'writer';
  if (PROVIDER.test(value)) return 'provider';
  if (PERSONAL.test(value)) return 'participant';
  return null;
}

/**
 * Who sent a block: its From line, else the other side of its To line (we write to them, they to us), else
 * its words: the participant writes about themself ("I passed my test"), a case manager asks about "your" class.
 */
function sentBy(b: Block, bodyEnd: number, matches: Match[]): Sender {
  const from = senderOf(b.fromValue);
  if (from !== null) return from;
  const to = senderOf(b.toValue);
  if (to === 'participant' || to === 'provider') return 'writer';
  let self = false;
  for (const m of matches) {
    if (m.start < b.bodyStart) continue;
    if (m.start >= bodyEnd) break;
    if (m.tags.includes('writer') && (m.phrase === 'i' || m.phrase === 'my')) self = true;
    else if (self && m.tags.includes('progress:strong')) return 'participant';
  }
  return null;
}

/** The e-mails a note pastes with their headers, as events (none when it pastes none). */
export function readHeaders(text: string, tokens: Token[], matches: Match[]): ContactEvent[] {
  if (text.indexOf(':') < 0 || text.indexOf('\n') < 0) return [];
  const blocks: Block[] = [];
  let cur: (Block & { lines: number }) | null = null;
  let lastEnd = -1;
  const close = () => {
    if (cur && cur.lines >= 2) blocks.push(cur);
    cur = null;
  };
  HEADER.lastIndex = 0;
  for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
    const name = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    // Header lines follow each other; a gap of body text ends the block.
    const adjacent = cur !== null && text.slice(lastEnd, m.index).trim() === '';
    if (name === 'from' || !adjacent) {
      close();
      if (name === 'from') cur = { start: m.index, end: m.index + m[0].length, fromValue: value, toValue: '', bodyStart: 0, lines: 0 };
    }
    const block = cur as (Block & { lines: number }) | null;
    if (block) {
      block.lines++;
      block.bodyStart = m.index + m[0].length;
      if (name === 'to') block.toValue = value;
    }
    lastEnd = m.index + m[0].length;
  }
  close();
  // A From line on its own is an e-mail only when it names who wrote it.
  FROM_ALONE.lastIndex = 0;
  for (let m = FROM_ALONE.exec(text); m; m = FROM_ALONE.exec(text)) {
    const at = m.index;
    const value = m[1] ?? '';
    if (blocks.some((b) => at >= b.start && at < b.bodyStart) || senderOf(value) === null) continue;
    blocks.push({ start: at, end: at + m[0].length, fromValue: value, toValue: '', bodyStart: at + m[0].length });
  }
  blocks.sort((a, b) => a.start - b.start);
  if (blocks.length === 0) return [];
  const senders = blocks.map((b, i) => sentBy(b, blocks[i + 1]?.start ?? text.length, matches));
  // Two senders in one pasted thread: one of them is us.
  const theirs = senders.findIndex((x) => x !== null && x !== 'writer');
  const ours = senders.includes('writer') || (theirs >= 0 && blocks.some((b, i) => i !== theirs && b.fromValue.trim().toLowerCase() !== blocks[theirs]?.fromValue.trim().toLowerCase()));
  return blocks.map((b, i) => {
    let t = 0;
    while (t < tokens.length && (tokens[t] as Token).end <= b.start) t++;
    const clause = tokens[t]?.clause ?? 0;
    const whole = text.slice(b.start, blocks[i + 1]?.start ?? text.length);
    const bounced = NO_ONE.test(whole);
    const sender = senders[i] ?? null;
    // Only a sender we can tell is not us writes to us; an e-mail we cannot place is read as one that went out.
    const incoming = sender !== null && sender !== 'writer' && !bounced;
    // Theirs answers ours when both are pasted; theirs alone needs news in the note to count (settle).
    const replied = incoming && ours;
    const party: Party = incoming ? (sender as Party) : 'participant';
    const e: ContactEvent = {
      start: b.start, end: b.end, tokStart: t, tokEnd: t + 1, clause, channel: 'email', mode: 'email', attempts: [], success: replied,
      strong: replied, response: replied, made: false, evidence: { start: b.start, end: b.end }, lastSuccessTok: replied ? t : -1,
      lastSuccessClause: replied ? clause : -1, party, target: party, opener: 'e-mail header', speakers: [], fromThem: incoming,
      request: incoming && !replied, byChannel: false, away: false, declared: false, incoming, actor: incoming ? (party === 'participant' ? 'participant' : 'third-party') : 'case-manager',
      direction: incoming ? 'incoming' : 'outgoing', outcome: 'unclear', successful: false, date: null,
    };
    if (bounced) e.attempts.push({ start: b.start, end: b.end, kind: 'mail', phrase: 'undeliverable', tokEnd: t + 1, generic: false });
    return e;
  });
}
