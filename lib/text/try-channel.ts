/**
 * How a try that reached nobody was made, in words the event reader has no channel for: a texting platform's
 * export ("OUTBOUND 9:00 AM to (612) 555-0147: …", "▶ 3/4 1:15 PM: …"), a jail tablet's or a course inbox's message,
 * a link or a group message sent, a text left on read, a home visit nobody answered ("Nobody at the house"), a
 * recording's "the customer you are calling". It names the note's contact type only when the note records no
 * contact at all (lib/policy/qualifies.ts): it says how the case manager tried, never that anyone answered, and
 * never gives a type to a contact that happened. Nothing here found: the type stays unknown and the note is asked.
 */
import type { ContactType } from '../model';
import type { ContactEvent } from './event-types';
import { talkChannel } from './talk-channel';

/**
 * A texting platform's direction mark at a line's start, after a date or time at most (case as the platforms write it).
 * The date or time starts with a digit: three space-matching runs in a row made a padded line cost the cube of its length.
 */
const DIRECTION_LINE = /^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?(?:[▶◀]|(?:\d[\d/:., ]*(?:[AaPp]\.?[Mm]\.?|[ap])?[ \t]*)?(?:OUTBOUND|INBOUND|OUT|IN)(?=[ \t]*:|[ \t]+(?:\d|to\b|from\b|[A-Z]\.)))/m;

const RULES: ReadonlyArray<readonly [RegExp, ContactType]> = [
  // Written messages: a text, a tablet's or an inbox's message, a link sent, one left unread.
  [DIRECTION_LINE, 'email'],
  [/\b(?:tablet|inbox|portal|canvas)\s+(?:msg|message)s?\b|\b(?:msg|message)\s+on\s+the\s+(?:\w+\s+)?tablet\b|\bsent\s+(?:a\s+)?msg\b|\bmsg\s+sent\b/i, 'email'],
  [/\b(?:mass|group)\s+(?:text|txt|message|msg)\b|\bbroadcast\b|\bcampaign\s+send\b|\bteams\s+channel\b/i, 'email'],
  [/\bsent\s+(?:\w+\s+){0,4}(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}link\b/i, 'email'],
  [/\bleft\s+(?:me\s+)?on\s+read\b|\bcannot\s+receive\s+texts\b|\bread\s+receipt\b/i, 'email'],
  // A visit nobody answered, a visit not kept.
  [/\b(?:nobody|no\s+one)\s+(?:was\s+)?at\s+the\s+(?:house|home|door|trailer|apartment|farm)\b|\bdid\s+not\s+present\s+for\b|\bdrove\s+(?:out\s+)?to\s+(?:the\s+)?(?:customer|cust|client|participant|pt)'s\s+(?:home|house|place|farm|trailer|apartment)\b/i, 'in-person'],
  // A recording or an answering machine.
  [/\b(?:customer|person|party|number)\s+you\s+(?:are\s+calling|have\s+(?:called|dialed|reached))\b|\banswering\s+machine\b|\bvoice\s+message\b/i, 'telephone'],
];

/** The channel a try in the note was made by (or a talk the reader did not read as a contact, lib/text/talk-channel.ts), or null when nothing says. */
export function tryChannel(text: string): ContactType | null {
  for (const [re, type] of RULES) if (re.test(text)) return type;
  return talkChannel(text);
}

/**
 * The channel a contact that names none was most likely made by: that of the nearest event in the note that names
 * one ("Inbound call 4/23 - CM unavailable. … customer says …", "Talked w/ J. 5/2 by phone"), else a try's words
 * above. Only a hint: lib/policy/qualifies.ts shows it where the note does not count anyway, and never lets it make a
 * note count.
 */
export function nearbyChannel(text: string, events: readonly ContactEvent[], at: ContactEvent | null): ContactType | null {
  let best: ContactEvent | null = null;
  for (const e of events) {
    if (e.mode === null) continue;
    if (!at) return e.mode;
    if (best === null || Math.abs(e.start - at.start) < Math.abs(best.start - at.start)) best = e;
  }
  return best?.mode ?? tryChannel(text);
}
