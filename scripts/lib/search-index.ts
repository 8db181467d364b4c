/**
 * Writes the pagefind search index for a built site: the pages marked `data-pagefind-body`
 * (people, organisations) and one record per register entry (src/lib/search.ts). Runs on the
 * temporary build folder, so a failed index publishes nothing.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Portal } from '../../src/data/portal.ts';
import { buildSearchRecords } from '../../src/lib/search.ts';

/** pagefind's own search interfaces, which this site does not use. */
const UNUSED_BUNDLES = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Records sent to pagefind at once. */
const RECORD_BATCH = 200;

/** What the index holds, for the build log. */
export interface SearchIndexSummary {
  pages: number;
  records: number;
}

/** Indexes `siteDir` and writes the index to `<siteDir>/pagefind/`; throws on any pagefind error. */
export async function writeSearchIndex(siteDir: string, portal: Portal): Promise<SearchIndexSummary> {
  const fail = (step: string, errors: readonly string[]): never => {
    throw new Error(`Zoekindex: ${step} mislukt (search index: ${step} failed):\n${errors.join('\n')}`);
  };
  try {
    // Dutch for every page and record: stemming ("zorggroepen" finds "zorggroep") and one index.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (!index) return fail('createIndex', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    if (added.page_count === 0) fail('addDirectory', ['geen pagina met data-pagefind-body gevonden (no page with data-pagefind-body found)']);
    const records = buildSearchRecords(portal);
    // Sent in batches: one record at a time waits for pagefind's answer to each of 150,000
    // records at national size; a batch keeps its service busy (about twice as fast).
    for (let start = 0; start < records.length; start += RECORD_BATCH) {
      const batch = records.slice(start, start + RECORD_BATCH);
      const results = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: { ...record.filters } as Record<string, string[]> })));
      results.forEach((result, i) => {
        if (result.errors.length > 0) fail(`addCustomRecord ${batch[i]?.url ?? ''}`, result.errors);
      });
    }
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    // The search page has its own interface (src/client/search.ts); pagefind's ready-made
    // interfaces would only be dead weight on the server.
    for (const file of readdirSync(outputPath)) if (UNUSED_BUNDLES.test(file)) rmSync(path.join(outputPath, file));
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}
