/**
 * A participant word that names someone else. "Client", "customer", "participant", "youth", "student" name the
 * participant whose note this is, but not when the words around them make them somebody else:
 *   - the first word of an office's, a role's or a group's name: "Client Services", "customer service rep",
 *     "the youth counselor", "youth group", "the student body president", "participant liaison";
 *   - one of several, or another one: "a client at the job fair", "another client", "the other client", "a former
 *     client", "our business client", "customers in the lobby", "one of my other clients".
 * Such a mention is someone else (`party:other`, as a staff title placed elsewhere is, "shelter staff") where it is
 * whom a contact was with or who told something: "Spoke with Client Services", "Called Customer Service", "Met with
 * a client at the job fair", "Another client said …". Anywhere else it names nobody the contact could have been with
 * ("Continue youth services", "she works in customer service", "the veterans' workshop") and is no party at all.
 * A predicate or an aside describing her keeps her word ("she is a student at OTC", "Maria, a client of ours").
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';
import type { Tag } from './vocabulary';

const SOMEONE_ELSE: readonly Tag[] = ['party:other'];
const PARTICIPANT: readonly Tag[] = ['party:participant'];
/** What a participant word without its apostrophe owns ("customers house", "clients phone"): hers, not several people. */
const OWNED = new Set(['house', 'home', 'apartment', 'apt', 'place', 'address', 'door', 'phone', 'cell', 'number', 'voicemail', 'vm', 'mom', 'mother', 'dad', 'father', 'job', 'car', 'file', 'case', 'appointment', 'appt', 'schedule', 'email', 'employer', 'worksite', 'family', 'son', 'daughter', 'husband', 'wife', 'sister', 'brother']);

/** Nouns that make a participant word before them the name of an office, a role or a group. */
const OFFICE_OR_ROLE = new Set(
  ('services service care relations relation success support assistance advocate advocates representative representatives rep reps ' +
    'manager managers coach coordinator liaison worker workers counselor counsellor adviser advisor group groups body president ' +
    'program programs programme center centre team unit line desk affairs help helpline hotline council association ministry ' +
    'specialist specialists agent agents director staff volunteer volunteers mentor mentors department dept office life outreach ' +
    'engagement experience leader leaders pastor board government senate club organization organisation ambassador aide loan loans').split(' '),
);
/** Words right before a participant word that make it another one of them. */
const ANOTHER = new Set(['a', 'an', 'another', 'other', 'former', 'previous', 'prior', 'fellow', 'each', 'every', 'any', 'some', 'several', 'many', 'few', 'all', 'both', 'business', 'employer', 'corporate', 'different']);
/** Words between "a" and a participant word that keep it another one: "a new client", "a prospective customer". */
const KIND = new Set(['new', 'prospective', 'potential', 'returning', 'young', 'older', 'younger', 'male', 'female', 'current', 'past', 'random', 'single']);
/** Words before "a"/"an" that make it describe her, not another: "she is a student", "as a client". */
const DESCRIBES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'as', 'becomes', 'became', 'remains', 'now']);
/** Words between a contact and whom it was with: "met with one of my other clients", "a group of customers". */
const BETWEEN = new Set([...ANOTHER, ...KIND, 'the', 'one', 'of', 'my', 'our', 'her', 'his', 'their', 'this', 'that', 'group', 'couple', 'handful', 'pair', 'w', 'with', 'to', 'from']);
/** A contact, a talk, a reply or someone telling. */
const CONTACT = (m: Match) => m.tags.some((t) => t.startsWith('mode:') || t === 'made' || t === 'success' || t === 'response' || t === 'report');

/** Reads the participant words that name someone else as `party:other` (whom a contact was with) or as no one. */
export function othersByParticipantWords(text: string, tokens: Token[], matches: Match[]): void {
  const endsAt = new Map<number, Match>();
  const groups = new Set<number>();
  for (const m of matches) endsAt.set(m.tokEnd, m);
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k] as Match;
    const numbered = counting(text, tokens[m.tokStart - 1]);
    // ("14 youth attended": "youth" counted is many.)
    const plural = PLURALS.has(m.phrase) || (m.phrase === 'youth' && numbered);
    // ("stopped by customers house": a possessive written without its apostrophe is hers.)
    if (plural && OWNED.has(tokens[m.tokEnd]?.text ?? '')) {
      m.tags = PARTICIPANT;
      continue;
    }
    if (!plural && !(m.tags.includes('party:participant') && (anotherOne(text, tokens, m) || officeOrRole(text, tokens, m)))) continue;
    // ("group session, 20 students": a group counted is other people wherever it is told.)
    const counted = plural && numbered;
    if (counted) groups.add(m.clause);
    if (counted || whomOfContact(tokens, endsAt, m) || tellsOrActs(tokens, matches, k)) m.tags = SOMEONE_ELSE;
    else matches.splice(k, 1);
  }
  // "Met with youth at the high school - group session, 20 students": "youth" (one or many) met in a sentence that
  // counts a group is the group.
  for (const m of matches) {
    if (groups.has(m.clause) && m.phrase === 'youth' && m.tags.includes('party:participant') && !OWNER.has(tokens[m.tokStart - 1]?.text ?? '') && whomOfContact(tokens, endsAt, m)) m.tags = SOMEONE_ELSE;
  }
}
/** A count before the words ("20 students", "14 youth"), not the end of a date ("5/1. Youth said", "1/23, yth"). */
function counting(text: string, w: Token | undefined): boolean {
  return w !== undefined && w.numeric && !/[/\-.:]/.test(text.charAt(w.start - 1)) && !/[/\-.:,]/.test(text.charAt(w.end));
}
/** Words that make "youth" one person: "the youth", "this youth". */
const OWNER = new Set(['the', 'this', 'that', 'my', 'our']);

/** The plural participant words ("participants"; the vocabulary lists the rest as other people, "clients", "customers"). */
const PLURALS = new Set(['participants', 'clients', 'customers', 'students', 'trainees', 'youths', 'enrollees', 'jobseekers', 'job seekers', 'claimants', 'veterans']);

/** "a client", "the other client", "customers" (a plural the fuzzy matcher took for the word). */
function anotherOne(text: string, tokens: Token[], m: Match): boolean {
  const last = tokens[m.tokEnd - 1] as Token;
  const word = text.slice(last.start, last.end).toLowerCase();
  if (!last.possessive && word.endsWith('s') && !m.phrase.endsWith('s')) return !OWNED.has(tokens[m.tokEnd]?.text ?? '');
  const kind = KIND.has(tokens[m.tokStart - 1]?.text ?? '') ? 1 : 0;
  const before = tokens[m.tokStart - 1 - kind];
  if (!before || before.clause !== m.clause || !ANOTHER.has(before.text)) return false;
  if (before.text !== 'a' && before.text !== 'an') return true;
  // ("She is a student at OTC", "Maria, a client of ours", "(a client)": she is described.)
  const prior = tokens[m.tokStart - 2 - kind];
  const gap = prior ? text.slice(prior.end, before.start) : '';
  return !(prior && prior.clause === m.clause && (DESCRIBES.has(prior.text) || /[,(]/.test(gap)));
}

/** "Client Services", "a customer service rep", "the youth counselor", "youth group". */
function officeOrRole(text: string, tokens: Token[], m: Match): boolean {
  const next = tokens[m.tokEnd];
  const last = tokens[m.tokEnd - 1] as Token;
  // (Both words written alike, as one name is: not a label before a name, "participant Coach K (Kevin Kim)".)
  const alike = next !== undefined && next.capitalised === (tokens[m.tokStart] as Token).capitalised;
  return alike && next.clause === m.clause && !last.possessive && OFFICE_OR_ROLE.has(next.text) && /^[ \t]+$/.test(text.slice(last.end, next.start));
}

/** Whom a contact was with: a contact ends right before it, past "with", "the", "one of my other", "a group of". */
function whomOfContact(tokens: Token[], endsAt: Map<number, Match>, m: Match): boolean {
  for (let t = m.tokStart; t > 0 && m.tokStart - t < 6; t--) {
    const before = endsAt.get(t);
    if (before && before.clause === m.clause && CONTACT(before)) return true;
    const w = tokens[t - 1] as Token;
    if (w.clause !== m.clause || !(BETWEEN.has(w.text) || w.numeric)) return false;
  }
  return false;
}

/** Who acts or tells: a contact or a report right after the words ("Another client said", "Client Services called"). */
function tellsOrActs(tokens: Token[], matches: Match[], k: number): boolean {
  const m = matches[k] as Match;
  const next = matches[k + 1];
  const office = OFFICE_OR_ROLE.has(tokens[m.tokEnd]?.text ?? '') ? 3 : 0;
  return next !== undefined && next.clause === m.clause && next.tokStart - m.tokEnd <= office && CONTACT(next);
}
