/**
 * Writes the site's two pagefind indexes for a built site (src/lib/search-options.ts):
 * - the pages index in `<siteDir>/pagefind/`: the pages marked `data-pagefind-body` (people,
 *   organisations, reports) and officials' functions, which answers every search;
 * - the register index in `<siteDir>/pagefind-registers/`: one record per register entry
 *   (src/lib/search.ts), loaded only when a visitor narrows a search to register entries.
 * Runs on the temporary build folder, so a failed index publishes nothing.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Portal } from '../../src/data/portal.ts';
import { buildOfficialRecords, buildSearchRecords, type SearchRecord } from '../../src/lib/search.ts';
import { SEARCH_INDEX_PATHS } from '../../src/lib/search-options.ts';

/** pagefind's own search interfaces, which this site does not use. */
const UNUSED_BUNDLES = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Records sent to pagefind at once. */
const RECORD_BATCH = 200;

/** What the indexes hold, for the build log. */
export interface SearchIndexSummary {
  /** Pages in the pages index. */
  pages: number;
  /** Custom records: officials' functions in the pages index plus the register index's records. */
  records: number;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Zoekindex: ${step} mislukt (search index: ${step} failed):\n${errors.join('\n')}`);
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function addRecords(index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  // Sent in batches: one record at a time waits for pagefind's answer to each of 150,000
  // records at national size; a batch keeps its service busy (about twice as fast).
  for (let start = 0; start < records.length; start += RECORD_BATCH) {
    const batch = records.slice(start, start + RECORD_BATCH);
    const results = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: { ...record.filters } as Record<string, string[]> })));
    results.forEach((result, i) => {
      if (result.errors.length > 0) fail(`addCustomRecord ${batch[i]?.url ?? ''}`, result.errors);
    });
  }
}

async function createIndex(): Promise<PagefindIndex> {
  // Dutch for every page and record: stemming ("zorggroepen" finds "zorggroep") and one index.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  return index ?? fail('createIndex', errors);
}

async function writeIndex(index: PagefindIndex, siteDir: string, urlPath: string): Promise<void> {
  const outputPath = path.join(siteDir, ...urlPath.split('/').filter(Boolean));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail('writeFiles', written.errors);
  // The search page has its own interface (src/client/search.ts); pagefind's ready-made
  // interfaces would only be dead weight on the server.
  for (const file of readdirSync(outputPath)) if (UNUSED_BUNDLES.test(file)) rmSync(path.join(outputPath, file));
  // Frees the service's memory before the next index.
  await index.deleteIndex();
}

/** Indexes `siteDir` into its two indexes; throws on any pagefind error. */
export async function writeSearchIndex(siteDir: string, portal: Portal): Promise<SearchIndexSummary> {
  try {
    const pagesIndex = await createIndex();
    const added = await pagesIndex.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    if (added.page_count === 0) fail('addDirectory', ['geen pagina met data-pagefind-body gevonden (no page with data-pagefind-body found)']);
    const officials = buildOfficialRecords(portal);
    await addRecords(pagesIndex, officials);
    await writeIndex(pagesIndex, siteDir, SEARCH_INDEX_PATHS.pages);

    const registerIndex = await createIndex();
    const records = buildSearchRecords(portal);
    await addRecords(registerIndex, records);
    await writeIndex(registerIndex, siteDir, SEARCH_INDEX_PATHS.registers);
    return { pages: added.page_count, records: officials.length + records.length };
  } finally {
    await pagefind.close();
  }
}
