/**
 * A reply that names no channel is written by its form: the participant's own words quoted right after it ("Client
 * replied 3/6: "finished lesson 5"", "Reply from client 4/3: "…"") or a verb of writing ("You wrote back on 5/2",
 * "She wrote on the back: …"). It takes the written channel, a letter when the words around it say the paper came by
 * mail ("back in the mail", "handwritten", "our letter"), an e-mail otherwise (a text, a portal's or a tablet's message
 * is written like one). Only the channel: whether the reply is the participant's and carries news is read as for any
 * reply (tests/policy/reply-names-no-channel.test.ts).
 */
import { CHANNEL_TYPE, type ContactEvent } from './event-types';

/** Openers that write by their own meaning. */
const WRITING = new Set(['wrote', 'wrote back', 'wrote in']);
/** From the reply's phrase to a colon and an opening quotation mark: a date, "from client", "to my 3/2 msg", a bracket. */
const QUOTED_AFTER = /^[^.!?\n:"“]{0,60}:\s*["“]/;
/** Words that only ask or opt out ("call me", "can u …?", "STOP"): a request, not their news. */
const ASKS = /\?|\bcall me\b|\b(?:can|could) (?:you|u|we|i)\b|\bplease\b|\bpls\b|\bstop\b|\bunsubscribe\b|\bwrong (?:number|#)\b|\bwho is this\b|\bask(?:s|ed|ing)?\b|\brequest(?:s|ed|ing)?\b/i;
/** "to" before the colon names whom the reply went to: ours ("to my 3/2 msg", "to the 3/10 text") or someone else's. */
const TO_WHOM = /\bto\s+(?!(?:my|our|me|us|cm|writer|this\s+writer)\b|(?:the|this|that)\s+(?:[\w/-]+\s+)?(?:text|txt|e-?mail|msg|message|letter|form|questions?|survey|note|dm)\b)/i;
/**
 * A place named before their words ("wrote in her journal", "on the sign-in sheet", "replied on fb", "in class forum",
 * "on the class message board"): written somewhere else, not to us. Not a date or a time ("on 3/9", "on Tuesday", "at
 * 3:15"), a spot on our paper that came back ("on the back", "at the top"; not "the back of her timesheet"), nor plainly
 * our own line ("in the message box", "in the portal chat", "in reply"): a board, centre, group or forum is not ours
 * whatever its name holds, and nor is her own ("in her text to her mom").
 */
const PLACE = /\b(?:in|on|at|into|onto)\s+(?:(her|his|their|the|a|an|its|my|your|our)\s+)?([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})/gi;
const NOT_A_PLACE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|time|and|or|but|then|to|with|which|that|saying)\b/i;
const ON_THE_PAPER = /^(?:back|top|bottom|end|side|margin)\b(?!\s+of\s+(?:her|his|their)\b)/i;
const TO_US = /^(?:message\s+box|inbox|portal(?:\s+chat)?|chat|text|txt|e-?mail|dm|reply|writing|msg|message|tablet)\b(?!\s+(?:board|center|centre|group|forum|thread|wall))/i;
function elsewhere(gap: string): boolean {
  for (const [, det, place = ''] of gap.matchAll(PLACE)) {
    if (NOT_A_PLACE.test(place) || ON_THE_PAPER.test(place)) continue;
    if (TO_US.test(place) && !/^(?:her|his|their)$/i.test(det ?? '')) continue;
    return true;
  }
  return false;
}
/** Paper that came by mail (not e-mail). */
const BY_MAIL = /(?<![e-])\bmail(?:ed)?\b|\bhandwrit|\bhandwriting\b|\bletter\b|\bpost\s?card\b|\bsase\b|\benvelope\b/i;

/** Gives each reply that connected and names no channel the written channel its form shows. */
export function writtenReplyChannel(text: string, events: readonly ContactEvent[]): void {
  for (const e of events) {
    if (!e.successful || !e.response || e.channel !== null || e.opener.includes('call')) continue;
    const after = text.slice(e.end, e.end + 80);
    const quoted = QUOTED_AFTER.exec(after);
    if (!quoted && !WRITING.has(e.opener)) continue;
    // Their own words, up to the closing quotation mark or the sentence's end: news, not a request or an opt-out.
    const from = e.end + (quoted ? quoted[0].length : 0);
    const words = text.slice(from, from + 200).split(quoted ? /["”]/ : /[.!?\n]/)[0] ?? '';
    if (ASKS.test(words) || words.trim().split(/\s+/).length < 4) continue;
    // ("Client replied to her instructor 3/6: …": someone else's exchange; "wrote in her journal": somewhere else.)
    if (quoted && TO_WHOM.test(quoted[0])) continue;
    if (elsewhere(quoted ? quoted[0] : after.slice(0, 30))) continue;
    // ("wrote in" is writing in to us, "wrote in her journal" writing in something.)
    if (e.opener.endsWith(' in') && elsewhere(`in${after.slice(0, 30)}`)) continue;
    // (The reply's own sentence and what comes just before it: "Rec'd our form back in the mail 4/2. She wrote …".)
    const around = text.slice(Math.max(0, e.start - 160), e.end + 40);
    e.channel = BY_MAIL.test(around) ? 'letter' : 'email';
    e.mode = CHANNEL_TYPE[e.channel];
  }
}
