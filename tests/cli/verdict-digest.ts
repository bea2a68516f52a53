/**
 * `npx tsx tests/cli/verdict-digest.ts`: one hash per body of output, to show that a change
 * meant to be output-neutral (a faster reader, a cheaper CLI path) is: run it before and
 * after on the same base and compare. It hashes every corpus note's full verdict under both
 * packs (qualifies, contact type, party, reason, findings with spans), and the compiled
 * CLI's stdout (build it first: npm run build:cli) on those notes and on generated exports,
 * JSON and CSV (and the bench's varied export, stderr too). Prints hashes and counts only, never a note.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import { writeNotesFile } from '../bench/notes-file';
import { writeVariedNotesFile } from '../bench/varied-notes';
import { corpusNotes } from './corpus-notes';
import { corpusRows } from './verdicts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const dir = mkdtempSync(join(tmpdir(), 'cnc-digest-'));
// (CLI_JS=path: another build of the CLI, e.g. main's, hashed against the same library run.)
const cliJs = process.env.CLI_JS ?? 'dist/cli.js';
const cli = (...args: string[]) => execFileSync(process.execPath, [cliJs, 'audit', ...args], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const notes = await corpusNotes();
  for (const pack of ['mo-dwd-toolbox', 'mn-wf1'] as const) {
    let all = '';
    for (const n of notes) all += JSON.stringify(checkNote({ text: n.text, contactType: n.field, hasDateField: n.hasDateField }, { pack: PACKS[pack], today: '2025-06-01' })) + '\n';
    console.log(`library ${pack}: ${notes.length} notes ${sha(all)}`);
  }
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpusRows(notes).map((r) => JSON.stringify(r)).join('\n'));
  for (const pack of ['mo-dwd-toolbox', 'mn-wf1']) {
    for (const format of ['json', 'csv']) console.log(`cli corpus ${pack} ${format}: ${sha(cli(file, '--policy', pack, '--as-of', '2025-06-01', '--format', format))}`);
  }
  for (const [name, count] of [['gen.jsonl', 20_000], ['gen.csv', 5_000]] as const) {
    const f = join(dir, name);
    await writeNotesFile(f, count);
    console.log(`cli ${name} ${count}: ${sha(cli(f, '--policy', 'mo-dwd-toolbox', '--as-of', '2026-06-01'))}`);
  }
  // The bench's varied export (long and odd notes, broken rows): what the reader skips is hashed too (stderr).
  const varied = join(dir, 'varied.jsonl');
  await writeVariedNotesFile(varied, 10_000);
  for (const pack of ['mo-dwd-toolbox', 'mn-wf1']) {
    const r = spawnSync(process.execPath, [cliJs, 'audit', varied, '--policy', pack, '--as-of', '2026-06-01'], { maxBuffer: 1 << 30, encoding: 'utf8' });
    console.log(`cli varied.jsonl 10000 ${pack}: ${sha(r.stdout)} stderr ${sha(r.stderr)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
