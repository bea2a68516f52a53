/** Past case notes a page of a system we have never seen lists beside its note form. */
import { readContacts } from './common';
import { NOT_NOTES, NOTES, readCards } from './generic-cards';
import { all, text } from './dom';
import { notCasePage } from './generic-note';
import { readGrid } from './grid';
import type { WhomReader } from './generic-participant';
import type { ContactRead } from './types';

const HISTORY_COLUMNS = {
  date: /^(reference|contact|service|note|activity)?\s*date$/i,
  type: /contact\s*(type|method)|^(contact|method|type)$/i,
  subject: /subject/i,
  author: /staff|author|case\s*manager|entered\s*by|counselor/i,
  // The note's words, never its subject line alone: a history read from a page is the record from then on.
  text: /^(case\s*)?notes?(\s*text)?$|^subject\s*[/&]\s*notes?$|narrative|comments?|summary|^text$/i,
  service: /service\s*code/i,
};
/** A column of words that are the note's only in a list the page calls notes ("Description" in a related list of case notes). */
const LOOSE_COLUMNS = { ...HISTORY_COLUMNS, text: /^(description|details)$/i };

const HEADING = 'h1, h2, h3, h4, h5, h6, [role=heading]';

/** The heading nearest before an element: what the page calls the list it draws. */
function headingBefore(el: Element | null): string {
  for (; el; el = el.parentElement) {
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
      const h = s.matches(HEADING) ? s : all(s, HEADING).at(-1);
      if (h) return text(h);
    }
  }
  return '';
}

/**
 * A case history table (Virtual OneStop's Chronological Case History and
 * the like): only one whose headers name a date, a contact type and the note,
 * so an unrelated table with a date column is never read as contacts; or a date and the note with no type (Cúram's
 * Subject | Text | Entered By | Date), or the note's words in a "Description" column, under a heading that calls them
 * notes (no type read where there is no type column). None on an
 * employer's, a job order's or a message's page: a history there is theirs, not the participant's.
 */
export type HistoryReader = (doc: Document, problems: string[]) => ContactRead[] | null;

/**
 * A grid drawn as two tables (Kendo UI's: a header table over a scrolling body table): the header table's row over the
 * next table's rows, copied into a table of our own (the page is not changed), when that table has no header row of its
 * own and as many cells a row as the header has columns. Any other table, as it is.
 */
function joined(table: Element, next: Element | undefined): Element {
  const head = all(table, 'tr');
  if (head.length !== 1 || !next || all(table, 'td').length || all(next, 'th').length) return table;
  const rows = all(next, 'tr');
  if (!rows.length || rows.some((r) => r.children.length !== head[0]!.children.length)) return table;
  const whole = table.ownerDocument.createElement('table');
  whole.append(...[...head, ...rows].map((r) => r.cloneNode(true)));
  return whole;
}

export const readHistory: HistoryReader = (doc, problems) => {
  if (notCasePage(doc)) return null;
  const tables = all(doc, 'table');
  for (const [i, found] of tables.entries()) {
    if (found.querySelector('table')) continue;
    const table = joined(found, tables[i + 1]);
    let grid = readGrid(table, HISTORY_COLUMNS);
    const loose = grid.missing.includes('text');
    if (loose) grid = readGrid(table, LOOSE_COLUMNS);
    if (grid.missing.some((k) => k === 'date' || k === 'text')) continue;
    // Without a contact type column, or with the note's words in a loosely named one, only a list the page calls notes
    // (not services, appointments, documents or activities).
    const called = loose || grid.missing.includes('type') ? headingBefore(found) : 'notes';
    if (!NOTES.test(called) || NOT_NOTES.test(called)) continue;
    // A "Description" is a note's words only in a list called notes, never a case history of notes, activities and enrolments.
    if (loose && !/\bnotes?\b/i.test(called)) continue;
    return readContacts(grid, problems);
  }
  return readCards(doc);
};

/**
 * What a note frame has loaded (history.js) on a page of a system we have never seen: the reader of the notes it lists
 * and the reader of whom it is about in looser shapes (generic-whom.ts). Neither is needed to find the note box.
 */
export interface UnseenReaders {
  history: HistoryReader;
  whom: WhomReader;
}
