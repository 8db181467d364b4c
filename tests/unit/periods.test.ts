import { describe, expect, test } from 'vitest';
import { en } from './dictionaries.ts';
import { nl } from './dictionaries.ts';
import {
  compareByRecency,
  formatPeriod,
  hasEnded,
  isCurrent,
  type Period,
} from '../../src/lib/periods.ts';

const TODAY = '2026-11-22';

describe('hasEnded', () => {
  test('is true for a period that ended before today', () => {
    expect(hasEnded({ van: '2023-03-30', tot: '2025-05-31' }, TODAY)).toBe(true);
  });

  test('is false on the last day itself', () => {
    expect(hasEnded({ tot: TODAY }, TODAY)).toBe(false);
  });

  test('is false without an end date', () => {
    expect(hasEnded({ van: '2023-03-30' }, TODAY)).toBe(false);
  });
});

describe('isCurrent', () => {
  test('is true from the first day on', () => {
    expect(isCurrent({ van: TODAY }, TODAY)).toBe(true);
  });

  test('is false for a period that has not started', () => {
    expect(isCurrent({ van: '2027-01-01' }, TODAY)).toBe(false);
  });

  test('is false for a member who left mid-term', () => {
    expect(isCurrent({ van: '2023-03-30', tot: '2025-05-31' }, TODAY)).toBe(false);
  });

  test('is true for a period without dates', () => {
    expect(isCurrent({}, TODAY)).toBe(true);
  });
});

describe('formatPeriod', () => {
  const formatPeriodNl = (period: Period): string => formatPeriod(period, nl.common, 'nl');

  test('writes a period with both ends as "1 maart 2023 – 31 mei 2024"', () => {
    expect(formatPeriodNl({ van: '2023-03-01', tot: '2024-05-31' })).toBe(
      '1 maart 2023 – 31 mei 2024',
    );
  });

  test('writes an open end as "sinds …"', () => {
    expect(formatPeriodNl({ van: '2023-03-01' })).toBe('sinds 1 maart 2023');
  });

  test('writes an unknown start as "tot …"', () => {
    expect(formatPeriodNl({ tot: '2024-05-31' })).toBe('tot 31 mei 2024');
  });

  test('writes nothing when both dates are unknown', () => {
    expect(formatPeriodNl({})).toBe('');
  });

  test('in English with the English words', () => {
    expect(formatPeriod({ van: '2023-03-01' }, en.common, 'en')).toBe('since 1 March 2023');
  });
});

describe('compareByRecency', () => {
  test('puts current periods first, then the most recently ended', () => {
    const periods: (Period & { id: string })[] = [
      { id: 'ended-2020', van: '2015-01-01', tot: '2020-12-31' },
      { id: 'current-2019', van: '2019-01-01' },
      { id: 'ended-2024', van: '2021-01-01', tot: '2024-06-30' },
      { id: 'current-2022', van: '2022-01-01' },
    ];
    expect([...periods].sort(compareByRecency).map((p) => p.id)).toEqual([
      'current-2022',
      'current-2019',
      'ended-2024',
      'ended-2020',
    ]);
  });

  test('puts a period with an unknown start after one with a known start', () => {
    const periods: (Period & { id: string })[] = [
      { id: 'unknown-start' },
      { id: 'known-start', van: '2020-01-01' },
    ];
    expect([...periods].sort(compareByRecency).map((p) => p.id)).toEqual([
      'known-start',
      'unknown-start',
    ]);
  });
});
