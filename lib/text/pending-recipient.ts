/**
 * Whether a letter, e-mail or text the reader took for ours and still unanswered is one the participant owes a reply
 * to (response-pending's reminder is about the customer's reply, MO §2.3): not when someone else sent it ("AEL proctor
 * e-mailed 4/7: …", "Benefits planner (WIPA) e-mailed"), when it went to someone else ("emailed the school", "Sent
 * the letter to the legal advocate", "E-mailed the agenda to the team"), or when the "letter" is a document ("Cover
 * letter reviewed", "letter of recommendation", "Pastor's letter"). Read in the message's own sentence; where it also
 * names the participant after the verb ("E-mailed cust's instructor and cust"), the reminder stands.
 */
import type { Span } from './analyze';

/** Someone other than the participant, as notes name them: a school, an employer, a partner agency's worker. */
const OTHERS =
  '(?:school|college|instructor|teacher|professor|proctor|registrar|employer|supervisor|hr|team|staff|provider|agency|office|advocate|counselor|planner|navigator|coordinator|director|trainer|landlord|probation|po|officer|worker|aide|specialist|liaison|recruiter|nurse|therapist|doctor|pastor|deacon|volunteer|driver|partner|dvr|shelter|clinic|program|lead|manager|mgr|vendor|court|attorney|lawyer)';
/** Someone else is the subject of the message's verb ("AEL proctor e-mailed", "Benefits planner (WIPA) e-mailed"). */
const THEIR_SUBJECT = new RegExp(`\\b${OTHERS}\\b(?:\\s*\\([^)]{0,40}\\))?\\s*$`, 'i');
/** Sent to someone else ("to the legal advocate", "emailed the school", "to the team"). */
const TO_OTHER = new RegExp(`^\\s*(?:(?:[\\w-]+\\s+){0,3}?to\\s+)?(?:the|our|his|her|their|a|an|cust's|client's|participant's)\\s+(?:[\\w-]+\\s+){0,2}?${OTHERS}\\b(?!['’]s)`, 'i');
/** The participant named after the verb (not as someone's owner: "cust's instructor"). */
const PARTICIPANT = /\b(?:cust|customer|client|clnt|participant|ppt|pt|youth|yth|him|them)\b(?!['’]s)/i;
/** A document sent to the participant is still a letter ("Sent TAA eligibility letter to customer"). */
const TO_PARTICIPANT = /\bto\s+(?:the\s+)?(?:cust|customer|client|clnt|participant|ppt|pt|youth|yth|him|her|them)\b(?!['’]s)/i;
const DOCUMENT_BEFORE = /\b(?:cover|offer|award|reference|recommendation|support|acceptance|hire|denial|resignation|termination|admission|admissions|eligibility|verification)\s*$|\w['’]s\s*$/i;
const DOCUMENT_AFTER = /^\s*of\s+(?:recommendation|reference|support|intent|offer|employment|acceptance)\b/i;

function sentenceOf(text: string, at: Span): { before: string; after: string } {
  let from = at.start;
  while (from > 0 && !'.!?;\n'.includes(text[from - 1] as string)) from--;
  let to = at.end;
  while (to < text.length && !'.!?;\n'.includes(text[to] as string)) to++;
  return { before: text.slice(from, at.start), after: text.slice(at.end, to) };
}

export function pendingIsTheirs(text: string, sent: Span): boolean {
  const { before, after } = sentenceOf(text, sent);
  const word = text.slice(sent.start, sent.end);
  if (/^letters?$/i.test(word) && (DOCUMENT_BEFORE.test(before) || DOCUMENT_AFTER.test(after)) && !TO_PARTICIPANT.test(after)) return true;
  // Someone else is the subject of the verb, in its own clause.
  const clause = before.split(/,|\band\b|\bthen\b/).pop() ?? '';
  if (THEIR_SUBJECT.test(clause)) return true;
  // Sent to someone else, and the participant is named nowhere after the verb.
  return TO_OTHER.test(after) && !PARTICIPANT.test(after);
}
