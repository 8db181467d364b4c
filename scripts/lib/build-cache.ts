/**
 * Where a build keeps what the next build can reuse: Astro's incremental-build cache and the
 * parsed content files. One folder per output folder, so builds of different content (tests,
 * fixtures, benchmarks) never share a cache, even when they run at the same time.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The cache folder of a build into `outDir`. */
export function getBuildCacheDir(outDir: string): string {
  const key = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(ROOT, 'node_modules', '.cache', 'integriteitsportaal', key);
}
