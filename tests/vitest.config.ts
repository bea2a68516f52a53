import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    // Only unit tests: Playwright specs live in tests/e2e and run in real Chromium.
    include: ['tests/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**'],
  },
});
