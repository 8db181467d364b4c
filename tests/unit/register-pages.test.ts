import { describe, expect, test } from 'vitest';
import { en } from './dictionaries.ts';
import { nl } from './dictionaries.ts';
import {
  findPageNumberId,
  formatPartCaption,
  getRegisterPagePath,
  layoutGiftRegister,
  paginateLetters,
  paginateSections,
  withGiftPermalinks,
} from '../../src/lib/register-pages.ts';

const numbers = (from: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => from + i);

describe('paginateSections', () => {
  test('keeps a register that fits on one page on one page', () => {
    const pages = paginateSections({ current: numbers(1, 3), ended: numbers(10, 2) }, 10);
    expect(pages).toEqual([
      {
        number: 1,
        count: 1,
        parts: {
          current: { items: [1, 2, 3], from: 1, total: 3 },
          ended: { items: [10, 11], from: 1, total: 2 },
        },
      },
    ]);
  });

  test('splits rows over pages in section order, a section continuing on the next page', () => {
    const pages = paginateSections({ current: numbers(1, 7), ended: numbers(100, 4) }, 5);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.count === 3)).toBe(true);
    expect(pages[0]?.parts).toEqual({ current: { items: [1, 2, 3, 4, 5], from: 1, total: 7 } });
    expect(pages[1]?.parts).toEqual({
      current: { items: [6, 7], from: 6, total: 7 },
      ended: { items: [100, 101, 102], from: 1, total: 4 },
    });
    expect(pages[2]?.parts).toEqual({ ended: { items: [103], from: 4, total: 4 } });
  });

  test('shows every row exactly once', () => {
    const sections = { a: numbers(0, 1234), b: numbers(5000, 17), c: numbers(9000, 501) };
    const shown = paginateSections(sections, 500).flatMap((p) => [
      ...(p.parts.a?.items ?? []),
      ...(p.parts.b?.items ?? []),
      ...(p.parts.c?.items ?? []),
    ]);
    expect(shown).toEqual([...sections.a, ...sections.b, ...sections.c]);
  });

  test('puts an empty section on the page where it would start, so the page can say "none"', () => {
    const pages = paginateSections({ current: [] as number[], ended: numbers(1, 2) }, 2);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.parts.current).toEqual({ items: [], from: 1, total: 0 });
    expect(paginateSections({ current: [] as number[], ended: [] as number[] }, 500)).toHaveLength(
      1,
    );
  });

  test('refuses a page size that is not a positive whole number', () => {
    expect(() => paginateSections({ a: [1] }, 0)).toThrow(/positive/);
  });
});

describe('register page paths and captions', () => {
  test('page 1 is the register itself, later pages a number below it', () => {
    expect(getRegisterPagePath('/registers/nevenfuncties/', 1)).toBe('/registers/nevenfuncties/');
    expect(getRegisterPagePath('/registers/nevenfuncties/', 12)).toBe(
      '/registers/nevenfuncties/12/',
    );
  });

  test('a caption gives the count of a whole section and the range of part of one, Dutch style', () => {
    expect(
      formatPartCaption(
        'Huidige nevenfuncties',
        { items: [1, 2], from: 1, total: 2 },
        nl.common,
        'nl',
      ),
    ).toBe('Huidige nevenfuncties (2)');
    expect(
      formatPartCaption(
        'Huidige nevenfuncties',
        { items: numbers(0, 500), from: 1001, total: 4221 },
        nl.common,
        'nl',
      ),
    ).toBe('Huidige nevenfuncties, 1.001–1.500 van 4.221');
    expect(
      formatPartCaption(
        'Huidige nevenfuncties',
        { items: [1], from: 4221, total: 4221 },
        nl.common,
        'nl',
      ),
    ).toBe('Huidige nevenfuncties, 4.221 van 4.221');
    expect(
      formatPartCaption(
        'Current side positions',
        { items: [1, 2], from: 1001, total: 1002 },
        en.common,
        'en',
      ),
    ).toBe('Current side positions, 1,001–1,002 of 1,002');
  });
});

describe('layoutGiftRegister', () => {
  const gift = (id: string, datum: string) => ({ id, datum, waarde: 10, anchor: `geschenk-${id}` });
  const gifts = [
    gift('a', '2025-02-01'),
    gift('b', '2025-01-15'),
    gift('c', '2025-03-30'),
    gift('d', '2025-04-02'),
    gift('e', '2025-01-15'),
  ];

  test('keeps a short register on its own page, newest quarter and newest gift first', () => {
    const layout = layoutGiftRegister(gifts, '/registers/geschenken/', 10);
    expect(layout.paginated).toBe(false);
    expect(layout.quarters.map((q) => q.quarter)).toEqual(['2025-K2', '2025-K1']);
    expect(layout.quarters[1]?.pages).toEqual([
      {
        path: '/registers/geschenken/',
        number: 1,
        gifts: [gifts[2], gifts[0], gifts[1], gifts[4]],
        from: 1,
      },
    ]);
    expect(layout.quarters[1]?.total).toMatchObject({ total: 40, leftOut: 0 });
  });

  test('gives a long register a page per quarter, split in date order', () => {
    const layout = layoutGiftRegister(gifts, '/registers/geschenken/', 2);
    expect(layout.paginated).toBe(true);
    const first = layout.quarters.find((q) => q.quarter === '2025-K1');
    expect(first?.pages.map((p) => [p.path, p.gifts.map((g) => g.id)])).toEqual([
      ['/registers/geschenken/2025-k1/', ['b', 'e']],
      ['/registers/geschenken/2025-k1/2/', ['a', 'c']],
    ]);
  });

  test("a gift's permalink does not move when a later quarter is added", () => {
    const before = withGiftPermalinks(
      gifts.map((g) => ({ ...g })),
      '/registers/geschenken/',
      2,
    );
    const after = withGiftPermalinks(
      [...gifts, gift('f', '2025-07-01'), gift('g', '2025-08-01')].map((g) => ({ ...g })),
      '/registers/geschenken/',
      2,
    );
    for (const g of before) expect(after.find((x) => x.id === g.id)?.href).toBe(g.href);
    expect(before.find((g) => g.id === 'c')?.href).toBe(
      '/registers/geschenken/2025-k1/2/#geschenk-c',
    );
  });

  test('links every gift of a short register to the register page', () => {
    expect(
      withGiftPermalinks(
        gifts.map((g) => ({ ...g })),
        '/registers/geschenken/',
        10,
      ).map((g) => g.href),
    ).toEqual(gifts.map((g) => `/registers/geschenken/#${g.anchor}`));
  });
});

describe('paginateLetters', () => {
  const groups = [
    { letter: 'A', items: ['a1', 'a2', 'a3'] },
    { letter: 'B', items: ['b1'] },
    { letter: 'S', items: ['s1', 's2', 's3', 's4', 's5', 's6'] },
    { letter: '#', items: ['#1'] },
  ];

  test('fills pages in letter order, a letter continuing on the next page, and knows where each letter starts', () => {
    const { pages, startPage } = paginateLetters(groups, 4);
    expect(
      pages.map((p) =>
        p.blocks.map((b) => `${b.letter}${b.continued ? '+' : ''}:${b.items.join(',')}`),
      ),
    ).toEqual([['A:a1,a2,a3', 'B:b1'], ['S:s1,s2,s3,s4'], ['S+:s5,s6', '#:#1']]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect([...startPage]).toEqual([
      ['A', 1],
      ['B', 1],
      ['S', 2],
      ['#', 3],
    ]);
  });

  test('every entry exactly once, in order, whatever the page size', () => {
    const all = groups.flatMap((g) => g.items);
    for (const size of [1, 2, 3, 5, 11, 500]) {
      const { pages } = paginateLetters(groups, size);
      expect(pages.flatMap((p) => p.blocks.flatMap((b) => b.items))).toEqual(all);
      expect(
        Math.max(...pages.map((p) => p.blocks.reduce((n, b) => n + b.items.length, 0))),
      ).toBeLessThanOrEqual(size);
    }
  });

  test('a short list is one page; an empty one is one empty page; a bad size is refused', () => {
    expect(paginateLetters(groups, 500).pages).toHaveLength(1);
    expect(paginateLetters([], 500).pages).toEqual([{ number: 1, count: 1, blocks: [] }]);
    expect(() => paginateLetters(groups, 0)).toThrow(/positive whole number/);
  });

  test('an id that is the number of one of the pages is found; other numbers and names are fine', () => {
    expect(findPageNumberId(['jansen', '3', '12'], 5)).toBe('3');
    expect(findPageNumberId(['jansen', '1', '6', '03', 'stichting-2'], 5)).toBeUndefined();
    expect(findPageNumberId(['2'], 1)).toBeUndefined();
  });
});
