/**
 * Reading the HTML of a page its frame left before the reader it asked for arrived (lib/gate: 'page-left'),
 * as the reader would have read it live. It needs a DOM to parse into: Firefox's background page has one,
 * Chrome's service worker has none and asks the offscreen document (./main.ts). DOMParser's documents are
 * inert: the page's scripts do not run and nothing it names is fetched.
 */
import type { PageRead } from '../../lib/adapters';
import type { Settings } from '../../lib/settings';
import { readPage } from '../../lib/systems';

/** Marks the background's request to the offscreen document, so no other message is taken for one. */
export const LEFT_PAGE_TARGET = 'case-note-coach.left-page';

export interface LeftPageJob {
  target: typeof LEFT_PAGE_TARGET;
  html: string;
  url: string;
  customSites: Settings['customSites'];
  sites: string[];
}

export function readLeftHtml(job: LeftPageJob): PageRead {
  const doc = new DOMParser().parseFromString(job.html, 'text/html');
  return readPage(doc, job.url, { customSites: job.customSites, sites: job.sites });
}
