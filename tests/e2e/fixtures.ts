/**
 * Playwright fixtures: a fresh Chromium profile with the built extension
 * loaded (headless, Debian's /usr/bin/chromium) and the demo systems running.
 */
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, Frame, FrameLocator, Locator, Page, Worker } from '@playwright/test';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../demo/server';
import type { DemoServer } from '../demo/server';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-test', import.meta.url));

export function chromiumArgs(extDir: string): string[] {
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

export async function launchWithExtension(userDataDir: string, headless = true, extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:test\` first.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(extensionDir),
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The toolbar badge text, read in the extension's service worker. */
export async function badgeText(context: BrowserContext): Promise<string> {
  const worker = await extensionWorker(context);
  return (await worker.evaluate('chrome.action.getBadgeText({})')) as string;
}

type ExtensionGlobals = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Sends a typed message to the background from an extension page, as Options and the popup do. */
export function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage(m), message);
}

type Fixtures = {
  context: BrowserContext;
  page: Page;
  extensionId: string;
  demo: DemoServer;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  demo: async ({}, use) => {
    const server = await startDemoServer();
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cnc-profile-'));
    const context = await launchWithExtension(dir);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  extensionId: async ({ context }, use) => {
    const worker = await extensionWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export { expect };

/** The frame of the Toolbox frameset that holds the page content. */
export async function toolboxMain(page: Page): Promise<Frame> {
  await page.waitForSelector('frame[name="main"]', { state: 'attached' });
  const frame = page.frame({ name: 'main' });
  if (!frame) throw new Error('Toolbox main frame missing');
  return frame;
}

/**
 * The overlay host the content script adds to a page with a note field (on
 * <html>, outside the page's layout): underlines, the badge, cards and the panel.
 */
export const SIDEBAR = 'case-note-coach';

/** Opens the coach's panel from the badge at the note's corner (if it is not open already); returns the overlay. */
export async function openPanel(scope: Page | Frame | FrameLocator): Promise<Locator> {
  const host = scope.locator(SIDEBAR);
  const panel = host.locator('.cnc-sidebar');
  if (!(await panel.isVisible())) await host.locator('.cnc-badge').click();
  try {
    await expect(panel).toBeVisible();
  } catch (error) {
    // Says which way it failed: the click never reached the coach (aria-expanded false), the coach took it but the
    // panel is not shown (true), or the coach was bound again, closed (more than one overlay host, or none).
    const badges = await host.locator('.cnc-badge').evaluateAll((els) => els.map((el) => el.getAttribute('aria-expanded')));
    throw new Error(`The panel did not open after the badge click; badge aria-expanded per overlay host: ${JSON.stringify(badges)}`, { cause: error });
  }
  return host;
}

/** Every draft row in the extension's database, read straight from IndexedDB in the service worker. */
export async function draftRows(context: BrowserContext): Promise<{ key: string; text: string; contactType?: string | null; date?: string | null }[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('case-note-coach');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('drafts')) { db.close(); return resolve([]); }
      const req = db.transaction('drafts').objectStore('drafts').getAll();
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => reject(req.error);
    };
  })`);
}
