/** ISO calendar dates (JJJJ-MM-DD) as the content uses them, and their Dutch or English presentation. */
import type { Locale } from './locales.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * True for a date as precise as its source: a year (`2015`), a year and month (`2015-03`), or a
 * whole date. Real registers write "vanaf maart 2015"; the content keeps exactly that much.
 */
export function isPartialDate(value: string): boolean {
  if (isIsoDate(value)) return true;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  return month >= 1 && month <= 12;
}

/** True when a partial date is less precise than a whole day. */
export function isImprecise(value: string): boolean {
  return !ISO_DATE.test(value);
}

/** The first day a date may mean: `2015` is 2015-01-01, `2015-03` is 2015-03-01. */
export function earliestDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** The last day a date may mean: `2015` is 2015-12-31, `2016-02` is 2016-02-29. */
export function latestDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return value;
}

/** True when `value` is a real calendar date written as JJJJ-MM-DD (30 February is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over to 2 March; a round trip catches that.
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

// One formatter for the process: creating an Intl formatter per call (the query layer asks for
// today on every page) held gigabytes of native memory in a 1,000-person build.
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date as JJJJ-MM-DD in the Netherlands' time zone. */
export function todayIso(now: Date = new Date()): string {
  return AMSTERDAM_DATE.format(now);
}

/** Formats an ISO date the Dutch way: `2025-03-12` becomes `12 maart 2025`. */
export function formatDateNl(iso: string): string {
  return formatDate(iso, 'nl');
}

/** Formats an ISO date in a language: `2025-03-12` becomes `12 maart 2025` or `12 March 2025`. */
export function formatDate(iso: string, locale: Locale): string {
  const months = locale === 'en' ? MONTHS_EN : MONTHS_NL;
  // A date as precise as its source: "2015" or "maart 2015", never a day nobody stated.
  const partial = PARTIAL_DATE.exec(iso);
  if (partial)
    return partial[2] === undefined
      ? (partial[1] ?? iso)
      : `${months[Number(partial[2]) - 1]} ${partial[1]}`;
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return `${Number(match[3])} ${months[Number(match[2]) - 1]} ${match[1]}`;
}

/**
 * The quarter a date falls in, as `2025-K1` (K for kwartaal); a date of which only the year is
 * known falls in no quarter, and its key is the year alone (`2017`).
 */
export function getQuarter(iso: string): string {
  if (iso.length === 4) return iso;
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-K${Math.ceil(month / 3)}`;
}

/** Dutch label for a quarter key: `2025-K1` becomes `1e kwartaal 2025`. */
export function formatQuarterNl(quarter: string): string {
  return formatQuarter(quarter, 'nl');
}

/** A quarter key in a language: `2025-K1` becomes `1e kwartaal 2025` or `Q1 2025`. */
export function formatQuarter(quarter: string, locale: Locale): string {
  if (quarter.length === 4)
    return locale === 'en'
      ? `${quarter} (quarter not stated)`
      : `${quarter} (kwartaal niet vermeld)`;
  return locale === 'en'
    ? `Q${quarter.slice(6)} ${quarter.slice(0, 4)}`
    : `${quarter.slice(6)}e kwartaal ${quarter.slice(0, 4)}`;
}

/** Adds whole months to an ISO date, clamping to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * True when the period [from, until] may include `day`; open ends count as unbounded, and a
 * partial date (`2015`, `2015-03`) counts from its first to its last possible day.
 */
export function isActiveOn(
  period: { van?: string | undefined; tot?: string | undefined },
  day: string,
): boolean {
  return (
    (period.van === undefined || earliestDay(period.van) <= day) &&
    (period.tot === undefined || latestDay(period.tot) >= day)
  );
}
