/**
 * Reading a page left before its reader came (entrypoints/background/left-page.ts): where there is a DOM
 * (Firefox's background page) it is read here; where there is none (Chrome's service worker) an offscreen
 * document reads it, made once when first needed and closed once idle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { leftPageReader } from '../../../entrypoints/background/left-page';
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

  it('is read by one offscreen document where there is none, closed 30 s after its last read', async () => {
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
    vi.advanceTimersByTime(29_999);
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
