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
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { acceptedNames, columnIndex, columnOf, type Column } from './columns';

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

export class InputError extends Error {}

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

/** Decoded text chunks of the file; refuses bytes that are not UTF-8 text. */
async function* decode(path: string, onBytes: (n: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 18 }) as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // The text before the bad bytes is still read, so the rows before them are reported.
      const lenient = new TextDecoder('utf-8').decode(chunk);
      const good = lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd')));
      if (good && !good.includes('\u0000')) yield good;
      throw new InputError(
        `line ${lines + countNewlines(good)}: the file is not UTF-8 text. ` +
          'If it came from a spreadsheet, save it as "CSV UTF-8" (or export JSON Lines) and try again.',
      );
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new InputError(
        `line ${lines + countNewlines(text.slice(0, nul))}: the file holds binary data, not text. Is it a spreadsheet (.xlsx) rather than a CSV export?`,
      );
    }
    lines += countNewlines(text);
    if (text) yield text;
  }
  const rest = (() => {
    try {
      return decoder.decode();
    } catch {
      throw new InputError(`line ${lines}: the file ends in the middle of a character; it is not UTF-8 text.`);
    }
  })();
  if (rest) yield rest;
}

function countNewlines(s: string, nl = '\n'): number {
  let n = 0;
  for (let i = s.indexOf(nl); i >= 0; i = s.indexOf(nl, i + 1)) n++;
  return n;
}

export function openInput(path: string, kind: 'csv' | 'jsonl'): Reader {
  let bytes = 0;
  let info: InputInfo | null = null;
  let stopped = false;
  const chunks = decode(path, (n) => (bytes += n));
  const onInfo = (i: InputInfo) => (info = i);
  const onStop = () => (stopped = true);
  return {
    info: () => info,
    batches: kind === 'csv' ? readCsv(chunks, onInfo, onStop) : readJsonl(chunks, onInfo),
    bytesRead: () => bytes,
    stopped: () => stopped,
  };
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
    const aggregate = partial + (next.done ? '' : next.value);
    if (newline === undefined) {
      newline = newlineOf(aggregate);
      if (newline === undefined && !final) {
        partial = aggregate;
        continue;
      }
      const first = aggregate.slice(0, newline ? aggregate.indexOf(newline) : undefined);
      // A one-column header with tabs or semicolons is a TSV or a European CSV.
      if (!first.includes(',')) delimiter = first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
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
      if (cells.length === 1 && cells[0] === '') continue; // blank line
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
