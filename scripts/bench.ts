/**
 * How the build grows with the data: `npm run bench` (docs/benchmarks.md).
 *
 *   node scripts/bench.ts [--sizes 100,1000,5000,20000] [--runs 3] [--work <dir>] [--no-rebuild]
 *                         [--json <file>] [--docs]
 *
 * For each size it generates synthetic content (scripts/lib/generate.ts) in a temporary folder,
 * never in content/, then builds it `--runs` times with the real build (scripts/build.ts: site and
 * search index) and, interleaved so both see the same machine, with Astro alone
 * (scripts/floor-build.ts: as many pages as the site has, of one paragraph each): the Astro step's
 * ratio to that floor is the figure to compare between runs. Every build is cold: output and caches are removed first. Then it
 * changes one person's file and builds again with the caches in place (the rebuild), and measures
 * the site: pages, bytes, search index, first search query, person pages, records per register.
 * Each build starts once the site that the build before it replaced has been deleted (that
 * deletion runs in the background; scripts/lib/publish.ts).
 * It prints medians as Markdown tables; `--docs` also writes them into docs/benchmarks.md.
 * Exits with 1 when the site's pages and records do not match the generated content.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { foldDiacritics } from '../src/lib/dutch-names.ts';
import { REGISTERS } from '../src/registers/index.ts';
import { getBuildCacheDir } from './lib/build-cache.ts';
import { generateContentWithCounts } from './lib/generate.ts';
import { measureNode, median, type Measurement } from './lib/bench-measure.ts';
import { describeMachine, renderTables, type SizeResult } from './lib/bench-report.ts';
import { countPages, measureFirstQuery, measureSite } from './lib/bench-site.ts';
import { versionsDir, waitForMovedAsideSites } from './lib/publish.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-11-01';
const SEED = 1;
const DOCS = path.join(ROOT, 'docs', 'benchmarks.md');
const START_MARK = '<!-- bench:results:start -->';
const END_MARK = '<!-- bench:results:end -->';

/** Options of one benchmark run. */
export interface BenchOptions {
  sizes: number[];
  runs: number;
  /** Folder for generated content and builds; removed per size before use. */
  work: string;
  rebuild: boolean;
  log: (line: string) => void;
}

function writeContent(dir: string, files: readonly { path: string; source: string }[]): number {
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    const folder = path.dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(target, file.source);
    bytes += Buffer.byteLength(file.source);
  }
  return bytes;
}

/**
 * Changes one person's file the way an editor would: a side position's function text, added or
 * taken off again on every call, so each rebuild sees a real change. Returns the file changed.
 */
function editOnePerson(contentDir: string, personFiles: readonly string[], round: number): string {
  for (const rel of personFiles) {
    const file = path.join(contentDir, rel);
    const source = readFileSync(file, 'utf8');
    const line = /^(\s+functie: )([A-Za-z][^\n'"#:]*)$/m.exec(source);
    if (!line) continue;
    const marker = ' (gewijzigd)';
    const value = line[2] ?? '';
    const next = round % 2 === 0 ? `${value}${marker}` : value.replace(marker, '');
    writeFileSync(file, source.replace(line[0], `${line[1]}${next}`));
    return rel;
  }
  throw new Error('no person file with a side position to change');
}

function stepsOf(m: Measurement): { siteMs: number; searchMs: number } {
  return {
    siteMs: (m.steps['content'] ?? 0) + (m.steps['astro'] ?? 0),
    searchMs: m.steps['search'] ?? 0,
  };
}

/** How long the benchmark waits for a previous site's deletion before it goes on regardless. */
const SETTLE_TIMEOUT_MS = 10 * 60_000;

/**
 * Waits until the site a build replaced is deleted (scripts/lib/publish.ts): that deletion runs
 * in the background after the build, and measured at once the next build shared the disk and the
 * cores with it (deleting the 270,000 files of the 20,000-person site takes about a minute). An
 * editor's next build comes minutes after the last one, not seconds.
 */
async function settle(siteDir: string, log: (line: string) => void): Promise<void> {
  const { waitedMs, done } = await waitForMovedAsideSites(siteDir, SETTLE_TIMEOUT_MS);
  if (!done)
    log(
      `  the previous site was still being deleted after ${(waitedMs / 1000).toFixed(0)} s; going on`,
    );
  else if (waitedMs >= 1000)
    log(`  waited ${(waitedMs / 1000).toFixed(1)} s for the previous site's deletion`);
}

/** Runs the benchmark for every size; the results, in size order. */
export async function runBench(options: BenchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const people of options.sizes) {
    const dir = path.join(options.work, String(people));
    rmSync(dir, { recursive: true, force: true });
    const contentDir = path.join(dir, 'content');
    const siteDir = path.join(dir, 'site');
    const floorDir = path.join(dir, 'floor');
    const { files, counts } = generateContentWithCounts({ people, seed: SEED, today: TODAY });
    const contentBytes = writeContent(contentDir, files);
    options.log(
      `${people} people: ${files.length} files, ${counts.positions} side positions, ${counts.interests} interests, ${counts.gifts} gifts`,
    );
    const env = {
      PORTAL_CONTENT_DIR: contentDir,
      PORTAL_TODAY: TODAY,
      PORTAL_QUIET: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    };

    const real: Measurement[] = [];
    const floor: Measurement[] = [];
    let floorPages = 0;
    for (let run = 1; run <= options.runs; run++) {
      await settle(siteDir, options.log);
      // Cold: no previous output and no incremental cache.
      for (const d of [
        siteDir,
        versionsDir(siteDir),
        `${siteDir}.tmp`,
        `${siteDir}.search`,
        getBuildCacheDir(siteDir),
        floorDir,
      ])
        rmSync(d, { recursive: true, force: true });
      const m = await measureNode(
        [path.join(ROOT, 'scripts', 'build.ts')],
        { ...env, PORTAL_OUT_DIR: siteDir },
        ROOT,
      );
      real.push(m);
      // Astro alone, for as many pages as the site has (scripts/floor-build.ts).
      floorPages = countPages(siteDir);
      const f = await measureNode(
        [path.join(ROOT, 'scripts', 'floor-build.ts')],
        {
          ASTRO_TELEMETRY_DISABLED: '1',
          FLOOR_PAGES: String(floorPages),
          PORTAL_OUT_DIR: floorDir,
        },
        ROOT,
      );
      floor.push(f);
      options.log(
        `  run ${run}: build ${(m.wallMs / 1000).toFixed(1)} s (${JSON.stringify(m.steps)}), Astro floor ${(f.wallMs / 1000).toFixed(1)} s`,
      );
    }
    rmSync(floorDir, { recursive: true, force: true });

    let rebuild: SizeResult['rebuild'];
    if (options.rebuild) {
      const personFiles = files.filter((f) => f.path.startsWith('people/')).map((f) => f.path);
      const rebuilds: Measurement[] = [];
      for (let round = 0; round < options.runs; round++) {
        await settle(siteDir, options.log);
        const changed = editOnePerson(
          contentDir,
          personFiles.slice(Math.floor(personFiles.length / 2)),
          round,
        );
        const m = await measureNode(
          [path.join(ROOT, 'scripts', 'build.ts')],
          { ...env, PORTAL_OUT_DIR: siteDir },
          ROOT,
        );
        rebuilds.push(m);
        options.log(
          `  rebuild ${round + 1} after changing ${changed}: ${(m.wallMs / 1000).toFixed(1)} s (${JSON.stringify(m.steps)})`,
        );
      }
      // The next size starts on a quiet machine too.
      await settle(siteDir, options.log);
      rebuild = {
        wallMs: median(rebuilds.map((m) => m.wallMs)),
        siteMs: median(rebuilds.map((m) => stepsOf(m).siteMs)),
        searchMs: median(rebuilds.map((m) => stepsOf(m).searchMs)),
      };
    }

    const site = measureSite(siteDir);
    // A name typed as a visitor would: without accents, from the middle of the list.
    const middle =
      files.filter((f) => f.path.startsWith('people/'))[Math.floor(people / 2)]?.path ??
      'people/jansen.md';
    const query = foldDiacritics(
      path.posix.basename(middle, '.md').replace(/-\d+$/, '').replace(/-/g, ' '),
    );
    const firstQuery = { query, ...(await measureFirstQuery(siteDir, query)) };
    // The same name in one register, as a journalist narrows it: that register's index only.
    const registerQuery = {
      query,
      register: REGISTERS.nevenfuncties.title,
      ...(await measureFirstQuery(siteDir, query, { register: REGISTERS.nevenfuncties.title })),
    };

    const mismatches: string[] = [];
    const expect = (label: string, actual: number, expected: number): void => {
      if (actual !== expected)
        mismatches.push(`${label}: ${actual} on the site, ${expected} expected`);
    };
    expect('person pages', site.personPages, counts.people);
    expect('side positions in the register', site.registerRecords.nevenfunctie, counts.positions);
    expect(
      'financial interests in the register',
      site.registerRecords['financieel-belang'],
      counts.interests,
    );
    expect('gifts in the register', site.registerRecords.geschenk, counts.gifts);
    expect(
      'organisation pages (one for every organisation the registers link to)',
      site.organisationPages,
      site.linkedOrganisations,
    );

    const result: SizeResult = {
      people,
      runs: options.runs,
      content: {
        files: files.length,
        bytes: contentBytes,
        sidePositions: counts.positions,
        interests: counts.interests,
        gifts: counts.gifts,
        officials: counts.officials,
      },
      build: {
        wallMs: median(real.map((m) => m.wallMs)),
        cpuMs: median(real.map((m) => m.cpuMs)),
        siteMs: median(real.map((m) => stepsOf(m).siteMs)),
        contentMs: median(real.map((m) => m.steps['content'] ?? 0)),
        astroMs: median(real.map((m) => m.steps['astro'] ?? 0)),
        searchMs: median(real.map((m) => stepsOf(m).searchMs)),
        nodePeakBytes: median(real.map((m) => m.nodePeakBytes)),
        pagefindPeakBytes: median(
          real.map((m) =>
            Math.max(
              0,
              ...Object.entries(m.childPeakBytes)
                .filter(([name]) => name.startsWith('pagefind'))
                .map(([, bytes]) => bytes),
            ),
          ),
        ),
      },
      floor: {
        wallMs: median(floor.map((m) => m.wallMs)),
        cpuMs: median(floor.map((m) => m.cpuMs)),
        pages: floorPages,
      },
      rebuild,
      site,
      firstQuery,
      registerQuery,
      countsMatch: mismatches.length === 0,
      mismatches,
    };
    results.push(result);
    options.log(renderTables([result]));
  }
  return results;
}

function parseSizes(value: string): number[] {
  const sizes = value.split(',').map((v) => Number(v.trim()));
  if (sizes.some((v) => !Number.isInteger(v) || v < 10))
    throw new Error(`--sizes must be whole numbers of at least 10, got "${value}"`);
  return sizes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,5000,20000' },
      runs: { type: 'string', default: '3' },
      work: { type: 'string', default: path.join(tmpdir(), 'integriteitsportaal-bench') },
      'no-rebuild': { type: 'boolean', default: false },
      json: { type: 'string' },
      docs: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}"`);
  const work = path.resolve(values.work);
  if (
    path.relative(path.join(ROOT, 'content'), work).split(path.sep)[0] !== '..' ||
    work === ROOT
  ) {
    throw new Error(
      `--work must be outside the project's content/ folder and not the project itself, got ${work}`,
    );
  }
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '');
  const machine = describeMachine();
  console.log(`Machine: ${machine}`);
  const started = Date.now();
  const results = await runBench({
    sizes: parseSizes(values.sizes),
    runs,
    work,
    rebuild: !values['no-rebuild'],
    log: (line) => console.log(line),
  });
  const report = [
    `Command: \`${command}\``,
    `Machine: ${machine}`,
    `Date: ${new Date().toISOString().slice(0, 10)}; ${runs === 1 ? '1 run' : `median of ${runs} runs`} per size; the benchmark took ${Math.round((Date.now() - started) / 60_000)} min.`,
    '',
    renderTables(results),
  ].join('\n');
  console.log(`\n${report}`);
  if (values.json)
    writeFileSync(values.json, JSON.stringify({ command, machine, results }, null, 2));
  if (values.docs) {
    const docs = existsSync(DOCS)
      ? readFileSync(DOCS, 'utf8')
      : `# Benchmarks\n\n${START_MARK}\n${END_MARK}\n`;
    const start = docs.indexOf(START_MARK);
    const end = docs.indexOf(END_MARK);
    if (start < 0 || end < start)
      throw new Error(
        `${DOCS} has no ${START_MARK} … ${END_MARK} section to write the results into`,
      );
    writeFileSync(
      DOCS,
      `${docs.slice(0, start + START_MARK.length)}\n${report}\n${docs.slice(end)}`,
    );
    console.log(`Results written into ${path.relative(process.cwd(), DOCS)}.`);
  }
  if (results.some((r) => !r.countsMatch)) process.exitCode = 1;
}

if (process.argv[1] === import.meta.filename) {
  await main();
}
