/** Which of the two search indexes answers a search (src/lib/search-options.ts). */
import { describe, expect, test } from 'vitest';
import { RESULT_TYPES, SEARCH_FILTER_KEYS } from '../../src/lib/search.ts';
import { chooseSearchIndex, REGISTER_ENTRY_FILTERS, REGISTER_ENTRY_TYPES } from '../../src/lib/search-options.ts';

describe('chooseSearchIndex', () => {
  test('a plain query, or filters that people and organisations carry, use the pages index', () => {
    expect(chooseSearchIndex({})).toBe('pages');
    expect(chooseSearchIndex({ orgaan: 'PS', fractie: 'Groen Verbond', status: 'Huidig' })).toBe('pages');
    expect(chooseSearchIndex({ soort: 'Persoon' })).toBe('pages');
    expect(chooseSearchIndex({ soort: RESULT_TYPES.functie })).toBe('pages');
  });

  test('a register, payment or year, or a register entry as type, uses the register index', () => {
    expect(chooseSearchIndex({ register: 'Nevenfuncties' })).toBe('registers');
    expect(chooseSearchIndex({ bezoldiging: 'Bezoldigd', fractie: 'Groen Verbond' })).toBe('registers');
    expect(chooseSearchIndex({ jaar: '2025' })).toBe('registers');
    expect(chooseSearchIndex({ soort: RESULT_TYPES.nevenfunctie })).toBe('registers');
    expect(chooseSearchIndex({ soort: RESULT_TYPES.reis })).toBe('registers');
  });

  test('an empty filter value counts as no filter', () => {
    expect(chooseSearchIndex({ register: '', jaar: '' })).toBe('pages');
  });

  test('the register entry types and filters are the search page’s own', () => {
    const entryTypes = [RESULT_TYPES.nevenfunctie, RESULT_TYPES.belang, RESULT_TYPES.geschenk, RESULT_TYPES.uitnodiging, RESULT_TYPES.reis];
    expect([...REGISTER_ENTRY_TYPES].sort()).toEqual([...entryTypes].sort());
    for (const key of REGISTER_ENTRY_FILTERS) expect(SEARCH_FILTER_KEYS).toContain(key);
  });
});
