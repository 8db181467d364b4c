/**
 * Safe parsing of the files editors write: YAML, and Markdown with YAML front matter.
 * Only plain YAML data is accepted: no anchors or aliases (alias bombs, hidden copies), no
 * custom tags, no duplicate keys, and no `---js` front matter, which gray-matter would evaluate.
 */
import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import {
  isAlias,
  isCollection,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import type { ContentIssue } from './content-errors.ts';
import { findSuspectCharacters, numberProblem } from './content-text.ts';

/** Files above this size are refused before parsing. */
export const MAX_FILE_BYTES = 1_000_000;

/** The result of parsing: the data, or the problems that stopped it. */
export type ParseResult =
  { ok: true; data: unknown; body: string } | { ok: false; issues: ContentIssue[] };

function fail(file: string, nl: string, en: string, line?: number): ParseResult {
  return { ok: false, issues: [{ file, path: [], nl, en, line }] };
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function checkSize(file: string, source: string): ParseResult | undefined {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    return fail(
      file,
      `bestand is te groot (${bytes} bytes; hoogstens ${MAX_FILE_BYTES})`,
      `file is too large (${bytes} bytes; at most ${MAX_FILE_BYTES})`,
    );
  }
  if (source.trim() === '') return fail(file, 'bestand is leeg', 'file is empty');
  if (source.includes('\u0000'))
    return fail(file, 'bestand bevat binaire gegevens', 'file contains binary data');
  return undefined;
}

/** The refusal of a YAML tag, written as the editor typed it (`!!str`, not `tag:yaml.org,2002:str`). */
function tagNotAllowed(tag: string): { nl: string; en: string } {
  const written = tag.replace(/^tag:yaml\.org,2002:/, '!!');
  return {
    nl: `YAML-tag ${written} is niet toegestaan; gebruik gewone waarden`,
    en: `YAML tag ${written} is not allowed; use plain values`,
  };
}

/** Parses YAML text into plain data, refusing everything but plain maps, lists and scalars. */
export function parseYaml(file: string, source: string, lineOffset = 0): ParseResult {
  return withParseCache('yaml', source, () => parseYamlText(file, source, lineOffset));
}

function parseYamlText(file: string, source: string, lineOffset: number): ParseResult {
  const sizeProblem = checkSize(file, source);
  if (sizeProblem) return sizeProblem;
  const characterProblems = checkCharacters(file, source, lineOffset, { tabs: true, spaces: true });
  if (characterProblems.length > 0) return { ok: false, issues: characterProblems };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, {
      schema: 'core',
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
    });
  } catch (error) {
    return fail(
      file,
      `kan YAML niet lezen: ${String(error)}`,
      `cannot read YAML: ${String(error)}`,
    );
  }
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      issues: problems.map((problem) => {
        const offset = problem.pos[0];
        const line = lineOf(source, offset) + lineOffset;
        if (problem.code === 'DUPLICATE_KEY') {
          return {
            file,
            path: [],
            line,
            nl: 'een veld staat hier twee keer',
            en: 'a field appears twice here',
          };
        }
        const reason = problem.message.split('\n')[0] ?? problem.message;
        const unknownTag =
          problem.code === 'TAG_RESOLVE_FAILED'
            ? /^Unresolved tag: (.+)$/.exec(reason)?.[1]
            : undefined;
        if (unknownTag !== undefined) {
          // Same wording as for known tags below: the editor wrote a tag, and no tag is allowed.
          return { file, path: [], line, ...tagNotAllowed(unknownTag) };
        }
        return {
          file,
          path: [],
          line,
          nl: `ongeldige YAML: ${reason}`,
          en: `invalid YAML: ${reason}`,
        };
      }),
    };
  }
  const issues: ContentIssue[] = [];
  visit(doc, (key, node, ancestors) => {
    if (isScalar(node) && typeof node.value === 'number') {
      // YAML reads `1.250` as 1.25; a Dutch editor meant 1250. Only plain decimals get through.
      const problem = numberProblem(String(node.source ?? node.value));
      if (problem) {
        issues.push({
          file,
          path: fieldPathOf(ancestors, key),
          line: lineOf(source, node.range?.[0] ?? 0) + lineOffset,
          ...problem,
        });
      }
    }
    if (isAlias(node)) {
      issues.push({
        file,
        path: [],
        line: lineOf(source, node.range?.[0] ?? 0) + lineOffset,
        nl: `YAML-verwijzingen (*${node.source}) zijn niet toegestaan; schrijf de waarde uit`,
        en: `YAML aliases (*${node.source}) are not allowed; write the value out`,
      });
    } else if ((isScalar(node) || isCollection(node)) && (node.anchor || node.tag)) {
      const line = lineOf(source, node.range?.[0] ?? 0) + lineOffset;
      if (node.anchor) {
        issues.push({
          file,
          path: [],
          line,
          nl: `YAML-anker &${node.anchor} is niet toegestaan; gebruik gewone waarden`,
          en: `YAML anchor &${node.anchor} is not allowed; use plain values`,
        });
      } else {
        issues.push({ file, path: [], line, ...tagNotAllowed(node.tag ?? '') });
      }
    }
  });
  // An alias bomb has hundreds of anchors; the first few say enough.
  const MAX_REPORTED = 5;
  if (issues.length > MAX_REPORTED) {
    const more = issues.length - MAX_REPORTED;
    issues.splice(MAX_REPORTED, more, {
      file,
      path: [],
      nl: `en nog ${more} YAML-ankers, -verwijzingen of -tags`,
      en: `and ${more} more YAML anchors, aliases or tags`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, data: doc.toJS({ maxAliasCount: 0 }), body: '' };
}

/** The field path of a node, as zod writes it (`['nevenfuncties', 0, 'van']`), from its ancestors. */
function fieldPathOf(
  ancestors: readonly unknown[],
  key: number | 'key' | 'value' | null,
): PropertyKey[] {
  const out: PropertyKey[] = [];
  ancestors.forEach((node, i) => {
    const child = ancestors[i + 1];
    if (isPair(node)) out.push(isScalar(node.key) ? String(node.key.value) : '?');
    else if (isSeq(node))
      out.push(child === undefined ? Number(key) : node.items.indexOf(child as never));
  });
  return out;
}

/**
 * Invisible, look-alike or stray characters, each named with its line and column. Tabs are one
 * message for the whole file: an editor who indented with tabs did so on many lines.
 */
function checkCharacters(
  file: string,
  source: string,
  lineOffset: number,
  rules: { tabs: boolean; spaces: boolean },
): ContentIssue[] {
  const found = findSuspectCharacters(source, rules);
  const tabs = found.filter((f) => f.isTab);
  const issues: ContentIssue[] = found
    .filter((f) => !f.isTab)
    .map((f) => ({ file, path: [], line: f.line + lineOffset, nl: f.nl, en: f.en }));
  const first = tabs[0];
  if (first) {
    const lines = tabs.map((f) => f.line + lineOffset);
    const listed = lines.length > 10 ? `${lines.slice(0, 10).join(', ')} …` : lines.join(', ');
    issues.unshift({
      file,
      path: [],
      line: first.line + lineOffset,
      nl: `tabs op regel ${listed}: YAML springt alleen in met spaties. Vervang elke tab door spaties (in de meeste editors: "tabs omzetten naar spaties")`,
      en: `tabs on line ${listed}: YAML indents with spaces only. Replace every tab with spaces (in most editors: "convert tabs to spaces")`,
    });
  }
  return issues;
}

function refuseEngine(): never {
  throw new Error('only YAML front matter is allowed');
}

/** Parses a Markdown file with YAML front matter between `---` lines. */
export function parseFrontMatterFile(file: string, source: string): ParseResult {
  return withParseCache('front-matter', source, () => parseFrontMatterText(file, source));
}

function parseFrontMatterText(file: string, source: string): ParseResult {
  const sizeProblem = checkSize(file, source);
  if (sizeProblem) return sizeProblem;
  // gray-matter leaves the "\r" of a Windows line ending on the last front matter line, which
  // would turn `financieleBelangen: geen` into "geen\r"; plain "\n" endings avoid that.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trimEnd() !== '---') {
    if (firstLine.startsWith('---')) {
      return fail(
        file,
        `alleen YAML front matter is toegestaan; de eerste regel moet precies "---" zijn, niet "${firstLine.slice(0, 20)}"`,
        `only YAML front matter is allowed; the first line must be exactly "---", not "${firstLine.slice(0, 20)}"`,
        1,
      );
    }
    return fail(
      file,
      'het bestand moet beginnen met front matter tussen twee regels "---"',
      'the file must start with front matter between two "---" lines',
      1,
    );
  }
  let parsed: ReturnType<typeof matter>;
  let yamlResult: ParseResult | undefined;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: (input: string) => {
          // gray-matter passes the text from the end of the opening "---" line, newline included,
          // so line numbers inside `input` are already line numbers in the file.
          yamlResult = parseYamlText(file, input.trim() === '' ? '{}' : input, 0);
          return yamlResult.ok ? (yamlResult.data as object) : {};
        },
        js: refuseEngine,
        javascript: refuseEngine,
        json: refuseEngine,
      },
    });
  } catch (error) {
    return fail(
      file,
      `kan front matter niet lezen: ${String(error)}`,
      `cannot read front matter: ${String(error)}`,
    );
  }
  if (yamlResult && !yamlResult.ok) return yamlResult;
  if (!/\r?\n---\s*(\r?\n|$)/.test(text.slice(3))) {
    return fail(
      file,
      'de front matter wordt niet afgesloten met "---"',
      'the front matter is not closed with "---"',
    );
  }
  // The Markdown below the front matter may use tabs and non-breaking spaces (typography), but not
  // invisible characters that would end up in the published text.
  const bodyStart = text.length - parsed.content.length;
  const bodyProblems = checkCharacters(file, parsed.content, lineOf(text, bodyStart) - 1, {
    tabs: false,
    spaces: false,
  });
  if (bodyProblems.length > 0) return { ok: false, issues: bodyProblems };
  return { ok: true, data: parsed.data, body: parsed.content };
}

// ---------------------------------------------------------------------------------------------
// Parsing through a cache: scripts/build.ts hands one in that keeps the previous build's results
// (scripts/lib/build-cache.ts), so a rebuild after one edit parses one file. Only a file that
// parsed without a problem is kept, by a hash of its exact text, so a cached result is the result
// parsing would give; schemas and cross-file checks run on every build.

/** A parse that succeeded. */
export type ParsedOk = Extract<ParseResult, { ok: true }>;

/** Where successful parses are kept, by the kind of file and a hash of its text. */
export interface ParseCache {
  get(key: string): ParsedOk | undefined;
  set(key: string, result: ParsedOk): void;
}

let parseCache: ParseCache | undefined;

/** Parses through `cache` from now on; `undefined` parses without one again. */
export function useParseCache(cache: ParseCache | undefined): void {
  parseCache = cache;
}

function withParseCache(kind: string, source: string, parse: () => ParseResult): ParseResult {
  if (!parseCache) return parse();
  const key = `${kind}:${createHash('sha1').update(source).digest('base64')}`;
  const hit = parseCache.get(key);
  if (hit) return hit;
  const result = parse();
  if (result.ok) parseCache.set(key, result);
  return result;
}
