/**
 * Which participant links we keep and open. A link is read from a host page
 * and later opened from the popup, outside that page, with the extension's
 * authority: a page that could store `javascript:`, `data:`, `file:` or a
 * look-alike address would get the popup to open it. So a link is kept only
 * when it is an ordinary web address on the very origin the page was read
 * from (scheme, host and port), with no user name or password in it, and
 * plain `http:` only on a site the extension was told to run on over http (a
 * site the user added; the demo host in a test build). Anything else becomes
 * "no link": the participant is still recorded. Pure.
 */
import { matchesUrl } from './custom-site';

/** Longer than any system's participant address; a longer one is not a link we follow. */
const MAX_LINK_CHARS = 2_048;

export interface LinkContext {
  /** The address of the page the link was read from. */
  pageUrl: string;
  /**
   * Match patterns of the sites the extension runs on (the build's own and the
   * user's). Only these can make plain `http:` acceptable; `https:` needs none.
   */
  sites?: readonly string[];
}

/** An absolute http(s) URL without credentials, or null. */
function webUrl(link: string, base?: string): URL | null {
  if (link.length > MAX_LINK_CHARS) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(link) : new URL(link, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return url;
}

const onAnySite = (url: URL, sites: readonly string[]) => sites.some((pattern) => matchesUrl(pattern, url.href));

/**
 * A link read from a page, resolved against that page, if it may be stored:
 * https (or http on one of `sites`) and on the page's own origin. Null otherwise.
 */
export function participantLink(link: string | null | undefined, ctx: LinkContext): string | null {
  if (!link) return null;
  const page = webUrl(ctx.pageUrl);
  const url = webUrl(link.trim(), ctx.pageUrl);
  if (!page || !url) return null;
  // Same origin: scheme, host (after IDN and case normalisation) and port.
  if (url.protocol !== page.protocol || url.host !== page.host) return null;
  if (url.protocol === 'http:' && !onAnySite(page, ctx.sites ?? [])) return null;
  return url.href;
}

/**
 * A stored link, checked again just before it is opened: https or http on one
 * of the sites the extension runs on (`sites`: the build's and the user's
 * patterns). Links stored by older versions, or written past the checks
 * above, are refused here. Null: do not open.
 */
export function openableLink(link: string | null | undefined, sites: readonly string[]): string | null {
  if (!link) return null;
  const url = webUrl(link);
  if (!url || !onAnySite(url, sites)) return null;
  return url.href;
}
