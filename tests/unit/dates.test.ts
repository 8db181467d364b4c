import { describe, expect, test } from 'vitest';
import {
  addMonths,
  formatDateNl,
  formatQuarterNl,
  getQuarter,
  isActiveOn,
  isIsoDate,
  todayIso,
} from '../../src/lib/dates.ts';

describe('isIsoDate', () => {
  test('accepts 29 February in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  test('refuses 29 February in a common year', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  test('accepts 29 February 2000 (divisible by 400) and refuses it in 2100', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  test.for(['2024-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'])(
    'refuses the impossible date %s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  test.for([
    'maart 2024',
    '12-03-2025',
    '2025-3-12',
    '2025/03/12',
    '2025-03-12T00:00:00Z',
    ' 2025-03-12',
    '2025-03-12\n',
    '',
  ])('refuses %j, which is not written as JJJJ-MM-DD', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('todayIso', () => {
  test('gives the date in the Netherlands, not in UTC', () => {
    expect(todayIso(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayIso(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-06-30T21:30:00Z'))).toBe('2025-06-30');
  });
});

describe('formatDateNl', () => {
  test('writes 2025-03-12 as "12 maart 2025"', () => {
    expect(formatDateNl('2025-03-12')).toBe('12 maart 2025');
  });

  test('drops the leading zero of the day', () => {
    expect(formatDateNl('2026-01-05')).toBe('5 januari 2026');
  });

  test('throws on a value that is not an ISO date', () => {
    expect(() => formatDateNl('maart 2024')).toThrow('Not an ISO date');
  });
});

describe('getQuarter', () => {
  test.for([
    { date: '2025-01-01', quarter: '2025-K1' },
    { date: '2025-03-31', quarter: '2025-K1' },
    { date: '2025-04-01', quarter: '2025-K2' },
    { date: '2025-09-30', quarter: '2025-K3' },
    { date: '2025-12-31', quarter: '2025-K4' },
  ])('puts $date in $quarter', ({ date, quarter }) => {
    expect(getQuarter(date)).toBe(quarter);
  });
});

describe('formatQuarterNl', () => {
  test('writes 2025-K1 as "1e kwartaal 2025"', () => {
    expect(formatQuarterNl('2025-K1')).toBe('1e kwartaal 2025');
  });
});

describe('addMonths', () => {
  test('clamps 31 August plus 6 months to 28 February', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  test('clamps to 29 February in a leap year', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  test('crosses year ends in both directions', () => {
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-10', -12)).toBe('2024-01-10');
  });

  test('returns the same date for zero months', () => {
    expect(addMonths('2025-05-20', 0)).toBe('2025-05-20');
  });
});

describe('isActiveOn', () => {
  test('includes the first and the last day', () => {
    const period = { van: '2025-01-01', tot: '2025-12-31' };
    expect(isActiveOn(period, '2025-01-01')).toBe(true);
    expect(isActiveOn(period, '2025-12-31')).toBe(true);
    expect(isActiveOn(period, '2026-01-01')).toBe(false);
    expect(isActiveOn(period, '2024-12-31')).toBe(false);
  });

  test('treats open ends as unbounded', () => {
    expect(isActiveOn({}, '1990-01-01')).toBe(true);
    expect(isActiveOn({ van: '2025-01-01' }, '2099-01-01')).toBe(true);
    expect(isActiveOn({ tot: '2025-01-01' }, '1990-01-01')).toBe(true);
  });
});
