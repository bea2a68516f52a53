// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestOf, renderFixtures } from '../../fixtures/save-fixtures';
import { FIXTURES_DIR, fixtureFiles } from './fixtures';
import type { FixtureSystem } from './fixtures';

const SYSTEMS: FixtureSystem[] = ['toolbox', 'workforce-one', 'generic', 'vos', 'ajl'];

describe('adapter conventions', () => {
  it('every adapter has saved pages, broken ones included for the state systems', () => {
    for (const system of SYSTEMS) expect(fixtureFiles(system).length, system).toBeGreaterThan(3);
    for (const system of ['toolbox', 'workforce-one', 'vos', 'ajl'] as const) {
      expect(fixtureFiles(system).some((f) => f.startsWith('broken-')), system).toBe(true);
    }
  });

  it('the saved pages are exactly what save-fixtures.ts renders (re-run it after changing the demo markup)', () => {
    const fixtures = renderFixtures();
    for (const system of SYSTEMS) {
      expect(fixtureFiles(system)).toEqual(fixtures[system].map((f) => f.file).sort());
      for (const f of fixtures[system]) {
        expect(readFileSync(join(FIXTURES_DIR, system, f.file), 'utf8'), `${system}/${f.file}`).toBe(f.html);
      }
    }
    expect(readFileSync(join(FIXTURES_DIR, 'manifest.json'), 'utf8')).toBe(manifestOf(fixtures));
  });
});
