/**
 * Checks one batch of rows and formats what it found. Pure and
 * self-contained so it runs the same in a worker thread or inline; the
 * result is plain data (strings and typed arrays) that crosses threads cheaply.
 */
import Papa from 'papaparse';
import * as z from 'zod';
import { parseUsDate } from '../../dates';
import { contactTypeSchema, type CaseNoteInput, type Finding, type NoteVerdict } from '../../model';
import { getPack } from '../../packs';
import { checkNote } from '../../rules';
import { toDayNumber } from '../../schedule/calendar';
import { NONE } from '../../schedule/digest';
import { normaliseContactType } from '../../text/contact-type';
import { escapeControls, htmlText, jsonSafe, masker } from '../safe';
import { describeZodError } from '../../zod-errors';
import { SEVERITY_LABEL } from '../../words';
import { columnOf, type Column } from './columns';
import type { InputInfo, Item } from './read';

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
  /** JSON lines or CSV rows (no header), already masked and escaped; from a worker thread, as UTF-8 bytes. */
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
  /** HTML table rows for notes with an error (html format only), at most HTML_ROWS per batch. */
  html: string[];
}

export const HTML_ROWS = 300;

function textProblem(input: unknown): string {
  if (input === undefined) return 'text is missing';
  if (input === null) return 'text is empty (null)';
  const kind = Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'an object' : typeof input === 'number' ? 'a number' : typeof input === 'boolean' ? 'true or false' : typeof input;
  return `text must be the note in words (found ${kind})`;
}

export const rowSchema = z.object({
  id: z.union([z.string().trim().min(1, 'id is blank'), z.number()]).transform(String),
  // A JSON row's "text": 5 is there but not a note: say what was found rather than "missing".
  text: z.string({ error: (iss) => textProblem(iss.input) }),
  date: z.union([z.string(), z.number()]).transform(String).nullish(),
  contact_type: z.string().nullish(),
  participant_id: z.union([z.string(), z.number()]).transform(String).nullish(),
  staff: z.union([z.string(), z.number()]).transform(String).nullish(),
});
export type Row = z.output<typeof rowSchema>;

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

const TYPES = contactTypeSchema.options;

export function makeChecker(setup: CheckSetup): (items: readonly Item[]) => BatchResult {
  const pack = getPack(setup.policy);
  if (!pack) throw new Error(`unknown pack ${setup.policy}`);
  const { today, format, info } = setup;
  const mask = masker(setup);
  const hasDate = info.has.date === true;
  const entries = Object.entries(info.index) as [Column, number][];

  const fromCells = (line: number, cells: string[]): Record<string, string> => {
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
  // Dates and contact types repeat across an export: each distinct value is read once (bounded, so memory stays flat).
  const dateOf = memo(parseUsDate);
  const typeOf = memo(normaliseContactType);

  return (items) => {
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
    let out = '';
    let k = 0;
    const checkRow = (line: number, data: Record<string, unknown>): void => {
      let row = plainRow(data);
      if (!row) {
        const parsed = rowSchema.safeParse(data);
        if (!parsed.success) {
          problem(line, `${describeZodError(parsed.error, 'row')}; row skipped`);
          return;
        }
        row = parsed.data;
      }
      const { id, text, date, contact_type, participant_id, staff } = row;
      const note: CaseNoteInput = { text, hasDateField: hasDate };
      if (date && date.trim() !== '') {
        const d = dateOf(date);
        if (d.ok) note.contactDate = d.date;
        else problem(line, `${d.reason.replace(/\.$/, '')}; note checked without a contact date`);
      }
      const ct = typeOf(contact_type ?? '');
      if (ct.ok) note.contactType = ct.contactType;
      else problem(line, `${ct.reason}; note checked from its text alone`);
      const v = checkNote(note, { pack, today });

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
        r.day[k] = note.contactDate ? toDayNumber(note.contactDate) : NONE;
        // The contact type the schedule sees is the verdict's (the structured field, else the text's).
        const type = v.contactType === null ? 0 : TYPES.indexOf(v.contactType) + 1;
        r.flags[k] = (v.qualifies ? QUALIFIES : 0) | (compliant ? COMPLIANT : 0) | (type << TYPE_SHIFT);
        k++;
      }

      if (format === 'json') out += jsonLine(mask(id), v);
      else if (format === 'csv') csvRows.push(csvRow(mask(id), participant_id == null ? '' : mask(participant_id), v));
      else if (!compliant && r.html.length < HTML_ROWS) {
        r.html.push(htmlRow(mask(id), participant_id == null ? '' : mask(participant_id), setup.showPii ? text : mask(text), v));
      }
    };
    for (const item of items) {
      if ('problem' in item) problem(item.line, item.problem);
      else if ('cells' in item) checkRow(item.line, fromCells(item.line, item.cells));
      else {
        // A block of JSON Lines: split here, in the worker, so the reading thread only looks for line ends.
        const text = item.lines;
        let at = 0;
        for (let line = item.line; at < text.length; line++) {
          const end = text.indexOf('\n', at);
          let raw = text.slice(at, end < 0 ? undefined : end);
          at = end < 0 ? text.length : end + 1;
          if (raw.endsWith('\r')) raw = raw.slice(0, -1);
          if (raw.trim() === '') continue;
          const o = fromJson(line, raw);
          if (typeof o === 'string') problem(line, o);
          else checkRow(line, o);
        }
      }
    }
    r.day = r.day.slice(0, k);
    r.flags = r.flags.slice(0, k);
    r.out = csvRows.length ? `${Papa.unparse(csvRows, { escapeFormulae: true, newline: '\n' })}\n` : out;
    return r;
  };
}

/** `f` remembered for up to `max` distinct inputs (then forgotten and started over, so memory stays flat). */
function memo<T>(f: (s: string) => T, max = 4096): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = f(s);
      if (seen.size >= max) seen.clear();
      seen.set(s, v);
    }
    return v;
  };
}

/** A JSON string literal with the controls JSON.stringify leaves raw escaped too (jsonSafe). */
const jsonString = (s: string): string => jsonSafe(JSON.stringify(s));
/** The same for the few strings every line repeats (keys, rule ids, severities, messages, types). */
const quote = memo(jsonString, 1024);
const jsonValue = (v: string | null): string => (v === null ? 'null' : quote(v));

/**
 * The stable public line: exactly these keys, in this order; reason, start and end only when present.
 * Written as text, as JSON.stringify would, without building an object per note and per finding
 * (this runs for every note of a big file); a test holds it to JSON.stringify's output.
 */
export function jsonLine(id: string, verdict: NoteVerdict): string {
  let s = `{"id":${jsonString(id)},"contactType":${jsonValue(verdict.contactType)},"party":${jsonValue(verdict.party)},"qualifies":${verdict.qualifies}`;
  if (verdict.reason !== undefined) s += `,"reason":${jsonSafe(JSON.stringify(verdict.reason))}`;
  s += ',"findings":[';
  const findings = verdict.findings;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    s += `${i === 0 ? '' : ','}{"rule":${quote(f.rule)},"severity":${quote(f.severity)},"message":${quote(f.message)}`;
    if (f.start !== undefined) s += `,"start":${JSON.stringify(f.start)}`;
    if (f.end !== undefined) s += `,"end":${JSON.stringify(f.end)}`;
    s += '}';
  }
  return `${s}]}\n`;
}

export const CSV_HEADER = ['id', 'participant_id', 'contact_type', 'party', 'qualifies', 'errors', 'warnings', 'infos', 'rules', 'messages'];

function csvRow(id: string, participantId: string, v: NoteVerdict): string[] {
  const count = (s: string) => String(v.findings.filter((f) => f.severity === s).length);
  return [
    id,
    participantId,
    v.contactType ?? '',
    v.party ?? '',
    v.qualifies ? 'yes' : 'no',
    count('error'),
    count('warning'),
    count('info'),
    v.findings.map((f) => `${f.rule}:${f.severity}`).join('; '),
    v.findings.map((f) => f.message).join(' | '),
  ].map((c) => escapeControls(c));
}

/** The note with each finding's span marked, every piece escaped; overlapping spans merge. */
function markedNote(text: string, v: NoteVerdict): string {
  const spans = v.findings
    .filter((f) => f.start !== undefined && f.end !== undefined && (f.start ?? 0) < (f.end ?? 0))
    .map((f) => ({ start: f.start ?? 0, end: Math.min(f.end ?? 0, text.length), rule: f.rule }))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += `${htmlText(text.slice(at, s.start), true)}<mark title="${htmlText(s.rule)}">${htmlText(text.slice(s.start, s.end), true)}</mark>`;
    at = s.end;
  }
  return out + htmlText(text.slice(at), true);
}

/** A row of the report's table of notes with errors. `text` is already masked (masking keeps its length, so spans still fit). */
function htmlRow(id: string, participantId: string, text: string, v: NoteVerdict): string {
  const e = htmlText;
  const findings = v.findings
    .map((f) => `<li class="${e(f.severity)}"><strong>${e(SEVERITY_LABEL[f.severity])}:</strong> ${e(f.message)} <code>${e(f.rule)}</code>${f.cite ? ` <cite>${e(f.cite)}</cite>` : ''}</li>`)
    .join('');
  return `<tr><th scope="row">${e(id)}</th><td>${e(participantId)}</td><td>${e(v.contactType ?? 'unknown')}</td><td>${v.qualifies ? 'Yes' : 'No'}</td><td><blockquote>${markedNote(text, v)}</blockquote><ul>${findings}</ul></td></tr>`;
}
