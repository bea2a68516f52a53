/**
 * Reads a page its frame left before the reader it asked for arrived (lib/gate: 'page-left'). Firefox's
 * background page can parse it itself; Chrome's service worker has no DOM, so there an offscreen document
 * (entrypoints/left-page/) does, made when first needed and closed once no read has needed it for a while
 * (lib/idle-document.ts).
 */
import { browser } from '#imports';
import { idleDocument } from '../../lib/idle-document';
import type { Settings } from '../../lib/settings';
import { LEFT_PAGE_TARGET, readLeftHtml, type LeftPageJob } from '../left-page/read';

const OFFSCREEN_URL = '/left-page.html';
/**
 * Closed this long after the last read ends: a click-through reads many pages in a row, and then it is not kept.
 * Shorter than the 30 s Chrome lets an idle service worker live, so the worker is still there to close it.
 */
export const IDLE_MS = 15_000;

type Offscreen = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};

export function leftPageReader(sites: readonly string[]) {
  const offscreen = (browser as unknown as { offscreen?: Offscreen }).offscreen;
  const offscreenDoc = offscreen
    ? idleDocument(
        {
          create: () =>
            offscreen
              .createDocument({ url: OFFSCREEN_URL, reasons: ['DOM_PARSER'], justification: 'Reads a case-management page that was left before it was read.' })
              // One offscreen document per extension: one made by an earlier worker is still there, and is used.
              .catch((error: unknown) => {
                if (!/single offscreen/i.test(String(error))) throw error;
              }),
          close: () => offscreen.closeDocument(),
        },
        IDLE_MS,
      )
    : null;
  // A document an earlier worker left open (it was stopped before its own timer ran) is closed too.
  if (offscreenDoc && typeof DOMParser !== 'function') offscreenDoc.closeWhenIdle();

  return async function readLeftPage(html: string, url: string, settings: Settings): Promise<unknown> {
    const job: LeftPageJob = { target: LEFT_PAGE_TARGET, html, url, customSites: settings.customSites, sites: [...sites] };
    if (typeof DOMParser === 'function') return readLeftHtml(job);
    if (!offscreenDoc) throw new Error('No DOM here to read a page in.');
    return offscreenDoc.use(async () => {
      const answer = (await browser.runtime.sendMessage(job)) as { read?: unknown; error?: string } | undefined;
      if (!answer || answer.error) throw new Error(answer?.error ?? 'The page reader did not answer.');
      return answer.read;
    });
  };
}
