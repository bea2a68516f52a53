/**
 * The repository documents itself: no file in it (README, ARCHITECTURE.md, comments, tests) sends
 * a reader to a document a clone does not have, such as a design note or policy copies kept beside
 * the checkout. The policies themselves are cited by their public names instead.
 */
// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What a pointer out of the repository looks like (written in pieces so this file does not match itself). */
const OUTSIDE = [new RegExp(['\\.\\.', 'shared\\b'].join('/')), new RegExp(['\\bdesign', 'md\\b'].join('\\.')), new RegExp(['\\/work', '(shared|wt|main)\\b'].join('/')), new RegExp(['\\bshared', '(notes|policies)\\b'].join('/'))];

const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|html|css|ya?ml|txt)$/;

/** Each `file:line` whose text points outside the repository. */
function pointersOut(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, text]) =>
    text
      .split('\n')
      .map((line, i) => [line, i + 1] as const)
      .filter(([line]) => OUTSIDE.some((p) => p.test(line)))
      .map(([, n]) => `${file}:${n}`),
  );
}

describe('the repository stands alone', () => {
  it('finds a pointer to a document outside the repository, and not a path of its own', () => {
    const up = ['..', 'shared', 'design'].join('/');
    expect(pointersOut({ 'README.md': `See ${up}.md for the design.`, 'lib/a.ts': "// see lib/shared/words.ts and docs/design-notes.txt" })).toEqual(['README.md:1']);
  });

  it('no tracked file points to a document outside the repository', () => {
    const root = process.cwd();
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => TEXT.test(f) && f !== 'package-lock.json');
    expect(tracked.length).toBeGreaterThan(100);
    expect(pointersOut(Object.fromEntries(tracked.map((f) => [f, readFileSync(join(root, f), 'utf8')])))).toEqual([]);
  });
});
