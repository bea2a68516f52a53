/**
 * The second key to "qualifies": does the writer STATE a two-way contact, as this note's contact, and with whom?
 *
 * The event reader (lib/text) is generous by design and learns new wording; every new voice of note writing found
 * a way to make it count a non-contact. This recogniser is small, strict and written apart from it (its own word
 * lists, lib/policy/stated-words.ts, and its own grammar over the same tokens). It accepts only sentences of a few
 * shapes, in the writer's own voice or the participant's toward us:
 *
 *   the writer acts        "I met with the participant", "Spoke to cust by phone", "Called client and discussed …",
 *                          "Called cust. She reports …", "Had a phone call with Maria", "Discussed grades with client"
 *   a contact named        "TC w/ cust", "OV with P", "Phone call with Renee", "E-mail from client: …", "TC 3/4. Cust reports …"
 *   the participant acts   "Cust called CM", "Client came in", "She returned my call", "Participant replied"
 *   a typed form           (the page's contact-type field or a "Contact Type:" line) "Contact With: Client", "Client reports …"
 *
 * and refuses anything said by someone else (their subject before the verb), planned, asked, negated or
 * conditional (any word before the verb that is not a date, the writer or an adverb of time), under a plan or
 * history label, inside quotation marks, in a template with blanks, or taken back by an attempt after it ("TC w/
 * cust - NA"). A counterpart is the participant when named so, a personal name not shown to be someone else, or a
 * pronoun with nobody else in view. lib/policy/qualifies.ts needs both keys to agree on the same sentences.
 */
import { quotedRanges } from '../text/text-marks';
import { gapBlankLine, gapBreaks, gapHas } from '../text/gaps';
import type { Token } from '../text/tokenize';
import { anywhere, directionOf, isContactWith, lineAsks, speakerOf } from './stated-lines';
import { at, counterpart, FROM, HOLD, takenBack, TYPE_LINE, type Counterpart, type Push, type Reader } from './stated-read';
import { contactNounAt, invitation, isLog, theirMessage, triesLabel } from './stated-checks';
import { signedInitials } from './stated-initials';
import { emptyBoxBefore, tickAt } from './stated-marks';
import { readAt } from './stated-shapes';
import * as W from './stated-words';

export interface StatedContact {
  start: number;
  end: number;
  /** The sentences (tokenizer clauses) the statement covers. */
  clauseFrom: number;
  clauseTo: number;
  counterpart: Counterpart;
}

/**
 * Every statement of a contact in the note, in sentence order. A caller that needs only one kind passes `enough`
 * (reading stops at the end of the sentence where a statement it accepts was found) and `lastClause` (no sentence
 * after it is read): a statement never starts in a sentence before the one being read, so those after `lastClause`
 * could not reach back into it.
 */
export function statedContacts(text: string, tokens: Token[], typed: boolean, enough?: (s: StatedContact) => boolean, lastClause = Infinity): StatedContact[] {
  let formTyped = typed;
  let found = false;
  const out: StatedContact[] = [];
  if (tokens.length === 0) return out;
  const someoneAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (at(tokens, i, W.SOMEONE, t.clause) && !(t.text === 'staff' && i === 0)) someoneAt.push(i);
  }
  let lower = 0;
  let upper = 0;
  for (let k = 0; k < text.length && k < 400; k++) {
    const ch = text.charCodeAt(k);
    if (ch >= 97 && ch <= 122) lower++;
    else if (ch >= 65 && ch <= 90) upper++;
  }
  const r: Reader = { text, tokens, someoneAt, shouting: upper > lower, signers: signedInitials(text) };
  formTyped ||= TYPE_LINE.test(text);
  const quotes = text.includes('"') || text.includes('\u201c') ? quotedRanges(text) : [];
  const quoted = (t: Token) => quotes.some(([s, e]) => t.start > s && t.end <= e);
  // (Read in place: what lies between token i - 1 and token i.)
  const gapColon = (i: number) => gapHas(text, (tokens[i - 1] as Token).end, (tokens[i] as Token).start, 58);
  const push: Push = (from, to, who) => {
    const a = tokens[from] as Token;
    const b = tokens[Math.max(from, to - 1)] as Token;
    const stated: StatedContact = { start: a.start, end: b.end, clauseFrom: a.clause, clauseTo: b.clause, counterpart: who };
    out.push(stated);
    if (enough?.(stated)) found = true;
  };

  let planBlock = false;
  let writerLine = false;
  let outLine = false;
  let i = 0;
  while (i < tokens.length && !found) {
    const c = (tokens[i] as Token).clause;
    if (c > lastClause) break;
    let ce = i;
    while (ce < tokens.length && (tokens[ce] as Token).clause === c) ce++;
    const cs = i;
    i = ce;
    const span = text.slice((tokens[cs] as Token).start, (tokens[ce - 1] as Token).end);
    const tail = text.slice((tokens[ce - 1] as Token).end, tokens[ce]?.start ?? text.length);
    if (cs > 0 && gapBlankLine(text, (tokens[cs - 1] as Token).end, (tokens[cs] as Token).start)) planBlock = false;
    // A texting platform's export: "OUT 3/4 9:15 AM: …" is ours; "IN 3/4 11:02 AM: …" after it, theirs.
    // (Never mixed with labelled lines: "Disposition:" answers no OUT line.)
    const dir = directionOf(r, cs, ce);
    if (dir?.who === 'writer') outLine = true;
    else if (dir && outLine && !takenBack(r, dir.to, c)) push(cs, dir.to, 'participant');
    // A pasted thread's line: whose it is, even when it asks ("CM: how is class?").
    for (let s = cs + 1; s < ce && s < cs + 8; s++) {
      if (!gapColon(s)) continue;
      const speaker = speakerOf(r, cs, s);
      if (speaker === 'writer') writerLine = true;
      // The participant's labelled line after one of ours ("Maria (3/3): passed"), or a message labelled as theirs
      // ("From cust 4/8: …", "From: Participant").
      else if (speaker === 'participant' && (writerLine || FROM.has((tokens[cs] as Token).text)) && !lineAsks(r, s)) push(cs, s, 'participant');
      else if (s === cs + 1 && FROM.has((tokens[cs] as Token).text) && speakerOf(r, s, Math.min(ce, s + 1)) === 'participant') push(cs, s + 1, 'participant');
      break;
    }
    if (tail.includes(':') && speakerOf(r, cs, ce) === 'participant' && (writerLine || FROM.has((tokens[cs] as Token).text))) push(cs, ce, 'participant');
    else if (tail.includes(':') && speakerOf(r, cs, ce) === 'writer') writerLine = true;
    // A question, a template with blanks: nothing stated.
    if (tail.includes('?') || (span.includes('[') && /\[[^\]]*[A-Za-z]{3}[^\]]*\]/.test(span)) || span.includes('___') || span.includes('{{')) continue;
    // "Sent Google Meet invite for 3/25 to cust": an invitation that went out, a contact still to come.
    if (invitation(r, cs, ce)) continue;
    // "Per DVOP Harlan (Teams chat): he met w/ customer …": someone else's report, not the writer's contact.
    const reported = at(tokens, cs, W.REPORTED_BY, c) > 0 && !contactNounAt(r, cs + at(tokens, cs, W.REPORTED_BY, c), c);
    // "Dan (navigator) e-mailed 3/9: checked in w/ client …": the sender's report of their own contact after its label
    // is not read, and the label's own contact was with the sender, not the participant.
    const theirs = theirMessage(r, cs, ce);
    const pushHere: Push = theirs < 0 ? push : (from, to, who) => push(from, to, who === 'participant' ? 'someone' : who);
    if (!planBlock && !reported && !quoted(tokens[cs] as Token)) anywhere(r, cs, theirs < 0 ? ce : theirs, pushHere);
    let skip = planBlock;
    let foreign = reported;
    let segStart = cs;
    // (A checklist's empty box: what follows it is still to do; a tick starts a statement of its own.)
    let unticked = emptyBoxBefore(r, cs);
    for (let s = cs; s < ce; s++) {
      const box = s > cs && (tickAt(r, s - 1) || emptyBoxBefore(r, s));
      const boundary = s > cs && (box || gapBreaks(text, (tokens[s - 1] as Token).end, (tokens[s] as Token).start));
      if (box) {
        unticked = emptyBoxBefore(r, s);
        skip = planBlock;
        foreign = false;
      }
      if (boundary) {
        // "Attempts: TC 3/4, TC 3/6", "Follow-up attempts - TC 3/4": a list of tries.
        if (segStart === cs && !gapHas(text, (tokens[s - 1] as Token).end, (tokens[s] as Token).start, 44) && triesLabel(tokens, cs, s, c)) skip = true;
        else if (gapColon(s)) {
          // A label: a plan or history label silences what follows it; a message's sender or a person's name makes it their words.
          let plan = false;
          let person = false;
          for (let k = segStart; k < s; k++) {
            // ("Follow-up log:" heads entries that took place, not a plan.)
            if (at(tokens, k, W.PLAN_LABEL, c) && !isLog(tokens, segStart, s)) plan = true;
            if (at(tokens, k, W.FOREIGN_LABEL, c) || at(tokens, k, W.PARTICIPANT, c) || at(tokens, k, W.SOMEONE, c)) person = true;
          }
          const labelWords = s - segStart;
          if (plan && labelWords <= 4) skip = true;
          else if (person && labelWords <= 4 && !at(tokens, segStart, W.STRONG_NOUN, c) && !at(tokens, segStart, W.WEAK_NOUN, c) && !isContactWith(tokens, segStart, c)) foreign = true;
          else skip = false;
          if (segStart === cs && plan && s === ce) planBlock = true;
          // "Contact With: Client" on a typed form.
          if (formTyped && isContactWith(tokens, segStart, c)) {
            const who = counterpart(r, s, c);
            if (who.who) push(segStart, who.end, who.who);
          }
        }
        segStart = s;
      } else if (s > cs && !HOLD.has((tokens[s - 1] as Token).text) && (tokens[s - 1] as Token).text !== 'but' && (tokens[s - 1] as Token).text !== 'so') continue;
      if (skip || foreign || unticked || quoted(tokens[s] as Token) || (theirs >= 0 && s >= theirs)) continue;
      readAt(r, s, c, formTyped, pushHere);
    }
    // A clause that is only a plan label ("Next steps:") silences the lines under it.
    if (tail.includes(':') && !isLog(tokens, cs, ce) && [...Array(ce - cs).keys()].some((k) => at(tokens, cs + k, W.PLAN_LABEL, c))) planBlock = true;
  }
  return out;
}
