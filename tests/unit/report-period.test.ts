/** A report is on one year or on a period of several; pages name and order it by its years. */
import { describe, expect, test } from 'vitest';
import {
  compareReportPeriods,
  formatReportPeriod,
  getReportPeriod,
  isMultiYear,
} from '../../src/lib/report-period.ts';

describe('formatReportPeriod', () => {
  test('writes a year as the year', () => {
    expect(formatReportPeriod({ jaar: 2024 })).toBe('2024');
  });

  test('writes a period with an en dash, both years included', () => {
    expect(formatReportPeriod({ periode: { van: 2012, totEnMet: 2016 } })).toBe('2012–2016');
  });
});

describe('getReportPeriod and isMultiYear', () => {
  test('an annual report starts and ends in its year', () => {
    expect(getReportPeriod({ jaar: 2023 })).toEqual({ van: 2023, totEnMet: 2023 });
    expect(isMultiYear({ jaar: 2023 })).toBe(false);
  });

  test('a period wins over the year the data layer sets for ordering', () => {
    expect(getReportPeriod({ jaar: 2016, periode: { van: 2012, totEnMet: 2016 } })).toEqual({
      van: 2012,
      totEnMet: 2016,
    });
    expect(isMultiYear({ jaar: 2016, periode: { van: 2012, totEnMet: 2016 } })).toBe(true);
  });
});

describe('compareReportPeriods', () => {
  test('orders by first year, then by last year', () => {
    const reports = [
      { jaar: 2014 },
      { periode: { van: 2012, totEnMet: 2016 } },
      { jaar: 2012 },
      { periode: { van: 2012, totEnMet: 2013 } },
    ];
    expect([...reports].sort(compareReportPeriods).map(formatReportPeriod)).toEqual([
      '2012',
      '2012–2013',
      '2012–2016',
      '2014',
    ]);
  });
});
