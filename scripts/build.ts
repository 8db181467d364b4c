/**
 * Builds the site: `npm run build`.
 * 1. validates all content (a content error stops here, before anything is written);
 * 2. starts the search indexes (pagefind) with what comes from the data: the register indexes
 *    are written into dist.search/ (or linked from dist/ when their records did not change) while
 * 3. Astro builds into dist.tmp/;
 * 4. adds the built pages to the pages index in dist.tmp/pagefind/ and moves the register indexes
 *    to dist.tmp/pagefind-registers/;
 * 5. only when everything succeeded, publishes it in one atomic step (dist/ is a link to the
 *    published version, scripts/lib/publish.ts), so a failed build or index never leaves a
 *    half-written site, or none, where the old one was; the old site is deleted in the background.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { getContentDir, getPortal, getToday } from '../src/data/index.ts';
import { ContentValidationError } from '../src/lib/content-errors.ts';
import { useParseCache } from '../src/lib/parse-content.ts';
import { getBuildCacheDir, openParseCache, pruneBuildCaches } from './lib/build-cache.ts';
import { lockOutput } from './lib/build-lock.ts';
import { useProductionEnv } from './lib/production-env.ts';
import { deleteMovedAsideSites, publish, recoverSite } from './lib/publish.ts';
import { warnOnSecurityTxtExpiry } from './lib/security-txt-check.ts';
import { startSearchIndexes } from './lib/search-index.ts';
import { startStepTimings } from './lib/step-timings.ts';
import { useSynchronousFileWrites } from './lib/sync-writes.ts';

// A production build also when started from a test runner (scripts/lib/production-env.ts).
useProductionEnv();
// V8 collects at 30% heap growth, not 4x: Node peak 1.08 → 0.74 GB at 5,000 people (docs/benchmarks.md).
setFlagsFromString('--heap-growing-percent=30');

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.env['PORTAL_OUT_DIR'] ?? path.join(root, 'dist'));
const tmpDir = `${outDir}.tmp`;
const searchDir = `${outDir}.search`;

// One build at a time into this folder (scripts/lib/build-lock.ts).
lockOutput(outDir);
// What this build reuses from the previous build into the same folder: parsed content files and
// Astro's incremental cache (astro.config.mjs reads PORTAL_CACHE_DIR).
const cacheDir = getBuildCacheDir(outDir);
process.env['PORTAL_CACHE_DIR'] = cacheDir;
pruneBuildCaches(cacheDir);
const steps = startStepTimings();
// One date for the whole build, also when it runs across midnight: what is current, overdue or
// ended is decided once (src/data/index.ts reads PORTAL_TODAY, Astro's pages included).
process.env['PORTAL_TODAY'] = getToday();

// A crash while publishing can have left no site: restore the newest whole one first, so that
// even a build that fails below leaves a site. Then delete earlier sites whose deletion did not
// finish (the machine stopped), never the published one.
const restored = recoverSite(outDir);
if (restored)
  console.error(
    `De gepubliceerde site ontbrak; de laatste volledige versie is teruggezet (${restored}). (The published site was missing; the last whole version was restored.)`,
  );
deleteMovedAsideSites(outDir);
warnOnSecurityTxtExpiry(outDir, getToday());

try {
  // Validates and resolves the content once; Astro's pages reuse this portal (src/data/index.ts).
  // Unchanged files come parsed from the previous build: a rebuild's content step 20 → 4 s at 20,000 people.
  const parseCache = openParseCache(path.join(cacheDir, 'content.bin'));
  useParseCache(parseCache);
  getPortal();
  useParseCache(undefined);
  parseCache.save();
  steps.end('content');
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    console.error(
      '\nDe site is niet gebouwd; de vorige versie is ongewijzigd. (The site was not built; the previous version is unchanged.)',
    );
    process.exit(1);
  }
  throw error;
}

rmSync(tmpDir, { recursive: true, force: true });
rmSync(searchDir, { recursive: true, force: true });
const search = startSearchIndexes(getPortal(), searchDir, {
  siteDir: outDir,
  stateFile: path.join(cacheDir, 'search-indexes.json'),
});
/** Removes what this build wrote and stops with `message`; the published site stays as it was. */
async function abandon(message: string): Promise<never> {
  await search.abort();
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}
process.env['PORTAL_CONTENT_DIR'] = getContentDir(); // absolute: the working folder may change below
const startDir = process.cwd();
// Astro bundles pages into <cwd>/.astro/ for an outDir outside cwd: a cwd of its own keeps builds into /tmp apart.
if (path.relative(startDir, tmpDir).startsWith('..')) {
  mkdirSync(cacheDir, { recursive: true });
  process.chdir(cacheDir);
}
// Astro's writes synchronous, its cache copies hard links: cold 5-10%, rebuild a quarter faster (scripts/lib/sync-writes.ts).
const restoreFileWrites = useSynchronousFileWrites();
try {
  const { build } = await import('astro');
  await build({ root, outDir: tmpDir, logLevel: process.env['PORTAL_QUIET'] ? 'warn' : 'info' });
  steps.end('astro');
} catch (error) {
  await abandon(
    `${error instanceof Error ? error.message : String(error)}\n\nDe build is mislukt; de vorige versie is ongewijzigd. (The build failed; the previous version is unchanged.)`,
  );
} finally {
  restoreFileWrites();
}
if (!existsSync(path.join(tmpDir, 'index.html'))) {
  await abandon(
    'De build schreef geen index.html; er is niets gepubliceerd. (The build wrote no index.html; nothing was published.)',
  );
}
// The search indexes go into the temporary folder too: a failed index publishes nothing.
try {
  const { pages, records, reused } = await search.finish(tmpDir);
  steps.end('search');
  if (!process.env['PORTAL_QUIET']) {
    console.log(
      `Zoekindex geschreven: ${pages} pagina's en ${records} registraties (search index written).`,
    );
    if (reused.length > 0)
      console.log(
        `Ongewijzigd overgenomen uit de vorige build (unchanged, reused): zoekindex van ${reused.join(', ')}.`,
      );
  }
} catch (error) {
  await abandon(
    `${error instanceof Error ? error.message : String(error)}\n\nDe zoekindex is mislukt; de vorige versie is ongewijzigd. (The search index failed; the previous version is unchanged.)`,
  );
} finally {
  rmSync(searchDir, { recursive: true, force: true });
}
publish(tmpDir, outDir);
search.saveState();
steps.end('publish');
steps.write();
console.log(`Site gebouwd in ${path.relative(startDir, outDir) || '.'} (site built).`);
