/**
 * Chrome's offscreen document's shell (entrypoints/left-page/main.ts), wired to WXT's fake browser: it
 * reads a left page for the extension's own background only, never for a tab's content script or another
 * extension, leaves every other message to other listeners, and a read that fails is an answer in words.
 * What it reads is tested in tests/entrypoints/background/left-page.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LEFT_PAGE_TARGET, type LeftPageJob } from '../../../entrypoints/left-page/read';

const URL_ = 'https://demo.toolbox.mo.gov/toolbox/participant?id=100234';
const job = (html: string): LeftPageJob => ({ target: LEFT_PAGE_TARGET, html, url: URL_, customSites: [], sites: ['https://*.toolbox.mo.gov/*'] });
const participantPage = () => readFileSync(join(process.cwd(), 'tests/fixtures/toolbox/participant.html'), 'utf8');

/** Sends `message` as `sender` and returns what the document answered through sendResponse (undefined: nothing). */
async function send(message: unknown, sender: Record<string, unknown>): Promise<unknown> {
  let answer: unknown;
  const sendResponse = (a: unknown) => void (answer = a);
  // The fake's trigger passes every argument on; its type knows only (message, sender).
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger(message, sender, sendResponse);
  return answer;
}
const background = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') });

beforeEach(async () => {
  // Its listener is added when the module runs: once per test, after the fake browser is reset.
  vi.resetModules();
  await import('../../../entrypoints/left-page/main');
});

describe("the offscreen document's shell", () => {
  it("reads a left page for the extension's own background", async () => {
    const answer = (await send(job(participantPage()), background())) as { read: { system: string; participant: { id: string } } };
    expect(answer.read.system).toBe('toolbox');
    expect(answer.read.participant.id).toBe('100234');
  });

  it("answers no tab's content script and no other extension", async () => {
    expect(await send(job(participantPage()), { ...background(), tab: { id: 5 }, url: URL_ })).toBeUndefined();
    expect(await send(job(participantPage()), { id: 'another-extension' })).toBeUndefined();
  });

  it('leaves a message not meant for it to other listeners', async () => {
    expect(await send({ kind: 'page-read' }, background())).toBeUndefined();
    expect(await send(null, background())).toBeUndefined();
  });

  it('says in words why a page could not be read', async () => {
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString(): never {
          throw new Error('The page is too large to parse.');
        }
      },
    );
    try {
      expect(await send(job(participantPage()), background())).toEqual({ error: 'The page is too large to parse.' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
