/**
 * From what the reader hands over (CSV cells, a block of JSON Lines) to a row of
 * the export's columns, or the problem that skips it: JSON parsing, column
 * names, and validation (a fast path for ordinary rows here; zod for the rest in
 * row-schema.ts, loaded only when a row needs it).
 */
import { columnOf, type Column } from './columns';
import type { InputInfo } from './read';
import type { Row } from './row-schema';

const stringish = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/**
 * rowSchema's result for the rows every export is made of (strings and finite numbers),
 * without its per-row cost (a sixth of a worker's time on a big file); null for
 * anything else, which rowSchema then parses and words the problem for. A test holds
 * the two to the same answers.
 */
export function plainRow(o: Record<string, unknown>): Row | null {
  const { id, text, date, contact_type, participant_id, staff } = o;
  if (typeof text !== 'string' || !stringish(id)) return null;
  const trimmedId = typeof id === 'string' ? id.trim() : String(id);
  if (trimmedId === '') return null;
  const row: Row = { id: trimmedId, text };
  if (date != null) {
    if (!stringish(date)) return null;
    row.date = String(date);
  } else row.date = date;
  if (contact_type != null) {
    if (typeof contact_type !== 'string') return null;
    row.contact_type = contact_type;
  } else row.contact_type = contact_type;
  if (participant_id != null) {
    if (!stringish(participant_id)) return null;
    row.participant_id = String(participant_id);
  } else row.participant_id = participant_id;
  if (staff != null) {
    if (!stringish(staff)) return null;
    row.staff = String(staff);
  } else row.staff = staff;
  return row;
}

/** A row's fields by column, as CSV cells or a parsed JSON line give them (not yet validated). */
export type Fields = Record<string, unknown>;

interface RowReader {
  /** A CSV record's fields by column. */
  fromCells(line: number, cells: string[]): Fields;
  /** One JSON line's fields by column, or the problem that skips it. */
  fromJson(line: number, json: string): Fields | string;
}

export function rowReader(info: InputInfo): RowReader {
  const entries = Object.entries(info.index) as [Column, number][];
  const fromCells = (line: number, cells: string[]): Fields => {
    const o: Record<string, string> = {};
    for (const [c, i] of entries) {
      const v = cells[i];
      if (v !== undefined) o[c] = v;
    }
    // A file without ids: the line number identifies the note.
    if (info.index.id === undefined) o.id = String(line);
    return o;
  };

  /** The row's fields by column, or the problem that skips it. */
  const fromJson = (line: number, json: string): Record<string, unknown> | string => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (e) {
      return `not valid JSON (${e instanceof Error ? e.message : String(e)}); row skipped`;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'not a JSON object; row skipped';
    const fields = parsed as Record<string, unknown>;
    // Exports mostly use the columns' own names: then the parsed object is the row as it is
    // (other fields are ignored downstream); a copy is made only when some field needs renaming.
    let renamed = false;
    for (const k in fields) {
      if (!Object.hasOwn(fields, k)) continue;
      const c = columnOf(k);
      if (c !== undefined && c !== k) {
        renamed = true;
        break;
      }
    }
    let o = fields;
    if (renamed) {
      o = {};
      for (const k in fields) {
        if (!Object.hasOwn(fields, k)) continue;
        const c = columnOf(k);
        if (c && !(c in o)) o[c] = fields[k];
      }
    }
    if (!('id' in o)) o.id = String(line);
    return o;
  };
  return { fromCells, fromJson };
}

/**
 * Each non-blank line of a block of JSON Lines with its line number. The block is split
 * here, in the worker, so the reading thread only looks for line ends.
 */
export function forEachJsonLine(block: string, firstLine: number, f: (line: number, raw: string) => void): void {
  let at = 0;
  for (let line = firstLine; at < block.length; line++) {
    const end = block.indexOf('\n', at);
    let raw = block.slice(at, end < 0 ? undefined : end);
    at = end < 0 ? block.length : end + 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.trim() === '') continue;
    f(line, raw);
  }
}
