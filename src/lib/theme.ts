/**
 * The theme stylesheet: design tokens (CSS custom properties) from NL Design System's example
 * theme, the portal's defaults and the province's overrides, pruned to the tokens the site's own
 * stylesheets read, directly or through other tokens. Pure: src/data/theme.ts reads the files.
 */

/** Design tokens by name without the leading `--`, in declaration order. */
export type TokenMap = Map<string, string>;

/** A font the site serves itself. */
export interface FontFace {
  family: string;
  /** Site-relative URL of a .woff2 or .woff file. */
  src: string;
  weight?: number | string | undefined;
  style?: 'normal' | 'italic' | undefined;
}

const COMMENT = /\/\*[\s\S]*?\*\//g;
// A value runs to the next ; or } outside quotes (a data: URL in quotes may contain a ;).
const DECLARATION =
  /(?:^|[;{\s])--([A-Za-z0-9_-]+)\s*:\s*((?:"[^"]*"|'[^']*'|[^;{}"'])*?)\s*(?=;|})/g;
const VAR_REFERENCE = /var\(\s*--([A-Za-z0-9_-]+)/g;

/** The custom property declarations of a stylesheet such as a theme's `theme.css`; a later one wins. */
export function parseTokens(css: string): TokenMap {
  const tokens: TokenMap = new Map();
  for (const match of css.replace(COMMENT, '').matchAll(DECLARATION)) {
    const [, name, value] = match;
    if (name && value) {
      tokens.delete(name);
      tokens.set(name, value.replace(/\s+/g, ' '));
    }
  }
  return tokens;
}

/** The names of the custom properties a stylesheet reads with `var(--…)`. */
export function findTokenReferences(css: string): Set<string> {
  return new Set([...css.replace(COMMENT, '').matchAll(VAR_REFERENCE)].map((m) => m[1] as string));
}

/** Later layers replace earlier ones; a replaced token keeps its place. */
export function mergeTokens(...layers: readonly ReadonlyMap<string, string>[]): TokenMap {
  const merged: TokenMap = new Map();
  for (const layer of layers) for (const [name, value] of layer) merged.set(name, value);
  return merged;
}

/**
 * The tokens `usedCss` needs: every token it reads, and every token those read, transitively
 * (`--utrecht-link-color: var(--basis-color-action-1-color-default)` keeps both). Order is kept.
 */
export function pruneTokens(tokens: ReadonlyMap<string, string>, usedCss: string): TokenMap {
  const needed = new Set<string>();
  const queue = [...findTokenReferences(usedCss)];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (needed.has(name)) continue;
    needed.add(name);
    const value = tokens.get(name);
    if (value !== undefined) queue.push(...findTokenReferences(value));
  }
  return new Map([...tokens].filter(([name]) => needed.has(name)));
}

/** Overrides whose name is neither a theme token nor read by a stylesheet: most likely typos. */
export function findUnknownTokens(
  overrides: Iterable<string>,
  known: ReadonlySet<string>,
): string[] {
  return [...overrides].filter((name) => !known.has(name));
}

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, '')}"`;
}

/** `@font-face` rules for self-hosted fonts; `font-display: swap` keeps text readable while one loads. */
export function renderFontFaces(fonts: readonly FontFace[]): string {
  return fonts
    .map(
      (font) =>
        `@font-face{font-family:${quote(font.family)};src:url(${quote(font.src)}) format(${font.src.endsWith('.woff') ? '"woff"' : '"woff2"'});font-weight:${font.weight ?? 400};font-style:${font.style ?? 'normal'};font-display:swap}`,
    )
    .join('\n');
}

/** The theme stylesheet: font faces, then one `:root` rule with the tokens. */
export function renderThemeCss(
  tokens: ReadonlyMap<string, string>,
  fonts: readonly FontFace[] = [],
): string {
  const faces = renderFontFaces(fonts);
  const declarations = [...tokens].map(([name, value]) => `  --${name}: ${value};`).join('\n');
  return `${faces ? `${faces}\n` : ''}:root {\n${declarations}\n}\n`;
}

/** What goes into a theme stylesheet. */
export interface ThemeInput {
  /** Token layers, lowest first: the example theme, the portal's defaults. */
  base: readonly ReadonlyMap<string, string>[];
  /** The province's tokens (content/thema.yaml), applied last. */
  overrides?: ReadonlyMap<string, string> | undefined;
  fonts?: readonly FontFace[] | undefined;
  /** Every stylesheet the pages use besides the theme; decides which tokens are kept. */
  usedCss: string;
}

/** Merges the layers and keeps only the tokens the stylesheets need. */
export function buildThemeCss(input: ThemeInput): string {
  const tokens = mergeTokens(...input.base, input.overrides ?? new Map());
  return renderThemeCss(pruneTokens(tokens, input.usedCss), input.fonts ?? []);
}

/** The header shows the logo at most this many CSS pixels high (3 rem). */
export const HEADER_LOGO_MAX_HEIGHT = 48;

/**
 * The size the header shows a logo of `width` × `height` CSS pixels at: at most
 * HEADER_LOGO_MAX_HEIGHT high, in proportion. Written as the image's width and height, it
 * reserves the logo's place before the file arrives: the page does not move when it does.
 */
export function headerLogoSize(width: number, height: number): { width: number; height: number } {
  if (height <= HEADER_LOGO_MAX_HEIGHT) return { width, height };
  return {
    width: Math.max(1, Math.round((width * HEADER_LOGO_MAX_HEIGHT) / height)),
    height: HEADER_LOGO_MAX_HEIGHT,
  };
}
