// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchesUrl, matchPatternError, sitePatternFrom, VALID_PATTERN } from '../../lib/adapters/custom-site';
import { customSiteSchema } from '../../lib/adapters/schema';

describe('custom site patterns', () => {
  it.each([
    'https://cases.example.gov/*',
    'https://*.example.gov/vosnet/*',
    '*://cases.example.gov/*',
    'http://127.0.0.1:4817/*',
    'file:///home/me/pages/*',
  ])('accepts %s', (pattern) => {
    expect(matchPatternError(pattern)).toBeNull();
    expect(customSiteSchema.safeParse({ pattern }).success).toBe(true);
  });

  it.each([
    ['<all_urls>', /not every site/],
    ['cases.example.gov', /Write it like https:\/\/cases.example.gov\/\*/],
    ['https://cases.example.gov', /Write it like/],
    ['ftp://cases.example.gov/*', /"ftp" is not a scheme/],
    ['https://cases.*.gov/*', /may only start with "\*\."/],
    ['https://*/*', /would match every site/],
    ['https:///*', /has no host/],
  ])('explains what is wrong with %s', (pattern, message) => {
    expect(matchPatternError(pattern)).toMatch(message);
    const parsed = customSiteSchema.safeParse({ pattern });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toMatch(message);
  });

  it('rejects an empty selector with a clear message', () => {
    const parsed = customSiteSchema.safeParse({ pattern: 'https://a.example.gov/*', selectors: { note: '  ' } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe('A selector cannot be empty.');
  });

  it.each([
    ['https://cases.example.gov/*', 'https://cases.example.gov/vosnet/Default.aspx?x=1', true],
    ['https://cases.example.gov/*', 'http://cases.example.gov/', false],
    ['*://cases.example.gov/*', 'http://cases.example.gov/a', true],
    ['https://*.example.gov/*', 'https://example.gov/a', true],
    ['https://*.example.gov/*', 'https://a.b.example.gov/a', true],
    ['https://*.example.gov/*', 'https://badexample.gov/a', false],
    ['https://cases.example.gov/vosnet/*', 'https://cases.example.gov/other/', false],
    ['https://cases.example.gov/*CaseNotes*', 'https://cases.example.gov/a/CaseNotes.aspx?id=1', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:4817/other/vos/CaseNotes.aspx', true],
    ['http://127.0.0.1:4817/*', 'http://127.0.0.1:9999/', false],
    ['https://cases.example.gov/*', 'not a url', false],
    ['garbage', 'https://cases.example.gov/', false],
  ])('%s covers %s: %s', (pattern, url, expected) => {
    expect(matchesUrl(pattern, url)).toBe(expected);
  });
});

describe('a case manager pastes a page address instead of a pattern', () => {
  it.each([
    ['https://cases.example.gov/app/participants/5521/notes?tab=new', 'https://cases.example.gov/*'],
    ['https://cases.example.gov', 'https://cases.example.gov/*'],
    ['  cases.example.gov/notes  ', 'https://cases.example.gov/*'],
    ['http://10.2.0.7:8080/cm/Default.aspx', 'http://10.2.0.7/*'],
  ])('%s becomes the whole site, %s', (typed, pattern) => {
    expect(sitePatternFrom(typed)).toBe(pattern);
    expect(matchPatternError(sitePatternFrom(typed))).toBeNull();
    expect(matchesUrl(sitePatternFrom(typed), typed.includes('://') ? typed.trim() : `https://${typed.trim()}`)).toBe(true);
  });

  it.each(['https://*.example.gov/vosnet/*', 'https://cases.example.gov/*', '<all_urls>', 'nonsense words', ''])('leaves a pattern (or what is no address) as typed: %s', (typed) => {
    expect(sitePatternFrom(typed)).toBe(typed.trim());
  });
});

describe('the pattern check the frames carry', () => {
  it.each([
    'https://cases.example.gov/*', 'https://*.example.gov/vosnet/*', '*://cases.example.gov/*', 'http://127.0.0.1:4817/*', 'http://127.0.0.1:*/*',
    'file:///home/me/pages/*', 'file:///a b/*', '<all_urls>', 'cases.example.gov', 'https://cases.example.gov', 'ftp://cases.example.gov/*',
    'https://cases.*.gov/*', 'https://*/*', 'https:///*', 'file://host/x', 'https://a.example.gov/a b', 'https://a.example.gov:123456/*',
    'https://a.example.gov/\nx', 'https://*.x/*', 'HTTPS://a.example.gov/*', 'https://a.example.gov:80/', 'https://exa*mple.gov/*', '',
  ])('accepts %j exactly when matchPatternError does', (pattern) => {
    expect(VALID_PATTERN.test(pattern)).toBe(matchPatternError(pattern) === null);
  });
});
