/**
 * CSV for the downloads: plain UTF-8 (comma, decimal point) for scripts, and a variant that Dutch
 * Excel opens correctly by double-click (byte order mark so it reads UTF-8, semicolon because
 * the Dutch list separator is ';', decimal comma). Text that a spreadsheet would run as a
 * formula is neutralised; numbers stay numbers.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell as the rows hold it: text, number, yes/no or empty. */
export type Cell = string | number | boolean | null;

/** How a CSV file is written. */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  /** A UTF-8 byte order mark: without it Excel reads the file as Windows-1252 (Ã« instead of ë). */
  bom: boolean;
}

/** RFC 4180 CSV in UTF-8, for scripts and most tools. */
export const CSV_UTF8: CsvDialect = { delimiter: ',', decimal: '.', bom: false };
/** CSV as Excel with Dutch regional settings expects it. */
export const CSV_EXCEL_NL: CsvDialect = { delimiter: ';', decimal: ',', bom: true };

// OWASP "CSV Injection": a cell starting with =, +, -, @, tab or carriage return may run as a
// formula. Leading spaces are skipped by some spreadsheets, so they do not hide the character.
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** True when a spreadsheet could read `text` as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Prefixes formula-like text with a single quote, so a spreadsheet shows it as text. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** One cell as CSV text (before quoting): numbers as numbers, yes/no as "ja"/"nee", empty as "". */
export function formatCsvCell(value: Cell, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') {
    const plain = String(value);
    return dialect.decimal === ',' ? plain.replace('.', ',') : plain;
  }
  return neutraliseFormula(value);
}

/** Records per piece of csvPieces. */
const CSV_BATCH = 1000;

/**
 * The rows as a CSV file with a header row of `columns`, in pieces of a thousand records: lines
 * end in CRLF (RFC 4180), after the last record too, so the pieces joined are the whole file.
 * A piece at a time keeps a national-size file (85,000 records) from being one string with an
 * array of all its cells beside it.
 */
export function* csvPieces(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  dialect: CsvDialect,
): Generator<string> {
  const options = { delimiter: dialect.delimiter, record_delimiter: '\r\n' } as const;
  const header = stringify([[...columns]], options);
  yield dialect.bom ? `\uFEFF${header}` : header;
  for (let start = 0; start < rows.length; start += CSV_BATCH) {
    const records = rows
      .slice(start, start + CSV_BATCH)
      .map((row) => columns.map((column) => formatCsvCell(row[column] ?? null, dialect)));
    yield stringify(records, options);
  }
}

/** The rows as one CSV text (csvPieces joined). */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  dialect: CsvDialect,
): string {
  return [...csvPieces(columns, rows, dialect)].join('');
}

/** Reads CSV text back into rows of strings (RFC 4180 quoting); a leading byte order mark is skipped. */
export function parseCsv(text: string, delimiter: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' && source[i + 1] === '\n') {
      // The \n ends the record on the next turn.
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
