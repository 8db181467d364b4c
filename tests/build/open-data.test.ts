/**
 * The open data in the built site: every file the open-data page lists exists, every file
 * validates against its JSON Schema in every format, each file has one row per record shown on
 * the site, permalinks resolve, and Popolo, DCAT, the sitemap and robots.txt are complete.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { getContentDir, getPortal, getToday } from '../../src/data/index.ts';
import { loadContent, type Content } from '../../src/data/load.ts';
import { buildOpenData } from '../../src/data/open-data/catalogue.ts';
import { CSV_EXCEL_NL, CSV_UTF8 } from '../../src/lib/open-data/csv.ts';
import { getDatasets } from '../../src/data/open-data/datasets.ts';
import { bodyBytes } from '../../src/lib/open-data/file-body.ts';
import { assertBuilt, DIST, listFiles, readHtml, readPage, recordKeys } from './site.ts';
import {
  createValidator,
  readBuilt,
  readCsvRows,
  readSchema,
  readXlsxRows,
  unguard,
  type Row,
} from './open-data-read.ts';

let content: Content;
let site: string;

beforeAll(() => {
  assertBuilt();
  content = loadContent(getContentDir(), { today: getToday() });
  const canonical = readPage('/').querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error('the home page has no canonical link');
  site = new URL('/', canonical).href;
});

const list = <T>(value: T[] | string): T[] => (Array.isArray(value) ? value : []);
// The datasets' file names are the same for every kind of body.
const slugs = getDatasets('provincie').map((d) => d.slug);

/** Records of a dataset as the site shows them (data-record rows in the built pages). */
function recordsOnSite(slug: string): number {
  switch (slug) {
    case 'nevenfuncties':
      return recordKeys(readPage('/registers/nevenfuncties/'), 'nevenfunctie').length;
    case 'financiele-belangen':
      return recordKeys(readPage('/registers/financiele-belangen/'), 'financieel-belang').length;
    case 'geschenken':
      return recordKeys(readPage('/registers/geschenken/'), 'geschenk').length;
    case 'nevenwerkzaamheden-ambtenaren': {
      const page = readPage('/registers/nevenwerkzaamheden-ambtenaren/');
      return (
        recordKeys(page, 'nevenwerkzaamheid').length +
        recordKeys(page, 'functie-zonder-nevenwerkzaamheden').length
      );
    }
    case 'neveninkomsten':
      return recordKeys(readPage('/registers/neveninkomsten/'), 'neveninkomsten').length;
    case 'personen':
      return readPage('/personen/').querySelectorAll('[data-person]').length;
    case 'rollen':
      return content.people.reduce(
        (sum, p) =>
          sum + readPage(`/personen/${p.id}/`).querySelectorAll('[data-record="rol"]').length,
        0,
      );
    default:
      throw new Error(`no site count for ${slug}`);
  }
}

function readJsonRows(slug: string): Row[] {
  return JSON.parse(readBuilt(DIST, `/data/${slug}.json`).toString('utf8')) as Row[];
}

describe('the open-data page', () => {
  test('lists every file in /data/, and every file it lists exists in the build', () => {
    const listed = readPage('/open-data/')
      .querySelectorAll('a[data-open-data-file]')
      .map((a) => a.getAttribute('href') ?? '');
    const built = listFiles(path.join(DIST, 'data'), '/data/');
    expect(listed.length).toBeGreaterThan(0);
    for (const href of listed) expect(existsSync(path.join(DIST, href)), href).toBe(true);
    expect([...new Set(listed)].sort()).toEqual([...built].sort());
  });

  test('documents every column of every dataset, with licence, cadence and last update', () => {
    const page = readPage('/open-data/');
    expect(page.querySelector('a[rel="license"]')?.getAttribute('href')).toContain(
      'publicdomain/zero/1.0',
    );
    for (const slug of slugs) {
      const section = page.querySelector(`section[data-dataset="${slug}"]`);
      expect(section, slug).not.toBeNull();
      const documented =
        section?.querySelectorAll('tr[data-column]').map((tr) => tr.getAttribute('data-column')) ??
        [];
      expect(documented, slug).toEqual(Object.keys(readJsonRows(slug)[0] ?? {}));
      expect(section?.querySelector('time[datetime]'), slug).not.toBeNull();
      expect(Number(section?.querySelector('[data-row-count]')?.getAttribute('value')), slug).toBe(
        readJsonRows(slug).length,
      );
    }
    const registers = getPortal().registers;
    const dates = page
      .querySelectorAll('section[data-dataset="geschenken"] time')
      .map((t) => t.getAttribute('datetime'));
    expect(dates).toContain(registers.geschenken.lastUpdate);
  });

  test('every register page links to its downloads', () => {
    for (const [pagePath, slug] of [
      ['/registers/nevenfuncties/', 'nevenfuncties'],
      ['/registers/geschenken/', 'geschenken'],
    ] as const) {
      const links = readPage(pagePath)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(links, pagePath).toEqual(
        expect.arrayContaining([
          `/data/${slug}.csv`,
          `/data/${slug}-excel.csv`,
          `/data/${slug}.xlsx`,
          `/data/${slug}.json`,
        ]),
      );
    }
  });
});

describe.each(slugs)('dataset %s', (slug) => {
  test('the JSON file validates against its JSON Schema and has one row per record on the site', () => {
    const { schema } = readSchema(DIST, slug);
    const validate = createValidator(schema);
    const rows = readJsonRows(slug);
    expect(validate(rows), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(rows.length).toBe(recordsOnSite(slug));
  });

  test('both CSV files, read back with the schema types, validate and hold the same rows as the JSON', () => {
    const { schema, columns } = readSchema(DIST, slug);
    const validate = createValidator(schema);
    const json = readJsonRows(slug);
    for (const [file, dialect] of [
      [`/data/${slug}.csv`, CSV_UTF8],
      [`/data/${slug}-excel.csv`, CSV_EXCEL_NL],
    ] as const) {
      const text = readBuilt(DIST, file).toString('utf8');
      expect(text.startsWith('\uFEFF'), file).toBe(dialect.bom);
      const { header, rows } = readCsvRows(text, columns, dialect);
      expect(header, file).toEqual(columns.map((c) => c.name));
      expect(validate(rows), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      const unguarded = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? unguard(v) : v]),
        ),
      );
      expect(unguarded, file).toEqual(json);
    }
  });

  test('the XLSX file, read back with exceljs, validates and holds the same rows as the JSON, without formulas', async () => {
    const { schema, columns } = readSchema(DIST, slug);
    const validate = createValidator(schema);
    const { header, rows, formulas, sheets } = await readXlsxRows(
      readBuilt(DIST, `/data/${slug}.xlsx`),
    );
    expect(header).toEqual(columns.map((c) => c.name));
    expect(validate(rows), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(rows).toEqual(readJsonRows(slug));
    expect(formulas).toEqual([]);
    expect(sheets).toContain('Toelichting');
  });

  test('the built files are exactly what the builders write for this content (byte-deterministic)', async () => {
    const data = buildOpenData(getPortal(), site);
    const dataset = data.datasets.find((d) => d.definition.slug === slug);
    if (!dataset) throw new Error(`no dataset ${slug}`);
    for (const file of [...dataset.files, dataset.schemaFile]) {
      const rendered = await file.render();
      expect(Buffer.from(bodyBytes(rendered)).equals(readBuilt(DIST, file.path)), file.path).toBe(
        true,
      );
    }
  });
});

describe('records in the downloads', () => {
  test('every record in the content is in a download, by its key', () => {
    const keys = (slug: string, key: (row: Row) => string): string[] =>
      readJsonRows(slug).map(key).sort();
    expect(keys('nevenfuncties', (r) => `${r['persoonId']}/${r['id']}`)).toEqual(
      content.people.flatMap((p) => list(p.nevenfuncties).map((s) => `${p.id}/${s.id}`)).sort(),
    );
    expect(keys('financiele-belangen', (r) => `${r['persoonId']}/${r['id']}`)).toEqual(
      content.people
        .flatMap((p) => list(p.financieleBelangen).map((s) => `${p.id}/${s.id}`))
        .sort(),
    );
    expect(keys('geschenken', (r) => String(r['id']))).toEqual(
      content.gifts.map((g) => g.id).sort(),
    );
    expect(
      keys('nevenwerkzaamheden-ambtenaren', (r) => `${r['functieId']}/${r['id'] ?? ''}`),
    ).toEqual(
      content.officials
        .flatMap((o) =>
          Array.isArray(o.nevenwerkzaamheden)
            ? o.nevenwerkzaamheden.map((a) => `${o.id}/${a.id}`)
            : [`${o.id}/`],
        )
        .sort(),
    );
    expect(keys('personen', (r) => String(r['id']))).toEqual(
      content.people.map((p) => p.id).sort(),
    );
  });

  test('every source link in the content is in the downloads and on the site', () => {
    const inContent = [
      ...content.people.flatMap((p) =>
        [...list(p.nevenfuncties), ...list(p.financieleBelangen)].map((e) => e.bron),
      ),
      ...content.gifts.map((g) => g.bron),
      ...content.officials.flatMap((o) => list(o.nevenwerkzaamheden).map((a) => a.bron)),
    ].filter((b): b is string => b !== undefined);
    const giftSources = content.gifts.filter((g) => g.bron !== undefined);
    const activitySources = content.officials.flatMap((o) =>
      list(o.nevenwerkzaamheden).filter((a) => a.bron !== undefined),
    );
    expect(giftSources.length).toBeGreaterThan(0);
    expect(activitySources.length).toBeGreaterThan(0);
    const downloaded = new Set(
      slugs
        .flatMap((slug) => readJsonRows(slug).map((r) => r['bron']))
        .filter((b) => typeof b === 'string'),
    );
    for (const bron of inContent) expect(downloaded.has(bron), bron).toBe(true);
    const giftPage = readPage('/registers/geschenken/');
    for (const gift of giftSources)
      expect(
        giftPage.getElementById(`geschenk-${gift.id}`)?.querySelector(`a[href="${gift.bron}"]`),
        gift.id,
      ).not.toBeNull();
    const officialsPage = readHtml('/registers/nevenwerkzaamheden-ambtenaren/');
    for (const activity of activitySources)
      expect(officialsPage).toContain(`href="${activity.bron}"`);
  });

  test('every permalink points at a built page that has the anchor', () => {
    const pages = new Map<string, ReturnType<typeof readPage>>();
    for (const slug of slugs) {
      for (const row of readJsonRows(slug)) {
        const url = new URL(String(row['permalink']));
        expect(url.origin + '/', String(row['permalink'])).toBe(site);
        const page = pages.get(url.pathname) ?? readPage(url.pathname);
        pages.set(url.pathname, page);
        if (url.hash)
          expect(
            page.getElementById(decodeURIComponent(url.hash.slice(1))),
            String(row['permalink']),
          ).not.toBeNull();
      }
    }
  });
});

describe('Popolo', () => {
  interface PopoloFile {
    persons: Record<string, unknown>[];
    organizations: Record<string, unknown>[];
    memberships: Record<string, unknown>[];
  }
  const read = (): PopoloFile =>
    JSON.parse(readBuilt(DIST, '/data/popolo.json').toString('utf8')) as PopoloFile;

  test('validates against its JSON Schema', () => {
    const schema = JSON.parse(
      readBuilt(DIST, '/data/schema/popolo.schema.json').toString('utf8'),
    ) as Record<string, unknown>;
    const validate = createValidator(schema);
    expect(validate(read()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('has the required Popolo fields, and every reference resolves', () => {
    const popolo = read();
    const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
    for (const person of popolo.persons)
      expect(hasText(person['id']) && hasText(person['name']), JSON.stringify(person)).toBe(true);
    for (const organisation of popolo.organizations)
      expect(
        hasText(organisation['id']) && hasText(organisation['name']),
        JSON.stringify(organisation),
      ).toBe(true);
    const persons = new Set(popolo.persons.map((p) => p['id']));
    const organisations = new Set(popolo.organizations.map((o) => o['id']));
    for (const m of popolo.memberships) {
      expect(
        hasText(m['id']) && hasText(m['role']) && hasText(m['start_date']),
        JSON.stringify(m),
      ).toBe(true);
      expect(persons.has(m['person_id']), JSON.stringify(m)).toBe(true);
      expect(organisations.has(m['organization_id']), JSON.stringify(m)).toBe(true);
      if (m['on_behalf_of_id'] !== undefined)
        expect(organisations.has(m['on_behalf_of_id']), JSON.stringify(m)).toBe(true);
      if (m['role'] === 'Statenlid') expect(m['on_behalf_of_id'], JSON.stringify(m)).toBeDefined();
    }
  });

  test('everyone is a person, every fractie an organisation and every role a membership', () => {
    const popolo = read();
    expect(popolo.persons.map((p) => p['id']).sort()).toEqual(
      content.people.map((p) => p.id).sort(),
    );
    expect(popolo.organizations.map((o) => o['id'])).toEqual(
      expect.arrayContaining(content.fracties.map((f) => f.id)),
    );
    expect(popolo.memberships).toHaveLength(
      content.people.reduce((sum, p) => sum + p.rollen.length, 0),
    );
  });
});

describe('DCAT catalogue', () => {
  test('every distribution is a file in the build, with the register dates and CC0', () => {
    const catalogue = JSON.parse(readBuilt(DIST, '/data/catalogus.jsonld').toString('utf8')) as {
      'dcat:dataset': {
        'dct:identifier': string;
        'dct:modified': { '@value': string };
        'dct:license': { '@id': string };
        'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[];
      }[];
    };
    const registers = getPortal().registers;
    for (const dataset of catalogue['dcat:dataset']) {
      expect(dataset['dct:license']['@id']).toBe(
        'http://creativecommons.org/publicdomain/zero/1.0/',
      );
      expect(dataset['dcat:distribution'].length, dataset['dct:identifier']).toBeGreaterThan(0);
      for (const distribution of dataset['dcat:distribution']) {
        const url = new URL(distribution['dcat:downloadURL']['@id']);
        expect(existsSync(path.join(DIST, url.pathname)), url.href).toBe(true);
      }
    }
    expect(
      catalogue['dcat:dataset'].find((d) => d['dct:identifier'] === 'nevenfuncties')?.[
        'dct:modified'
      ]['@value'],
    ).toBe(registers.nevenfuncties.lastUpdate);
  });
});

describe('sitemap, robots.txt and sharing', () => {
  test('the sitemap lists every HTML page of the build, and only those', () => {
    const locs = (xml: string) =>
      [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
    // /sitemap.xml is the index of the sitemap's files, on the site itself.
    const index = readBuilt(DIST, '/sitemap.xml').toString('utf8');
    expect(index).toContain('<sitemapindex ');
    const files = locs(index);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file.origin).toBe(new URL(site).origin);
    const listed = files
      .flatMap((file) =>
        locs(readBuilt(DIST, file.pathname).toString('utf8')).map((url) => url.pathname),
      )
      .sort();
    const pages = listFiles()
      // The browser editor at /admin/ (PORTAL_EDITOR=1 only, noindex) is a tool, not a page to list.
      .filter((f) => f.endsWith('index.html') && !f.startsWith('admin/'))
      .map((f) => `/${f.slice(0, -'index.html'.length)}`)
      .sort();
    expect(listed).toEqual(pages);
    expect(listed).toContain('/open-data/');
    for (const person of content.people) expect(listed).toContain(`/personen/${person.id}/`);
  });

  test('robots.txt points to the sitemap', () => {
    expect(readBuilt(DIST, '/robots.txt').toString('utf8')).toContain(
      `Sitemap: ${site}sitemap.xml`,
    );
  });

  test('pages carry a canonical address and Open Graph title, description, address and locale', () => {
    for (const pagePath of ['/', '/open-data/', `/personen/${content.people[0]?.id}/`]) {
      const page = readPage(pagePath);
      const meta = (property: string) =>
        page.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), pagePath).toBe(
        new URL(pagePath, site).href,
      );
      expect(meta('og:url'), pagePath).toBe(new URL(pagePath, site).href);
      expect(meta('og:locale'), pagePath).toBe('nl_NL');
      expect(meta('og:title'), pagePath).toMatch(/\S/);
      expect(meta('og:description'), pagePath).toBe(
        page.querySelector('meta[name="description"]')?.getAttribute('content'),
      );
    }
  });
});
