/**
 * The participant's written reply named by its owner, for the stated-contact recogniser: "Client's reply 4/3: "…"",
 * "Cust's e-mail reply 3/3: …", "Participant's reply to my letter arrived 11/30: …". Grammatically the same as "Reply
 * from client 4/3: …": a reply that came from them, to us, with what it said after a colon or in quotation marks.
 * Not someone else's ("Client's mother's reply"), not one to someone else ("… to her instructor:"), not one that is
 * awaited, denied or only asks (tests/policy/written-replies-by-owner.test.ts).
 */
import { phraseAt as at } from '../text/phrase-table';
import type { Token } from '../text/tokenize';
import * as W from './stated-words';

/** How the reply was written, between its owner and the word "reply". */
const HOW = new Set(['e', 'mail', 'email', 'em', 'text', 'txt', 'written', 'letter', 'emailed', 'texted', 'handwritten', 'portal', 'dm']);
const REPLY = new Set(['reply', 'response', 'answer', 'answers', 'replies']);
/** Paper a reply may come on ("reply card", "response form"). */
const PAPER = new Set(['card', 'form', 'slip', 'note']);
/** Words between the reply and what it said: to us, when, and that it came. */
const ON_THE_WAY = new Set(['to', 'my', 'our', 'the', 'this', 'cm', 'cms', 'letter', 'e', 'mail', 'email', 'text', 'txt', 'msg', 'message', 'form', 'questions', 'survey', 'check', 'in', 'arrived', 'received', "rec'd", 'recd', 'rcvd', 'came', 'back', 'today', 'on', 'by', 'dated']);
/** After "to": ours. */
const TO_US = new Set(['my', 'our', 'me', 'us', 'cm', 'cms', 'the', 'this', 'writer']);
/** Their words only ask or put off. */
const ASKS = /\?|\bcall me\b|\b(?:can|could) (?:you|u|we|i)\b|\bplease\b|\bpls\b|\bstop\b/i;
/**
 * Words that are not hers: a machine's (a bounce, an out-of-office or driving auto-reply, an unmonitored mailbox), or
 * someone else writing in her place, of her in the third person ("this is her daughter, she passed", "from the shelter
 * office: she left").
 */
const NOT_HERS = /auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|not be delivered|undeliverable|delivery (?:failure|status)|not monitored|do not disturb|\bdriving\b|unsigned|\bthis is (?:her|his|their)\b|\b(?:she|he|her|his)\b|new (?:phone|number),? who|who (?:dis|is this)|wrong (?:number|#|person)/i;

/** Where the stated reply ends (a token index), or 0 when tokens[s] does not open the participant's own reply. */
export function ownersReply(r: { text: string; tokens: Token[] }, s: number, c: number): number {
  const { tokens, text } = r;
  const t = tokens[s];
  const p = t ? at(tokens, s, W.PARTICIPANT, c) : 0;
  if (!t || !p || !(tokens[s + p - 1] as Token).possessive) return 0;
  let k = s + p;
  while (tokens[k]?.clause === c && HOW.has((tokens[k] as Token).text)) k++;
  if (!REPLY.has(tokens[k]?.text ?? '') || tokens[k]?.clause !== c) return 0;
  k++;
  if (PAPER.has(tokens[k]?.text ?? '') && tokens[k]?.clause === c) k++;
  // On to a colon or an opening quotation mark: only words of when, to us and arriving on the way.
  for (let n = 0; n < 10 && tokens[k]?.clause === c; n++, k++) {
    const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (gap.includes(':') || gap.includes('"') || gap.includes('\u201c')) return said(r, k) ? k : 0;
    const w = tokens[k] as Token;
    if (w.text === 'to' && !TO_US.has(tokens[k + 1]?.text ?? '')) return 0;
    if (!w.numeric && !ON_THE_WAY.has(w.text)) return 0;
  }
  return 0;
}

/** Their words from token k: four or more, to the closing quotation mark or the sentence's end, not only asking. */
function said(r: { text: string; tokens: Token[] }, k: number): boolean {
  const from = (r.tokens[k] as Token).start;
  const words = r.text.slice(from, from + 200).split(/["\u201d]|[.!?](?:\s|$)|\n/)[0] ?? '';
  // (Up to the sentence's end at least: "Undeliverable: Job search update." is the bounce's subject line.)
  const line = r.text.slice(from, from + 200).split(/\n/)[0] ?? '';
  return !ASKS.test(words) && !NOT_HERS.test(line) && !NOT_HERS.test(r.text.slice(Math.max(0, from - 40), from)) && words.trim().split(/\s+/).length >= 4;
}
