// @vitest-environment node
/**
 * The Refined GitHub check: every selector an adapter relies on matches the
 * expected number of elements on every saved page of its system. When the
 * state changes its markup (and the fixtures are re-saved) this is the test
 * that says which selector broke.
 */
import { describe, expect, it } from 'vitest';
import { SYSTEM_REGISTRY } from '../../lib/systems';
import { fixtureFiles, loadFixture, testDataOf } from './fixtures';
import type { FixtureSystem } from './fixtures';

function checkSelectors(system: FixtureSystem, selectors: Readonly<Record<string, string>>, expected: Readonly<Record<string, Readonly<Record<string, number>>>>) {
  const files = fixtureFiles(system);
  const docs = new Map(files.map((file) => [file, loadFixture(system, file).doc]));

  it('lists an expectation for every selector, naming only fixtures that exist', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(selectors).sort());
    for (const counts of Object.values(expected)) for (const file of Object.keys(counts)) expect(files).toContain(file);
  });

  for (const [name, selector] of Object.entries(selectors)) {
    it(`finds ${name} (${selector}) as often as expected on every saved page`, () => {
      const actual = Object.fromEntries(files.map((file) => [file, docs.get(file)?.querySelectorAll(selector).length ?? -1]));
      const want = Object.fromEntries(files.map((file) => [file, expected[name]?.[file] ?? 0]));
      expect(actual).toEqual(want);
    });
  }
}

it('the state systems list their selectors', () => {
  const withSelectors = SYSTEM_REGISTRY.systems.filter((s) => s.selectors).map((s) => s.id);
  expect(withSelectors).toEqual(['toolbox', 'workforce-one', 'vos', 'ajl']);
});

for (const system of SYSTEM_REGISTRY.systems) {
  const { selectors } = system;
  if (!selectors) continue;
  // Kept in the system's folder beside its selectors, where the extension's bundle never picks it up.
  const { expectedMatches } = await testDataOf(system.id);
  describe(`${system.label} selectors on saved ${system.label} pages`, () => {
    it('has the expected match counts beside its selectors', () => expect(expectedMatches).not.toBeNull());
    checkSelectors(system.id, selectors, expectedMatches ?? {});
  });
}
