/**
 * The printable HTML report of `cli audit --format html`: a summary, findings
 * by staff member, a bar chart of findings by rule, a small timeline for each
 * participant with a gap, and the notes with errors. Charts are drawn by
 * Observable Plot into a linkedom document and inlined as SVG: the file needs no
 * network and runs no script (its CSP forbids both).
 *
 * The document Plot draws into is linkedom's, not jsdom's: the report only needs elements built and
 * serialised, and jsdom (a whole browser window) added ~100 MB resident at the end of a big audit,
 * over the 200 MB a million-note run is allowed; linkedom adds ~12 MB.
 *
 * Loaded only for --format html, so the other formats start without Plot or a DOM.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { htmlText as e } from '../safe';
import { noun, plural, SEVERITY_LABEL, usDate } from '../../words';
import { describeGap, type ParticipantRecord } from './timeline';

export interface ReportData {
  packName: string;
  today: string;
  file: string;
  notes: number;
  compliant: number;
  qualifying: number;
  rules: Record<string, [number, number, number]>;
  /** Null when the file has no staff column. */
  staff: Record<string, { notes: number; compliant: number; participants: number; withGaps: number }> | null;
  /** Null when the file has no participant_id and date columns. */
  timelines: { participants: number; withGaps: number; shown: ParticipantRecord[] } | null;
  /** Table rows of notes with errors (already escaped and masked), the first of `noteRowsTotal`. */
  noteRows: string[];
  noteRowsTotal: number;
  /** Masks an identifier from the input for display. */
  mask(s: string): string;
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`);
const num = (n: number) => n.toLocaleString('en-US');
const SEVERITIES = ['error', 'warning', 'info'] as const;
const COLORS = ['#b91c1c', '#d97706', '#2563eb'];

export function renderReport(r: ReportData): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = (node: Element) => node.outerHTML;

  const findings = Object.entries(r.rules).flatMap(([rule, counts]) =>
    SEVERITIES.map((s, i) => ({ rule, severity: SEVERITY_LABEL[s], count: counts[i] ?? 0 })).filter((f) => f.count > 0),
  );
  // Counts of notes: ticks on whole numbers only (d3 would put 0.2, 0.4, … on an axis up to 2).
  const most = Math.max(0, ...Object.values(r.rules).map((c) => c.reduce((a, b) => a + b, 0)));
  const chart = findings.length
    ? svg(
        Plot.plot({
          document,
          width: 760,
          height: 40 + 26 * Object.keys(r.rules).length,
          marginLeft: 190,
          x: { label: 'notes with the finding', grid: true, ticks: Math.min(10, most), tickFormat: ',d' },
          y: { label: null },
          color: { domain: SEVERITIES.map((s) => SEVERITY_LABEL[s]), range: COLORS, legend: true },
          marks: [Plot.barX(findings, { x: 'count', y: 'rule', fill: 'severity', sort: { y: '-x' } }), Plot.ruleX([0])],
        }),
      )
    : '<p>No findings.</p>';

  const t = r.timelines;
  const timelineSection = t
    ? `<section><h2>Contact timelines</h2>
<p>${num(t.withGaps)} of ${plural(t.participants, 'participant')} went longer than the policy allows without a qualifying contact.${
        t.withGaps > t.shown.length ? ` The ${num(t.shown.length)} with the longest gaps are shown; every participant is in the JSON output.` : ''
      }</p>
<p class="key">Each line runs from the participant's first qualifying contact in the file to ${e(usDate(r.today))}: <span class="dot">●</span> a qualifying contact, <span class="gap">&#9632;</span> longer than the policy allows${
        r.timelines?.shown.some((p) => p.gaps.some((g) => g.softExitOn)) ? ', <span class="exit">┆</span> the day of the soft exit' : ''
      }.</p>
${t.shown.map((p) => timeline(p, r, document)).join('\n')}</section>`
    : '<p class="note">No timelines: the file needs <code>participant_id</code> and <code>date</code> columns.</p>';

  const staffTable = r.staff
    ? `<section><h2>By staff member</h2><table><thead><tr><th scope="col">Staff</th><th scope="col">Notes</th><th scope="col">Compliant</th><th scope="col">Participants</th><th scope="col">With gaps</th></tr></thead><tbody>
${Object.entries(r.staff)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, s]) => `<tr><th scope="row">${e(r.mask(name))}</th><td>${num(s.notes)}</td><td>${pct(s.compliant, s.notes)}</td><td>${num(s.participants)}</td><td>${num(s.withGaps)}</td></tr>`)
  .join('\n')}
</tbody></table></section>`
    : '';

  const notesTable = r.noteRowsTotal
    ? `<section><h2>Notes with errors</h2><p>${plural(r.noteRowsTotal, 'note')} ${noun(r.noteRowsTotal, 'has', 'have')} at least one error${
        r.noteRowsTotal > r.noteRows.length ? `; the first ${num(r.noteRows.length)} are listed (every note is in the JSON and CSV output)` : ''
      }.</p>
<table class="notes"><thead><tr><th scope="col">Note</th><th scope="col">Participant</th><th scope="col">Contact type</th><th scope="col">Qualifies</th><th scope="col">Note and findings</th></tr></thead><tbody>
${r.noteRows.join('\n')}
</tbody></table></section>`
    : '<p>No note has an error.</p>';

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Case note audit</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111;max-width:60rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #999;padding:.3rem .4rem;vertical-align:top;text-align:left}td{font-variant-numeric:tabular-nums}.summary td{text-align:right}ul{margin:0;padding-left:1.2rem}.error strong{color:#a00}.warning strong{color:#7a4b00}cite{color:#444;font-size:.9em}blockquote{margin:0 0 .4rem;white-space:pre-wrap}.reason{margin:0 0 .4rem;font-style:italic}mark{background:#fde68a;text-decoration:underline}.summary{width:auto;min-width:26rem}.key .dot{color:#166534}.key .gap{color:#fca5a5}.key .exit{color:#7f1d1d;font-weight:bold}.person{break-inside:avoid;margin:.8rem 0}.person h3{font-size:1rem;margin:0}.person ul{font-size:.9em}section{margin-top:1.5rem}@media print{body{margin:0}section{break-before:auto}}</style>
</head><body>
<h1>Case note audit</h1>
<p>Policy: ${e(r.packName)}. As of ${e(usDate(r.today))}. File: ${e(r.file)}.</p>
<table class="summary" role="status" aria-label="Summary"><tbody>
<tr><th scope="row">Notes checked</th><td>${num(r.notes)}</td></tr>
<tr><th scope="row">Compliant (no errors)</th><td>${num(r.compliant)} (${pct(r.compliant, r.notes)})</td></tr>
<tr><th scope="row">Qualifying contacts</th><td>${num(r.qualifying)}</td></tr>
${t ? `<tr><th scope="row">Participants</th><td>${num(t.participants)}</td></tr><tr><th scope="row">Participants with gaps</th><td>${num(t.withGaps)} (${pct(t.withGaps, t.participants)})</td></tr>` : ''}
</tbody></table>
${staffTable}
<section><h2>Findings by rule</h2>
${chart}</section>
${timelineSection}
${notesTable}
</body></html>
`;
}

function timeline(p: ParticipantRecord, r: ReportData, document: Document): string {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const contacts = (p.contactDates ?? []).map((d) => ({ date: day(d) }));
  const gaps = p.gaps.map((g) => ({ from: day(g.from), to: day(g.to ?? r.today) }));
  const exits = p.gaps.filter((g) => g.softExitOn).map((g) => ({ date: day(g.softExitOn ?? '') }));
  const first = p.firstContact ?? r.today;
  const plot = Plot.plot({
    document,
    width: 760,
    height: 80,
    marginTop: 8,
    marginBottom: 32,
    marginLeft: 14,
    marginRight: 14,
    x: { type: 'utc', domain: [day(first), day(r.today)], label: null },
    y: { axis: null, domain: [0, 1] },
    marks: [
      Plot.rectX(gaps, { x1: 'from', x2: 'to', y1: 0.15, y2: 0.85, fill: '#fecaca', stroke: '#b91c1c' }),
      Plot.ruleY([0.5], { stroke: '#bbb' }),
      Plot.ruleX(exits, { x: 'date', stroke: '#7f1d1d', strokeWidth: 2, strokeDasharray: '4,2' }),
      Plot.dot(contacts, { x: 'date', y: 0.5, r: 3.5, fill: '#166534' }),
    ],
  });
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-label', `Timeline of ${r.mask(p.participant)}: qualifying contacts as green dots, gaps in red`);
  return `<div class="person"><h3>${e(r.mask(p.participant))}${p.staff ? ` <small>(${e(r.mask(p.staff))})</small>` : ''}</h3>
${plot.outerHTML}
<ul>${p.gaps.map((g) => `<li>${e(describeGap(g))}</li>`).join('')}</ul></div>`;
}
