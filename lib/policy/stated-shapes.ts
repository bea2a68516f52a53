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
  if (v && (FROM.has(tokens[i + v]?.text ?? '') || (tokens[i]?.text === 'call' && (i === s || (onlyDates(r, s, i) && datedCallWith(r, i + 2, c))) && PREP.has(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.text !== 'to') || tokens[i + v]?.text === 'answered' || at(tokens, i + v, W.STRONG_NOUN, c) || receivedFromAt(r.text, tokens, i + v, c))) v = 0;
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
    // ("TC Kayden 4 min": her name and its length, even in a note of many capitals, "RESOLVED — 11/03 TC Kayden 4 min.")
    const named = !byPrep && DIRECT.has(word) && nameAlone(r, j, c);
    const who = named ? { who: 'participant' as const, end: j + 1 } : byPrep || DIRECT.has(word) ? counterpart(r, j, c, byPrep) : { who: null, end: j };
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
    const stranger = !who.who && strangerAfter(r, j, c);
    // (An office visit with a name, "OV Maria: started at Menards", is hers; with an agency's capitals or a title, not.)
    const office = stranger && (NOT_A_FIRST_NAME.has(tokens[j]?.text ?? '') || !/[a-z]/.test(r.text.slice((tokens[j] as Token).start, (tokens[j] as Token).end)) || !(tokens[j] as Token).capitalised);
    if (!who.who && THEY_CAME.has(word) && !office && !r.someoneAt.some((q) => { const qc = (tokens[q] as Token).clause; return qc === c || qc === c + 1; }) && !takenBack(r, n + strong, c) && !planned(r, n + strong, c)) {
      return push(start, n + strong, 'participant');
    }
    // "TC ✓ • still @ Cub bakery", "Monthly contact 3/15 by phone. No change.": a spoken or face-to-face contact named
    // with its channel on the participant's own record, in a note that names nobody else and tries nothing, was with
    // the participant. (A bare "Monthly contact. Results: …" names no channel: the sidebar still asks how.)
    // (Not when a word no list knows stands right after it as whom it was with: "TC Sis 3/4.", "OV DVR 3/4.", "TC the doc".)
    if (!who.who && unknown === 0 && (strong || channelIn(r, c)) && !at(tokens, n, W.WRITTEN_NOUN, c) && !stranger && aloneWithParticipant(r, c) && !takenBack(r, n + (strong || weak), c) && !planned(r, n + (strong || weak), c)) {
      return push(start, n + (strong || weak), 'participant');
    }
    // ("TC Jenna 3/4: client started at Hy-Vee": the one named is not the participant the news then speaks of.)
    if (stranger && tokens.some((t, k) => k > j && t.clause === c && at(tokens, k, W.PARTICIPANT, c) > 0)) return;
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

/** Words that stand where a first name would and are not one: a title, a family word, a program ("TC Coach 10 min"). */
const NOT_A_FIRST_NAME = new Set(['coach', 'prof', 'professor', 'sarge', 'sgt', 'dr', 'doctor', 'auntie', 'aunt', 'aunty', 'uncle', 'hubby', 'sis', 'bro', 'mom', 'mum', 'ma', 'dad', 'pa', 'pops', 'grandma', 'granny', 'nana', 'papa', 'grandpa', 'boss', 'section', 'officer', 'pastor', 'judge', 'rev', 'nurse', 'teacher', 'babe']);

/**
 * "TC Cody 10 min, …", "TC Abdi 8 min: passed …", "TC Doc 10m": one capitalised word right after the contact's noun
 * (only a space between) and then how long it took is whom it was with, as "TC client" is. Not "TC Jenna 3/4 re: her
 * son", "TC Spire 3/4." or "TC Jenna. Will try again." (no length: a company, a topic or a try may follow a bare name),
 * not a title or a family word ("TC Coach 10 min"), an acronym ("TC DVR") or a place ("F2F @ AJC").
 */
function nameAlone(r: Reader, j: number, c: number, spaced = true): boolean {
  const { tokens, text } = r;
  const t = tokens[j];
  if (!t || t.clause !== c || !t.capitalised || t.possessive || NOT_A_FIRST_NAME.has(t.text)) return false;
  if (spaced && text.slice((tokens[j - 1] as Token).end, t.start).trim() !== '') return false;
  if (text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase()) return false;
  // (Or the name the note gives her: "Participant: Ana Ruiz. TC Ana 3/4: …".)
  return lengthAt(r, j + 1, c) || givenHer(r, j);
}

/** How long a contact took, at token k: "10 min", "8 minutes", "10m". */
function lengthAt(r: Reader, k: number, c: number): boolean {
  const n = r.tokens[k];
  if (!n || n.clause !== c) return false;
  if (/^\d+(?:m|min|mins)$/.test(n.text)) return true;
  return n.numeric && /^(?:m|min|mins|minutes)$/.test(r.tokens[k + 1]?.text ?? '') && r.tokens[k + 1]?.clause === c;
}

/** After a dated "Call w/": the participant by her word ("11/03 Call w/ client 20 min") or a name and its length ("Call w/ Jenna 20 min"). */
function datedCallWith(r: Reader, j: number, c: number): boolean {
  return at(r.tokens, j, W.PARTICIPANT, c) > 0 ? !(r.tokens[j] as Token).possessive : nameAlone(r, j, c, false);
}

/** Someone the lists do not know right after a contact's noun, at token j: a capitalised word or "the"/"a" and a word. */
function strangerAfter(r: Reader, j: number, c: number): boolean {
  const t = r.tokens[j];
  // (Only a space between: "F2F @ AJC" is a place, "TC: …" its outcome.)
  if (!t || t.clause !== c || t.numeric || r.text.slice((r.tokens[j - 1] as Token).end, t.start).trim() !== '') return false;
  if (t.capitalised) return !W.MONTH_DAY.has(t.text) && at(r.tokens, j, W.CHANNEL, c) === 0 && !givenHer(r, j);
  return (t.text === 'the' || t.text === 'a') && r.tokens[j + 1]?.clause === c && at(r.tokens, j + 1, W.CHANNEL, c) === 0;
}

/** The name at token j is the one the note gives the participant: the same word right after her word ("Participant: Ana Ruiz. … TC Ana"). */
function givenHer(r: Reader, j: number): boolean {
  const name = (r.tokens[j] as Token).text;
  for (let k = 0; k < r.tokens.length; k++) {
    if (k === j || (r.tokens[k] as Token).text !== name) continue;
    for (let b = Math.max(0, k - 3); b < k; b++) if (at(r.tokens, b, W.PARTICIPANT, (r.tokens[b] as Token).clause) > 0) return true;
  }
  return false;
}
