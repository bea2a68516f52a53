/**
 * A small browser-neutral driver, so one scenario runs in Chromium (through
 * Playwright) and in Firefox ESR (through puppeteer-core over WebDriver BiDi):
 * Playwright cannot drive Debian's Firefox, and puppeteer's Chromium support
 * would leave the existing Playwright specs behind. The scenarios only ever
 * ask for these few things; everything else is done in the page.
 */
export type Engine = 'chromium' | 'firefox';

/** An element found in a document (through open shadow roots). */
export interface El {
  click(): Promise<void>;
}

/** One document: a tab's top page or one of its frames. */
export interface Doc {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (its own world); `fn` must be self-contained. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The first element matching `css`, searched through open shadow roots, whose text includes `text`. */
  find(css: string, text?: string): Promise<El | null>;
}

export interface Tab extends Doc {
  /** The frame called `name` (Toolbox: banner, nav, main). */
  frame(name: string): Promise<Doc>;
  /** Types with the keyboard into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  /** A key or chord, Playwright-style: 'Tab', 'Control+z', 'Control+Shift+z'. */
  press(keys: string): Promise<void>;
  reload(): Promise<void>;
  /** Chooses a file in a file input, as the file picker would. */
  setFile(css: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  front(): Promise<void>;
  close(): Promise<void>;
}

/** A request the browser made, as the recording proxy saw it. */
export interface SeenRequest {
  method: string;
  /** Absolute URL; for HTTPS only `https://host:port` (the proxy sees the CONNECT, not the path). */
  url: string;
}

export interface Driver {
  engine: Engine;
  /** The browser's name and version, e.g. "firefox/153.8.0". */
  version: string;
  /** The built extension this browser runs (the test builds: .output/chrome-mv3-test or .output/firefox-mv3-test). */
  extensionDir: string;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  newTab(): Promise<Tab>;
  /** Opens the popup or the options page in a tab of its own. */
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Tab>;
  /** Every request the browser sent over the network since launch (the recording proxy's log). */
  requests: SeenRequest[];
  /** What the pages and content scripts wrote to the console since launch (kept to explain a failed step). */
  console: string[];
  close(): Promise<void>;
}
