/**
 * Writes the site's two pagefind indexes (src/lib/search-options.ts):
 * - the pages index in `<siteDir>/pagefind/`: the pages marked `data-pagefind-body` (people,
 *   organisations, reports) and officials' functions, which answers every search;
 * - the register index in `<siteDir>/pagefind-registers/`: one record per register entry
 *   (src/lib/search.ts), loaded only when a visitor narrows a search to register entries.
 * Writes into the temporary build folder, so a failed index publishes nothing.
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Portal } from '../../src/data/portal.ts';
import { buildOfficialRecords, searchRecords, type SearchRecord } from '../../src/lib/search.ts';
import { NOT_INDEXED_SELECTORS, SEARCH_INDEX_PATHS, SEARCHABLE_FOLDERS } from '../../src/lib/search-options.ts';

/** pagefind's own search interfaces, which this site does not use. */
const UNUSED_BUNDLES = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Records sent to pagefind at once, and how many such batches may wait for its answer. */
const RECORD_BATCH = 2000;
const BATCHES_IN_FLIGHT = 2;

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

/** Adds `records` to `index`, taking them from the iterable a batch at a time; returns how many. */
async function addRecords(index: PagefindIndex, records: Iterable<SearchRecord>): Promise<number> {
  // Sent in batches, the next one while pagefind still works on the previous: one record at a
  // time waits for pagefind's answer to each of 150,000 records at national size, and one batch
  // at a time left pagefind idle while the next was made. pagefind alone took 56 s for those
  // records in batches of 200 one at a time, 45 s in batches of 2,000 two at a time.
  const send = async (batch: readonly SearchRecord[]): Promise<void> => {
    const results = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: { ...record.filters } as Record<string, string[]> })));
    results.forEach((result, i) => {
      if (result.errors.length > 0) fail(`addCustomRecord ${batch[i]?.url ?? ''}`, result.errors);
    });
  };
  const inFlight: Promise<void>[] = [];
  let count = 0;
  let batch: SearchRecord[] = [];
  for (const record of records) {
    batch.push(record);
    count++;
    if (batch.length === RECORD_BATCH) {
      const sent = send(batch);
      // Failures are thrown where the batch is awaited; until then they are not unhandled.
      sent.catch(() => undefined);
      inFlight.push(sent);
      batch = [];
      if (inFlight.length === BATCHES_IN_FLIGHT) await inFlight.shift();
    }
  }
  inFlight.push(send(batch));
  await Promise.all(inFlight);
  return count;
}

async function createIndex(): Promise<PagefindIndex> {
  // Dutch for every page and record: stemming ("zorggroepen" finds "zorggroep") and one index.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: [...NOT_INDEXED_SELECTORS] });
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

/** The search indexes of one build, started before Astro renders the site. */
export interface SearchIndexBuild {
  /** Indexes the built site's pages and puts both indexes into `siteDir`; throws on any pagefind error. */
  finish(siteDir: string): Promise<SearchIndexSummary>;
  /** Stops the search service without writing anything (the build failed). */
  abort(): Promise<void>;
}

/**
 * Starts the search indexes for `portal` while the site is still to be built: the register index
 * and the officials' records come from the data, not from pages, so pagefind (a binary of its own,
 * on the second core) indexes them while Astro renders (about half of the search time at 20,000
 * people). The register index is written to `stagingDir` first: Astro empties the output folder
 * when it starts. `finish` then adds the rendered pages of SEARCHABLE_FOLDERS.
 */
export function startSearchIndexes(portal: Portal, stagingDir: string): SearchIndexBuild {
  const officials = buildOfficialRecords(portal);
  const pagesIndex = (async () => {
    const index = await createIndex();
    await addRecords(index, officials);
    return index;
  })();
  const registers = (async () => {
    const index = await createIndex();
    // Made a batch at a time: the 150,000 records of a national-size site never all at once.
    const count = await addRecords(index, searchRecords(portal));
    await writeIndex(index, stagingDir, SEARCH_INDEX_PATHS.registers);
    return count;
  })();
  // Awaited in finish(); until then a failure must not end the process as an unhandled rejection.
  pagesIndex.catch(() => undefined);
  registers.catch(() => undefined);
  return {
    async finish(siteDir) {
      try {
        const index = await pagesIndex;
        const glob = `{${SEARCHABLE_FOLDERS.join(',')}}/**/*.html`;
        const added = await index.addDirectory({ path: siteDir, glob });
        if (added.errors.length > 0) fail('addDirectory', added.errors);
        if (added.page_count === 0) fail('addDirectory', ['geen pagina met data-pagefind-body gevonden (no page with data-pagefind-body found)']);
        await writeIndex(index, siteDir, SEARCH_INDEX_PATHS.pages);
        const records = await registers;
        const folder = (root: string) => path.join(root, ...SEARCH_INDEX_PATHS.registers.split('/').filter(Boolean));
        renameSync(folder(stagingDir), folder(siteDir));
        return { pages: added.page_count, records: officials.length + records };
      } finally {
        await pagefind.close();
      }
    },
    async abort() {
      // Ends the service at once; what it was still doing fails, and is not awaited.
      await pagefind.close();
      rmSync(stagingDir, { recursive: true, force: true });
    },
  };
}
