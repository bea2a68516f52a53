// @vitest-environment node
/**
 * The Refined GitHub check: every selector an adapter relies on matches the
 * expected number of elements on every saved page of its system. When the
 * state changes its markup (and the fixtures are re-saved) this is the test
 * that says which selector broke.
 */
import { describe, expect, it } from 'vitest';
import { expectedMatches as toolboxExpected, toolboxSelectors } from '../../../lib/adapters/toolbox/selectors';
import { expectedMatches as wf1Expected, wf1Selectors } from '../../../lib/adapters/workforce-one/selectors';
import { expectedMatches as vosExpected, vosSelectors } from '../../../lib/adapters/vos';
import { ajlSelectors, expectedMatches as ajlExpected } from '../../../lib/adapters/ajl';
import { fixtureFiles, loadFixture } from './fixtures';
import type { FixtureSystem } from './fixtures';

function checkSelectors(system: FixtureSystem, selectors: Record<string, string>, expected: Record<string, Record<string, number>>) {
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

describe('Toolbox selectors on saved Toolbox pages', () => {
  checkSelectors('toolbox', toolboxSelectors, toolboxExpected);
});

describe('Workforce One selectors on saved Workforce One pages', () => {
  checkSelectors('workforce-one', wf1Selectors, wf1Expected);
});

describe('Virtual OneStop selectors on saved VOS pages', () => {
  checkSelectors('vos', vosSelectors, vosExpected);
});

describe("America's JobLink selectors on saved AJL pages", () => {
  checkSelectors('ajl', ajlSelectors, ajlExpected);
});
