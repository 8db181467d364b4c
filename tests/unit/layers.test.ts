/**
 * The data flows one way (docs: /work/shared/STYLE.md, "The shape of the repo"; issue #29): a
 * folder of src/ imports only from the folders below it. Every import and re-export of every
 * .ts, .mjs and .astro file (an .astro file's frontmatter and its <script> tags) is read with the
 * TypeScript parser, so a string that merely looks like an import (in a template, a comment)
 * never counts, and an import written over several lines always does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folders of src/ that hold code, each a layer. */
type Layer =
  | 'schemas'
  | 'lib'
  | 'bodies'
  | 'registers'
  | 'data'
  | 'i18n'
  | 'layouts'
  | 'components'
  | 'pages'
  | 'client'
  | 'editor'
  | 'styles';

/** What may be imported from a layer: everything, or only types (erased before the code runs). */
type Access = 'all' | 'types';

/** Layouts, components and pages may use everything below them, and each other's markup. */
const TOP: Partial<Record<Layer, Access>> = {
  layouts: 'all',
  components: 'all',
  client: 'all',
  styles: 'all',
  i18n: 'all',
  data: 'all',
  registers: 'all',
  bodies: 'all',
  schemas: 'all',
  lib: 'all',
};

/**
 * The matrix: for each folder, the folders it may import from (itself included where listed).
 * - schemas and lib are the foundation together: validation, and pure functions without files,
 *   environment or Astro;
 * - bodies (one definition per kind of body: its words, offices and law) builds on them only;
 *   schemas may name its types (an open-data row's description takes the body's words);
 * - registers (one definition per register) and data (the query layer) build on them, on bodies
 *   and on each other;
 * - i18n (the dictionaries) may use the data layer: the words depend on the site's kind of body
 *   (`getBody()`: Provinciale Staten, gemeenteraad or algemeen bestuur), so getI18n asks for it;
 * - layouts, components and pages use everything; only pages import pages (routes share helpers);
 * - client is browser code: itself, and lib modules that are safe in a browser (checked below);
 * - editor is the browser editor's bundle, built by scripts/ for /admin/: itself only.
 */
const MAY_IMPORT: Record<Layer, Partial<Record<Layer, Access>>> = {
  schemas: { schemas: 'all', lib: 'all', bodies: 'types' },
  lib: { lib: 'all', schemas: 'all' },
  bodies: { bodies: 'all', schemas: 'all', lib: 'all' },
  registers: { registers: 'all', data: 'all', bodies: 'all', schemas: 'all', lib: 'all' },
  data: { data: 'all', registers: 'all', bodies: 'all', schemas: 'all', lib: 'all' },
  i18n: { i18n: 'all', registers: 'all', bodies: 'all', schemas: 'all', lib: 'all', data: 'all' },
  layouts: TOP,
  components: TOP,
  pages: { ...TOP, pages: 'all' },
  client: { client: 'all', lib: 'all' },
  editor: { editor: 'all' },
  styles: {},
};

const LAYERS = Object.keys(MAY_IMPORT) as Layer[];

/**
 * Packages the pure layers (lib, schemas) may not import: Astro and its virtual modules (the
 * schemas' `astro/zod` is zod itself) and file or process access.
 */
const IMPURE_PACKAGE =
  /^(astro(?!\/zod$)(?:[:/].*)?|virtual:.*|(node:)?(fs|fs\/promises|child_process|worker_threads))$/;

/** Packages browser code may not reach: Node's own modules, Astro, virtual modules. */
const NOT_IN_BROWSER =
  /^(node:.*|astro(?:[:/].*)?|virtual:.*|fs|path|crypto|stream|module|url|v8)$/;

/**
 * Lib or schema files allowed to break their purity for now (path → reason and who will move it);
 * none today. The test fails when an entry is no longer needed, so the list only shrinks.
 */
const PURITY_EXCEPTIONS: Readonly<Record<string, string>> = {};

/** One import or re-export of a file. */
export interface ImportRef {
  specifier: string;
  /** 1-based line in the whole file. */
  line: number;
  /** True when the import brings in types only (`import type`, `export type … from`, `import('x').T`). */
  typeOnly: boolean;
  /** `import.meta.glob` patterns load every matching file. */
  glob: boolean;
}

/** A piece of a file that is code: a whole .ts file, or an .astro file's frontmatter or one script. */
interface CodePart {
  text: string;
  /** Lines before the part in its file. */
  lineOffset: number;
  /** Where the code runs: at build time (server), or in the browser (<script> tags, src/client/). */
  runs: 'server' | 'browser';
}

/** The frontmatter and the bundled <script> tags of an .astro file, with their places in it. */
export function astroCodeParts(source: string): CodePart[] {
  const parts: CodePart[] = [];
  const linesBefore = (index: number): number => source.slice(0, index).split('\n').length - 1;
  let template = 0;
  const frontmatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (frontmatter?.[1] !== undefined) {
    parts.push({ text: frontmatter[1], lineOffset: 1, runs: 'server' });
    template = frontmatter[0].length;
  }
  // A <script> tag is code; `is:inline` scripts and data blocks (JSON-LD) are not bundled modules.
  const script = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/g;
  script.lastIndex = template;
  for (let match = script.exec(source); match; match = script.exec(source)) {
    const attributes = match[1] ?? '';
    if (/\bis:inline\b/.test(attributes) || /\btype\s*=\s*["'](?!module)/.test(attributes))
      continue;
    const start = match.index + match[0].indexOf('>') + 1;
    parts.push({ text: match[2] ?? '', lineOffset: linesBefore(start), runs: 'browser' });
  }
  return parts;
}

function stringArgument(node: ts.Node | undefined): string[] {
  if (!node) return [];
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(stringArgument);
  return [];
}

function isImportMetaGlob(node: ts.CallExpression): boolean {
  const callee = node.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'glob' &&
    ts.isMetaProperty(callee.expression) &&
    callee.expression.keywordToken === ts.SyntaxKind.ImportKeyword &&
    callee.expression.name.text === 'meta'
  );
}

/** Every import, re-export, dynamic import, `import('x')` type and `import.meta.glob` of a piece of code. */
export function extractImports(code: string, lineOffset = 0): ImportRef[] {
  const file = ts.createSourceFile('part.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, specifier: string, typeOnly: boolean, glob = false): void => {
    refs.push({
      specifier,
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 + lineOffset,
      typeOnly,
      glob,
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteralLike(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      // `import { type A, type B } from` is erased as well; `import {} from` and `import 'x'` run the module.
      const allTypes =
        clause !== undefined &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier.text, allTypes);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteralLike(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const allTypes =
        node.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly));
      add(node, node.moduleSpecifier.text, allTypes);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteralLike(node.moduleReference.expression)
    ) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteralLike(node.argument.literal)
    ) {
      add(node, node.argument.literal.text, true);
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword)
        for (const s of stringArgument(node.arguments[0])) add(node, s, false);
      else if (isImportMetaGlob(node))
        for (const s of stringArgument(node.arguments[0]))
          add(node, s.replace(/^!/, ''), false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return refs;
}

/** True when the code reads `process.env` outside any function: at import, not when called. */
export function readsEnvAtImport(code: string): boolean {
  const file = ts.createSourceFile('part.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === 'env' &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'process'
    )
      found = true;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|mjs|js|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [full]
      : [];
  });
}

/** `src/lib/x.ts` from an absolute path. */
const relative = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

/** The layer of a repository path: the folder under src/; undefined outside src/ or for a file directly in it. */
function layerOf(repoPath: string): Layer | undefined {
  const [top, folder, ...rest] = repoPath.split('/');
  if (top !== 'src' || folder === undefined || rest.length === 0) return undefined;
  return (LAYERS as string[]).includes(folder) ? (folder as Layer) : undefined;
}

/** A resolved import of a source file. */
interface Edge extends ImportRef {
  from: string;
  runs: CodePart['runs'];
  /** The repository path it resolves to (relative imports), or the package name. */
  target: string;
  local: boolean;
}

/** Resolves a relative import (with or without its extension, or a folder's index) to a file the repository has. */
function resolveLocal(
  from: string,
  specifier: string,
  glob: boolean,
  files: ReadonlySet<string>,
): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  if (glob) return base.replace(/\/?[^/]*[*{[].*$/, '/');
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')])
    if (files.has(candidate)) return candidate;
  return base;
}

function readGraph(): { edges: Edge[]; files: string[]; envAtImport: Set<string> } {
  const files = sourceFiles(path.join(ROOT, 'src')).map(relative).sort();
  const known = new Set(files);
  const edges: Edge[] = [];
  const envAtImport = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const parts: CodePart[] = file.endsWith('.astro')
      ? astroCodeParts(source)
      : [{ text: source, lineOffset: 0, runs: layerOf(file) === 'client' ? 'browser' : 'server' }];
    for (const part of parts) {
      if (readsEnvAtImport(part.text)) envAtImport.add(file);
      for (const ref of extractImports(part.text, part.lineOffset)) {
        const local = ref.specifier.startsWith('.');
        edges.push({
          ...ref,
          from: file,
          runs: part.runs,
          local,
          target: local ? resolveLocal(file, ref.specifier, ref.glob, known) : ref.specifier,
        });
      }
    }
  }
  return { edges, files, envAtImport };
}

/** Why an import breaks the layers, or undefined when it is allowed. */
function checkEdge(edge: Edge): string | undefined {
  const from = layerOf(edge.from);
  if (!from) return `${edge.from} is in no layer: give its folder a row in MAY_IMPORT`;
  if (!edge.local) {
    if (
      (from === 'lib' || from === 'schemas') &&
      IMPURE_PACKAGE.test(edge.target) &&
      !PURITY_EXCEPTIONS[edge.from]
    )
      return `${from} is pure and may not import ${edge.target}`;
    if (edge.runs === 'browser' && NOT_IN_BROWSER.test(edge.target))
      return `browser code may not import ${edge.target}`;
    return undefined;
  }
  const to = layerOf(edge.target);
  if (!to) return `src/ may only import from its own layers`;
  // Browser code (src/client/ and <script> tags) reaches only client code and lib.
  const allowed = edge.runs === 'browser' ? MAY_IMPORT.client[to] : MAY_IMPORT[from][to];
  if (allowed === 'all' || (allowed === 'types' && edge.typeOnly && !edge.glob)) return undefined;
  if (allowed === 'types') return `${from} may import only types from ${to}`;
  return `${edge.runs === 'browser' ? `browser code (${from})` : from} may not import from ${to}`;
}

/** The lib modules browser code loads, with everything they load in turn, and what of that is not for a browser. */
function browserProblems(edges: readonly Edge[]): string[] {
  const runtime = new Map<string, Edge[]>();
  for (const edge of edges)
    if (!edge.typeOnly && edge.runs === 'server')
      runtime.set(edge.from, [...(runtime.get(edge.from) ?? []), edge]);
  const problems: string[] = [];
  for (const start of edges.filter(
    (e) => e.runs === 'browser' && e.local && !e.typeOnly && layerOf(e.target) === 'lib',
  )) {
    const seen = new Set<string>();
    const stack: { file: string; via: string[] }[] = [{ file: start.target, via: [start.target] }];
    while (stack.length > 0) {
      const { file, via } = stack.pop() as { file: string; via: string[] };
      if (seen.has(file)) continue;
      seen.add(file);
      for (const next of runtime.get(file) ?? []) {
        const chain = [...via, next.target].join(' → ');
        if (!next.local && NOT_IN_BROWSER.test(next.target))
          problems.push(`${start.from}:${start.line} → ${chain} (not safe in a browser)`);
        else if (next.local && layerOf(next.target) !== 'lib')
          problems.push(`${start.from}:${start.line} → ${chain} (browser code reaches beyond lib)`);
        else if (next.local) stack.push({ file: next.target, via: [...via, next.target] });
      }
    }
  }
  return problems;
}

describe('extractImports', () => {
  test('finds imports, re-exports, dynamic imports, import types and globs, on the line they start', () => {
    const code = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C, type D } from './c.ts';",
      "import { type E, f } from './e.ts';",
      'import {',
      '  g,',
      "} from './g.ts';",
      "export { h } from './h.ts';",
      "export type * from './i.ts';",
      "const j = await import('./j.ts');",
      "type K = import('./k.ts').K;",
      "const pages = import.meta.glob('../pages/**/*.astro');",
      "import './side-effect.ts';",
    ].join('\n');
    expect(
      extractImports(code).map(
        (r) => `${r.line} ${r.specifier} ${r.typeOnly ? 'types' : 'code'}${r.glob ? ' glob' : ''}`,
      ),
    ).toEqual([
      '1 ./a.ts code',
      '2 ./b.ts types',
      '3 ./c.ts types',
      '4 ./e.ts code',
      '5 ./g.ts code',
      '8 ./h.ts code',
      '9 ./i.ts types',
      '10 ./j.ts code',
      '11 ./k.ts types',
      '12 ../pages/**/*.astro code glob',
      '13 ./side-effect.ts code',
    ]);
  });

  test('does not take text that looks like an import for one', () => {
    const code = [
      "const help = `import { x } from '../data/y.ts'`;",
      "// import { z } from '../data/z.ts';",
      'const s = "export * from \'../pages/p.ts\'";',
    ].join('\n');
    expect(extractImports(code)).toEqual([]);
  });

  test('reads the frontmatter and bundled scripts of an .astro file, with their lines', () => {
    const astro = [
      '---',
      "import A from './A.astro';",
      '---',
      '<p>import x from "nowhere"</p>',
      '<script>',
      "  import '../client/c.ts';",
      '</script>',
      '<script is:inline>import("./inline.js")</script>',
    ].join('\n');
    const refs = astroCodeParts(astro).flatMap((part) =>
      extractImports(part.text, part.lineOffset).map(
        (r) => `${part.runs} ${r.line} ${r.specifier}`,
      ),
    );
    expect(refs).toEqual(['server 2 ./A.astro', 'browser 6 ../client/c.ts']);
  });

  test('tells code that reads the environment at import from code that reads it when called', () => {
    expect(readsEnvAtImport("export const N = Number(process.env['N'] ?? 1);")).toBe(true);
    expect(
      readsEnvAtImport("export function n(): number { return Number(process.env['N'] ?? 1); }"),
    ).toBe(false);
  });
});

describe('the layers of src/', () => {
  const { edges, files, envAtImport } = readGraph();

  test('every code file of src/ is in a layer', () => {
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  test('no import goes from a lower layer to a higher one (file:line → target)', () => {
    const violations = edges.flatMap((edge) => {
      const problem = checkEdge(edge);
      return problem ? [`${edge.from}:${edge.line} → ${edge.target} (${problem})`] : [];
    });
    expect(violations).toEqual([]);
  });

  test('browser code loads only lib modules that are safe in a browser', () => {
    expect(browserProblems(edges)).toEqual([]);
  });

  test('lib and schemas read no environment at import', () => {
    const found = [...envAtImport]
      .filter(
        (f) => ['lib', 'schemas'].includes(layerOf(f) ?? '') && PURITY_EXCEPTIONS[f] === undefined,
      )
      .map((f) => `${f} (reads process.env at import)`);
    expect(found).toEqual([]);
  });

  test('every purity exception is still needed', () => {
    const needed = (file: string): boolean =>
      envAtImport.has(file) ||
      edges.some((e) => e.from === file && !e.local && IMPURE_PACKAGE.test(e.target));
    expect(Object.keys(PURITY_EXCEPTIONS).filter((file) => !needed(file))).toEqual([]);
  });
});
