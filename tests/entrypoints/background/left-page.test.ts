/**
 * Reading a page left before its reader came (entrypoints/background/left-page.ts): where there is a DOM
 * (Firefox's background page) it is read here; where there is none (Chrome's service worker) an offscreen
 * document reads it, made once when first needed and closed once idle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDLE_MS, leftPageReader } from '../../../entrypoints/background/left-page';
import { LEFT_PAGE_TARGET } from '../../../entrypoints/left-page/read';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const URL_ = 'https://demo.toolbox.mo.gov/toolbox/participant?id=100234';
const html = () => readFileSync(join(process.cwd(), 'tests/fixtures/toolbox/participant.html'), 'utf8');

/** A browser with no DOMParser (Chrome's service worker), and an offscreen API that records what it was asked. */
function serviceWorker(createError?: Error) {
  vi.stubGlobal('DOMParser', undefined);
  const calls: string[] = [];
  (fakeBrowser as unknown as { offscreen: unknown }).offscreen = {
    createDocument: async ({ url }: { url: string }) => {
      calls.push(`create ${url}`);
      if (createError) throw createError;
    },
    closeDocument: async () => void calls.push('close'),
  };
  const jobs: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(((job: unknown) => {
    jobs.push(job);
    return Promise.resolve({ read: { system: 'toolbox', fromOffscreen: true } });
  }) as never);
  return { calls, jobs };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete (fakeBrowser as unknown as { offscreen?: unknown }).offscreen;
});

describe('a page left before its reader came', () => {
  it('is read here where there is a DOM, as the reader would have', async () => {
    const read = (await leftPageReader(['https://*.toolbox.mo.gov/*'])(html(), URL_, DEFAULT_SETTINGS)) as { system: string; participant: { id: string } };
    expect(read.system).toBe('toolbox');
    expect(read.participant.id).toBe('100234');
  });

  it('is read by one offscreen document where there is none, closed once idle after its last read', async () => {
    const { calls, jobs } = serviceWorker();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const read = leftPageReader(['https://*.toolbox.mo.gov/*']);
    expect(await read('<html>1</html>', URL_, DEFAULT_SETTINGS)).toEqual({ system: 'toolbox', fromOffscreen: true });
    await read('<html>2</html>', URL_, DEFAULT_SETTINGS);
    expect(calls).toEqual(['create /left-page.html']);
    expect(jobs).toEqual([
      { target: LEFT_PAGE_TARGET, html: '<html>1</html>', url: URL_, customSites: [], sites: ['https://*.toolbox.mo.gov/*'] },
      { target: LEFT_PAGE_TARGET, html: '<html>2</html>', url: URL_, customSites: [], sites: ['https://*.toolbox.mo.gov/*'] },
    ]);
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(calls).toEqual(['create /left-page.html']);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['create /left-page.html', 'close']);
    // The next page left opens one again.
    await read('<html>3</html>', URL_, DEFAULT_SETTINGS);
    expect(calls).toEqual(['create /left-page.html', 'close', 'create /left-page.html']);
  });

  it('uses the offscreen document an earlier service worker left open', async () => {
    const { jobs } = serviceWorker(new Error('Only a single offscreen document may be created.'));
    expect(await leftPageReader([])('<html></html>', URL_, DEFAULT_SETTINGS)).toEqual({ system: 'toolbox', fromOffscreen: true });
    expect(jobs).toHaveLength(1);
  });
});

const PAGE: string = 'https://demo.toolbox.mo.gov/toolbox/participant?id=100234';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Chrome's offscreen API and the document behind it, as the service worker sees them. */
function fakeChrome() {
  const log: string[] = [];
  let exists = false;
  const answers: { resolve(): void }[] = [];
  const offscreen = {
    closeGate: null as Promise<void> | null,
    createDocument: vi.fn(async () => {
      if (exists) throw new Error('Only a single offscreen document may be created.');
      exists = true;
      log.push('create');
    }),
    closeDocument: vi.fn(async () => {
      if (!exists) throw new Error('No current offscreen document.');
      log.push('closing');
      if (offscreen.closeGate) await offscreen.closeGate;
      exists = false;
      log.push('closed');
    }),
  };
  (fakeBrowser as unknown as { offscreen: typeof offscreen }).offscreen = offscreen;
  // The document answers each read when the test says so (a big page takes a while).
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => {
    if (!exists) throw new Error('Could not establish connection. Receiving end does not exist.');
    log.push('read');
    const answered = deferred();
    answers.push(answered);
    await answered.promise;
    if (!exists) throw new Error('The message port closed before a response was received.');
    return { read: { system: 'toolbox' } };
  });
  return {
    offscreen,
    log,
    leaveOpen: () => void (exists = true),
    isOpen: () => exists,
    /** Answers the oldest read still waiting. */
    answerNext: async () => {
      answers.shift()!.resolve();
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

describe("the offscreen document that reads pages left unread (Chrome's service worker)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // A service worker has no DOM: the offscreen document is the way.
    vi.stubGlobal('DOMParser', undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is made once for a run of reads and never closed while one is under way', async () => {
    const chrome = fakeChrome();
    const read = leftPageReader([]);
    const a = read('<html></html>', PAGE, DEFAULT_SETTINGS);
    const b = read('<html></html>', PAGE, DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(0);
    await chrome.answerNext();
    await expect(a).resolves.toEqual({ system: 'toolbox' });
    await vi.advanceTimersByTimeAsync(1_000);
    await chrome.answerNext();
    await expect(b).resolves.toEqual({ system: 'toolbox' });
    // A third page, a big one, is read while the first read's idle time runs out.
    await vi.advanceTimersByTimeAsync(IDLE_MS - 2_000);
    const c = read('<html></html>', PAGE, DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(chrome.isOpen(), 'closed under a read').toBe(true);
    await chrome.answerNext();
    await expect(c).resolves.toEqual({ system: 'toolbox' });
    expect(chrome.offscreen.createDocument).toHaveBeenCalledTimes(1);
    // Idle after the last read: closed.
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(chrome.isOpen()).toBe(false);
    expect(chrome.log).toEqual(['create', 'read', 'read', 'read', 'closing', 'closed']);
  });

  it('uses, and closes once idle, a document an earlier worker left open', async () => {
    const chrome = fakeChrome();
    chrome.leaveOpen();
    const read = leftPageReader([]);
    const a = read('<html></html>', PAGE, DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(0);
    await chrome.answerNext();
    await expect(a).resolves.toEqual({ system: 'toolbox' });
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(chrome.isOpen()).toBe(false);

    // A worker that starts and reads nothing still closes what its predecessor left.
    chrome.leaveOpen();
    leftPageReader([]);
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(chrome.isOpen()).toBe(false);
  });

  it('a read that comes while the idle document is being closed waits, then gets a new one', async () => {
    const chrome = fakeChrome();
    const read = leftPageReader([]);
    const a = read('<html></html>', PAGE, DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(0);
    await chrome.answerNext();
    await a;
    const slowClose = deferred();
    chrome.offscreen.closeGate = slowClose.promise;
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(chrome.log.at(-1)).toBe('closing');
    const b = read('<html></html>', PAGE, DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(0);
    slowClose.resolve();
    await vi.advanceTimersByTimeAsync(0);
    await chrome.answerNext();
    await expect(b).resolves.toEqual({ system: 'toolbox' });
    expect(chrome.log).toEqual(['create', 'read', 'closing', 'closed', 'create', 'read']);
  });
});
