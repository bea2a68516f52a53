/**
 * Checks one batch of rows and tallies what it found. Pure and
 * self-contained so it runs the same in a worker thread or inline; the
 * result is plain data (strings and typed arrays) that crosses threads cheaply.
 * Reading rows is row.ts's job, writing them format.ts's.
 */
import Papa from 'papaparse';
import { CONTACT_TYPES } from '../../kinds';
import type { CaseNote, NoteVerdict, VerdictReason } from '../../model';
import { builtInPack } from '../../packs/builtin';
import type { PolicyPack } from '../../policy/schema';
import { checkParsedNote } from '../../rules/run';
import { toDayNumber } from '../../schedule/calendar';
import { countedDate } from '../../schedule/contact-date';
import { NONE } from '../../schedule/digest';
import { normaliseContactType } from '../../text/contact-type';
import { escapeControls, masker, maskQuoted } from '../safe';
import { parseExportDate } from '../../spreadsheet/export-date';
import { csvRow, htmlRow, jsonLine } from './format';
import { memo } from './memo';
import type { InputInfo, Item } from './read';
import { forEachJsonLine, plainRow, rowReader, type Fields } from './row';
import type { parseRow as ParseRow } from './row-schema';

export type Format = 'json' | 'csv' | 'html';

export interface CheckSetup {
  policy: string;
  today: string;
  format: Format;
  showPii: boolean;
  info: InputInfo;
}

/** Per-note flags in BatchResult.flags. */
export const QUALIFIES = 1;
export const COMPLIANT = 2;
/** Bits 2–4: contact type code (0 none, else index in contactTypeSchema.options + 1). */
export const TYPE_SHIFT = 2;

export interface BatchResult {
  /** JSON lines (as UTF-8 bytes) or CSV rows (no header), already masked and escaped; from a worker thread, always bytes. */
  out: string | Uint8Array;
  /** Lines for stderr, in file order. */
  problems: string;
  notes: number;
  compliant: number;
  qualifying: number;
  /** Findings by rule: [errors, warnings, infos]. */
  rules: Record<string, [number, number, number]>;
  /** Notes and compliant notes by staff member (when the file has a staff column). */
  staff: Record<string, [number, number]>;
  /** One entry per checked note that names a participant: raw id, staff, contact day (NONE when undated), flags. */
  participant: string[];
  participantStaff: string[];
  day: Int32Array;
  flags: Uint8Array;
  /** HTML table rows for notes with an error (html format only), at most as many as the batch was asked for. */
  html: string[];
}

export const HTML_ROWS = 300;

const TYPES = CONTACT_TYPES;

// A date that can only be day first (20/03/2026). Rows are checked as they stream past, so the file's other dates
// are not read again: say what it means for those that read both ways (05/04/2026 is read as May 4, not 5 April).
const DAY_FIRST = /^(1[3-9]|2\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-]\d{2,4}$/;
const DAY_FIRST_HINT =
  ' (it reads day first: if the file writes all its dates so, those that read both ways, such as 05/04/2026, were read month first and may put a contact a month late; save the file with dates as MM/DD/YYYY or YYYY-MM-DD)';

/**
 * JSON lines written straight into UTF-8 bytes as each note is checked. Kept as one growing
 * string, a batch's thousand lines (each a tree of pieces) outlived every young-generation
 * collection of the batch and were copied by each, then flattened and encoded at the end.
 */
class LineBytes {
  /** The last batch's size: the next one, much the same, starts big enough not to grow. */
  private static hint = 1 << 16;
  // Not Buffer.allocUnsafe: that may hand out a slice of a shared pool, and a worker sends this buffer's memory away whole.
  private buf = Buffer.allocUnsafeSlow(LineBytes.hint);
  private len = 0;
  put(s: string): void {
    // (At most 3 bytes a UTF-16 unit.)
    if (this.len + s.length * 3 > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.len + s.length * 3));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    this.len += this.buf.write(s, this.len);
  }
  bytes(): Uint8Array {
    LineBytes.hint = Math.min(1 << 24, Math.max(1 << 16, this.len + (this.len >> 3)));
    return this.buf.subarray(0, this.len);
  }
}

/** The verdict with its reason's sentence and date masked as the note is; the same object when nothing needed it. */
function withMaskedReason(v: NoteVerdict, reason: VerdictReason, text: string, phrases: PolicyPack['phrases']): NoteVerdict {
  const message = maskQuoted(reason.message, text, phrases);
  const date = reason.date === undefined ? undefined : maskQuoted(reason.date, text, phrases);
  if (message === reason.message && date === reason.date) return v;
  const masked: VerdictReason = { ...reason, message };
  if (date !== undefined) masked.date = date;
  return { ...v, reason: masked };
}

/**
 * zod's reading of a row the fast path leaves alone (row-schema.ts), loaded by the first batch that
 * meets one: an export of ordinary rows never loads zod. Until then such a row stops its batch
 * (NEEDS_ROW_SCHEMA), which is checked again from the start once it is loaded.
 */
let parseRow: typeof ParseRow | null = null;
const NEEDS_ROW_SCHEMA = Symbol('needs row-schema.ts');

/**
 * Checks a batch. `htmlWanted`: how many of the report's rows for notes with an error the caller may still need (it
 * keeps the first HTML_ROWS of the file): a million-note file's later batches need none, and each row masks its note.
 */
type Checker = (items: readonly Item[], htmlWanted?: number) => Promise<BatchResult>;

export function makeChecker(setup: CheckSetup): Checker {
  const pack = builtInPack(setup.policy);
  if (!pack) throw new Error(`unknown pack ${setup.policy}`);
  const { today, format, info } = setup;
  // Masked as the pii-in-note rule reads the note: with the pack's phrases (and its phrase matcher, built once).
  const mask = masker({ showPii: setup.showPii, phrases: pack.phrases });
  const hasDate = info.has.date === true;

  const { fromCells, fromJson } = rowReader(info);
  // Dates and contact types repeat across an export: each distinct value is read once (bounded, so memory stays flat).
  const dateOf = memo(parseExportDate);
  const typeOf = memo(normaliseContactType);
  // The day a qualifying note's contact happened, by its date (10 characters) and the date typed with the contact.
  const countedOn = memo((key: string) => toDayNumber(countedDate(key.slice(0, 10), key.slice(10))));
  const ctx = { pack, today };

  const checkBatch = (items: readonly Item[], htmlWanted: number): BatchResult => {
    const r: BatchResult = {
      out: '',
      problems: '',
      notes: 0,
      compliant: 0,
      qualifying: 0,
      rules: {},
      staff: {},
      participant: [],
      participantStaff: [],
      day: new Int32Array(64),
      flags: new Uint8Array(64),
      html: [],
    };
    const problem = (line: number, message: string) => {
      r.problems += `audit: line ${line}: ${escapeControls(mask(message))}\n`;
    };
    const csvRows: unknown[][] = [];
    const out = format === 'json' ? new LineBytes() : null;
    let k = 0;
    const checkRow = (line: number, data: Fields): void => {
      let row = plainRow(data);
      if (!row) {
        if (!parseRow) throw NEEDS_ROW_SCHEMA;
        const parsed = parseRow(data);
        if (typeof parsed === 'string') {
          problem(line, parsed);
          return;
        }
        row = parsed;
      }
      const { id, text, date, contact_type, participant_id, staff } = row;
      // Not a note: a spreadsheet's summary row ("Total: 120 notes,,,") or a row with only an id.
      if (text.trim() === '') {
        problem(line, 'no note text; row skipped');
        return;
      }
      // Every field set from values validated here (the row, the date, the contact type), so the rules need no zod pass.
      const note: CaseNote = { text, contactType: null, contactDate: null, contactDateText: null, hasDateField: hasDate, enteredDate: null, serviceCode: null };
      if (date && date.trim() !== '') {
        const d = dateOf(date);
        if (d.ok) note.contactDate = d.date;
        else problem(line, `${d.reason.replace(/\.$/, '')}${DAY_FIRST.test(date.trim()) ? DAY_FIRST_HINT : ''}; note checked without a contact date`);
      }
      const ct = typeOf(contact_type ?? '');
      if (ct.ok) note.contactType = ct.contactType;
      else problem(line, `${ct.reason}; note checked from its text alone`);
      const v = checkParsedNote(note, ctx);

      r.notes++;
      let errors = 0;
      for (const f of v.findings) {
        const counts = (r.rules[f.rule] ??= [0, 0, 0]);
        if (f.severity === 'error') {
          counts[0]++;
          errors++;
        } else if (f.severity === 'warning') counts[1]++;
        else counts[2]++;
      }
      const compliant = errors === 0;
      if (compliant) r.compliant++;
      if (v.qualifies) r.qualifying++;
      if (staff != null && staff.trim() !== '') {
        const s = (r.staff[staff.trim()] ??= [0, 0]);
        s[0]++;
        if (compliant) s[1]++;
      }
      if (participant_id != null && participant_id.trim() !== '') {
        if (k === r.day.length) {
          const day = new Int32Array(k * 2);
          day.set(r.day);
          r.day = day;
          const flags = new Uint8Array(k * 2);
          flags.set(r.flags);
          r.flags = flags;
        }
        r.participant.push(participant_id.trim());
        r.participantStaff.push(staff?.trim() ?? '');
        // A log saved on 3/20 whose contact was on 2/11 counts from 2/11 (lib/schedule/contact-date.ts).
        const typed = v.qualifies ? v.reason?.date : undefined;
        r.day[k] = note.contactDate ? (typed ? countedOn(note.contactDate + typed) : toDayNumber(note.contactDate)) : NONE;
        // The contact type the schedule sees is the verdict's (the structured field, else the text's).
        const type = v.contactType === null ? 0 : TYPES.indexOf(v.contactType) + 1;
        r.flags[k] = (v.qualifies ? QUALIFIES : 0) | (compliant ? COMPLIANT : 0) | (type << TYPE_SHIFT);
        k++;
      }

      // The reason quotes the note, so what is masked in the note is masked in it too.
      const shown = setup.showPii || !v.reason ? v : withMaskedReason(v, v.reason, text, pack.phrases);
      if (out) out.put(jsonLine(mask(id), shown));
      else if (format === 'csv') csvRows.push(csvRow(mask(id), participant_id == null ? '' : mask(participant_id), shown));
      else if (!compliant && r.html.length < htmlWanted) {
        r.html.push(htmlRow(mask(id), participant_id == null ? '' : mask(participant_id), setup.showPii ? text : mask(text), shown));
      }
    };
    for (const item of items) {
      if ('problem' in item) problem(item.line, item.problem);
      else if ('cells' in item) checkRow(item.line, fromCells(item.line, item.cells));
      else
        forEachJsonLine(item.lines, item.line, (line, raw) => {
          const o = fromJson(line, raw);
          if (typeof o === 'string') problem(line, o);
          else checkRow(line, o);
        });
    }
    r.day = r.day.slice(0, k);
    r.flags = r.flags.slice(0, k);
    r.out = out ? out.bytes() : csvRows.length ? `${Papa.unparse(csvRows, { escapeFormulae: true, newline: '\n' })}\n` : '';
    return r;
  };
  return async (items, htmlWanted = HTML_ROWS) => {
    if (!parseRow) {
      try {
        return checkBatch(items, htmlWanted);
      } catch (e) {
        if (e !== NEEDS_ROW_SCHEMA) throw e;
      }
      parseRow = (await import('./row-schema')).parseRow;
    }
    return checkBatch(items, htmlWanted);
  };
}
