/**
 * Sites an agency adds by hand: a match pattern (the same syntax the browser
 * uses for host permissions) and, optionally, the CSS selectors of the note
 * form, which win over the generic adapter's guesses.
 */
const SCHEMES = ['*', 'http', 'https', 'file'];

/**
 * What a case manager pastes is often a page's address, not a pattern: that page's whole site
 * (`https://cases.example.gov/app/notes?id=5` → `https://cases.example.gov/*`; the port is left
 * out, as browsers' site patterns ignore it). A pattern (with a `*`) or anything that is no
 * address is returned as typed, for `matchPatternError` to explain.
 */
export function sitePatternFrom(typed: string): string {
  const value = typed.trim();
  if (value.includes('*') || /\s/.test(value) || !value) return value;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`);
    return ['http:', 'https:'].includes(url.protocol) && url.hostname.includes('.') ? `${url.protocol}//${url.hostname}/*` : value;
  } catch {
    return value;
  }
}

/** Null when the pattern is usable; otherwise a sentence saying what to fix. */
export function matchPatternError(pattern: string): string | null {
  if (pattern === '<all_urls>') return 'A custom site must name its own address, not every site (<all_urls>).';
  const m = /^([^:/]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return `"${pattern}" is not a site pattern. Write it like https://cases.example.gov/* (scheme, host, then a path starting with /).`;
  const [, scheme = '', hostPort = '', path = ''] = m;
  if (!SCHEMES.includes(scheme)) return `"${scheme}" is not a scheme a site pattern can use; use https, http or *.`;
  if (scheme === 'file') return hostPort === '' ? null : 'A file:// pattern has no host: write file:///path/*.';
  if (hostPort === '') return `"${pattern}" has no host. Write it like https://cases.example.gov/*.`;
  const hm = /^(\*|\*\.[^*:/]+|[^*:/]+)(?::(\d{1,5}|\*))?$/.exec(hostPort);
  if (!hm) return `The host in "${pattern}" may only start with "*." (like *.example.gov); a "*" anywhere else is not allowed.`;
  const host = hm[1] ?? '';
  if (host === '*') return `"${pattern}" would match every site. Name the agency's host, like https://cases.example.gov/*.`;
  if (/\s/.test(path)) return `The path in "${pattern}" contains a space.`;
  return null;
}

/** An agency's own site (checked by customSiteSchema in schema.ts, which the settings use). */
export interface CustomSite {
  pattern: string;
  label?: string | undefined;
  selectors?:
    | {
        note?: string | undefined;
        date?: string | undefined;
        contactType?: string | undefined;
        submit?: string | undefined;
      }
    | undefined;
}

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const glob = (text: string) => new RegExp(`^${escapeRegex(text).replace(/\*/g, '.*')}$`);

/**
 * The patterns `matchPatternError` accepts, as one expression: the frames' reader matches pages
 * with it and so carries none of that function's sentences (tests/adapters/custom-site.test.ts holds the two together).
 */
export const VALID_PATTERN = /^(file:\/\/\/.*|(\*|https?):\/\/(\*\.[^*:/]+|[^*:/]+)(:(\d{1,5}|\*))?\/\S*)$/;

/** Whether `url` falls under `pattern`; an invalid pattern or URL matches nothing. */
export function matchesUrl(pattern: string, url: string): boolean {
  if (!VALID_PATTERN.test(pattern)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const m = /^([^:/]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme = '', hostPort = '', path = ''] = m;
  const urlScheme = parsed.protocol.replace(/:$/, '');
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  // Browsers match the path pattern against path plus query string.
  const pathAndQuery = parsed.pathname + parsed.search;
  if (scheme === 'file') return glob(path).test(pathAndQuery);
  const [host = '', port] = hostPort.split(':');
  const urlHost = parsed.hostname.toLowerCase();
  const want = host.toLowerCase();
  if (want.startsWith('*.')) {
    const base = want.slice(2);
    if (urlHost !== base && !urlHost.endsWith(`.${base}`)) return false;
  } else if (urlHost !== want) return false;
  // No port in the pattern means any port, as Chrome does.
  if (port !== undefined && port !== '*' && parsed.port !== port) {
    const defaultPort = urlScheme === 'https' ? '443' : '80';
    if (!(parsed.port === '' && port === defaultPort)) return false;
  }
  return glob(path).test(pathAndQuery);
}

/**
 * The one host a pattern names (`https://jobs.agency.example/*` → `jobs.agency.example`, with its port if it
 * names one), as a page's participant IDs are kept under it; null for a pattern that covers many hosts.
 */
export function patternHost(pattern: string): string | null {
  if (!VALID_PATTERN.test(pattern)) return null;
  const hostPort = /^[^:/]+:\/\/([^/]*)\//.exec(pattern)?.[1] ?? '';
  if (!hostPort || hostPort.includes('*')) return null;
  return hostPort.toLowerCase();
}

/** The first custom site whose pattern covers this page, if any. */
export function findCustomSite(sites: readonly CustomSite[] | undefined, url: string): CustomSite | undefined {
  return sites?.find((site) => matchesUrl(site.pattern, url));
}
