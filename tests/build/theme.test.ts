/**
 * A province's house style reaches the built site through content/thema.yaml alone: a fixture
 * build with an overriding token and a logo, and one with a misspelt token that must fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'basis-color-accent-1-inverse-bg-document';
const COLOUR = '#0a7d3b';
const work = mkdtempSync(path.join(tmpdir(), 'portal-theme-'));

/** Builds content-minimal plus `thema` into its own folder; returns the build's exit status and output. */
function buildWithTheme(
  name: string,
  thema: string,
): { out: string; status: number | null; output: string } {
  const content = path.join(work, name, 'content');
  const out = path.join(work, name, 'dist');
  cpSync(path.join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });
  writeFileSync(path.join(content, 'thema.yaml'), thema);
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_QUIET: '1',
      PORTAL_TODAY: '2026-11-22',
      PORTAL_CONTENT_DIR: content,
      PORTAL_OUT_DIR: out,
    },
    encoding: 'utf8',
  });
  return { out, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The text of every stylesheet a built page links. */
function linkedCss(out: string, page: string): string {
  const html = parse(readFileSync(path.join(out, page), 'utf8'));
  return html
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => readFileSync(path.join(out, link.getAttribute('href') ?? ''), 'utf8'))
    .join('\n');
}

let themed: ReturnType<typeof buildWithTheme>;
let misspelt: ReturnType<typeof buildWithTheme>;

beforeAll(() => {
  themed = buildWithTheme(
    'themed',
    `logo: { bestand: /favicon.svg, breedte: 32, hoogte: 32 }\ntokens:\n  ${TOKEN}: "${COLOUR}"\n`,
  );
  if (themed.status !== 0) throw new Error(`fixture build failed:\n${themed.output}`);
  misspelt = buildWithTheme('misspelt', 'tokens:\n  basis-colour-accent-1-bg-default: "#ff0000"\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('content/thema.yaml', () => {
  test.each(['index.html', 'registers/nevenfuncties/index.html', '404.html'])(
    'the overriding token reaches the CSS that %s links, and the default is gone',
    (page) => {
      const css = linkedCss(themed.out, page);
      const declarations = [...css.matchAll(new RegExp(`--${TOKEN}:([^;}]+)`, 'g'))].map((m) =>
        m[1]?.trim(),
      );
      // One declaration, the province's: the example theme's value for it is gone.
      expect(declarations).toEqual([COLOUR]);
      expect(css).not.toMatch(new RegExp(`--${TOKEN}:\\s*var\\(`));
    },
  );

  test('the logo from the file is in every page header', () => {
    const header = parse(readFileSync(path.join(themed.out, 'index.html'), 'utf8')).querySelector(
      'header img',
    );
    expect(header?.getAttribute('src')).toBe('/favicon.svg');
    expect(header?.getAttribute('alt')).toBe('');
  });

  test('a misspelt token stops the build, naming the file and the field in Dutch and English', () => {
    expect(misspelt.status).not.toBe(0);
    expect(misspelt.output).toMatch(
      /thema\.yaml › tokens\.basis-colour-accent-1-bg-default: onbekend design token .*\(unknown design token/,
    );
  });
});
