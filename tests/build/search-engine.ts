/**
 * Queries the built pagefind indexes from Node: loads the site's own pagefind.js and serves the
 * files it fetches from the build folder, so tests search exactly what visitors search.
 */
import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  parseRegisterIndexes,
  planSearch,
  SEARCH_INDEX_PATHS,
  SEARCH_OPTIONS,
  type SearchIndexName,
} from '../../src/lib/search-options.ts';
import { DIST } from './site.ts';

/** One search result, as the search page shows it. */
export interface Hit {
  url: string;
  title: string;
  soort: string;
  context: string;
  excerpt: string;
  /** The page's words as the index holds them (what a search can match). */
  content: string;
  filters: Record<string, string[]>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A search over the built index. */
export interface SearchEngine {
  /** The first `limit` results for `term` (null: filters only). */
  search(term: string | null, filters?: Record<string, string>, limit?: number): Promise<Hit[]>;
  /** How many results in total. */
  count(term: string | null, filters?: Record<string, string>): Promise<number>;
  /** Every filter of one index (default: the pages index) with its values and counts. */
  filters(index?: SearchIndexName): Promise<Record<string, Record<string, number>>>;
}

/** The folder of one index in the built site `siteDir`. */
const indexDir = (siteDir: string, name: SearchIndexName): string =>
  path.join(siteDir, ...SEARCH_INDEX_PATHS[name].split('/').filter(Boolean));

/** Folders whose files pagefind may fetch, and how many engines were opened (each gets modules of its own). */
const roots: string[] = [];
let opened = 0;

/** pagefind.js fetches its WebAssembly and index files next to itself: read them from disk, from open sites only. */
function serveFilesFromDisk(): void {
  if (opened > 0) return;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    const file = fileURLToPath(url.split('?')[0] ?? url);
    if (!roots.some((root) => file.startsWith(root)))
      throw new Error(`pagefind asked for a file outside its folder: ${file}`);
    return new Response(await readFile(file));
  };
}

/**
 * Loads the first index's own pagefind.js and merges the others into it, as the search page does;
 * a query string makes each combination, in each engine, its own module instance.
 */
async function loadIndexes(
  siteDir: string,
  names: readonly SearchIndexName[],
  engine: number,
): Promise<PagefindModule> {
  const [first, ...merged] = names;
  if (first === undefined) throw new Error('no index to load');
  const pagefind = (await import(
    /* @vite-ignore */ `${pathToFileURL(path.join(indexDir(siteDir, first), 'pagefind.js')).href}?indexes=${names.join('+')}&engine=${engine}`
  )) as PagefindModule;
  // Result URLs as a browser at the site's root sees them.
  await pagefind.options({ ...SEARCH_OPTIONS, baseUrl: '/' });
  await pagefind.init();
  for (const name of merged)
    await pagefind.mergeIndex(pathToFileURL(indexDir(siteDir, name)).href + '/');
  return pagefind;
}

let demo: Promise<SearchEngine> | undefined;

/** The demo site's indexes, opened once per test file (searchSite). */
export function openSearch(): Promise<SearchEngine> {
  demo ??= searchSite(DIST);
  return demo;
}

/**
 * Searches the built site in `siteDir` as it is now, answering each search from the indexes the
 * search page would use for its filters (planSearch).
 */
export async function searchSite(siteDir: string): Promise<SearchEngine> {
  serveFilesFromDisk();
  const engine = ++opened;
  // The published dist/ is a link to a version folder (scripts/lib/publish.ts), and the engine's
  // module asks for files by their real path: allow both spellings of each index folder.
  const real = existsSync(siteDir) ? realpathSync(siteDir) : siteDir;
  roots.push(
    ...(Object.keys(SEARCH_INDEX_PATHS) as SearchIndexName[]).flatMap((name) => [
      indexDir(siteDir, name) + path.sep,
      indexDir(real, name) + path.sep,
    ]),
  );
  // The indexes the site has, as its search page says (a register without entries has none).
  const page = await readFile(path.join(siteDir, 'zoeken', 'index.html'), 'utf8');
  const registerIndexes = parseRegisterIndexes(/data-register-indexes="([^"]*)"/.exec(page)?.[1]);
  for (const name of registerIndexes) {
    if (!existsSync(path.join(indexDir(siteDir, name), 'pagefind-entry.json')))
      throw new Error(`the search page names index ${name}, which the site lacks`);
  }
  const loaded = new Map<string, Promise<PagefindModule>>();
  const open = (names: readonly SearchIndexName[]): Promise<PagefindModule> => {
    const key = names.join('+');
    const index = loaded.get(key) ?? loadIndexes(siteDir, names, engine);
    loaded.set(key, index);
    return index;
  };
  const run = async (term: string | null, filters: Record<string, string> = {}) => {
    const plan = planSearch(filters, registerIndexes);
    if (plan.indexes.length === 0) return [];
    const response = await (await open(plan.indexes)).search(term, { filters: plan.filters });
    if (!response) throw new Error(`search for ${String(term)} was cancelled`);
    return response.results;
  };
  return {
    async search(term, filters = {}, limit = 3) {
      const results = await run(term, filters);
      const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
      return data.map((d) => ({
        url: d.url,
        title: d.meta['title'] ?? '',
        soort: d.meta['soort'] ?? '',
        context: d.meta['context'] ?? '',
        excerpt: d.excerpt,
        content: d.content,
        filters: d.filters,
      }));
    },
    async count(term, filters = {}) {
      return (await run(term, filters)).length;
    },
    filters: async (name = 'pages') => (await open([name])).filters(),
  };
}
