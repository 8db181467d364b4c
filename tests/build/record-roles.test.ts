/**
 * Derived values at the record's own date (src/lib/record-role.ts). The fixture
 * tests/fixtures/content-role-changes holds a member who changed fractie, a Statenlid who became
 * gedeputeerde (without a fractie) and a former member, each with gifts, ended and current side
 * positions and interests. It is built into a temporary folder, and every place that shows a
 * record's fractie or body (PS, GS) must show the one at the record's date: every download,
 * the register pages, the organisation pages (tables and search filters), the search records and
 * the statistics. Before the fix, records carried the person's fractie of today (or of the last
 * role with one) and search filed a side position under every fractie the person ever had.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSV_EXCEL_NL, CSV_UTF8 } from '../../src/lib/open-data/csv.ts';
import { getDatasets } from '../../src/data/open-data/datasets.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import {
  readBuilt,
  readCsvRows,
  readSchema,
  readXlsxRows,
  unguard,
  type Row,
} from './open-data-read.ts';
import { buildContentSite, ROOT } from './report-fixture-site.ts';
import { readPage as readSitePage, readRegisterPages } from './site.ts';
import { searchSite, type SearchEngine } from './search-engine.ts';

const work = mkdtempSync(path.join(tmpdir(), 'portal-record-roles-'));
const out = path.join(work, 'site');

const VT = { naam: 'Vrij Testland', afkorting: 'VT' };
const LD = { naam: 'Lijst Duinrand', afkorting: 'LD' };
const PPT = { naam: 'Polderpartij Testland', afkorting: 'PPT' };

interface Expected {
  /** The fractie at the record's date, or null when the person had none then. */
  fractie: { naam: string; afkorting: string } | null;
  /** The body at the record's date, as search files it. */
  orgaan: 'PS' | 'GS' | 'Ambtenaren';
}

/** Side positions and interests by `<person>/<id>`, written out from the fixture's comments. */
const SIDE_POSITIONS: Record<string, Expected> = {
  'tijmen-wisselink/secretaris-wisselwerk': { fractie: VT, orgaan: 'PS' },
  'tijmen-wisselink/voorzitter-duinrandfonds': { fractie: LD, orgaan: 'PS' },
  'tijmen-wisselink/bestuurslid-kanoclub': { fractie: LD, orgaan: 'PS' },
  'tijmen-wisselink/adviseur-polderwater': { fractie: LD, orgaan: 'PS' },
  'greet-van-opgang/lid-raad-van-advies-museum': { fractie: PPT, orgaan: 'PS' },
  'greet-van-opgang/lid-bestuur-natuurschap': { fractie: null, orgaan: 'GS' },
  'greet-van-opgang/penningmeester-wisselwerk': { fractie: null, orgaan: 'GS' },
  'greet-van-opgang/docent-volksuniversiteit': { fractie: PPT, orgaan: 'PS' },
  'joost-vertrek/voorzitter-ijsclub': { fractie: VT, orgaan: 'PS' },
};
const INTERESTS: Record<string, Expected> = {
  'tijmen-wisselink/aandelen-veerdienst': { fractie: VT, orgaan: 'PS' },
  'tijmen-wisselink/obligaties-duinrand': { fractie: LD, orgaan: 'PS' },
  'tijmen-wisselink/lening-wisselwerk': { fractie: VT, orgaan: 'PS' },
  'greet-van-opgang/aandelen-kwekerij': { fractie: PPT, orgaan: 'PS' },
  'greet-van-opgang/verhuurde-woning': { fractie: null, orgaan: 'GS' },
};
/** Gifts by id. */
const GIFTS: Record<string, Expected> = {
  '2024-101': { fractie: PPT, orgaan: 'PS' },
  '2025-101': { fractie: VT, orgaan: 'PS' },
  '2025-102': { fractie: null, orgaan: 'GS' },
  '2026-101': { fractie: LD, orgaan: 'PS' },
  '2026-102': { fractie: null, orgaan: 'Ambtenaren' },
};

/**
 * Years of income from side positions by `<person>/<jaar>/<side position>`: the fractie of the
 * office that carried the duty that year. Greet has been gedeputeerde (without a fractie) since
 * November 2024, so both her years are GS's, although she sat in PS for most of 2024.
 */
const INCOME_YEARS: Record<string, Expected> = {
  'greet-van-opgang/2024/': { fractie: null, orgaan: 'GS' },
  'greet-van-opgang/2025/': { fractie: null, orgaan: 'GS' },
};

/** The datasets with one row per record, the record's key in a row, and what each must say. */
const RECORD_DATASETS: Record<
  string,
  { key: (row: Row) => string; expected: Record<string, Expected> }
> = {
  nevenfuncties: {
    key: (r) => `${String(r['persoonId'])}/${String(r['id'])}`,
    expected: SIDE_POSITIONS,
  },
  'financiele-belangen': {
    key: (r) => `${String(r['persoonId'])}/${String(r['id'])}`,
    expected: INTERESTS,
  },
  geschenken: { key: (r) => String(r['id']), expected: GIFTS },
  neveninkomsten: {
    key: (r) =>
      `${String(r['persoonId'])}/${String(r['jaar'])}/${r['nevenfunctieId'] === null ? '' : String(r['nevenfunctieId'])}`,
    expected: INCOME_YEARS,
  },
};
/** Datasets whose fractie describes a person or a term, not a dated record. */
const PERSON_DATASETS = ['personen', 'rollen'];

/** A record's key from the `data-record` kind and `data-key` on a page. */
const EXPECTED_BY_KIND: Record<string, Record<string, Expected>> = {
  nevenfunctie: SIDE_POSITIONS,
  'financieel-belang': INTERESTS,
  geschenk: GIFTS,
};

beforeAll(() => buildContentSite(path.join(ROOT, 'tests/fixtures/content-role-changes'), out));

afterAll(() => rmSync(work, { recursive: true, force: true }));

const readPage = (urlPath: string): HTMLElement => readSitePage(urlPath, out);
/** Every page of a paged list that starts at `base`, following its links under `base`. */
const readPages = (base: string): HTMLElement[] => readRegisterPages(base, out);

/** Per record key, the text of the fractie cell (the first cell after the person's name). */
function fractieCells(pages: readonly HTMLElement[], kind: string): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const page of pages) {
    for (const row of page.querySelectorAll(`tr[data-record="${kind}"]`)) {
      cells[row.getAttribute('data-key') ?? ''] =
        row.querySelector('th[scope="row"] + td')?.text.trim() ?? '(no fractie cell)';
    }
  }
  return cells;
}

/** What a fractie cell must say: the abbreviation, or a dash. */
const cellText = (expected: Record<string, Expected>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(expected).map(([key, e]) => [key, e.fractie?.afkorting ?? '–']),
  );

describe('downloads: the fractie of each record is the one at its date', () => {
  test('every dataset with a fractie column is either a record dataset checked here or about people and terms', async () => {
    for (const { slug } of getDatasets('provincie')) {
      const { columns } = readSchema(out, slug);
      if (!columns.some((c) => c.name === 'fractie')) continue;
      expect(
        Object.keys(RECORD_DATASETS).includes(slug) || PERSON_DATASETS.includes(slug),
        `${slug} has a fractie column`,
      ).toBe(true);
    }
  });

  test.each(Object.keys(RECORD_DATASETS))('%s: JSON, both CSV files and XLSX', async (slug) => {
    const { key, expected } = RECORD_DATASETS[slug] as (typeof RECORD_DATASETS)[string];
    const want = Object.fromEntries(
      Object.entries(expected).map(([k, e]) => [k, e.fractie?.naam ?? null]),
    );
    const { columns } = readSchema(out, slug);
    const formats: [string, Row[]][] = [
      ['json', JSON.parse(readBuilt(out, `/data/${slug}.json`).toString('utf8')) as Row[]],
      [
        'csv',
        readCsvRows(readBuilt(out, `/data/${slug}.csv`).toString('utf8'), columns, CSV_UTF8).rows,
      ],
      [
        'excel csv',
        readCsvRows(
          readBuilt(out, `/data/${slug}-excel.csv`).toString('utf8'),
          columns,
          CSV_EXCEL_NL,
        ).rows,
      ],
      ['xlsx', (await readXlsxRows(readBuilt(out, `/data/${slug}.xlsx`))).rows],
    ];
    for (const [format, rows] of formats) {
      const got = Object.fromEntries(
        rows.map((r) => [
          key(r),
          typeof r['fractie'] === 'string' ? unguard(r['fractie']) : (r['fractie'] ?? null),
        ]),
      );
      expect(got, `${slug} ${format}`).toEqual(want);
    }
  });
});

describe('register pages: the fractie column', () => {
  test.each(['', '/en'])('side positions and interests (%s)', (prefix) => {
    expect(fractieCells(readPages(`${prefix}/registers/nevenfuncties/`), 'nevenfunctie')).toEqual(
      cellText(SIDE_POSITIONS),
    );
    expect(
      fractieCells(readPages(`${prefix}/registers/financiele-belangen/`), 'financieel-belang'),
    ).toEqual(cellText(INTERESTS));
  });
});

/** The first page of every organisation (each lists the records that name it). */
function organisationPages(prefix: string): { id: string; pages: HTMLElement[] }[] {
  const dir = path.join(out, prefix, 'organisaties');
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        existsSync(path.join(dir, entry.name, 'index.html')) &&
        !/^\d+$/.test(entry.name),
    )
    .map((entry) => ({
      id: entry.name,
      pages: readPages(`${prefix}/organisaties/${entry.name}/`),
    }));
}

describe('organisation pages', () => {
  test.each(['', '/en'])('the fractie column of every connection (%s)', (prefix) => {
    const orgs = organisationPages(prefix);
    expect(orgs.length).toBeGreaterThan(5);
    const all = orgs.flatMap((o) => o.pages);
    expect(fractieCells(all, 'nevenfunctie')).toEqual(cellText(SIDE_POSITIONS));
    // Interests without an organisation (the rented house) have no organisation page.
    expect(fractieCells(all, 'financieel-belang')).toEqual(
      cellText(
        Object.fromEntries(
          Object.entries(INTERESTS).filter(([key]) => key !== 'greet-van-opgang/verhuurde-woning'),
        ),
      ),
    );
  });

  test('the fractie search filter: the fracties at the dates of the records on the page', () => {
    const orgs = organisationPages('');
    let checked = 0;
    for (const { id, pages } of orgs) {
      const [first] = pages;
      if (!first) continue;
      const keys = pages.flatMap((page) =>
        page
          .querySelectorAll('tr[data-record]')
          .map(
            (row) =>
              [row.getAttribute('data-record') ?? '', row.getAttribute('data-key') ?? ''] as const,
          ),
      );
      const want = [
        ...new Set(
          keys.flatMap(([kind, key]) => EXPECTED_BY_KIND[kind]?.[key]?.fractie?.naam ?? []),
        ),
      ].sort((a, b) => a.localeCompare(b, 'nl'));
      const got = first
        .querySelectorAll('[data-pagefind-filter^="fractie:"]')
        .map((el) => (el.getAttribute('data-pagefind-filter') ?? '').slice('fractie:'.length));
      expect(got, id).toEqual(want);
      checked += 1;
    }
    expect(checked).toBe(orgs.length);
    // Stichting Wisselwerk: Tijmen's ended position and withdrawn loan (VT), his gift of 2026 (LD), Greet as gedeputeerde (none).
    expect(orgs.map((o) => o.id)).toContain('stichting-wisselwerk');
  });
});

describe('search records: filed under the body and fractie at the record date', () => {
  let search: SearchEngine;
  beforeAll(async () => {
    search = await searchSite(out);
  });

  const registers = [
    [
      REGISTERS.nevenfuncties.title,
      SIDE_POSITIONS,
      (url: string) => url.replace(/^\/personen\/([^/]+)\/#nevenfunctie-(.+)$/, '$1/$2'),
    ],
    [
      REGISTERS.financieleBelangen.title,
      INTERESTS,
      (url: string) => url.replace(/^\/personen\/([^/]+)\/#belang-(.+)$/, '$1/$2'),
    ],
    [REGISTERS.geschenken.title, GIFTS, (url: string) => url.replace(/^.*#geschenk-(.+)$/, '$1')],
  ] as const;

  test.each(registers)('%s', async (register, expected, keyOf) => {
    const hits = await search.search(null, { register }, 1000);
    const got = Object.fromEntries(
      hits.map((hit) => [
        keyOf(hit.url),
        { fractie: hit.filters['fractie'] ?? [], orgaan: hit.filters['orgaan'] ?? [] },
      ]),
    );
    const want = Object.fromEntries(
      Object.entries(expected).map(([key, e]) => [
        key,
        { fractie: e.fractie ? [e.fractie.naam] : [], orgaan: [e.orgaan] },
      ]),
    );
    expect(got).toEqual(want);
  });

  test('a fractie filter finds exactly the records of that fractie at their dates', async () => {
    for (const fractie of [VT, LD, PPT]) {
      const count = Object.values(SIDE_POSITIONS).filter((e) => e.fractie === fractie).length;
      expect(
        await search.count(null, {
          register: REGISTERS.nevenfuncties.title,
          fractie: fractie.naam,
        }),
        fractie.naam,
      ).toBe(count);
    }
    const gs = Object.values(GIFTS).filter((e) => e.orgaan === 'GS').length;
    expect(await search.count(null, { register: REGISTERS.geschenken.title, orgaan: 'GS' })).toBe(
      gs,
    );
  });
});

describe('statistics', () => {
  test("current side positions of current members per fractie: today's fractie", () => {
    const rows = readPage('/statistieken/').querySelectorAll(
      '[data-figure="nevenfuncties-fractie"] tbody tr',
    );
    const got = Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-row'),
        row.querySelectorAll('td data').map((d) => Number(d.getAttribute('value'))),
      ]),
    );
    // Columns: bezoldigd, onbezoldigd, onkostenvergoeding. Joost Vertrek left; the withdrawn position is not current.
    expect(got).toEqual({ 'Lijst Duinrand': [1, 0, 1], 'Zonder fractie': [0, 1, 1] });
  });
});
