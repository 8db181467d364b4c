import { describe, expect, test } from 'vitest';
import { en as english } from './dictionaries.ts';
import { nl as dutch } from './dictionaries.ts';
import {
  describeGiftValue,
  formatGiftValue,
  isAboveThreshold,
  sumGiftValues,
  type GiftValue,
} from '../../src/lib/gift-value.ts';

describe('formatGiftValue', () => {
  test.each<[GiftValue, string, string]>([
    [75, '€\u00a075', '€75'],
    [12.5, '€\u00a012,50', '€12.50'],
    [{ ongeveer: 60 }, 'ca. €\u00a060', 'approx. €60'],
    [{ minderDan: 50 }, 'minder dan €\u00a050', 'less than €50'],
    [{ meerDan: 50 }, 'meer dan €\u00a050', 'more than €50'],
    ['onbekend', 'onbekend', 'unknown'],
  ])('shows %j as the register stated it', (value, nl, en) => {
    expect(formatGiftValue(value, dutch.giftValue, 'nl')).toBe(nl);
    expect(formatGiftValue(value, english.giftValue, 'en')).toBe(en);
  });
});

describe('sumGiftValues', () => {
  test('adds only exact amounts, and counts what it leaves out', () => {
    expect(sumGiftValues([10, 0.1, 0.2, { ongeveer: 60 }, 'onbekend', { minderDan: 50 }])).toEqual({
      total: 10.3,
      leftOut: 3,
      known: 3,
    });
  });

  test('with no exact amount there is no total to state (known is 0)', () => {
    expect(sumGiftValues(['onbekend', { meerDan: 50 }])).toEqual({
      total: 0,
      leftOut: 2,
      known: 0,
    });
  });
});

describe('isAboveThreshold', () => {
  test.each<[GiftValue, 'ja' | 'nee' | 'onbeslist']>([
    [50, 'nee'],
    [50.01, 'ja'],
    [{ meerDan: 50 }, 'ja'],
    [{ meerDan: 40 }, 'onbeslist'],
    [{ minderDan: 50 }, 'nee'],
    [{ minderDan: 60 }, 'onbeslist'],
    [{ ongeveer: 60 }, 'onbeslist'],
    [{ ongeveer: 10 }, 'onbeslist'],
    ['onbekend', 'onbeslist'],
  ])('%j against a threshold of € 50: %s', (value, expected) => {
    expect(isAboveThreshold(value, 50)).toBe(expected);
  });
});

describe('describeGiftValue', () => {
  test('names the kind and the amount the register gives, none for unknown', () => {
    expect(describeGiftValue({ ongeveer: 60 })).toEqual({ kind: 'ongeveer', amount: 60 });
    expect(describeGiftValue('onbekend')).toEqual({ kind: 'onbekend', amount: undefined });
  });
});
