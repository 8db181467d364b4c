/**
 * XLSX for the downloads, written with exceljs. Text is always written as a text cell, never as
 * a formula; amounts and counts are number cells; dates stay ISO text (JJJJ-MM-DD) so they read
 * the same everywhere. The file is byte-for-byte the same for the same content: the workbook's
 * dates and the zip entries' timestamps are set to the dataset's last update.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from './csv.ts';

/** How a column is written; derived from the dataset's JSON Schema. */
export type ColumnKind = 'text' | 'date' | 'url' | 'number' | 'integer' | 'boolean';

export interface XlsxColumn {
  key: string;
  kind: ColumnKind;
  /** Meaning of the column, for the explanation sheet. */
  description: string;
  /** An amount in euros: shown with two decimals. */
  amount?: boolean | undefined;
}

export interface XlsxInput {
  /** Name of the data sheet (at most 31 characters). */
  sheetName: string;
  columns: readonly XlsxColumn[];
  rows: readonly Readonly<Record<string, Cell>>[];
  /** Last update of the data (JJJJ-MM-DD): the workbook's created and modified date. */
  modified: string;
  /** Who publishes the data, e.g. "Provincie Zilverland". */
  creator: string;
  /** Lines for the explanation sheet above the column list: title, licence, source. */
  notes: readonly string[];
}

const WIDTH: Record<ColumnKind, number> = {
  text: 28,
  date: 12,
  url: 48,
  number: 12,
  integer: 10,
  boolean: 8,
};

/**
 * Writes the rows as an XLSX workbook: a data sheet and an explanation sheet ("Toelichting").
 * Streamed: each row is written out and let go as soon as it is added. Building the whole
 * workbook in memory took 1.5 GB and half a minute for the 85,000 side positions of a
 * national-size site (docs/benchmarks.md); now the only whole copy is the finished file.
 */
export async function toXlsx(input: XlsxInput): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // A shared-strings table, as Excel writes it: only the distinct texts stay in memory, and the file is 10% smaller than with inline strings.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  const modified = new Date(`${input.modified}T00:00:00Z`);
  workbook.creator = input.creator;
  workbook.lastModifiedBy = input.creator;
  workbook.created = modified;
  workbook.modified = modified;

  const sheet = workbook.addWorksheet(input.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = input.columns.map((c) => ({ header: c.key, key: c.key, width: WIDTH[c.kind] }));
  sheet.getRow(1).font = { bold: true };
  if (input.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, input.rows.length + 1), column: input.columns.length },
    };
  }
  for (const row of input.rows) {
    // A string is always stored as a text cell: exceljs writes formulas only from { formula } objects.
    const added = sheet.addRow(input.columns.map((c) => row[c.key] ?? null));
    input.columns.forEach((column, i) => {
      if (column.amount === true) added.getCell(i + 1).numFmt = '0.00';
    });
    added.commit();
  }
  sheet.commit();

  const notes = workbook.addWorksheet('Toelichting');
  notes.columns = [{ width: 28 }, { width: 100 }];
  for (const line of input.notes) notes.addRow([line]).commit();
  notes.addRow([]).commit();
  const header = notes.addRow(['Kolom', 'Betekenis']);
  header.font = { bold: true };
  header.commit();
  for (const column of input.columns) notes.addRow([column.key, column.description]).commit();
  notes.commit();

  await workbook.commit();
  await ended;
  return setZipTimestamps(Buffer.concat(chunks), input.modified);
}

/**
 * Sets the modification date of every entry in a zip file to `isoDate` (midnight), so the same
 * content gives the same bytes. The zip library stamps entries with the current time otherwise.
 */
export function setZipTimestamps(zip: Uint8Array, isoDate: string): Uint8Array<ArrayBuffer> {
  // A copy: the caller's bytes stay as they were.
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50)
      throw new Error('zip central directory is damaged');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip local header is damaged');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}
