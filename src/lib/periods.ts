/** Terms and periods: current or ended, and how to say it in Dutch. */
import { formatDateNl } from './dates.ts';

/** Anything with an optional start (`van`) and end (`tot`). */
export interface Period {
  van?: string | undefined;
  tot?: string | undefined;
}

/** True when two periods share at least one day; an open end is unbounded, `tot` is inclusive. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return (a.van === undefined || b.tot === undefined || a.van <= b.tot) && (b.van === undefined || a.tot === undefined || b.van <= a.tot);
}

/** A period as written: "2019-03-28 – 2023-03-29", "vanaf 2019-03-28", "tot …" or "onbepaald". */
export function describePeriodIso(period: Period): { nl: string; en: string } {
  if (period.van && period.tot) return { nl: `${period.van} – ${period.tot}`, en: `${period.van} – ${period.tot}` };
  if (period.van) return { nl: `vanaf ${period.van}`, en: `from ${period.van}` };
  if (period.tot) return { nl: `tot ${period.tot}`, en: `until ${period.tot}` };
  return { nl: 'zonder begin- en einddatum', en: 'without start or end date' };
}

/** True when the period has ended before `today`. */
export function hasEnded(period: Period, today: string): boolean {
  return period.tot !== undefined && period.tot < today;
}

/** True when the period has started and not ended on `today`. */
export function isCurrent(period: Period, today: string): boolean {
  return (period.van === undefined || period.van <= today) && !hasEnded(period, today);
}

/** "sinds 1 maart 2023", "1 maart 2023 – 31 mei 2024", "tot 31 mei 2024" or "" when unknown. */
export function formatPeriodNl(period: Period): string {
  if (period.van && period.tot) return `${formatDateNl(period.van)} – ${formatDateNl(period.tot)}`;
  if (period.van) return `sinds ${formatDateNl(period.van)}`;
  if (period.tot) return `tot ${formatDateNl(period.tot)}`;
  return '';
}

/** Orders periods: current ones first, then the most recently started. */
export function compareByRecency(a: Period, b: Period): number {
  const endA = a.tot ?? '9999-12-31';
  const endB = b.tot ?? '9999-12-31';
  if (endA !== endB) return endA < endB ? 1 : -1;
  return (b.van ?? '').localeCompare(a.van ?? '');
}
