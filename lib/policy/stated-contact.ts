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
import { acronym, at, counterpart, DIRECT, FROM, HOLD, HOW_WHEN, NOT_HELD, plainWord, planned, PLANNED, PREP, someoneBefore, takenBack, THEY_CAME, TYPE_LINE, type Counterpart, type Push, type Reader } from './stated-read';
import { aloneWithParticipant, channelIn, channelWith, contactNounAt, invitation, isLog, open, outcomeRightAfter, openPast, receivedFromAt, theirMessage } from './stated-checks';
import { initialsWriter, signedInitials } from './stated-initials';
import { emptyBoxBefore, tickAt } from './stated-marks';
import { subjectActs } from './stated-subject';
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
        if (gapColon(s)) {
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

/** Try the statement shapes at the start of a segment. */
function readAt(r: Reader, s: number, c: number, formTyped: boolean, push: Push): void {
  const { tokens } = r;
  let i = s;
  // Dates, times, the writer and adverbs of time may come first; nothing else may (a plan, a negation, someone else).
  for (;;) {
    const t = tokens[i];
    if (!t || t.clause !== c || (i > s && emptyBoxBefore(r, i)) || t.text === '\u2610') return;
    if (t.text === 'had' && (at(tokens, i + 1, W.NOUN_ADJ, c) || at(tokens, i + 1, W.STRONG_NOUN, c) || at(tokens, i + 1, W.WEAK_NOUN, c))) break;
    // ("May have talked to cust": the modal, not the month.)
    const hedge = t.text === 'may' && (tokens[i + 1]?.text === 'have' || tokens[i + 1]?.text === 'not');
    const n = t.numeric || (W.MONTH_DAY.has(t.text) && !hedge) ? 1 : at(tokens, i, W.PREFIX, c) || at(tokens, i, W.WRITER, c) || initialsWriter(r, i, c) || +tickAt(r, i);
    if (!n) break;
    i += n;
  }
  const start = i;
  // "As we discussed, …", "As discussed": a talk the sentence presupposes, from before this note's contact.
  if (tokens[i]?.text === 'as') {
    let k = i + 1;
    if (at(tokens, k, W.WRITER, c)) k += at(tokens, k, W.WRITER, c);
    if (at(tokens, k, W.TALK_VERB, c) || at(tokens, k, W.STRONG_VERB, c) || at(tokens, k, W.SPEECH, c)) return;
  }
  // The writer acts.
  let v = at(tokens, i, W.STRONG_VERB, c);
  const we = i > s && (tokens[i - 1] as Token).text === 'we';
  if (v && !(tokens[i]?.text === 'reached' && tokens[i + 1]?.text === 'out')) {
    let j = i + v;
    // (Past how and when: "met in person on 5/27 with", "spoke by phone with".)
    for (let k = j; k < j + 5 && tokens[k]?.clause === c; k++) {
      if (PREP.has((tokens[k] as Token).text)) {
        j = k;
        break;
      }
      if (!HOW_WHEN.has((tokens[k] as Token).text) && !(tokens[k] as Token).numeric) break;
    }
    if (PREP.has(tokens[j]?.text ?? '') && tokens[j]?.clause === c) j++;
    const who = counterpart(r, j, c);
    if (who.who && !takenBack(r, who.end, c)) return push(start, who.end, who.who);
    // "We talked", "we met": the writer and the participant, with nobody else in view.
    if (!who.who && we && !someoneBefore(r, i) && !takenBack(r, i + v, c)) return push(start, i + v, 'participant');
    if (!who.who) return open(r, start, who.end, c, push);
    return;
  }
  v = at(tokens, i, W.TALK_VERB, c);
  if (v && we && !someoneBefore(r, i) && !takenBack(r, i + v, c)) return push(start, i + v, 'participant');
  if (v) {
    for (let j = i + v; j < i + v + 10 && tokens[j]?.clause === c; j++) {
      if (!PREP.has((tokens[j] as Token).text)) continue;
      const who = counterpart(r, j + 1, c);
      if (who.who && !takenBack(r, who.end, c)) return push(start, who.end, who.who);
      return;
    }
    return;
  }
  v = at(tokens, i, W.GENERIC_VERB, c);
  if (v) {
    let channel = false;
    for (let k = s; tokens[k]?.clause === c; k++) if (at(tokens, k, W.CHANNEL, c)) channel = true;
    if (!channel) return;
    let j = i + v;
    if (PREP.has(tokens[j]?.text ?? '')) j++;
    const who = counterpart(r, j, c);
    if (who.who && !takenBack(r, who.end, c)) push(start, who.end, who.who);
    return;
  }
  v = at(tokens, i, W.WEAK_VERB, c);
  // ("Text from client", "Call from cust", and "Call w/ client 20 min" opening its sentence: a noun, read below.)
  if (v && (FROM.has(tokens[i + v]?.text ?? '') || (tokens[i]?.text === 'call' && i === s && PREP.has(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.text !== 'to') || tokens[i + v]?.text === 'answered' || at(tokens, i + v, W.STRONG_NOUN, c) || receivedFromAt(r.text, tokens, i + v, c))) v = 0;
  if (v) {
    let j = i + v;
    while (tokens[j]?.clause === c && tokens[j]?.numeric) j++;
    if (PREP.has(tokens[j]?.text ?? '') && tokens[j]?.clause === c) j++;
    const who = counterpart(r, j, c);
    return openPast(r, start, j, who.end, c, push);
  }
  // A contact named by its channel and counterpart ("Phone 5/12 w/ client").
  if (channelWith(r, i, c, push)) return;
  // A contact named ("TC w/ cust", "had a phone call with Maria", "e-mail from client").
  let n = i;
  const verb = at(tokens, n, W.NOUN_VERB, c);
  if (verb) {
    // "returned cust's call".
    const p = at(tokens, n + verb, W.PARTICIPANT, c);
    if (tokens[n]?.text === 'returned' && p && tokens[n + verb]?.possessive && ['call', 'email', 'text', 'message'].includes(tokens[n + verb + p]?.text ?? '')) {
      if (!takenBack(r, n + verb + p + 1, c)) push(start, n + verb + p + 1, 'participant');
      return;
    }
    n += verb;
  }
  let unknown = 0;
  while (tokens[n]?.clause === c && !at(tokens, n, W.STRONG_NOUN, c) && !at(tokens, n, W.WEAK_NOUN, c)) {
    const adj = at(tokens, n, W.NOUN_ADJ, c);
    if (adj || tokens[n]?.numeric || acronym(r, n)) n += Math.max(1, adj);
    // ("Video relay call with customer", "Good cause meeting with client": plain words no list knows, two at most.)
    else if (unknown < 2 && !NOT_HELD.has((tokens[n] as Token).text) && plainWord(r, n)) {
      unknown++;
      n++;
    } else break;
  }
  // "Questions for 3/20 OV:": a contact the words before it prepare for, not one that took place.
  for (let k = i; k < n; k++) if ((tokens[k] as Token).text === 'for' && unknown > 0) return;
  const strong = at(tokens, n, W.STRONG_NOUN, c);
  const weak = strong ? 0 : at(tokens, n, W.WEAK_NOUN, c);
  if (strong || weak) {
    let j = n + (strong || weak);
    // ("In person contact w/ cust", "video conference via Microsoft Teams with the customer": on to the preposition.)
    for (let k = j; k < j + 5 && tokens[k]?.clause === c; k++) {
      const w = (tokens[k] as Token).text;
      if (PREP.has(w) || FROM.has(w)) {
        j = k;
        break;
      }
      if (gapHas(r.text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start, 58)) break;
      if (PLANNED.has(w) || at(tokens, k, W.NOT_MADE, c) || at(tokens, k, W.ATTEMPT, c) || at(tokens, k, W.PARTICIPANT, c)) break;
    }
    while (tokens[j]?.clause === c && tokens[j]?.numeric) j++;
    const prep = tokens[j]?.clause === c ? tokens[j]?.text : undefined;
    const byPrep = prep !== undefined && (PREP.has(prep) || FROM.has(prep));
    if (byPrep) j++;
    const word = tokens.slice(n, n + (strong || weak)).map((x) => x.text).join(' ');
    const who = byPrep || DIRECT.has(word) ? counterpart(r, j, c, byPrep) : { who: null, end: j };
    // "E-mail from client: passed" and "Call from cust" came from them; a strong contact noun with them took place.
    if (who.who && (strong || FROM.has(prep ?? '') || (who.who === 'participant' && prep !== 'to' && byPrep && !planned(r, who.end, c)))) {
      if (!takenBack(r, who.end, c) && !outcomeRightAfter(r, who.end)) push(start, who.end, who.who);
      return;
    }
    // "Call answered by customer".
    if (!who.who && tokens[j]?.text === 'answered' && tokens[j + 1]?.text === 'by') {
      const by = counterpart(r, j + 2, c);
      if (by.who && !takenBack(r, by.end, c)) return push(start, by.end, by.who);
    }
    // "OV. No change.": an office visit is the participant coming to us, when nobody else is in view and nothing failed.
    if (!who.who && THEY_CAME.has(word) && !(word === 'walk in' && at(tokens, n + strong, W.WALK_IN_OF, c)) && !r.someoneAt.some((q) => { const qc = (tokens[q] as Token).clause; return qc === c || qc === c + 1; }) && !takenBack(r, n + strong, c) && !planned(r, n + strong, c)) {
      return push(start, n + strong, 'participant');
    }
    // "TC ✓ • still @ Cub bakery", "Monthly contact 3/15 by phone. No change.": a spoken or face-to-face contact named
    // with its channel on the participant's own record, in a note that names nobody else and tries nothing, was with
    // the participant. (A bare "Monthly contact. Results: …" names no channel: the sidebar still asks how.)
    if (!who.who && unknown === 0 && (strong || channelIn(r, c)) && !at(tokens, n, W.WRITTEN_NOUN, c) && aloneWithParticipant(r, c) && !takenBack(r, n + (strong || weak), c) && !planned(r, n + (strong || weak), c)) {
      return push(start, n + (strong || weak), 'participant');
    }
    return open(r, start, who.end, c, push);
  }
  // The participant (or someone else) acts toward us.
  subjectActs(r, start, c, formTyped, push);
}
