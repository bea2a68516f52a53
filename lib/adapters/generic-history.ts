/** Past case notes a page of a system we have never seen lists beside its note form. */
import { readContacts } from './common';
import { readCards } from './generic-cards';
import { all } from './dom';
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
  text: /^(case\s*)?notes?$|narrative|comments?|summary/i,
  service: /service\s*code/i,
};

/**
 * A case history table (Virtual OneStop's Chronological Case History and
 * the like): only one whose headers name a date, a contact type and the note,
 * so an unrelated table with a date column is never read as contacts. None on an
 * employer's, a job order's or a message's page: a history there is theirs, not the participant's.
 */
export type HistoryReader = (doc: Document, problems: string[]) => ContactRead[] | null;

export const readHistory: HistoryReader = (doc, problems) => {
  if (notCasePage(doc)) return null;
  for (const table of all(doc, 'table')) {
    if (table.querySelector('table')) continue;
    const grid = readGrid(table, HISTORY_COLUMNS);
    if (grid.missing.some((k) => k === 'date' || k === 'type' || k === 'text')) continue;
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
