/** The driver over Playwright and Debian's Chromium, with the built extension loaded. */
import { chromium } from '@playwright/test';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, EXTENSION_DIR, extensionWorker } from '../fixtures';
import type { Doc, Driver, El, Tab } from './types';
import type { RecordingProxy } from './proxy';

function doc(frame: Frame | Page): Doc {
  return {
    goto: async (url) => void (await frame.goto(url)),
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg) as never,
    // A locator, found again at every try of the click, never a handle taken before: the coach's panel re-renders and
    // moves as checks come back, and a handle from the page's world had to be carried over to Playwright's own on
    // every try (which, in a frame, failed for good once: "Unable to adopt element handle from a different document").
    // Only a shown element counts, as for a user: the first visible match of `css` (through open shadow roots) with `text`.
    async find(css, text) {
      const shown = frame.locator(css).filter({ visible: true, ...(text !== undefined ? { hasText: text } : {}) }).first();
      if ((await shown.count()) === 0) return null;
      return { click: () => shown.click() } satisfies El;
    },
  };
}

function tab(page: Page): Tab {
  return {
    ...doc(page),
    async frame(name) {
      await page.waitForSelector(`frame[name="${name}"], iframe[name="${name}"]`, { state: 'attached' });
      const f = page.frame({ name });
      if (!f) throw new Error(`no frame ${name}`);
      return doc(f);
    },
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    reload: async () => void (await page.reload()),
    setFile: (css, file) => page.locator(css).setInputFiles(file),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Chromium's own calls home (form-field hints, component and extension updates,
 * Google sign-in), turned off so the proxy log holds only what pages and the
 * extension send.
 */
const QUIET = [
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,AccountConsistency,ChromeSignin',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
];

export async function launchChromium(proxy: RecordingProxy): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'cnc-driver-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    // Everything through the recording proxy, loopback included.
    args: [...chromiumArgs(EXTENSION_DIR), ...QUIET, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
  });
  const worker = await extensionWorker(context);
  const logged: string[] = [];
  context.on('console', (m) => void logged.push(`${m.type()} ${m.page()?.url() ?? ''}: ${m.text()}`));
  // URL.origin is "null" for chrome-extension: URLs in Node.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const agent = String(await worker.evaluate('navigator.userAgent'));
  const first = context.pages()[0];
  let firstUsed = false;
  const newPage = async () => {
    if (first && !firstUsed) {
      firstUsed = true;
      return first;
    }
    return context.newPage();
  };
  return {
    engine: 'chromium',
    version: `chromium/${/Chrome\/([\d.]+)/.exec(agent)?.[1] ?? '?'}`,
    extensionDir: EXTENSION_DIR,
    extensionOrigin: origin,
    newTab: async () => tab(await newPage()),
    async openExtensionPage(path) {
      const page = await newPage();
      await page.goto(`${origin}/${path}`);
      return tab(page);
    },
    requests: proxy.seen,
    console: logged,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
