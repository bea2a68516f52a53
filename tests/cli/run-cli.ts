/** Runs the compiled CLI (built for this test run by build-cli.ts, the global setup) as a real child process. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';

/** This run's compiled CLI (what `npm run build:cli` writes to dist/cli.js). */
export const cliPath = (): string => join(inject('cliDir'), 'cli.js');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

export function cli(...args: string[]): Promise<CliResult> {
  return cliWithInput(null, ...args);
}

/** The CLI with `input` piped to its standard input (as a monitor pipes an export: `… | cli audit -`). */
export function cliWithInput(input: string | Buffer | null, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath(), ...args], { cwd: process.cwd() });
    if (input !== null) child.stdin.end(input);
    else child.stdin.end();
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

export const lines = (s: string): string[] => s.split('\n').filter(Boolean);

/** The note lines of `audit --format json` (participant records have a `participant` key instead of `id`). */
export const noteLines = (s: string): Array<Record<string, unknown>> =>
  lines(s)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((o) => !('participant' in o));
export const participantLines = (s: string): Array<Record<string, unknown>> =>
  lines(s)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((o) => 'participant' in o);
