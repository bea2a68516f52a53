/**
 * Whom a note page of a system we have never seen is about, in the looser shapes its pages draw (generic-participant.ts
 * reads the plain ones and asks this one too): loaded with the past-notes reader (history.js), not in the note frame,
 * since nothing here is needed to find the note box. Each shape still needs words that say whose ID it is, or a person's
 * name right beside it; a name or number in the signed-in user's box, or under a label naming someone else (a case
 * manager, a supervisor, an employer's contact), or in a side column or the navigation ("Recently viewed"), is nobody's
 * here; nor is an employer's, a company's or a program's name with an ID chip ("Acme Staffing LLC", "WIOA Adult").
 *
 * - an h1–h3 "Marcus Bell" with an ID chip inside it ("ID 4471209", "#4471209");
 * - an h1–h3 or the open tab titled "Thompson, Keira - 88120431" (Cúram's person pages and tabs);
 * - a labelled sentence anywhere, "Customer: HARGROVE, TINA (State ID 20931877)", "Participant Profile: Marisol Rivera
 *   (10482)" (Apricot's folder link), or one piece of a context line "Site: … | Participant: Okafor, Grace (Case #: 00019933)"
 *   (ETO), or a region's accessible name
 *   "Case notes for Elena Ramirez (ID 5520913)";
 * - a label and its number in one line of small print, "Client #66120 · Youth", with the name just above it;
 * - a bare "ID" in a list of facts whose "Name" is a person's, with nothing around the list naming staff;
 * - the header lines, context bars and header fields of generic-whom-lines.ts;
 * - a header row naming the participant over one row (generic-whom-table.ts).
 */
import { all, text } from './dom';
import { elsewhere, ID, PARTICIPANT, PARTICIPANT_TOO, type WhomReader } from './generic-participant';
import { readWhomLines, underOther } from './generic-whom-lines';
import { readWhomTables } from './generic-whom-table';

/** Also 'student' here, where an ID or a name comes with it ("Student: Lee, Ana (ID 4471)"); a bare "Student ID" is often the school's. */
const PARTY = `(?:${PARTICIPANT}|${PARTICIPANT_TOO}|student)`;
/** An ID as a page prints it beside a name: "(ID 5520913)", "(State ID 20931877)", "(#66120)"; not a staff member's or an employer's. */
const TAIL = '\\(\\s*(?:(?!staff|user|emp|worker)[A-Za-z]{2,8}\\s+)?(?:ID|#|No\\.?)?\\s*[:#]?\\s*([A-Za-z0-9-]{4,20})\\s*\\)';
/** "Customer: HARGROVE, TINA (State ID 20931877)", "Participant Profile: Marisol Rivera (10482)" (Apricot's folder link). */
const LABELLED = new RegExp(`^${PARTY}(?:\\s*(?:name|profile|record|folder))?\\s*:\\s*(.{2,60}?)\\s*${TAIL}$`, 'i');
/** "Thompson, Keira - 88120431", as Cúram titles a person's page and tab: a number of five digits or more after a dash. */
const DASHED = /^(.{2,60}?)\s+[-–—]\s+((?=(?:\D*\d){5})[0-9-]{5,20})$/;
const REGION = new RegExp(`^(?:.*\\bfor\\s+|${PARTY}\\s*:\\s*)(.{2,60}?)\\s*${TAIL}$`, 'i');
const INLINE = new RegExp(`^${PARTY}\\s*(?:id|number|no\\.?|#)\\s*[:#]?\\s*([A-Za-z0-9-]{4,20})$`, 'i');
const CHIP = /^(?:ID|#)\s*[:#]?\s*([A-Za-z0-9-]{4,20})$/;
const BARE_ID = /^ID\s*(?:#|number|no\.?)?\s*:?$/i;
const NAME = new RegExp(`^(?:${PARTICIPANT})?\\s*name\\s*:?$`, 'i');
/** Words around a list of facts that make it someone else's: its "Name" and "ID" are a staff member's or an employer's. */
const SOMEONE_ELSE = /assigned|staff|case\s*manager|worker|counselor|advisor|supervisor|employer|contact\s*person|user/i;
/** A person's name as a page prints it: two to five capitalised words ("Luis Ortega-Paz", "HARGROVE, TINA", "Okafor, Grace N."). */
const PERSON = /^[A-Z][A-Za-z'’.-]*,?(?:\s+[A-Z][A-Za-z'’.-]*,?){1,4}$/;
const NOT_A_PERSON =
  /\b(?:notes?|case|record|form|order|jobs?|employer|report|plan|program|services?|contact|staff|profile|details?|llc|inc|corp(?:oration)?|co|company|ltd|group|staffing|wioa|adult|youth|dislocated|worker|snap|tanf|wagner|taa)\b/i;

const person = (name: string) => PERSON.test(name) && !NOT_A_PERSON.test(name);
const id = (value: string | undefined) => (value && ID.test(value) ? value : null);

export const readWhom: WhomReader = (doc) => {
  const found: [string, string][] = [];
  const add = (value: string | undefined, name: string) => {
    const ok = id(value);
    if (ok) found.push([ok, person(name) ? name : '']);
  };
  for (const el of all(doc, 'body *')) {
    if (elsewhere(el)) continue;
    const own = el.children.length === 0 ? text(el) : '';
    const heading = /^h[1-3]$/i.test(el.tagName);
    if (heading) {
      const chip = Array.from(el.children).find((c) => CHIP.test(text(c)));
      const name = chip ? text(el).replace(text(chip), '').trim() : '';
      if (chip && person(name)) add(CHIP.exec(text(chip))?.[1], name);
    }
    // A heading or the open tab titled "Name - 88120431" (a person's name only: "Integrated Case - 4410227" is a case's).
    const dashed = (heading || el.matches('[role=tab][aria-selected=true]')) && DASHED.exec(text(el));
    if (dashed && person(dashed[1] ?? '')) add(dashed[2], dashed[1] ?? '');
    const label = el.getAttribute('aria-label');
    const region = label && el.matches('section, main, form, article, dialog, [role=region], [role=main], [role=dialog]') ? REGION.exec(label) : null;
    // A region's name says "for" whom, and only a person's name will do there.
    if (region && person(region[1] ?? '')) add(region[2], region[1] ?? '');
    if (!own || own.length > 120) continue;
    // The whole line, or one piece of a context line "Site: … | Program: … | Participant: Okafor, Grace (Case #: 00019933)".
    for (const piece of own.split(/\s[|·•]\s/)) {
      const labelled = LABELLED.exec(piece.trim());
      // (A line under a heading naming another record or a list is someone else's: "Related case", "Search results".)
      if (labelled && !underOther(el)) add(labelled[2], labelled[1] ?? '');
    }
    // "Client #66120 · Youth (Out-of-School)": the line's first part, and the name just above it.
    const inline = INLINE.exec(own.split(/\s[·•|]\s/)[0] ?? '');
    if (inline && !underOther(el)) add(inline[1], text(el.previousElementSibling));
    // A bare "ID" label in a list of facts about a person named beside it.
    if (BARE_ID.test(own)) {
      const list = el.parentElement?.closest('dl, table, ul') ?? el.parentElement;
      const name = list && all(list, 'dt, th, td, span, div, label, b, strong').find((n) => n.children.length === 0 && NAME.test(text(n)));
      const around = text(list?.parentElement?.parentElement);
      if (name && person(text(name.nextElementSibling)) && !SOMEONE_ELSE.test(around)) add(text(el.nextElementSibling), text(name.nextElementSibling));
    }
  }
  readWhomLines(doc, elsewhere, person, add);
  readWhomTables(doc, elsewhere, person, add);
  return found;
};
