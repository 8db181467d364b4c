/** The benchmark's results as Markdown tables (docs/benchmarks.md) and the machine they ran on. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { SiteMetrics } from './bench-site.ts';

/** The medians of one size, and what its site holds. */
export interface SizeResult {
  people: number;
  runs: number;
  content: {
    files: number;
    bytes: number;
    sidePositions: number;
    interests: number;
    gifts: number;
    officials: number;
  };
  build: {
    wallMs: number;
    cpuMs: number;
    /** Validation and the Astro build: the full build without the search index. */
    siteMs: number;
    /** The content step alone: read, validate and resolve (scripts/build.ts's step timings). */
    contentMs: number;
    /** The Astro step alone (scripts/build.ts's step timings). */
    astroMs: number;
    searchMs: number;
    nodePeakBytes: number;
    pagefindPeakBytes: number;
  };
  /** Astro alone: a build of as many one-paragraph pages as the site has (scripts/floor-build.ts), the yardstick measured beside the build. */
  floor: { wallMs: number; cpuMs: number; pages: number };
  /** A second build after one person's file changed, with the first build's caches in place. */
  rebuild?: { wallMs: number; siteMs: number; searchMs: number } | undefined;
  site: SiteMetrics;
  firstQuery: { query: string; bytes: number; files: number; results: number };
  /** The same query narrowed to one register (its own index). */
  registerQuery: { query: string; register: string; bytes: number; files: number; results: number };
  /** True when pages and records on the site match the generated content. */
  countsMatch: boolean;
  mismatches: string[];
}

/** The machine, for the record. */
export function describeMachine(): string {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // Not Linux: keep what Node reports.
  }
  return `${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number): string =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const n = (value: number): string => value.toLocaleString('en-US');
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** The three result tables: time and memory, what the site holds, and what Astro itself costs. */
export function renderTables(results: readonly SizeResult[]): string {
  const time = [
    '| people | side positions | full build (wall) | site: content + Astro | search index | CPU | peak memory: Node build / pagefind | rebuild after one edit (full / site) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results
      .map((r) =>
        [
          n(r.people),
          n(r.content.sidePositions),
          s(r.build.wallMs),
          s(r.build.siteMs),
          s(r.build.searchMs),
          s(r.build.cpuMs),
          `${mb(r.build.nodePeakBytes)} / ${mb(r.build.pagefindPeakBytes)}`,
          r.rebuild
            ? `${s(r.rebuild.wallMs)} / ${s(r.rebuild.siteMs)} (${ratio(r.build.wallMs, r.rebuild.wallMs)} / ${ratio(r.build.siteMs, r.rebuild.siteMs)} faster)`
            : '–',
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  const output = [
    '| people | pages | output (without index) | search index | first search query (gzip): all / in side positions | person page: average / largest (≥ 15 KB) | JS on person pages | largest page | counts match content |',
    '|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...results
      .map((r) =>
        [
          n(r.people),
          n(r.site.pages),
          mb(r.site.outputBytes),
          `${mb(r.site.searchIndexBytes)} (${n(r.site.searchIndexFiles)} files)`,
          `${kb(r.firstQuery.bytes)} (${r.firstQuery.files} files) / ${kb(r.registerQuery.bytes)} (${r.registerQuery.files} files)`,
          `${kb(r.site.personPageAverageBytes)} / ${kb(r.site.personPageMaxBytes)} (${n(r.site.personPagesOver15Kb)} ${r.site.personPagesOver15Kb === 1 ? 'page' : 'pages'})`,
          r.site.personPagesWithScript === 0 ? 'none' : `${r.site.personPagesWithScript} pages`,
          `${r.site.largestPage.path} (${kb(r.site.largestPage.bytes)})`,
          r.countsMatch ? 'yes' : `NO: ${r.mismatches.join('; ')}`,
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  const astro = [
    "| people | pages | Astro floor: as many one-paragraph pages (wall / CPU) | the portal's Astro step | Astro step / floor | content step (read, validate, resolve) |",
    '|---:|---:|---:|---:|---:|---:|',
    ...results
      .map((r) =>
        [
          n(r.people),
          n(r.floor.pages),
          `${s(r.floor.wallMs)} / ${s(r.floor.cpuMs)}`,
          s(r.build.astroMs),
          ratio(r.build.astroMs, r.floor.wallMs),
          s(r.build.contentMs),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  return [...time, '', ...output, '', ...astro].join('\n');
}
