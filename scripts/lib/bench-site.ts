/**
 * Measures a built site for the benchmark: pages, bytes, the search index, the person pages and
 * the records the register pages show, and what a visitor's first search query transfers.
 */
import { globSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { planSearch, SEARCH_INDEX_PATHS, SEARCH_OPTIONS } from '../../src/lib/search-options.ts';

/** What a built site holds. */
export interface SiteMetrics {
  /** HTML pages. */
  pages: number;
  /** Every file outside the search index, in bytes. */
  outputBytes: number;
  /** The search indexes (pagefind/ and pagefind-registers/), in bytes and files. */
  searchIndexBytes: number;
  searchIndexFiles: number;
  personPages: number;
  personPageAverageBytes: number;
  personPageMaxBytes: number;
  /** Person pages of 15 KB or more (the budget is under 15 KB). */
  personPagesOver15Kb: number;
  /** Person pages with a <script> element: must be 0. */
  personPagesWithScript: number;
  organisationPages: number;
  /** Distinct organisation pages that the three registers' pages link to: every organisation a record names. */
  linkedOrganisations: number;
  /** The largest page and its size. */
  largestPage: { path: string; bytes: number };
  /** Distinct records (data-key) per kind across every page of a register. */
  registerRecords: { nevenfunctie: number; 'financieel-belang': number; geschenk: number };
}

interface FileEntry {
  rel: string;
  bytes: number;
}

function walk(dir: string, rel = ''): FileEntry[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    return entry.isDirectory()
      ? walk(full, relPath)
      : [{ rel: relPath, bytes: statSync(full).size }];
  });
}

/** Distinct records of `kind` on the pages of a register; the organisation pages they link to are added to `organisations`. */
function countKeys(
  siteDir: string,
  files: readonly FileEntry[],
  folder: string,
  kind: string,
  organisations: Set<string>,
): number {
  const keys = new Set<string>();
  const pattern = new RegExp(`data-record="${kind}" data-key="([^"]*)"`, 'g');
  for (const file of files) {
    if (!file.rel.startsWith(`${folder}/`) || !file.rel.endsWith('.html')) continue;
    const html = readFileSync(path.join(siteDir, file.rel), 'utf8');
    for (const match of html.matchAll(pattern)) keys.add(match[1] ?? '');
    for (const match of html.matchAll(/href="\/organisaties\/([^"/]+)\//g))
      organisations.add(match[1] ?? '');
  }
  return keys.size;
}

/** The number of HTML pages in `siteDir`, as `measureSite` counts them. */
export function countPages(siteDir: string): number {
  return globSync('**/*.html', { cwd: siteDir }).length;
}

/** Measures the site in `siteDir` (a build of scripts/build.ts). */
export function measureSite(siteDir: string): SiteMetrics {
  const files = walk(siteDir);
  const html = files.filter((f) => f.rel.endsWith('.html'));
  const isIndex = (f: FileEntry): boolean =>
    f.rel.startsWith('pagefind/') || f.rel.startsWith('pagefind-registers/');
  const index = files.filter(isIndex);
  // Not the A-Z list's own pages (personen/2/, …): an id that is a page number stops the build.
  const people = html.filter((f) => /^personen\/(?!\d+\/)[^/]+\/index\.html$/.test(f.rel));
  const largest = html.reduce((max, f) => (f.bytes > max.bytes ? f : max), { rel: '', bytes: 0 });
  const linkedOrganisations = new Set<string>();
  const registerRecords = {
    nevenfunctie: countKeys(
      siteDir,
      html,
      'registers/nevenfuncties',
      'nevenfunctie',
      linkedOrganisations,
    ),
    'financieel-belang': countKeys(
      siteDir,
      html,
      'registers/financiele-belangen',
      'financieel-belang',
      linkedOrganisations,
    ),
    geschenk: countKeys(siteDir, html, 'registers/geschenken', 'geschenk', linkedOrganisations),
  };
  return {
    pages: html.length,
    outputBytes: files.filter((f) => !isIndex(f)).reduce((sum, f) => sum + f.bytes, 0),
    searchIndexBytes: index.reduce((sum, f) => sum + f.bytes, 0),
    searchIndexFiles: index.length,
    personPages: people.length,
    personPageAverageBytes:
      people.length === 0
        ? 0
        : Math.round(people.reduce((sum, f) => sum + f.bytes, 0) / people.length),
    personPageMaxBytes: people.reduce((max, f) => Math.max(max, f.bytes), 0),
    personPagesOver15Kb: people.filter((f) => f.bytes >= 15 * 1024).length,
    personPagesWithScript: people.filter((f) =>
      /<script\b/i.test(readFileSync(path.join(siteDir, f.rel), 'utf8')),
    ).length,
    organisationPages: html.filter((f) => /^organisaties\/(?!\d+\/)[^/]+\/index\.html$/.test(f.rel))
      .length,
    linkedOrganisations: linkedOrganisations.size,
    largestPage: { path: `/${largest.rel.replace(/index\.html$/, '')}`, bytes: largest.bytes },
    registerRecords,
  };
}

/** Bytes on the wire: text gzip-compressed at level 6 as hosts do; pagefind's index files are gzip already. */
function wireBytes(content: Buffer, file: string): number {
  return /\.(?:js|json|css|html)$/.test(file)
    ? gzipSync(content, { level: 6 }).length
    : content.length;
}

/** The JavaScript the search page loads itself, with its static imports. */
function searchPageScripts(siteDir: string): string[] {
  const page = readFileSync(path.join(siteDir, 'zoeken', 'index.html'), 'utf8');
  const queue = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const source = readFileSync(path.join(siteDir, url), 'utf8');
    for (const m of source.matchAll(
      /(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      queue.push(path.posix.join(path.posix.dirname(url), m[1] ?? ''));
    }
  }
  return [...seen];
}

interface PagefindResult {
  data(): Promise<unknown>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * What the first search on /zoeken/ transfers, gzip-compressed: the page's own script, pagefind's
 * engine (JS, worker, WebAssembly) and every index file and result fragment pagefind fetches to
 * show the first 10 results for `query`, with `filters` from the indexes the search page chooses
 * for them (planSearch). The same files the browser test measures
 * (tests/build/search-budget.test.ts), fetched here by pagefind.js running in Node.
 */
export async function measureFirstQuery(
  siteDir: string,
  query: string,
  filters: Record<string, string> = {},
): Promise<{ bytes: number; files: number; results: number }> {
  const plan = planSearch(filters);
  // The published site is a link to a version folder (scripts/lib/publish.ts); pagefind's module
  // asks for its files by their real path.
  const realSite = realpathSync(siteDir);
  const [first, ...merged] = plan.indexes.map((name) =>
    path.join(realSite, ...SEARCH_INDEX_PATHS[name].split('/').filter(Boolean)),
  );
  if (first === undefined) throw new Error(`no index answers ${JSON.stringify(filters)}`);
  const root = first;
  const fetched = new Map<string, number>();
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    const file = fileURLToPath(url.split('?')[0] ?? url);
    if (![root, ...merged].some((dir) => file.startsWith(dir + path.sep)))
      throw new Error(`pagefind asked for a file outside its folders: ${file}`);
    const content = await readFile(file);
    fetched.set(file, wireBytes(content, file));
    return new Response(content);
  };
  try {
    // A query string makes this a new module instance per site, even for the same path.
    const entry = `${pathToFileURL(path.join(root, 'pagefind.js')).href}?bench=${Date.now()}`;
    const pagefind = (await import(entry)) as PagefindModule;
    await pagefind.options({ ...SEARCH_OPTIONS, baseUrl: '/' });
    await pagefind.init();
    for (const dir of merged) await pagefind.mergeIndex(`${pathToFileURL(dir).href}/`);
    const response = await pagefind.search(query, { filters: plan.filters });
    const results = response?.results ?? [];
    await Promise.all(results.slice(0, 10).map((r) => r.data()));
    // The browser also loads these, which pagefind in Node does not fetch.
    for (const name of ['pagefind.js', 'pagefind-worker.js']) {
      const file = path.join(root, name);
      if (!fetched.has(file)) fetched.set(file, wireBytes(readFileSync(file), file));
    }
    let bytes = [...fetched.values()].reduce((sum, b) => sum + b, 0);
    const scripts = searchPageScripts(siteDir);
    for (const url of scripts) bytes += wireBytes(readFileSync(path.join(siteDir, url)), url);
    return { bytes, files: fetched.size + scripts.length, results: results.length };
  } finally {
    globalThis.fetch = realFetch;
  }
}
