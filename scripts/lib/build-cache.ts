/**
 * Where a build keeps what the next build can reuse: Astro's incremental-build cache and the
 * parsed content files. One folder per output folder, so builds of different content (tests,
 * fixtures, benchmarks) never share a cache, even when they run at the same time.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParseCache, ParsedOk } from '../../src/lib/parse-content.ts';

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
    if (dir !== cacheDir && now.getTime() - statSync(dir).mtimeMs > MAX_AGE_MS)
      rmSync(dir, { recursive: true, force: true });
  }
}

/** The stored parse cache's format; a file of another version is ignored. */
const PARSE_CACHE_VERSION = 1;

/** A parse cache that `save()` stores for the next build. */
export interface StoredParseCache extends ParseCache {
  /** Stores the files parsed since `openParseCache`, and only those, then empties the cache. */
  save(): void;
}

/**
 * The parsed content files of the previous build, for `useParseCache` (src/lib/parse-content.ts).
 * Buys a rebuild's content step: 20 s → 4 s at 20,000 people (docs/benchmarks.md). `save()`
 * empties it, so the parsed files (the content a second time) are not held through Astro's build.
 */
export function openParseCache(file: string): StoredParseCache {
  let previous = new Map<string, ParsedOk>();
  try {
    if (existsSync(file)) {
      const stored = deserialize(readFileSync(file)) as {
        version: number;
        entries: [string, ParsedOk][];
      };
      if (stored.version === PARSE_CACHE_VERSION) previous = new Map(stored.entries);
    }
  } catch {
    // A damaged or foreign cache file is ignored: everything is parsed again.
  }
  let used = new Map<string, ParsedOk>();
  return {
    get(key) {
      const hit = used.get(key) ?? previous.get(key);
      if (hit) used.set(key, hit);
      return hit;
    },
    set(key, result) {
      used.set(key, result);
    },
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(
        file,
        serialize({ version: PARSE_CACHE_VERSION, entries: [...used.entries()] }),
      );
      previous = new Map();
      used = new Map();
    },
  };
}
