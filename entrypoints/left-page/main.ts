/**
 * Chrome's offscreen document (made by the background when first needed, entrypoints/background/left-page.ts):
 * it reads the HTML of a page left before its reader arrived, as the service worker has no DOM to do it in.
 * It answers the background only (an extension context, not a tab), and nothing else.
 */
import { browser } from '#imports';
import { LEFT_PAGE_TARGET, readLeftHtml, type LeftPageJob } from './read';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
  if ((message as Partial<LeftPageJob> | null)?.target !== LEFT_PAGE_TARGET) return;
  if (sender.id !== browser.runtime.id || sender.tab) return;
  try {
    sendResponse({ read: readLeftHtml(message as LeftPageJob) });
  } catch (error) {
    sendResponse({ error: error instanceof Error ? error.message : String(error) });
  }
});
