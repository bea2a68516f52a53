/**
 * Whom a note page of a system we have never seen is about, when it shows them in a small table of their own: a header row
 * that names the participant ("Participant Name | Participant ID | Program", "Individual Name | State ID | Office", "Name |
 * Job Seeker ID | Case Manager") over exactly one row. Loaded with the other looser shapes (generic-whom.ts, history.js).
 * A list of several people (a group's attendees, search results) names nobody; nor does a header row whose ID is not
 * said to be the participant's ("STATE ID | NAME", "Staff ID"), nor a table about someone else (a household, staff, an
 * employer's contact, recently viewed records).
 */
import { all, text } from './dom';
import { PARTICIPANT, PARTICIPANT_TOO } from './generic-participant';
import { LIST, OTHER_RECORD, SOMEONE_ELSE } from './generic-whom-lines';

const PARTY = `(?:${PARTICIPANT}|${PARTICIPANT_TOO})`;
/** The participant's ID column: named for them, or Virtual OneStop's "State ID" beside a name column named for them. */
const ID_HEAD = new RegExp(`^${PARTY}\\s*(?:id|number|no\\.?|#)$`, 'i');
const STATE_ID_HEAD = /^state\s*id$/i;
const NAME_HEAD = new RegExp(`^(?:${PARTY}(?:\\s*name)?|name)$`, 'i');
const NAMED_HEAD = new RegExp(`^${PARTY}`, 'i');
/** A column naming someone else the row is about (a household member, a relative, an employer's contact): not the participant's row. */
const OTHER_COLUMN = /household|member|relation|spouse|husband|wife|mother|father|parent|child|guardian|sibling|brother|sister|\bsons?\b|daughter|grand|aunt|uncle|cousin|emergency|reference|employer|contact\s*person|recent|previous|viewed/i;

const cells = (row: Element | undefined) => (row ? Array.from(row.children).filter((c) => c.matches('th, td')) : []);

/** The table's own caption, or the heading just before it (what the page calls it). */
const title = (table: Element) => text(table.querySelector('caption')) || text(table.previousElementSibling?.matches('h1,h2,h3,h4,h5,h6,legend') ? table.previousElementSibling : null);

export function readWhomTables(doc: Document, elsewhere: (el: Element) => boolean, person: (name: string) => boolean, add: (id: string | undefined, name: string) => void): void {
  for (const table of all(doc, 'table')) {
    if (elsewhere(table) || table.querySelector('table')) continue;
    const rows = all(table, 'tr');
    const head = cells(rows[0]);
    const body = rows.slice(1);
    if (body.length !== 1 || !head.length || head.some((c) => !c.matches('th'))) continue;
    const heads = head.map((c) => text(c).replace(/:$/, ''));
    // (A case manager's column is a fact about the participant's row; a table called "Assigned staff" is not theirs.)
    if (SOMEONE_ELSE.test(title(table)) || LIST.test(title(table)) || OTHER_RECORD.test(title(table)) || heads.some((h) => OTHER_COLUMN.test(h))) continue;
    const named = heads.findIndex((h) => NAME_HEAD.test(h));
    const idAt = heads.findIndex((h) => ID_HEAD.test(h) || (STATE_ID_HEAD.test(h) && named >= 0 && NAMED_HEAD.test(heads[named] ?? '')));
    if (idAt < 0) continue;
    const values = cells(body[0]).map((c) => text(c));
    if (values.length !== heads.length) continue;
    const name = named >= 0 ? (values[named] ?? '') : '';
    add(values[idAt], person(name) ? name : '');
  }
}
