/**
 * Whom a note page of a system we have never seen is about, in header shapes real systems' public guides show that the
 * other readers (generic-participant.ts, generic-whom.ts) miss; loaded with them in history.js, outside the note frame.
 * Each still needs words saying the ID is the participant's, and anything naming someone else in the same line (a
 * household member, a relative, staff, an employer's contact, a recently viewed record) makes it nobody's:
 *
 * - a line of header text with a labelled ID in it: "Participant: Booker, Lashonda · Client ID 50041877 · SNAP Case …";
 * - a "State ID" (Virtual OneStop's number for an individual) only beside words naming the individual: "Individual:" in
 *   the same row, or "You are assisting:" in the same banner;
 * - a context bar of separate pieces, "Job Seeker | Beaumont, Yvette | ID: 1209934";
 * - a field whose label follows its value (Dynamics 365's header fields) or sits in a paragraph (Salesforce's).
 */
import { all, text } from './dom';
import { PARTICIPANT, PARTICIPANT_TOO } from './generic-participant';

/** Not 'student': a bare "Student ID" is often the school's. */
const PARTY = `(?:${PARTICIPANT}|${PARTICIPANT_TOO})`;
const ID_WORDS = `(?:${PARTY}|state)\\s*(?:id|number|no\\.?|#)`;
const ID_LABEL = new RegExp(`^${ID_WORDS}\\s*:?$`, 'i');
const ID_IN_LINE = new RegExp(`(?:^|[\\s·•|,;])(${ID_WORDS})\\s*[:#]?\\s*([A-Za-z0-9-]{4,20})(?=$|[\\s·•|,;])`, 'gi');
/** Words that make a "State ID" the individual's: a label naming them, or a banner saying whom staff assist. */
const NAMES_INDIVIDUAL = new RegExp(`\\b${PARTY}\\s*(?:name)?\\s*:|\\bassisting\\s*:|\\bviewing\\s*:|\\bworking\\s+with\\s*:`, 'i');
/** Someone else in the line: a household member or relative, staff, an employer's contact, a list of other records. */
export const SOMEONE_ELSE =
  /household|member|son\b|daughter|spouse|husband|wife|mother|father|parent|child|guardian|emergency|reference|staff|worker\s*:|case\s*manager|counsel|advisor|supervisor|owner|employer|contact\s*person|recent|previous|last\s*viewed/i;
/** A table or block listing several people or records, by what the page calls it. */
export const LIST = /result|search|found|attend|roster|group/i;
/** A table or block about another record than the page's own: a co-enrolled participant, a possible duplicate, whoever
 * referred her, a record transferred, merged or linked, a queue, a waitlist, a co-applicant. Its ID is someone else's. */
export const OTHER_RECORD = /co-?\s*enrol|duplicate|referr|transferr|merge|link|queue|wait\s*-?\s*list|co-?\s*applicant|other|related|prior|sibling|family/i;
/** A line about another visit to a record than this page's: an audit log's "Viewed …", the next one in a queue. */
const ANOTHER_VISIT = /\b(?:viewed|next|audit)\b/i;

/** The heading nearest before an element (what the page calls the block it is in) names another record or a list. */
export function underOther(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    for (let s = at.previousElementSibling; s; s = s.previousElementSibling) {
      const h = s.matches('h1,h2,h3,h4,h5,h6') ? s : all(s, 'h1,h2,h3,h4,h5,h6').at(-1);
      if (h) return LIST.test(text(h)) || OTHER_RECORD.test(text(h)) || ANOTHER_VISIT.test(text(h));
    }
  }
  return false;
}

const CONTEXT_LABEL = new RegExp(`^(?:${PARTICIPANT})$`, 'i');
const CHIP = /^(?:ID|#)\s*[:#]?\s*([A-Za-z0-9-]{4,20})$/;
/** An element holding more than one line of a page: its text is not one header line. */
const BLOCK = 'div, p, li, ul, ol, table, tr, section, article, form, h1, h2, h3, h4, h5, h6, dl, header, footer, main, aside, nav';

const LINE = 'div, p, li, td, dd, h1, h2, h3, h4, h5, h6';

/** What a caller passes to check and keep each ID with the name beside it. */
type Add = (id: string | undefined, name: string) => void;

/** An element's words with its pieces kept apart ("<span>Participant #</span><b>3390217</b>" is not "#3390217Program"). */
const spaced = (node: Node): string => (node.nodeType === 3 ? (node.textContent ?? '') : Array.from(node.childNodes).map(spaced).join(' '));

function line(el: Element, add: Add, person: (name: string) => boolean): void {
  const words = spaced(el).replace(/[\s\u00a0]+/g, ' ').trim();
  if (words.length > 160 || el.querySelector(BLOCK) || SOMEONE_ELSE.test(words) || ANOTHER_VISIT.test(words)) return;
  for (const m of words.matchAll(ID_IN_LINE)) {
    // (Asked only of a line with an ID in it: the walk to its heading is not for every line of a page.)
    if (underOther(el)) return;
    const state = /^state/i.test(m[1] ?? '');
    if (state && !NAMES_INDIVIDUAL.test(words)) continue;
    // The name: a bold or linked piece of the line that is a person's, or a part "Participant: Name".
    const piece = all(el, 'b, strong, a, span').map((c) => text(c)).find((n) => person(n) && !ID_LABEL.test(n) && !new RegExp(PARTY, 'i').test(n));
    const part = words.split(/\s[·•|]\s/).map((p) => new RegExp(`^${PARTY}\\s*(?:name)?\\s*:\\s*(.+)$`, 'i').exec(p.trim())?.[1] ?? '').find(person);
    add(m[2], piece ?? part ?? '');
  }
}

export function readWhomLines(doc: Document, elsewhere: (el: Element) => boolean, person: (name: string) => boolean, add: Add): void {
  for (const el of all(doc, 'body *')) {
    if (elsewhere(el)) continue;
    // A line of text is an element holding no other line: a banner with a <b> name in it, not the panel around it.
    if (el.matches(LINE) && !el.querySelector(BLOCK)) line(el, add, person);
    const own = el.children.length === 0 ? text(el) : '';
    if (!own) continue;
    const row = el.parentElement;
    if (ID_LABEL.test(own)) {
      const next = el.nextElementSibling;
      const value = next ? (next.matches('th') ? '' : text(next)) : text(el.previousElementSibling);
      const state = /^state/i.test(own);
      // A "State ID" is the individual's only where its row names them; a participant's ID anywhere but beside someone else's.
      if ((state ? NAMES_INDIVIDUAL.test(text(row)) : !SOMEONE_ELSE.test(text(row))) && value && !underOther(el)) add(value, '');
    }
    // "Job Seeker | Beaumont, Yvette | ID: 1209934": a label naming the participant, the name, an ID chip after it.
    if (CONTEXT_LABEL.test(own) && row && !SOMEONE_ELSE.test(text(row))) {
      const after = Array.from(row.children).slice(Array.from(row.children).indexOf(el) + 1);
      const chip = after.find((c) => CHIP.test(text(c)));
      const name = text(el.nextElementSibling);
      if (chip && person(name)) add(CHIP.exec(text(chip))?.[1], name);
    }
  }
}
