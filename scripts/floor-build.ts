/**
 * The benchmark's yardstick (scripts/bench.ts): what Astro itself costs per page on this machine.
 * It builds, with the project's Astro, its build concurrency and its synchronous writes
 * (scripts/lib/sync-writes.ts), a site of FLOOR_PAGES pages of one paragraph each, in a folder of
 * their own as the portal's pages are, and nothing else: no content, no components, no
 * stylesheet, no incremental cache, no search index. The Astro step of a cold build of the portal
 * cannot be faster than this for the same number of pages, and since the floor needs no copy of
 * the portal's pages it never has to be kept in step with them.
 *
 *   FLOOR_PAGES=<n> PORTAL_OUT_DIR=<dir> node scripts/floor-build.ts
 *
 * The Astro project it builds is written next to the output (`<dir>.project/`) and removed after.
 */
import { globSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { useProductionEnv } from './lib/production-env.ts';
import { useSynchronousFileWrites } from './lib/sync-writes.ts';

const root = path.resolve(import.meta.dirname, '..');
const pages = Number(process.env['FLOOR_PAGES']);
const outDirSetting = process.env['PORTAL_OUT_DIR'];
if (!Number.isInteger(pages) || pages < 1 || outDirSetting === undefined) {
  console.error(
    'Usage: FLOOR_PAGES=<number of pages> PORTAL_OUT_DIR=<folder> node scripts/floor-build.ts',
  );
  process.exit(2);
}
const outDir = path.resolve(outDirSetting);
const projectDir = `${outDir}.project`;

useProductionEnv();

rmSync(outDir, { recursive: true, force: true });
rmSync(projectDir, { recursive: true, force: true });
mkdirSync(path.join(projectDir, 'src', 'pages', 'p'), { recursive: true });
// The project's packages, so that the pages resolve `astro` as the portal's do.
symlinkSync(path.join(root, 'node_modules'), path.join(projectDir, 'node_modules'), 'dir');
writeFileSync(
  path.join(projectDir, 'src', 'pages', 'p', '[n].astro'),
  [
    '---',
    'export function getStaticPaths() {',
    `  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));`,
    '}',
    'const { n } = Astro.params;',
    '---',
    '<html lang="nl"><head><meta charset="utf-8"><title>Pagina {n}</title></head><body><p>Pagina {n}</p></body></html>',
    '',
  ].join('\n'),
);

useSynchronousFileWrites();
try {
  const { build } = await import('astro');
  await build({
    root: projectDir,
    outDir,
    // Not the project's node_modules/.astro, which the symlink would otherwise make it.
    cacheDir: path.join(projectDir, '.astro-cache'),
    logLevel: 'warn',
    trailingSlash: 'always',
    // As astro.config.mjs.
    build: { concurrency: 2 },
    devToolbar: { enabled: false },
  });
} finally {
  rmSync(projectDir, { recursive: true, force: true });
}
const written = globSync('p/*/index.html', { cwd: outDir }).length;
if (written !== pages) {
  console.error(`floor-build: ${written} pages written, ${pages} expected`);
  process.exit(1);
}
