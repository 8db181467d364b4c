import { describe, expect, test } from 'vitest';
import {
  cleanText,
  parseAmount,
  parseBoolean,
  parseChoice,
  parseDate,
  parseNumber,
  parsePartialDate,
} from '../../src/lib/spreadsheet-cells.ts';

const value = <T>(result: { ok: true; value: T | undefined } | { ok: false }): T | undefined =>
  result.ok ? result.value : (expect.fail('expected a value') as never);

describe('parseAmount', () => {
  test.each([
    ['€ 1.200,-', 1200],
    ['EUR 1.200,50', 1200.5],
    ['1.200', 1200],
    ['75,5', 75.5],
    ['  3150  ', 3150],
    ['1,200.50', 1200.5],
    ['€75', 75],
  ])('reads %j as %d', (cell, expected) => {
    expect(value(parseAmount(cell))).toBe(expected);
  });

  test('numbers stay numbers; empty is no value', () => {
    expect(value(parseAmount(2500))).toBe(2500);
    expect(value(parseAmount('  '))).toBeUndefined();
  });

  test.each(['1,200', '12,500', '1,250,000'])(
    'refuses %j: a Dutch reader sees decimals, an English one thousands',
    (cell) => {
      expect(parseAmount(cell)).toMatchObject({
        ok: false,
        nl: expect.stringContaining('dubbelzinnig'),
        en: expect.stringContaining('ambiguous'),
      });
    },
  );

  test.each([12.345, 0.001, 1200.5001])(
    'refuses the number %d: an amount has at most two decimals, it is never rounded',
    (cell) => {
      expect(parseAmount(cell)).toMatchObject({
        ok: false,
        nl: expect.stringContaining('hoogstens twee decimalen'),
      });
    },
  );

  test('keeps 0.29, which floating point stores as 28.999… cents', () => {
    expect(value(parseAmount(0.29))).toBe(0.29);
  });

  test('text that is not an amount is refused in Dutch and English', () => {
    const result = parseAmount('ongeveer duizend');
    expect(result).toMatchObject({
      ok: false,
      nl: expect.stringContaining('verwacht een bedrag'),
      en: expect.stringContaining('expected an amount'),
    });
  });
});

describe('parseDate', () => {
  test.each([
    ['2025-03-01', '2025-03-01'],
    ['1-3-2025', '2025-03-01'],
    ['01/03/2025', '2025-03-01'],
    ['1 maart 2025', '2025-03-01'],
    ['1 mrt. 2025 ', '2025-03-01'],
    ['15 November 2026', '2026-11-15'],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(parseDate(cell))).toBe(expected);
  });

  test('date cells and Excel day numbers', () => {
    expect(value(parseDate(new Date('2026-10-01T00:00:00Z')))).toBe('2026-10-01');
    expect(value(parseDate(46296))).toBe('2026-10-01');
  });

  test('impossible dates and month words it does not know are refused', () => {
    expect(parseDate('30-2-2025').ok).toBe(false);
    expect(parseDate('1 maartje 2025').ok).toBe(false);
    expect(parseDate('maart 2024')).toMatchObject({
      ok: false,
      nl: expect.stringContaining('kreeg "maart 2024"'),
    });
  });
});

describe('parsePartialDate', () => {
  test.each([
    ['maart 2015', '2015-03'],
    ['mrt. 2015', '2015-03'],
    ['3-2015', '2015-03'],
    ['2015-03', '2015-03'],
    ['2015', '2015'],
    [2015, '2015'],
    ['1-3-2015', '2015-03-01'],
    [46296, '2026-10-01'],
  ] as const)('reads %j as %s, as precise as it was given', (cell, expected) => {
    expect(value(parsePartialDate(cell))).toBe(expected);
  });

  test('refuses what is no date at all', () => {
    expect(parsePartialDate('lente 2015').ok).toBe(false);
    expect(parsePartialDate('13-2015').ok).toBe(false);
  });
});

describe('other cells', () => {
  test('text is trimmed, also non-breaking spaces; empty is undefined', () => {
    expect(cleanText('  Stichting  X\u00a0 ')).toBe('Stichting X');
    expect(cleanText('   ')).toBeUndefined();
  });

  test('yes and no', () => {
    expect(value(parseBoolean('Ja '))).toBe(true);
    expect(value(parseBoolean('nee'))).toBe(false);
    expect(parseBoolean('misschien').ok).toBe(false);
  });

  test('choices ignore case and spaces', () => {
    expect(value(parseChoice('Bezoldigd ', ['bezoldigd', 'onbezoldigd'] as const))).toBe(
      'bezoldigd',
    );
    expect(value(parseChoice('Onroerend goed', ['onroerend-goed'] as const))).toBe(
      'onroerend-goed',
    );
    expect(parseChoice('betaald', ['bezoldigd'] as const).ok).toBe(false);
  });

  test('numbers with a decimal comma', () => {
    expect(value(parseNumber('2,5'))).toBe(2.5);
  });

  test('a number with a thousands point is refused, not read as decimals', () => {
    expect(parseNumber('1.250')).toMatchObject({
      ok: false,
      nl: expect.stringContaining('dubbelzinnig'),
    });
  });
});
