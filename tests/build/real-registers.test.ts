/**
 * Registers as real ones are published (tests/fixtures/content-real-registers): dates of a month
 * or a year, payment not stated, values estimated ("ca. € 60"), bounded ("minder dan € 50") or
 * unknown, a griffie's note, a member's declaration of no gifts. The fixture is built into a
 * temporary folder, and every page and download must say exactly what the entries say: a partial
 * date as written and never as a day, a value as stated and never as an exact amount, totals
 * that say what they leave out, and no label derived from an unknown as if it were known.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent, type Content } from '../../src/data/load.ts';
import { nl } from '../unit/dictionaries.ts';
import { earliestDay, formatDate, isImprecise, latestDay } from '../../src/lib/dates.ts';
import { describeGiftValue, formatGiftValue } from '../../src/lib/gift-value.ts';
import { CSV_UTF8 } from '../../src/lib/open-data/csv.ts';
import { createValidator, readBuilt, readCsvRows, readSchema } from './open-data-read.ts';
import { buildContentSite, ROOT } from './report-fixture-site.ts';
import { readPage as readSitePage, validateHtml } from './site.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/content-real-registers');
const TODAY = '2026-11-22';
const work = mkdtempSync(path.join(tmpdir(), 'portal-real-registers-'));
const out = path.join(work, 'site');
const content: Content = loadContent(FIXTURE, { today: TODAY });

beforeAll(() => {
  buildContentSite(FIXTURE, out, TODAY);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const readPage = (urlPath: string): HTMLElement => readSitePage(urlPath, out);

/** Every HTML page of the built site, as [path, text]. */
function allPages(dir = out, prefix = '/'): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    if (entry.isDirectory()) return allPages(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.html')
      ? [[prefix, readFileSync(path.join(dir, entry.name), 'utf8')]]
      : [];
  });
}

/** Text with runs of ordinary white space as one space; non-breaking spaces (in "€ 50") stay. */
const squash = (text: string | undefined): string =>
  (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const rowText = (page: HTMLElement, kind: string, key: string): string =>
  squash(page.querySelector(`[data-record="${kind}"][data-key="${key}"]`)?.text);

/** Every dated record of the fixture, with the page and row that show it and its partial dates. */
function datedRecords(): {
  what: string;
  page: string;
  kind: string;
  key: string;
  dates: string[];
}[] {
  const records = [];
  for (const person of content.people) {
    for (const [kind, entries] of [
      ['nevenfunctie', person.nevenfuncties],
      ['financieel-belang', person.financieleBelangen],
    ] as const) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries as readonly {
        id: string;
        van?: string | undefined;
        tot?: string | undefined;
      }[]) {
        records.push({
          what: `${person.id}/${entry.id}`,
          page: `/personen/${person.id}/`,
          kind,
          key: `${person.id}/${entry.id}`,
          dates: [entry.van, entry.tot].filter((d): d is string => d !== undefined),
        });
      }
    }
  }
  for (const gift of content.gifts)
    records.push({
      what: gift.id,
      page: '/registers/geschenken/',
      kind: 'geschenk',
      key: gift.id,
      dates: [gift.datum],
    });
  return records;
}

describe('the fixture holds what the test is about', () => {
  test('partial dates in every dated record type, and every kind of stated value', () => {
    const records = datedRecords();
    for (const kind of ['nevenfunctie', 'financieel-belang', 'geschenk']) {
      expect(
        records.some((r) => r.kind === kind && r.dates.some(isImprecise)),
        kind,
      ).toBe(true);
    }
    expect(content.people.some((p) => p.rollen.some((r) => isImprecise(r.van)))).toBe(true);
    expect(new Set(content.gifts.map((g) => describeGiftValue(g.waarde).kind))).toEqual(
      new Set(['bedrag', 'ongeveer', 'minder-dan', 'meer-dan', 'onbekend']),
    );
  });
});

describe('pages say exactly what the entries say', () => {
  test.each(datedRecords().map((r) => [r.what, r] as const))(
    '%s: partial dates as written, never as a day',
    (_what, record) => {
      const text = rowText(readPage(record.page), record.kind, record.key);
      expect(text, `row ${record.key} on ${record.page}`).not.toBe('');
      for (const date of record.dates) {
        expect(text).toContain(formatDate(date, 'nl'));
        if (isImprecise(date)) {
          // The first or last day of "maart 2015" would be a day nobody declared.
          expect(text).not.toContain(formatDate(earliestDay(date), 'nl'));
          expect(text).not.toContain(formatDate(latestDay(date), 'nl'));
        }
      }
    },
  );

  test('every page is valid HTML, partial dates in <time datetime> included', async () => {
    const pages = allPages().map(([name, html]) => ({ name, html }));
    expect(pages.some((p) => p.html.includes('<time datetime="2015-03">'))).toBe(true);
    expect(await validateHtml(pages)).toEqual([]);
  });

  test('a term from "maart 2011" is shown as such on the person page', () => {
    expect(readPage('/personen/wendelmoet-van-oordt/').querySelector('main')?.text).toContain(
      'sinds maart 2011',
    );
  });

  test.each([
    '/registers/geschenken/',
    '/personen/wendelmoet-van-oordt/',
    '/personen/reinout-bakhuys/',
  ])('%s: each gift value as stated; only an exact amount is a machine-readable amount', (page) => {
    const html = readPage(page);
    for (const gift of content.gifts) {
      const row = html.querySelector(`[data-record="geschenk"][data-key="${gift.id}"]`);
      if (!row) continue;
      expect(squash(row.text)).toContain(formatGiftValue(gift.waarde, nl.giftValue, 'nl'));
      const amounts = row.querySelectorAll('data[value]').map((d) => d.getAttribute('value'));
      const { kind, amount } = describeGiftValue(gift.waarde);
      expect(amounts, gift.id).toEqual(kind === 'bedrag' ? [String(amount)] : []);
    }
  });

  test('every total of gift values says it leaves the unknown and estimated ones out', () => {
    const page = readPage('/registers/geschenken/');
    const lead = squash(page.querySelector('main p:has(.tp-computed)')?.text);
    // Four of the five values are not exact amounts: the total is the one exact amount (€ 35).
    expect(lead).toContain('€\u00a035');
    expect(lead).toContain('zonder 4 waarden die onbekend of bij benadering zijn');
    for (const foot of page.querySelectorAll('tfoot tr')) {
      const cell = foot.querySelectorAll('td')[0];
      const known = cell?.querySelector('data[value]');
      // A quarter without an exact amount has no total (not "€ 0"); one with only some is labelled.
      expect(
        known !== null || cell?.querySelector('[data-computed="gift-values-none-known"]') !== null,
        foot.text,
      ).toBe(true);
    }
  });

  test('no page says a kept gift was under the threshold: for "ca. € 60" nobody stated that', () => {
    for (const [page, html] of allPages())
      expect(html.includes('onder de drempel'), page).toBe(false);
    expect(rowText(readPage('/registers/geschenken/'), 'geschenk', '2017-001')).toContain(
      'Behouden',
    );
  });

  test('a year-only gift is in no quarter, and its group says so', () => {
    expect(readPage('/registers/geschenken/').querySelector('#kwartaal-2018')?.text).toBe(
      '2018 (kwartaal niet vermeld)',
    );
  });

  test("payment not stated is shown as such, and the griffie's note apart from the member's reply", () => {
    const page = readPage('/personen/wendelmoet-van-oordt/');
    const row = rowText(page, 'nevenfunctie', 'wendelmoet-van-oordt/lid-rvt-woonstichting');
    expect(row).toContain('Niet vermeld of bezoldigd');
    expect(row).toContain(
      'Toelichting van de griffie: Het register van 2017 vermeldt niet of deze functie bezoldigd was.',
    );
    expect(page.querySelector('[data-reply]')).toBeNull();
  });

  test('a declaration of no gifts is shown, with its period and date', () => {
    const item = squash(
      readPage('/personen/wendelmoet-van-oordt/').querySelector('[data-no-gift-periods] li')?.text,
    );
    expect(item).toBe('1 juli 2026 – 30 september 2026 (verklaard op 5 oktober 2026)');
  });
});

describe('downloads say exactly what the entries say', () => {
  test('gifts: the amount as stated and how it was stated, in JSON and CSV, valid against the schema', () => {
    const json = JSON.parse(readBuilt(out, '/data/geschenken.json').toString('utf8')) as Record<
      string,
      unknown
    >[];
    const { schema, columns } = readSchema(out, 'geschenken');
    expect(createValidator(schema)(json)).toBe(true);
    const csv = readCsvRows(
      readBuilt(out, '/data/geschenken.csv').toString('utf8'),
      columns,
      CSV_UTF8,
    ).rows;
    for (const gift of content.gifts) {
      const { kind, amount } = describeGiftValue(gift.waarde);
      for (const rows of [json, csv]) {
        expect(
          rows.find((r) => r['id'] === gift.id),
          gift.id,
        ).toMatchObject({
          datum: gift.datum,
          waarde: amount ?? null,
          waardeSoort: kind,
          bestemming: gift.bestemming,
        });
      }
    }
  });

  test('side positions: partial dates as written and payment not stated, valid against the schema', () => {
    const json = JSON.parse(readBuilt(out, '/data/nevenfuncties.json').toString('utf8')) as Record<
      string,
      unknown
    >[];
    expect(createValidator(readSchema(out, 'nevenfuncties').schema)(json)).toBe(true);
    expect(json.find((r) => r['id'] === 'lid-rvt-woonstichting')).toMatchObject({
      van: null,
      tot: '2017-12',
      bezoldiging: 'onbekend',
    });
    expect(json.find((r) => r['id'] === 'bestuurslid-sportclub')).toMatchObject({
      van: '2012',
      tot: null,
    });
    const roles = JSON.parse(readBuilt(out, '/data/rollen.json').toString('utf8')) as Record<
      string,
      unknown
    >[];
    expect(roles.find((r) => r['persoonId'] === 'wendelmoet-van-oordt')).toMatchObject({
      van: '2011-03',
    });
  });
});

describe('officials as provinces publish them', () => {
  test('the organisation of a side activity is linked to its page, which lists the activity by function title', () => {
    const row = readPage('/registers/nevenwerkzaamheden-ambtenaren/').querySelector(
      '[data-record="nevenwerkzaamheid"][data-key="directeur-water/lid-bestuur-waterfonds"]',
    );
    const link = row?.querySelectorAll('a').find((a) => a.text === 'Stichting Waterfonds Testland');
    expect(link?.getAttribute('href')).toBeDefined();
    const organisation = readPage(link?.getAttribute('href') ?? '/');
    expect(
      organisation
        .querySelectorAll('[data-record="nevenwerkzaamheid"] > *')
        .map((cell) => squash(cell.text)),
    ).toEqual(['Directeur Water', 'Lid bestuur (onbezoldigd)', 'geen']);
    // An organisation named in the other registers too lists both connections.
    const haven = readPage('/organisaties/zeehaven-testland/');
    expect(
      haven.querySelector('[data-key="programmamanager-energie/voorzitter-energiecooperatie"]')
        ?.text,
    ).toContain('Programmamanager Energie');
    expect(haven.querySelector('[data-record="geschenk"]')).not.toBeNull();
  });

  test('department and scale not published are "niet vermeld" on the page and empty in the data', () => {
    const row = squash(
      readPage('/registers/nevenwerkzaamheden-ambtenaren/').querySelector(
        '[data-key="programmamanager-energie/voorzitter-energiecooperatie"]',
      )?.text,
    );
    expect(row).toContain('niet vermeld');
    const json = JSON.parse(
      readBuilt(out, '/data/nevenwerkzaamheden-ambtenaren.json').toString('utf8'),
    ) as Record<string, unknown>[];
    expect(createValidator(readSchema(out, 'nevenwerkzaamheden-ambtenaren').schema)(json)).toBe(
      true,
    );
    expect(json.find((r) => r['id'] === 'voorzitter-energiecooperatie')).toMatchObject({
      afdeling: null,
      schaal: null,
      organisatie: 'Zeehaven Testland',
    });
  });
});

describe('the round keeps dates as precise as the register has them', () => {
  test('ronde writes "maart 2015" as text, not a day, and importing its sheet unchanged changes nothing', async () => {
    const { cpSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    const ExcelJS = (await import('exceljs')).default;
    const copy = path.join(work, 'round-content');
    cpSync(FIXTURE, copy, { recursive: true });
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_TODAY: TODAY,
      PORTAL_CONTENT_DIR: copy,
    };
    const run = (script: string, args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
    const ronde = run('ronde.ts', ['--uit', path.join(work, 'round')]);
    expect(ronde.status, ronde.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, 'round', 'opgaven.xlsx'));
    const values = workbook.worksheets.flatMap((sheet) =>
      sheet
        .getSheetValues()
        .flat()
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))),
    );
    expect(values).toContain('maart 2015');
    expect(values).toContain('2012');
    // No day was made up for a month or a year.
    expect(values).not.toContain('2015-03-01');
    expect(values).not.toContain('2012-01-01');
    const before = readdirSync(path.join(copy, 'people')).map((f) =>
      readFileSync(path.join(copy, 'people', f), 'utf8'),
    );
    const imported = run('import.ts', [path.join(work, 'round', 'opgaven.xlsx'), '--schrijf']);
    expect(imported.status, `${imported.stdout}\n${imported.stderr}`).toBe(0);
    expect(
      readdirSync(path.join(copy, 'people')).map((f) =>
        readFileSync(path.join(copy, 'people', f), 'utf8'),
      ),
    ).toEqual(before);
  });
});
