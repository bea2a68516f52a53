/**
 * No dead exports: every name the shipped code (lib/, components/,
 * entrypoints/) exports is imported somewhere, tests included. A name only
 * its own file uses is not exported; one nothing uses is deleted.
 */
// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unusedExports } from './unused-exports';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('dead exports', () => {
  it('finds an export nothing imports, and sees named, namespace, re-exported and template imports as uses', () => {
    const root = mkdtempSync(join(tmpdir(), 'cnc-exports-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('lib/a.ts', 'export const used = 1;\nexport const dead = 2;\nexport type OnlyTests = number;\n');
    write('lib/b.ts', "import { used } from './a';\nimport * as all from './c';\nexport { shared } from './d';\nexport const b = used + all.c;\n");
    write('lib/c.ts', 'export const c = 3;\n');
    write('lib/d.ts', 'export const shared = 4;\n');
    write('lib/kinds/one/data.ts', 'export const fromTemplate = 5;\n');
    write('components/view.tsx', "import { b, shared } from '../lib/b';\nexport const v = () => import(`../lib/kinds/${'one'}/data.ts`).then(() => b + shared);\n");
    write('tests/a.test.ts', "import type { OnlyTests } from '../lib/a';\nimport { v } from '../components/view';\n");
    try {
      expect(unusedExports(root)).toEqual({ unused: ['lib/a.ts: dead'], testsOnly: ['lib/a.ts: OnlyTests', 'components/view.tsx: v'] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the shipped code exports nothing that nothing imports', () => {
    const { unused } = unusedExports(ROOT);
    expect(unused).toEqual([]);
  });
});
