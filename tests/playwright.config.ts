import { defineConfig } from '@playwright/test';
import type { Engine } from './e2e/driver/types';

// Debian's real Chromium and Firefox ESR with the built extension loaded; never a downloaded browser.
export default defineConfig<{ engine: Engine }>({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: false,
  // Two at a time: most of a browser test is waiting for the page, and CI has two cores.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'off',
  },
  // Chromium runs every spec; Firefox ESR (puppeteer-core) runs the cross-browser scenarios and its own policy test.
  projects: [
    { name: 'chromium', testIgnore: '**/firefox/**', use: { engine: 'chromium' } },
    { name: 'firefox', testMatch: ['**/cross/*.spec.ts', '**/firefox/*.spec.ts'], use: { engine: 'firefox' } },
  ],
});
