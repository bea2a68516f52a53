/**
 * Reads the data grids both legacy systems draw with <table>: columns are
 * found by their header text, not their position, so an added column does
 * not shift what we read.
 */
import { tag, text } from './dom';

interface GridRow<K extends string> {
  /** 1-based position among the data rows, for problem messages. */
  index: number;
  row: Element;
  cell: Record<K, Element | null>;
}

export interface Grid<K extends string> {
  rows: GridRow<K>[];
  /** Columns whose header could not be found. */
  missing: K[];
}

// Sibling walks, not .children/.closest: on a 600-row caseload those dominate in jsdom.
function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const t = tag(c);
    if (t === 'td' || t === 'th') cells.push(c);
  }
  return cells;
}

/** The table's own rows (not those of a table nested in a cell). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (let section = table.firstElementChild; section; section = section.nextElementSibling) {
    const t = tag(section);
    if (t === 'tr') rows.push(section);
    else if (t === 'thead' || t === 'tbody' || t === 'tfoot') {
      for (let r = section.firstElementChild; r; r = r.nextElementSibling) if (tag(r) === 'tr') rows.push(r);
    }
  }
  return rows;
}

export function readGrid<K extends string>(table: Element, columns: Record<K, RegExp>): Grid<K> {
  const rows = rowsOf(table);
  // Some grids draw their header row with <td> (an ASP.NET DataGrid's): then the first row is the header.
  const headerRow = rows.find((r) => cellsOf(r).some((c) => tag(c) === 'th')) ?? rows[0];
  const headers = headerRow ? cellsOf(headerRow).map((c) => text(c)) : [];
  const keys = Object.keys(columns) as K[];
  const position = {} as Record<K, number>;
  const missing: K[] = [];
  for (const key of keys) {
    position[key] = headers.findIndex((h) => columns[key].test(h));
    if (position[key] < 0) missing.push(key);
  }
  const data: GridRow<K>[] = [];
  for (const row of rows) {
    if (row === headerRow) continue;
    const cells = cellsOf(row);
    // "No case notes recorded." rows span the whole table and hold no data.
    if (cells.length === 0 || (cells.length === 1 && Number(cells[0]?.getAttribute('colspan') ?? '1') > 1)) continue;
    if (cells.every((c) => tag(c) === 'th')) continue;
    const cell = {} as Record<K, Element | null>;
    for (const key of keys) cell[key] = position[key] >= 0 ? (cells[position[key]] ?? null) : null;
    data.push({ index: data.length + 1, row, cell });
  }
  return { rows: data, missing };
}
