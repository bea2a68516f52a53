/**
 * `cli audit <file> --policy <pack-id> [--format json|csv|html] [--as-of YYYY-MM-DD] [--show-pii] [--jobs N]`
 * Checks every note in a CSV or JSON Lines export, streaming: rows are read,
 * checked (on worker threads and this one for big files) and written out in file order as
 * they go. With participant_id and date columns it also rebuilds each
 * participant's contact timeline (audit/timeline.ts).
 * The JSON line shape of a note is a public interface: keep it stable.
 */
import { once } from 'node:events';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseUsDate, today as localDay } from '../dates';
import { builtInPack } from '../packs/builtin';
import { parseArgs, usageError, USAGE } from './audit/args';
import type { BatchResult, CheckSetup } from './audit/check';
import { rerunLean } from './audit/lean';
import type { Pool } from './audit/pool';
import type { ReportData } from './audit/report';
import type { ParticipantRecord, Timelines } from './audit/timeline';
import { escapeControls } from './escape';

/** Big enough that starting worker threads (and a tuned process) pays for itself. */
const WORKERS_FROM_BYTES = 4 << 20;
/** Participants with the longest gaps drawn in the HTML report. */
const TIMELINES_SHOWN = 60;

function inputError(message: string): number {
  process.stderr.write(`audit: ${escapeControls(message)}\n`);
  return 1;
}

async function write(s: string | Uint8Array): Promise<void> {
  if (s.length > 0 && !process.stdout.write(s)) await once(process.stdout, 'drain');
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const o = parseArgs(args);
  if (typeof o === 'string') return usageError(o);
  const pack = builtInPack(o.policy);
  if (!pack) return usageError(`unknown policy pack "${o.policy}"`);
  // The shell may read the clock; the core never does.
  let today = localDay(new Date());
  if (o.asOf !== null) {
    const d = parseUsDate(o.asOf);
    if (!d.ok) return usageError(`--as-of: ${d.reason}`);
    today = d.date;
  }
  const stdin = o.file === '-';
  // What messages call the input.
  const name = stdin ? 'standard input' : o.file;
  // (Standard input's size is not known: it is taken for a big file, and progress shows no share or time left.)
  let size = 0;
  if (!stdin) {
    try {
      const s = await stat(o.file);
      if (s.isDirectory()) return usageError(`${o.file} is a folder, not a file of notes`);
      size = s.size;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return usageError(code === 'ENOENT' ? `file not found: ${o.file}` : `cannot read ${o.file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const big = stdin || size >= WORKERS_FROM_BYTES;
  if (big) {
    // (The restarted audit inherits standard input, unread.)
    const lean = rerunLean();
    if (lean) return lean;
  }
  // The checker and the rest are loaded only now: `audit --help`, a usage error and the parent of a lean restart
  // never compile them (most of the bundle). The timelines wait for a header that has their columns.
  const [{ HTML_ROWS }, { CSV_HEADER }, { inlinePool, workerFile, workerPool }, { progress }, { InputError, openInput }, { jsonSafe, masker }] =
    await Promise.all([import('./audit/check'), import('./audit/format'), import('./audit/pool'), import('./audit/progress'), import('./audit/read'), import('./safe')]);
  // A reader of the output that goes away (`| head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });

  const mask = masker({ showPii: o.showPii, phrases: pack.phrases });
  const kind = stdin ? 'sniff' : /\.(jsonl|ndjson)$/i.test(o.file) ? 'jsonl' : 'csv';
  const reader = openInput(o.file, kind, (m) => process.stderr.write(`audit: ${name}: ${escapeControls(m)}\n`));
  const bar = progress(process.stderr, size);
  let timelines: Timelines | null = null;
  const totals = { notes: 0, compliant: 0, qualifying: 0, rules: {} as Record<string, [number, number, number]>, staff: {} as Record<string, [number, number]> };
  const noteRows: string[] = [];
  let notesWithErrors = 0;
  let pool: Pool | null = null;
  let wroteHeader = false;
  const queue: Promise<BatchResult>[] = [];

  const emit = async (r: BatchResult) => {
    if (r.problems) {
      bar.done();
      process.stderr.write(r.problems);
    }
    if (o.format === 'csv' && r.out.length > 0 && !wroteHeader) {
      wroteHeader = true;
      await write(`${CSV_HEADER.join(',')}\n`);
    }
    await write(r.out);
    totals.notes += r.notes;
    totals.compliant += r.compliant;
    totals.qualifying += r.qualifying;
    notesWithErrors += r.notes - r.compliant;
    for (const [rule, c] of Object.entries(r.rules)) {
      const t = (totals.rules[rule] ??= [0, 0, 0]);
      for (let i = 0; i < 3; i++) t[i] = (t[i] ?? 0) + (c[i] ?? 0);
    }
    for (const [name, c] of Object.entries(r.staff)) {
      const t = (totals.staff[name] ??= [0, 0]);
      t[0] += c[0];
      t[1] += c[1];
    }
    for (const row of r.html) if (noteRows.length < HTML_ROWS) noteRows.push(row);
    timelines?.add(r);
    bar.update(totals.notes, reader.bytesRead());
  };

  try {
    try {
      for await (const batch of reader.batches) {
        if (!pool) {
          const info = reader.info();
          if (!info) throw new Error('read a batch before the header');
          const setup: CheckSetup = { policy: o.policy, today, format: o.format, showPii: o.showPii, info };
          if (info.has.participant_id === true && info.has.date === true) timelines = new (await import('./audit/timeline')).Timelines();
          const jobs = o.jobs ?? (big ? Math.min(availableParallelism(), 8) : 0);
          const file = jobs > 0 ? workerFile() : null;
          pool = file && jobs >= 2 ? workerPool(setup, jobs, file) : inlinePool(setup);
        }
        // The batches before this one will give the report some of its rows: this one is asked for no more than are
        // missing from those already in (the rest are dropped in emit).
        queue.push(pool.check(batch, o.format === 'html' ? HTML_ROWS - noteRows.length : 0));
        while (queue.length >= pool.capacity) await emit(await (queue.shift() as Promise<BatchResult>));
      }
    } catch (e) {
      // Rows read before the problem are reported before it.
      for (const p of queue.splice(0)) await emit(await p);
      if (e instanceof InputError) {
        bar.done();
        return inputError(`${name}: ${e.message}`);
      }
      throw e;
    }
    for (const p of queue.splice(0)) await emit(await p);
  } finally {
    await pool?.close();
    bar.done();
  }

  if (totals.notes === 0) {
    return inputError(`no usable rows in ${name}: no note could be checked${reader.stopped() ? '' : ' (the messages above say why each row was skipped)'}.`);
  }

  const info = reader.info();
  const rules = timelines ? (await import('./audit/timeline')).scheduleRulesOf(pack) : null;
  if (o.format === 'json' && timelines && rules) {
    for (const p of timelines.records(rules, today)) {
      // Each record is made fresh for this line: masked in place (a spread copy is slow in V8).
      p.participant = mask(p.participant);
      if (p.staff !== null) p.staff = mask(p.staff);
      await write(`${jsonSafe(JSON.stringify(p))}\n`);
    }
  }
  if (o.format === 'html') {
    const report: ReportData = {
      packName: pack.name,
      today,
      file: name,
      notes: totals.notes,
      compliant: totals.compliant,
      qualifying: totals.qualifying,
      rules: totals.rules,
      staff: null,
      timelines: null,
      noteRows,
      noteRowsTotal: notesWithErrors,
      mask,
    };
    const staff = info?.has.staff ? new Map<string, { notes: number; compliant: number; participants: number; withGaps: number }>() : null;
    for (const [name, [notes, compliant]] of Object.entries(totals.staff)) staff?.set(name, { notes, compliant, participants: 0, withGaps: 0 });
    if (timelines && rules) {
      let shown: ParticipantRecord[] = [];
      let participants = 0;
      let withGaps = 0;
      const longest = (p: ParticipantRecord) => Math.max(...p.gaps.map((g) => g.days));
      for (const p of timelines.records(rules, today, true)) {
        participants++;
        const s = p.staff === null ? undefined : staff?.get(p.staff);
        if (s) s.participants++;
        if (p.gaps.length === 0) continue;
        withGaps++;
        if (s) s.withGaps++;
        shown.push(p);
        // Keep only the longest gaps without holding every participant.
        if (shown.length >= TIMELINES_SHOWN * 4) shown = shown.sort((a, b) => longest(b) - longest(a)).slice(0, TIMELINES_SHOWN);
      }
      shown = shown.sort((a, b) => longest(b) - longest(a)).slice(0, TIMELINES_SHOWN);
      report.timelines = { participants, withGaps, shown };
    }
    if (staff) report.staff = Object.fromEntries(staff);
    const { renderReport } = await import('./audit/report');
    await write(renderReport(report));
  }
  return reader.stopped() ? 1 : 0;
}
