/**
 * Who is in view around a contact, for the participant gate (lib/policy/contact-gate.ts): the participant named,
 * someone else shown acting (answering, speaking, being called or met), pronouns; and whether a written reply's
 * sender is the participant.
 */
import type { ContactEvent, PartyMention } from '../text/analyze';
import type { Match } from '../text/matcher';
import type { Token } from '../text/tokenize';

/** Pronouns that point at a person other than the writer. */
const PRONOUN = new Set(['she', 'he', 'they', 'her', 'him', 'his', 'them', 'their', 'hers', 'theirs', 'ella', 'él']);
/** Words before a person that make them the object of a contact ("spoke with X", "e-mail from X", "LM w/ X"). */
const OBJECT_OF = new Set(['with', 'w', 'to', 'from', 'by', 'for']);
/** Words that may sit between that preposition and the person ("with her mother", "to the front desk"). */
const DETERMINER = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'my', 'our', 'cust', 'client', 'participant', 'customer']);
/** Verbs a person does as the one who took the exchange (besides the vocabulary's talk, report and reply words). */
const ACTING = new Set(['answered', 'picked', 'took', 'got', 'came', 'returned', 'called', 'said', 'says', 'told', 'stated', 'reported', 'replied', 'responded', 'wrote', 'emailed', 'texted']);
/** Talk-about verbs: what follows them is a topic ("discussed school"), not a person talked with. */
const TOPIC_VERBS = new Set(['discussed', 'discuss', 'reviewed', 'went over', 'go over', 'about', 're', 'regarding']);
const ACTING_TAGS = new Set(['success', 'report', 'response', 'state']);


type Who = 'participant' | 'someone-else' | 'pronoun';
interface Person {
  who: Who;
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
}



/** The people of sentences lo..hi, in order: the participant named, someone else shown acting, pronouns. */
export function peopleIn(tokens: Token[], matches: Match[], parties: PartyMention[], lo: number, hi: number): Person[] {
  const out: Person[] = [];
  for (const q of parties) {
    if (q.clause < lo || q.clause > hi || q.possessive) continue;
    if (q.party === 'participant') {
      // "Staff said client went to a movie": the participant told about in someone else's words is not who talked.
      // ("IEP meeting 3/4; client was invited": asked to come is not shown there.)
      if (!toldBySomeoneElse(tokens, matches, parties, q) && !invited(tokens, q)) out.push({ who: 'participant', tokStart: q.tokStart, tokEnd: q.tokEnd, start: q.start, end: q.end });
    }
    else if (acts(tokens, matches, q) && !nested(tokens, matches, parties, q)) out.push({ who: 'someone-else', tokStart: q.tokStart, tokEnd: q.tokEnd, start: q.start, end: q.end });
  }
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.clause < lo) continue;
    if (tok.clause > hi) break;
    // "her mother answered and put her on": whoever answered handed the phone to the participant.
    if (tok.text === 'put' && PRONOUN.has(tokens[t + 1]?.text ?? '') && tokens[t + 2]?.text === 'on') {
      const her = tokens[t + 1] as Token;
      out.push({ who: 'participant', tokStart: t + 1, tokEnd: t + 2, start: her.start, end: her.end });
      t++;
      continue;
    }
    if (PRONOUN.has(tok.text) && !out.some((p) => p.tokStart <= t && t < p.tokEnd) && !insideTheirWords(tokens, matches, parties, t)) out.push({ who: 'pronoun', tokStart: t, tokEnd: t + 1, start: tok.start, end: tok.end });
    const staff = nameAtOrganisation(tokens, matches, parties, t);
    if (staff > t) {
      const last = tokens[staff - 1] as Token;
      out.push({ who: 'someone-else', tokStart: t, tokEnd: staff, start: tok.start, end: last.end });
      t = staff - 1;
      continue;
    }
    const titled = roleThenName(tokens, matches, parties, t);
    if (titled) {
      const first = tokens[titled.tokStart] as Token;
      const last = tokens[titled.tokEnd - 1] as Token;
      if (!out.some((p) => p.tokStart === titled.tokStart)) out.push({ who: 'someone-else', tokStart: titled.tokStart, tokEnd: titled.tokEnd, start: first.start, end: last.end });
      t = titled.tokEnd - 1;
    }
  }
  return out.sort((x, y) => x.tokStart - y.tokStart);
}

const SPEECH_SUBJECT = new Set(['she', 'he', 'they']);
/**
 * Someone else who acts inside the participant's own story ("Client says her instructor told her …") or beside
 * them ("met with the participant and her mother"): not someone the exchange could belong to instead.
 */
function nested(tokens: Token[], matches: Match[], parties: PartyMention[], q: PartyMention): boolean {
  for (const m of matches) {
    if (m.clause !== q.clause || m.tokStart >= q.tokStart) continue;
    if (!m.tags.includes('report')) continue;
    const subj = tokens[m.tokStart - 1];
    if (subj && subj.clause === m.clause && (SPEECH_SUBJECT.has(subj.text) || parties.some((p) => p.tokEnd === m.tokStart && p.party === 'participant'))) return true;
  }
  let b = q.tokStart - 1;
  while (b >= 0 && DETERMINER.has((tokens[b] as Token).text) && (tokens[b] as Token).clause === q.clause) b--;
  const before = tokens[b];
  if (before && before.clause === q.clause && (before.text === 'and' || before.text === '&')) {
    return parties.some((p) => p.party === 'participant' && !p.possessive && p.clause === q.clause && p.tokEnd <= b);
  }
  return false;
}

/** Someone else is shown taking part: the subject of talk, a reply or answering; or whom a contact was with. */
function acts(tokens: Token[], matches: Match[], q: PartyMention): boolean {
  const next = tokens[q.tokEnd];
  if (next && next.clause === q.clause && ACTING.has(next.text)) return true;
  for (const m of matches) {
    if (m.tokStart < q.tokEnd) continue;
    // (Right after them, or one word on: "mother then said", not "Payroll 92%) and said".)
    if (m.tokStart - q.tokEnd > 1 || m.clause !== q.clause || tokens[q.tokEnd]?.numeric) break;
    // ("AEL teacher e-mailed …", "Employer called": the subject of a contact verb acts too.)
    if (m.tags.some((t) => ACTING_TAGS.has(t) || (REMOTE as readonly string[]).includes(t))) return true;
  }
  // "with her mother", "LM w/ roommate", "e-mail from the registrar", "per instructor".
  let b = q.tokStart - 1;
  while (b >= 0 && DETERMINER.has((tokens[b] as Token).text) && (tokens[b] as Token).clause === q.clause) b--;
  const before = tokens[b];
  if (!before || before.clause !== q.clause) return false;
  if (before.text === 'per') return true;
  // "e-mailed her instructor", "called the registrar": whom a call or a message went to (a visit goes to a place).
  if (matches.some((m) => m.tokEnd === b + 1 && m.clause === q.clause && REMOTE.some((t) => m.tags.includes(t)))) return true;
  // "spoke with her mother", "left msg w/ roommate", "reply from the registrar": the preposition of a contact.
  // ("Left message with her roommate": the preposition may close the vocabulary's own phrase.)
  if (OBJECT_OF.has(before.text)) {
    return matches.some((m) => m.clause === q.clause && m.tokEnd <= b + 1 && b - m.tokEnd <= 1 && !TOPIC_VERBS.has(m.phrase) && m.tags.some((t) => CONTACT_TAGS.has(t)));
  }
  return false;
}
/**
 * "Phone call w/ Kayla at Bright Futures Daycare", "TC with Marisol from Labor Pros": a name the vocabulary does not
 * know, called or written to, introduced by the organisation it answers for, is that organisation's staff, not the
 * participant (a visit "with Dana at the library" names a place, so only calls and messages). Returns the token
 * after the name, or `t` when token `t` does not start such a name.
 */
function nameAtOrganisation(tokens: Token[], matches: Match[], parties: PartyMention[], t: number): number {
  const tok = tokens[t] as Token;
  if (!tok.capitalised || tok.numeric || parties.some((q) => q.tokStart <= t && t < q.tokEnd)) return t;
  const before = tokens[t - 1];
  if (!before || before.clause !== tok.clause) return t;
  // Whom a call or a message went to: "Called Tom at …", "Phone call w/ Kayla at …".
  // ("Spoke with Jan from Ranken": a talk that is no visit reaches them the same way.)
  const talk = (m: Match) => REMOTE.some((r) => m.tags.includes(r)) || (m.tags.includes('success') && !m.tags.includes('mode:in-person'));
  const sentTo = (m: Match) => m.clause === tok.clause && talk(m) && (m.tokEnd === t || (m.tokEnd <= t && t - m.tokEnd <= 1 && OBJECT_OF.has(before.text)));
  if (!matches.some(sentTo)) return t;
  let end = t + 1;
  while (end < t + 3 && tokens[end]?.capitalised && tokens[end]?.clause === tok.clause) end++;
  const link = tokens[end];
  const org = tokens[end + 1];
  if (!link || !org || link.clause !== tok.clause || org.clause !== tok.clause) return t;
  return ORG_LINK.has(link.text) && org.capitalised && !org.numeric ? end : t;
}
const ORG_LINK = new Set(['at', 'from', 'of']);

/** Job titles written before a name ("branch mgr Jolene", "Worksite supv Ms. Ortiz"), besides the vocabulary's roles. */
const ROLE = new Set([
  'mgr', 'manager', 'supv', 'supvr', 'supervisor', 'sup', 'coordinator', 'coord', 'recruiter', 'generalist', 'lead', 'director', 'dir', 'rep',
  'representative', 'specialist', 'officer', 'advisor', 'adviser', 'counselor', 'counsellor', 'instructor', 'teacher', 'caseworker', 'owner',
  'foreman', 'administrator', 'admin', 'registrar', 'navigator', 'dean', 'principal', 'hr', 'staff', 'worker', 'secretary', 'receptionist',
]);
const TITLE = new Set(['mr', 'ms', 'mrs', 'miss', 'dr', 'mx']);
/**
 * "TC with the temp agency's branch mgr Jolene", "Worksite supv Ms. Ortiz called back", "Training coordinator
 * Mr. Haskins returned my call": a name introduced by a job title is that person, not the participant, when they
 * are whom a contact was with (the title within a few words after it) or its subject (acting right after the
 * name). The span runs from the title (or the role the vocabulary knows) to the end of the name; null otherwise.
 */
function roleThenName(tokens: Token[], matches: Match[], parties: PartyMention[], t: number): { tokStart: number; tokEnd: number } | null {
  const tok = tokens[t] as Token;
  const role = parties.find((q) => q.tokEnd === t + 1 && q.party !== 'participant' && !q.possessive);
  if (!role && !ROLE.has(tok.text)) return null;
  let n = t + 1;
  // (A title's period ends the tokenizer's clause: "Ms. Ortiz".)
  if (TITLE.has(tokens[n]?.text ?? '') && tokens[n]?.clause === tok.clause) n++;
  const name = tokens[n];
  if (!name || !name.capitalised || name.numeric || (name.clause !== tok.clause && n === t + 1)) return null;
  if (parties.some((q) => q.tokStart <= n && n < q.tokEnd)) return null;
  let end = n + 1;
  while (end < n + 2 && tokens[end]?.capitalised && !tokens[end]?.numeric && tokens[end]?.clause === name.clause && !parties.some((q) => q.tokStart === end)) end++;
  const start = role ? role.tokStart : t;
  // Subject: acting right after the name ("Ms. Ortiz called back", "Jolene said").
  const next = tokens[end];
  const subject =
    next !== undefined && next.clause === name.clause &&
    (ACTING.has(next.text) || matches.some((m) => m.tokStart === end && m.clause === name.clause && m.tags.some((x) => ACTING_TAGS.has(x) || (REMOTE as readonly string[]).includes(x))));
  // Object: a contact a few words before ("TC with the temp agency's branch mgr Jolene"), nobody else named between.
  const object = matches.some(
    (m) =>
      m.clause === tok.clause && m.tokEnd <= start && start - m.tokEnd <= 5 && !TOPIC_VERBS.has(m.phrase) && m.tags.some((x) => CONTACT_TAGS.has(x)) &&
      !parties.some((q) => q.tokStart >= m.tokEnd && q.tokStart < start),
  );
  return subject || object ? { tokStart: start, tokEnd: end } : null;
}
const REMOTE = ['mode:telephone', 'mode:email', 'mode:text', 'mode:letter', 'mode:video'] as const;
const CONTACT_TAGS = new Set<string>(['success', 'response', 'mode:telephone', 'mode:email', 'mode:text', 'mode:letter', 'mode:video', 'mode:in-person', 'attempt:call', 'attempt:visit', 'attempt:mail', 'attempt:response']);

/** The sender of "E-mail from …" is the participant: named, a pronoun, or a person who writes as "I". */
export function senderIsParticipant(tokens: Token[], parties: PartyMention[], e: ContactEvent): boolean {
  let t = e.tokEnd;
  while (DETERMINER.has(tokens[t]?.text ?? '') && tokens[t]?.clause === e.clause && !isParticipantAt(parties, t)) t++;
  const sender = tokens[t];
  if (!sender || sender.clause !== e.clause) return e.party === 'participant';
  if (isParticipantAt(parties, t)) return true;
  if (PRONOUN.has(sender.text)) return true;
  // A capitalised sender may be a person or an organisation ("Ameren", "Acme Staffing"): only someone who writes
  // about themself ("I passed", "my hours") is shown to be the participant.
  if (sender.capitalised) {
    for (let k = t + 1; k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (w.clause > e.clause + 1) break;
      if (w.text === 'i' || w.text === 'my' || w.text === 'im' || w.text === 'ive' || w.text === 'me') return true;
    }
  }
  return false;
}

/** The participant only as the one invited: "client was invited", "client invited", "invited client". */
export function invited(tokens: Token[], q: PartyMention): boolean {
  let t = q.tokEnd;
  if (['was', 'were', 'is', 'been', 'had'].includes(tokens[t]?.text ?? '')) t++;
  if (tokens[t]?.text === 'been') t++;
  return (tokens[t]?.text === 'invited' && tokens[t]?.clause === q.clause) || (tokens[q.tokStart - 1]?.text === 'invited' && tokens[q.tokStart - 1]?.clause === q.clause);
}

function isParticipantAt(parties: PartyMention[], t: number): boolean {
  return parties.some((q) => q.tokStart === t && q.party === 'participant' && !q.possessive);
}


/** The participant named straight after someone else's speech verb ("Staff said client …", "Agent said client …"). */
function toldBySomeoneElse(tokens: Token[], matches: Match[], parties: PartyMention[], q: PartyMention): boolean {
  const verb = matches.find((m) => m.tokEnd <= q.tokStart && q.tokStart - m.tokEnd <= 1 && m.clause === q.clause && m.tags.includes('report'));
  if (!verb || verb.phrase === 'per') return false;
  const subj = tokens[verb.tokStart - 1];
  if (!subj || subj.clause !== verb.clause) return false;
  if (SPEECH_SUBJECT.has(subj.text)) return false;
  return !parties.some((p) => p.tokEnd === verb.tokStart && p.party === 'participant');
}

/** Token `t` comes after someone else's speech verb in its sentence ("Staff said client went to a movie with his roommates"). */
function insideTheirWords(tokens: Token[], matches: Match[], parties: PartyMention[], t: number): boolean {
  const clause = tokens[t]?.clause;
  for (const m of matches) {
    if (m.clause !== clause || m.tokEnd > t) continue;
    if (!m.tags.includes('report') || m.phrase === 'per') continue;
    const subj = tokens[m.tokStart - 1];
    if (subj && subj.clause === clause && !SPEECH_SUBJECT.has(subj.text) && !parties.some((p) => p.tokEnd === m.tokStart && p.party === 'participant') && /^[a-z]/.test(subj.text)) return true;
  }
  return false;
}
