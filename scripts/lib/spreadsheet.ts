/**
 * Reads a returned spreadsheet (XLSX or CSV) into sheets of rows keyed by column, and accounts for
 * every cell: a cell is either in a column the import reads, or named in a message (a title row
 * above the headings, a notes column, a sheet without register columns, an unknown heading). The
 * headings may be the Dutch ones `npm run ronde` writes or the technical (open-data) names, in any
 * order; case, spaces, punctuation and accents do not count. The register of a sheet follows from
 * its columns, never from the sheet's name, so renamed and reordered sheets read the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { cleanText, type CellValue } from '../../src/lib/spreadsheet-cells.ts';
import {
  columnLetter,
  describeImportRegisters,
  findColumn,
  getRequiredFields,
  IMPORT_REGISTERS,
  isNoteHeading,
  joinDutch,
  ROUND_COLUMNS,
  SHEET_NAMES,
  suggestColumn,
  type ImportRegister,
} from './round-columns.ts';

export type { ImportRegister } from './round-columns.ts';

/** A message about the file, pointing where the clerk typed: sheet, row (as Excel numbers it) and column. */
export interface ImportMessage {
  /** "opgaven.xlsx › Nevenfuncties", or the CSV file's name. */
  sheet: string;
  row?: number | undefined;
  /** The column letter, as Excel shows it. */
  column?: string | undefined;
  /** The column's heading as written in the file. */
  heading?: string | undefined;
  /** True when the whole row was left out because of this message. */
  wholeRow?: boolean | undefined;
  nl: string;
  en: string;
}

/** A column the import reads. */
export interface SheetColumn {
  key: string;
  heading: string;
  letter: string;
}

/** One data row with the number the clerk sees in the spreadsheet. */
export interface SheetRow {
  row: number;
  cells: Record<string, CellValue>;
}

export interface Sheet {
  /** File name, and sheet name for XLSX: "ronde.xlsx › nevenfuncties". */
  name: string;
  register: ImportRegister;
  /** The row with the headings. */
  headerRow: number;
  /** The columns read, by key. */
  columns: ReadonlyMap<string, SheetColumn>;
  rows: SheetRow[];
}

/** What was read from a file: the register sheets, what stops the import, and what was left out. */
export interface SpreadsheetRead {
  sheets: Sheet[];
  errors: ImportMessage[];
  notices: ImportMessage[];
  /** The heading cells of the columns read, as `sheet!F3`: they are used, not ignored. */
  headingCells: string[];
}

/** A sheet as a grid: per row number, per column number (1-based) a value. */
type Grid = { row: number; values: CellValue[] }[];

/** How a message names a place: "opgaven.xlsx › Nevenfuncties, rij 12, kolom F (Einddatum)". */
export function formatPlace(
  m: Pick<ImportMessage, 'sheet' | 'row' | 'column' | 'heading'>,
): string {
  return [
    m.sheet,
    m.row === undefined ? undefined : `rij ${m.row}`,
    m.column === undefined ? undefined : `kolom ${m.column}${m.heading ? ` (${m.heading})` : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The column names the import also accepts, for messages. */
const HEADING_HELP =
  'zie het blad "Toelichting" of docs/griffie.md (see the "Toelichting" sheet or docs/griffie.md)';

/** Per register, the columns no other register has: they tell which register a sheet holds. */
const OWN_COLUMNS = new Map(
  IMPORT_REGISTERS.map((r) => [
    r,
    ROUND_COLUMNS[r]
      .filter((c) =>
        IMPORT_REGISTERS.every(
          (other) => other === r || !ROUND_COLUMNS[other].some((o) => o.key === c.key),
        ),
      )
      .map((c) => c.key),
  ]),
);

/** Which register a sheet holds, from its columns: the one with the most columns of its own (a tie names none). */
export function detectRegister(keys: readonly string[]): ImportRegister | undefined {
  const scores = IMPORT_REGISTERS.map((register) => ({
    register,
    score: (OWN_COLUMNS.get(register) ?? []).filter((key) => keys.includes(key)).length,
  })).sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  return best && best.score > 0 && best.score !== next?.score ? best.register : undefined;
}

/** What a sheet of each register must have, for a message: a sheet with nevenfuncties has "Organisatie", … */
function describeSheets(): string {
  return IMPORT_REGISTERS.map(
    (r, i) =>
      `een blad met ${SHEET_NAMES[r].toLowerCase()} ${i === 0 ? 'heeft ' : ''}${joinDutch(
        getRequiredFields(r).map(
          (field) => `"${ROUND_COLUMNS[r].find((c) => c.field === field)?.heading ?? field}"`,
        ),
        'en',
      )}`,
  ).join(', ');
}

const isEmpty = (v: CellValue): boolean => cleanText(v) === undefined;
const show = (v: CellValue): string => {
  const text = cleanText(v) ?? '';
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** Turns a grid into a register sheet, or messages saying why not. */
function readGrid(name: string, grid: Grid, out: SpreadsheetRead): void {
  const nonEmpty = grid.filter((r) => r.values.some((v) => !isEmpty(v)));
  if (nonEmpty.length === 0) return;
  // The headings are the first row, among the first fifteen, with three or more known columns;
  // what is above it is a title the clerk added.
  const header = nonEmpty
    .slice(0, 15)
    .find(
      (r) =>
        r.values.filter((v) => !isEmpty(v) && findColumn(String(cleanText(v))) !== undefined)
          .length >= 3,
    );
  if (!header) {
    out.notices.push({
      sheet: name,
      nl: `blad overgeslagen: geen kolomkoppen van ${describeImportRegisters()} gevonden`,
      en: 'sheet skipped: no headings of a register found',
    });
    return;
  }
  for (const r of nonEmpty) {
    if (r.row < header.row)
      out.notices.push({
        sheet: name,
        row: r.row,
        nl: `titelregel boven de kolomkoppen, niet ingelezen: "${r.values
          .filter((v) => !isEmpty(v))
          .map(show)
          .filter((t, i, all) => all.indexOf(t) === i)
          .join(' | ')}"`,
        en: 'title row above the headings, not imported',
      });
  }
  const headings = header.values.map((v) => cleanText(v) ?? '');
  const register = detectRegister(headings.map((h) => findColumn(h)?.key ?? ''));
  if (!register) {
    out.errors.push({
      sheet: name,
      row: header.row,
      nl: `de kolomkoppen horen niet bij één register; ${describeSheets()} (${HEADING_HELP})`,
      en: 'the headings do not name one register',
    });
    return;
  }
  const data = nonEmpty.filter((r) => r.row > header.row);
  const columns = new Map<string, SheetColumn>();
  const read: { index: number; key: string }[] = [];
  const width = Math.max(headings.length, ...data.map((r) => r.values.length));
  for (let index = 1; index < width; index++) {
    const heading = headings[index] ?? '';
    const letter = columnLetter(index);
    const filled = data.filter((r) => !isEmpty(r.values[index]));
    if (heading === '') {
      if (filled.length > 0)
        out.errors.push({
          sheet: name,
          column: letter,
          nl: `kolom ${letter} heeft geen kop maar wel ${filled.length} ${filled.length === 1 ? 'waarde' : 'waarden'} (rij ${filled.map((r) => r.row).join(', ')}); geef de kolom een kop uit de toelichting, of een kop die begint met "Opmerking" voor eigen notities`,
          en: `column ${letter} has no heading but ${filled.length} value(s); give it a heading from the explanation sheet, or one starting with "Opmerking" for your own notes`,
        });
      continue;
    }
    if (isNoteHeading(heading)) {
      out.notices.push({
        sheet: name,
        column: letter,
        heading,
        nl: `kolom "${heading}" is voor eigen notities en wordt niet ingelezen (${filled.length} ${filled.length === 1 ? 'notitie' : 'notities'})`,
        en: 'a column for your own notes; not imported',
      });
      for (const r of filled)
        out.notices.push({
          sheet: name,
          row: r.row,
          column: letter,
          heading,
          nl: `notitie, niet ingelezen: "${show(r.values[index])}"`,
          en: 'a note, not imported',
        });
      continue;
    }
    const column = findColumn(heading);
    const own =
      column && ROUND_COLUMNS[register].some((c) => c.key === column.key) ? column : undefined;
    if (!own) {
      const suggestion = suggestColumn(register, heading);
      const others = column
        ? IMPORT_REGISTERS.filter(
            (r) => r !== register && ROUND_COLUMNS[r].some((c) => c.key === column.key),
          )
        : [];
      const other =
        others.length > 0 ? `; die kolom hoort bij ${describeImportRegisters(others)}` : '';
      out.errors.push({
        sheet: name,
        column: letter,
        heading,
        nl: `onbekende kolom "${heading}"${other}${suggestion ? `; bedoelt u "${suggestion.heading}"?` : ''} Hernoem de kolom, of laat de kop beginnen met "Opmerking" als het uw eigen notities zijn`,
        en: `unknown column "${heading}"${suggestion ? `; did you mean "${suggestion.heading}"?` : ''} Rename it, or start the heading with "Opmerking" for your own notes`,
      });
      continue;
    }
    const earlier = columns.get(own.key);
    if (earlier) {
      out.errors.push({
        sheet: name,
        column: letter,
        heading,
        nl: `kolom "${heading}" staat er twee keer (ook kolom ${earlier.letter}); haal er een weg`,
        en: `column "${heading}" appears twice (also column ${earlier.letter}); remove one`,
      });
      continue;
    }
    columns.set(own.key, { key: own.key, heading, letter });
    out.headingCells.push(`${name}!${letter}${header.row}`);
    read.push({ index, key: own.key });
  }
  const rows: SheetRow[] = [];
  for (const r of data) {
    const cells: Record<string, CellValue> = {};
    for (const { index, key } of read) cells[key] = r.values[index];
    if (Object.values(cells).some((v) => !isEmpty(v))) rows.push({ row: r.row, cells });
  }
  out.sheets.push({ name, register, headerRow: header.row, columns, rows });
}

/** Reads a CSV file: comma or semicolon (Dutch Excel), with or without byte order mark. */
export function readCsv(file: string, source = readFileSync(file, 'utf8')): SpreadsheetRead {
  const out: SpreadsheetRead = { sheets: [], errors: [], notices: [], headingCells: [] };
  const name = path.basename(file);
  if (source.includes('\uFFFD')) {
    out.errors.push({
      sheet: name,
      nl: 'het bestand is niet als UTF-8 opgeslagen, zodat letters als ë en é verloren gaan; sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)"',
      en: 'the file is not saved as UTF-8; save it as "CSV UTF-8"',
    });
    return out;
  }
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, 20)
    .join('\n');
  const delimiter = (lines.match(/;/g)?.length ?? 0) > (lines.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(source, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
  // Column numbers are 1-based as in Excel; index 0 stays empty.
  readGrid(
    name,
    records.map((values, i) => ({ row: i + 1, values: [undefined, ...values] })),
    out,
  );
  return out;
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if (
      'hyperlink' in value &&
      typeof value.hyperlink === 'string' &&
      /^https?:/.test(value.hyperlink)
    )
      return value.hyperlink;
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Reads every sheet of an XLSX workbook; sheets without register columns are reported as skipped. */
export async function readXlsx(file: string): Promise<SpreadsheetRead> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out: SpreadsheetRead = { sheets: [], errors: [], notices: [], headingCells: [] };
  workbook.eachSheet((worksheet) => {
    const grid: Grid = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A merged cell reads as its top-left cell everywhere it covers: a name merged over a
        // member's rows belongs to each of those rows; a merged title repeats and is reported once.
        values[col] = cellValue(cell.isMerged ? cell.master.value : cell.value);
      });
      grid.push({ row: number, values });
    });
    readGrid(`${path.basename(file)} › ${worksheet.name}`, grid, out);
  });
  return out;
}

/** Reads a spreadsheet by its extension: .xlsx or .csv. */
export async function readSpreadsheet(file: string): Promise<SpreadsheetRead> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.csv' || ext === '.txt') return readCsv(file);
  throw new Error(
    `${file}: alleen .xlsx en .csv worden gelezen; sla het bestand in Excel op als .xlsx of als CSV UTF-8 (only .xlsx and .csv are read)`,
  );
}
