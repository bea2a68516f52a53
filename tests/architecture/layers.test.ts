/**
 * The code keeps its floors (ARCHITECTURE.md, "Layers"): no file imports its
 * way round a loop back to itself, and no module imports one on its own
 * floor or above it. A new module is added to FLOORS where what it imports
 * puts it; a failure here names the import that runs the wrong way.
 */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, readImportGraph, resolveImport, type Edge } from './import-graph';

/**
 * Lowest floor first. A module is a folder directly under lib/ or a file
 * directly in lib/ (without .ts), or the whole of components/ or entrypoints/.
 * A module imports only modules on lower floors; modules on one floor are
 * independent of each other.
 */
const FLOORS: readonly (readonly string[])[] = [
  // The vocabulary's fixed lists (contact types, parties, severities) as plain constants, without zod.
  ['lib/kinds'],
  // The shared vocabulary: types and zod schemas every layer speaks, and zod's errors in words.
  ['lib/model', 'lib/zod-errors'],
  // Calendar dates: parse, format, today, day arithmetic; the host's note box as the coach
  // reads, edits and draws over it (plain DOM, no extension APIs).
  ['lib/dates', 'lib/overlay'],
  // How the product words severities, counts, due days, dates and names for people; how a spreadsheet
  // saved a file's bytes and dates (shared by the caseload import and the command-line tools).
  ['lib/words', 'lib/spreadsheet'],
  // Reading a note's words; due dates from contacts; note templates; keeping a draft of a note form and offering it back;
  // sending a page read until the background has it; telling a page worth reading by its markers;
  // keeping the document a left page is read in open on demand and closing it once idle.
  ['lib/text', 'lib/schedule', 'lib/templates', 'lib/drafts', 'lib/page-reporter', 'lib/page-markers', 'lib/idle-document'],
  // Reading a system's pages; the shape of a policy pack and what qualifies under one; the note
  // coach's parts (when to check, running a check, the save guard, putting a template in, notices).
  ['lib/adapters', 'lib/policy', 'lib/coach'],
  // The policy packs, one file each, and their registry; the checks on a note; the caseload database.
  ['lib/packs', 'lib/rules', 'lib/db'],
  // The user's and agency's settings (a pack id among them); the system registry: each system's
  // detection, reader, sites, names and default pack, and reading any page with them.
  ['lib/settings', 'lib/systems'],
  // The pack a page is checked against under the settings; the messages between the extension's parts;
  // the agency-policy schema; the command line.
  // What the content script does in a frame (the stub's look for signs, the reader), without extension APIs.
  ['lib/pack-for', 'lib/messages', 'lib/managed-schema', 'lib/cli', 'lib/frame'],
  // The caseload service behind the background; who may send the background what.
  ['lib/caseload', 'lib/gate'],
  // Preact components: render what they are given, never call browser.*.
  ['components'],
  // The shells: background, content script, popup, options.
  ['entrypoints'],
];

const ROOTS = ['lib', 'components', 'entrypoints'];

/** The module a file belongs to: 'lib/rules' for lib/rules/define.ts, 'lib/dates' for lib/dates.ts, 'components' for components/Sidebar.tsx. */
function moduleOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'lib') return parts[0]!;
  return parts.length > 2 ? `lib/${parts[1]}` : file.replace(/\.tsx?$/, '');
}

const floorOf = new Map(FLOORS.flatMap((mods, floor) => mods.map((m) => [m, floor] as const)));

/** Imports between modules that do not go strictly down a floor. */
function wrongWay(edges: readonly Edge[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const [a, b] = [moduleOf(from), moduleOf(to)];
    if (a === b) return [];
    const [fa, fb] = [floorOf.get(a), floorOf.get(b)];
    if (fa === undefined || fb === undefined || fb < fa) return [];
    const how = fb === fa ? 'on the same floor' : 'a floor above';
    return [`${from} -> ${to} (${a} imports ${b}, ${how})`];
  });
}

// Vitest runs from the repository root (tests/vitest.config.ts sets root).
const root = process.cwd();
const graph = readImportGraph(root, ROOTS);

describe('the import graph reader', () => {
  it('sees imports, type imports, re-exports and dynamic imports, and skips packages', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { A } from './a';",
      "import {\n  b,\n  c,\n} from '../b';",
      "export * from './c';",
      "export { d } from './d';",
      "const e = () => import('./e');",
      "import './style.css';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['zod', './a', '../b', './c', './d', './e', './style.css']);
  });

  it('resolves a specifier to the file it names, and nothing for packages or stylesheets', () => {
    expect(resolveImport(root, 'lib/rules/define.ts', '../model')).toBe('lib/model.ts');
    expect(resolveImport(root, 'lib/rules/index.ts', './define')).toBe('lib/rules/define.ts');
    expect(resolveImport(root, 'entrypoints/popup/main.tsx', '../../components/OverdueList')).toBe('components/OverdueList.tsx');
    expect(resolveImport(root, 'lib/model.ts', 'zod')).toBeNull();
    expect(resolveImport(root, 'entrypoints/popup/main.tsx', './popup.css')).toBeNull();
  });

  it('finds a loop, and only a loop', () => {
    const files = ['a.ts', 'b.ts', 'c.ts', 'd.ts'];
    const edges = [
      { from: 'a.ts', to: 'b.ts' },
      { from: 'b.ts', to: 'c.ts' },
      { from: 'c.ts', to: 'a.ts' },
      { from: 'c.ts', to: 'd.ts' },
    ];
    expect(cycles(files, edges)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycles(files, edges.slice(0, 2))).toEqual([]);
  });

  it('reads the real tree', () => {
    // If the reader ever stopped seeing imports, the checks below would pass on nothing.
    expect(graph.files).toContain('lib/rules/index.ts');
    expect(graph.edges).toContainEqual({ from: 'lib/rules/run.ts', to: 'lib/rules/define.ts' });
    expect(graph.edges.length).toBeGreaterThan(100);
  });

  it('flags an import that runs up or across a floor', () => {
    expect(wrongWay([{ from: 'lib/model.ts', to: 'lib/rules/index.ts' }])).toHaveLength(1);
    expect(wrongWay([{ from: 'lib/text/analyze.ts', to: 'lib/schedule/status.ts' }])).toHaveLength(1);
    expect(wrongWay([{ from: 'lib/rules/index.ts', to: 'lib/model.ts' }])).toEqual([]);
  });
});

describe('layers', () => {
  it('every module has a floor', () => {
    const undeclared = [...new Set(graph.files.map(moduleOf))].filter((m) => !floorOf.has(m));
    expect(undeclared, 'add each to FLOORS in tests/architecture/layers.test.ts, above everything it imports').toEqual([]);
  });

  it('no import runs up a floor or across one', () => {
    expect(wrongWay(graph.edges)).toEqual([]);
  });

  it('no file imports its way back to itself', () => {
    expect(cycles(graph.files, graph.edges)).toEqual([]);
  });
});
