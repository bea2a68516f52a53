/**
 * Which exports nothing imports: every named export of the shipped code
 * (lib/, components/, entrypoints/) against every import, re-export,
 * `import * as`, `import()` and `import('…').Name` type in the repository,
 * tests, benchmarks and scripts included, read with TypeScript's parser (no
 * type checking). An export no file imports is dead weight, or a name that
 * should stay inside its file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { resolveImport } from './import-graph';

const SOURCE = /\.tsx?$/;

/** What one file exports by name, and what it takes from each file it imports ('*': everything). */
interface FileUse {
  exports: string[];
  uses: { file: string; names: string[] | '*' }[];
  /** Template imports: every file whose path matches is used whole. */
  patterns: RegExp[];
}

function readFile(root: string, path: string): FileUse {
  const sf = ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.Latest, false, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const exports: string[] = [];
  const uses: FileUse['uses'] = [];
  const patterns: RegExp[] = [];
  const use = (specifier: string, names: string[] | '*') => {
    const file = resolveImport(root, path, specifier);
    if (file) uses.push({ file, names });
  };
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const clause = st.importClause;
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) use(st.moduleSpecifier.text, '*');
      else use(st.moduleSpecifier.text, bindings ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : []);
    } else if (ts.isExportDeclaration(st)) {
      if (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        use(st.moduleSpecifier.text, st.exportClause && ts.isNamedExports(st.exportClause) ? st.exportClause.elements.map((e) => (e.propertyName ?? e.name).text) : '*');
      }
      if (st.exportClause && ts.isNamedExports(st.exportClause)) exports.push(...st.exportClause.elements.map((e) => e.name.text));
    } else if (exported(st) && !isDefault(st)) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) exports.push(d.name.text);
      } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st)) && st.name) {
        exports.push(st.name.text);
      }
    }
  }
  // import('./x') in code, import(`./${name}/x.ts`) (every file it can name), and import('./x').Name in types.
  const visit = (node: ts.Node): void => {
    const arg = ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword ? node.arguments[0] : undefined;
    if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) use(arg.text, '*');
    else if (arg && ts.isTemplateExpression(arg)) patterns.push(templatePattern(path, arg));
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      use(node.argument.literal.text, node.qualifier ? [ts.isIdentifier(node.qualifier) ? node.qualifier.text : node.qualifier.left.getText(sf)] : '*');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { exports, uses, patterns };
}

/** The files a template import can name, as a pattern over repository paths (each `${…}` one path segment). */
function templatePattern(from: string, t: ts.TemplateExpression): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = t.head.text + t.templateSpans.map((span) => `\u0000${span.literal.text}`).join('');
  const parts = posix.normalize(posix.join(posix.dirname(from), source)).split('\u0000');
  return new RegExp(`^${parts.map(escape).join('[^/]+')}$`);
}

function sourceFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(root, path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const NOTHING: FileUse = { exports: [], uses: [], patterns: [] };

/**
 * Whether a file outside the shipped code can import from it at all: a relative path from outside lib/,
 * components/ or entrypoints/ into one of them names that folder, and a template import may name anything.
 * The rest (the corpus's notes are half the repository's source) need no parse: most of this test's time was
 * TypeScript parsing megabytes of notes that import nothing shipped.
 */
function mayImportShipped(root: string, path: string): boolean {
  const text = readFileSync(join(root, path), 'utf8');
  return /(?:^|[^\w-])(?:lib|components|entrypoints)(?:\/|['"`])/.test(text) || /\bimport\s*\(\s*`/.test(text);
}

/** Every export of the shipped code that no file imports, as 'path: name', with the files only tests import it from. */
export function unusedExports(root: string): { unused: string[]; testsOnly: string[] } {
  const shipped = ['lib', 'components', 'entrypoints'].flatMap((d) => sourceFiles(root, d));
  const all = [...new Set([...shipped, ...['tests', 'scripts'].flatMap((d) => sourceFiles(root, d)), ...['wxt.config.ts'].filter((f) => existsSync(join(root, f)))])];
  const isShipped = new Set(shipped);
  const read = new Map(all.map((f) => [f, isShipped.has(f) || mayImportShipped(root, f) ? readFile(root, f) : NOTHING]));
  const isTest = (f: string) => f.startsWith('tests/') || /\.(test|spec|bench)\.tsx?$/.test(f);
  const usedBy = new Map<string, Set<string>>();
  for (const [from, { uses, patterns }] of read) {
    const matched = patterns.flatMap((p) => all.filter((f) => p.test(f)).map((file) => ({ file, names: '*' as const })));
    for (const { file, names } of [...uses, ...matched]) {
      const targets = names === '*' ? (read.get(file)?.exports ?? []) : names;
      for (const name of targets) {
        const key = `${file}: ${name}`;
        if (!usedBy.has(key)) usedBy.set(key, new Set());
        usedBy.get(key)!.add(from);
      }
    }
  }
  const unused: string[] = [];
  const testsOnly: string[] = [];
  for (const file of shipped.filter((f) => !isTest(f))) {
    for (const name of read.get(file)!.exports) {
      const key = `${file}: ${name}`;
      const by = [...(usedBy.get(key) ?? [])];
      if (!by.length) unused.push(key);
      else if (by.every(isTest)) testsOnly.push(key);
    }
  }
  return { unused, testsOnly };
}
