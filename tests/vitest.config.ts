import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { BUILT_IN_MATCHES, PAGE_MARKERS } from '../lib/systems';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Tests of pure code (note text, rules, policy packs, due dates, spreadsheets, the CLI, the repository's own
 * shape): no DOM, no fake browser, no IndexedDB. They run in Node without the DOM setup file, and share their
 * modules within a worker (`isolate: false`): the rules engine is imported once per worker, not once per file.
 * That is safe because this code keeps no state a test can change (its only module-level stores are caches and
 * the phrase trie, which lists only add to), and these tests mock nothing but the CLI's stdout, which they restore.
 * A test here that needs the DOM or a mock belongs in the other project.
 */
const PURE = ['rules', 'policy', 'text', 'cli', 'corpus', 'schedule', 'spreadsheet', 'architecture', 'templates'];

const EXCLUDE = ['tests/e2e/**', 'node_modules/**', '.output/**'];

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  // What wxt.config.ts joins into the content script at build time, for tests that load it.
  define: { __CNC_MATCHES__: JSON.stringify(BUILT_IN_MATCHES), __CNC_PAGE_MARKERS__: JSON.stringify(PAGE_MARKERS) },
  test: {
    // Property tests and jsdom fixtures are CPU-bound; on a busy 2-core machine 5 s is not enough.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One worker per core, at least two. Vitest's own default is one fewer than the cores: on the 2-core CI that is
    // one worker, and the unit tests ran one file at a time (the sum of the files' times was the wall time).
    maxWorkers: Math.max(availableParallelism(), 2),
    // Only unit tests: Playwright specs live in tests/e2e and run in real browsers.
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          isolate: false,
          // The CLI tests (tests/cli) run the compiled CLI, built once per run for this project only: a global setup
          // at the top would be inherited and run once per project, the root's included (three builds a run).
          globalSetup: ['tests/cli/build-cli.ts'],
          include: PURE.map((d) => `tests/${d}/**/*.test.{ts,tsx}`),
          exclude: EXCLUDE,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
          exclude: [...EXCLUDE, ...PURE.map((d) => `tests/${d}/**`)],
        },
      },
    ],
  },
});
