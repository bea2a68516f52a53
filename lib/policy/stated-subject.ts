/**
 * The participant (or someone else) acting toward us, for the stated-contact recogniser: "Cust called CM", "Client
 * came in", "She returned my call", "Participant replied to my e-mail"; not "Client called the school".
 */
import { gapBreaks } from '../text/gaps';
import type { Token } from '../text/tokenize';
import { acronym, at, DETERMINER, HOLD, otherSide, SOFT, someoneBefore, takenBack, type Counterpart, type Push, type Reader } from './stated-read';
import { ownersReply } from './stated-reply';
import { namedSomeone, teaches, wroteToUs } from './stated-third';
import * as W from './stated-words';

const PASSIVE = new Set(['met', 'seen', 'interviewed', 'visited', 'reached']);
/** Passive calls that do not say anyone answered: "The participant was contacted by telephone and reported …". */
const PASSIVE_CALL = new Set(['contacted', 'called', 'phoned', 'telephoned']);
const ONE_WAY = new Set(['emailed', 'emld', 'e mailed', 'texted', 'txtd', 'messaged', 'wrote', 'stopped by', 'stopped in', 'dropped by', 'dropped in', 'mailed back', 'emld back', 'txt back']);
const WRITTEN = new Set(['emailed', 'emld', 'e mailed', 'texted', 'txtd', 'messaged', 'wrote']);
const OBJ_FREE = new Set(['re', 'about', 'regarding', 'asking', 'and', 'with', 'to', 'for', 'at', 'on', 'in', 'today', 'saying', 'stating', 'that', 'because', 'after', 'from', 'by', 'via']);

/** Verbs of sending something back, and how it came ('by mail', 'by e-mail'). */
const SENT_BACK = new Set(['returned', 'mailed', 'sent', 'emailed', 'faxed']);
const BY_POST = new Set(['mail', 'email', 'e', 'fax', 'post']);

export function subjectActs(r: Reader, s0: number, c: number, formTyped: boolean, push: Push): void {
  const { tokens, text } = r;
  // ("TAA participant called", "DW cust TC 6/2": a program's acronym before the participant.)
  const s = tokens[s0] && acronym(r, s0) && at(tokens, s0 + 1, W.PARTICIPANT, c) ? s0 + 1 : s0;
  const t = tokens[s] as Token;
  if (!t || t.clause !== c) return;
  const raw = text.slice(t.start, t.end);
  const caps = !r.shouting && t.capitalised && raw !== raw.toUpperCase();
  let who: Counterpart | null = null;
  let k = s;
  const p = at(tokens, s, W.PARTICIPANT, c);
  const someone = at(tokens, s + (t.possessive ? p : 0), W.SOMEONE, c);
  // ("Client's reply 4/3: …": the participant's own reply, named by its owner.)
  const reply = p ? ownersReply(r, s, c) : 0;
  if (reply) {
    if (!takenBack(r, reply, c)) push(s, reply, 'participant');
    return;
  }
  if (p && !t.possessive) [who, k] = ['participant', s + p];
  // ("Cust's wife called", "Cust's ex called": the participant's someone is someone else.)
  else if (p && t.possessive) [who, k] = ['someone', s + p + Math.max(1, someone)];
  else if (t.text === 'she' || t.text === 'he' || t.text === 'they') [who, k] = [someoneBefore(r, s) ? 'someone' : 'participant', s + 1];
  else if (someone && !t.possessive) [who, k] = ['someone', s + someone];
  // ("Ranken instructor called", "AEL instructor Ms. Kline e-mailed": a school's or a program's name before someone else.)
  else if (namedSomeone(r, s, c)) [who, k] = ['someone', namedSomeone(r, s, c)];
  // ("Bro. Petrakis called back", "Ms. Alvarez came in": a title and a surname are one name.)
  else if (caps && W.TITLE.has(t.text) && tokens[s + 1]?.clause === c && (tokens[s + 1] as Token).capitalised && !(tokens[s + 1] as Token).numeric) {
    if (!(tokens[s + 1] as Token).possessive) [who, k] = ['participant', s + 2];
  } else if (caps && !t.numeric && t.text.length > 2 && !W.MONTH_DAY.has(t.text) && !t.possessive) {
    // A name as the subject ("Maria called back"): only if it is no word the recogniser knows.
    const known = [W.STRONG_VERB, W.WEAK_VERB, W.GENERIC_VERB, W.TALK_VERB, W.NOUN_VERB, W.STRONG_NOUN, W.WEAK_NOUN, W.WRITER, W.PREFIX, W.NOUN_ADJ, W.IN_VERB, W.ATTEMPT, W.NOT_MADE, W.PLAN_LABEL, W.SPEECH, W.STATE].some((set) => at(tokens, s, set, c));
    if (!known) [who, k] = ['participant', s + 1];
  }
  if (!who) return;
  // ("School counselor e-mailed": one person named in two words.)
  while (who === 'someone' && !(tokens[k - 1] as Token).possessive && at(tokens, k, W.SOMEONE, c)) k += at(tokens, k, W.SOMEONE, c);
  // ("HR at Boeing confirmed": past where they are.)
  if (who === 'someone' && tokens[k]?.text === 'at' && tokens[k + 1]?.capitalised) {
    k += 2;
    while (tokens[k]?.capitalised && tokens[k]?.clause === c) k++;
  }
  // ("Grandmother (legal guardian) came in": past a parenthesis after the subject.)
  if (tokens[k] && (tokens[k] as Token).clause === c && text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start).includes('(')) {
    while (tokens[k + 1] && (tokens[k + 1] as Token).clause === c && !text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start).includes(')')) k++;
    k++;
  }
  // "Cust and her supervisor met with CM": the participant and someone beside them. "Customer and me talk on
  // phone", "Youth and CM met": the participant and the writer together.
  if (tokens[k]?.text === 'and' && tokens[k]?.clause === c) {
    let q = k + 1;
    while (tokens[q]?.clause === c && (DETERMINER.has((tokens[q] as Token).text) || ['her', 'his', 'their'].includes((tokens[q] as Token).text))) q++;
    const w = at(tokens, q, W.WRITER, c) || (tokens[q]?.text === 'me' ? 1 : 0);
    if (w && who === 'participant') {
      const v2 = at(tokens, q + w, W.STRONG_VERB, c) || at(tokens, q + w, W.TALK_VERB, c);
      if (v2 && !takenBack(r, q + w + v2, c)) push(s, q + w + v2, 'participant');
      return;
    }
    const o = at(tokens, q, W.SOMEONE, c);
    if (o) k = q + o;
  }
  while (tokens[k]?.clause === c && SOFT.has((tokens[k] as Token).text)) k++;
  // "DW cust TC 6/2 - reports …", "Customer in office 6/4": the participant and a contact that names itself.
  const named = at(tokens, k, W.STRONG_NOUN, c);
  if (named && who === 'participant' && !takenBack(r, k + named, c)) return push(s, k + named, who);
  // On a typed form, the participant telling, or (under a label: "Results: Client finished …") what they did.
  const labelled = s > 0 && (tokens[s - 1] as Token).clause === c && text.slice((tokens[s - 1] as Token).end, t.start).includes(':');
  if (formTyped && who === 'participant' && (at(tokens, k, W.SPEECH, c) || (labelled && at(tokens, k, W.STATE, c)))) {
    if (!takenBack(r, k + 1, c)) push(s, k + 1, who);
    return;
  }
  // "The participant was met with at the WorkForce Center", "The customer was seen in the office": the participant
  // named, the writer left implied by the register. ("Contact was made" names nobody and is not enough.)
  if (who === 'participant' && (tokens[k]?.text === 'was' || tokens[k]?.text === 'were') && PASSIVE.has(tokens[k + 1]?.text ?? '') && tokens[k + 1]?.clause === c) {
    if (!takenBack(r, k + 2, c)) push(s, k + 2, who);
    return;
  }
  // "The participant was contacted by telephone on 11/19 and reported …": a call that needs their side after it.
  if (who === 'participant' && (tokens[k]?.text === 'was' || tokens[k]?.text === 'were') && PASSIVE_CALL.has(tokens[k + 1]?.text ?? '') && tokens[k + 1]?.clause === c) {
    const side = otherSide(r, k + 2, c);
    if (side?.who === 'participant') push(s, side.end, 'participant');
    return;
  }
  // "HR at Boeing confirmed by phone …", "Client reported by phone …": someone told us, and how.
  const said = at(tokens, k, W.SPEECH, c);
  if (said && ['by', 'over', 'on', 'via', 'in'].includes(tokens[k + said]?.text ?? '') && at(tokens, k + said, W.CHANNEL, c)) {
    if (!takenBack(r, k + said + 2, c)) push(s, k + said + 2, who);
    return;
  }
  // "Client returned the signed agreement by mail", "She mailed the form back": the participant's written reply.
  if (who === 'participant' && SENT_BACK.has(tokens[k]?.text ?? '')) {
    for (let x = k + 1; x < k + 8 && tokens[x]?.clause === c && !gapBreaks(text, (tokens[x - 1] as Token).end, (tokens[x] as Token).start, true); x++) {
      const w = (tokens[x] as Token).text;
      const by = w === 'by' && BY_POST.has(tokens[x + 1]?.text ?? '');
      if ((w === 'back' || by) && !takenBack(r, x + 1, c)) return push(s, x + (by ? 2 : 1), who);
    }
  }
  // "Client came at 10:15 for her 10:00 appointment", "arrived at 2:30 for the OV", "showed up for his appointment":
  // the participant's arrival with us, when a time, our appointment or our place ends it (not "arrived at the worksite").
  const arrive = who === 'participant' ? at(tokens, k, W.ARRIVE, c) : 0;
  if (arrive) {
    const end = arrivedWithUs(r, k + arrive, c);
    if (end > 0 && !(errand(r, end, c) && !talkAfter(r, end, c) && !newsNext(r, c)) && !takenBack(r, end, c)) push(s, end, who);
    return;
  }
  const v = at(tokens, k, W.IN_VERB, c);
  if (!v) return;
  const verb = tokens.slice(k, k + v).map((x) => x.text).join(' ');
  // Someone else's message or drop-by is one-way ("wife e-mailed the timesheets", "stopped by to drop off"):
  // their contact counts only as a call, a reply, a visit with us or a meeting we name.
  // (A provider's report to us, "Instructor e-mailed the attendance report 3/3: …", is theirs to send: read below.)
  // Only a provider's, though: a relative's or roommate's e-mail or text stays one-way ("Client's mom e-mailed the
  // attendance report"), an alternate contact being one we reach in person or by phone.
  const wrote = who === 'someone' && ONE_WAY.has(verb);
  if (wrote && (!WRITTEN.has(verb) || !teaches(tokens, s, k))) return;
  // "Client joined the resume workshop by Zoom", "Cust Zoomed into the CNA info session", "called in to his IEP meeting":
  // the participant at someone else's event, by whatever channel, is not our contact.
  if (at(tokens, k, W.JOIN_VERB, c) && joinedEvent(r, k + Math.max(v, at(tokens, k, W.JOIN_VERB, c)), c)) return;
  let j = k + v;
  let toUs = false;
  const sameSeg = (x: number) => tokens[x]?.clause === c && !gapBreaks(text, (tokens[x - 1] as Token).end, (tokens[x] as Token).start, true);
  while (sameSeg(j) && (W.IN_FILLER.has((tokens[j] as Token).text) || tokens[j]?.numeric)) {
    if ((tokens[j] as Token).text === 'me' || (tokens[j] as Token).text === 'us') toUs = true;
    j++;
  }
  // (Only in the same part of the sentence: 'Client texted 9/9: "school says …"' has no object.)
  const o = sameSeg(j) ? (tokens[j] as Token) : undefined;
  const oRaw = o ? text.slice(o.start, o.end) : '';
  const oName = !r.shouting && o !== undefined && o.capitalised && oRaw !== oRaw.toUpperCase();
  if (wrote) {
    if (wroteToUs(tokens, j, c, sameSeg, toUs) && !takenBack(r, j, c)) push(s, j, 'someone');
    return;
  }
  if (verb === 'attended' || verb === 'atnd' || verb === 'atnded') {
    while (tokens[j]?.clause === c && (DETERMINER.has((tokens[j] as Token).text) || ['her', 'his', 'their', 'scheduled', 'monthly'].includes((tokens[j] as Token).text))) j++;
    let a = at(tokens, j, W.ATTENDED, c);
    // ("atnd mtg 3/19 @ ofc": a meeting at our office.)
    if (!a && (tokens[j]?.text === 'mtg' || tokens[j]?.text === 'meeting')) {
      let q = j + 1;
      while (tokens[q]?.numeric && tokens[q]?.clause === c) q++;
      if (at(tokens, q, W.OUR_PLACE, c)) a = q + 1 - j;
    }
    if (!a) return;
    j += a;
  } else if (at(tokens, k, W.RETURNED, c)) {
    while (tokens[j]?.clause === c && ['my', 'the', 'cm', 'writer', 'this', 'our', 'cw', 'staff'].includes((tokens[j] as Token).text)) j++;
    if (!['call', 'calls', 'email', 'text', 'message', 'phone', 'vm', 'voicemail'].includes(tokens[j]?.text ?? '') || tokens[j]?.clause !== c) return;
    j++;
  } else if (['met with', 'spoke with', 'spoke to', 'talked with', 'talked to', 'reached out', 'visited', 'contacted'].includes(verb)) {
    // Their meeting is with us only when we are its object ("met with CM"), not "met with her instructor".
    let q = j;
    if (verb === 'reached out' && tokens[q]?.text === 'to') q++;
    let w = at(tokens, q, W.WRITER, c) || at(tokens, q, W.OUR_PLACE, c);
    // ("met with the employer and this writer": we were there too.)
    for (let x = q; !w && x < q + 6 && sameSeg(x); x++) if ((tokens[x] as Token).text === 'and' && at(tokens, x + 1, W.WRITER, c)) [q, w] = [x + 1, at(tokens, x + 1, W.WRITER, c)];
    if (!w) return;
    j = q + w;
  } else if (!toUs && o && !OBJ_FREE.has(o.text)) {
    // "called the school", "e-mailed her instructor", "called Ameren": the participant's contact with someone else.
    const w = at(tokens, j, W.WRITER, c) || at(tokens, j, W.OUR_PLACE, c);
    if (w) j += w;
    else {
      let q = j;
      while (sameSeg(q) && (DETERMINER.has((tokens[q] as Token).text) || ['her', 'his', 'their'].includes((tokens[q] as Token).text))) q++;
      if (at(tokens, q, W.SOMEONE, c) || at(tokens, q, W.PARTICIPANT, c) || oName) return;
      // "called the financial aid office": a call to a place that is not ours. (Someone else sending us
      // something, "Instructor e-mailed the attendance report", is theirs to send.)
      if (who === 'participant' && DETERMINER.has(o.text) && ['called', 'cld', 'calld', 'phoned', 'contacted', 'visited'].includes(verb)) return;
    }
  } else if (!toUs && o?.text === 'to' && tokens[j + 1]?.clause === c) {
    // ("replied to my e-mail", "responded to the letter" are to us.)
    let q = j + 2;
    while (tokens[q]?.numeric) q++;
    // ("walked in to the JC": our place past its article.)
    const place = DETERMINER.has(tokens[j + 1]?.text ?? '') && at(tokens, j + 2, W.OUR_PLACE, c) ? 1 + at(tokens, j + 2, W.OUR_PLACE, c) : 0;
    const w = place || at(tokens, j + 1, W.WRITER, c) || at(tokens, j + 1, W.OUR_PLACE, c) || (['my', 'our', 'cm', 'the', 'this'].includes(tokens[j + 1]?.text ?? '') && at(tokens, q, W.WEAK_NOUN, c) ? 1 : 0) || at(tokens, j + 1, W.WEAK_NOUN, c);
    const n1 = tokens[j + 1] as Token;
    if (!w && (at(tokens, j + 1, W.SOMEONE, c) || DETERMINER.has(n1.text) || (!r.shouting && n1.capitalised && text.slice(n1.start, n1.end) !== text.slice(n1.start, n1.end).toUpperCase()))) return;
  }
  // "Customer came by the Job Center to pick up the bus pass": there, but nobody is said to have talked with them.
  // (With their news after it, "… Cust on track to finish in June", "… Attending 12 credits", they told us something.)
  if (at(tokens, k, W.CAME, c) && errand(r, j, c) && !talkAfter(r, j, c) && !newsNext(r, c)) return;
  if (!takenBack(r, j, c)) push(s, j, who);
}

/**
 * After a joining verb, someone else's event: past "in", "into", "to", "on" and an article or possessive, within three
 * words, an event's name ("the CNA info session", "the Job Corps admissions interview"), or a meeting named by whose or
 * what it is ("his IEP meeting", "the school board meeting"; not "the meeting", "our meeting", "her meeting").
 */
function joinedEvent(r: Reader, from: number, c: number): boolean {
  const { tokens } = r;
  let q = from;
  while (tokens[q]?.clause === c && ['in', 'into', 'to', 'on', 'by', 'for'].includes((tokens[q] as Token).text)) q++;
  let owner = false;
  while (tokens[q]?.clause === c && (DETERMINER.has((tokens[q] as Token).text) || ['her', 'his', 'their'].includes((tokens[q] as Token).text))) q++;
  for (let x = q; x < q + 4 && tokens[x]?.clause === c; x++) {
    if (at(tokens, x, W.WRITER, c) || at(tokens, x, W.OUR_PLACE, c) || ['our', 'my', 'me', 'us'].includes((tokens[x] as Token).text)) return false;
    if (at(tokens, x, W.EVENT_NOUN, c)) return true;
    if ((tokens[x] as Token).text === 'meeting' || (tokens[x] as Token).text === 'mtg') return owner;
    owner = true;
  }
  return false;
}

/** The next sentence gives the participant's news: "Cust on track …", "She needs …", "Attending 12 credits …". */
function newsNext(r: Reader, c: number): boolean {
  const { tokens } = r;
  let k = 0;
  while (k < tokens.length && (tokens[k] as Token).clause <= c) k++;
  const t = tokens[k];
  if (!t) return false;
  const cl = t.clause;
  const p = at(tokens, k, W.PARTICIPANT, cl) || (['she', 'he', 'they'].includes(t.text) ? 1 : 0);
  if (p && t.possessive) return false;
  let v = k + p;
  while (tokens[v]?.clause === cl && SOFT.has((tokens[v] as Token).text)) v++;
  return at(tokens, v, W.STATE, cl) > 0 || at(tokens, v, W.SPEECH, cl) > 0 || at(tokens, v, W.NEWS, cl) > 0;
}

/** "… to pick up", "… to drop off" in the rest of the sentence. */
function errand(r: Reader, from: number, c: number): boolean {
  for (let k = from; r.tokens[k]?.clause === c; k++) if (r.tokens[k]?.text === 'to' && at(r.tokens, k + 1, W.ERRAND, c)) return true;
  return false;
}

/**
 * Someone talked, in the rest of the sentence or the two after it: the writer ("discussed", "we talked", "met with") or the
 * participant telling ("she reports", "client said").
 */
function talkAfter(r: Reader, from: number, c: number): boolean {
  const { tokens } = r;
  for (let k = from; k < tokens.length && (tokens[k] as Token).clause <= c + 2; k++) {
    const cl = (tokens[k] as Token).clause;
    // The writer's verb opens its part of the sentence or follows the writer ("discussed", "and we talked"), unlike
    // a thing's ("File reviewed").
    const prev = tokens[k - 1];
    const opens = !prev || prev.clause !== cl || HOLD.has(prev.text) || prev.text === 'we' || at(tokens, k - 1, W.WRITER, cl) > 0 || gapBreaks(r.text, prev.end, (tokens[k] as Token).start);
    const t = (tokens[k] as Token).text;
    if (opens && (at(tokens, k, W.TALK_VERB, cl) || (at(tokens, k, W.STRONG_VERB, cl) && t !== 'reached' && t !== 'saw' && t !== 'visited'))) return true;
    const p = at(tokens, k, W.PARTICIPANT, cl) || (['she', 'he', 'they'].includes((tokens[k] as Token).text) ? 1 : 0);
    if (p && !(tokens[k] as Token).possessive) {
      let v = k + p;
      while (tokens[v]?.clause === cl && SOFT.has((tokens[v] as Token).text)) v++;
      if (at(tokens, v, W.SPEECH, cl)) return true;
    }
  }
  return false;
}

/** A time of day ("10", "9:20" as its numbers, "3pm"). */
const TIME = /^\d{1,2}(?:am|pm|a|p)?$/;
/**
 * Where an arrival ends, from token j: the token after a time ("at 10:15"), our appointment ("for her appointment",
 * "for the 9:00 OV") or our place ("to the front desk", "at the JC"); 0 when it ends anywhere else ("at 7 at the
 * worksite", "for the job fair", "to drop off").
 */
function arrivedWithUs(r: Reader, j: number, c: number): number {
  const { tokens } = r;
  const same = (x: number) => tokens[x]?.clause === c && !gapBreaks(r.text, (tokens[x - 1] as Token).end, (tokens[x] as Token).start, true);
  let end = 0;
  let where = false;
  for (let x = j; x < j + 8 && same(x); x++) {
    const t = tokens[x] as Token;
    if (ARRIVE_PREP.has(t.text)) where = true;
    if (ARRIVE_PREP.has(t.text) || DETERMINER.has(t.text) || ['her', 'his', 'their', 'scheduled', 'monthly'].includes(t.text)) continue;
    if (TIME.test(t.text)) {
      [end, where] = [x + 1, false];
      continue;
    }
    const a = at(tokens, x, W.ATTENDED, c) || at(tokens, x, W.OUR_PLACE, c);
    return a ? x + a : where ? 0 : end;
  }
  return end;
}
const ARRIVE_PREP = new Set(['at', 'for', 'to', 'in']);
