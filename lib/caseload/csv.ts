/**
 * Caseload CSV: read an export from the case-management system as a preview
 * (nothing is written here; import.ts writes), and write the overdue
 * list back out for a supervisor.
 *
 * Errors carry `line`: the row number a spreadsheet shows for that record
 * (header = 1). `line: 0` means the file as a whole. Rows with an error are
 * left out of `rows`, so the preview shows exactly what an import would write.
 */
import Papa from 'papaparse';
import { parseExportDate } from '../spreadsheet/export-date';
import { separatorLine } from '../spreadsheet/encoding';
import { CONTACT_WORDS, STATE_WORDS, usDate } from '../words';
import type { IsoDate } from '../model';
import { dayFirstEvidence, dayOrMonth } from './date-order';
import { MAX_CSV_CHARS } from './decode';

export interface CaseloadCsvRow {
  line: number;
  participantId: string;
  name: string | null;
  lastContactDate: string | null;
  activity: string | null;
  activityStartDate: string | null;
}

interface CsvError {
  line: number;
  message: string;
}

interface CaseloadPreview {
  rows: CaseloadCsvRow[];
  errors: CsvError[];
}

interface CsvLimits {
  /** Refuse files longer than this many characters (default MAX_CSV_CHARS, ~20,000 rows with room). */
  maxChars?: number;
  maxRows?: number;
  /** Stop listing individual errors after this many (a summary line follows). */
  maxErrors?: number;
  /** Today: a last contact after it is a typo, refused on its line (without it, any date is taken). */
  today?: IsoDate;
}

type Column = 'participantId' | 'name' | 'lastContactDate' | 'activity' | 'activityStartDate';

/** Header spellings seen in Toolbox / Workforce One exports and hand-made sheets, normalised. */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  participantId: ['participant id', 'id', 'state id', 'participant', 'participant number', 'client id', 'customer id'],
  name: ['name', 'participant name', 'full name', 'customer name', 'client name'],
  lastContactDate: ['last contact date', 'last contact', 'date of last contact', 'last cmc date', 'last case management contact'],
  activity: ['activity', 'activity name', 'enrolled activity', 'current activity'],
  activityStartDate: ['activity start date', 'activity start', 'start date'],
};

function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[#:]/g, '')
    .replace(/[_\-.\s]+/g, ' ')
    .trim();
}

export function parseCaseloadCsv(text: string, limits: CsvLimits = {}): CaseloadPreview {
  const maxChars = limits.maxChars ?? MAX_CSV_CHARS;
  const maxRows = limits.maxRows ?? 20_000;
  const maxErrors = limits.maxErrors ?? 100;
  const errors: CsvError[] = [];
  let hiddenErrors = 0;
  const fail = (line: number, message: string) => {
    if (errors.length < maxErrors) errors.push({ line, message });
    else hiddenErrors++;
  };
  const done = (rows: CaseloadCsvRow[]): CaseloadPreview => {
    if (hiddenErrors > 0) errors.push({ line: 0, message: `…and ${hiddenErrors} more problems not listed.` });
    return { rows, errors };
  };

  if (text.length > maxChars) {
    fail(0, `The file is too large: ${text.length.toLocaleString('en-US')} characters, and a caseload file can have at most ${maxChars.toLocaleString('en-US')} (some 20,000 participants). Export fewer participants at a time, or split the file, and import each part.`);
    return done([]);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    fail(0, 'The file is empty. Export your caseload as CSV with a header row and try again.');
    return done([]);
  }
  if (looksBinary(body)) {
    fail(0, 'This is not a CSV text file (it contains binary data). Export the caseload as CSV and try again.');
    return done([]);
  }

  // Excel writes and honours a first line "sep=;" naming the separator (European Excel uses ";"). The line is
  // blanked rather than cut so every line keeps the number the file gives it.
  const sep = separatorLine(body);
  const parsed = Papa.parse<string[]>(sep ? body.slice(sep.length) : body, {
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    ...(sep ? { delimiter: sep.delimiter } : {}),
  });
  let records = parsed.data;
  // A broken quote swallows the rest of the file into one cell: nothing from that line on can be trusted.
  const broken = parsed.errors.filter((e) => e.type === 'Quotes' && typeof e.row === 'number').map((e) => e.row!);
  if (broken.length) {
    const at = Math.min(...broken);
    records = records.slice(0, at);
    fail(
      at + 1,
      'A quote mark (") here is never closed, or is followed by other text, so this line and everything after it were not read. Fix the quotes on this line in the file and import it again.',
    );
  }
  for (const e of parsed.errors) {
    // With header:false Papa only reports quoting and delimiter problems.
    if (e.code === 'UndetectableDelimiter' || e.type === 'Quotes') continue; // a one-column file is still readable
    fail(typeof e.row === 'number' ? e.row + 1 : 0, `Could not read this line: ${e.message}.`);
  }

  let headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) headerIndex = 0;
  // Many system exports start with a report title, a date and a blank line: the header is the first of the
  // first few lines that names an ID column (the lines above it are not participants).
  const titled = records.slice(0, 10).findIndex((r) => r.some((c) => HEADER_ALIASES.participantId.includes(normaliseHeader(c))));
  if (titled > headerIndex) headerIndex = titled;
  const rawHeader = (records[headerIndex] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const header = rawHeader.map(normaliseHeader);
  const columns = new Map<Column, number>();
  for (const [col, aliases] of Object.entries(HEADER_ALIASES) as [Column, readonly string[]][]) {
    const i = header.findIndex((h) => aliases.includes(h));
    if (i >= 0) columns.set(col, i);
  }
  const idCol = columns.get('participantId');
  if (idCol === undefined) {
    // Naming what was found shows a wrong separator (one long column) or a misspelt header at a glance.
    const found = rawHeader.filter((h) => h !== '').slice(0, 12);
    fail(headerIndex + 1, `No participant ID column. Name one column "Participant ID", "ID" or "State ID".${found.length ? ` The header row has: ${found.map((h) => `"${h.slice(0, 60)}"`).join(', ')}.` : ''}`);
    return done([]);
  }
  if (!columns.has('lastContactDate')) {
    // Without the column everyone is imported as "no contact on file": say which date-like column went unread.
    const used = new Set(columns.values());
    const unread = rawHeader.filter((h, i) => !used.has(i) && /contact|date/.test(header[i] ?? ''));
    if (unread.length) {
      fail(
        headerIndex + 1,
        `No last contact date column, so these participants are imported with no contact on file. The column${unread.length > 1 ? 's' : ''} ${unread.map((h) => `"${h.slice(0, 60)}"`).join(', ')} ${unread.length > 1 ? 'were' : 'was'} not read: name it "Last contact date" to import its dates.`,
      );
    }
  }

  const cell = (record: string[], col: Column): string | null => {
    const i = columns.get(col);
    if (i === undefined) return null;
    const v = (record[i] ?? '').trim();
    return v === '' ? null : v;
  };
  // A name or activity typed over two lines in a cell (Alt+Enter in Excel) is one name: the break is a space.
  const oneLine = (v: string | null) => v && v.replace(/\s+/g, ' ');

  // A file that writes some date day first ("20/03/2026") writes them all so: its "05/04/2026" is refused, not guessed (date-order.ts).
  const dayFirst = dayFirstEvidence(records.slice(headerIndex + 1), (record) => [cell(record, 'lastContactDate'), cell(record, 'activityStartDate')], headerIndex + 2);
  const rows: CaseloadCsvRow[] = [];
  const firstSeen = new Map<string, number>();
  let dataRows = 0;
  for (let r = headerIndex + 1; r < records.length; r++) {
    const record = records[r] ?? [];
    const line = r + 1;
    if (record.every((c) => c.trim() === '')) continue;
    dataRows++;
    if (dataRows > maxRows) {
      fail(line, `Only the first ${maxRows.toLocaleString('en-US')} rows were read; split the file to import the rest.`);
      break;
    }
    const participantId = cell(record, 'participantId');
    if (participantId === null) {
      fail(line, 'This row has no participant ID.');
      continue;
    }
    if (participantId.length > 64 || hasControlChars(participantId)) {
      fail(line, 'The participant ID is not a valid ID (too long or contains control characters).');
      continue;
    }
    const seen = firstSeen.get(participantId);
    if (seen !== undefined) {
      fail(line, `Participant ID ${participantId} appears again (first on line ${seen}); this row was skipped.`);
      continue;
    }
    firstSeen.set(participantId, line);

    let bad = false;
    const date = (col: Column, label: string): string | null => {
      const v = cell(record, col);
      if (v === null) return null;
      const order = dayFirst && dayOrMonth(v);
      if (order) {
        fail(line, `${label} for ${participantId}: "${v}" could be ${order}, and this file writes dates day first ("${dayFirst.text}" on line ${dayFirst.line}). Save the file with dates as MM/DD/YYYY or YYYY-MM-DD and import it again.`);
        bad = true;
        return null;
      }
      // As Excel writes dates into a CSV: also "14-Mar-25", "March 14, 2025", "2025/03/14" and day numbers (45730).
      const d = parseExportDate(v);
      if (d.ok) return d.date;
      fail(line, `${label} for ${participantId}: ${d.reason}`);
      bad = true;
      return null;
    };
    const lastContactDate = date('lastContactDate', 'Last contact date');
    if (lastContactDate !== null && limits.today !== undefined && lastContactDate > limits.today) {
      fail(line, `Last contact date for ${participantId}: "${cell(record, 'lastContactDate') ?? ''}" is after today (${usDate(limits.today)}); check the year.`);
      bad = true;
    }
    const activityStartDate = date('activityStartDate', 'Activity start date');
    if (bad) continue;
    rows.push({ line, participantId, name: oneLine(cell(record, 'name')), lastContactDate, activity: oneLine(cell(record, 'activity')), activityStartDate });
  }
  if (rows.length === 0 && dataRows === 0) fail(headerIndex + 1, 'The file has a header row but no participants.');
  return done(rows);
}

function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 32) return true;
  return false;
}

/** NUL bytes or many control/replacement characters mean a binary file (xlsx, pdf, image). */
function looksBinary(s: string): boolean {
  const sample = s.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > sample.length / 100;
}

/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or tab / CR)
 * runs as a formula when the CSV is opened in Excel, so it gets a leading
 * apostrophe. Names come from host pages and imports, so they are untrusted.
 */
export function escapeCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface DueCsvItem {
  name: string;
  participantId: string;
  system: string;
  nextDueDate: string;
  daysRemaining: number;
  state: string;
  softExitDate: string | null;
  lastContactDate: string | null;
  lastContactType: string | null;
}

/** The overdue list as CSV, one row per participant in the given order; `systemName` words a system id as people read it ('Toolbox'). */
export function exportDueCsv(items: readonly DueCsvItem[], systemName: (id: string) => string): string {
  // Dates as people read them (M/D/YYYY, lib/words.ts), and no negative counts: someone due in 3 days is "due in 3", not "-3 overdue".
  const header = ['Name', 'Participant ID', 'System', 'Due date', 'Days overdue', 'Due in (days)', 'Status', 'Soft exit date', 'Last contact date', 'Last contact type'];
  const us = (d: string | null) => (d ? usDate(d) : '');
  const data = items.map((i) =>
    [
      i.name,
      i.participantId,
      systemName(i.system),
      us(i.nextDueDate),
      // Numbers, not text, so a spreadsheet can sort them.
      i.daysRemaining < 0 ? -i.daysRemaining : '',
      i.daysRemaining >= 0 ? i.daysRemaining : '',
      // As the popup's rows say them ("Due soon", "phone"), not the code's names ("due-soon", "telephone").
      STATE_WORDS[i.state as keyof typeof STATE_WORDS] ?? i.state,
      us(i.softExitDate),
      us(i.lastContactDate),
      i.lastContactType ? (CONTACT_WORDS[i.lastContactType as keyof typeof CONTACT_WORDS] ?? i.lastContactType) : '',
    ].map((v) => (typeof v === 'string' && v !== '' ? escapeCsvCell(v) : v)),
  );
  return Papa.unparse({ fields: header, data }, { quotes: false, newline: '\r\n' });
}
