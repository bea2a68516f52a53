/**
 * The Node.js README names and package.json's `engines` promise must be true
 * of what `npm ci` installs: every package in the lock accepts those versions,
 * apart from the dev tools the README names as warning (they declare a newer
 * Node than they need for what we use; the whole suite runs on the oldest).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// semver comes with npm's own tool chain in node_modules (eslint, jsdom and others depend on it).
const semver = createRequire(import.meta.url)('semver') as { satisfies(v: string, range: string): boolean; minVersion(range: string): { version: string } | null };

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string } | string[] }> };
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The oldest version of each Node line `engines` allows. */
function oldestOfEachLine(range: string): string[] {
  return range.split('||').map((part) => semver.minVersion(part.trim())?.version ?? part);
}

describe('the Node.js versions the project promises', () => {
  const range = pkg.engines?.node ?? '';

  it('are in package.json and the README says the same', () => {
    expect(range).not.toBe('');
    for (const version of oldestOfEachLine(range)) expect(readme).toContain(`Node.js ${version.replace(/\.0$/, '')}`);
  });

  it("are accepted by every installed package but the dev tools the README names as warning", () => {
    const refusing = new Set<string>();
    for (const [path, entry] of Object.entries(lock.packages)) {
      const node = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      // Optional native builds for other Node versions are skipped by npm, never installed broken.
      if (!path || !node || entry.optional) continue;
      for (const version of oldestOfEachLine(range)) if (!semver.satisfies(version, node)) refusing.add(path.replace(/^.*node_modules\//, ''));
    }
    const warned = [...refusing].sort();
    for (const name of warned) expect(readme, `README names ${name} among the EBADENGINE warnings`).toContain(`\`${name}\``);
  });
});
