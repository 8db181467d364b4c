/**
 * Reading the cells of the griffie's spreadsheet the way people type them: "€ 1.200,-", a Dutch
 * decimal comma, "1 maart 2025" or 1-3-2025, "ja"/"nee", trailing spaces and non-breaking spaces.
 * Every parser returns a value or a Dutch and English explanation of what was expected.
 */
import { isIsoDate } from './dates.ts';

/** A cell as read from CSV (text) or XLSX (text, number, boolean or date). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A parsed cell: the value, or why it could not be read. */
export type CellResult<T> =
  { ok: true; value: T | undefined } | { ok: false; nl: string; en: string };

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

function fail<T>(nl: string, en: string): CellResult<T> {
  return { ok: false, nl, en };
}

/** Text with spaces (also non-breaking) trimmed; undefined for an empty cell. */
export function cleanText(cell: CellValue): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  const text = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

/**
 * An amount in euros: 1200, "1200", "€ 1.200,-", "EUR 1.200,50", "1,200.50", "1.200". A dot
 * followed by exactly three digits is a thousands separator (the Dutch way); a comma is the decimal
 * sign. "1,200" is refused: a Dutch reader sees 1,2 and an English one 1200, and the register
 * must not guess. So are amounts with more than two decimals: a cent is the smallest unit.
 */
export function parseAmount(cell: CellValue): CellResult<number> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail('geen geldig bedrag', 'not a valid amount');
    if (Math.round(cell * 100) !== Number((cell * 100).toFixed(6))) {
      return fail(
        `een bedrag heeft hoogstens twee decimalen (centen), kreeg ${String(cell).replace('.', ',')}`,
        `an amount has at most two decimals (cents), got ${cell}`,
      );
    }
    return { ok: true, value: cell };
  }
  const text = cleanText(cell);
  if (text === undefined) return { ok: true, value: undefined };
  let s = text
    .replace(/^(?:€|eur(?:o)?)\s*/i, '')
    .replace(/\s*(?:€|eur(?:o)?)$/i, '')
    .replace(/[,.]-+$/, '')
    .replace(/\s/g, '');
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) {
    const whole = s.replace(/,/g, '');
    return fail(
      `"${text}" is dubbelzinnig: ${whole} of ${s} met drie decimalen? Schrijf ${s.replace(/,/g, '.')} als u ${whole} euro bedoelt, of een bedrag met hoogstens twee cijfers na de komma`,
      `"${text}" is ambiguous: ${whole}, or ${s.replace(',', '.')} with a decimal comma? Write ${s.replace(/,/g, '.')} for ${whole} euros (Dutch thousands), or an amount with at most two decimals`,
    );
  }
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(s) || /^\d+,\d{1,2}$/.test(s))
    s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(?:,\d{3})+\.\d{1,2}$/.test(s)) s = s.replace(/,/g, '');
  if (!/^\d+(?:\.\d{1,2})?$/.test(s))
    return fail(
      `verwacht een bedrag in euro's, zoals 1200 of "€ 1.200,-", kreeg "${text}"`,
      `expected an amount in euros, like 1200 or "€ 1.200,-", got "${text}"`,
    );
  return { ok: true, value: Number(s) };
}

/** A plain number such as hours: 20, "20", "2,5". "1.250" is refused: thousands or decimals? */
export function parseNumber(cell: CellValue): CellResult<number> {
  if (typeof cell === 'number') return { ok: true, value: cell };
  const text = cleanText(cell);
  if (text === undefined) return { ok: true, value: undefined };
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) {
    return fail(
      `"${text}" is dubbelzinnig: bedoelt u ${text.replace(/\./g, '')} of ${text.replace('.', ',')}? Schrijf het getal zonder duizendtalpunt`,
      `"${text}" is ambiguous: ${text.replace(/\./g, '')} or ${text}? Write the number without a thousands separator`,
    );
  }
  const s = text.replace(',', '.');
  if (!/^\d+(?:\.\d+)?$/.test(s))
    return fail(`verwacht een getal, kreeg "${text}"`, `expected a number, got "${text}"`);
  return { ok: true, value: Number(s) };
}

function isoFrom(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Days between 1899-12-30 and 1970-01-01: Excel's serial day numbers count from the former. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A date: a spreadsheet date cell, an Excel day number, "2025-03-01", "1-3-2025", "01/03/2025",
 * "1 maart 2025" or "1 mrt. 2025". Day-month-year, as in the Netherlands.
 */
export function parseDate(cell: CellValue): CellResult<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('geen geldige datum', 'not a valid date');
    return { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') {
    if (cell > 20000 && cell < 80000)
      return {
        ok: true,
        value: new Date(Math.round((cell - EXCEL_EPOCH_OFFSET) * 86_400_000))
          .toISOString()
          .slice(0, 10),
      };
    return fail(
      `verwacht een datum, kreeg het getal ${cell}`,
      `expected a date, got the number ${cell}`,
    );
  }
  const text = cleanText(cell);
  if (text === undefined) return { ok: true, value: undefined };
  const expected = {
    nl: `verwacht een datum zoals 2025-03-01, 1-3-2025 of "1 maart 2025", kreeg "${text}"`,
    en: `expected a date like 2025-03-01, 1-3-2025 or "1 maart 2025", got "${text}"`,
  };
  let iso: string | undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) iso = isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)))
    iso = isoFrom(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/i.exec(text))) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month !== undefined) iso = isoFrom(Number(m[3]), month, Number(m[1]));
  }
  return iso === undefined ? fail(expected.nl, expected.en) : { ok: true, value: iso };
}

/**
 * A date as precise as the member gave it, for starts and ends: everything parseDate reads, and
 * "2015" (text or a number cell), "2015-03", "3-2015" or "maart 2015" as a year or a month.
 */
export function parsePartialDate(cell: CellValue): CellResult<string> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100)
    return { ok: true, value: String(cell) };
  const text = cleanText(cell);
  if (text !== undefined && !(cell instanceof Date)) {
    if (/^\d{4}$/.test(text)) return { ok: true, value: text };
    let m = /^(\d{4})-(\d{1,2})$/.exec(text) ?? undefined;
    let month: number | undefined;
    let year: string | undefined;
    if (m) [year, month] = [m[1], Number(m[2])];
    else if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(text) ?? undefined))
      [year, month] = [m[2], Number(m[1])];
    else if ((m = /^([a-z]+)\.?\s+(\d{4})$/i.exec(text) ?? undefined))
      [year, month] = [m[2], MONTHS[(m[1] ?? '').toLowerCase()]];
    if (year !== undefined && month !== undefined && month >= 1 && month <= 12)
      return { ok: true, value: `${year}-${String(month).padStart(2, '0')}` };
  }
  return parseDate(cell);
}

/** Yes or no: ja/nee, j/n, true/false, 1/0, x (ticked). */
export function parseBoolean(cell: CellValue): CellResult<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  if (typeof cell === 'number' && (cell === 0 || cell === 1))
    return { ok: true, value: cell === 1 };
  const text = cleanText(cell)?.toLowerCase();
  if (text === undefined) return { ok: true, value: undefined };
  if (['ja', 'j', 'true', 'waar', '1', 'x', 'yes'].includes(text)) return { ok: true, value: true };
  if (['nee', 'n', 'false', 'onwaar', '0', 'no'].includes(text)) return { ok: true, value: false };
  return fail(
    `verwacht "ja" of "nee", kreeg "${text}"`,
    `expected "ja" or "nee" (yes or no), got "${text}"`,
  );
}

/** One of a fixed list of words, case and spaces ignored. */
export function parseChoice<T extends string>(
  cell: CellValue,
  options: readonly T[],
): CellResult<T> {
  const text = cleanText(cell)?.toLowerCase().replace(/\s+/g, '-');
  if (text === undefined) return { ok: true, value: undefined };
  const found = options.find((o) => o === text);
  return found === undefined
    ? fail(
        `verwacht een van ${options.map((o) => `"${o}"`).join(', ')}, kreeg "${cleanText(cell)}"`,
        `expected one of ${options.map((o) => `"${o}"`).join(', ')}, got "${cleanText(cell)}"`,
      )
    : { ok: true, value: found };
}
