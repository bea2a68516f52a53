/**
 * `cli audit`'s command line: its usage text, its options read from the arguments, and how a
 * usage error is told (exit code 2, with a pointer to --help).
 */
import { BUILT_IN_PACKS, builtInPack } from '../../packs/builtin';
import { escapeControls } from '../escape';
import type { Format } from './check';
import { acceptedNames, COLUMNS, type Column } from './columns';

export const USAGE = `usage: cli audit <notes.csv|notes.jsonl|-> --policy <pack-id> [options]

  -                read the export from standard input (CSV or JSON Lines, told
                   apart by its first character): export-notes | cli audit - …

  --policy ID      the policy pack, one of:
${Object.values(BUILT_IN_PACKS)
  .map((p) => `                     ${p.id.padEnd(15)} ${p.name}`)
  .join('\n')}
  --format FORMAT  json (default: one line per note, then one per participant),
                   csv (one row per note) or html (a printable report)
  --as-of DATE     the day to audit as of (default: today), e.g. 2026-11-25
  --show-pii       print SSNs and dates of birth unmasked (default: ***-**-6789)
  --jobs N         threads checking notes, the main one and N - 1 workers
                   (default: one per core for big files; 0 or 1: the main one alone)
  -h, --help       this help

Columns (CSV header or JSON Lines fields; case, spaces and hyphens ignored):
${(Object.keys(COLUMNS) as Column[]).map((c) => `  ${acceptedNames(c)}`).join('\n')}
Only the note text is required. participant_id and date give contact timelines; staff a summary by staff member.
`;

export function usageError(message: string): number {
  process.stderr.write(`audit: ${escapeControls(message)}\n(cli audit --help lists the options and columns)\n`);
  return 2;
}

interface Options {
  file: string;
  policy: string;
  format: Format;
  asOf: string | null;
  showPii: boolean;
  jobs: number | null;
}

export function parseArgs(args: string[]): Options | string {
  let file: string | undefined;
  let policy: string | undefined;
  let format = 'json';
  let asOf: string | null = null;
  let showPii = false;
  let jobs: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    try {
      if (flag === '--policy') policy = value();
      else if (flag === '--format') format = value();
      else if (flag === '--as-of') asOf = value();
      else if (flag === '--show-pii') showPii = true;
      else if (flag === '--jobs') {
        const v = value();
        if (!/^\d+$/.test(v)) return `--jobs needs a whole number, not "${v}"`;
        jobs = Number(v);
      } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
      else if (file === undefined) file = a;
      else return `unexpected argument ${a}`;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  if (!file) return 'no input file given';
  if (!policy) return `--policy is required (one of ${Object.keys(BUILT_IN_PACKS).join(', ')})`;
  if (!builtInPack(policy)) return `unknown policy pack "${policy}" (known: ${Object.keys(BUILT_IN_PACKS).join(', ')})`;
  if (format !== 'json' && format !== 'csv' && format !== 'html') return `unknown format "${format}" (json, csv or html)`;
  return { file, policy, format, asOf, showPii, jobs };
}
