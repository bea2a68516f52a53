/**
 * The statement shapes of the stated-contact recogniser (lib/policy/stated-contact.ts), tried at the start of each
 * segment of a sentence: the writer acts ("Met with cust", "Called client and discussed …"), a contact named with its
 * counterpart ("TC w/ cust", "Phone 5/12 w/ client", "E-mail from client: …"), or the participant acts toward us
 * (lib/policy/stated-subject.ts). The note's loop over sentences, labels, threads and plan blocks stays in
 * stated-contact.ts.
 */
import type { Token } from '../text/tokenize';
import { gapHas } from '../text/gaps';
import { acronym, at, counterpart, DIRECT, FROM, HOW_WHEN, NOT_HELD, plainWord, planned, PLANNED, PREP, someoneBefore, takenBack, THEY_CAME, type Push, type Reader } from './stated-read';
import { aloneWithParticipant, channelIn, channelWith, open, outcomeRightAfter, openPast, receivedFromAt } from './stated-checks';
import { initialsWriter } from './stated-initials';
import { emptyBoxBefore, tickAt } from './stated-marks';
import { replyAfterOurs } from './stated-reply-after';
import { subjectActs } from './stated-subject';
import * as W from './stated-words';

/** Try the statement shapes at the start of a segment. */
export function readAt(r: Reader, s: number, c: number, formTyped: boolean, push: Push): void {
  const { tokens } = r;
  // "Texted her 3/4 …. Replied she passed …": with no sender named, the reply to the writer's message is hers.
  const reply = replyAfterOurs(r, s, c);
  if (reply) return push(s, reply, 'participant');
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
  // ("Text from client", "Call from cust", and "Call w/ client 20 min" opening its sentence, or after the entry's date
  // alone, "11/03 Call w/ Jenna 20 min": a noun, read below.)
  if (v && (FROM.has(tokens[i + v]?.text ?? '') || (tokens[i]?.text === 'call' && onlyDates(r, s, i) && PREP.has(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.text !== 'to') || tokens[i + v]?.text === 'answered' || at(tokens, i + v, W.STRONG_NOUN, c) || receivedFromAt(r.text, tokens, i + v, c))) v = 0;
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
    const who = byPrep || DIRECT.has(word) ? counterpart(r, j, c, byPrep || (DIRECT.has(word) && nameAlone(r, j, c))) : { who: null, end: j };
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
    if (!who.who && THEY_CAME.has(word) && !r.someoneAt.some((q) => { const qc = (tokens[q] as Token).clause; return qc === c || qc === c + 1; }) && !takenBack(r, n + strong, c) && !planned(r, n + strong, c)) {
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

/** Only the entry's date and time before token i, from s ("11/03", "Mon 3/4 10:15"): nothing the writer did or planned. */
function onlyDates(r: Reader, s: number, i: number): boolean {
  for (let k = s; k < i; k++) {
    const t = r.tokens[k] as Token;
    if (!t.numeric && !W.MONTH_DAY.has(t.text) && t.text !== 'am' && t.text !== 'pm') return false;
  }
  return true;
}

/**
 * "TC Jenna", "TC Cody 10 min": one capitalised word right after the contact's noun, then the sentence's end, a
 * number or a colon, comma or dash, is whom it was with, as "TC client" is (not "TC Jenna Smith, RN", "TC Hy-Vee
 * Foods", "TC Tom at Goodwill", "F2F @ AJC": those are left to the other shapes).
 */
function nameAlone(r: Reader, j: number, c: number): boolean {
  const { tokens, text } = r;
  const t = tokens[j];
  if (!t || t.clause !== c || !t.capitalised || t.possessive || text.slice((tokens[j - 1] as Token).end, t.start).trim() !== '') return false;
  // (Not an acronym, "F2F @ AJC", "TC DVR": a place or an agency, left to the other shapes.)
  if (text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase()) return false;
  const next = tokens[j + 1];
  // (A length written short counts as a number: "TC Doc 10m".)
  if (!next || next.clause !== c || next.numeric || /^\d+(?:m|min|mins)$/.test(next.text)) return true;
  return /[:,\u2013\u2014-]/.test(text.slice(t.end, next.start));
}
