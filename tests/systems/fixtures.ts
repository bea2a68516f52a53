/** Loads a saved page into jsdom at the URL it was saved from. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { z } from 'zod';
import type { SystemId } from '../../lib/systems';

// A string, not new URL(): test environments like happy-dom replace the URL global.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export type FixtureSystem = SystemId;

const manifest = z
  .record(z.string(), z.record(z.string(), z.string()))
  .parse(JSON.parse(readFileSync(join(FIXTURES_DIR, 'manifest.json'), 'utf8')));

/** The pages saved in tests/fixtures/<system>/, sorted. */
export function fixtureFiles(system: FixtureSystem): string[] {
  return readdirSync(join(FIXTURES_DIR, system))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function fixtureUrl(system: FixtureSystem, file: string): string {
  const url = manifest[system]?.[file];
  if (!url) throw new Error(`${system}/${file} is not in tests/fixtures/manifest.json; run save-fixtures.ts`);
  return url;
}

export function loadFixture(system: FixtureSystem, file: string): { doc: Document; url: string; dom: JSDOM } {
  const url = fixtureUrl(system, file);
  const dom = new JSDOM(readFileSync(join(FIXTURES_DIR, system, file), 'utf8'), { url });
  return { doc: dom.window.document, url, dom };
}

type Counts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * What the tests know of a system's saved pages: the pages themselves (tests/fixtures/<id>/, as
 * manifest.json lists them; its demo renders them, tests/demo/systems/<id>.ts) and, for a system
 * with selectors, how often each selector matches on each of them (`expectedMatches` in its
 * folder's selectors.ts, which the extension never carries).
 */
export async function testDataOf(system: string): Promise<{ savedPages: readonly string[]; expectedMatches: Counts | null }> {
  const selectors = (await import(`../../lib/systems/${system}/selectors.ts`).catch(() => ({}))) as { expectedMatches?: Counts };
  return { savedPages: Object.keys(manifest[system] ?? {}), expectedMatches: selectors.expectedMatches ?? null };
}
