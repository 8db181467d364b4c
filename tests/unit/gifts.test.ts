import { describe, expect, test } from 'vitest';
import { PERSON_PAGE_GIFTS, personPageGifts, sumEuros } from '../../src/lib/gifts.ts';

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
    expect(personPageGifts(gifts(PERSON_PAGE_GIFTS))).toEqual({
      shown: gifts(PERSON_PAGE_GIFTS),
      hasGiftPage: false,
    });
  });

  test('above that, the first (the most recent) and a page with all of them', () => {
    const all = gifts(PERSON_PAGE_GIFTS + 3);
    expect(personPageGifts(all)).toEqual({
      shown: all.slice(0, PERSON_PAGE_GIFTS),
      hasGiftPage: true,
    });
  });
});
