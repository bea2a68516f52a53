/**
 * Contacts the note places later than its writing: "Phone call with client in an hour", "In-person appt with client
 * tomorrow at 10", "Spoke with client by phone next Tuesday", "Am meeting with client at 2 pm today", "Home visit with
 * client tonight at 6". A time still to come that belongs to the contact itself (nothing but whom it is with, how,
 * where, a day or a clock time stands between them) makes it a plan, not a contact. A time in the news told after it
 * ("TC w/ client 3/4: she starts at Tyson tomorrow", "Met with client; next meeting tomorrow at 10") is not the contact's.
 */
import type { ContactEvent, MentionedContact } from './event-types';

const UNITS = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?)`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*`;
/** A time that is still to come whatever the tense around it. */
const LATER = String.raw`(?:tomorrow|tmrw|tmw|later\s+(?:today|tonight|this\s+(?:week|month|morning|afternoon|evening))|in\s+(?:an?|one|two|three|four|five|six|a\s+few|a\s+couple(?:\s+of)?|\d+)\s+${UNITS}|next\s+(?:week|month|${WEEKDAY})|\(next\s+week\))`;
/** A time of today, to come only when the sentence says the contact is yet to happen. */
const TODAY = String.raw`(?:tonight|this\s+(?:morning|afternoon|evening)|today)`;
const CLOCK = String.raw`at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?`;
/** What may stand between a contact's words and its time: whom it is with, how, where, which day, what kind of contact. */
const BETWEEN = String.raw`(?:\s|[()/]|\b(?:with|w|the|my|client|customer|cust|participant|ppt|pt|youth|her|him|them|in[\s-]person|by\s+(?:tele)?phone|by\s+video|over\s+the\s+phone|via\s+\w+|on\s+(?:zoom|teams|the\s+phone)|virtually|appt|appointment|call|meeting|visit|at\s+(?:the\s+|her\s+|his\s+)?(?:office|job\s+center|center|library|home)|on\s+${WEEKDAY}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|${CLOCK})\b)*?`;
const ATTACHED_LATER = new RegExp(String.raw`^${BETWEEN}\s*\b${LATER}`, 'i');
/** "Home visit with client tonight at 6", "Office visit … this evening at 5": a clock time set for later today. */
const ATTACHED_TONIGHT = new RegExp(String.raw`^${BETWEEN}\s*\b(?:tonight|this\s+(?:afternoon|evening))\s+${CLOCK}\s*(?:(?:re:?|about|regarding|to|for)\b[^.;!?\n]*)?(?:[.;!?\n]|$)`, 'i');
/** "Am meeting with", "I'm calling", "We're meeting": the writer telling what they are about to do. */
const ABOUT_TO = /(?:^|[.;!?\n]\s*)(?:i\s+am|i['’]m|am|we\s+are|we['’]re|(?:i\s+|we\s+)?will\s+be)\s+$/i;
const ING = /^(?:meeting|calling|seeing|visiting|talking|speaking|phoning|going)\b/i;
const WHEN_AHEAD = new RegExp(String.raw`^[^.;!?\n]*?\b(?:${LATER}|${TODAY}|${CLOCK})`, 'i');

/**
 * A to-do: "Meet with client in person 3/10 …" as a command opening its sentence, "Reminder - meet with client", "TBD:
 * face to face with client", "Spoke with client by phone - to do", "(to be completed 3/10)", "Meeting w/ client on the
 * calendar for Friday" (tests/policy/review-to-do-lines.test.ts).
 */
const TO_DO_BEFORE = /(?:^|[.;!?\n]\s*)(?:(?:reminder|tbd|to[\s-]?do|action(?:\s+item)?|task)\s*[:\-–—]\s*)$/i;
const COMMAND_BEFORE = /(?:^|[.;!?\n]\s*)$/;
/** ("Meet with client", "Meet w/ client": not "Meet customer in job center 4/10. We talk …", a present told as past.) */
const COMMAND = /^meet\s+(?:with\b|w\/)/i;
const TO_DO_AFTER = new RegExp(String.raw`^${BETWEEN}\s*[-–—(,]?\s*(?:to[\s-]?do|tbd|to\s+be\s+(?:completed|done|held|made)|on\s+(?:the|my|our)\s+calendar|calendared)\b`, 'i');

/**
 * A contact told in the past ("Met with", "Spoke with", "Had a phone call with"): a time of today on it is when it
 * happened, the note being written after it. A contact named by a noun ("Home visit with client tonight at 6; she passed
 * her exam") stays a plan: the news after it may be older than the visit ("…; she asked to move it to Friday").
 */
const PAST_VERB = /^(?:met|spoke|talked|saw|visited|called|phoned|texted|emailed|e-mailed)\b/i;
const PAST_HELD = /\b(?:had|held|completed|conducted|did)\s+(?:a|an|the|our|my)?\s*$/i;
function toldInThePast(text: string, e: ContactEvent): boolean {
  return PAST_VERB.test(text.slice(e.start, e.end)) || PAST_HELD.test(text.slice(Math.max(0, e.start - 16), e.start));
}

function placedLater(text: string, e: ContactEvent): boolean {
  const after = text.slice(e.end, e.end + 120);
  if (ATTACHED_LATER.test(after) || TO_DO_AFTER.test(after)) return true;
  if (ATTACHED_TONIGHT.test(after) && !toldInThePast(text, e)) return true;
  const before = text.slice(Math.max(0, e.start - 24), e.start);
  if (TO_DO_BEFORE.test(before) || (COMMAND.test(text.slice(e.start, e.start + 12)) && COMMAND_BEFORE.test(before))) return true;
  return ING.test(text.slice(e.start, e.end)) && ABOUT_TO.test(text.slice(Math.max(0, e.start - 12), e.start)) && WHEN_AHEAD.test(after);
}

/** Moves each contact placed later than the note from the events to the planned contacts. */
export function moveLaterContacts(text: string, events: ContactEvent[], mentioned: MentionedContact[]): void {
  if (!/tom|tm|later|next|\bin\s|tonight|this|today|\bam\b|['’](?:m|re)\b|\bare\b|will|meet|do\b|tbd|remind|calendar|task|action|to\s+be/i.test(text)) return;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as ContactEvent;
    if (e.response || e.incoming || !placedLater(text, e)) continue;
    events.splice(i, 1);
    mentioned.push({ kind: 'planned', channel: e.channel, start: e.start, end: e.end, clause: e.clause });
  }
  mentioned.sort((x, y) => x.start - y.start);
}
