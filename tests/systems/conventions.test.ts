// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestOf, renderFixtures } from '../fixtures/save-fixtures';
import { SYSTEM_IDS, SYSTEM_REGISTRY } from '../../lib/systems';
import { FIXTURES_DIR, fixtureFiles, testDataOf } from './fixtures';

const SYSTEMS = SYSTEM_IDS;

describe('adapter conventions', () => {
  it('every adapter has saved pages, broken ones included for the state systems', () => {
    for (const system of SYSTEMS) expect(fixtureFiles(system).length, system).toBeGreaterThan(3);
    for (const { id: system } of SYSTEM_REGISTRY.systems.filter((s) => s !== SYSTEM_REGISTRY.fallback)) {
      expect(fixtureFiles(system).some((f) => f.startsWith('broken-')), system).toBe(true);
    }
  });

  it("the saved pages are exactly what each system's demo renders (re-run save-fixtures.ts after changing the demo markup)", async () => {
    const fixtures = await renderFixtures();
    expect(Object.keys(fixtures).sort()).toEqual([...SYSTEMS].sort());
    for (const system of SYSTEMS) {
      expect([...(await testDataOf(system)).savedPages].sort(), `tests/fixtures/manifest.json for ${system}`).toEqual(fixtureFiles(system));
      expect(fixtureFiles(system)).toEqual(fixtures[system].map((f) => f.file).sort());
      for (const f of fixtures[system]) {
        expect(readFileSync(join(FIXTURES_DIR, system, f.file), 'utf8'), `${system}/${f.file}`).toBe(f.html);
      }
    }
    expect(readFileSync(join(FIXTURES_DIR, 'manifest.json'), 'utf8')).toBe(manifestOf(fixtures));
  });
});
