/**
 * The repository documents itself: no file in it (README, ARCHITECTURE.md, comments, tests) sends
 * a reader to a document a clone does not have, such as a design note or policy copies kept beside
 * the checkout. The policies themselves are cited by their public names instead. Nor does it say
 * which tracker item asked for a change (an issue or a review finding by its number): a comment or
 * a test name says what the code does. Notes in the corpora are data, not the project's words.
 */
// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What a pointer out of the repository looks like (written in pieces so this file does not match itself). */
const OUTSIDE = [new RegExp(['\\.\\.', 'shared\\b'].join('/')), new RegExp(['\\bdesign', 'md\\b'].join('\\.')), new RegExp(['\\/work', '(shared|wt|main)\\b'].join('/')), new RegExp(['\\bshared', '(notes|policies)\\b'].join('/'))];

/** What a pointer to a tracker item looks like (in pieces, as above). */
const TRACKER = [new RegExp(['\\bissue', '#?\\d{1,3}\\b'].join(' '), 'i'), new RegExp(['\\breview', 'R\\d+\\b'].join(' '), 'i'), new RegExp(['\\((?:R\\d{1,2}[,)]', '#\\d{1,2}\\b)'].join('|'))];
/** Case notes and pages kept as test data, whose words are their writers'. */
const DATA = /^tests\/(?:corpus|unseen)\/(?:dev|fresh|locked)\//;

const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|html|css|ya?ml|txt)$/;

/** Each `file:line` whose text points outside the repository. */
function pointersOut(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, text]) =>
    text
      .split('\n')
      .map((line, i) => [line, i + 1] as const)
      .filter(([line]) => OUTSIDE.some((p) => p.test(line)) || (!DATA.test(file) && TRACKER.some((p) => p.test(line))))
      .map(([, n]) => `${file}:${n}`),
  );
}

describe('the repository stands alone', () => {
  it('finds a pointer to a document outside the repository, and not a path of its own', () => {
    const up = ['..', 'shared', 'design'].join('/');
    expect(pointersOut({ 'README.md': `See ${up}.md for the design.`, 'lib/a.ts': "// see lib/shared/words.ts and docs/design-notes.txt" })).toEqual(['README.md:1']);
  });

  it('finds a pointer to a tracker item in the project\'s words, and not in a note kept as data or in an ID', () => {
    const [issue, review] = [['issue', '16'].join(' '), ['review', 'R32'].join(' ')];
    expect(pointersOut({
      'lib/a.ts': `// A reply is hers only when it answers ours (${review}).`,
      'tests/b.test.ts': `describe('real contacts the reader misses (${issue})', () => {});`,
      'lib/c.ts': '/** An ID as a page prints it: "(ID 5520913)", "(#66120)". */',
      'tests/corpus/fresh/d.ts': `note(MO, 'd-1', 'TC w/ cust: discussed ${issue} of her lease.')`,
    })).toEqual(['lib/a.ts:1', 'tests/b.test.ts:1']);
  });

  it('no tracked file points to a document outside the repository or to a tracker item', () => {
    const root = process.cwd();
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => TEXT.test(f) && f !== 'package-lock.json');
    expect(tracked.length).toBeGreaterThan(100);
    expect(pointersOut(Object.fromEntries(tracked.map((f) => [f, readFileSync(join(root, f), 'utf8')])))).toEqual([]);
  });
});
