/**
 * CSV injection: content whose text starts with =, +, - or @ (tests/fixtures/content-formulas)
 * is built into a temporary folder. No cell of any CSV may start like a formula, the XLSX holds
 * the text as text cells, and JSON keeps the text exactly as the editor wrote it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSV_EXCEL_NL, CSV_UTF8, isFormulaLike, parseCsv } from '../../src/lib/open-data/csv.ts';
import { getDatasets } from '../../src/data/open-data/datasets.ts';
import {
  createValidator,
  readBuilt,
  readCsvRows,
  readSchema,
  readXlsxRows,
  type Row,
} from './open-data-read.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'portal-formulas-'));
const out = path.join(work, 'site');

/** The formula-like texts in the fixture, and the dataset and column each must appear in. */
const FORMULAS = [
  {
    slug: 'nevenfuncties',
    column: 'organisatie',
    text: '=HYPERLINK("https://kwaad.example/?x=1","Klik hier")',
  },
  { slug: 'nevenfuncties', column: 'functie', text: '-5 procent korting voor leden' },
  { slug: 'nevenfuncties', column: 'fractie', text: '@Vrij Testland' },
  {
    slug: 'financiele-belangen',
    column: 'omschrijving',
    text: '+31 6 12345678 belt voor de certificaten',
  },
  { slug: 'geschenken', column: 'gever', text: "@SUM(1+1)*cmd|' /C calc'!A0" },
  { slug: 'geschenken', column: 'gelegenheid', text: '+Werkbezoek' },
  { slug: 'geschenken', column: 'omschrijving', text: '-2+3 lunch' },
  { slug: 'nevenwerkzaamheden-ambtenaren', column: 'omschrijving', text: '=1+1 rekenclub' },
  { slug: 'nevenwerkzaamheden-ambtenaren', column: 'beperkendeMaatregel', text: '-' },
  { slug: 'rollen', column: 'portefeuille', text: '=Mobiliteit+Water' },
] as const;

beforeAll(() => {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_QUIET: '1',
      PORTAL_TODAY: '2026-11-22',
      PORTAL_CONTENT_DIR: path.join(ROOT, 'tests/fixtures/content-formulas'),
      PORTAL_OUT_DIR: out,
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0)
    throw new Error(`build of content-formulas failed:\n${result.stdout}\n${result.stderr}`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function jsonRows(slug: string): Row[] {
  return JSON.parse(readBuilt(out, `/data/${slug}.json`).toString('utf8')) as Row[];
}

describe('formula-like text in the downloads', () => {
  test('JSON keeps every text exactly as written', () => {
    for (const { slug, column, text } of FORMULAS) {
      expect(
        jsonRows(slug).map((r) => r[column]),
        `${slug}.${column}`,
      ).toContain(text);
    }
  });

  test.each([
    ['CSV (UTF-8)', '', CSV_UTF8],
    ['CSV voor Excel', '-excel', CSV_EXCEL_NL],
  ] as const)(
    '%s: the text starts with a single quote, and no cell of any file starts like a formula',
    (_name, suffix, dialect) => {
      for (const { slug, column, text } of FORMULAS) {
        const { columns } = readSchema(out, slug);
        const { rows } = readCsvRows(
          readBuilt(out, `/data/${slug}${suffix}.csv`).toString('utf8'),
          columns,
          dialect,
        );
        expect(
          rows.map((r) => r[column]),
          `${slug}.${column}`,
        ).toContain(`'${text}`);
      }
      for (const { slug } of getDatasets('provincie')) {
        const cells = parseCsv(
          readBuilt(out, `/data/${slug}${suffix}.csv`).toString('utf8'),
          dialect.delimiter,
        ).flat();
        expect(cells.filter(isFormulaLike), slug).toEqual([]);
      }
    },
  );

  test('XLSX: the text is a text cell with the original text, and no cell is a formula', async () => {
    for (const { slug, column, text } of FORMULAS) {
      const { rows, formulas } = await readXlsxRows(readBuilt(out, `/data/${slug}.xlsx`));
      expect(formulas, slug).toEqual([]);
      expect(
        rows.map((r) => r[column]),
        `${slug}.${column}`,
      ).toContain(text);
    }
  });

  test('every file still validates against its JSON Schema, and amounts stay numbers', async () => {
    for (const { slug } of getDatasets('provincie')) {
      const { schema, columns } = readSchema(out, slug);
      const validate = createValidator(schema);
      expect(validate(jsonRows(slug)), slug).toBe(true);
      expect(
        validate(
          readCsvRows(
            readBuilt(out, `/data/${slug}-excel.csv`).toString('utf8'),
            columns,
            CSV_EXCEL_NL,
          ).rows,
        ),
        slug,
      ).toBe(true);
      expect(validate((await readXlsxRows(readBuilt(out, `/data/${slug}.xlsx`))).rows), slug).toBe(
        true,
      );
    }
    const excel = readBuilt(out, '/data/geschenken-excel.csv').toString('utf8');
    expect(excel).toContain(';32,25;');
    expect(readBuilt(out, '/data/geschenken.csv').toString('utf8')).toContain(',32.25,');
  });
});
