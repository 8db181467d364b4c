/**
 * The run's folder for shared sites (tests/shared-sites.ts): made before the tests, removed with
 * the sites' build caches after them. With PORTAL_TEST_SITES=<folder>, that folder is used and
 * kept, so that the next run reuses the sites built there: for working on the tests only, since a
 * site is then not rebuilt after a change to the product (delete the folder after one).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { getBuildCacheDir } from '../scripts/lib/build-cache.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export default function setup(project: TestProject): (() => void) | undefined {
  // Tests start a hundred Node processes (builds, the editors' commands) that compile the same
  // modules (Astro, Vite, zod): Node's compile cache keeps them compiled from one process to the
  // next, a fifth less CPU for a small build (measured). It changes no module's behaviour.
  process.env['NODE_COMPILE_CACHE'] ??= path.join(ROOT, 'node_modules/.cache/node-compile-cache');
  const kept = process.env['PORTAL_TEST_SITES'];
  if (kept) {
    mkdirSync(kept, { recursive: true });
    project.provide('sharedSitesDir', path.resolve(kept));
    return undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-shared-sites-'));
  project.provide('sharedSitesDir', dir);
  return () => {
    // One folder per site (`<name>/site`); beside them `<name>.lock` and `<name>.json`.
    for (const name of readdirSync(dir).filter((entry) => !entry.includes('.')))
      rmSync(getBuildCacheDir(path.join(dir, name, 'site')), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
}
