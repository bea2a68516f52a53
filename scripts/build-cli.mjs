/**
 * Builds the command-line tools into dist/ (`node dist/cli.js`, the package's `bin`):
 * one bundle per entry, so start-up reads a few files instead of resolving
 * hundreds of modules through tsx. The HTML report's chart code is split out
 * and loaded only when a report is asked for. jsdom stays an ordinary
 * dependency: it loads files of its own at run time.
 *
 * `node scripts/build-cli.mjs [outdir]` (default dist/; the bench builds its own copy
 * so a test run rebuilding dist/ cannot change the CLI under measurement).
 */
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(root, process.argv[2] ?? 'dist');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'lib/cli/main.ts', 'audit-worker': 'lib/cli/audit/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  external: ['jsdom'],
  // CommonJS dependencies (papaparse) call require(); give the ES module bundle one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cncRequire } from 'node:module';\nconst require = __cncRequire(import.meta.url);" },
  // Start-up parses every byte of what it loads: drop the whitespace and comments, keep the names
  // (a stack from a worker stays readable).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
// The package's bin (`npx case-note-coach`) runs the file itself: its #! line needs it executable.
chmodSync(resolve(outdir, 'cli.js'), 0o755);
