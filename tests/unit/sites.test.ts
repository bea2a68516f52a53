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
    const { packIdFor } = await import('../../lib/policy/for-system');
    const { DEFAULT_SETTINGS } = await import('../../lib/settings');
    const settings = { ...DEFAULT_SETTINGS, pack: 'mn-wf1' as const };
    expect(packIdFor('vos', settings, 'https://app-jobs.mo.gov/vosnet/case/Individual.aspx')).toBe('mo-dwd-toolbox');
    // Another state's Virtual OneStop follows Options.
    expect(packIdFor('vos', settings, 'https://www.workintexas.com/vosnet/Default.aspx')).toBe('mn-wf1');
    expect(packIdFor('vos', settings, 'https://app-jobs.mo.gov.evil.example/vosnet/')).toBe('mn-wf1');
  });
});
