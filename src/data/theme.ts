/**
 * The theme stylesheet at build time (served to every page by scripts/lib/theme-plugin.ts): NL
 * Design System's example theme, the portal's defaults (src/styles/tokens.css) and the province's
 * tokens and fonts from content/thema.yaml, pruned to what the site's stylesheets read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ContentValidationError, fromZodIssues, type ContentIssue } from '../lib/content-errors.ts';
import { parseYaml } from '../lib/parse-content.ts';
import {
  buildThemeCss,
  findTokenReferences,
  findUnknownTokens,
  parseTokens,
  type FontFace,
} from '../lib/theme.ts';
import { ThemeFileSchema, type ThemeFile } from '../schemas/theme.ts';

/** The province's file, in the content folder. */
export const THEME_FILE = 'thema.yaml';
/** The default tokens: NL Design System's example theme (EUPL-1.2), not any real organisation's. */
export const EXAMPLE_THEME = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
/** The portal's own defaults, on top of the example theme; relative to the project root. */
export const DEFAULT_TOKENS = 'src/styles/tokens.css';
/** The stylesheet every page imports (src/layouts/BaseLayout.astro). */
export const STYLE_ENTRY = 'src/styles/global.css';

/** Reads and validates content/thema.yaml; `{}` when the folder has none. */
export function readThemeFile(contentDir: string, label = 'content'): ThemeFile {
  const file = path.join(contentDir, THEME_FILE);
  if (!existsSync(file)) return {};
  const name = `${label}/${THEME_FILE}`;
  const parsed = parseYaml(name, readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new ContentValidationError(parsed.issues);
  const result = ThemeFileSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) throw new ContentValidationError(fromZodIssues(name, result.error.issues));
  return result.data;
}

/** A stylesheet with its `@import`s inlined (packages resolved from the project), as text. */
function readWithImports(file: string, root: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  const require = createRequire(path.join(root, 'package.json'));
  return css.replace(
    /@import\s+(?:url\()?\s*['"]([^'"]+)['"]\s*\)?[^;]*;/g,
    (_all, spec: string) => {
      const target = spec.startsWith('.')
        ? path.resolve(path.dirname(file), spec)
        : require.resolve(spec);
      return readWithImports(target, root, seen);
    },
  );
}

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * Every stylesheet the pages use besides the theme: the global stylesheet with the NL Design
 * System components it imports, the components' own <style> blocks and the client code.
 */
export function readUsedCss(root: string): string {
  const entry = readWithImports(path.join(root, STYLE_ENTRY), root);
  const components = listFiles(path.join(root, 'src'), ['.astro']).map((f) =>
    readFileSync(f, 'utf8'),
  );
  const client = listFiles(path.join(root, 'src/client'), ['.ts']).map((f) =>
    readFileSync(f, 'utf8'),
  );
  return [entry, ...components, ...client].join('\n');
}

/** The default token layers, lowest first: the example theme, then the portal's own. */
export function readBaseTokens(root: string): Map<string, string>[] {
  const require = createRequire(path.join(root, 'package.json'));
  return [
    parseTokens(readFileSync(require.resolve(EXAMPLE_THEME), 'utf8')),
    parseTokens(readFileSync(path.join(root, DEFAULT_TOKENS), 'utf8')),
  ];
}

/**
 * The theme stylesheet for the content folder. An override that no layer defines and no
 * stylesheet reads is refused, naming the file and the field, so a typo does not vanish.
 */
export function generateThemeCss(root: string, contentDir: string, label = 'content'): string {
  const theme = readThemeFile(contentDir, label);
  const base = readBaseTokens(root);
  const usedCss = readUsedCss(root);
  const overrides = new Map(Object.entries(theme.tokens ?? {}));
  const known = new Set([
    ...base.flatMap((layer) => [...layer.keys()]),
    ...findTokenReferences(usedCss),
  ]);
  const file = `${label}/${THEME_FILE}`;
  const issues: ContentIssue[] = findUnknownTokens(overrides.keys(), known).map((name) => ({
    file,
    path: ['tokens', name],
    nl: `onbekend design token "${name}": het staat niet in het voorbeeldthema van NL Design System en geen stylesheet gebruikt het; controleer de spelling (zonder "--")`,
    en: `unknown design token "${name}": NL Design System's example theme does not define it and no stylesheet reads it; check the spelling (without "--")`,
  }));
  // The site serves the logo and fonts itself: they must be in public/.
  const served: [PropertyKey[], string][] = [
    ...(theme.logo ? [[['logo', 'bestand'], theme.logo.bestand] as [PropertyKey[], string]] : []),
    ...(theme.lettertypen ?? []).map(
      (f, i) => [['lettertypen', i, 'bestand'], f.bestand] as [PropertyKey[], string],
    ),
  ];
  for (const [at, url] of served) {
    if (!existsSync(path.join(root, 'public', url))) {
      issues.push({
        file,
        path: at,
        nl: `het bestand public${url} bestaat niet`,
        en: `the file public${url} does not exist`,
      });
    }
  }
  if (issues.length > 0) throw new ContentValidationError(issues);
  const fonts: FontFace[] = (theme.lettertypen ?? []).map((f) => ({
    family: f.familie,
    src: f.bestand,
    weight: f.gewicht,
    style: f.stijl,
  }));
  return buildThemeCss({ base, overrides, fonts, usedCss });
}
