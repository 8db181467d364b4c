/** Terms and periods: current or ended, and how to say it in Dutch. */
import { formatDateNl } from './dates.ts';

/** Anything with an optional start (`van`) and end (`tot`). */
export interface Period {
  van?: string | undefined;
  tot?: string | undefined;
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
