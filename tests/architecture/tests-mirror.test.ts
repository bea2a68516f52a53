/**
 * Tests mirror the code: a test sits where its code sits, with `lib/` left
 * out. `tests/caseload/drafts.test.ts` tests `lib/caseload/drafts.ts`,
 * `tests/components/options/...` tests `components/options/`, and a test
 * directly in tests/ is named after a file directly in lib/
 * (`tests/dates.test.ts` for `lib/dates.ts`), or after it and a topic
 * (`tests/dates-years.test.ts`). Inside a mirrored folder a test may also
 * cover what several of its files do together
 * (`tests/caseload/unknown-facts.test.ts`). Folders that test no one source
 * path (the browser specs, benchmarks, the labelled corpus and unseen pages, the demo site,
 * saved pages, the architecture and hardening checks) are left out, as are
 * shared helpers (files not named `*.test.ts`).
 */
// @vitest-environment node
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const APART = ['e2e', 'bench', 'corpus', 'unseen', 'demo', 'fixtures', 'architecture', 'hardening'];

const isTest = (name: string) => /\.test\.tsx?$/.test(name);

/** Where a test under tests/ should find its code, or null when it mirrors nothing that exists. */
function mirrored(test: string, exists: (path: string) => boolean): string | null {
  const parts = test.split('/');
  if (parts.length === 1) {
    // 'dates-years' names lib/dates-years.ts or, failing that, lib/dates.ts.
    const words = test.replace(/\.test\.tsx?$/, '').split('-');
    const names = words.map((_, i) => words.slice(0, words.length - i).join('-'));
    return names.flatMap((name) => [`lib/${name}.ts`, `lib/${name}.tsx`]).find(exists) ?? null;
  }
  const folder = parts.slice(0, -1).join('/');
  const code = /^(components|entrypoints)(\/|$)/.test(folder) ? folder : `lib/${folder}`;
  return exists(code) ? code : null;
}

function testsUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) return APART.includes(rel) ? [] : testsUnder(root, rel);
    return isTest(name) ? [rel] : [];
  });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

// Vitest runs from the repository root (tests/vitest.config.ts sets root).
const root = process.cwd();
const exists = (p: string) => existsSync(join(root, p));

describe('tests mirror the code', () => {
  it('finds the code a test mirrors, and nothing for a test that mirrors no code', () => {
    expect(mirrored('caseload/drafts.test.ts', exists)).toBe('lib/caseload');
    expect(mirrored('components/options/sections.test.tsx', exists)).toBe('components/options');
    expect(mirrored('entrypoints/background/wiring.test.ts', exists)).toBe('entrypoints/background');
    expect(mirrored('dates.test.ts', exists)).toBe('lib/dates.ts');
    expect(mirrored('dates-years.test.ts', exists)).toBe('lib/dates.ts');
    expect(mirrored('page-reporter.test.ts', exists)).toBe('lib/page-reporter.ts');
    expect(mirrored('unit/gate.test.ts', exists)).toBeNull();
    expect(mirrored('no-such-module.test.ts', exists)).toBeNull();
    expect(mirrored('lib/dates.test.ts', exists)).toBeNull();
  });

  it('puts every test where the code it tests is', () => {
    const strays = testsUnder(join(root, 'tests')).filter((t) => mirrored(t, exists) === null);
    // A stray: move it with `git mv` to tests/<the code's path without lib/>, or into a folder left out above if it tests no one place.
    expect(strays).toEqual([]);
  });

  it('keeps tests out of the code folders', () => {
    const inCode = ['lib', 'components', 'entrypoints'].flatMap((d) => filesUnder(join(root, d))).filter((f) => isTest(f));
    expect(inCode).toEqual([]);
  });
});
