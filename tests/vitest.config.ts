import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { BUILT_IN_MATCHES, PAGE_MARKERS } from '../lib/systems';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  // What wxt.config.ts joins into the content script at build time, for tests that load it.
  define: { __CNC_MATCHES__: JSON.stringify(BUILT_IN_MATCHES), __CNC_PAGE_MARKERS__: JSON.stringify(PAGE_MARKERS) },
  test: {
    environment: 'happy-dom',
    // Property tests and jsdom fixtures are CPU-bound; on a busy 2-core machine 5 s is not enough.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    setupFiles: ['tests/setup.ts'],
    // The CLI tests run the compiled CLI (dist/cli.js).
    globalSetup: ['tests/cli/build-cli.ts'],
    // Only unit tests: Playwright specs live in tests/e2e and run in real Chromium.
    include: ['tests/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**'],
  },
});
