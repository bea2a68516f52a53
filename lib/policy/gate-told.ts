/**
 * Someone named on the line who speaks of the participant as someone else: "TC w/ Maria Lopez 3/4:
 * her grandson passed …", "… she said her daughter passed …", "… she said Kofi passed …", "… client passed …", "… she
 * passed … per her grandmother". The person the contact was with is then telling us about the participant, not the
 * participant: a relative or a stranger, never a contact with the participant.
 */
import type { NoteAnalysis, PartyMention } from '../text/analyze';
import type { Token } from '../text/tokenize';

/** A relative, after "her", "his" or "their": "her grandson", "his daughter". */
const KIN = new Set([
  'grandson', 'granddaughter', 'grandchild', 'grandkid', 'grandkids', 'grandchildren', 'son', 'daughter', 'nephew', 'niece', 'child', 'kid',
  'boy', 'girl', 'grandmother', 'grandma', 'grandfather', 'grandpa', 'mother', 'mom', 'father', 'dad', 'husband', 'wife', 'sister', 'brother',
  'cousin', 'aunt', 'uncle', 'partner', 'boyfriend', 'girlfriend', 'nana', 'granny',
]);
/** Words for the participant (not a name the note gives them). */
const PARTICIPANT_WORD = new Set(['client', 'cust', 'customer', 'participant', 'ppt', 'jobseeker', 'consumer', 'claimant']);
const POSSESSIVE = new Set(['her', 'his', 'their']);
/** Saying, before the news it introduces: "she said (that) …". */
const SAID = new Set(['said', 'says', 'stated', 'states', 'reported', 'reports', 'told', 'that', 'she', 'he', 'they', 'me', 'us', 'cm']);

/**
 * After the contact with the person named at `from` (in its sentence, past a colon), the news is about someone other
 * than the one on the line: its subject is the participant by word, a relative of theirs or another name, or the news
 * is "per her grandmother".
 */
export function toldOfAnother(text: string, tokens: Token[], parties: PartyMention[], from: number, clause: number): boolean {
  // (Only a person the contact was with, "TC w/ Maria Lopez", not a place visited, "Site visit to Crookston Inn"; and only
  // the news after its colon: "Home visit w/ Tasha (navigator). Cust answered the door …" has the participant there too.)
  if (tokens[from - 1]?.text !== 'with' && tokens[from - 1]?.text !== 'w') return false;
  let k = -1;
  for (let t = from; t < tokens.length && (tokens[t] as Token).clause === clause; t++) {
    // (Its news after a colon, or after a dash: "TC w/ Target 3/4 - discussed client's job search".)
    if (t > 0 && /:|\s[-\u2013\u2014]\s/.test(text.slice((tokens[t - 1] as Token).end, (tokens[t] as Token).start))) {
      k = t;
      break;
    }
  }
  if (k < 0) return false;
  const news = (tokens[k] as Token).clause;
  for (let t = k; t < tokens.length && (tokens[t] as Token).clause === news; t++) {
    if ((tokens[t] as Token).text === 'per' && POSSESSIVE.has(tokens[t + 1]?.text ?? '') && KIN.has(tokens[t + 2]?.text ?? '')) return true;
  }
  // The news speaks of the participant by word, anywhere in its sentence ("discussed client's job search", "…, client
  // will apply at Hy-Vee"): the one on the line is someone else telling of them.
  if (parties.some((q) => q.party === 'participant' && q.clause === news && q.tokStart >= k && PARTICIPANT_WORD.has((tokens[q.tokStart] as Token).text))) return true;
  const first = k;
  while (tokens[k]?.clause === news && SAID.has((tokens[k] as Token).text) && k - first < 4) k++;
  // ("she said the client passed", "she reports the participant …": the article before the word for the participant.)
  const article = tokens[k]?.text === 'the' && tokens[k]?.clause === news ? 1 : 0;
  const w = tokens[k + article];
  if (!w || w.clause !== news) return false;
  if (parties.some((q) => q.tokStart === k + article && q.party === 'participant' && !q.possessive)) return true;
  if (POSSESSIVE.has(w.text) && KIN.has(tokens[k + 1]?.text ?? '')) return true;
  // ("grandson passed the CNA skills test": a relative with no 'her' before, as the subject of the news.)
  if (!article && KIN.has(w.text) && tokens[k + 1]?.clause === news && !(tokens[k + 1] as Token).capitalised) return true;
  // ("she said Kofi passed": a name after the saying.)
  return k > first && w.capitalised && !w.numeric;
}

/** Words that end an organisation's name ("the Hy-Vee store", "Ameren HR", "Acme Foods Inc"). */
const ORG_END = new Set([
  'store', 'shop', 'plant', 'office', 'hr', 'inc', 'llc', 'corp', 'company', 'co', 'staffing', 'foods', 'services', 'dept', 'department',
  'restaurant', 'warehouse', 'factory', 'branch', 'location', 'headquarters', 'hq', 'dc', 'mill', 'hospital', 'clinic', 'bank', 'payroll',
  'corps', 'employment', 'college', 'university', 'school', 'academy', 'institute', 'center', 'centre',
  // An organisation's people, taken together ("Goodwill staff", "Job Corps reps", "Hy-Vee management").
  'staff', 'reps', 'personnel', 'faculty', 'management', 'folks', 'team', 'crew', 'employees', 'leadership', 'administration',
]);
/**
 * Employers, schools and offices that case notes name by their one-word name ("Phone with Walmart", "Goodwill called
 * back", "Parole called back"), with no word of an organisation after them. No maintained package lists the names of
 * employers and public offices a workforce note uses, and the gate needs only the first word of each, so the list is
 * ours; a name missing from it stays a person's name, as before. No name that is also a given name (Tyson, Mercy,
 * Sanford): "TC w/ Tyson 3/4: he started at Casey's" is a call with him. Lower case, as tokens are.
 */
const ORGANISATIONS = new Set([
  'walmart', 'target', 'amazon', 'costco', 'kroger', 'aldi', 'menards', 'lowes', "lowe's", 'walgreens', 'cvs', 'mcdonalds', "mcdonald's", 'wendys',
  "wendy's", 'starbucks', 'fedex', 'ups', 'usps', 'dhl', 'cargill', 'hormel', 'smithfield', 'jbs', 'boeing', 'goodwill', 'ranken',
  'essentia', 'allina', 'fairview', 'medtronic', 'polaris', 'caterpillar', 'deere', 'safeway', 'publix', 'schnucks',
  'dierbergs', 'quiktrip', 'panera', 'chipotle', 'culvers', "culver's", 'arbys', "arby's", 'applebees', "applebee's", 'ihop', 'ameren',
  'centene', 'cerner', 'manpower', 'adecco', 'randstad', 'aerotek', 'peopleready', 'spherion', 'doordash', 'instacart', 'uber', 'lyft',
  'probation', 'parole', 'medicaid', 'unemployment',
]);
/** Joined by a hyphen, with nothing between: "Hy-Vee", "Wal-Mart". */
const hyphened = (text: string, a: Token, b: Token) => text.slice(a.end, b.start) === '-';
/**
 * Given names that make up a double first name ("Jean-Robert", "Marie-Ange", "Rose-Marie", "Mary-Kate"). Only a
 * hyphened name of two of these is a person's; any other ("Hy-Vee", "Coca-Cola", "Follow-Up") stays an organisation,
 * whatever else the note says ('he' or 'she' elsewhere in the note makes no brand a person).
 */
const GIVEN_HALVES = new Set([
  'jean', 'marie', 'anne', 'ann', 'anna', 'rose', 'pierre', 'louis', 'ange', 'robert', 'claude', 'paul', 'luc', 'michel', 'joseph', 'marc',
  'andre', 'rene', 'yves', 'philippe', 'francois', 'charles', 'jacques', 'baptiste', 'mary', 'kate', 'lou', 'jo', 'lee', 'beth', 'sue', 'lynn',
  'mae', 'jane', 'ellen', 'grace', 'claire', 'sophie', 'laure', 'eve', 'noel', 'elise', 'josee', 'carmel', 'nadine', 'edouard', 'ernst',
]);

/**
 * The capitalised name at token `t` is an organisation, not a person: it ends in an organisation's word ("the Hy-Vee
 * store", "Ameren HR") or is one word of two capitalised halves joined by a hyphen ("Hy-Vee", "Wal-Mart": a brand's
 * spelling, unless both halves are given names and the note says "he" or "she"). The span of the name, else null.
 */
export function organisationAt(text: string, tokens: Token[], t: number): { start: number; end: number } | null {
  const first = tokens[t];
  if (!first || !first.capitalised || first.numeric) return null;
  // ("Walmart", "Goodwill", "Parole": an organisation known by its name.)
  if (ORGANISATIONS.has(first.text) && !first.possessive) return { start: first.start, end: first.end };
  let k = t;
  while (k + 1 < tokens.length && k - t < 3 && (tokens[k + 1] as Token).clause === first.clause && (tokens[k + 1] as Token).capitalised && !(tokens[k + 1] as Token).numeric && !/[\n,:;(]/.test(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start))) k++;
  const last = tokens[k] as Token;
  const end = tokens[k + 1];
  if (end && end.clause === first.clause && ORG_END.has(end.text) && /^ +$/.test(text.slice(last.end, end.start))) return { start: first.start, end: end.end };
  if (ORG_END.has(last.text) && k > t) return { start: first.start, end: last.end };
  // (A double first name, "Jean-Robert", "Marie-Ange", is a person's where the note says "he" or "she" (GIVEN_HALVES).)
  const person = GIVEN_HALVES.has(first.text) && GIVEN_HALVES.has(last.text) && tokens.some((w) => w.text === 'he' || w.text === 'she');
  if (k === t + 1 && hyphened(text, first, last) && !person) return { start: first.start, end: last.end };
  return null;
}

/**
 * The talk in sentence `clause` is about a relative's own case: "TC - discussed her son's job search", "… her
 * daughter's progress at Ranken" (a relative's possessive right before the progress it is about), with the participant
 * named nowhere in it. A parent telling of her child's case, not the participant's contact.
 */
export function aboutAnothersCase(a: NoteAnalysis, clause: number): PartyMention | null {
  if (a.parties.some((q) => q.party === 'participant' && q.clause === clause && !q.possessive)) return null;
  return (
    a.parties.find(
      (q) => q.clause === clause && q.possessive && q.party !== 'participant' && a.matches.some((m) => m.clause === clause && m.tokStart === q.tokEnd && m.tags.some((t) => t.startsWith('progress'))),
    ) ?? null
  );
}
