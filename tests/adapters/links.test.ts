// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { openableLink, participantLink } from '../../lib/adapters/links';

const PAGE = 'https://demo.toolbox.mo.gov/toolbox/caseload';
const AGENCY = 'http://cases.agency.example:8080/caseload';
/** The build's own sites plus one the user added over plain http. */
const SITES = ['https://*.toolbox.mo.gov/*', 'https://app-jobs.mo.gov/*', 'http://cases.agency.example/*'];

describe('participantLink: what a page may give us as a participant link', () => {
  const kept: [string, string, string][] = [
    ['a relative link on the same site', '/toolbox/participant?id=100234', 'https://demo.toolbox.mo.gov/toolbox/participant?id=100234'],
    ['an absolute https link on the same origin', 'https://demo.toolbox.mo.gov/toolbox/participant?id=1', 'https://demo.toolbox.mo.gov/toolbox/participant?id=1'],
    ['the host in capitals and spaces around it', '  HTTPS://DEMO.Toolbox.MO.gov/p?id=1 ', 'https://demo.toolbox.mo.gov/p?id=1'],
    ['an explicit default port', 'https://demo.toolbox.mo.gov:443/p', 'https://demo.toolbox.mo.gov/p'],
  ];
  it.each(kept)('keeps %s', (_, link, expected) => {
    expect(participantLink(link, { pageUrl: PAGE, sites: SITES })).toBe(expected);
  });

  const dropped: [string, string][] = [
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: with a tab and capitals', ' JaVa\tScript:alert(1)'],
    ['data: with a script', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['chrome:', 'chrome://settings/'],
    ['blob:', 'blob:https://demo.toolbox.mo.gov/0d4c3d1e-1111-2222-3333-444455556666'],
    ['another origin', 'https://evil.example/toolbox/participant?id=1'],
    ['a look-alike host', 'https://demo.toolbox.mo.gov.evil.example/p?id=1'],
    ['a look-alike host in Cyrillic', 'https://demo.toolbox.mo.gоv/p?id=1'],
    ['a protocol-relative link elsewhere', '//evil.example/p'],
    ['backslashes that lead elsewhere', 'https:\\\\evil.example\\p'],
    ['another port', 'https://demo.toolbox.mo.gov:8443/p'],
    ['a sibling subdomain', 'https://other.toolbox.mo.gov/p'],
    ['http on an https page', 'http://demo.toolbox.mo.gov/p'],
    ['a user name', 'https://demo.toolbox.mo.gov@evil.example/p'],
    ['credentials on the same host', 'https://user:secret@demo.toolbox.mo.gov/p'],
    ['an address too long to be one', `https://demo.toolbox.mo.gov/p?x=${'a'.repeat(3_000)}`],
    ['nothing', ''],
  ];
  it.each(dropped)('drops %s', (_, link) => {
    expect(participantLink(link, { pageUrl: PAGE, sites: SITES })).toBeNull();
  });

  it('keeps plain http only on a site the user added (or the test build runs on), same origin', () => {
    expect(participantLink('/p?id=7', { pageUrl: AGENCY, sites: SITES })).toBe('http://cases.agency.example:8080/p?id=7');
    expect(participantLink('/p?id=7', { pageUrl: AGENCY, sites: [] })).toBeNull();
    expect(participantLink('/p?id=7', { pageUrl: 'http://intranet.example/caseload', sites: SITES })).toBeNull();
    expect(participantLink('http://cases.agency.example:9090/p', { pageUrl: AGENCY, sites: SITES })).toBeNull();
  });

  it('keeps nothing from a page that is not itself on the web', () => {
    for (const pageUrl of ['about:blank', 'file:///home/cm/saved.html', 'data:text/html,x', 'not a url']) {
      expect(participantLink('https://demo.toolbox.mo.gov/p', { pageUrl, sites: SITES })).toBeNull();
    }
  });
});

describe('openableLink: what the popup opens', () => {
  it('opens https and http links on the sites the extension runs on', () => {
    expect(openableLink('https://demo.toolbox.mo.gov/toolbox/participant?id=1', SITES)).toBe('https://demo.toolbox.mo.gov/toolbox/participant?id=1');
    expect(openableLink('http://cases.agency.example:8080/p?id=7', SITES)).toBe('http://cases.agency.example:8080/p?id=7');
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'chrome://extensions',
    'https://evil.example/p',
    'https://toolbox.mo.gov.evil.example/p',
    'http://demo.toolbox.mo.gov/p',
    'https://user:pw@demo.toolbox.mo.gov/p',
    '/toolbox/participant?id=1',
    '',
  ])('refuses %s', (link) => {
    expect(openableLink(link, SITES)).toBeNull();
  });
  it('refuses everything when the extension runs nowhere', () => {
    expect(openableLink('https://demo.toolbox.mo.gov/p', [])).toBeNull();
    expect(openableLink(null, SITES)).toBeNull();
  });
});
