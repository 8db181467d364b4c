/**
 * The province's house style (`content/thema.yaml`, optional): logo, self-hosted fonts and design
 * tokens that replace the defaults of NL Design System's example theme. See docs/theming.md.
 */
import { z } from 'astro/zod';
import { bilingualError } from '../lib/content-errors.ts';
import { suggestNumber } from '../lib/content-text.ts';
import { message, text } from './common.ts';

/** A design token's name: a CSS custom property without the leading `--`, e.g. `basis-color-accent-1-bg-default`. */
export const TokenNameSchema = z
  .string()
  .refine(
    (v) => /^[a-z][a-z0-9]*(?:-{1,2}[a-z0-9]+)*$/.test(v),
    message(
      'verwacht de naam van een design token zonder "--", zoals "basis-color-accent-1-bg-default"; kreeg {got}',
      'expected a design token name without "--", like "basis-color-accent-1-bg-default"; got {got}',
    ),
  );

// A value must stay one CSS value: no end of the declaration or block, no comment, no markup, and
// no url() or @import, which could load something from another site.
const UNSAFE_VALUE = /[;{}<>\\]|\/\*|url\s*\(|@import|image-set\s*\(|!important/i;

/** A design token's value as CSS writes it: `#1a5c3a`, `1.5rem`, `'Zilver Sans', sans-serif`, `var(--basis-…)`. */
export const TokenValueSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .refine(
    (v) => !UNSAFE_VALUE.test(v),
    message(
      'een tokenwaarde is één CSS-waarde, zonder ; { } < > \\, commentaar, url() of @import; kreeg {got}',
      'a token value is one CSS value, without ; { } < > \\, comments, url() or @import; got {got}',
    ),
  );

/** A file the site serves itself: a path from public/, starting with one `/`, with one of the extensions. */
function publicFile(extensions: readonly string[]) {
  const pattern = new RegExp(`^/(?!/)[A-Za-z0-9._/-]+\\.(?:${extensions.join('|')})$`);
  const list = extensions.map((e) => `.${e}`).join(', ');
  return z
    .string()
    .refine(
      (v) => pattern.test(v) && !v.includes('..'),
      message(
        `verwacht een pad naar een bestand in public/ (${list}), beginnend met "/", zoals "/huisstijl/logo.svg"; kreeg {got}`,
        `expected a path to a file in public/ (${list}) starting with "/", like "/huisstijl/logo.svg"; got {got}`,
      ),
    );
}

export const ThemeLogoSchema = z.strictObject({
  /** The logo file in public/, e.g. `/huisstijl/logo.svg`; shown before the site name in the header. */
  bestand: publicFile(['svg', 'png', 'webp']),
  /** Width in CSS pixels, so the page does not shift while the logo loads. */
  breedte: z.number().int().min(1).max(400),
  /** Height in CSS pixels (the header shows it at most 3 rem high). */
  hoogte: z.number().int().min(1).max(200),
});

/** A weight typed as text: say which number to write, or how to write a range. */
function weightError(input: unknown): string {
  const meant = typeof input === 'string' ? suggestNumber(input) : undefined;
  return meant === undefined
    ? bilingualError(
        `verwacht een gewicht als getal, zoals 400, of een bereik als "100 900"; kreeg ${JSON.stringify(input)}`,
        `expected a weight as a number, like 400, or a range like "100 900"; got ${JSON.stringify(input)}`,
      )
    : bilingualError(
        `verwacht een gewicht als getal; schrijf ${meant} zonder aanhalingstekens (of een bereik als "100 900")`,
        `expected a weight as a number; write ${meant} without quotes (or a range like "100 900")`,
      );
}

export const ThemeFontSchema = z.strictObject({
  /** The family name that tokens use, e.g. `Zilver Sans` in `basis-text-font-family-default`. */
  familie: text(80).refine(
    (v) => !/["'\\;{}]/.test(v),
    message(
      'een lettertypenaam zonder aanhalingstekens of ; { }, kreeg {got}',
      'a font family name without quotes or ; { }, got {got}',
    ),
  ),
  /** The font file in public/ (`.woff2` or `.woff`); fonts are never loaded from another site. */
  bestand: publicFile(['woff2', 'woff']),
  /** Weight (400) or variable range ("100 900"); 400 when left out. */
  gewicht: z
    .union([
      z.number().int().min(1).max(1000),
      z.string().regex(/^\d{1,4} \d{1,4}$/, { error: (issue) => weightError(issue.input) }),
    ])
    .optional(),
  /** `normal` (default) or `italic`. */
  stijl: z.enum(['normal', 'italic']).optional(),
});
export type ThemeFont = z.output<typeof ThemeFontSchema>;

export const ThemeFileSchema = z.strictObject({
  /** The province's logo; without it the header shows the site name only. */
  logo: ThemeLogoSchema.optional(),
  /** Fonts the province hosts itself in public/, for tokens to name. */
  lettertypen: z.array(ThemeFontSchema).max(20).optional(),
  /**
   * Design tokens that replace the default (NL Design System's voorbeeld theme, and the portal's
   * own in src/styles/tokens.css): name without `--` → CSS value. Only known tokens are accepted.
   */
  tokens: z.record(TokenNameSchema, TokenValueSchema).optional(),
});
export type ThemeFile = z.output<typeof ThemeFileSchema>;
