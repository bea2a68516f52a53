/**
 * What `cli audit` prints for one note: the public JSON line, a CSV row, or a
 * row of the HTML report's table of notes with errors. Every string from the
 * input arrives here already masked; these escape it for where it goes.
 */
import type { Finding, NoteVerdict } from '../../model';
import { SEVERITY_LABEL } from '../../words';
import { escapeControls, htmlText, jsonSafe } from '../safe';
import { memo } from './memo';

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

export const CSV_HEADER = ['id', 'participant_id', 'contact_type', 'party', 'qualifies', 'reason', 'errors', 'warnings', 'infos', 'rules', 'messages'];

export function csvRow(id: string, participantId: string, v: NoteVerdict): string[] {
  const count = (s: string) => String(v.findings.filter((f) => f.severity === s).length);
  return [
    id,
    participantId,
    v.contactType ?? '',
    v.party ?? '',
    v.qualifies ? 'yes' : 'no',
    // Why the note does or does not count: the sentence of the JSON's reason, for a supervisor reading the sheet.
    v.reason?.message ?? '',
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
export function htmlRow(id: string, participantId: string, text: string, v: NoteVerdict): string {
  const e = htmlText;
  const findings = v.findings
    .map((f) => `<li class="${e(f.severity)}"><strong>${e(SEVERITY_LABEL[f.severity])}:</strong> ${e(f.message)} <code>${e(f.rule)}</code>${f.cite ? ` <cite>${e(f.cite)}</cite>` : ''}</li>`)
    .join('');
  // Why the note does or does not count (the JSON's reason), for a supervisor reading the printed report.
  const reason = v.reason ? `<p class="reason">${e(v.reason.message)}</p>` : '';
  return `<tr><th scope="row">${e(id)}</th><td>${e(participantId)}</td><td>${e(v.contactType ?? 'unknown')}</td><td>${v.qualifies ? 'Yes' : 'No'}</td><td><blockquote>${markedNote(text, v)}</blockquote>${reason}<ul>${findings}</ul></td></tr>`;
}
