// @vitest-environment node
/** Every way `cli audit` can be handed the wrong thing: one clear message, the right exit code, nothing half-done. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliPath, lines, noteLines } from './run-cli';

/** `command` run as a child process (not through node): its exit code and output. */
const run = (command: string, args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    execFile(command, args, { timeout: 60_000 }, (e, out, err) => resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, out, err }));
  });

const dir = mkdtempSync(join(tmpdir(), 'cnc-errors-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const GOOD = '"TC w/ cust, attending classes, grades B, cont ITA."';
const audit = (path: string, ...more: string[]) => cli('audit', path, '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01', ...more);

describe.concurrent('cli audit: input it cannot use', { timeout: 60_000 }, () => {
  it('an empty file', async () => {
    const r = await audit(file('empty.csv', ''));
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([expect.stringMatching(/empty\.csv: the file is empty/)]);
    expect(r.out).toBe('');
  });

  it('a header and no rows', async () => {
    const r = await audit(file('header-only.csv', 'id,text\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no usable rows in .*header-only\.csv/);
    expect(r.out).toBe('');
  });

  it('rows that are all unusable', async () => {
    const r = await audit(file('all-bad.csv', `id,text\n,${GOOD}\n,${GOOD}\n`));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 2: id: id is blank; row skipped\n.*line 3: id: id is blank; row skipped\n.*no usable rows/);
    expect(r.out).toBe('');
  });

  it('a CSV without a text column names the columns it found and the accepted names', async () => {
    const r = await audit(file('no-text.csv', `id,body,when\nn1,${GOOD},3/3/2025\n`));
    expect(r.code).toBe(1);
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).toContain('found "id", "body", "when"');
    expect(r.err).toContain('text (or note, note_text, case_note, narrative, notes, case_notes)');
    expect(r.out).toBe('');
  });

  it('JSON Lines whose first row has no text field', async () => {
    const r = await audit(file('no-text.jsonl', '{"id":"a","body":"x"}\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 1: the first row has no note text field: found "id", "body"/);
  });

  it('a spreadsheet saved as .csv (bytes that are not UTF-8)', async () => {
    const r = await audit(file('book.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x91, 0x80])));
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([expect.stringMatching(/book\.csv: (line 1: the file holds binary data|line 1: the file is not UTF-8 text)/)]);
    expect(r.out).toBe('');
  });

  it('undecodable bytes after UTF-8 text name their line; rows before them are still reported', async () => {
    // (A file whose first bad bytes come before any UTF-8 is read as Windows-1252: excel.test.ts.)
    const r = await audit(file('mixed.csv', Buffer.concat([Buffer.from(`id,text\nn1,"Café: ${GOOD.slice(1)}\nn2,"caf`), Buffer.from([0xe9]), Buffer.from('"\n')])));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 3: the file is not UTF-8 text.*CSV UTF-8/);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['n1']);
  });

  it('a quote that never closes: reported where it starts, and the read stops there', async () => {
    const r = await audit(file('open-quote.csv', `id,text\nn1,${GOOD}\nn2,"TC w/ cust, attending\nn3,${GOOD}\nn4,${GOOD}\n`));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^audit: line 3: a quoted field starts on this line and is not closed properly.*reading stopped here$/m);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['n1']);
  });

  it('a stray quote inside a quoted field', async () => {
    const r = await audit(file('stray-quote.csv', `id,text\nn1,${GOOD}\n\nn2,"said "hi" to cust",\nn3,${GOOD}\n`));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^audit: line 4: a quoted field starts on this line/m);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['n1']);
  });

  it('a row with more fields than the header is skipped with its line', async () => {
    const r = await audit(file('wide.csv', `id,text\nn1,TC w/ cust, attending, cont ITA\nn2,${GOOD}\n`));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/line 2: 4 fields but the header has 2/);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['n2']);
  });

  it('a file without ids: the line number identifies each note', async () => {
    const r = await audit(file('no-ids.csv', `Note Text,Contact Date\n${GOOD},3/3/2025\n\n${GOOD},3/4/2025\n`));
    expect(r.code).toBe(0);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['2', '4']);
  });

  it.each([
    [['audit', 'tests/fixtures/audit/missing.csv', '--policy', 'mo-dwd-toolbox'], /file not found/],
    [['audit', 'tests/fixtures/audit', '--policy', 'mo-dwd-toolbox'], /is a folder/],
    [['audit', 'tests/fixtures/audit/notes.csv', '--policy', 'tx-twist'], /unknown policy pack "tx-twist" \(known: mo-dwd-toolbox, mn-wf1/],
    [['audit', 'tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-13-01'], /--as-of: "2025-13-01" has month 13/],
    [['audit', 'tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--format', 'xml'], /unknown format/],
    [['audit', 'tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--jobs', 'many'], /--jobs needs a whole number/],
    [['audit', 'tests/fixtures/audit/notes.csv', '--policy'], /--policy needs a value/],
    [['audit', 'tests/fixtures/audit/notes.csv', '--verbose'], /unknown option --verbose/],
    [['audit', 'tests/fixtures/audit/notes.csv'], /--policy is required/],
    [['audit'], /no input file/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
});

describe.concurrent('cli help', { timeout: 60_000 }, () => {
  it.each([[[]], [['--help']], [['-h']], [['help']]])('cli %j prints the commands and exits 0', async (args) => {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: cli <command>/);
    expect(r.out).toContain('audit');
    expect(r.out).toContain('inspect');
    expect(r.err).toBe('');
  });

  it.each([[['audit', '--help']], [['audit', '-h']], [['inspect', '--help']], [['audit', 'x.csv', '--help']]])('cli %j prints its usage and exits 0', async (args) => {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: cli (audit|inspect) /);
    expect(r.err).toBe('');
  });

  it('the compiled CLI runs as a program by its own #! line (the bin is executable), as `npx case-note-coach` runs it', async () => {
    const r = await run(cliPath(), ['audit', '--help']);
    expect(r.err).not.toMatch(/Permission denied|EACCES/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: cli audit /);
  });

  it("is the package's bin: package.json names dist/cli.js, where `npm run build:cli` writes it", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin?: Record<string, string>; scripts?: Record<string, string> };
    expect(pkg.bin?.['case-note-coach']).toBe('dist/cli.js');
    expect(pkg.scripts?.['build:cli']).toBe('node scripts/build-cli.mjs');
  });

  // dist/ is written by `npm ci` (postinstall) or `npm run build:cli`; a checkout made without either has no bin to run.
  it.skipIf(!existsSync('dist/cli.js'))("runs through npx as the README says (npx case-note-coach …) [skipped where dist/cli.js is not built: run 'npm run build:cli']", async () => {
    const r = await run('npx', ['--no-install', 'case-note-coach', 'audit', '--help']);
    expect(r.err).not.toMatch(/Permission denied/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: cli audit /);
  });

  it('audit --help lists the pack ids and the accepted columns', async () => {
    const r = await cli('audit', '--help');
    expect(r.out).toContain('mo-dwd-toolbox');
    expect(r.out).toContain('mn-wf1');
    for (const c of ['id', 'text', 'date', 'contact_type', 'participant_id', 'staff']) expect(r.out).toContain(`  ${c}`);
  });
});
