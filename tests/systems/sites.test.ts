import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES } from '../../lib/systems';

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

describe('with no pack chosen in Options', () => {
  it("another state's Virtual OneStop or JobLink gets the WIOA baseline; other systems Missouri's, as before", async () => {
    const { packIdFor } = await import('../../lib/pack-for');
    const { DEFAULT_SETTINGS } = await import('../../lib/settings');
    expect(DEFAULT_SETTINGS.pack).toBeNull();
    expect(packIdFor('vos', DEFAULT_SETTINGS, 'https://www.workintexas.com/vosnet/Default.aspx')).toBe('wioa-baseline');
    expect(packIdFor('ajl', DEFAULT_SETTINGS, 'https://www.kansasworks.com/ada/r/')).toBe('wioa-baseline');
    expect(packIdFor('vos', DEFAULT_SETTINGS, 'https://app-jobs.mo.gov/vosnet/Default.aspx')).toBe('mo-dwd-toolbox');
    expect(packIdFor('generic', DEFAULT_SETTINGS, 'https://cases.example.org/note')).toBe('mo-dwd-toolbox');
  });
});

describe("a test build's demo Virtual OneStop stands in for MoJobs", () => {
  it('only in test and development builds, and only for the demo VOS pages', async () => {
    const { packIdFor } = await import('../../lib/pack-for');
    const { sitesFor } = await import('../../lib/systems');
    const { DEFAULT_SETTINGS } = await import('../../lib/settings');
    const settings = { ...DEFAULT_SETTINGS, pack: 'mn-wf1' as const };
    const demoVos = 'http://127.0.0.1:4817/vosnet/case/Individual.aspx?id=4417730';
    expect(packIdFor('vos', settings, demoVos, sitesFor('test'))).toBe('mo-dwd-toolbox');
    expect(packIdFor('ajl', settings, 'http://127.0.0.1:4817/ajl/jobseekers/880412/programs/wioa-adult', sitesFor('test'))).toBe('mn-wf1');
    // A production build knows no demo: a local server's /vosnet/ is any other site.
    expect(packIdFor('vos', settings, demoVos, sitesFor('production'))).toBe('mn-wf1');
  });
});
