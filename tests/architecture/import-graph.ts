/**
 * The project's import graph, read from the source with TypeScript's own
 * import scanner (no type checking, so it is quick): every relative import,
 * re-export and dynamic import() of every .ts/.tsx file under the given roots.
 * Type-only imports count too: a loop of types is still a loop of concepts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** One import: `from` imports `to`; both are paths from the repository root with '/' separators. */
export interface Edge {
  from: string;
  to: string;
}

const SOURCE = /\.tsx?$/;
const TEST = /\.(test|spec|bench)\.tsx?$/;

/** The specifiers a file imports, in order, as written ('./b', '../model', 'zod'). */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** The source file a relative specifier names, or null (a package, a stylesheet, a missing file). */
export function resolveImport(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(join(root, from)), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return toPosix(relative(root, candidate));
  }
  return null;
}

/** Every source file under `roots` (tests beside the code are left out) and every import between them. */
export function readImportGraph(root: string, roots: readonly string[]): { files: string[]; edges: Edge[] } {
  const files = roots.flatMap((r) => sourceFiles(root, r)).sort();
  const edges: Edge[] = [];
  for (const from of files) {
    for (const specifier of importsOf(readFileSync(join(root, from), 'utf8'))) {
      const to = resolveImport(root, from, specifier);
      if (to && to !== from && !edges.some((e) => e.from === from && e.to === to)) edges.push({ from, to });
    }
  }
  return { files, edges };
}

/** Groups of two or more files that import each other round a loop (Tarjan's strongly connected components). */
export function cycles(files: readonly string[], edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

function sourceFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(root, path);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}
