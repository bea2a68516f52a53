/**
 * Streams an export of notes as batches of rows, never holding the file:
 * CSV through papaparse's parser fed chunk by chunk, JSON Lines line by line.
 * Every row carries its real line number in the file (the header is line 1;
 * a quoted note that spans lines moves the count on by its own lines).
 *
 * A file that cannot be read as notes at all (not text, no text column,
 * a quote that never closes) ends the read with an InputError: one message
 * for the user, naming the line.
 */
import Papa from 'papaparse';
import { acceptedNames, columnIndex, columnOf, type Column } from './columns';
import { separatorLine } from '../../spreadsheet/encoding';
import { countNewlines, decode, InputError } from './decode';

export { InputError };

/** One input row for the checker: CSV cells, or one JSON line still to parse; or a problem found while reading. */
export type Item =
  | { line: number; cells: string[] }
  /** Whole JSON Lines, newline-separated, the first on `line`. */
  | { line: number; lines: string }
  | { line: number; problem: string };

export interface InputInfo {
  kind: 'csv' | 'jsonl';
  /** CSV: where each column is. JSON Lines: empty (rows name their fields). */
  index: Partial<Record<Column, number>>;
  /** The columns (CSV) or the first row's fields (JSON Lines), as they were written. */
  found: string[];
  has: Partial<Record<Column, boolean>>;
}

/** No single note is this long; a record that grows past it is a quote that never closes. */
export const MAX_RECORD_CHARS = 1_000_000;
const BATCH = 1000;

export interface Reader {
  /** What the header (CSV) or the first row (JSON Lines) said; set before the first batch. */
  info(): InputInfo | null;
  batches: AsyncGenerator<Item[], void>;
  /** Bytes read so far (for progress). */
  bytesRead(): number;
  /** True when a broken quote stopped the read before the end of the file. */
  stopped(): boolean;
}

/**
 * `onNotice`: what the user should know about how the file was read (its encoding), once. `path` "-" is standard
 * input; `kind` "sniff" tells JSON Lines from CSV by the first character that is not a space (a CSV header never
 * starts with "{").
 */
export function openInput(path: string, kind: 'csv' | 'jsonl' | 'sniff', onNotice: (message: string) => void = () => {}): Reader {
  let bytes = 0;
  let info: InputInfo | null = null;
  let stopped = false;
  const chunks = decode(path, (n) => (bytes += n), onNotice);
  const onInfo = (i: InputInfo) => (info = i);
  const onStop = () => (stopped = true);
  return {
    info: () => info,
    batches: kind === 'csv' ? readCsv(chunks, onInfo, onStop) : kind === 'jsonl' ? readJsonl(chunks, onInfo) : sniffed(chunks, onInfo, onStop),
    bytesRead: () => bytes,
    stopped: () => stopped,
  };
}

/** CSV or JSON Lines, by the first character that is not a space or a byte-order mark. */
async function* sniffed(chunks: AsyncGenerator<string>, onInfo: (i: InputInfo) => void, onStop: () => void): AsyncGenerator<Item[], void> {
  const it = chunks[Symbol.asyncIterator]();
  const head: string[] = [];
  let kind: 'csv' | 'jsonl' = 'csv';
  for (;;) {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
    const start = next.value.search(/[^\s\ufeff]/);
    if (start >= 0) {
      kind = next.value[start] === '{' ? 'jsonl' : 'csv';
      break;
    }
  }
  async function* all(): AsyncGenerator<string> {
    yield* head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  yield* kind === 'jsonl' ? readJsonl(all(), onInfo) : readCsv(all(), onInfo, onStop);
}

function missingText(found: string[], what: string): InputError {
  const list = found.length ? found.map((f) => JSON.stringify(f)).join(', ') : 'none';
  return new InputError(`${what} has no note text ${what === 'the header' ? 'column' : 'field'}: found ${list}; the text must be in ${acceptedNames('text')}.`);
}

/** Line break of the file, from its first one. */
function newlineOf(text: string): '\r\n' | '\n' | '\r' | undefined {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  if (n < 0 && r < 0) return undefined;
  if (r >= 0 && (n < 0 || r < n)) return text[r + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

async function* readCsv(chunks: AsyncGenerator<string>, onInfo: (i: InputInfo) => void, onStop: () => void): AsyncGenerator<Item[], void> {
  let partial = '';
  let base = 0;
  let newline: '\r\n' | '\n' | '\r' | undefined;
  let delimiter = ',';
  let header: string[] | null = null;
  let width = 0;
  let line = 1;
  let batch: Item[] = [];
  let done = false;
  const nlChar = () => (newline === '\r' ? '\r' : '\n');

  const iterator = chunks[Symbol.asyncIterator]();
  while (!done) {
    let next: IteratorResult<string>;
    try {
      next = await iterator.next();
    } catch (e) {
      // What was read before the file went bad is still checked and reported.
      if (batch.length) yield batch;
      throw e;
    }
    const final = next.done === true;
    let aggregate = partial + (next.done ? '' : next.value);
    if (newline === undefined) {
      newline = newlineOf(aggregate);
      if (newline === undefined && !final) {
        partial = aggregate;
        continue;
      }
      const end = newline ? aggregate.indexOf(newline) : aggregate.length;
      const first = aggregate.slice(0, end).replace(/^\ufeff/, '');
      // Excel writes and honours a first line "sep=;" naming the separator; it is line 1, the header line 2.
      const sep = separatorLine(first);
      if (sep) {
        delimiter = sep.delimiter;
        aggregate = aggregate.slice(end + (newline?.length ?? 0));
        line++;
      } else if (!first.includes(',')) {
        // A one-column header with tabs or semicolons is a TSV or a European CSV.
        delimiter = first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
      }
    }
    const parser = new Papa.Parser({ delimiter, newline: newline ?? '\n', quoteChar: '"' });
    const result = parser.parse(aggregate, base, !final);
    partial = aggregate.substring(result.meta.cursor - base);
    base = result.meta.cursor;
    const quoteErrors = new Set(result.errors.filter((e: Papa.ParseError) => e.type === 'Quotes').map((e: Papa.ParseError) => e.row));

    for (let r = 0; r < result.data.length; r++) {
      const cells = result.data[r] as string[];
      const at = line;
      let span = 1;
      for (const c of cells) if (c.length > 0) span += countNewlines(c, nlChar());
      line += span;
      if (quoteErrors.has(r)) {
        batch.push({
          line: at,
          problem: `a quoted field starts on this line and is not closed properly (a quote inside a quoted field must be doubled: ""); reading stopped here`,
        });
        done = true;
        onStop();
        break;
      }
      // A blank line, or a spreadsheet's blank row (only separators).
      if (cells.every((c) => c.trim() === '')) continue;
      if (!header) {
        header = cells.map((h, i) => (i === 0 ? h.replace(/^\ufeff/, '') : h).trim());
        width = header.length;
        const index = columnIndex(header);
        if (index.text === undefined) throw missingText(header, 'the header');
        const has: Partial<Record<Column, boolean>> = {};
        for (const h of header) {
          const c = columnOf(h);
          if (c) has[c] = true;
        }
        onInfo({ kind: 'csv', index, found: header, has });
        continue;
      }
      if (cells.length > width) {
        batch.push({ line: at, problem: `${cells.length} fields but the header has ${width} (an unquoted comma in the note?); row skipped` });
      } else {
        batch.push({ line: at, cells });
      }
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (!done && partial.length > MAX_RECORD_CHARS) {
      batch.push({ line, problem: `a quoted field starts on this line and is not closed within ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters; reading stopped here` });
      done = true;
      onStop();
    }
    if (final) done = true;
  }
  await iterator.return?.(undefined);
  if (!header) throw new InputError('the file is empty: no header and no notes.');
  if (batch.length) yield batch;
}

/**
 * JSON Lines go out as blocks of whole lines (one string, cut at a newline):
 * the worker splits and parses them, so the reading thread only looks for
 * line ends and a block crosses to a worker as one string.
 */
async function* readJsonl(chunks: AsyncGenerator<string>, onInfo: (i: InputInfo) => void): AsyncGenerator<Item[], void> {
  let partial = '';
  let line = 1;
  let seenObject = false;
  let any = false;
  const lookAtFirstRow = (block: string, firstLine: number): void => {
    // The first row stands for the header: without a text field, the file is not a notes export.
    let at = 0;
    let n = firstLine;
    while (!seenObject && at < block.length) {
      const end = block.indexOf('\n', at);
      const raw = block.slice(at, end < 0 ? undefined : end).trim();
      at = end < 0 ? block.length : end + 1;
      if (raw !== '') {
        let first: unknown;
        try {
          first = JSON.parse(raw);
        } catch {
          first = undefined;
        }
        if (first && typeof first === 'object' && !Array.isArray(first)) {
          seenObject = true;
          const found = Object.keys(first);
          const has: Partial<Record<Column, boolean>> = {};
          for (const k of found) {
            const c = columnOf(k);
            if (c) has[c] = true;
          }
          if (!has.text) throw new InputError(`line ${n}: ${missingText(found, 'the first row').message}`);
          onInfo({ kind: 'jsonl', index: {}, found, has });
        }
      }
      n++;
    }
  };
  const blockOf = (text: string): Item[] => {
    if (text.trim() === '') {
      line += countNewlines(text);
      return [];
    }
    any = true;
    if (!seenObject) lookAtFirstRow(text, line);
    // Rows before the first object (broken JSON) still go out; they need an info to be read against.
    if (!seenObject) onInfo({ kind: 'jsonl', index: {}, found: [], has: {} });
    const item: Item = { line, lines: text };
    line += countNewlines(text);
    return [item];
  };
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await iterator.next();
    } catch (e) {
      if (partial) {
        // Whole lines read before the file went bad are still checked.
        const cut = partial.lastIndexOf('\n');
        if (cut >= 0) yield blockOf(partial.slice(0, cut + 1));
      }
      throw e;
    }
    if (next.done) break;
    const text = partial + next.value;
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      partial = text;
    } else {
      partial = text.slice(cut + 1);
      const block = blockOf(text.slice(0, cut + 1));
      if (block.length) yield block;
    }
    if (partial.length > MAX_RECORD_CHARS) {
      throw new InputError(`line ${line}: a line longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters; is this really JSON Lines?`);
    }
  }
  const last = partial ? blockOf(partial) : [];
  if (!any) throw new InputError('the file is empty: no notes.');
  if (last.length) yield last;
}
