import { describe, expect, test } from 'vitest';
import { formatEuro, formatInteger, toDataValue } from '../../src/lib/format.ts';

/** Intl puts a no-break space after the euro sign; tests compare with a plain space. */
function plain(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

describe('formatEuro', () => {
  test('writes 1234.5 as "€ 1.234,50"', () => {
    expect(plain(formatEuro(1234.5))).toBe('€ 1.234,50');
  });

  test('keeps the euro sign and the amount together with a no-break space', () => {
    expect(formatEuro(1234.5)).toMatch(/^€\u00A01\.234,50$/);
  });

  test('drops the cents of whole amounts', () => {
    expect(plain(formatEuro(50))).toBe('€ 50');
    expect(plain(formatEuro(0))).toBe('€ 0');
  });

  test('always shows two decimals when there are cents', () => {
    expect(plain(formatEuro(0.5))).toBe('€ 0,50');
    expect(plain(formatEuro(49.95))).toBe('€ 49,95');
  });

  test('uses a dot for thousands in large amounts', () => {
    expect(plain(formatEuro(1_250_000))).toBe('€ 1.250.000');
  });
});

describe('formatInteger', () => {
  test('writes 1234 as "1.234"', () => {
    expect(formatInteger(1234)).toBe('1.234');
  });
});

describe('toDataValue', () => {
  test('writes a plain decimal with a dot for <data value>', () => {
    expect(toDataValue(1234.5)).toBe('1234.5');
  });

  test('rounds floating-point drift to cents: 0.1 + 0.2 becomes "0.3"', () => {
    expect(toDataValue(0.1 + 0.2)).toBe('0.3');
  });
});
