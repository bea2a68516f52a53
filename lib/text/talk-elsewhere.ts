/**
 * Whom the participant talked with when she came in or called, when the note names someone who is not us (lib/text/
 * meeting.ts asks this of an arrival's or a call's sentence once no talk of ours with her was found there): "came in
 * 3/4 and talked to the security guard", "spoke with a volunteer in the resource room", "chatted with the custodian",
 * "called 3/4 and spoke with the intake worker at DFS"; or her call reached a machine or a desk that only takes
 * messages ("the call center took a message", "got the automated menu", "reached the after-hours line"). Her arrival
 * or her call is then no meeting with us. One of ours ("spoke with me", "met with CM", "talked with her case
 * manager", "her WIOA counselor") or the participant herself ("spoke with her") is not someone else, and a personal
 * name is left alone: it may be hers, or ours.
 */

/** A talk verb and its "with" or "to", then whom: an article or a possessive, then up to three words. */
const TALKED_WITH = /\b(?:spoke|talked|chatted|visited|met)\s+(?:w\/|with|to)\s+(?:(the|a|an|another|some|one of the|her|his|their|our|my)\s+)?([\w'-]+(?:\s+[\w'-]+){0,2})/gi;
/** Us: the writer, a case manager, a counselor or coach of ours (a program's word before it at most). */
const OURS = /^(?:me|us|cm|cms|writer|this writer|(?:(?:wioa|career|employment|job)\s+)?(?:cm|case manager|case mgr|counselor|coach|planner|navigator|advisor))\b/;
/** The participant, by a word of hers. */
const HERS = /^(?:client|cust|customer|participant|ppt|youth|member|student|trainee|applicant|jobseeker|job seeker)\b/;
/** After "her", "his", "their": the participant herself when a connector follows ("spoke with her about …"). */
const PRONOUN_THEN = /^(?:about|re|regarding|and|on|at|for|from|during|via|today|yesterday|briefly|in|by|over|after|afterwards?|before|when|while|that|until|again|there|here|then|now|later|too|outside|inside|privately|alone|first|\d)\b/;
/** A machine or a message desk her call reached. */
const MACHINE = /\b(?:call (?:center|centre)|answering service|after[- ]hours (?:line|number|service)|automated (?:menu|system|line|attendant|message)|phone tree|auto[- ]?attendant|ivr)\b/i;

/** The participant's talk in sentence `s` was with someone not ours, or her call reached a machine or a message desk. */
export function talkedElsewhere(s: string, call: boolean): boolean {
  if (call && MACHINE.test(s)) return true;
  for (const m of s.matchAll(TALKED_WITH)) {
    const det = (m[1] ?? '').toLowerCase();
    const raw = m[2] as string;
    const who = raw.toLowerCase();
    // (A name, "spoke with Tina", may be hers or ours; an acronym alone, "with DVR", is left to the gate.)
    if (det === '' && /^[A-Z]/.test(raw) && !/^(?:CM|Cust|Client|Customer|Participant)\b/.test(raw)) continue;
    // ("with her about her class": the participant; "with her mother": someone else.)
    if ((det === 'her' || det === 'his' || det === 'their') && PRONOUN_THEN.test(who)) continue;
    if (OURS.test(who) && det !== 'a' && det !== 'an' && det !== 'another' && det !== 'some') continue;
    if (HERS.test(who) && (det === '' || det === 'the')) continue;
    if (det === '' && /^(?:her|him|them|me|us)\b/.test(who)) continue;
    return true;
  }
  return false;
}
