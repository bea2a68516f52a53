import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES } from '../../lib/sites';

describe('built-in sites', () => {
  it('never asks for every site up front', () => {
    expect(BUILT_IN_MATCHES).not.toContain('<all_urls>');
    for (const pattern of BUILT_IN_MATCHES) expect(pattern).not.toMatch(/^\*:\/\/\*\//);
  });
});

describe("a built-in site's own state pack", () => {
  it('MoJobs pages are checked against Missouri policy whatever pack Options names for other sites', async () => {
    const { packIdFor } = await import('../../lib/pack-for');
    const { DEFAULT_SETTINGS } = await import('../../lib/settings');
    const settings = { ...DEFAULT_SETTINGS, pack: 'mn-wf1' as const };
    expect(packIdFor('vos', settings, 'https://app-jobs.mo.gov/vosnet/case/Individual.aspx')).toBe('mo-dwd-toolbox');
    // Another state's Virtual OneStop follows Options.
    expect(packIdFor('vos', settings, 'https://www.workintexas.com/vosnet/Default.aspx')).toBe('mn-wf1');
    expect(packIdFor('vos', settings, 'https://app-jobs.mo.gov.evil.example/vosnet/')).toBe('mn-wf1');
  });
});

describe("other states' platform sites offered in Options", () => {
  it('each names one https origin, never a wildcard host, and none repeats a built-in site', async () => {
    const { PLATFORM_SITES } = await import('../../lib/sites');
    const { matchPatternError } = await import('../../lib/adapters');
    for (const site of PLATFORM_SITES) {
      expect(matchPatternError(site.pattern), site.label).toBeNull();
      expect(site.pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(BUILT_IN_MATCHES).not.toContain(site.pattern);
    }
    expect(new Set(PLATFORM_SITES.map((s) => s.pattern)).size).toBe(PLATFORM_SITES.length);
  });
});
