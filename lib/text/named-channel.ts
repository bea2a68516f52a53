/**
 * The channel a note names in words, whatever became of the contact (so contact-type-missing never asks "say how the
 * contact was made" of a note that says how). The last of the type's sources (lib/policy/qualifies.ts), read only when
 * the events, a try and a talk named none; like them it names the note's type after the verdict and never makes a note
 * count. Where the contact is refused the note's finding is that it does not show the participant was reached.
 *
 * The table follows the policies' four types (in person, telephone, letter, e-mail; a text, a portal message or a
 * messaging platform's (Zalo, Viber, Telegram, Snapchat, GroupMe) is written, so e-mail; a video call is real-time at a distance, so telephone) and how case systems and case managers
 * name them: a form's line ("Contact Type: Phone", "Method: OV", "Service Delivery Method: In Person"), the
 * abbreviations (OV, HV, F2F, TC, EM, LM, LMOM, LVM, VM; a call centre's RPC and TPC), Spanish words ("llamada", "correo", "carta", "en persona"),
 * and speech-to-text spellings ("tell a phone", "voice male", "e male", "face time").
 *
 * Being where the participant was (seen, gone to see, arrived for) is in person. More of the systems' form lines and of the
 * words for devices, apps and written channels are in lib/text/channel-names.ts.
 *
 * A sentence that plans or asks for a contact ("will call", "asked client to FaceTime me") names nothing, nor does a
 * channel denied ("did not call", "no call"), a contact detail ("phone number", "e-mail address", "Phone: 573-…"),
 * a document called a letter ("cover letter", "offer letter"), or a place where the writer did not meet anyone.
 */
import type { ContactType } from '../model';
import { BRACKETED, FORM_LINE, HEADER, MORE_WORDS, valueType } from './channel-names';
import { isPlan, notMetAnywhere, plannedAt } from './talk-channel';

/** A calendar's stamp (a booking, an acceptance, a cancellation): its line names a contact still to come, or none. */
const CALENDAR = /^[ \t]*(?:accepted|declined|tentative|cancell?ed|rescheduled|invitation|booking\s+confirmation|[\w ]{0,30}new\s+booking)\b|\bbooked\s+by\s*:/im;

/** Words that name a channel in running text (case-insensitive); see the file's comment. */
const WORDS: ReadonlyArray<readonly [RegExp, ContactType]> = [
  [/\b(?:in[\s-]person|face[\s-]to[\s-]face|office\s+visit|home\s+visit|site\s+visit|walk[\s-]?in|walked\s+in|came\s+in(?:to)?|stopped\s+by|dropped\s+in|en\s+persona|at\s+(?:my|our)\s+(?:desk|office|table|cubicle)|bedside|on\s+scene)\b/i, 'in-person'],
  [/\b(?:tele)?phone(?:d)?\b|\btelephonic(?:ally)?\b|\bcall(?:ed|s|ing)?\b|\bvoice\s*(?:mail|male|message)\b|\banswering\s+machine\b|\bleft\s+(?:a\s+)?(?:message|msg)\b|\blandline\b|\btell\s+a\s+phone\b/i, 'telephone'],
  [/\b(?:via|over|by|on)\s+teams\b|\bteams\s+(?:call|meeting|mtg|video|visit|session|check-?in|appt|appointment)\b|\b(?:zoom|webex|skype|google\s+meet|facetime(?:d)?|face\s+time(?:d)?|video(?:\s*(?:call|chat|visit|meeting|conference))?|videollamada)\b/i, 'telephone'],
  // A device: a radio or walkie-talkie at work; FaceTime as texters write it ("ft w/ Kelsey", not "started FT").
  [/\bon\s+(?:\w+'s\s+|his\s+|her\s+|their\s+|the\s+)?(?:work\s+)?(?:radio|walkie(?:-talkie)?)\b|\bft(?:'?d)?\s+(?:w\/|with)\s/i, 'telephone'],
  [/\b(?:llam[eéoó]|llamada|le\s+habl[eé]|por\s+tel[eé]fono)\b/i, 'telephone'],
  [/\be[\s-]?mail(?:ed|s)?\b|\be\s+male\b|\btext(?:ed|s|ing)?\b|\btxt(?:d|ed)?\b|\bSMS\b|\b(?:portal|secure)\s+(?:message|msg)\b|\bmessenger\b|\bgc\b|\b(?:zalo|viber|telegram|wechat|snapchat|groupme|signal\s+(?:msg|message)|kakao(?:talk)?)\b|\bgroup\s+(?:chat|text)\b|\bwhats\s*app\b|\bcorreo\b|\bmensaje\s+de\s+texto\b/i, 'email'],
  [/\bletter\b|\bmailed\b|\bby\s+(?:us\s+)?mail\b|\bin\s+the\s+mail\b|\bpostcard\b|\bfax(?:ed)?\b|\bcarta\b/i, 'letter'],
];

/**
 * Being where the participant was: seen ("Saw J. 5/13", not a name's note: "see Maria's note"), gone to see, arrived
 * for, an appointment with the writer ("appt w/ me"; not an appointment alone: it is as often someone else's, or still
 * to come).
 */
const SEEN = /\b(?:[Ss]aw|[Ss]een|[Ss]ee)\s+(?:[A-Z][a-z]+|[A-Z]\b|cust|customer|client|participant|pt|youth|him|her|them)\b(?!['’]s)/;
const OUR_APPOINTMENT = /\b(?:appt|appointment)\s+(?:w\/|with)\s+(?:me|us|this\s+writer|CM)\b/i;
const WENT = /\b(?:went|drove|came|walked)\s+(?:up\s+|over\s+|out\s+|down\s+|back\s+)?to\s+see\b|\barrived\s+(?:at|for)\b/i;

/** The abbreviations, as written (upper case: "em", "ov", "hv" and "tc" are words or initials in lower case). */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, ContactType]> = [
  [/\b(?:OV|HV|F2F|IP)\b/, 'in-person'],
  // A call centre's dispositions: the right party or a third party reached on the phone.
  [/\b(?:TC|TCON|LM|LMOM|LVM|VM|VMs|LMTC|RPC|TPC)\b/, 'telephone'],
  [/\bEM\b/, 'email'],
];

/** The tables as global patterns, made once (exec walks each sentence's matches). */
const GLOBAL: ReadonlyArray<readonly [RegExp, ContactType]> = [...WORDS, ...ABBREVIATIONS, ...MORE_WORDS].map(([re, type]) => [new RegExp(re.source, `${re.flags}g`), type] as const);

/** What a channel word is not the channel of: a contact detail, a document, a denial just before it. */
const DETAIL_AFTER = /^\s*(?:number|numbers|no\b|#|:\s*(?:\+?\(?\d{3}|[\w.+-]+@)|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|bill|plan|verified|updated|changed|on\s+file|address|addresses|addr|of\s+(?:recommendation|reference|support|intent|offer)|center|centre|list)/i;
const DOCUMENT_BEFORE = /\b(?:cover|offer|award|reference|recommendation|support|acceptance|hire|hiring|denial|resignation|termination|admission|admissions)\s*$/i;
const DENIED_BEFORE = /\b(?:no|not|never|didn't|did\s+not|without|nor|unable\s+to|could\s+not|couldn't)\s+(?:\w+\s+){0,1}$/i;

/** The first channel a sentence names as a contact's, by the tables in order of the words' places. */
function inSentence(s: string, notMet: boolean): ContactType | null {
  let best: { at: number; type: ContactType } | null = null;
  for (const [g, type] of GLOBAL) {
    if (type === 'in-person' && notMet) continue;
    g.lastIndex = 0;
    for (let m = g.exec(s); m; m = g.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 40), m.index);
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (DETAIL_AFTER.test(after) || DOCUMENT_BEFORE.test(before) || DENIED_BEFORE.test(before)) continue;
      if (plannedAt(s, m.index, m.index + m[0].length)) continue;
      if (!best || m.index < best.at) best = { at: m.index, type };
      break;
    }
  }
  if (best) return best.type;
  if (!notMet && !isPlan(s) && (SEEN.test(s) || WENT.test(s) || OUR_APPOINTMENT.test(s))) return 'in-person';
  return null;
}

/** Another contact's channel told as history ("last contact 5/14 (TC)", "Previous: OV 7/15", "[Copied from …]"), or one still being set up. */
const HISTORY =
  /\b(?:last|previous|prior|most\s+recent)\s+(?:\w+\s+)?(?:contact|cmc|ov|tc|visit|note|entry)\b|\bprevious\s*:|\bcopied\s+from\b|\bsee\s+above\b|\bset\s+for\b|\binterpreter\s+request\b/i;

/** A template's choices, not yet made ("[Phone/In Person]"). */
const CHOICES = /\[[^\]\n]*\/[^\]\n]*\]/g;
/** A title's or a name's initial's period ends no sentence ("Mr. Ortiz", "Dana K. at the job fair"). */
const TITLE_DOT = /\b(Mr|Mrs|Ms|Dr|Sr|Jr|St|[A-Z])\.(?=\s+[a-z@(])|\b(Mr|Mrs|Ms|Dr|Sr|Jr|St)\./g;
const SENTENCE = /[^.!?;\n]+/g;
/** Quoted words are someone's own ("she said "call me""), not the writer's contact. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”/g;

/** The channel the note names for a contact, a try or a message (see the file's comment), or null when it names none. */
export function namedChannel(text: string): ContactType | null {
  if (!CALENDAR.test(text)) {
    for (const re of [FORM_LINE, BRACKETED]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const value = (m[1] as string).trim();
        // An unfilled template's choices ("Contact Type: [Phone / In Person]") name none.
        if (value.startsWith('[')) continue;
        const type = valueType(value);
        if (type) return type;
      }
    }
  }
  if (HEADER.test(text)) return 'email';
  const notMet = notMetAnywhere(text);
  const sentences = text.replace(TITLE_DOT, '$1$2 ').replace(QUOTED, ' ').replace(CHOICES, ' ').match(SENTENCE) ?? [];
  for (const s of sentences) {
    if (HISTORY.test(s)) continue;
    const type = inSentence(s, notMet);
    if (type) return type;
  }
  return null;
}
