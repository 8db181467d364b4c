/**
 * The years a report is on: one year (`jaar`), or several (`periode`, an overview such as
 * 2012-2016). Every page and figure names a report's years through these functions, so that an
 * overview is never shown, listed or counted as the report of one year.
 */
import type { Report } from '../schemas/report.ts';

/** The first and last year a report covers (the same year for an annual report). */
export function getReportPeriod(report: Pick<Report, 'jaar' | 'periode'>): {
  van: number;
  totEnMet: number;
} {
  if (report.periode) return report.periode;
  // The schema requires `jaar` or `periode`; this only guards a report built by hand in a test.
  if (report.jaar === undefined) throw new Error('A report needs "jaar" or "periode"');
  return { van: report.jaar, totEnMet: report.jaar };
}

/** True for a report on several years. */
export function isMultiYear(report: Pick<Report, 'jaar' | 'periode'>): boolean {
  return report.periode !== undefined;
}

/** How a report's years are written: `2024`, or `2012–2016` (en dash) for a period. */
export function formatReportPeriod(report: Pick<Report, 'jaar' | 'periode'>): string {
  const { van, totEnMet } = getReportPeriod(report);
  return van === totEnMet ? String(van) : `${van}–${totEnMet}`;
}

/** Orders reports by the years they cover: first year, then last year, oldest first. */
export function compareReportPeriods(
  a: Pick<Report, 'jaar' | 'periode'>,
  b: Pick<Report, 'jaar' | 'periode'>,
): number {
  const pa = getReportPeriod(a);
  const pb = getReportPeriod(b);
  return pa.van - pb.van || pa.totEnMet - pb.totEnMet;
}
