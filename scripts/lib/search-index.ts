/**
 * Writes the site's pagefind indexes (src/lib/search-options.ts):
 * - the pages index in `<siteDir>/pagefind/`: the pages marked `data-pagefind-body` (people,
 *   organisations, reports) and officials' functions, which answers every search;
 * - one index per register in `<siteDir>/pagefind-registers/<register>/`: one record per register
 *   entry (src/data/search.ts), loaded only when a visitor narrows a search to that register.
 * Writes into the temporary build folder, so a failed index publishes nothing. A register index
 * whose records are the same as in the previous build is taken from the published site instead
 * of being made again (after an edit to one person's side positions: the gifts and interests).
 *
 * The pages index and the register indexes are made by two pagefind services (two processes):
 * a service answers one message at a time, so in one service the pages index, which can only
 * start when Astro is done, waited for the side positions' records and they for it.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Portal } from '../../src/data/portal.ts';
import type { SearchRecord } from '../../src/data/search.ts';
import {
  buildOfficialRecords,
  registerIndexesWithEntries,
  registerRecords,
} from '../../src/registers/search.ts';
import { getSearchWords } from '../../src/i18n/index.ts';
import {
  NOT_INDEXED_SELECTORS,
  REGISTER_INDEXES,
  REGISTER_INDEXES_PATH,
  SEARCH_INDEX_PATHS,
  SEARCHABLE_FOLDERS,
  type RegisterIndexName,
} from '../../src/lib/search-options.ts';
import { bodyContext } from '../../src/bodies/index.ts';
import { linkOrCopy } from './sync-writes.ts';

/** pagefind's own search interfaces, which this site does not use. */
const UNUSED_BUNDLES = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Records sent to pagefind at once, and how many such batches may wait for its answer. */
const RECORD_BATCH = 2000;
const BATCHES_IN_FLIGHT = 2;

/** What the indexes hold, for the build log. */
export interface SearchIndexSummary {
  /** Pages in the pages index. */
  pages: number;
  /** Custom records: officials' functions in the pages index plus the register indexes' records. */
  records: number;
  /** Register indexes taken unchanged from the previous build. */
  reused: RegisterIndexName[];
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(
    `Zoekindex: ${step} mislukt (search index: ${step} failed):\n${errors.join('\n')}`,
  );
}

type Pagefind = typeof pagefind;
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

/**
 * A pagefind service of its own. pagefind's Node API starts one service process per instance of
 * its module, and that service handles one message at a time (`addDirectory` of 41,000 pages
 * and `writeFiles` each hold it for 10-20 s at 20,000 people); a second instance of the module,
 * imported under another URL, starts a second process.
 */
async function separateService(name: string): Promise<Pagefind> {
  return (await import(`${import.meta.resolve('pagefind')}?service=${name}`)) as Pagefind;
}

/** Adds `records` to `index`, taking them from the iterable a batch at a time; returns how many. */
async function addRecords(index: PagefindIndex, records: Iterable<SearchRecord>): Promise<number> {
  // Sent in batches, the next one while pagefind still works on the previous: one record at a
  // time waits for pagefind's answer to each of 150,000 records at national size, and one batch
  // at a time left pagefind idle while the next was made. pagefind alone took 56 s for those
  // records in batches of 200 one at a time, 45 s in batches of 2,000 two at a time.
  const send = async (batch: readonly SearchRecord[]): Promise<void> => {
    const results = await Promise.all(
      batch.map((record) =>
        index.addCustomRecord({
          ...record,
          meta: { ...record.meta },
          filters: { ...record.filters } as Record<string, string[]>,
        }),
      ),
    );
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

/** pagefind's options for every index. */
const INDEX_OPTIONS = { forceLanguage: 'nl', excludeSelectors: [...NOT_INDEXED_SELECTORS] };

async function createIndex(service: Pagefind): Promise<PagefindIndex> {
  // Dutch for every page and record: stemming ("zorggroepen" finds "zorggroep") and one index.
  const { index, errors } = await service.createIndex(INDEX_OPTIONS);
  return index ?? fail('createIndex', errors);
}

/** The folder of index `name` under `root` (a site folder or the staging folder). */
const indexFolder = (root: string, name: keyof typeof SEARCH_INDEX_PATHS): string =>
  path.join(root, ...SEARCH_INDEX_PATHS[name].split('/').filter(Boolean));

async function writeIndex(index: PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail('writeFiles', written.errors);
  // The search page has its own interface (src/client/search.ts); pagefind's ready-made
  // interfaces would only be dead weight on the server.
  for (const file of readdirSync(outputPath))
    if (UNUSED_BUNDLES.test(file)) rmSync(path.join(outputPath, file));
  // Frees the service's memory before the next index.
  await index.deleteIndex();
}

/**
 * A register index's record as pagefind gets it: without the filters the index answers by itself
 * (REGISTER_INDEXES[name].fixed). Throws when the record does not belong in the index: a filter
 * value other than the fixed one, or a filter the index does not declare, would make the search
 * page choose the wrong index for it (planSearch).
 */
export function toIndexRecord(record: SearchRecord, name: RegisterIndexName): SearchRecord {
  const { fixed, filters: carried } = REGISTER_INDEXES[name];
  const filters: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(record.filters) as [string, string[] | undefined][]) {
    if (values === undefined) continue;
    const expected = fixed[key];
    const allowed = carried[key];
    const fits =
      expected !== undefined
        ? values.length === 1 && values[0] === expected
        : allowed === 'any' || (allowed !== undefined && values.every((v) => allowed.includes(v)));
    if (!fits)
      throw new Error(
        `Zoekindex ${name}: ${record.url} heeft filter ${key}=${values.join(', ')}, dat deze index niet kent (filter not declared for this index in src/lib/search-options.ts)`,
      );
    if (expected === undefined) filters[key] = values;
  }
  for (const key of Object.keys(fixed)) {
    if (record.filters[key as keyof SearchRecord['filters']] === undefined)
      throw new Error(`Zoekindex ${name}: ${record.url} mist filter ${key} (filter missing)`);
  }
  return { ...record, filters };
}

/** Bumped when what is in a register index changes other than through its records or pagefind's version. */
const INDEX_FORMAT = 1;
const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(
      path.join(import.meta.dirname, '../../node_modules/pagefind/package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

/** A digest of what makes a register index: its records in order, pagefind's version and options. */
class IndexDigest {
  readonly #hash = createHash('sha256').update(
    JSON.stringify([INDEX_FORMAT, PAGEFIND_VERSION, INDEX_OPTIONS]),
  );
  add(record: SearchRecord): void {
    this.#hash.update(JSON.stringify(record)).update('\n');
  }
  digest(): string {
    return this.#hash.digest('hex');
  }
}

/** What the previous build left of a register index, to reuse it (kept in the build's cache folder). */
interface RegisterIndexState {
  /** IndexDigest of its records. */
  digest: string;
  /** sha256 of its pagefind-entry.json, which names the index files: proves the published folder is this index. */
  entry: string;
  records: number;
}
type SearchIndexState = Partial<Record<RegisterIndexName, RegisterIndexState>>;

const hashFile = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

function readState(file: string): SearchIndexState {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SearchIndexState;
  } catch {
    return {};
  }
}

/**
 * Makes `to` a copy of the folder `from` by hard links (the published files are never written
 * again, only replaced by a new site), or by copying where links are not possible.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

/** Where a build reads the previous register indexes from and records the new ones. */
export interface SearchIndexReuse {
  /** The published site of the previous build. */
  siteDir: string;
  /** The file that records which register indexes that site holds. */
  stateFile: string;
}

/** The search indexes of one build, started before Astro renders the site. */
export interface SearchIndexBuild {
  /** Indexes the built site's pages and puts every index into `siteDir`; throws on any pagefind error. */
  finish(siteDir: string): Promise<SearchIndexSummary>;
  /** Records the register indexes of the site just published, for the next build to reuse. */
  saveState(): void;
  /** Stops the search service without writing anything (the build failed). */
  abort(): Promise<void>;
}

/**
 * Starts the search indexes for `portal` while the site is still to be built: the register
 * indexes and the officials' records come from the data, not from pages, so pagefind (a binary of
 * its own, on the second core) indexes them while Astro renders (about half of the search time at
 * 20,000 people). The register indexes are written to `stagingDir` first: Astro empties the output
 * folder when it starts. `finish` then adds the rendered pages of SEARCHABLE_FOLDERS. With
 * `reuse`, a register index whose records have not changed since the published site was built is
 * linked from that site.
 */
export function startSearchIndexes(
  portal: Portal,
  stagingDir: string,
  reuse?: SearchIndexReuse,
): SearchIndexBuild {
  // The words of the portal's own body: the build may index another content folder than the site's.
  const words = getSearchWords(bodyContext(portal.site));
  const officials = buildOfficialRecords(portal, words);
  const previous = reuse ? readState(reuse.stateFile) : {};
  const next: SearchIndexState = {};
  const pagesService = separateService('pages');
  const pagesIndex = (async () => {
    const index = await createIndex(await pagesService);
    await addRecords(index, officials);
    return index;
  })();

  /** Links register index `name` from the published site if its records are unchanged; true if so. */
  const reused = (name: RegisterIndexName): boolean => {
    const before = previous[name];
    if (!reuse || !before) return false;
    const published = indexFolder(reuse.siteDir, name);
    const entryFile = path.join(published, 'pagefind-entry.json');
    if (!existsSync(entryFile) || hashFile(entryFile) !== before.entry) return false;
    const digest = new IndexDigest();
    for (const record of registerRecords(portal, name, words))
      digest.add(toIndexRecord(record, name));
    if (digest.digest() !== before.digest) return false;
    linkTree(published, indexFolder(stagingDir, name));
    next[name] = before;
    return true;
  };

  const registers = (async () => {
    // One index at a time, each freed when written: pagefind's memory holds one register at most.
    let count = 0;
    const kept: RegisterIndexName[] = [];
    // A register without entries gets no index: pagefind cannot search an empty one.
    for (const name of registerIndexesWithEntries(portal, words)) {
      // Lets Astro start first: the reuse check reads the register's records once more.
      await new Promise((resolve) => setImmediate(resolve));
      if (reused(name)) {
        count += next[name]?.records ?? 0;
        kept.push(name);
        continue;
      }
      const index = await createIndex(pagefind);
      const digest = new IndexDigest();
      // Made a batch at a time: the 85,000 side positions of a national-size site never all at once.
      const records = await addRecords(
        index,
        (function* () {
          for (const record of registerRecords(portal, name, words)) {
            const indexed = toIndexRecord(record, name);
            digest.add(indexed);
            yield indexed;
          }
        })(),
      );
      const folder = indexFolder(stagingDir, name);
      await writeIndex(index, folder);
      next[name] = {
        digest: digest.digest(),
        entry: hashFile(path.join(folder, 'pagefind-entry.json')),
        records,
      };
      count += records;
    }
    // Its memory goes back while the pages index is still being made.
    await pagefind.close();
    return { count, kept };
  })();
  const closeAll = async (): Promise<void> => {
    await Promise.all([pagefind.close(), pagesService.then((service) => service.close())]);
  };
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
        if (added.page_count === 0)
          fail('addDirectory', [
            'geen pagina met data-pagefind-body gevonden (no page with data-pagefind-body found)',
          ]);
        await writeIndex(index, indexFolder(siteDir, 'pages'));
        const { count, kept } = await registers;
        const folder = (root: string) =>
          path.join(root, ...REGISTER_INDEXES_PATH.split('/').filter(Boolean));
        // None when no register has entries.
        if (existsSync(folder(stagingDir))) renameSync(folder(stagingDir), folder(siteDir));
        return { pages: added.page_count, records: officials.length + count, reused: kept };
      } finally {
        await closeAll();
      }
    },
    saveState() {
      if (!reuse) return;
      mkdirSync(path.dirname(reuse.stateFile), { recursive: true });
      writeFileSync(reuse.stateFile, `${JSON.stringify(next, null, 1)}\n`);
    },
    async abort() {
      // Ends the services at once; what they were still doing fails, and is not awaited.
      await closeAll();
      rmSync(stagingDir, { recursive: true, force: true });
    },
  };
}
