/**
 * Queries the built pagefind indexes from Node: loads the site's own pagefind.js and serves the
 * files it fetches from the build folder, so tests search exactly what visitors search.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseSearchIndex, SEARCH_INDEX_PATHS, SEARCH_OPTIONS, type SearchIndexName } from '../../src/lib/search-options.ts';
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
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
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

let engine: Promise<SearchEngine> | undefined;

/** The folder of one index in the built site. */
const indexDir = (name: SearchIndexName): string => path.join(DIST, ...SEARCH_INDEX_PATHS[name].split('/').filter(Boolean));

/** Loads one index's own pagefind.js; a query string makes each index its own module instance. */
async function loadIndex(name: SearchIndexName): Promise<PagefindModule> {
  const root = indexDir(name);
  const pagefind = (await import(/* @vite-ignore */ `${pathToFileURL(path.join(root, 'pagefind.js')).href}?index=${name}`)) as PagefindModule;
  // Result URLs as a browser at the site's root sees them.
  await pagefind.options({ ...SEARCH_OPTIONS, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

/**
 * Opens the site's indexes once per test file and answers each search from the index the search
 * page would use for its filters (chooseSearchIndex).
 */
export function openSearch(): Promise<SearchEngine> {
  engine ??= (async () => {
    const roots = (Object.keys(SEARCH_INDEX_PATHS) as SearchIndexName[]).map((name) => indexDir(name) + path.sep);
    const realFetch = globalThis.fetch;
    // pagefind.js fetches its WebAssembly and index files next to itself: read them from disk.
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.startsWith('file:')) return realFetch(input, init);
      const file = fileURLToPath(url.split('?')[0] ?? url);
      if (!roots.some((root) => file.startsWith(root))) throw new Error(`pagefind asked for a file outside its folder: ${file}`);
      return new Response(await readFile(file));
    };
    const indexes = { pages: await loadIndex('pages'), registers: await loadIndex('registers') };
    const run = async (term: string | null, filters: Record<string, string> = {}) => {
      const response = await indexes[chooseSearchIndex(filters)].search(term, { filters });
      if (!response) throw new Error(`search for ${String(term)} was cancelled`);
      return response.results;
    };
    return {
      async search(term, filters = {}, limit = 3) {
        const results = await run(term, filters);
        const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
        return data.map((d) => ({ url: d.url, title: d.meta['title'] ?? '', soort: d.meta['soort'] ?? '', context: d.meta['context'] ?? '', excerpt: d.excerpt, content: d.content, filters: d.filters }));
      },
      async count(term, filters = {}) {
        return (await run(term, filters)).length;
      },
      filters: (name = 'pages') => indexes[name].filters(),
    };
  })();
  return engine;
}
