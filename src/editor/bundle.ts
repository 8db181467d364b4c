/**
 * The browser editor's files (Sveltia CMS), made to load nothing from another origin: its fonts
 * come from the @fontsource packages beside it, and the calls it would make to a package CDN and
 * to GitHub's status page are taken out, so a clerk's visit tells no third party anything. Only
 * GitHub's API (the repository the editor commits to) remains, which its policy allows
 * (src/editor/_headers).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildSync } from 'esbuild';

const require = createRequire(path.resolve('package.json'));

/** The fonts the bundle's stylesheet names on a CDN, and the package file that is the same font. */
export const EDITOR_FONTS: readonly { cdn: RegExp; file: string; from: string }[] = [
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: 'source-sans-3-latin-wght-normal.woff2',
    from: '@fontsource-variable/source-sans-3',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g,
    file: 'noto-mono-latin-400-normal.woff2',
    from: '@fontsource/noto-mono',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
    from: '@fontsource-variable/material-symbols-outlined',
  },
];

/** A font file of a @fontsource package, by its file name. */
export function readEditorFont(font: (typeof EDITOR_FONTS)[number]): Buffer {
  return readFileSync(
    path.join(path.dirname(require.resolve(`${font.from}/package.json`)), 'files', font.file),
  );
}

/**
 * Sveltia CMS's bundle with every address outside the site replaced:
 * - the fonts by `fonts/<file>`, relative to the editor's page, so the editor works at /admin/
 *   and at the root of an origin of its own;
 * - GitHub's status page, and the package CDN where it looks for a newer version of itself, by a
 *   `data:` address with an empty answer: no request leaves the browser, and the editor shows
 *   neither a status nor an update notice (as offline);
 * - the package CDN (unpkg), from which it loads code for widgets this configuration does not use
 *   (maps, code blocks, PDF previews), by an address of its own that does not exist: such a
 *   widget would fail rather than load code from another origin.
 * Fails the build when the bundle names another origin this list does not know (a new version).
 */
export function buildEditorBundle(): string {
  const entry = require.resolve('@sveltia/cms');
  let code = readFileSync(
    path.join(path.dirname(entry), '..', 'dist', 'sveltia-cms.js'),
    'utf8',
  ).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  for (const font of EDITOR_FONTS) {
    if (!font.cdn.test(code))
      throw new Error(
        `The editor bundle no longer names the font ${font.file} on the CDN: update src/editor/bundle.ts`,
      );
    code = code.replace(font.cdn, `fonts/${font.file}`);
  }
  code = code
    // An answer without a status, read in the browser without a request: the editor shows none.
    .replaceAll('https://www.githubstatus.com/api/v2/status.json', 'data:application/json,{}')
    // Its own package on the CDN, asked for a newer version: an answer without a version, same way.
    .replaceAll('https://unpkg.com/@sveltia/cms`', 'data:application/json,{}#`')
    .replaceAll('https://unpkg.com/', 'niet-beschikbaar/unpkg/');
  if (code.includes('cdn.jsdelivr.net'))
    throw new Error(
      'The editor bundle loads something else from cdn.jsdelivr.net: update src/editor/bundle.ts',
    );
  return code;
}

/**
 * The editor's file formats (src/editor/formats.ts) as one classic script for the browser, with
 * the YAML library they use: loaded right after sveltia-cms.js, from the editor's own origin.
 * esbuild comes with Astro, which bundles the site's own scripts with it too.
 */
export function buildEditorFormats(): string {
  const result = buildSync({
    entryPoints: [path.join(import.meta.dirname, 'formats.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild gave no output for src/editor/formats.ts');
  return file.text;
}
