/**
 * Reads a page its frame left before the reader it asked for arrived (lib/gate: 'page-left'). Firefox's
 * background page can parse it itself; Chrome's service worker has no DOM, so there an offscreen document
 * (entrypoints/left-page/) does, made when first needed and closed once idle.
 */
import { browser } from '#imports';
import type { Settings } from '../../lib/settings';
import { LEFT_PAGE_TARGET, readLeftHtml, type LeftPageJob } from '../left-page/read';

const OFFSCREEN_URL = '/left-page.html';
/** Closed this long after its last read: a click-through reads many pages in a row, and then it is not kept. */
const IDLE_MS = 30_000;

type Offscreen = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};

export function leftPageReader(sites: readonly string[]) {
  let opening: Promise<void> | null = null;
  let open = false;
  let idle: ReturnType<typeof setTimeout> | undefined;

  async function viaOffscreen(job: LeftPageJob): Promise<unknown> {
    const offscreen = (browser as unknown as { offscreen?: Offscreen }).offscreen;
    if (!offscreen) throw new Error('No DOM here to read a page in.');
    clearTimeout(idle);
    if (!open) {
      opening ??= offscreen
        .createDocument({ url: OFFSCREEN_URL, reasons: ['DOM_PARSER'], justification: 'Reads a case-management page that was left before it was read.' })
        // One offscreen document per extension: one made by an earlier worker is still there.
        .catch((error: unknown) => {
          if (!/single offscreen/i.test(String(error))) throw error;
        })
        .then(() => void (open = true))
        .finally(() => (opening = null));
      await opening;
    }
    try {
      const answer = (await browser.runtime.sendMessage(job)) as { read?: unknown; error?: string } | undefined;
      if (!answer || answer.error) throw new Error(answer?.error ?? 'The page reader did not answer.');
      return answer.read;
    } finally {
      idle = setTimeout(() => {
        open = false;
        void offscreen.closeDocument().catch(() => undefined);
      }, IDLE_MS);
    }
  }

  return async function readLeftPage(html: string, url: string, settings: Settings): Promise<unknown> {
    const job: LeftPageJob = { target: LEFT_PAGE_TARGET, html, url, customSites: settings.customSites, sites: [...sites] };
    return typeof DOMParser === 'function' ? readLeftHtml(job) : viaOffscreen(job);
  };
}
