/**
 * The English interface (issue #8): every Dutch page has an /en/ twin and back, each pair points
 * at the other with hreflang, English pages say lang="en", show no Dutch interface text, and show
 * every record the Dutch register pages show.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { nl } from '../unit/dictionaries.ts';
import { assertBuilt, listFiles, readPage, registerRecordKeys } from './site.ts';

/** Files that exist once, in Dutch or in no language: not pages to translate. */
const SINGLE = [/^404\.html$/, /^admin\//, /^data\//, /^pagefind\//];

let dutch: string[];
let english: string[];

/** `personen/x/index.html` as its URL path `/personen/x/`. */
const toPath = (file: string): string => `/${file.replace(/index\.html$/, '')}`;

beforeAll(() => {
  assertBuilt();
  const pages = listFiles().filter((f) => f.endsWith('.html') && !SINGLE.some((re) => re.test(f)));
  dutch = pages.filter((f) => !f.startsWith('en/')).map(toPath);
  english = pages.filter((f) => f.startsWith('en/')).map(toPath);
});

describe('every page in both languages', () => {
  test('every Dutch page has its English counterpart under /en/', () => {
    expect(dutch.length).toBeGreaterThan(20);
    const missing = dutch.filter((p) => !english.includes(`/en${p}`));
    expect(missing).toEqual([]);
  });

  test('every English page has its Dutch counterpart', () => {
    const missing = english.filter((p) => !dutch.includes(p.slice(3)));
    expect(missing).toEqual([]);
  });

  test('each pair links to each other with hreflang nl, en and x-default (Dutch), absolute', () => {
    for (const nlPath of dutch) {
      for (const urlPath of [nlPath, `/en${nlPath}`]) {
        const page = readPage(urlPath);
        const href = (lang: string): string | undefined =>
          page
            .querySelector(`head link[rel="alternate"][hreflang="${lang}"]`)
            ?.getAttribute('href');
        expect(href('nl'), urlPath).toBe(`https://integriteit.zilverland.example${nlPath}`);
        expect(href('en'), urlPath).toBe(`https://integriteit.zilverland.example/en${nlPath}`);
        expect(href('x-default'), urlPath).toBe(`https://integriteit.zilverland.example${nlPath}`);
      }
    }
  });

  test('the language switch leads to the same page in the other language', () => {
    for (const nlPath of ['/', '/personen/', '/registers/nevenfuncties/', '/over-de-registers/']) {
      const toEnglish = readPage(nlPath).querySelector('a[hreflang="en"][lang="en"]');
      expect(toEnglish?.getAttribute('href')).toBe(`/en${nlPath}`);
      expect(toEnglish?.text).toBe('English');
      const toDutch = readPage(`/en${nlPath}`).querySelector('a[hreflang="nl"][lang="nl"]');
      expect(toDutch?.getAttribute('href')).toBe(nlPath);
      expect(toDutch?.text).toBe('Nederlands');
    }
  });
});

describe('English pages', () => {
  test('say lang="en"; Dutch pages say lang="nl"', () => {
    for (const p of english)
      expect(readPage(p).querySelector('html')?.getAttribute('lang'), p).toBe('en');
    for (const p of dutch)
      expect(readPage(p).querySelector('html')?.getAttribute('lang'), p).toBe('nl');
  });

  // Interface texts that only the Dutch dictionary uses; none may be left on an English page
  // outside content marked lang="nl". ("Provinciale Staten" is explained in English text, and
  // "Home" and "Open data" are English already.)
  const SAME_OR_EXPLAINED = ['Home', 'Open data', 'Provinciale Staten', 'Gedeputeerde Staten'];
  const DUTCH_INTERFACE = [
    ...Object.values(nl.nav).filter((label) => !SAME_OR_EXPLAINED.includes(label)),
    nl.layout.skipLink,
    nl.layout.footerPrivacy,
    nl.columns.payment,
    nl.columns.estimatedValue,
    nl.columns.organisationOrSector,
    nl.columns.functionTitle,
    nl.columns.restriction,
    nl.status.updatedOn,
    nl.status.download,
    nl.headerSearch.placeholder,
    nl.common.ended,
  ];

  test('contain none of the Dutch interface texts outside lang="nl" content', () => {
    for (const p of english) {
      const page = readPage(p);
      for (const dutchContent of page.querySelectorAll('[lang="nl"]')) dutchContent.remove();
      const text = page.querySelector('body')?.text ?? '';
      const found = DUTCH_INTERFACE.filter((s) => text.includes(s));
      expect(found, p).toEqual([]);
    }
  });

  test('are not indexed by search: only Dutch pages carry data-pagefind-body', () => {
    for (const p of english)
      expect(readPage(p).querySelector('[data-pagefind-body]'), p).toBeNull();
    expect(dutch.some((p) => readPage(p).querySelector('[data-pagefind-body]') !== null)).toBe(
      true,
    );
  });

  test('link to English pages, and to the one copy of files and downloads', () => {
    for (const p of ['/en/', '/en/registers/geschenken/', '/en/personen/']) {
      for (const link of readPage(p).querySelectorAll('main a[href^="/"]')) {
        const href = link.getAttribute('href') ?? '';
        if (
          href.startsWith('/data/') ||
          href.startsWith('/wijzigingen/feed.xml') ||
          link.getAttribute('hreflang') === 'nl'
        )
          continue;
        expect(href, `${p} → ${href}`).toMatch(/^\/en\//);
      }
    }
  });

  test('mark Dutch report text and register descriptions with lang="nl"', () => {
    const report = readPage('/en/jaarverslagen/')
      .querySelector('a[href^="/en/jaarverslagen/2"]')
      ?.getAttribute('href');
    if (report)
      expect(readPage(report).querySelector('[data-report-body]')?.getAttribute('lang')).toBe('nl');
    const row = readPage('/en/registers/nevenfuncties/').querySelector(
      '[data-record="nevenfunctie"] td span[lang="nl"]',
    );
    expect(row?.text.trim().length).toBeGreaterThan(0);
  });

  test('format dates and money the English way', () => {
    const html = readPage('/en/registers/geschenken/').toString();
    expect(html).toMatch(
      /<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}<\/time>/,
    );
    expect(html).toMatch(/<data value="[\d.]+">€\d/);
  });
});

describe('every record on the English register pages', () => {
  for (const [base, kind] of [
    ['/registers/nevenfuncties/', 'nevenfunctie'],
    ['/registers/financiele-belangen/', 'financieel-belang'],
    ['/registers/geschenken/', 'geschenk'],
  ] as const) {
    test(`${base}: the same ${kind} records as the Dutch register`, () => {
      const dutchKeys = registerRecordKeys(base, kind).sort();
      expect(dutchKeys.length).toBeGreaterThan(0);
      expect(registerRecordKeys(`/en${base}`, kind).sort()).toEqual(dutchKeys);
    });
  }

  test("/registers/nevenwerkzaamheden-ambtenaren/: the same officials' records", () => {
    const keys = (p: string): string[] =>
      readPage(p)
        .querySelectorAll('[data-record]')
        .map((el) => `${el.getAttribute('data-record')}:${el.getAttribute('data-key')}`)
        .sort();
    expect(keys('/en/registers/nevenwerkzaamheden-ambtenaren/')).toEqual(
      keys('/registers/nevenwerkzaamheden-ambtenaren/'),
    );
  });
});
