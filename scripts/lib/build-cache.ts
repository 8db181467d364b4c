/**
 * Where a build keeps what the next build can reuse: Astro's incremental-build cache and the
 * parsed content files. One folder per output folder, so builds of different content (tests,
 * fixtures, benchmarks) never share a cache, even when they run at the same time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The cache folder of a build into `outDir`. */
export function getBuildCacheDir(outDir: string): string {
  const key = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(ROOT, 'node_modules', '.cache', 'integriteitsportaal', key);
}

/** Caches unused this long are removed by the next build (test and benchmark builds go to /tmp folders that are gone by then). */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Marks `cacheDir` as used and removes the caches of other output folders unused for a day. */
export function pruneBuildCaches(cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const now = new Date();
  utimesSync(cacheDir, now, now);
  const parent = path.dirname(cacheDir);
  for (const name of readdirSync(parent)) {
    const dir = path.join(parent, name);
    if (dir !== cacheDir && now.getTime() - statSync(dir).mtimeMs > MAX_AGE_MS) rmSync(dir, { recursive: true, force: true });
  }
}
