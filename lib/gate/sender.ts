/**
 * Who sent a message, as the browser reports it (a page cannot forge these fields): one of our
 * own extension pages, a content script in one frame of one tab on a web page, or nobody we answer.
 */
import * as z from 'zod';

export interface Self {
  /** runtime.id */
  id: string;
  /** The extension's origin, e.g. `chrome-extension://<id>` (no trailing slash). */
  origin: string;
}

/** The parts of runtime.MessageSender the gate reads; the browser fills them, a page cannot. */
const senderSchema = z.looseObject({
  id: z.string().optional(),
  url: z.string().optional(),
  origin: z.string().optional(),
  tab: z.looseObject({ id: z.number().int().optional() }).optional(),
  frameId: z.number().int().optional(),
});

export type Caller = { channel: 'extension-page' } | { channel: 'content-script'; tabId: number; frameId: number; frame: string; url: URL };

/** scheme://host[:port]; also for chrome-extension: and moz-extension: URLs, whose `URL.origin` Node reports as "null". */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

const WEB = new Set(['https:', 'http:']);

/** The http(s) origin `origin` names, or null. */
function webOrigin(origin: string | undefined): string | null {
  if (!origin) return null;
  try {
    const url = new URL(origin);
    return WEB.has(url.protocol) ? originOf(url) : null;
  } catch {
    return null;
  }
}

export function identifySender(sender: unknown, self: Self): Caller | null {
  const parsed = senderSchema.safeParse(sender);
  if (!parsed.success) return null;
  const s = parsed.data;
  if (s.id !== self.id || !s.url) return null;
  let url: URL;
  try {
    url = new URL(s.url);
  } catch {
    return null;
  }
  if (originOf(url) === self.origin) return s.origin === undefined || s.origin === self.origin ? { channel: 'extension-page' } : null;
  const tabId = s.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (!WEB.has(url.protocol)) {
    // A blank frame (matchAboutBlank) is reported as about:blank whatever site made it: it stands for its
    // parent's origin, as the browser gives it, or for nobody (every site's blank frames would share one page).
    const parent = webOrigin(s.origin);
    if (!parent) return null;
    url = new URL(`${parent}/`);
  }
  const frameId = s.frameId ?? 0;
  return { channel: 'content-script', tabId, frameId, frame: `${tabId}:${frameId}`, url };
}
