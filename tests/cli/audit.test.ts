// @vitest-environment node
/** `cli audit …` end to end: the compiled CLI as a child process on the fixture files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeNotesFile } from '../bench/notes-file';
import { cli, cliPath, lines, noteLines } from './run-cli';

const audit = (...args: string[]) => cli('audit', ...args);
/** One run of the CLI per distinct command line, shared by the tests that read its output (each run is a Node start-up, and the big file's takes seconds). */
const runs = new Map<string, ReturnType<typeof cli>>();
const auditOnce = (...args: string[]) => {
  const key = args.join('\0');
  if (!runs.has(key)) runs.set(key, audit(...args));
  return runs.get(key) as ReturnType<typeof cli>;
};
/** 25,000 generated notes (5 MB): big enough for the default run to restart lean and use worker threads. */
const MANY = 25_000;
const many = join(mkdtempSync(join(tmpdir(), 'cnc-audit-')), 'many.jsonl');
beforeAll(() => writeNotesFile(many, MANY));

describe.concurrent('cli audit', { timeout: 60_000 }, () => {
  it("prints the participant gate's reason: which piece of a contact with the participant the note does not show", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cnc-gate-')), 'gate.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'g1', text: 'Participant e-mailed her instructor 4/3 asking about the retake date for the skills test.' })}\n`);
    const r = await audit(file, '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    expect(noteLines(r.out)[0]).toMatchObject({
      qualifies: false,
      reason: { missing: 'someone-else', message: expect.stringMatching(/^This note does not show that you reached the participant: "instructor" is someone else/) },
    });
  });

  it('prints one stable JSON object per note and reports bad rows with their line numbers', async () => {
    const r = await auditOnce('tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    const rows = noteLines(r.out);
    expect(rows.map((o) => o.id)).toEqual(['n1', 'n2', 'n3', 'n5', 'n6', 'n7']);
    for (const o of rows) expect(Object.keys(o).filter((k) => k !== 'reason')).toEqual(['id', 'contactType', 'party', 'qualifies', 'findings']);
    expect(rows[0]).toMatchObject({ id: 'n1', contactType: 'telephone', party: 'participant', qualifies: true, findings: [] });
    // Why it counts: the event it rests on, with its span in the note, and a sentence a monitor can read.
    expect(rows[0]?.reason).toMatchObject({ outcome: 'connected', channel: 'phone', message: expect.stringMatching(/^Counts: a two-way telephone contact/) });
    const reason = rows[0]?.reason as { start: number; end: number };
    expect(reason.end).toBeGreaterThan(reason.start);
    const n2 = rows[1] as { qualifies: boolean; findings: Array<Record<string, unknown>> };
    expect(n2.qualifies).toBe(true);
    expect(n2.findings[0]).toMatchObject({ rule: 'unsuccessful-attempt', severity: 'info', start: 0, end: 2 });
    expect(Object.keys(n2.findings[0] ?? {})).toEqual(['rule', 'severity', 'message', 'start', 'end']);
    const n3 = rows[2] as { qualifies: boolean; findings: Array<{ rule: string; severity: string }> };
    expect(n3.qualifies).toBe(false);
    expect(n3.findings.some((f) => f.rule === 'unsuccessful-attempt' && f.severity === 'error')).toBe(true);
    expect((rows[2] as { reason: { outcome: string; message: string } }).reason).toMatchObject({
      outcome: 'attempt',
      message: expect.stringMatching(/^This note does not show that you reached the participant/),
    });
    // The header is line 1, so the row with a blank id (the fifth line of the file) is line 5.
    expect(r.err).toMatch(/line 5: id: id is blank; row skipped/);
    expect(r.err).toMatch(/line 6: "13\/45\/2025" has month 13; months run 1 to 12; note checked without a contact date/);
    expect(r.err).toMatch(/line 8: contact type "carrier pigeon"/);
  });

  it('reads JSON Lines and skips malformed lines', async () => {
    const r = await audit('tests/fixtures/audit/notes.jsonl', '--policy', 'mn-wf1', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['j1', 'j2', '5']);
    expect(r.err).toMatch(/line 3: not valid JSON/);
    expect(r.err).toMatch(/line 4: text: text is missing/);
  });

  it('counts lines correctly after a quoted multi-line note', async () => {
    const r = await audit('tests/fixtures/audit/multiline-bad.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01');
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['m1', 'm3']);
    expect((noteLines(r.out)[0] as { contactType: string }).contactType).toBe('telephone');
    // m1 spans lines 2-4, so the row with the blank id starts on line 5.
    expect(r.err).toMatch(/^audit: line 5: id: id is blank; row skipped$/m);
  });

  it('writes CSV with one row per note and defuses spreadsheet formulas', async () => {
    const r = await audit('tests/fixtures/audit/hostile.csv', '--policy', 'mo-dwd-toolbox', '--format', 'csv', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out[0]).toBe('id,participant_id,contact_type,party,qualifies,reason,errors,warnings,infos,rules,messages');
    expect(out).toHaveLength(3);
    expect(r.out).toContain("'=cmd");
  });

  it("CSV says in its reason column why each note does or does not count, as the JSON's reason does", async () => {
    const r = await audit('tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--format', 'csv', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.out, { header: true, skipEmptyLines: true }).data;
    const json = noteLines((await auditOnce('tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01')).out);
    expect(rows.map((row) => row.id)).toEqual(json.map((o) => o.id));
    for (const [i, row] of rows.entries()) expect(row.reason).toBe((json[i]?.reason as { message: string }).message);
    // The unanswered call: a supervisor sees it is an attempt, not a contact.
    expect(rows.find((row) => row.id === 'n3')).toMatchObject({ qualifies: 'no', reason: expect.stringMatching(/"no answer" is an attempt, not a contact/) });
  });

  it('words severities and dates in the HTML report as the extension does (Error, Warning, Reminder; M/D/YYYY), while JSON keeps `info`', async () => {
    const r = await auditOnce('tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--format', 'html', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('As of 6/1/2025.');
    // The chart's legend names the severities as people read them.
    expect(r.out).toContain('Reminder');
    expect(r.out).not.toMatch(/>info</);
    expect(r.out).not.toMatch(/<strong>Note:/);
  });

  it("counts notes on the findings chart in whole numbers (a few findings gave ticks of 0.2, 0.4, …)", async () => {
    const r = await audit('tests/fixtures/audit/timelines.csv', '--policy', 'mo-dwd-toolbox', '--format', 'html', '--as-of', '2026-11-25');
    expect(r.code).toBe(0);
    const chart = r.out.slice(r.out.indexOf('Findings by rule'), r.out.indexOf('Contact timelines'));
    const axis = /aria-label="x-axis tick label"[^>]*>(.*?)<\/g>/.exec(chart)?.[1] ?? '';
    const ticks = [...axis.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.filter((t) => !/^\d+$/.test(t ?? ''))).toEqual([]);
  });

  it('HTML: lists the first 300 notes with errors in file order, over several batches and worker threads', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cnc-rows-')), 'errors.jsonl');
    const ids = Array.from({ length: 2_500 }, (_, i) => `e${i + 1}`);
    writeFileSync(file, ids.map((id, i) => JSON.stringify({ id, text: `Called cust ${i % 7 === 0 ? 'twice' : 'today'}, no answer. LM.` })).join('\n'));
    const r = await audit(file, '--policy', 'mo-dwd-toolbox', '--format', 'html', '--as-of', '2025-06-01', '--jobs', '2');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2,500 notes have at least one error; the first 300 are listed');
    expect([...r.out.matchAll(/<tr><th scope="row">(e\d+)<\/th>/g)].map((m) => m[1])).toEqual(ids.slice(0, 300));
  });

  it("HTML: each note with errors says why it does or does not count, as the JSON's reason does", async () => {
    const r = await auditOnce('tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--format', 'html', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    const row = /<tr><th scope="row">n3<\/th>.*?<\/tr>/s.exec(r.out)?.[0] ?? '';
    expect(row).toContain('does not show that you reached the participant: &quot;no answer&quot; is an attempt, not a contact');
  });

  it('writes a standalone HTML report with every note text escaped', async () => {
    const r = await audit('tests/fixtures/audit/hostile.csv', '--policy', 'mo-dwd-toolbox', '--format', 'html', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).not.toContain('<img src=x');
    expect(r.out).not.toContain('<script>');
    expect(r.out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.out).toContain('role="status"');
    expect(r.out).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(r.out).toContain('SSN <mark title="pii-in-note">***-**-6789</mark>');
    expect(r.out).not.toContain('123-45');
    // No network, no script: everything is inline.
    expect(r.out).not.toMatch(/<script|src="http|href="http/);
  });

  it('gives the same output, in file order, on worker threads as inline', async () => {
    const [inline, threads] = await Promise.all([
      audit(many, '--policy', 'mo-dwd-toolbox', '--as-of', '2026-01-01', '--jobs', '0'),
      auditOnce(many, '--policy', 'mo-dwd-toolbox', '--as-of', '2026-01-01'),
    ]);
    expect(threads.code).toBe(0);
    expect(noteLines(threads.out).map((o) => o.id)).toEqual(Array.from({ length: MANY }, (_, i) => `n${i + 1}`));
    expect(threads.out).toBe(inline.out);
    expect(threads.err).toBe(inline.err);
  });

  it('shows a progress line (notes/s, share done) when stderr is a terminal', async () => {
    // `script` runs the command on a pseudo-terminal, as a person at a shell would.
    const r = await new Promise<string>((resolve, reject) => {
      const cmd = `${process.execPath} ${cliPath()} audit ${many} --policy mo-dwd-toolbox --as-of 2026-01-01 > /dev/null`;
      execFile('script', ['-qec', cmd, '/dev/null'], { timeout: 60_000 }, (e, stdout) => (e ? reject(e) : resolve(stdout)));
    });
    expect(r).toMatch(/audit: [\d,]+ notes, [\d,]+ notes\/s, \d+%/);
  });

  it('shows no progress line when stderr is not a terminal', async () => {
    const r = await auditOnce(many, '--policy', 'mo-dwd-toolbox', '--as-of', '2026-01-01');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
