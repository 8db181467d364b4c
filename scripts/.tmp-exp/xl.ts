import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { toXlsx, type XlsxColumn } from '../../src/lib/open-data/xlsx.ts';
const rows = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, string | number | boolean | null>[];
const mode = process.argv[3];
const keys = Object.keys(rows[0]!);
const columns: XlsxColumn[] = keys.map((key) => ({ key, kind: 'text', description: key, amount: key === 'vergoedingBedrag' }));
const flat = rows.map((r) => Object.fromEntries(keys.map((k) => [k, typeof r[k] === 'boolean' ? (r[k] ? 'ja' : 'nee') : (r[k] ?? null)]))) as Record<string, string | number | null>[];
async function variant(useStyles: boolean, numFmt: boolean): Promise<number> {
  const stream = new PassThrough(); let n = 0;
  stream.on('data', (c: Buffer) => { n += c.length; });
  const ended = new Promise((r) => stream.on('end', r));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles, useSharedStrings: true });
  const sheet = wb.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.key, key: c.key, width: 20, ...(numFmt === false && c.amount ? { style: { numFmt: '0.00' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of flat) {
    const added = sheet.addRow(columns.map((c) => row[c.key] ?? null));
    if (numFmt) columns.forEach((c, i) => { if (c.amount) added.getCell(i + 1).numFmt = '0.00'; });
    added.commit();
  }
  sheet.commit(); await wb.commit(); await ended; return n;
}
const t = performance.now(); const c0 = process.cpuUsage();
let bytes = 0;
if (mode === 'current') bytes = (await toXlsx({ sheetName: 'data', columns, rows: flat, modified: '2026-11-01', creator: 'x', notes: ['a'] })).length;
else if (mode === 'colstyle') bytes = await variant(true, false);
else if (mode === 'nostyles') bytes = await variant(false, false);
const c = process.cpuUsage(c0);
console.log(mode, rows.length, 'rows', Math.round(performance.now() - t), 'ms wall', Math.round((c.user + c.system) / 1000), 'ms cpu', bytes, 'bytes');
