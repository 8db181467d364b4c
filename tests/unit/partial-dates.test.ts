import { describe, expect, test } from 'vitest';
import {
  earliestDay,
  formatDate,
  getQuarter,
  isActiveOn,
  isPartialDate,
  latestDay,
} from '../../src/lib/dates.ts';
import { parsePartialDate } from '../../src/lib/spreadsheet-cells.ts';
import {
  compareByRecency,
  hasEnded,
  isCurrent,
  periodsCertainlyOverlap,
  periodsOverlap,
} from '../../src/lib/periods.ts';

describe('partial dates: as precise as the source', () => {
  test.each(['2015', '2015-03', '2015-03-12'])('%s is a date', (value) =>
    expect(isPartialDate(value)).toBe(true),
  );
  test.each(['2015-13', '2015-02-30', 'maart 2015', '15', '2015-3'])('%s is not', (value) =>
    expect(isPartialDate(value)).toBe(false),
  );

  test('the first and last day a partial date may mean', () => {
    expect([earliestDay('2015'), latestDay('2015')]).toEqual(['2015-01-01', '2015-12-31']);
    expect([earliestDay('2016-02'), latestDay('2016-02')]).toEqual(['2016-02-01', '2016-02-29']);
    expect([earliestDay('2016-02-10'), latestDay('2016-02-10')]).toEqual([
      '2016-02-10',
      '2016-02-10',
    ]);
  });

  test('is shown as written, never with a day nobody stated', () => {
    expect(formatDate('2015', 'nl')).toBe('2015');
    expect(formatDate('2015-03', 'nl')).toBe('maart 2015');
    expect(formatDate('2015-03', 'en')).toBe('March 2015');
    expect(formatDate('2015-03-12', 'nl')).toBe('12 maart 2015');
  });

  test('a year alone falls in no quarter', () => {
    expect(getQuarter('2017')).toBe('2017');
    expect(getQuarter('2017-12')).toBe('2017-K4');
  });

  test('"maart 2015" is read as 2015-03 for a message', () => {
    expect(parsePartialDate('maart 2015')).toEqual({ ok: true, value: '2015-03' });
    expect(parsePartialDate('mrt. 2015')).toEqual({ ok: true, value: '2015-03' });
    expect(parsePartialDate('lente 2015').ok).toBe(false);
  });
});

describe('comparisons say whether they are certain', () => {
  const term = { van: '2019-06-01' };
  test('a record that ended "in 2019" may overlap a term from June 2019, but not certainly', () => {
    expect(periodsOverlap(term, { tot: '2019' })).toBe(true);
    expect(periodsCertainlyOverlap(term, { tot: '2019' })).toBe(false);
  });

  test('with whole dates, may and certainly agree', () => {
    expect(periodsOverlap(term, { tot: '2019-05-31' })).toBe(false);
    expect(periodsCertainlyOverlap(term, { tot: '2019-06-01' })).toBe(true);
  });

  test('"tot 2026" has not certainly ended during 2026, and has after it', () => {
    expect(hasEnded({ tot: '2026' }, '2026-11-22')).toBe(false);
    expect(isCurrent({ tot: '2026' }, '2026-11-22')).toBe(true);
    expect(hasEnded({ tot: '2026' }, '2027-01-01')).toBe(true);
  });

  test('a day may fall in a period with partial ends', () => {
    expect(isActiveOn({ van: '2015-03', tot: '2017' }, '2015-03-01')).toBe(true);
    expect(isActiveOn({ van: '2015-03', tot: '2017' }, '2015-02-28')).toBe(false);
  });

  test('orders partial ends by their last possible day', () => {
    const periods = [{ tot: '2017-12-05' }, { tot: '2017-12' }, {}];
    expect([...periods].sort(compareByRecency)).toEqual([
      {},
      { tot: '2017-12' },
      { tot: '2017-12-05' },
    ]);
  });
});
