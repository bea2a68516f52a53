/**
 * Vitest global setup of the project the CLI tests run in: they run the compiled CLI, so it is built once per run,
 * into a folder of this run's own under node_modules/.cache (inside the repository, so the bundle still finds
 * jsdom, which it leaves out), never into dist/: a second test run in the same checkout rebuilding dist/ deleted it
 * under the first one's CLI tests. Tests find it with `cliPath()` (run-cli.ts); the folder goes when the run ends.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder this run's CLI was built into (cli.js, audit-worker.js and their chunks). */
    cliDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const cache = join(project.config.root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'cnc-cli-test-'));
  execFileSync(process.execPath, ['scripts/build-cli.mjs', dir], { cwd: project.config.root, stdio: 'inherit' });
  project.provide('cliDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
