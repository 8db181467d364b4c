/**
 * Reads the griffie's spreadsheet (XLSX or CSV) into sheets of rows keyed by column name. Column
 * names are matched without regard to case, spaces, underscores or accents, so "Persoon ID" is
 * `persoonId`. The register of a sheet follows from its columns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/lib/spreadsheet-cells.ts';

/** The registers the import handles: the ones members declare per person. */
export type ImportRegister = 'nevenfuncties' | 'financieleBelangen';

/** One data row with the number the griffie sees in the spreadsheet. */
export interface SheetRow {
  row: number;
  cells: Record<string, CellValue>;
}

export interface Sheet {
  /** File name, and sheet name for XLSX: "ronde.xlsx › nevenfuncties". */
  name: string;
  register: ImportRegister;
  rows: SheetRow[];
}

/** The columns the import reads (the open-data columns, plus reactie and withdrawal). */
export const IMPORT_COLUMNS = {
  nevenfuncties: ['persoonId', 'naam', 'opgave', 'id', 'organisatie', 'functie', 'bezoldiging', 'vergoedingBedrag', 'vergoedingPer', 'qq', 'tijdsbestedingUren', 'tijdsbestedingPer', 'van', 'tot', 'bevestigd', 'bron', 'reactie', 'ingetrokkenDatum', 'ingetrokkenReden'],
  financieleBelangen: ['persoonId', 'naam', 'opgave', 'id', 'omschrijving', 'aard', 'organisatie', 'sector', 'van', 'tot', 'bevestigd', 'bron', 'reactie', 'ingetrokkenDatum', 'ingetrokkenReden'],
} as const;

function normaliseHeader(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

const CANONICAL = new Map<string, string>(
  [...IMPORT_COLUMNS.nevenfuncties, ...IMPORT_COLUMNS.financieleBelangen].map((c) => [normaliseHeader(c), c]),
);

/** The column's name in the import, or the header as written when the import does not use it. */
export function canonicalColumn(header: string): string {
  return CANONICAL.get(normaliseHeader(header)) ?? header.trim();
}

/** Which register a sheet holds, from its columns. */
export function detectRegister(columns: readonly string[]): ImportRegister | undefined {
  if (columns.includes('bezoldiging') || (columns.includes('functie') && columns.includes('organisatie') && !columns.includes('aard'))) return 'nevenfuncties';
  if (columns.includes('aard') || columns.includes('omschrijving')) return 'financieleBelangen';
  return undefined;
}

function toSheet(name: string, header: readonly string[], rows: SheetRow[]): Sheet | undefined {
  const columns = header.map(canonicalColumn);
  const register = detectRegister(columns);
  if (!register) return undefined;
  return { name, register, rows };
}

function isEmptyRow(cells: Record<string, CellValue>): boolean {
  return Object.values(cells).every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

/** Reads a CSV file: comma or semicolon (Dutch Excel), with or without byte order mark. */
export function readCsv(file: string, source = readFileSync(file, 'utf8')): Sheet[] {
  const firstLine = source.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(source, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const [header = [], ...data] = records;
  const columns = header.map(canonicalColumn);
  const rows = data
    .map((values, i) => ({ row: i + 2, cells: Object.fromEntries(columns.map((c, j) => [c, values[j]])) as Record<string, CellValue> }))
    .filter((r) => !isEmptyRow(r.cells));
  const sheet = toSheet(path.basename(file), header, rows);
  return sheet ? [sheet] : [];
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Reads every sheet of an XLSX workbook whose columns name a register; other sheets are skipped. */
export async function readXlsx(file: string): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const header: string[] = [];
    worksheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      header[col - 1] = String(cellValue(cell.value) ?? '');
    });
    const columns = header.map((h) => canonicalColumn(h ?? ''));
    const rows: SheetRow[] = [];
    worksheet.eachRow((row, number) => {
      if (number === 1) return;
      const cells: Record<string, CellValue> = {};
      columns.forEach((c, i) => {
        cells[c] = cellValue(row.getCell(i + 1).value);
      });
      if (!isEmptyRow(cells)) rows.push({ row: number, cells });
    });
    const sheet = toSheet(`${path.basename(file)} › ${worksheet.name}`, header, rows);
    if (sheet) sheets.push(sheet);
  });
  return sheets;
}

/** Reads a spreadsheet by its extension: .xlsx or .csv. */
export async function readSpreadsheet(file: string): Promise<Sheet[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.csv' || ext === '.txt') return readCsv(file);
  throw new Error(`${file}: alleen .xlsx en .csv worden gelezen (only .xlsx and .csv are read)`);
}
