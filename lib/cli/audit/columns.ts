/**
 * The columns `cli audit` reads, and the names an export may give them.
 * Headers are matched without case, spaces or hyphens ("Participant ID" is participant_id).
 */
export const COLUMNS = {
  id: ['id', 'note_id'],
  text: ['text', 'note', 'note_text', 'case_note', 'narrative', 'notes', 'case_notes'],
  date: ['date', 'contact_date'],
  contact_type: ['contact_type', 'type'],
  participant_id: ['participant_id', 'participant', 'customer_id', 'client_id'],
  staff: ['staff', 'case_manager', 'author', 'staff_name'],
} as const;
export type Column = keyof typeof COLUMNS;

const BY_NAME = new Map<string, Column>(
  (Object.entries(COLUMNS) as [Column, readonly string[]][]).flatMap(([column, names]) => names.map((n) => [n, column] as const)),
);

const normaliseHeader = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const seen = new Map<string, Column | undefined>();

/** The column a header (or a JSON field) names, if any; memoised, as JSON Lines ask it for every field of every row. */
export const columnOf = (header: string): Column | undefined => {
  if (seen.has(header)) return seen.get(header);
  const c = BY_NAME.get(normaliseHeader(header));
  if (seen.size < 1000) seen.set(header, c);
  return c;
};

/** "text (or note, note_text, …)" for messages and the README. */
export const acceptedNames = (c: Column): string => {
  const [first, ...rest] = COLUMNS[c];
  return rest.length ? `${first} (or ${rest.join(', ')})` : first;
};

/** Which position holds each column (the first header that names it wins). */
export function columnIndex(headers: readonly string[]): Partial<Record<Column, number>> {
  const index: Partial<Record<Column, number>> = {};
  headers.forEach((h, i) => {
    const c = columnOf(h);
    if (c && index[c] === undefined) index[c] = i;
  });
  return index;
}
