/**
 * Terms and periods: current or ended, and how to write them. Dates may be as precise as
 * their source (`2015`, `2015-03`); every comparison here says whether it is certain or only
 * possible, so a rule never treats a guess as a fact.
 */
import { earliestDay, formatDate, latestDay } from './dates.ts';
import type { Locale } from './locales.ts';

/** Anything with an optional start (`van`) and end (`tot`). */
export interface Period {
  van?: string | undefined;
  tot?: string | undefined;
}

/**
 * True when two periods may share a day: an open end is unbounded, `tot` is inclusive, and a
 * partial date counts from its first to its last possible day. For whole dates, "may" is "do".
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  return (
    (a.van === undefined || b.tot === undefined || earliestDay(a.van) <= latestDay(b.tot)) &&
    (b.van === undefined || a.tot === undefined || earliestDay(b.van) <= latestDay(a.tot))
  );
}

/**
 * True when two periods certainly share a day, whatever day a partial date turns out to be. A
 * rule that demands something (an amount, a refusal) only because of an overlap uses this one.
 */
export function periodsCertainlyOverlap(a: Period, b: Period): boolean {
  return (
    (a.van === undefined || b.tot === undefined || latestDay(a.van) <= earliestDay(b.tot)) &&
    (b.van === undefined || a.tot === undefined || latestDay(b.van) <= earliestDay(a.tot))
  );
}

/** A period as written, for messages: "2019-03-28 – 2023-03-29", "vanaf 2019-03-28", "tot …". */
export function describePeriodIso(period: Period): { nl: string; en: string } {
  if (period.van && period.tot)
    return { nl: `${period.van} – ${period.tot}`, en: `${period.van} – ${period.tot}` };
  if (period.van) return { nl: `vanaf ${period.van}`, en: `from ${period.van}` };
  if (period.tot) return { nl: `tot ${period.tot}`, en: `until ${period.tot}` };
  return { nl: 'zonder begin- en einddatum', en: 'without start or end date' };
}

/** True when the period has certainly ended before `today` ("tot 2026" has not, during 2026). */
export function hasEnded(period: Period, today: string): boolean {
  return period.tot !== undefined && latestDay(period.tot) < today;
}

/** True when the period may have started and has not certainly ended on `today`. */
export function isCurrent(period: Period, today: string): boolean {
  return (period.van === undefined || earliestDay(period.van) <= today) && !hasEnded(period, today);
}

/**
 * "sinds 1 maart 2023", "1 maart 2023 – 31 mei 2024", "tot 31 mei 2024" or "" when unknown, with
 * a dictionary's words for "since" and "until" (`common` in src/i18n).
 */
export function formatPeriod(
  period: Period,
  words: { since: string; until: string },
  locale: Locale,
): string {
  if (period.van && period.tot)
    return `${formatDate(period.van, locale)} – ${formatDate(period.tot, locale)}`;
  if (period.van) return `${words.since} ${formatDate(period.van, locale)}`;
  if (period.tot) return `${words.until} ${formatDate(period.tot, locale)}`;
  return '';
}

/** Orders periods: current ones first, then the most recently started. */
export function compareByRecency(a: Period, b: Period): number {
  const endA = a.tot === undefined ? '9999-12-31' : latestDay(a.tot);
  const endB = b.tot === undefined ? '9999-12-31' : latestDay(b.tot);
  if (endA !== endB) return endA < endB ? 1 : -1;
  return (b.van === undefined ? '' : earliestDay(b.van)).localeCompare(
    a.van === undefined ? '' : earliestDay(a.van),
  );
}
