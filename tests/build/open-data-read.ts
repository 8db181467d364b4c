/**
 * Reads the published open-data files back into typed rows, the way a user's script or
 * spreadsheet would, so the build tests can validate them against their JSON Schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { isFormulaLike, parseCsv, type Cell } from '../../src/lib/open-data/csv.ts';
import { readColumns, type ColumnDoc } from '../../src/data/open-data/datasets.ts';

export type Row = Record<string, Cell>;

/** Reads a file of the build in `dist`, e.g. `/data/x.csv`. */
export function readBuilt(dist: string, sitePath: string): Buffer {
  return readFileSync(path.join(dist, sitePath));
}

/** The JSON Schema served for a dataset, and its columns. */
export function readSchema(
  dist: string,
  slug: string,
): { schema: Record<string, unknown>; columns: ColumnDoc[] } {
  const schema = JSON.parse(
    readBuilt(dist, `/data/schema/${slug}.schema.json`).toString('utf8'),
  ) as Record<string, unknown>;
  return { schema, columns: readColumns(schema['items']) };
}

/** An ajv validator for draft 2020-12 schemas with formats (date, uri). */
export function createValidator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** Undoes the CSV formula guard: the quote added before formula-like text. */
export function unguard(text: string): string {
  return text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}

function fromCsvText(text: string, column: ColumnDoc, decimal: '.' | ','): Cell {
  if (text === '') return null;
  switch (column.kind) {
    case 'number':
    case 'integer':
      return Number(decimal === ',' ? text.replace(',', '.') : text);
    case 'boolean':
      if (text !== 'ja' && text !== 'nee')
        throw new Error(`${column.name}: expected ja/nee, got "${text}"`);
      return text === 'ja';
    default:
      return text;
  }
}

/** CSV rows converted to typed values by the schema's column types; text keeps its guard quote. */
export function readCsvRows(
  text: string,
  columns: readonly ColumnDoc[],
  dialect: { delimiter: ',' | ';'; decimal: '.' | ',' },
): { header: string[]; rows: Row[] } {
  const [header = [], ...records] = parseCsv(text, dialect.delimiter);
  const byName = new Map(columns.map((c) => [c.name, c]));
  const rows = records.map((record) => {
    const row: Row = {};
    header.forEach((name, i) => {
      const column = byName.get(name);
      if (!column) throw new Error(`unknown column ${name}`);
      row[name] = fromCsvText(record[i] ?? '', column, dialect.decimal);
    });
    return row;
  });
  return { header, rows };
}

/** The rows of the first sheet of an XLSX file; also reports any cell that holds a formula. */
export async function readXlsxRows(
  buffer: Buffer,
): Promise<{ header: string[]; rows: Row[]; formulas: string[]; sheets: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell) => header.push(String(cell.value)));
  const rows: Row[] = [];
  const formulas: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const sheetRow = sheet.getRow(r);
    const row: Row = {};
    header.forEach((name, i) => {
      const cell = sheetRow.getCell(i + 1);
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
      const value = cell.value;
      if (value === null || value === undefined) row[name] = null;
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        row[name] = value;
      else throw new Error(`${cell.address}: unexpected cell value ${JSON.stringify(value)}`);
    });
    rows.push(row);
  }
  return { header, rows, formulas, sheets: workbook.worksheets.map((s) => s.name) };
}
