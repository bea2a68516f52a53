/**
 * The driver over puppeteer-core and Debian's Firefox ESR (WebDriver BiDi),
 * with the built add-on installed the way about:debugging would.
 *
 * Firefox specifics handled here:
 * - The moz-extension:// UUID is random per profile; the `extensions.webextensions.uuids`
 *   pref fixes it before launch so the popup and options pages have a known address.
 * - WebDriver BiDi refuses to navigate to moz-extension:// pages unless Firefox runs with
 *   --remote-allow-system-access, and even then it reports no navigation events for them:
 *   an extension page is opened, then waited for by asking the page itself.
 */
import puppeteer from 'puppeteer-core';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepFind } from './deep';
import type { Doc, Driver, El, Tab } from './types';
import type { RecordingProxy } from './proxy';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv3-test', import.meta.url));
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The id in wxt.config.ts (and the README's policies.json example). */
export const GECKO_ID = 'case-note-coach@example.org';
const UUID = 'c0ffee00-0023-4c4e-8a11-ca5e0707e500';

function doc(frame: Frame | Page): Doc {
  return {
    goto: async (url) => void (await frame.goto(url)),
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg as never) as never,
    async find(css, text) {
      const handle = await frame.evaluateHandle(deepFind, [css, text ?? null] as [string, string | null]);
      const el = handle.asElement();
      if (!el) return null;
      const target = el as unknown as { click(): Promise<void>; evaluate(fn: (e: Element) => void): Promise<void> };
      return {
        // puppeteer's BiDi click refuses some elements in a popover (top layer) it cannot locate on screen; the
        // element's own click() is the fallback there.
        // Scrolled into view first, as a user scrolls a panel shorter than its content: BiDi's click does not scroll
        // inside a popover's own scroll box, and clicked the point where the element would be.
        // Firefox ESR 140.12's BiDi has no "context" locator, which puppeteer's click uses for an element inside a
        // frame: there the mouse is moved to the element's centre in the top page's coordinates instead, so the
        // element is clicked (and focused) as a user's click would.
        click: async () => {
          await target.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
          await target.click().catch(async () => {
            const at = await (el as unknown as { evaluate<R>(fn: (e: Element) => R): Promise<R> }).evaluate(topCentre).catch(() => null);
            const page = 'page' in frame && typeof frame.page === 'function' ? frame.page() : (frame as Page);
            if (at) await page.mouse.click(at.x, at.y);
            else await target.evaluate((e) => (e as HTMLElement).click());
          });
        },
      } satisfies El;
    },
  };
}

/**
 * The centre of `e` in the top page's coordinates, through same-origin frames; null when a frame on the way is
 * cross-origin or the element's centre is covered by something else (then the element's own click() is used).
 */
function topCentre(e: Element): { x: number; y: number } | null {
  const r = e.getBoundingClientRect();
  let x = r.left + r.width / 2;
  let y = r.top + r.height / 2;
  const hit = e.getRootNode() instanceof ShadowRoot ? (e.getRootNode() as ShadowRoot).elementFromPoint(x, y) : document.elementFromPoint(x, y);
  if (!hit || !(hit === e || e.contains(hit))) return null;
  let w: Window = window;
  while (w !== w.parent) {
    const frameEl = w.frameElement;
    if (!frameEl) return null;
    const fr = frameEl.getBoundingClientRect();
    x += fr.left + frameEl.clientLeft;
    y += fr.top + frameEl.clientTop;
    w = w.parent;
  }
  return { x, y };
}

async function until<T>(probe: () => Promise<T | null>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An extension page has loaded when the page says so (BiDi sends no navigation events for it). */
async function extensionPageLoaded(page: Page, url: string, marker: string | null): Promise<void> {
  await until(
    () =>
      page
        .evaluate(
          ([u, m]) => location.href === u && document.readyState === 'complete' && (m === null || !(m in window)),
          [url, marker] as [string, string | null],
        )
        .then((ok) => (ok ? true : null)),
    url,
  );
}

function tab(page: Page, files: string, extensionUrl: string | null): Tab {
  return {
    ...doc(page),
    async frame(name) {
      return doc(await until(async () => {
        for (const f of page.frames()) if ((await f.evaluate(() => window.name).catch(() => '')) === name) return f;
        return null;
      }, `frame ${name}`));
    },
    type: (text) => page.keyboard.type(text),
    async press(keys) {
      const parts = keys.split('+');
      const key = parts.pop()!;
      for (const m of parts) await page.keyboard.down(m as never);
      await page.keyboard.press(key as never);
      for (const m of parts.reverse()) await page.keyboard.up(m as never);
    },
    async reload() {
      if (!extensionUrl) return void (await page.reload());
      await page.evaluate(() => {
        (window as unknown as { __cncOld: boolean }).__cncOld = true;
        location.reload();
      });
      await extensionPageLoaded(page, extensionUrl, '__cncOld');
    },
    async setFile(css, file) {
      const path = join(files, file.name);
      writeFileSync(path, file.buffer);
      const input = await page.$(css);
      if (!input) throw new Error(`no file input ${css}`);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export interface FirefoxOptions {
  proxy: RecordingProxy;
  /** Extra prefs (the policy test adds none; kept for diagnosis). */
  prefs?: Record<string, unknown>;
  /** A Firefox other than /usr/bin/firefox-esr, e.g. one with its own distribution/policies.json. */
  executablePath?: string;
}

export async function launchFirefox(options: FirefoxOptions): Promise<Driver> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built add-on at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:test\` first.`);
  }
  const files = mkdtempSync(join(tmpdir(), 'cnc-ff-files-'));
  const { proxy } = options;
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Everything through the recording proxy, loopback included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${UUID}`;
  const version = await browser.version();
  const logged: string[] = [];
  const listen = (page: Page) => page.on('console', (m) => void logged.push(`${m.type()} ${page.url()}: ${m.text()}`));
  browser.on('targetcreated', (target) => void target.page().then((p) => p && listen(p), () => undefined));
  const blank = (await browser.pages())[0];
  if (blank) listen(blank);
  let blankUsed = false;
  const newPage = async () => {
    if (blank && !blankUsed) {
      blankUsed = true;
      return blank;
    }
    return browser.newPage();
  };
  return {
    engine: 'firefox',
    version,
    extensionDir: FIREFOX_EXTENSION_DIR,
    extensionOrigin: origin,
    newTab: async () => tab(await newPage(), files, null),
    async openExtensionPage(path) {
      const page = await newPage();
      const url = `${origin}/${path}`;
      // The navigation starts; BiDi never reports it finished, so the page is asked instead.
      await page.goto(url, { timeout: 300 }).catch(() => undefined);
      await extensionPageLoaded(page, url, null);
      return tab(page, files, url);
    },
    requests: proxy.seen,
    console: logged,
    async close() {
      await browser.close();
      rmSync(files, { recursive: true, force: true });
    },
  };
}
