/**
 * The site at national size, where registers, lists and organisation pages continue on further
 * pages: read on the demo built in pages of 5 rows and sitemap files of 100 pages (the shared
 * "paged" site of tests/shared-sites.ts, which the browser tests read too). Every record is on
 * exactly one page of its register, every person and organisation once in the A-Z lists, continued
 * pages link back and are valid HTML, gifts have a page per quarter and their permalinks lead to
 * their row, and the sitemap's files together list every page once. `npm run test:bench` checks
 * the same on generated content of 100 people (tests/build/bench.test.ts).
 */
import { globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { getToday } from '../../src/data/index.ts';
import { loadContent, type Content } from '../../src/data/load.ts';
import { foldDiacritics } from '../../src/lib/dutch-names.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import {
  PAGED_PAGE_SIZE as PAGE_SIZE,
  PAGED_SITEMAP_SIZE as SITEMAP_SIZE,
  ROOT,
  sharedSite,
} from '../shared-sites.ts';
import { searchSite } from './search-engine.ts';
import { listFiles, readRegisterPages, recordKeys, validateHtml } from './site.ts';

let site = '';
let content: Content;

beforeAll(async () => {
  site = await sharedSite('paged');
  content = loadContent(path.join(ROOT, 'content'), { today: getToday() });
});

const list = <T>(value: T[] | string): T[] => (Array.isArray(value) ? value : []);
const sorted = (keys: readonly string[]): string[] => [...keys].sort();
const readSitePage = (urlPath: string) =>
  parse(readFileSync(path.join(site, urlPath, 'index.html'), 'utf8'));
/** The first page of `folder` and its numbered continuations, in order. */
const listPages = (folder: string) => {
  const numbered = readdirSync(path.join(site, folder))
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  return [1, ...numbered.sort((a, b) => a - b)].map((n) => ({
    url: n === 1 ? `/${folder}/` : `/${folder}/${n}/`,
    page: readSitePage(n === 1 ? folder : `${folder}/${n}`),
  }));
};

describe('every record and person once, over all the pages', () => {
  test('a page per person, and every record of the content in its register once', () => {
    const personPages = listFiles(site).filter((file) =>
      /^personen\/(?!\d+\/)[^/]+\/index\.html$/.test(file),
    );
    expect(sorted(personPages.map((file) => file.split('/')[1] ?? ''))).toEqual(
      sorted(content.people.map((p) => p.id)),
    );
    const keys = (base: string, kind: string): string[] =>
      readRegisterPages(base, site).flatMap((page) => recordKeys(page, kind));
    const positions = content.people.flatMap((p) =>
      list(p.nevenfuncties).map((s) => `${p.id}/${s.id}`),
    );
    expect(positions.length).toBeGreaterThan(PAGE_SIZE * 10);
    expect(sorted(keys('/registers/nevenfuncties/', 'nevenfunctie'))).toEqual(sorted(positions));
    expect(sorted(keys('/registers/financiele-belangen/', 'financieel-belang'))).toEqual(
      sorted(
        content.people.flatMap((p) => list(p.financieleBelangen).map((i) => `${p.id}/${i.id}`)),
      ),
    );
    expect(sorted(keys('/registers/geschenken/', 'geschenk'))).toEqual(
      sorted(content.gifts.map((g) => g.id)),
    );
  });

  test('an organisation page for every organisation a register links to, and no other', () => {
    const pages = new Set(
      listFiles(path.join(site, 'organisaties'))
        .filter((file) => /^(?!\d+\/)[^/]+\/index\.html$/.test(file))
        .map((file) => file.split('/')[0]),
    );
    const linked = new Set(
      listFiles(path.join(site, 'registers'))
        .filter((file) => file.endsWith('.html'))
        .flatMap((file) =>
          [
            ...readFileSync(path.join(site, 'registers', file), 'utf8').matchAll(
              /href="\/organisaties\/([^"/]+)\//g,
            ),
          ].map((m) => m[1]),
        ),
    );
    expect(pages.size).toBeGreaterThan(0);
    expect(sorted([...pages] as string[])).toEqual(sorted([...linked] as string[]));
  });
});

describe('long lists continue on further pages', () => {
  test('the registers really are split: many pages of 5 rows, and gift pages per quarter', () => {
    const positions = content.people.flatMap((p) => list(p.nevenfuncties)).length;
    const pages = readdirSync(path.join(site, 'registers', 'nevenfuncties')).filter((name) =>
      /^\d+$/.test(name),
    );
    expect(pages.length).toBeGreaterThanOrEqual(Math.floor(positions / PAGE_SIZE));
    const last = readSitePage(`registers/nevenfuncties/${Math.max(...pages.map(Number))}`);
    expect(
      last.querySelectorAll('[data-record="nevenfunctie"]').length +
        last.querySelectorAll('[data-declaration]').length,
    ).toBeLessThanOrEqual(PAGE_SIZE);
    expect(last.querySelector('a[rel="prev"]')).not.toBeNull();
    expect(
      readdirSync(path.join(site, 'registers', 'geschenken')).filter((name) =>
        /^\d{4}-k[1-4]$/.test(name),
      ).length,
    ).toBeGreaterThan(4);
  });

  test('the update-round checklist is split too: every current member once, overdue members first', () => {
    const pages = listPages('registers/actualiteit').map(({ page }) => page);
    const rows = pages.flatMap((page) => page.querySelectorAll('[data-checklist]'));
    const people = JSON.parse(readFileSync(path.join(site, 'data', 'personen.json'), 'utf8')) as {
      id: string;
      actief: boolean;
    }[];
    const current = people.filter((p) => p.actief).map((p) => p.id);
    expect(pages.length).toBe(Math.ceil(current.length / PAGE_SIZE));
    expect(sorted(rows.map((row) => row.getAttribute('data-checklist') ?? ''))).toEqual(
      sorted(current),
    );
    const overdue = rows.map((row) => row.getAttribute('data-overdue'));
    const firstOnTime = overdue.indexOf('nee');
    expect(firstOnTime === -1 ? [] : overdue.slice(firstOnTime)).not.toContain('ja');
    expect(pages.at(-1)?.querySelector('a[rel="prev"]')).not.toBeNull();
  });

  test('the A-Z lists are split too: every person and organisation once, each letter link finds its letter', () => {
    const people = listPages('personen');
    expect(people.length).toBe(Math.ceil(content.people.length / PAGE_SIZE));
    expect(
      sorted(
        people.flatMap(({ page }) =>
          page.querySelectorAll('[data-person]').map((li) => li.getAttribute('data-person') ?? ''),
        ),
      ),
    ).toEqual(
      sorted(
        readdirSync(path.join(ROOT, 'content', 'people')).map((file) => path.basename(file, '.md')),
      ),
    );
    const organisations = listPages('organisaties');
    const organisationPages = listFiles(path.join(site, 'organisaties')).filter((file) =>
      /^(?!\d+\/)[^/]+\/index\.html$/.test(file),
    );
    expect(
      organisations.flatMap(({ page }) => page.querySelectorAll('[data-organisation]')).length,
    ).toBe(organisationPages.length);
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
      readFileSync(path.join(site, 'data', 'nevenfuncties.json'), 'utf8'),
    ) as { id: string; persoonId: string; organisatie: string }[];
    const shownOn = new Map<string, string[]>();
    let split = 0;
    const folders = readdirSync(path.join(site, 'organisaties'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && !/^\d+$/.test(entry.name),
    );
    for (const id of folders.map((entry) => entry.name)) {
      const numbered = readdirSync(path.join(site, 'organisaties', id))
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
    expect(sorted([...shownOn.keys()])).toEqual(sorted(positions.map(keyOf)));
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
    const roles = JSON.parse(readFileSync(path.join(site, 'data', 'rollen.json'), 'utf8')) as {
      persoonId: string;
      functie: string;
    }[];
    for (const [folder, offices] of [
      ['provinciale-staten', ['statenlid']],
      ['gedeputeerde-staten', ['gedeputeerde', 'commissaris']],
    ] as const) {
      const pages = listPages(folder).map(({ page }) => page);
      const expected = new Set(
        roles
          .filter((r) => (offices as readonly string[]).includes(r.functie))
          .map((r) => r.persoonId),
      );
      expect(pages.length, folder).toBe(Math.ceil(expected.size / PAGE_SIZE));
      const listed = pages.flatMap((page) =>
        page.querySelectorAll('[data-person]').map((li) => li.getAttribute('data-person') ?? ''),
      );
      expect(sorted(listed), folder).toEqual(sorted([...expected]));
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
      ...readdirSync(path.join(site, 'organisaties'), { withFileTypes: true })
        .filter(
          (entry) =>
            entry.isDirectory() &&
            readdirSync(path.join(site, 'organisaties', entry.name)).includes('2'),
        )
        .map((entry) => `organisaties/${entry.name}/2`),
    ];
    expect(continued.length).toBeGreaterThan(7);
    expect(
      await validateHtml(
        continued.map((page) => ({
          name: page,
          html: readFileSync(path.join(site, page, 'index.html'), 'utf8'),
        })),
      ),
    ).toEqual([]);
  });
});

describe('addresses', () => {
  test("every gift's permalink in the open data leads to its row on a register page", () => {
    const rows = JSON.parse(readFileSync(path.join(site, 'data', 'geschenken.json'), 'utf8')) as {
      id: string;
      permalink: string;
    }[];
    expect(rows).toHaveLength(content.gifts.length);
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
      [...readFileSync(path.join(site, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1] ?? '').pathname,
      );
    // Every page but the browser editor (admin/, noindex; in this build: PORTAL_EDITOR=1).
    const pages = globSync('**/index.html', { cwd: site })
      .filter((file) => !file.startsWith('admin/'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`);
    const files = locs('sitemap.xml');
    expect(files.length).toBe(Math.ceil(pages.length / SITEMAP_SIZE));
    expect(files.length).toBeGreaterThan(3);
    const listed = files.flatMap((file) => {
      const inFile = locs(file);
      expect(inFile.length, file).toBeLessThanOrEqual(SITEMAP_SIZE);
      return inFile;
    });
    expect(listed.toSorted()).toEqual(pages.toSorted());
  });
});

describe('pages and search', () => {
  test('person pages carry no JavaScript and are under 15 KB on average', () => {
    const people = listFiles(site).filter((file) =>
      /^personen\/(?!\d+\/)[^/]+\/index\.html$/.test(file),
    );
    const html = people.map((file) => readFileSync(path.join(site, file), 'utf8'));
    expect(html.filter((page) => /<script\b/i.test(page))).toEqual([]);
    expect(html.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / html.length).toBeLessThan(
      15 * 1024,
    );
  });

  test('a first search finds results, in all pages and in one register', async () => {
    // A name typed as a visitor would, without accents: someone with three side positions or more.
    const person = content.people.find((p) => list(p.nevenfuncties).length >= 3);
    if (!person) throw new Error('no person with three side positions in the demo');
    const name = foldDiacritics(person.id.replace(/-\d+$/, '').replace(/-/g, ' '));
    const search = await searchSite(site);
    expect(await search.count(name)).toBeGreaterThan(0);
    // Their side positions, from the side positions' own index.
    expect(
      await search.count(name, { register: REGISTERS.nevenfuncties.title }),
    ).toBeGreaterThanOrEqual(3);
  });
});
