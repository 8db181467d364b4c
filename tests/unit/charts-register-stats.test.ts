/** Register statistics: gifts per quarter by destination and value, side positions per fractie. */
import { describe, expect, test } from 'vitest';
import { en } from './dictionaries.ts';
import { nl } from './dictionaries.ts';
import { buildGiftStats, buildSidePositionStats } from '../../src/lib/register-stats.ts';

describe('buildGiftStats', () => {
  const gifts = [
    { datum: '2025-02-10', waarde: 30, bestemming: 'behouden' as const },
    { datum: '2025-03-01', waarde: 120.5, bestemming: 'ingeleverd' as const },
    { datum: '2025-11-20', waarde: 20.25, bestemming: 'behouden' as const },
    { datum: '2025-12-01', waarde: 0.1, bestemming: 'behouden' as const },
  ];
  const { count, value } = buildGiftStats(gifts, nl, 'nl');

  test('one row per quarter, oldest first, one column per destination that occurs', () => {
    expect(count.rows.map((r) => r.label)).toEqual(['1e kwartaal 2025', '4e kwartaal 2025']);
    expect(count.columns).toEqual(['Behouden', 'Ingeleverd']);
  });

  test('counts gifts per quarter and destination, with totals', () => {
    expect(count.rows.map((r) => r.values)).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(count.totals).toEqual([3, 1]);
  });

  test('adds values in euros without floating-point drift', () => {
    expect(value.rows.map((r) => r.values)).toEqual([
      [30, 120.5],
      [20.35, 0],
    ]);
    expect(value.unit).toBe('euro');
    expect(value.totals).toEqual([50.35, 120.5]);
  });

  test('an empty register has no rows', () => {
    expect(buildGiftStats([], nl, 'nl').count.rows).toEqual([]);
  });

  test('in English with the English dictionary', () => {
    const english = buildGiftStats(gifts, en, 'en');
    expect(english.count.rows.map((r) => r.label)).toEqual(['Q1 2025', 'Q4 2025']);
    expect(english.count.columns).toEqual(['Kept', 'Handed in']);
    expect(english.count.caption).toBe(en.statistics.figures.giftCount);
  });
});

describe('buildSidePositionStats', () => {
  test('counts paid, unpaid and expense-allowance positions per fractie, members without one last', () => {
    const figure = buildSidePositionStats(
      [
        { fractie: 'Groen Verbond', bezoldiging: 'bezoldigd' },
        { fractie: 'Groen Verbond', bezoldiging: 'onbezoldigd' },
        { fractie: undefined, bezoldiging: 'onbezoldigd' },
        { fractie: 'Christelijk Midden', bezoldiging: 'onkostenvergoeding' },
      ],
      nl,
    );
    expect(figure.columns).toEqual(['Bezoldigd', 'Onbezoldigd', 'Onkostenvergoeding']);
    expect(figure.rows).toEqual([
      { label: 'Christelijk Midden', values: [0, 0, 1], content: true },
      { label: 'Groen Verbond', values: [1, 1, 0], content: true },
      { label: 'Zonder fractie', values: [0, 1, 0] },
    ]);
    expect(figure.totals).toEqual([1, 2, 1]);
  });
});
