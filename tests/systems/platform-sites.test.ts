import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPatternError } from '../../lib/adapters';
import { BUILT_IN_MATCHES, isSystemId, systemOf } from '../../lib/systems';
import { PLATFORM_SITES, platformSites } from '../../lib/systems/platform-sites';
import type { StateSite } from '../../lib/systems/types';

// Vitest runs from the repository root (tests/vitest.config.ts sets root).
const SYSTEMS_DIR = join(process.cwd(), 'lib/systems');
const foldersWithStates = readdirSync(SYSTEMS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(SYSTEMS_DIR, d.name)).includes('states.ts'))
  .map((d) => d.name);

describe("other states' platform sites offered in Options", () => {
  it('each names one https origin, never a wildcard host, and none repeats a built-in site', () => {
    for (const site of PLATFORM_SITES) {
      expect(matchPatternError(site.pattern), site.label).toBeNull();
      expect(site.pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(BUILT_IN_MATCHES).not.toContain(site.pattern);
    }
    expect(new Set(PLATFORM_SITES.map((s) => s.pattern)).size).toBe(PLATFORM_SITES.length);
  });

  it("offers every state a system's folder lists (states.ts), under that system", async () => {
    expect(foldersWithStates.sort()).toEqual(['ajl', 'vos']);
    for (const folder of foldersWithStates) {
      expect(isSystemId(folder), `${folder} has states.ts but is not in the registry`).toBe(true);
      const { stateSites } = (await import(`../../lib/systems/${folder}/states.ts`)) as { stateSites: readonly StateSite[] };
      const offered = PLATFORM_SITES.filter((s) => s.platform === folder);
      expect(offered.map((s) => s.pattern).sort(), `${folder}/states.ts is not offered in Options`).toEqual(
        stateSites.map((s) => `https://${s.host}/*`).sort(),
      );
      expect(systemOf(folder).id).toBe(folder);
    }
  });

  it("lists the states by their codes, whichever system each runs", () => {
    const codes = PLATFORM_SITES.map((s) => s.state);
    expect(codes).toEqual([...codes].sort());
    expect(codes.slice(0, 4)).toEqual(['AK', 'AL', 'AR', 'AZ']);
    expect(PLATFORM_SITES.find((s) => s.state === 'AZ')).toEqual({
      state: 'AZ',
      label: 'Arizona Job Connection',
      platform: 'ajl',
      pattern: 'https://www.azjobconnection.gov/*',
    });
    expect(platformSites({ vos: [{ state: 'TX', label: 'WorkInTexas', host: 'www.workintexas.com' }], ajl: [{ state: 'KS', label: 'KANSASWORKS', host: 'www.kansasworks.com' }] })).toEqual([
      { state: 'KS', label: 'KANSASWORKS', platform: 'ajl', pattern: 'https://www.kansasworks.com/*' },
      { state: 'TX', label: 'WorkInTexas', platform: 'vos', pattern: 'https://www.workintexas.com/*' },
    ]);
  });
});
