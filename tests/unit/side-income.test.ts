/** Neveninkomsten: which years a person must publish, when they are due, and how they stand. */
import { describe, expect, test } from 'vitest';
import { carriesIncomeDuty, getIncomeYears, incomeDueDate } from '../../src/lib/side-income.ts';
import type { Role } from '../../src/schemas/person.ts';

const gs = (van: string, tot?: string, deeltijd?: boolean): Role => ({
  functie: 'gedeputeerde',
  portefeuille: 'Financiën',
  van,
  ...(tot === undefined ? {} : { tot }),
  ...(deeltijd === undefined ? {} : { deeltijd }),
});
const years = (
  roles: Role[],
  today: string,
  declared: { jaar: number; inkomsten: 'geen' }[] = [],
) => getIncomeYears(roles, declared, today).map((y) => `${y.jaar}:${y.status}`);

describe('incomeDueDate', () => {
  test('is 1 April of the following year', () => {
    expect(incomeDueDate(2025)).toBe('2026-04-01');
  });
});

describe('carriesIncomeDuty', () => {
  test('holds for a full-time gedeputeerde and the commissaris, not for a part-time one or a Statenlid', () => {
    expect(carriesIncomeDuty(gs('2023-06-15'))).toBe(true);
    expect(carriesIncomeDuty(gs('2023-06-15', undefined, true))).toBe(false);
    expect(carriesIncomeDuty({ functie: 'commissaris' })).toBe(true);
    expect(carriesIncomeDuty({ functie: 'statenlid' })).toBe(false);
  });
});

describe('getIncomeYears', () => {
  test('asks every completed year of the term, late after 1 April and open before', () => {
    expect(years([gs('2023-06-15')], '2026-03-31')).toEqual([
      '2025:open',
      '2024:te-laat',
      '2023:te-laat',
    ]);
    expect(years([gs('2023-06-15')], '2026-04-02')).toEqual([
      '2025:te-laat',
      '2024:te-laat',
      '2023:te-laat',
    ]);
  });

  test('keeps asking for the years of a member who has left', () => {
    expect(years([gs('2023-06-15', '2024-02-10')], '2026-11-22')).toEqual([
      '2024:te-laat',
      '2023:te-laat',
    ]);
  });

  test('asks the year a term known by year only ended in: the member served in it whichever day it was', () => {
    expect(years([gs('2023-06-15', '2024')], '2026-11-22')).toEqual([
      '2024:te-laat',
      '2023:te-laat',
    ]);
  });

  test('shows a declared year as declared, also "geen", and asks nothing of a part-time gedeputeerde', () => {
    expect(years([gs('2024-01-01')], '2026-11-22', [{ jaar: 2024, inkomsten: 'geen' }])).toEqual([
      '2025:te-laat',
      '2024:geen',
    ]);
    expect(years([gs('2024-01-01', undefined, true)], '2026-11-22')).toEqual([]);
  });
});
