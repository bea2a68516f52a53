/**
 * How case systems, agencies and case managers name the policies' four contact types (in person, telephone, letter,
 * e-mail), as a table for lib/text/named-channel.ts: a system's form or header line and the value it stamps, and the
 * words of running text the first tables there do not know. Like everything named-channel.ts finds, these only name a
 * note's type after the verdict is decided (lib/policy/qualifies.ts): they never make a note count.
 *
 * - Form and header lines: "Contact Method: Telephone", "Service Type: Case Mgmt - Phone", "Mode: F2F", "Activity:
 *   600 - Case Management Contact (In Person)", "Type of Contact – Office", "Case Note Type: Contact - Telephone",
 *   "Activity Type: Call | Status: Completed" (America's JobLink, Virtual OneStop, Workforce One, Salesforce, OSOS and
 *   Cúram name their fields so), "[Contact: E-mail]", a bare "(Phone)" opening a line. The value's first channel word
 *   is its type, up to a "|" that starts the next field.
 * - Devices and apps: a relay or TTY call, Google Voice, a voice call on a messaging app (a call, before the app's
 *   name makes it written), a phone that rang or was dialled, "T/C", "phn", "fone".
 * - Written channels: a DM or PM, a message left on read or "seenzoned", a Snap sent or opened, a Remind message, an
 *   Instagram or LinkedIn message, "emial", "txted".
 * - In person: "FTF", "F/F", "face2face", a huddle with someone, a knock on a door, a card left in the door, running
 *   into someone, an IEP meeting attended or led, an appointment not kept, going to or waiting at where they are.
 * - An e-mail's header or a shared inbox's stamp, a forwarded message, a portal; an automatic reply; a call back; a call
 *   centre's outbound or inbound; a Deaf participant's videophone ("VP with Jada", "Amber VP me back"); a prison's kite.
 */
import type { ContactType } from '../model';

/** The labels of a form's or a header's line that says how the contact was made. */
const LABEL =
  '(?:contact\\s+type|type\\s+of\\s+contact|contact\\s+method|method\\s+of\\s+contact|method|contact\\s+mode|mode\\s+of\\s+contact|mode|service\\s+delivery(?:\\s+method)?|delivery(?:\\s+method|\\s+mode)?|contact\\s+via|contact\\s+by|contact|service\\s+type|service|activity(?:\\s+type)?|(?:case\\s+)?note\\s+type|interaction(?:\\s+type)?|communication(?:\\s+type)?|medium|channel)';

/** A line (or a bracket) opening with a label, then ":", "=" or a spaced dash, and its value up to the next field. */
export const FORM_LINE = new RegExp(`(?:^|\\[)[ \\t>*•-]*${LABEL}\\s*(?:[:=]|\\s[–—-]\\s)\\s*([^\\n|\\]]{1,60})`, 'gim');

/** A line opening with a channel in brackets ("(Phone) 3/4 …", "[TC] 3/4 …"). */
export const BRACKETED = /^[ \t]*[([]\s*([A-Za-z][A-Za-z /-]{1,20})\s*[)\]]/gm;

/** A form's values: the first of these words in the value is its type. */
const VALUE_WORDS: ReadonlyArray<readonly [RegExp, ContactType]> = [
  [/\b(?:in[\s-]*person|face[\s-]*to[\s-]*face|f2f|ftf|ov|office(?:\s+visit)?|(?:home|site|field|worksite)\s+visit|hv|walk[\s-]*in|personal(?:\s+contact)?|en\s+persona|presencial|visit)\b/i, 'in-person'],
  [/\b(?:tele(?:phone|phonic)?|phone|ph|tc|t\/c|pc|call|cell|video|zoom|teams|webex|facetime|virtual|llamada|tel[eé]fono|telef[oó]nica)\b/i, 'telephone'],
  [/\b(?:e[\s-]*mail|em|text(?:\s+message)?|txt|sms|portal|secure\s+message|message|msg|chat|correo(?:\s+electr[oó]nico)?|whats\s*app)\b/i, 'email'],
  [/\b(?:letter|mail(?:ed)?|postal|us\s+mail|correspondence|written|fax|carta|postcard)\b/i, 'letter'],
];

/** An e-mail's header or an inbox's stamp ("To: … | Subj: …", "From: … Subject:", "[Shared inbox]"), anywhere in the note. */
export const HEADER = /\b(?:To|From|Cc)\s*:[^\n]{0,120}\b(?:Subj|Subject)\s*:|\b(?:shared|team|group)\s+(?:inbox|mailbox)\b/i;

/** Running-text words the first tables of named-channel.ts do not know (see the file's comment). */
export const MORE_WORDS: ReadonlyArray<readonly [RegExp, ContactType]> = [
  [/\b(?:voice|whats\s*app|kakao(?:talk)?|signal|messenger|viber|telegram|google\s+voice)\s+call(?:ed)?\b|\bgoogle\s+voice\b|\bTTY\b|\bTDD\b|\b(?:via|through|thru|by)\s+(?:the\s+)?relay\b|\bT\/C\b|\bphn\b|\bfone\b|\brang\b|\bringing\b|\bdial(?:l?ed)\b|\bstraight\s+to\s+(?:vm|voicemail)\b|\btele-?conf(?:erence)?\b|\bVP(?:['’]?d|ed)?\s+(?:with\b|w\/|me\b|back\b|call\b)|\bVP\s+[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+\d{1,3}\s*min\b|\bcall-?backs?\b|\b(?:outbound|inbound)\b(?!\s+(?:e-?mail|text|msg|message|letter|mail))|\bph\b/i, 'telephone'],
  [/\b(?:auto-?reply|automatic\s+reply|out[\s-]of[\s-]office\s+reply)\b|\b(?:via|through|on|in)\s+(?:the\s+)?portal\b|-{3,}\s*forwarded\s+message\b/i, 'email'],
  // A kite: a prison's written request slip, sent and answered like a letter.
  [/\bkites?\b/i, 'letter'],
  [/\b(?:DM|PM)(?:['’]?d|ed)\b|\bDMs?\s+(?:to|from|w\/|with)\b|\b(?:sent|got|a|via|by|on)\s+(?:a\s+)?DM\b|\bseen[\s-]?zoned\b|\bleft\s+(?:me\s+|it\s+)?on\s+(?:read|seen|delivered)\b|\b[Ss]nap(?:ped)?\s+(?:cust|client|participant|youth|him|her|them|[A-Z][a-z]+)\b|\bopened\s+(?:my|the)\s+[Ss]nap\b|\bRemind\s+(?:app|msg|message|text)\b|\bvia\s+Remind\b|\binsta(?:gram)?\b|\blinked\s*in\s+(?:msg|message|inmail)\b|\binmail\b|\be-?mial(?:ed)?\b|\btxted\b|\bmensaje\b/, 'email'],
  [/\b(?:FTF|F\/F)\b|\bface2face\b|\bhuddle(?:d)?\s+(?:w\/|with\b)|\bknock(?:ed)?\s+(?:on|at)\b|\b(?:storm|screen|front)\s+door\b|\bran\s+into\b|\bbumped\s+into\b|\b(?:attended|led|at|in|during)\s+(?:\w+['’]s\s+|the\s+|his\s+|her\s+|their\s+)?(?:annual\s+)?IEP\s+(?:meeting|mtg)\b/i, 'in-person'],
  // An appointment not kept (the participant was to come to us), a visit to where they are, waiting for them there.
  [/\b(?:appt|appointment|OV)\b[^.\n]{0,60}?\b(?:did\s+not\s+(?:come|show|attend)|didn['’]t\s+(?:come|show)|no[\s-]?show(?:ed)?|failed\s+to\s+(?:show|appear|come)|never\s+(?:came|showed))\b|\bbrought\s+in\b|\bwent\s+(?:down|up|out)\s+(?:to|at)\b|\bwait(?:ed)?\s+(?:at|outside)\s+the\b/i, 'in-person'],
];

/** The first channel word in a form's value, or null. */
export function valueType(value: string): ContactType | null {
  let best: { at: number; type: ContactType } | null = null;
  for (const [re, type] of VALUE_WORDS) {
    const m = re.exec(value);
    if (m && (!best || m.index < best.at)) best = { at: m.index, type };
  }
  return best?.type ?? null;
}
