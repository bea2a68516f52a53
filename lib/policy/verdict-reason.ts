/**
 * The reason every verdict carries (lib/policy/qualifies.ts): the event it rests on, its span and date, and a plain
 * sentence a case manager understands, asking how they reached the participant when the note does not say.
 */
import { typedDateOn } from '../dates';
import type { CaseNote, ContactType, Party, VerdictReason } from '../model';
import { isWrittenChannel, type Channel, type ContactEvent, type NoteAnalysis } from '../text/analyze';
import { CHANNEL_TYPE } from '../text/event-types';
import type { ContactAssessment } from './assessment';
import { claimedWithResults } from './claims';
import { participantGate } from './contact-gate';
import type { PolicyPack } from './schema';

const FIELD_CHANNEL: Record<ContactType, Channel> = { 'in-person': 'in-person', telephone: 'phone', letter: 'letter', email: 'email' };
const CHANNEL_WORD: Record<Channel, string> = {
  'in-person': 'in-person',
  phone: 'telephone',
  video: 'video',
  letter: 'letter',
  email: 'e-mail',
  text: 'text',
};
/** How the note says the contact was made, after "the note says" (a counted contact whose channel the field contradicts). */
const NOTE_SAYS: Record<Channel, string> = {
  'in-person': 'in person',
  phone: 'by telephone',
  video: 'by video',
  letter: 'by letter',
  email: 'by e-mail',
  text: 'by text message',
};
const FIELD_SAYS: Record<ContactType, string> = { 'in-person': 'in person', telephone: 'telephone', letter: 'letter', email: 'e-mail' };

/**
 * The page's contact-type field names another type than the channel the note gives the contact ("Met with client"
 * with Telephone chosen): a video call is a telephone contact and a text an e-mail (CHANNEL_TYPE), so neither differs
 * from those. False without a field or a channel of the note's own (the field's is the reason's channel then).
 */
export function fieldDiffers(field: ContactType | null, channel: Channel | null): field is ContactType {
  return field !== null && channel !== null && CHANNEL_TYPE[channel] !== field;
}
const WHO: Record<Party, string> = {
  participant: 'the participant',
  provider: 'the training or activity provider',
  alternate: 'an alternate contact',
  other: 'someone other than the participant or a provider',
};
const NOT_REACHED = 'This note does not show that you reached the participant';
const STATE_IT = 'This note does not say that you reached the participant';
const HOW = 'Say how you reached them and what they told you (for example "spoke with the participant by phone: …").';

function quote(text: string, s: { start: number; end: number }): string {
  const q = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  return q.length > 60 ? `${q.slice(0, 57)}…` : q;
}

/**
 * A reason with its keys always in this order (channel, date, outcome, start, end, message: the CLI's
 * JSON output shows it). Built by assignment, not object spread: spreading objects is slow in V8
 * and this runs for every note of a million-note audit.
 */
function made(channel: Channel | null, date: string | null | undefined, outcome: VerdictReason['outcome'], span: { start: number; end: number } | null | undefined, message: string): VerdictReason {
  const r = { channel } as VerdictReason;
  if (date) r.date = date;
  r.outcome = outcome;
  if (span) {
    r.start = span.start;
    r.end = span.end;
  }
  r.message = message;
  return r;
}

/**
 * A log of several dated entries ("1/14 TC w/ client - working … 2/11 TC w/ client - same … 3/20 TC - NA, LM")
 * documents its latest contact that connected with the participant: the contact is dated at that entry, never at a
 * later attempt and never at an earlier contact. Year-less dates are read against the note's date (lib/dates.ts
 * `typedDateOn`), so "12/28 … 1/5 …" saved on 1/10 is last year's 12/28, then 1/5; a date that names no day on or
 * before the note's (one to come, 2/30) is no entry's date. Without a note date, year-less dates are the same year.
 */
function latestEntry(note: CaseNote, a: NoteAnalysis, chosen: ContactEvent): ContactEvent {
  const ref = note.contactDate ?? note.enteredDate;
  const key = ref ? (d: string | null | undefined) => (d ? (typedDateOn(d, ref) ?? null) : '') : (d: string | null | undefined) => (d ? sameYearKey(d) : '');
  const from = key(chosen.date);
  if (from === null) return chosen;
  // Latest first, and the gate asked only until one passes (it reads the sentences around each event).
  const later: { e: ContactEvent; k: string }[] = [];
  for (const e of a.events) {
    if (e === chosen || !e.successful || !e.date || (e.party ?? 'participant') !== 'participant') continue;
    const k = key(e.date);
    if (k && k > from) later.push({ e, k });
  }
  later.sort((x, y) => (x.k < y.k ? 1 : x.k > y.k ? -1 : 0));
  return later.find(({ e }) => participantGate(note.text, a, e).passed)?.e ?? chosen;
}
/** "2/11", "02/11/2026", "2/11/26" as a sortable key (year, month, day); '' when it is no such date. */
function sameYearKey(d: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?/.exec(d);
  if (!m) return '';
  const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : 0;
  return String(y * 10000 + Number(m[1]) * 100 + Number(m[2])).padStart(8, '0');
}

export function reasonFor(note: CaseNote, a: NoteAnalysis, pack: PolicyPack, c: ContactAssessment, oneWayAccepted: boolean): VerdictReason {
  const latest = c.qualifies && c.party === 'participant' && a.chosen?.successful ? latestEntry(note, a, a.chosen) : a.chosen;
  // (The latest entry's own words and date when it was made the same way; else only its date.)
  const e: ContactEvent | null = latest?.channel === a.chosen?.channel ? latest : a.chosen;
  const channel = e?.channel ?? (c.contactType ? FIELD_CHANNEL[c.contactType] : null);
  const date = latest?.date ?? e?.date;
  const how = channel ? CHANNEL_WORD[channel] : '';

  const blank = c.blank;
  if (blank) {
    return made(channel, date, e?.outcome ?? 'none', blank, `This note still has a template blank to fill in ("${quote(note.text, blank)}"), so it does not document a contact yet.`);
  }
  if (c.gate) {
    const g = c.gate;
    const span = g.event.evidence ?? g.event;
    const said = `"${quote(note.text, span)}"`;
    const piece =
      g.missing === 'someone-else' && g.other
        ? `"${quote(note.text, g.other)}" is someone else in the same part of the note, so the exchange ${said} may have been with them`
        : g.missing === 'sender'
          ? `${said} does not show that the reply came from the participant`
          : g.missing === 'two-way'
            ? `${said} does not show anyone of ours talking with the participant`
            : `${said} does not say that it was with the participant`;
    const r = made(channel, date, 'unclear', span, `${NOT_REACHED}: ${piece}. ${HOW}`);
    r.missing = g.missing ?? 'participant';
    return r;
  }
  if (c.unstated) {
    const span = e?.evidence ?? e;
    const said = span ? `"${quote(note.text, span)}" does not say` : 'nothing in it says';
    const r = made(channel, date, 'unclear', span, `${STATE_IT}: ${said} in your words that you and the participant talked or wrote back and forth. ${HOW}`);
    r.missing = 'statement';
    return r;
  }
  if (e && e.successful) {
    const span = e.evidence ?? e;
    const said = `"${quote(note.text, span)}"`;
    const r = (message: string) => made(channel, date, 'connected', span, message);
    const who = c.party ?? 'participant';
    if (c.qualifies) {
      // The note's channel and the page's field disagree: say both, the type of record being the field's.
      const both = fieldDiffers(note.contactType, channel) && channel ? `; the note says ${NOTE_SAYS[channel]}, the contact type field says ${FIELD_SAYS[note.contactType]}` : '';
      const kind = both ? '' : how;
      if (who !== 'participant') {
        return r(`Counts: ${kind ? `a ${kind}` : 'a'} contact with ${WHO[who]} (${said}) that documents the participant's progress in detail${both}.`);
      }
      if (isWrittenChannel(channel)) return r(`Counts: the participant replied${both ? '' : ` to the ${how}`} (${said})${both}.`);
      return r(`Counts: a two-way ${kind ? `${kind} ` : ''}contact with the participant (${said})${both}.`);
    }
    if (c.contactType === null) return r('Does not count yet: the note does not say how the contact was made (in person, telephone, letter or e-mail).');
    if (!pack.acceptedContactTypes.includes(c.contactType)) return r(`Does not count: this policy does not accept ${CHANNEL_WORD[FIELD_CHANNEL[c.contactType]]} contacts.`);
    if (who === 'other') return r(`Does not count: the contact was with ${WHO.other} (${said}).`);
    if (who === 'provider' || who === 'alternate') {
      const treatment = pack.thirdParty[who];
      if (treatment === 'with-substantive-progress') {
        return r(`Does not count: a contact with ${WHO[who]} counts only when it documents the participant's progress in detail.`);
      }
      return r(`Does not count: a contact with ${WHO[who]} is worth recording, but under this policy it does not replace the contact with the participant.`);
    }
    return r(`${NOT_REACHED}. ${HOW}`);
  }
  const claimed = !(e && e.successful) && c.contactHappened ? claimedWithResults(a) : undefined;
  if (claimed) {
    const said = `"${quote(note.text, claimed)}"`;
    if (c.qualifies) return made(channel, date, 'connected', claimed, `Counts: the note records a ${how ? `${how} ` : ''}contact that took place (${said}) and its results.`);
    if (c.contactType === null) return made(channel, date, 'connected', claimed, 'Does not count yet: the note does not say how the contact was made (in person, telephone, letter or e-mail).');
  }
  if (oneWayAccepted && e) {
    return made(channel, date, 'one-way', e, `Counts: this policy accepts a ${how} to the participant without a reply.`);
  }
  if (e && c.pendingWritten) {
    return made(
      channel,
      date,
      'one-way',
      e,
      `${NOT_REACHED}: the ${how || 'letter or e-mail'} went out ("${quote(note.text, e)}"), but no reply is recorded. It counts once you note the reply.`,
    );
  }
  const failed = e?.attempts[0] ?? a.attempts[0];
  if (failed) {
    return made(channel, date, 'attempt', failed, `${NOT_REACHED}: "${quote(note.text, failed)}" is an attempt, not a contact. Keep trying and record the contact once you reach them.`);
  }
  if (e) {
    // A contact named and nothing said of its outcome: a question the case manager can answer in one click.
    const r = made(channel, date, 'unclear', e, `${NOT_REACHED}: "${quote(note.text, e)}" does not say whether anyone answered. ${HOW}`);
    r.missing = 'statement';
    return r;
  }
  const planned = a.mentioned.find((m) => m.kind === 'planned');
  const reported = a.mentioned.find((m) => m.kind === 'reported');
  if (planned && !reported) {
    return made(planned.channel, null, 'planned', planned, `${NOT_REACHED}: "${quote(note.text, planned)}" is planned, not yet made.`);
  }
  if (reported) {
    const r = made(reported.channel, null, 'reported', reported, `${NOT_REACHED}: "${quote(note.text, reported)}" is someone else's contact, not yours with the participant. ${HOW}`);
    r.missing = 'statement';
    return r;
  }
  return made(channel, null, 'none', null, `${NOT_REACHED}: it records no contact. ${HOW}`);
}
