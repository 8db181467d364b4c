/**
 * Builds the site: `npm run build`.
 * 1. validates all content (a content error stops here, before anything is written);
 * 2. builds into dist.tmp/;
 * 3. writes the search index (pagefind) into dist.tmp/pagefind/;
 * 4. only when everything succeeded, replaces dist/ with it, so a failed build or index never
 *    leaves a half-written site where the old one was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getContentDir, getPortal, getToday } from '../src/data/index.ts';
import { loadContent } from '../src/data/load.ts';
import { ContentValidationError } from '../src/lib/content-errors.ts';
import { writeSearchIndex } from './lib/search-index.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.env['PORTAL_OUT_DIR'] ?? path.join(root, 'dist'));
const tmpDir = `${outDir}.tmp`;

try {
  loadContent(getContentDir(), { today: getToday() });
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    console.error('\nDe site is niet gebouwd; de vorige versie is ongewijzigd. (The site was not built; the previous version is unchanged.)');
    process.exit(1);
  }
  throw error;
}

rmSync(tmpDir, { recursive: true, force: true });
try {
  const { build } = await import('astro');
  await build({ root, outDir: tmpDir, logLevel: process.env['PORTAL_QUIET'] ? 'warn' : 'info' });
} catch (error) {
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error('\nDe build is mislukt; de vorige versie is ongewijzigd. (The build failed; the previous version is unchanged.)');
  process.exit(1);
}
if (!existsSync(path.join(tmpDir, 'index.html'))) {
  rmSync(tmpDir, { recursive: true, force: true });
  console.error('De build schreef geen index.html; er is niets gepubliceerd. (The build wrote no index.html; nothing was published.)');
  process.exit(1);
}
// The search index is written into the temporary folder too: a failed index publishes nothing.
try {
  const { pages, records } = await writeSearchIndex(tmpDir, getPortal());
  if (!process.env['PORTAL_QUIET']) console.log(`Zoekindex geschreven: ${pages} pagina's en ${records} registraties (search index written).`);
} catch (error) {
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error('\nDe zoekindex is mislukt; de vorige versie is ongewijzigd. (The search index failed; the previous version is unchanged.)');
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
console.log(`Site gebouwd in ${path.relative(process.cwd(), outDir) || '.'} (site built).`);
