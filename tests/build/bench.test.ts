/**
 * `npm run bench` at the smallest size: it completes, and the site it builds holds exactly the
 * content it generated. Registers are split into pages of 10 rows here (PORTAL_REGISTER_PAGE_SIZE)
 * so that 100 people exercise what a national register does: many register pages, gift pages per
 * quarter, permalinks on those pages, and a rebuild after one edit that shows the edit.
 */
import { execFile } from 'node:child_process';
import { globSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getBuildCacheDir } from '../../scripts/lib/build-cache.ts';
import type { SizeResult } from '../../scripts/lib/bench-report.ts';
import { validateHtml } from './site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Rows per register, list and organisation page: small, so that 100 people fill many pages. */
const PAGE_SIZE = 10;
/** Pages per sitemap file: small, so that the sitemap has several files, as a national one has. */
const SITEMAP_SIZE = 100;
const work = mkdtempSync(path.join(tmpdir(), 'bench-test-'));
const siteDir = path.join(work, '100', 'site');
const contentDir = path.join(work, '100', 'content');
let result: SizeResult;
let stdout = '';

const readSitePage = (urlPath: string) =>
  parse(readFileSync(path.join(siteDir, urlPath, 'index.html'), 'utf8'));

beforeAll(async () => {
  const jsonFile = path.join(work, 'results.json');
  const run = await promisify(execFile)(
    process.execPath,
    ['scripts/bench.ts', '--sizes', '100', '--runs', '1', '--work', work, '--json', jsonFile],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORTAL_REGISTER_PAGE_SIZE: String(PAGE_SIZE),
        PORTAL_SITEMAP_SIZE: String(SITEMAP_SIZE),
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  stdout = run.stdout;
  const parsed = JSON.parse(readFileSync(jsonFile, 'utf8')) as { results: SizeResult[] };
  result = parsed.results[0] as SizeResult;
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // The build's cache lives in node_modules/.cache, one folder per output folder: remove this one's.
  rmSync(getBuildCacheDir(siteDir), { recursive: true, force: true });
});

describe('npm run bench with 100 people', () => {
  test('completes and prints the tables with the machine it ran on', () => {
    expect(stdout).toMatch(/^Machine: .+ cores, .+ Node v\d+/m);
    expect(stdout).toContain('| people | side positions | full build (wall) |');
    expect(result.people).toBe(100);
    for (const value of [
      result.build.wallMs,
      result.build.cpuMs,
      result.build.siteMs,
      result.build.contentMs,
      result.build.searchMs,
      result.build.nodePeakBytes,
    ]) {
      expect(value).toBeGreaterThan(0);
    }
    expect(result.build.pagefindPeakBytes).toBeGreaterThan(0);
    expect(result.rebuild?.wallMs).toBeGreaterThan(0);
  });

  test('Astro alone is measured too: as many one-paragraph pages as the site has, next to the Astro step', () => {
    expect(stdout).toContain(
      '| people | pages | Astro floor: as many one-paragraph pages (wall / CPU) |',
    );
    expect(result.floor.pages).toBe(result.site.pages);
    expect(result.floor.wallMs).toBeGreaterThan(0);
    expect(result.floor.cpuMs).toBeGreaterThan(0);
    expect(result.build.astroMs).toBeGreaterThan(0);
    expect(result.build.astroMs).toBeLessThan(result.build.siteMs);
    // The floor's own folders are gone, and so is the site the rebuild replaced: the benchmark waits
    // for its deletion in the background before it goes on.
    const left = readdirSync(path.join(work, '100'));
    expect(left).toEqual(expect.arrayContaining(['content', 'site']));
    expect(left.filter((name) => name.startsWith('floor') || name.startsWith('site.old-'))).toEqual(
      [],
    );
  });

  test('the site has a page per generated person and every generated record in its register', () => {
    expect(result.countsMatch, result.mismatches.join('\n')).toBe(true);
    expect(result.site.personPages).toBe(100);
    expect(result.site.registerRecords.nevenfunctie).toBe(result.content.sidePositions);
    expect(result.site.registerRecords['financieel-belang']).toBe(result.content.interests);
    expect(result.site.registerRecords.geschenk).toBe(result.content.gifts);
    // An organisation page for every organisation a register links to, and no other.
    expect(result.site.organisationPages).toBe(result.site.linkedOrganisations);
    expect(result.site.organisationPages).toBeGreaterThan(0);
    expect(result.content.sidePositions).toBeGreaterThan(300);
  });

  test('the registers really are split: many pages of 10 rows, and gift pages per quarter', () => {
    const pages = readdirSync(path.join(siteDir, 'registers', 'nevenfuncties')).filter((name) =>
      /^\d+$/.test(name),
    );
    expect(pages.length).toBeGreaterThanOrEqual(
      Math.floor(result.content.sidePositions / PAGE_SIZE),
    );
    const last = readSitePage(`registers/nevenfuncties/${Math.max(...pages.map(Number))}`);
    expect(
      last.querySelectorAll('[data-record="nevenfunctie"]').length +
        last.querySelectorAll('[data-declaration]').length,
    ).toBeLessThanOrEqual(PAGE_SIZE);
    expect(last.querySelector('a[rel="prev"]')).not.toBeNull();
    expect(
      readdirSync(path.join(siteDir, 'registers', 'geschenken')).filter((name) =>
        /^\d{4}-k[1-4]$/.test(name),
      ).length,
    ).toBeGreaterThan(4);
  });

  test('the update-round checklist is split too: every current member once, overdue members first', () => {
    const numbered = readdirSync(path.join(siteDir, 'registers', 'actualiteit'))
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
    const pages = [1, ...numbered.sort((a, b) => a - b)].map((n) =>
      readSitePage(n === 1 ? 'registers/actualiteit' : `registers/actualiteit/${n}`),
    );
    const rows = pages.flatMap((page) => page.querySelectorAll('[data-checklist]'));
    const people = JSON.parse(
      readFileSync(path.join(siteDir, 'data', 'personen.json'), 'utf8'),
    ) as { id: string; actief: boolean }[];
    const current = people.filter((p) => p.actief).map((p) => p.id);
    expect(pages.length).toBe(Math.ceil(current.length / PAGE_SIZE));
    expect(rows.map((row) => row.getAttribute('data-checklist')).sort()).toEqual(current.sort());
    const overdue = rows.map((row) => row.getAttribute('data-overdue'));
    const firstOnTime = overdue.indexOf('nee');
    expect(firstOnTime === -1 ? [] : overdue.slice(firstOnTime)).not.toContain('ja');
    expect(pages.at(-1)?.querySelector('a[rel="prev"]')).not.toBeNull();
  });

  test('the A-Z lists are split too: every person and organisation once, each letter link finds its letter', () => {
    const listPages = (folder: string) => {
      const numbered = readdirSync(path.join(siteDir, folder))
        .filter((name) => /^\d+$/.test(name))
        .map(Number);
      return [1, ...numbered.sort((a, b) => a - b)].map((n) => ({
        url: n === 1 ? `/${folder}/` : `/${folder}/${n}/`,
        page: readSitePage(n === 1 ? folder : `${folder}/${n}`),
      }));
    };
    const people = listPages('personen');
    expect(people.length).toBe(Math.ceil(100 / PAGE_SIZE));
    expect(
      people
        .flatMap(({ page }) =>
          page.querySelectorAll('[data-person]').map((li) => li.getAttribute('data-person')),
        )
        .sort(),
    ).toEqual(
      readdirSync(path.join(contentDir, 'people'))
        .map((file) => path.basename(file, '.md'))
        .sort(),
    );
    const organisations = listPages('organisaties');
    expect(
      organisations.flatMap(({ page }) => page.querySelectorAll('[data-organisation]')).length,
    ).toBe(result.site.organisationPages);
    for (const { url, page } of [...people, ...organisations]) {
      for (const link of page.querySelectorAll('.tp-letters a')) {
        const target = new URL(link.getAttribute('href') ?? '', `https://site.test${url}`);
        expect(
          readSitePage(target.pathname).getElementById(target.hash.slice(1)),
          `${url} → ${target.pathname}${target.hash}`,
        ).not.toBeNull();
      }
    }
  });

  test('organisation pages are split too: every side position once, on the pages of its organisation', () => {
    const positions = JSON.parse(
      readFileSync(path.join(siteDir, 'data', 'nevenfuncties.json'), 'utf8'),
    ) as { id: string; persoonId: string; organisatie: string }[];
    const shownOn = new Map<string, string[]>();
    let split = 0;
    const folders = readdirSync(path.join(siteDir, 'organisaties'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && !/^\d+$/.test(entry.name),
    );
    for (const id of folders.map((entry) => entry.name)) {
      const numbered = readdirSync(path.join(siteDir, 'organisaties', id))
        .filter((name) => /^\d+$/.test(name))
        .map(Number);
      const pages = [1, ...numbered.sort((a, b) => a - b)].map((n) =>
        readSitePage(n === 1 ? `organisaties/${id}` : `organisaties/${id}/${n}`),
      );
      expect(numbered, id).toEqual(pages.slice(1).map((_, i) => i + 2));
      if (pages.length > 1) split++;
      for (const [i, page] of pages.entries()) {
        expect(page.querySelectorAll('tbody tr').length, `${id} page ${i + 1}`).toBeLessThanOrEqual(
          PAGE_SIZE,
        );
        expect(
          page.querySelector('a[rel="next"]') !== null,
          `${id} page ${i + 1} links to the next`,
        ).toBe(i < pages.length - 1);
        // Only the first page is in the search index: one search result per organisation.
        expect(
          page.querySelector('[data-pagefind-body]') !== null,
          `${id} page ${i + 1} searchable`,
        ).toBe(i === 0);
        for (const row of page.querySelectorAll('[data-record="nevenfunctie"]')) {
          const key = row.getAttribute('data-key') ?? '';
          shownOn.set(key, [...(shownOn.get(key) ?? []), id]);
        }
      }
    }
    expect(split).toBeGreaterThan(0);
    const keyOf = (p: (typeof positions)[number]): string => `${p.persoonId}/${p.id}`;
    expect([...shownOn.keys()].sort()).toEqual(positions.map(keyOf).sort());
    for (const [key, ids] of shownOn) expect(ids, key).toHaveLength(1);
    // All side positions at one organisation (as the open data spells it) are on its own pages.
    const organisationOf = new Map<string, string>();
    for (const p of positions) {
      const id = shownOn.get(keyOf(p))?.[0];
      expect(organisationOf.get(p.organisatie) ?? id, p.organisatie).toBe(id);
      organisationOf.set(p.organisatie, id ?? '');
    }
  });

  test('the member lists of Provinciale and Gedeputeerde Staten are split too: every member and former member once', () => {
    const roles = JSON.parse(readFileSync(path.join(siteDir, 'data', 'rollen.json'), 'utf8')) as {
      persoonId: string;
      functie: string;
    }[];
    for (const [folder, offices] of [
      ['provinciale-staten', ['statenlid']],
      ['gedeputeerde-staten', ['gedeputeerde', 'commissaris']],
    ] as const) {
      const numbered = readdirSync(path.join(siteDir, folder))
        .filter((name) => /^\d+$/.test(name))
        .map(Number);
      const pages = [1, ...numbered.sort((a, b) => a - b)].map((n) =>
        readSitePage(n === 1 ? folder : `${folder}/${n}`),
      );
      const expected = new Set(
        roles
          .filter((r) => (offices as readonly string[]).includes(r.functie))
          .map((r) => r.persoonId),
      );
      expect(pages.length, folder).toBe(Math.ceil(expected.size / PAGE_SIZE));
      const listed = pages.flatMap((page) =>
        page.querySelectorAll('[data-person]').map((li) => li.getAttribute('data-person') ?? ''),
      );
      expect(listed.sort(), folder).toEqual([...expected].sort());
      expect(pages.at(-1)?.querySelector('a[rel="prev"]'), folder).not.toBeNull();
    }
  });

  test('pages that continue a list are valid HTML', async () => {
    const continued = [
      'registers/nevenfuncties/2',
      'registers/actualiteit/2',
      'personen/2',
      'organisaties/2',
      'provinciale-staten/2',
      'gedeputeerde-staten/2',
      'en/provinciale-staten/2',
      ...readdirSync(path.join(siteDir, 'organisaties'), { withFileTypes: true })
        .filter(
          (entry) =>
            entry.isDirectory() &&
            readdirSync(path.join(siteDir, 'organisaties', entry.name)).includes('2'),
        )
        .map((entry) => `organisaties/${entry.name}/2`),
    ];
    expect(continued.length).toBeGreaterThan(7);
    expect(
      await validateHtml(
        continued.map((page) => ({
          name: page,
          html: readFileSync(path.join(siteDir, page, 'index.html'), 'utf8'),
        })),
      ),
    ).toEqual([]);
  });

  test("every gift's permalink in the open data leads to its row on a register page", () => {
    const rows = JSON.parse(
      readFileSync(path.join(siteDir, 'data', 'geschenken.json'), 'utf8'),
    ) as { id: string; permalink: string }[];
    expect(rows).toHaveLength(result.content.gifts);
    for (const row of rows) {
      const url = new URL(row.permalink);
      expect(url.pathname, row.id).toMatch(/^\/registers\/geschenken\/\d{4}-k[1-4]\/(?:\d+\/)?$/);
      expect(
        readSitePage(url.pathname).getElementById(url.hash.slice(1))?.getAttribute('data-key'),
        row.id,
      ).toBe(row.id);
    }
  });

  test("the sitemap's files together list every HTML page once, none more than its share", () => {
    const locs = (file: string) =>
      [...readFileSync(path.join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1] ?? '').pathname,
      );
    // Every page but the browser editor (admin/, noindex; only in a build with PORTAL_EDITOR=1).
    const pages = globSync('**/index.html', { cwd: siteDir })
      .filter((file) => !file.startsWith('admin/'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`);
    const files = locs('sitemap.xml');
    // About 630 pages: several files of 100.
    expect(files.length).toBe(Math.ceil(pages.length / SITEMAP_SIZE));
    expect(files.length).toBeGreaterThan(3);
    const listed = files.flatMap((file) => {
      const inFile = locs(file);
      expect(inFile.length, file).toBeLessThanOrEqual(SITEMAP_SIZE);
      return inFile;
    });
    expect(listed.toSorted()).toEqual(pages.toSorted());
  });

  test('person pages carry no JavaScript and are under 15 KB on average', () => {
    expect(result.site.personPagesWithScript).toBe(0);
    expect(result.site.personPageAverageBytes).toBeLessThan(15 * 1024);
  });

  test('a first search finds results, in all pages and in one register', () => {
    expect(result.firstQuery.results).toBeGreaterThan(0);
    expect(result.firstQuery.bytes).toBeGreaterThan(0);
    // The generated person's side positions, from the side positions' own index.
    expect(result.registerQuery.register).toBe('Nevenfuncties');
    expect(result.registerQuery.results).toBeGreaterThanOrEqual(3);
    expect(result.registerQuery.bytes).toBeGreaterThan(0);
  });

  test('the rebuild after one edit shows the edited text', () => {
    const edited = readdirSync(path.join(contentDir, 'people')).find((file) =>
      readFileSync(path.join(contentDir, 'people', file), 'utf8').includes('(gewijzigd)'),
    );
    expect(edited).toBeDefined();
    expect(
      readFileSync(
        path.join(siteDir, 'personen', path.basename(edited ?? '', '.md'), 'index.html'),
        'utf8',
      ),
    ).toContain('(gewijzigd)');
    // The side-position downloads are written anew (their rows changed); the others may be copied.
    for (const file of ['nevenfuncties.json', 'nevenfuncties.csv', 'nevenfuncties-excel.csv']) {
      expect(readFileSync(path.join(siteDir, 'data', file), 'utf8'), file).toContain('(gewijzigd)');
    }
  });
});
