/**
 * One home per concept: what the product decides in one place is not written again elsewhere,
 * where a copy could drift from it (two contact-type tables once gave "Home Visit" two answers).
 * Each concept below names its home and the shape a copy of it takes; a file other than the home
 * that writes that shape fails here, with the home to import from instead.
 */
// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Concept {
  what: string;
  home: string;
  /** What a copy looks like in source. */
  copy: RegExp;
  /** Files that may write the shape, each with why it is not a copy. */
  apart?: Record<string, string>;
}

const CONCEPTS: Concept[] = [
  {
    what: 'a letter or an e-mail is a written contact (isWritten)',
    home: 'lib/kinds.ts',
    copy: /=== '(letter|email)' \|\| [\w.]+ === '(letter|email)'/,
    apart: {
      'lib/text/event-types.ts': "a note's channels, where a text message is written too (isWrittenChannel): another concept",
      'lib/coach/stated-contact.ts': 'in the note frame, which carries no zod: importing lib/model.ts would bring it (tests/e2e/bundle-size.spec.ts)',
    },
  },
  { what: "zod's errors in words (zodIssues, zodPaths, describeZodError)", home: 'lib/zod-errors.ts', copy: /\.issues\b/ },
  { what: "the case manager's today, and calendar dates from an instant (today)", home: 'lib/dates.ts', copy: /Intl\.DateTimeFormat|toISOString\(\)\.slice\(0, 10\)|getFullYear\(\)/ },
  { what: 'reading a typed date (parseUsDate, readUsDate)', home: 'lib/dates.ts', copy: /function (parseUsDate|readUsDate)\b/ },
  { what: "the page's contact type in the product's terms (normaliseContactType)", home: 'lib/text/contact-type.ts', copy: /function normali[sz]eContactType\b/ },
  { what: "the user's and agency's settings (Settings)", home: 'lib/settings.ts', copy: /^\s*(export )?(type Settings =|interface Settings\b)/ },
  { what: "a rule's setting: a severity or off (ruleSettingSchema; RuleOverride and RuleSetting were once one enum under two names)", home: 'lib/policy/schema.ts', copy: /z\.enum\(\[\s*'off'/ },
  {
    what: "the note editor's elements the reader found (NoteEditorElements; the coach's EditorElements picks its fields from it)",
    home: 'lib/adapters/index.ts',
    copy: /interface \w*EditorElements\b(?! extends Pick<NoteEditorElements\b)/,
  },
];

const ROOTS = ['lib', 'components', 'entrypoints'];
const root = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) return sources(rel);
    return /\.tsx?$/.test(name) ? [rel] : [];
  });
}

/** Each `file:line` outside `home` whose code (comments left out) has the shape of a copy. */
function copiesOf(concept: Concept, files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, text]) =>
    file === concept.home || concept.apart?.[file]
      ? []
      : text
          .split('\n')
          .map((line, i) => [line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*?\*\//g, ''), i + 1] as const)
          .filter(([code]) => concept.copy.test(code))
          .map(([, n]) => `${file}:${n}`),
  );
}

const files = Object.fromEntries(ROOTS.flatMap(sources).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

describe('one home per concept', () => {
  it('finds a copy where one is written, and none in the home itself', () => {
    const written = CONCEPTS[0]!;
    expect(copiesOf(written, { 'lib/x.ts': "const w = t === 'letter' || t === 'email';", 'lib/kinds.ts': "return type === 'letter' || type === 'email';" })).toEqual(['lib/x.ts:1']);
    expect(copiesOf(written, { 'lib/x.ts': "// t === 'letter' || t === 'email'" })).toEqual([]);
    const editor = CONCEPTS.find((c) => c.home === 'lib/adapters/index.ts')!;
    expect(copiesOf(editor, { 'components/x.ts': 'export interface EditorElements {', 'components/y.ts': "interface EditorElements extends Pick<NoteEditorElements, 'date'> {" })).toEqual(['components/x.ts:1']);
    const settings = CONCEPTS.find((c) => c.home === 'lib/settings.ts')!;
    expect(copiesOf(settings, { 'lib/x.ts': "import { type Settings } from './settings';", 'lib/y.ts': 'export interface Settings {' })).toEqual(['lib/y.ts:1']);
  });

  for (const concept of CONCEPTS) {
    it(`writes ${concept.what} only in ${concept.home}`, () => {
      expect(files[concept.home], `${concept.home} is gone: say where the concept lives now`).toBeDefined();
      expect(copiesOf(concept, files)).toEqual([]);
    });
  }
});
