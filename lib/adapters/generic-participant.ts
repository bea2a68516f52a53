/**
 * Whom a note page of a system we have never seen is about, when it says so plainly: an ID under a
 * label that names the participant ("Client ID", "Case Number:", "Participant #", "Youth ID", an "IWDS ID"), a
 * heading "Name (ID)" or a breadcrumb step "Name (ID)" right after a list of people, an ID parameter in the address,
 * and what the lazily loaded `whom` reader finds (generic-whom.ts). Never guessed from anything looser, and
 * nobody when two of these disagree: a participant stored against someone else is worse than none. A heading in the
 * signed-in user's box or the site's banner is the staff member's, one in a side column or the navigation lists someone
 * else ("Recently viewed"), and one with a label before the name
 * ("Employer contact: Dale Brooks (4471)") is left to `whom`, which knows the labels that name the participant.
 */
import { all, tag, text } from './dom';
import type { ParticipantRead } from './types';

/**
 * The words a page names its participant by, in every label read here and in generic-whom.ts: one list, so a word
 * added for one label is added for all. A label may name a name ("Client name", "Client:") or an ID ("Client #").
 */
export const PARTICIPANT = 'participant|customer|client|individual|job\\s*seeker';
/**
 * Words that name the participant only before an ID or a name with its ID ("Youth ID", "Applicant: Lee, Ana (4471)", Focus
 * Career's "Seeker ID"):
 * alone before a value they are a fact about them ("Youth: Out-of-school"), not their name.
 */
export const PARTICIPANT_TOO = 'applicant|youth|seeker';
/** An ID has a digit: a word in an ID's place ("Status", "NAME" beside "STATE ID" in a header row) is none. */
export const ID = /^(?=\D*\d)[A-Za-z0-9][A-Za-z0-9-]{3,19}$/;
/** An address's ID parameter: id, pid, pin (Wisconsin ASSET's participant number), participant(id), customerid, clientid, personid. */
const ID_PARAM = /^(p?id|pin|participant(id)?|(customer|client|person)id)$/i;
/** "Renee Castellanos (7731904)" or "Castellanos, Renee (ID 7731904)" in a page heading. */
const NAME_WITH_ID = /^\s*([^():]{2,80}?)\s*\(\s*(?:ID[:#]?\s*)?([A-Za-z0-9][A-Za-z0-9-]{3,19})\s*\)\s*$/;
/**
 * A label of the participant's ID: by whom it names, or a system's own ID in capitals (OSOS ID), never a user's, an
 * employer's or a job order's. Not "Record ID": on a note form that may be the note's own record.
 */
const ID_LABEL = new RegExp(`^(?:${PARTICIPANT}|${PARTICIPANT_TOO}|case)\\s*(?:id|number|no\\.?|#)\\s*:?$`, 'i');
const SYSTEM_ID_LABEL = /^(?!USER|STAFF|EMP|JO|FORM|NOTE|DOC|ORDER)[A-Z]{2,6}\s*ID\s*:?$/;
const NAME_LABEL = new RegExp(`^(?:${PARTICIPANT})?\\s*(?:name)?\\s*:?$`, 'i');
/** A breadcrumb's step that lists people ("Participants", "Youth"): the step after it names one of them. */
const PEOPLE_STEP = new RegExp(`^(?:${PARTICIPANT}|${PARTICIPANT_TOO})`, 'i');

/** Inside the signed-in user's box or the site's banner: a name there is the staff member's. */
const inUserBox = (el: Element | null): boolean =>
  !!el && (/user|account/i.test(el.getAttribute('class') ?? '') || el.getAttribute('role') === 'banner' || inUserBox(el.parentElement));

/** A side column or the site's navigation lists other people and records ("Recently viewed"), never the page's own. */
const ASIDE = 'aside, nav, [role=complementary], [role=navigation]';
/** Where a heading or a name is never the participant's: the signed-in user's box, the site's banner, a side column, the navigation. */
export const elsewhere = (el: Element): boolean => inUserBox(el) || el.closest(ASIDE) !== null;

/** What the lazily loaded reader (generic-whom.ts) finds: each ID with the name beside it ('' when none). */
export type WhomReader = (doc: Document) => [id: string, name: string][];

export function readGenericParticipant(doc: Document, url: string, whom?: WhomReader): ParticipantRead | null {
  const ids: string[] = [];
  let name = '';
  // A heading "Name (ID)", or a breadcrumb's step "Name (ID)" right after a list of people ("Participants / Nguyen, Bao (P-310447)").
  const crumbs = all(doc, '[aria-label*=breadcrumb i] li').filter((li) => PEOPLE_STEP.test(text(li.previousElementSibling)));
  // (A breadcrumb often sits in a <nav>: only the user's box and the banner rule its steps out.)
  for (const heading of [...all(doc, 'h1, h2, h3').filter((h) => !elsewhere(h)), ...crumbs.filter((li) => !inUserBox(li))]) {
    const m = NAME_WITH_ID.exec(text(heading));
    if (m?.[1] && m[2]) {
      ids.push(m[2]);
      name ||= m[1].trim();
    }
  }
  // A label is an element with nothing but its words, and its value the element after it; a header cell is no value
  // (a list's header row "STATE ID | NAME | PROGRAM" names nobody).
  for (const label of all(doc, 'th, td, dt, span, div, label, b, strong')) {
    const words = label.children.length === 0 ? text(label) : '';
    if (!words || words.length > 40) continue;
    const next = label.nextElementSibling;
    const value = next && tag(next) !== 'th' ? text(next) : '';
    if (ID_LABEL.test(words) || SYSTEM_ID_LABEL.test(words)) {
      if (ID.test(value)) ids.push(value);
    } else if (!name && /\w/.test(words) && NAME_LABEL.test(words) && /^[^\d()]{2,80}$/.test(value)) name = value;
  }
  for (const [id, n] of whom?.(doc) ?? []) {
    ids.push(id);
    name ||= n;
  }
  try {
    for (const [key, value] of new URL(url).searchParams) if (ID_PARAM.test(key) && ID.test(value)) ids.push(value);
  } catch {
    // No address to read an ID from.
  }
  const id = ids[0];
  if (!id || ids.some((other) => other !== id)) return null;
  return { id, name, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url };
}
