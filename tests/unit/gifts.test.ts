import { describe, expect, test } from 'vitest';
import { groupGiftsByQuarter, PERSON_PAGE_GIFTS, personPageGifts, sumEuros } from '../../src/lib/gifts.ts';

describe('groupGiftsByQuarter', () => {
  const gifts = [
    { id: 'a', datum: '2025-11-03', waarde: 20 },
    { id: 'b', datum: '2026-02-14', waarde: 0.1 },
    { id: 'c', datum: '2026-01-05', waarde: 0.2 },
    { id: 'd', datum: '2025-12-31', waarde: 49.95 },
    { id: 'e', datum: '2026-04-01', waarde: 640 },
  ];

  test('puts the newest quarter first, across a year end', () => {
    expect(groupGiftsByQuarter(gifts).map((q) => q.quarter)).toEqual(['2026-K2', '2026-K1', '2025-K4']);
  });

  test('orders the gifts within a quarter newest first', () => {
    expect(groupGiftsByQuarter(gifts).map((q) => q.gifts.map((g) => g.id))).toEqual([['e'], ['b', 'c'], ['d', 'a']]);
  });

  test('counts the gifts per quarter', () => {
    expect(groupGiftsByQuarter(gifts).map((q) => q.count)).toEqual([1, 2, 2]);
  });

  test('adds values without floating-point drift: 0.1 + 0.2 is 0.3', () => {
    expect(groupGiftsByQuarter(gifts).map((q) => q.total.total)).toEqual([640, 0.3, 69.95]);
  });

  test('returns no quarters for an empty register', () => {
    expect(groupGiftsByQuarter([])).toEqual([]);
  });

  test('keeps the extra fields of each gift', () => {
    expect(groupGiftsByQuarter(gifts)[0]?.gifts[0]).toEqual({ id: 'e', datum: '2026-04-01', waarde: 640 });
  });
});

describe('sumEuros', () => {
  test('adds amounts in cents', () => {
    expect(sumEuros([0.1, 0.2])).toBe(0.3);
    expect(sumEuros([17.5, 32.25, 49.95, 640])).toBe(739.7);
  });

  test('is 0 for no amounts', () => {
    expect(sumEuros([])).toBe(0);
  });
});

describe('personPageGifts', () => {
  const gifts = (n: number): string[] => Array.from({ length: n }, (_, i) => `gift-${i}`);

  test(`lists up to ${PERSON_PAGE_GIFTS} gifts, all of them, without a page of their own`, () => {
    expect(personPageGifts(gifts(0))).toEqual({ shown: [], hasGiftPage: false });
    expect(personPageGifts(gifts(PERSON_PAGE_GIFTS))).toEqual({ shown: gifts(PERSON_PAGE_GIFTS), hasGiftPage: false });
  });

  test('above that, the first (the most recent) and a page with all of them', () => {
    const all = gifts(PERSON_PAGE_GIFTS + 3);
    expect(personPageGifts(all)).toEqual({ shown: all.slice(0, PERSON_PAGE_GIFTS), hasGiftPage: true });
  });
});
