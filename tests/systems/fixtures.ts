/** Loads a saved page into jsdom at the URL it was saved from. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { z } from 'zod';
import { SYSTEM_REGISTRY, type SystemId } from '../../lib/systems';

// A string, not new URL(): test environments like happy-dom replace the URL global.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export type FixtureSystem = SystemId;

const manifest = z
  .record(z.string(), z.record(z.string(), z.string()))
  .parse(JSON.parse(readFileSync(join(FIXTURES_DIR, 'manifest.json'), 'utf8')));

/** The saved pages a system lists (its `fixtures`, lib/systems/<id>/), sorted. */
export function fixtureFiles(system: FixtureSystem): string[] {
  return [...SYSTEM_REGISTRY.fixtures[system]].sort();
}

/** The pages saved in tests/fixtures/<system>/. */
export function savedFixtureFiles(system: FixtureSystem): string[] {
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
