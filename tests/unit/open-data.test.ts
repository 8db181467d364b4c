/** The open-data builders: CSV dialects, the formula guard, XLSX, JSON Schema, Popolo, DCAT, sitemap. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildPortal, type Portal } from '../../src/data/portal.ts';
import { loadContent } from '../../src/data/load.ts';
import { stringify } from 'csv-stringify/sync';
import { buildOpenData, toJson, type OpenData } from '../../src/data/open-data/catalogue.ts';
import {
  CSV_EXCEL_NL,
  CSV_UTF8,
  csvPieces,
  formatCsvCell,
  isFormulaLike,
  neutraliseFormula,
  parseCsv,
  toCsv,
  type Cell,
} from '../../src/lib/open-data/csv.ts';
import {
  buildJsonSchema,
  describeColumns,
  getDatasets,
} from '../../src/data/open-data/datasets.ts';
import {
  bodyBytes,
  bodyStream,
  jsonArrayPieces,
  type FileBody,
} from '../../src/lib/open-data/file-body.ts';
import { buildPopolo, popoloOrganisationIds } from '../../src/data/open-data/popolo.ts';
import { setZipTimestamps, toXlsx, type XlsxInput } from '../../src/lib/open-data/xlsx.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import {
  buildRobotsTxt,
  buildSitemapIndexXml,
  buildSitemapXml,
  routeToPaths,
  sitemapFilePath,
  splitSitemap,
} from '../../src/lib/sitemap.ts';
import { fixturePath, TODAY } from './content-fixtures.ts';

const SITE = 'https://integriteit.testland.example';
// The fixtures are a province's: its datasets, and its council's and executive's Popolo ids.
const DATASETS = getDatasets('provincie');
const { council: POPOLO_PS, executive: POPOLO_GS } = popoloOrganisationIds('provincie');

function portalOf(fixture: string): Portal {
  return buildPortal(loadContent(fixturePath(fixture), { today: TODAY }), TODAY);
}

function validatorFor(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('isFormulaLike and neutraliseFormula', () => {
  test.each([
    '=HYPERLINK("x")',
    '+31 6 12345678',
    '-5 procent',
    '@SUM(A1)',
    '\tTab',
    '\rCR',
    '  =1+1',
  ])('guards %j', (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  test.each(['Stichting Oud Lindewaard', 'a=b', '2026-001', "'t Hart", 'Dijkstra & Zn.', ''])(
    'leaves %j alone',
    (text) => {
      expect(isFormulaLike(text)).toBe(false);
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});

describe('formatCsvCell', () => {
  test('numbers stay numbers: a decimal point in plain CSV, a decimal comma for Dutch Excel', () => {
    expect(formatCsvCell(82.95, CSV_UTF8)).toBe('82.95');
    expect(formatCsvCell(82.95, CSV_EXCEL_NL)).toBe('82,95');
    expect(formatCsvCell(9250, CSV_EXCEL_NL)).toBe('9250');
  });

  test('a negative number is a number, not a formula', () => {
    expect(formatCsvCell(-5, CSV_UTF8)).toBe('-5');
  });

  test('yes/no is "ja"/"nee" and an empty value is an empty cell', () => {
    expect(formatCsvCell(true, CSV_UTF8)).toBe('ja');
    expect(formatCsvCell(false, CSV_EXCEL_NL)).toBe('nee');
    expect(formatCsvCell(null, CSV_UTF8)).toBe('');
  });

  test('formula-like text gets a leading quote in both dialects', () => {
    expect(formatCsvCell('=1+1', CSV_UTF8)).toBe("'=1+1");
    expect(formatCsvCell('@SUM(1)', CSV_EXCEL_NL)).toBe("'@SUM(1)");
  });
});

describe('toCsv', () => {
  const rows = [
    {
      naam: 'Noëlle van der Linde',
      waarde: 150.5,
      actief: true,
      opmerking: 'Docent; 0,4 fte "bestuurskunde"\nregel 2',
    },
    { naam: '=HYPERLINK("x")', waarde: null, actief: false, opmerking: null },
  ];
  const columns = ['naam', 'waarde', 'actief', 'opmerking'];

  test('plain CSV: comma, CRLF line ends, no byte order mark, RFC 4180 quoting', () => {
    const csv = toCsv(columns, rows, CSV_UTF8);
    expect(csv.startsWith('naam,waarde,actief,opmerking\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(parseCsv(csv, ',')).toEqual([
      columns,
      ['Noëlle van der Linde', '150.5', 'ja', 'Docent; 0,4 fte "bestuurskunde"\nregel 2'],
      ['\'=HYPERLINK("x")', '', 'nee', ''],
    ]);
  });

  test('Dutch Excel CSV: byte order mark, semicolon, decimal comma', () => {
    const csv = toCsv(columns, rows, CSV_EXCEL_NL);
    expect(csv.startsWith('\uFEFFnaam;waarde;actief;opmerking\r\n')).toBe(true);
    expect(parseCsv(csv, ';')[1]).toEqual([
      'Noëlle van der Linde',
      '150,5',
      'ja',
      'Docent; 0,4 fte "bestuurskunde"\nregel 2',
    ]);
  });

  test('only a header row when there are no records', () => {
    expect(toCsv(columns, [], CSV_UTF8)).toBe('naam,waarde,actief,opmerking\r\n');
  });
});

describe('large files written in pieces', () => {
  // More than two pieces of a thousand, with text outside Latin-1, nesting, line breaks and nulls.
  const rows = Array.from({ length: 2503 }, (_, i) => ({
    id: `r-${i}`,
    naam: i % 2 === 0 ? 'Noëlle “de” Linde € ✓' : null,
    bedrag: i * 1.5,
    actief: i % 3 === 0,
    opmerking: i % 5 === 0 ? '=SOM(1); "citaat"\nregel 2' : '',
    lijst: [i, { diep: 'a\nb' }, []],
  }));
  const decode = (bytes: Uint8Array): string =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  /** What the endpoint's Response writes for `body`, read back as text. */
  const written = async (body: FileBody): Promise<string> =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await new Response(bodyStream(body)).arrayBuffer(),
    );

  test('jsonArrayPieces is toJson of the array byte for byte, as written and as bytes', async () => {
    for (const items of [
      rows,
      rows.slice(0, 1),
      rows.slice(0, 1000),
      rows.slice(0, 1001),
      [],
      [[], {}, 'tekst', 3, null, undefined],
    ]) {
      const body = { pieces: () => jsonArrayPieces(items) };
      expect(await written(body)).toBe(toJson(items));
      expect(decode(bodyBytes(body))).toBe(toJson(items));
    }
    expect([...jsonArrayPieces(rows)]).toHaveLength(5);
  });

  test('csvPieces joined is the whole file as one csv-stringify call writes it, in both dialects', async () => {
    const columns = ['id', 'naam', 'bedrag', 'actief', 'opmerking'];
    const flat: Record<string, Cell>[] = rows.map(({ lijst: _, ...row }) => row);
    for (const dialect of [CSV_UTF8, CSV_EXCEL_NL]) {
      const cells = flat.map((row) => columns.map((c) => formatCsvCell(row[c] ?? null, dialect)));
      const whole = stringify([columns, ...cells], {
        delimiter: dialect.delimiter,
        record_delimiter: '\r\n',
      });
      const expected = dialect.bom ? `\uFEFF${whole}` : whole;
      expect(await written({ pieces: () => csvPieces(columns, flat, dialect) })).toBe(expected);
      expect(toCsv(columns, flat, dialect)).toBe(expected);
    }
    expect([...csvPieces(['id'], flat, CSV_UTF8)]).toHaveLength(4);
  });

  test('text and bytes are written as they are', async () => {
    expect(await written('Noëlle\n')).toBe('Noëlle\n');
    const bytes = new TextEncoder().encode('€ 45,95');
    expect(bodyBytes(bytes)).toBe(bytes);
    expect(await written(bytes)).toBe('€ 45,95');
  });
});

describe('toXlsx', () => {
  const input: XlsxInput = {
    sheetName: 'Geschenken en uitnodigingen',
    columns: [
      { key: 'omschrijving', kind: 'text', description: 'Wat het was.' },
      { key: 'waarde', kind: 'number', description: 'Waarde in euro.', amount: true },
      { key: 'datum', kind: 'date', description: 'Datum.' },
      { key: 'qq', kind: 'boolean', description: 'Uit hoofde van het ambt.' },
    ],
    rows: [
      {
        omschrijving: '=HYPERLINK("https://kwaad.example","klik")',
        waarde: 49.95,
        datum: '2026-05-20',
        qq: true,
      },
      { omschrijving: '-5 procent', waarde: 0, datum: '2026-01-01', qq: false },
    ],
    modified: '2026-10-15',
    creator: 'Provincie Testland',
    notes: ['Toelichting'],
  };

  test('text is a text cell, never a formula; amounts are number cells; dates stay ISO text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(input)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Geschenken en uitnodigingen');
    expect(sheet).toBeDefined();
    const formula = sheet?.getCell('A2');
    expect(formula?.type).toBe(ExcelJS.ValueType.String);
    expect(formula?.value).toBe('=HYPERLINK("https://kwaad.example","klik")');
    expect(sheet?.getCell('A3').value).toBe('-5 procent');
    expect(sheet?.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet?.getCell('B2').value).toBe(49.95);
    expect(sheet?.getCell('C2').value).toBe('2026-05-20');
    expect(sheet?.getCell('D2').value).toBe(true);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Geschenken en uitnodigingen',
      'Toelichting',
    ]);
  });

  test('the same content gives the same bytes at any time of writing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:11:12Z'));
    const first = await toXlsx(input);
    vi.setSystemTime(new Date('2031-06-07T23:59:58Z'));
    const second = await toXlsx(input);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  test('setZipTimestamps stamps every zip entry with the given date', async () => {
    const bytes = setZipTimestamps(await toXlsx(input), '2024-02-29');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let stamped = 0;
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) {
        expect(view.getUint16(i + 12, true)).toBe(((2024 - 1980) << 9) | (2 << 5) | 29);
        stamped++;
      }
    }
    expect(stamped).toBeGreaterThan(5);
  });

  test('setZipTimestamps refuses something that is not a zip file', () => {
    expect(() => setZipTimestamps(new Uint8Array(100), '2026-01-01')).toThrow(/not a zip/);
  });
});

describe('datasets', () => {
  const portal = portalOf('content-minimal');
  const data: OpenData = buildOpenData(portal, SITE);

  test("a dataset file's cache key follows its own rows only", () => {
    const keys = (d: OpenData): Map<string, string | undefined> =>
      new Map(d.files.map((f) => [f.path, f.cacheKey?.()]));
    const before = keys(data);
    expect(keys(buildOpenData(portalOf('content-minimal'), SITE))).toEqual(before);
    // Files drawn from everything are always written.
    expect(before.get('/data/popolo.json')).toBeUndefined();
    expect(before.get('/data/catalogus.jsonld')).toBeUndefined();

    const changed = portalOf('content-minimal');
    const gift = changed.gifts[0];
    if (!gift) throw new Error('fixture without gifts');
    gift.omschrijving = `${gift.omschrijving} (gewijzigd)`;
    const after = keys(buildOpenData(changed, SITE));
    for (const [file, key] of before) {
      if (key === undefined) continue;
      if (file.startsWith('/data/geschenken.') || file.startsWith('/data/geschenken-'))
        expect(after.get(file), file).not.toBe(key);
      else expect(after.get(file), file).toBe(key);
    }
    expect(
      keys(buildOpenData(portalOf('content-minimal'), 'https://elders.example')).get(
        '/data/geschenken.json',
      ),
    ).not.toBe(before.get('/data/geschenken.json'));
  });

  test('each register has a dataset with the download name the register pages link to', () => {
    for (const [register, slug] of Object.values(REGISTERS).map((r) => [r.key, r.slug] as const)) {
      expect(DATASETS.find((d) => d.slug === slug)?.register).toBe(register);
    }
  });

  test('one row per record: every side position, interest, gift, activity, person and role', () => {
    const count = (slug: string): number =>
      data.datasets.find((d) => d.definition.slug === slug)?.rows.length ?? -1;
    expect(count('nevenfuncties')).toBe(5);
    expect(count('financiele-belangen')).toBe(1);
    expect(count('geschenken')).toBe(4);
    // One activity, plus one row for the function without activities.
    expect(count('nevenwerkzaamheden-ambtenaren')).toBe(2);
    expect(count('personen')).toBe(3);
    expect(count('rollen')).toBe(4);
  });

  test('every row of every dataset validates against the JSON Schema generated from its zod schema', () => {
    for (const dataset of data.datasets) {
      const validate = validatorFor(
        buildJsonSchema(
          dataset.definition,
          `${SITE}/data/schema/${dataset.definition.slug}.schema.json`,
        ),
      );
      expect(
        validate(dataset.rows),
        `${dataset.definition.slug}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
    }
  });

  test('the JSON Schema refuses a row with a missing column or an amount as text', () => {
    const gifts = data.datasets.find((d) => d.definition.slug === 'geschenken');
    if (!gifts) throw new Error('no gift dataset');
    const validate = validatorFor(buildJsonSchema(gifts.definition, 'x'));
    const [first] = gifts.rows;
    expect(validate([{ ...first, waarde: '€ 75,-' }])).toBe(false);
    const { permalink: _permalink, ...withoutPermalink } = first ?? {};
    expect(validate([withoutPermalink])).toBe(false);
  });

  test('columns are documented in Dutch in file order, with their type', () => {
    for (const dataset of data.datasets) {
      const columns = describeColumns(dataset.definition);
      expect(columns.map((c) => c.name)).toEqual(Object.keys(dataset.rows[0] ?? {}));
      for (const column of columns)
        expect(column.description, `${dataset.definition.slug}.${column.name}`).not.toBe('');
    }
    const gifts = describeColumns(DATASETS.find((d) => d.slug === 'geschenken') ?? DATASETS[0]!);
    expect(gifts.find((c) => c.name === 'waarde')?.kind).toBe('number');
    expect(gifts.find((c) => c.name === 'datum')?.kind).toBe('date');
    expect(gifts.find((c) => c.name === 'besluitdatum')?.nullable).toBe(true);
  });

  test('permalinks are absolute and point at the record anchor', () => {
    const positions = data.datasets.find((d) => d.definition.slug === 'nevenfuncties')?.rows ?? [];
    expect(positions).toContainEqual(
      expect.objectContaining({
        id: 'voorzitter-imkers-zuidhoek',
        permalink: `${SITE}/personen/noelle-van-der-linde/#nevenfunctie-voorzitter-imkers-zuidhoek`,
      }),
    );
    const gifts = data.datasets.find((d) => d.definition.slug === 'geschenken')?.rows ?? [];
    expect(gifts).toContainEqual(
      expect.objectContaining({
        id: '2026-003',
        ontvangerSoort: 'ambtenaar',
        persoonId: null,
        permalink: `${SITE}/registers/geschenken/#geschenk-2026-003`,
      }),
    );
  });

  test('last update and cadence come from site.yaml; people follow the newest register', () => {
    const byslug = new Map(data.datasets.map((d) => [d.definition.slug, d]));
    expect(byslug.get('geschenken')?.lastUpdate).toBe('2026-10-15');
    expect(byslug.get('geschenken')?.cadence).toBe('kwartaal');
    expect(byslug.get('personen')?.cadence).toBeUndefined();
    expect(byslug.get('nevenwerkzaamheden-ambtenaren')?.lastUpdate).toBe('2026-02-01');
    expect(byslug.get('personen')?.lastUpdate).toBe('2026-10-15');
  });

  test('every file path is unique and under /data/', () => {
    const paths = data.files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^\/data\/[a-z0-9/.-]+$/);
    expect(paths).toHaveLength(DATASETS.length * 5 + 3);
  });
});

describe("a municipality's datasets", () => {
  const data = buildOpenData(portalOf('content-gemeente'), SITE);

  test("describe the municipality's offices, and its rows validate against its JSON Schema", async () => {
    for (const dataset of data.datasets) {
      const schema = buildJsonSchema(dataset.definition, 'x');
      const validate = validatorFor(schema);
      expect(
        validate(dataset.rows),
        `${dataset.definition.slug}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
      expect(JSON.stringify(schema)).not.toMatch(
        /statenlid|gedeputeerde|Provinciale|Provinciewet/i,
      );
    }
    const roles = data.datasets.find((d) => d.definition.slug === 'rollen');
    const functie = roles?.columns.find((c) => c.name === 'functie');
    expect(functie?.values).toEqual(['raadslid', 'wethouder', 'burgemeester']);
    expect(new Set(roles?.rows.map((r) => r['functie']))).toEqual(
      new Set(['raadslid', 'wethouder', 'burgemeester']),
    );
    const notes = await data.files.find((f) => f.path === '/data/personen.xlsx')?.render();
    expect(notes).toBeInstanceOf(Uint8Array);
  });
});

describe('buildPopolo', () => {
  const portal = portalOf('content-minimal');
  const popolo = buildPopolo(portal, SITE);

  test('persons carry id, name and name parts; the tussenvoegsel belongs to the family name', () => {
    for (const person of popolo.persons) {
      expect(person.id).toMatch(/\S/);
      expect(person.name).toMatch(/\S/);
    }
    expect(popolo.persons.find((p) => p.id === 'noelle-van-der-linde')).toMatchObject({
      name: 'Noëlle van der Linde',
      given_name: 'Noëlle',
      family_name: 'van der Linde',
      sort_name: 'Linde, N.E. van der',
    });
  });

  test('organisations: PS, GS and every fractie within PS', () => {
    expect(popolo.organizations.map((o) => o.id)).toEqual([
      POPOLO_PS,
      POPOLO_GS,
      ...portal.fracties.map((f) => f.id),
    ]);
    for (const o of popolo.organizations.slice(2))
      expect(o).toMatchObject({ classification: 'party', parent_id: POPOLO_PS });
  });

  test('every role is a membership; a Statenlid sits on behalf of the fractie; ended terms keep their end date', () => {
    expect(popolo.memberships).toHaveLength(4);
    const celik = popolo.memberships.filter((m) => m.person_id === 'umit-celik');
    expect(celik).toEqual([
      expect.objectContaining({
        organization_id: POPOLO_PS,
        role: 'Statenlid',
        on_behalf_of_id: 'vrij-testland',
        start_date: '2023-03-30',
        end_date: '2023-06-14',
      }),
      expect.objectContaining({
        organization_id: POPOLO_GS,
        role: 'Gedeputeerde',
        start_date: '2023-06-15',
      }),
    ]);
    expect(celik[1]?.end_date).toBeUndefined();
    expect(new Set(popolo.memberships.map((m) => m.id)).size).toBe(popolo.memberships.length);
  });
});

describe('DCAT catalogue', () => {
  test('describes every dataset with licence, modified date, frequency and a distribution per file', async () => {
    const data = buildOpenData(portalOf('content-minimal'), SITE);
    const catalogue = JSON.parse(String(await data.catalogue.render())) as {
      '@type': string;
      'dcat:dataset': Record<string, unknown>[];
    };
    expect(catalogue['@type']).toBe('dcat:Catalog');
    const datasets = catalogue['dcat:dataset'];
    expect(datasets).toHaveLength(DATASETS.length + 1);
    const gifts = datasets.find((d) => d['dct:identifier'] === 'geschenken');
    expect(gifts).toMatchObject({
      'dct:license': { '@id': 'http://creativecommons.org/publicdomain/zero/1.0/' },
      'dct:modified': { '@value': '2026-10-15' },
      'dct:accrualPeriodicity': {
        '@id': 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY',
      },
    });
    const downloads = (
      gifts?.['dcat:distribution'] as {
        'dcat:downloadURL': { '@id': string };
        'dcat:mediaType': { '@id': string };
      }[]
    ).map((d) => d['dcat:downloadURL']['@id']);
    expect(downloads).toEqual([
      `${SITE}/data/geschenken.csv`,
      `${SITE}/data/geschenken-excel.csv`,
      `${SITE}/data/geschenken.xlsx`,
      `${SITE}/data/geschenken.json`,
    ]);
    const frequency = (slug: string) =>
      (
        datasets.find((d) => d['dct:identifier'] === slug)?.['dct:accrualPeriodicity'] as {
          '@id': string;
        }
      )['@id'];
    expect(frequency('nevenfuncties')).toMatch(/ANNUAL_2$/);
    expect(frequency('nevenwerkzaamheden-ambtenaren')).toMatch(/\/ANNUAL$/);
  });
});

describe('routeToPaths', () => {
  test('a static page is its path; index pages are their folder', () => {
    expect(routeToPaths({ file: '../pages/index.astro' })).toEqual(['/']);
    expect(routeToPaths({ file: '../pages/open-data.astro' })).toEqual(['/open-data/']);
    expect(routeToPaths({ file: '../pages/personen/index.astro' })).toEqual(['/personen/']);
  });

  test('a dynamic page has one path per parameter set', () => {
    expect(
      routeToPaths({ file: '../pages/personen/[id].astro', params: [{ id: 'a' }, { id: 'b' }] }),
    ).toEqual(['/personen/a/', '/personen/b/']);
    expect(
      routeToPaths({
        file: '../pages/jaarverslagen/[...slug].astro',
        params: [{ slug: '2025/cijfers' }],
      }),
    ).toEqual(['/jaarverslagen/2025/cijfers/']);
  });

  test('error pages and partials are not listed', () => {
    expect(routeToPaths({ file: '../pages/404.astro' })).toEqual([]);
    expect(routeToPaths({ file: '../pages/_partial.astro' })).toEqual([]);
  });

  test('reads routes named from inside the folder of routes (src/pages/_sitemap-files.ts) alike', () => {
    expect(routeToPaths({ file: './index.astro' })).toEqual(['/']);
    expect(routeToPaths({ file: './personen/[id].astro', params: [{ id: 'a' }] })).toEqual([
      '/personen/a/',
    ]);
    expect(routeToPaths({ file: './404.astro' })).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  test('the sitemap lists each page once, sorted, with absolute escaped addresses', () => {
    const xml = buildSitemapXml(SITE, ['/personen/', '/', '/personen/', "/a&b'/"]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(xml).toContain(`<loc>${SITE}/a&amp;b&apos;/</loc>`);
    expect(xml.indexOf(`<loc>${SITE}/</loc>`)).toBeLessThan(
      xml.indexOf(`<loc>${SITE}/personen/</loc>`),
    );
  });

  test('robots.txt points to the sitemap', () => {
    expect(buildRobotsTxt(SITE)).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  test('the sitemap is split into files of at most the given number of pages, sorted, each page once', () => {
    const paths = ['/d/', '/a/', '/c/', '/b/', '/a/', '/e/'];
    const files = splitSitemap(paths, 2);
    expect(files.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(files.map((f) => f.paths)).toEqual([['/a/', '/b/'], ['/c/', '/d/'], ['/e/']]);
    expect(splitSitemap(paths, 10).map((f) => f.paths)).toEqual([
      ['/a/', '/b/', '/c/', '/d/', '/e/'],
    ]);
    expect(splitSitemap([], 10)).toEqual([]);
    expect(() => splitSitemap(paths, 0)).toThrow(/PORTAL_SITEMAP_SIZE/);
  });

  test('a sitemap file lists the other language of a page that is in another file', () => {
    // /en/x/ sorts into the first file, /x/ into the second: each still names the other.
    const files = splitSitemap(['/en/x/', '/x/', '/y/'], 1);
    const first = buildSitemapXml(SITE, files[0]?.paths ?? [], files[0]?.site);
    expect(first).toContain(
      `<loc>${SITE}/en/x/</loc><xhtml:link rel="alternate" hreflang="nl" href="${SITE}/x/"/>`,
    );
    const third = buildSitemapXml(SITE, files[2]?.paths ?? [], files[2]?.site);
    expect(third).toContain(`<loc>${SITE}/y/</loc></url>`);
  });

  test("a sitemap file's key changes with its pages and their alternates, and only then", () => {
    const key = (paths: string[], number = 1) =>
      splitSitemap(paths, 2).find((f) => f.number === number)?.key;
    const base = ['/a/', '/b/', '/c/'];
    expect(key(base)).toBe(key([...base].reverse()));
    // A page added to the second file leaves the first as it was.
    expect(key([...base, '/d/'])).toBe(key(base));
    expect(key([...base, '/d/'], 2)).not.toBe(key(base, 2));
    // The English page of /a/ lands in another file, but /a/ now has alternates.
    expect(key([...base, '/en/a/'], 1)).not.toBe(key(base, 1));
  });

  test('the sitemap index lists each sitemap file by its absolute address', () => {
    const xml = buildSitemapIndexXml(SITE, 3);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(
      [1, 2, 3].map((n) => `${SITE}${sitemapFilePath(n)}`),
    );
  });
});
