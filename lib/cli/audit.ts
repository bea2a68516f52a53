/**
 * `cli audit <file> --policy <pack-id> [--format json|csv|html] [--as-of YYYY-MM-DD]`
 * Checks every note in a CSV or JSON Lines export and prints one verdict per note.
 * The JSON line shape is a public interface: keep it stable.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import { parseUsDate } from '../dates';
import type { CaseNoteInput, NoteVerdict } from '../model';
import { getPack, PACKS } from '../policy';
import { checkNote } from '../rules';
import { normaliseContactType } from '../text/contact-type';

export const summary = 'check a CSV or JSON Lines export of case notes against a policy pack';

const USAGE = 'usage: cli audit <file.csv|file.jsonl> --policy <pack-id> [--format json|csv|html] [--as-of YYYY-MM-DD]';

const rowSchema = z.object({
  id: z.union([z.string().trim().min(1, 'id is blank'), z.number()]).transform(String),
  text: z.string({ error: 'text is missing' }),
  date: z.string().nullish(),
  contact_type: z.string().nullish(),
  participant_id: z.union([z.string(), z.number()]).nullish(),
});

interface Row {
  line: number;
  data: unknown;
}
interface Audited {
  id: string;
  text: string;
  participantId: string | null;
  verdict: NoteVerdict;
}

function fail(message: string): number {
  process.stderr.write(`audit: ${message}\n${USAGE}\n`);
  return 2;
}

function localToday(): string {
  // The shell may read the clock; the core never does.
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function readCsv(text: string): { rows: Row[]; problems: string[]; hasDate: boolean } {
  const rows: Row[] = [];
  const problems: string[] = [];
  // Line starts let us report the physical line of each record, even after quoted multi-line notes.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let fields: string[] = [];
  let prevCursor = 0;
  Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    step: (result) => {
      let start = prevCursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      prevCursor = result.meta.cursor;
      if (fields.length === 0) fields = result.meta.fields ?? [];
      const line = lineAt(start);
      if (result.errors.length > 0) {
        problems.push(`line ${line}: ${result.errors.map((e) => e.message).join('; ')}; row skipped`);
        return;
      }
      rows.push({ line, data: result.data });
    },
  });
  return { rows, problems, hasDate: fields.includes('date') };
}

function readJsonl(text: string): { rows: Row[]; problems: string[]; hasDate: boolean } {
  const rows: Row[] = [];
  const problems: string[] = [];
  let hasDate = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      const data: unknown = JSON.parse(raw);
      if (data && typeof data === 'object' && 'date' in data) hasDate = true;
      rows.push({ line: i + 1, data });
    } catch (e) {
      problems.push(`line ${i + 1}: not valid JSON (${e instanceof Error ? e.message : String(e)}); row skipped`);
    }
  });
  return { rows, problems, hasDate };
}

export async function run(args: string[]): Promise<number> {
  let file: string | undefined;
  let policy: string | undefined;
  let format = 'json';
  let asOf: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--policy') policy = value();
      else if (a === '--format') format = value();
      else if (a === '--as-of') asOf = value();
      else if (a?.startsWith('--')) return fail(`unknown option ${a}`);
      else if (file === undefined) file = a;
      else return fail(`unexpected argument ${a}`);
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
  }
  if (!file) return fail('no input file given');
  if (!policy) return fail(`--policy is required (one of ${Object.keys(PACKS).join(', ')})`);
  const pack = getPack(policy);
  if (!pack) return fail(`unknown policy pack "${policy}" (known: ${Object.keys(PACKS).join(', ')})`);
  if (!['json', 'csv', 'html'].includes(format)) return fail(`unknown format "${format}" (json, csv or html)`);
  let today = localToday();
  if (asOf !== undefined) {
    const d = parseUsDate(asOf);
    if (!d.ok) return fail(`--as-of: ${d.reason}`);
    today = d.date;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const isJsonl = /\.(jsonl|ndjson)$/i.test(file);
  const { rows, problems, hasDate } = isJsonl ? readJsonl(text) : readCsv(text);

  const audited: Audited[] = [];
  for (const row of rows) {
    const r = rowSchema.safeParse(row.data);
    if (!r.success) {
      problems.push(`line ${row.line}: ${r.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ')}; row skipped`);
      continue;
    }
    const { id, text: noteText, date, contact_type, participant_id } = r.data;
    const note: CaseNoteInput = { text: noteText, hasDateField: hasDate };
    if (date && date.trim() !== '') {
      const d = parseUsDate(date);
      if (d.ok) note.contactDate = d.date;
      else problems.push(`line ${row.line}: ${d.reason.replace(/\.$/, "")}; note checked without a contact date`);
    }
    const ct = normaliseContactType(contact_type);
    if (ct.ok) note.contactType = ct.contactType;
    else problems.push(`line ${row.line}: ${ct.reason}; note checked from its text alone`);
    audited.push({ id, text: noteText, participantId: participant_id == null ? null : String(participant_id), verdict: checkNote(note, { pack, today }) });
  }
  // Problems in file order, whichever stage found them.
  const lineOf = (p: string) => Number(/^line (\d+)/.exec(p)?.[1] ?? 0);
  for (const p of [...problems].sort((a, b) => lineOf(a) - lineOf(b))) process.stderr.write(`audit: ${p}\n`);

  if (format === 'json') process.stdout.write(audited.map(toJsonLine).join(''));
  else if (format === 'csv') process.stdout.write(toCsv(audited));
  else process.stdout.write(toHtml(audited, pack.name, today, file));
  return 0;
}

/** The stable public line: exactly these keys, in this order; start/end only when present. */
function toJsonLine({ id, verdict }: Audited): string {
  const findings = verdict.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.start !== undefined ? { start: f.start } : {}),
    ...(f.end !== undefined ? { end: f.end } : {}),
  }));
  return `${JSON.stringify({ id, contactType: verdict.contactType, party: verdict.party, qualifies: verdict.qualifies, findings })}\n`;
}

function toCsv(audited: Audited[]): string {
  const count = (v: NoteVerdict, s: string) => v.findings.filter((f) => f.severity === s).length;
  return `${Papa.unparse(
    audited.map(({ id, participantId, verdict: v }) => ({
      id,
      participant_id: participantId ?? '',
      contact_type: v.contactType ?? '',
      party: v.party ?? '',
      qualifies: v.qualifies ? 'yes' : 'no',
      errors: count(v, 'error'),
      warnings: count(v, 'warning'),
      infos: count(v, 'info'),
      rules: v.findings.map((f) => `${f.rule}:${f.severity}`).join('; '),
      messages: v.findings.map((f) => f.message).join(' | '),
    })),
    // Cells starting with = + - @ would run as formulas in a spreadsheet.
    { escapeFormulae: true, newline: '\n' },
  )}\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
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
    out += `${escapeHtml(text.slice(at, s.start))}<mark title="${escapeHtml(s.rule)}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + escapeHtml(text.slice(at));
}

const SEVERITY_LABEL: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

function toHtml(audited: Audited[], packName: string, today: string, file: string): string {
  const e = escapeHtml;
  const qualifying = audited.filter((a) => a.verdict.qualifies).length;
  const errors = audited.filter((a) => a.verdict.findings.some((f) => f.severity === 'error')).length;
  const rows = audited
    .map(({ id, text, participantId, verdict: v }) => {
      const findings = v.findings.length
        ? `<ul>${v.findings.map((f) => `<li class="${e(f.severity)}"><strong>${e(SEVERITY_LABEL[f.severity] ?? f.severity)}:</strong> ${e(f.message)} <code>${e(f.rule)}</code>${f.cite ? ` <cite>${e(f.cite)}</cite>` : ''}</li>`).join('')}</ul>`
        : 'No findings';
      return `<tr><th scope="row">${e(id)}</th><td>${e(participantId ?? '')}</td><td>${e(v.contactType ?? 'unknown')}</td><td>${e(v.party ?? 'unknown')}</td><td>${v.qualifies ? 'Yes' : 'No'}</td><td><blockquote>${markedNote(text, v)}</blockquote>${findings}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Case note audit</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:15px/1.4 system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem;vertical-align:top;text-align:left}ul{margin:0;padding-left:1.2rem}.error strong{color:#a00}.warning strong{color:#7a4b00}cite{color:#444;font-size:.9em}blockquote{margin:0 0 .4rem;white-space:pre-wrap}mark{background:#fde68a;text-decoration:underline}</style>
</head><body>
<h1>Case note audit</h1>
<p>Policy: ${e(packName)}. As of ${e(today)}. File: ${e(file)}.</p>
<p role="status">${audited.length} notes; ${qualifying} qualify as a contact; ${errors} have at least one error.</p>
<table><thead><tr><th scope="col">Note</th><th scope="col">Participant</th><th scope="col">Contact type</th><th scope="col">With</th><th scope="col">Qualifies</th><th scope="col">Note and findings</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
