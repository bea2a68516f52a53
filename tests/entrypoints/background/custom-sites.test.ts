/** Custom sites (entrypoints/background/custom-sites.ts): the content script is registered for the granted ones, and for no other. */
import { describe, expect, it } from 'vitest';
import { customSites } from '../../../entrypoints/background/custom-sites';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { stubUnimplemented } from './fake-background';

const withSites = (...patterns: string[]): Settings => ({ ...DEFAULT_SETTINGS, customSites: patterns.map((pattern) => ({ pattern })) }) as Settings;

describe('custom sites', () => {
  it('registers the stub in every frame of the sites the user granted, and drops a site once its grant is gone', async () => {
    const seen = stubUnimplemented();
    seen.granted.push('https://cases.agency.example/*');
    let settings = withSites('https://cases.agency.example/*', 'https://other.example/*');
    const sync = customSites(async () => settings);
    sync();
    await expect.poll(() => seen.registered).toEqual([
      { id: 'custom-sites', matches: ['https://cases.agency.example/*'], js: ['content-scripts/content.js'], allFrames: true, runAt: 'document_end', persistAcrossSessions: true },
    ]);
    seen.granted.push('https://other.example/*');
    sync();
    await expect.poll(() => seen.registered.map((s) => s.matches)).toEqual([['https://cases.agency.example/*', 'https://other.example/*']]);
    settings = withSites('https://other.example/*');
    seen.granted.splice(0);
    sync();
    await expect.poll(() => seen.registered).toEqual([]);
  });
});
