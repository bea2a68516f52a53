/**
 * Fixtures for the scenarios that run in both browsers: the demo systems,
 * a recording proxy in front of them, and a fresh profile of the project's
 * browser (Chromium or Firefox ESR) with the built extension installed.
 */
import { test as base, expect } from '@playwright/test';
import { startDemoServer } from '../../demo/server';
import type { DemoServer } from '../../demo/server';
import { launchChromium } from '../driver/chromium';
import { launchFirefox } from '../driver/firefox';
import { startRecordingProxy } from '../driver/proxy';
import type { Driver, Engine } from '../driver/types';

export const test = base.extend<{ demo: DemoServer; driver: Driver }, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  // eslint-disable-next-line no-empty-pattern
  demo: async ({}, use) => {
    const server = await startDemoServer();
    await use(server);
    await server.close();
  },
  driver: async ({ engine, demo }, use) => {
    const proxy = await startRecordingProxy(demo.url);
    const driver = engine === 'firefox' ? await launchFirefox({ proxy }) : await launchChromium(proxy);
    await use(driver);
    await driver.close();
    await proxy.close();
  },
});

export { expect };
