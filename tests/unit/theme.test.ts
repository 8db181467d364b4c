import { describe, expect, test } from 'vitest';
import {
  buildThemeCss,
  findTokenReferences,
  findUnknownTokens,
  headerLogoSize,
  mergeTokens,
  parseTokens,
  pruneTokens,
  renderThemeCss,
} from '../../src/lib/theme.ts';
import { ThemeFileSchema } from '../../src/schemas/theme.ts';

const THEME = `
/* generated */
.voorbeeld-theme {
  --utrecht-link-color: var(--basis-color-action-1-color-default);
  --basis-color-action-1-color-default: var(--voorbeeld-kleuren-violet-500);
  --voorbeeld-kleuren-violet-500: #5115ef;
  --voorbeeld-kleuren-rood-500: #a01d23;
  --ams-breadcrumb-separator-background-image: url("data:image/svg+xml;utf8,<svg/>");
  --basis-text-font-family-default: 'Noto Sans', sans-serif;
}`;

describe('parseTokens', () => {
  test('reads every custom property with its value, without the leading --', () => {
    const tokens = parseTokens(THEME);
    expect(tokens.get('voorbeeld-kleuren-violet-500')).toBe('#5115ef');
    expect(tokens.get('basis-text-font-family-default')).toBe("'Noto Sans', sans-serif");
  });

  test('keeps a ; inside a quoted value', () => {
    expect(parseTokens(THEME).get('ams-breadcrumb-separator-background-image')).toBe(
      'url("data:image/svg+xml;utf8,<svg/>")',
    );
  });
});

describe('pruneTokens', () => {
  test('keeps what a stylesheet reads and what those tokens read, transitively', () => {
    const kept = pruneTokens(parseTokens(THEME), 'a { color: var(--utrecht-link-color, blue); }');
    expect([...kept.keys()]).toEqual([
      'utrecht-link-color',
      'basis-color-action-1-color-default',
      'voorbeeld-kleuren-violet-500',
    ]);
  });

  test('keeps nothing for a stylesheet that reads no tokens', () => {
    expect(pruneTokens(parseTokens(THEME), 'a { color: blue }').size).toBe(0);
  });

  test('follows fallbacks inside var()', () => {
    const kept = pruneTokens(
      parseTokens(THEME),
      'b { color: var(--x, var(--voorbeeld-kleuren-rood-500)) }',
    );
    expect([...kept.keys()]).toEqual(['voorbeeld-kleuren-rood-500']);
  });
});

describe('buildThemeCss', () => {
  test('an override replaces the default value, and the default is gone', () => {
    const css = buildThemeCss({
      base: [parseTokens(THEME)],
      overrides: new Map([['voorbeeld-kleuren-violet-500', '#0a7d3b']]),
      usedCss: 'a { color: var(--utrecht-link-color) }',
    });
    expect(css).toContain('--voorbeeld-kleuren-violet-500: #0a7d3b;');
    expect(css).not.toContain('#5115ef');
    expect(css).not.toContain('rood');
  });

  test('writes @font-face rules for self-hosted fonts', () => {
    const css = renderThemeCss(new Map(), [
      { family: 'Zilver Sans', src: '/fonts/zilver.woff2', weight: '100 900' },
    ]);
    expect(css).toContain(
      '@font-face{font-family:"Zilver Sans";src:url("/fonts/zilver.woff2") format("woff2");font-weight:100 900;font-style:normal;font-display:swap}',
    );
  });

  test('later layers win', () => {
    expect(
      mergeTokens(
        new Map([
          ['a', '1'],
          ['b', '2'],
        ]),
        new Map([['a', '3']]),
      ).get('a'),
    ).toBe('3');
  });
});

describe('findTokenReferences and findUnknownTokens', () => {
  test('lists the names read with var()', () => {
    expect([...findTokenReferences('x{a:var(--one);b:var( --two ,1px)}')]).toEqual(['one', 'two']);
  });

  test('an override nobody knows is reported', () => {
    expect(findUnknownTokens(['basis-colour-typo', 'known'], new Set(['known']))).toEqual([
      'basis-colour-typo',
    ]);
  });
});

describe('ThemeFileSchema', () => {
  test('accepts a logo, a font and tokens', () => {
    const result = ThemeFileSchema.safeParse({
      logo: { bestand: '/huisstijl/logo.svg', breedte: 40, hoogte: 48 },
      lettertypen: [{ familie: 'Zilver Sans', bestand: '/fonts/zilver.woff2', gewicht: 400 }],
      tokens: { 'basis-color-accent-1-inverse-bg-document': '#0a5c36' },
    });
    expect(result.success).toBe(true);
  });

  test.each([
    [
      'a font from another site',
      { lettertypen: [{ familie: 'X', bestand: '//fonts.example/x.woff2' }] },
    ],
    ['a logo outside public/', { logo: { bestand: '../secret.svg', breedte: 1, hoogte: 1 } }],
    [
      'a token value that ends the declaration',
      { tokens: { 'basis-color-x': 'red; } body { display: none' } },
    ],
    [
      'a token value that loads a URL',
      { tokens: { 'basis-color-x': 'url(https://tracker.example/x.png)' } },
    ],
    ['a token name with --', { tokens: { '--basis-color-x': 'red' } }],
    ['an unknown field', { kleur: 'red' }],
  ])('refuses %s', (_name, input) => {
    expect(ThemeFileSchema.safeParse(input).success).toBe(false);
  });
});

describe('headerLogoSize', () => {
  test('a logo up to 48 px high keeps its size; a higher one is scaled down in proportion', () => {
    expect(headerLogoSize(40, 48)).toEqual({ width: 40, height: 48 });
    expect(headerLogoSize(120, 30)).toEqual({ width: 120, height: 30 });
    expect(headerLogoSize(400, 200)).toEqual({ width: 96, height: 48 });
    expect(headerLogoSize(1, 200)).toEqual({ width: 1, height: 48 });
  });
});
