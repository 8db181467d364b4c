/** Which search indexes answer a search (src/lib/search-options.ts), and what each register index holds. */
import { describe, expect, test } from 'vitest';
import { nl as SEARCH_WORDS } from './dictionaries.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import { getResultTypes, SEARCH_FILTER_KEYS } from '../../src/data/search.ts';
import {
  OFFICIALS_REGISTER,
  parseRegisterIndexes,
  planSearch,
  REGISTER_ENTRY_FILTERS,
  REGISTER_ENTRY_TYPES,
  REGISTER_INDEXES,
  type RegisterIndexName,
} from '../../src/lib/search-options.ts';

const registerIndexNames = Object.keys(REGISTER_INDEXES) as RegisterIndexName[];
// The index's words: search-options.ts writes its values out, for the browser; these are the source.
const RESULT_TYPES = getResultTypes(SEARCH_WORDS);
const { giftKind: GIFT_KIND_LABELS, payment: PAYMENT_LABELS } = SEARCH_WORDS.labels;

describe('planSearch', () => {
  test('a plain query, or filters that people and organisations carry, use the pages index with every filter', () => {
    expect(planSearch({})).toEqual({ indexes: ['pages'], filters: {} });
    const filters = { orgaan: 'PS', fractie: 'Groen Verbond', status: 'Huidig' };
    expect(planSearch(filters)).toEqual({ indexes: ['pages'], filters });
    expect(planSearch({ soort: 'Persoon' })).toEqual({
      indexes: ['pages'],
      filters: { soort: 'Persoon' },
    });
    expect(planSearch({ soort: RESULT_TYPES.functie })).toEqual({
      indexes: ['pages'],
      filters: { soort: RESULT_TYPES.functie },
    });
  });

  test('officials’ register is searched in the pages index, which holds their functions', () => {
    expect(planSearch({ register: OFFICIALS_REGISTER })).toEqual({
      indexes: ['pages'],
      filters: { register: OFFICIALS_REGISTER },
    });
    expect(OFFICIALS_REGISTER).toBe(REGISTERS.nevenwerkzaamheden.title);
  });

  test('a register uses that register’s index only, which answers the register filter itself', () => {
    expect(planSearch({ register: REGISTERS.nevenfuncties.title })).toEqual({
      indexes: ['nevenfuncties'],
      filters: {},
    });
    expect(planSearch({ register: REGISTERS.geschenken.title, fractie: 'Groen Verbond' })).toEqual({
      indexes: ['geschenken'],
      filters: { fractie: 'Groen Verbond' },
    });
    expect(planSearch({ register: REGISTERS.financieleBelangen.title, jaar: '2025' })).toEqual({
      indexes: ['financiele-belangen'],
      filters: { jaar: '2025' },
    });
  });

  test('an entry type uses the index of its register; a gift type stays a filter there', () => {
    expect(planSearch({ soort: RESULT_TYPES.nevenfunctie })).toEqual({
      indexes: ['nevenfuncties'],
      filters: {},
    });
    expect(planSearch({ soort: RESULT_TYPES.belang, status: 'Huidig' })).toEqual({
      indexes: ['financiele-belangen'],
      filters: { status: 'Huidig' },
    });
    expect(planSearch({ soort: RESULT_TYPES.reis })).toEqual({
      indexes: ['geschenken'],
      filters: { soort: RESULT_TYPES.reis },
    });
  });

  test('a payment uses the side positions; a year alone every register with years, merged', () => {
    expect(planSearch({ bezoldiging: 'Bezoldigd', fractie: 'Groen Verbond' })).toEqual({
      indexes: ['nevenfuncties'],
      filters: { bezoldiging: 'Bezoldigd', fractie: 'Groen Verbond' },
    });
    expect(planSearch({ jaar: '2025' })).toEqual({
      indexes: ['nevenfuncties', 'financiele-belangen', 'geschenken'],
      filters: { jaar: '2025' },
    });
    // Gifts have no status: a year with a status leaves them out.
    expect(planSearch({ jaar: '2025', status: 'Huidig' })).toEqual({
      indexes: ['nevenfuncties', 'financiele-belangen'],
      filters: { jaar: '2025', status: 'Huidig' },
    });
  });

  test('filters no register’s entries can match together use no index', () => {
    expect(
      planSearch({ register: REGISTERS.nevenfuncties.title, soort: RESULT_TYPES.geschenk }).indexes,
    ).toEqual([]);
    expect(
      planSearch({ bezoldiging: 'Bezoldigd', soort: RESULT_TYPES.uitnodiging }).indexes,
    ).toEqual([]);
  });

  test('a register without an index (no entries) is answered by no index, and left out of a merge', () => {
    expect(
      planSearch({ register: REGISTERS.geschenken.title }, ['nevenfuncties', 'financiele-belangen'])
        .indexes,
    ).toEqual([]);
    expect(planSearch({ jaar: '2025' }, ['nevenfuncties', 'geschenken']).indexes).toEqual([
      'nevenfuncties',
      'geschenken',
    ]);
    expect(planSearch({ jaar: '2025' }, []).indexes).toEqual([]);
    expect(planSearch({ fractie: 'Groen Verbond' }, []).indexes).toEqual(['pages']);
  });

  test('the register indexes a search page names are read in their own order; unknown names are ignored', () => {
    expect(parseRegisterIndexes('geschenken nevenfuncties')).toEqual([
      'nevenfuncties',
      'geschenken',
    ]);
    expect(parseRegisterIndexes('nevenfuncties onbekend')).toEqual(['nevenfuncties']);
    expect(parseRegisterIndexes('')).toEqual([]);
    expect(parseRegisterIndexes(undefined)).toEqual([]);
  });

  test('an empty filter value counts as no filter', () => {
    expect(planSearch({ register: '', jaar: '' })).toEqual({ indexes: ['pages'], filters: {} });
    expect(planSearch({ register: REGISTERS.geschenken.title, soort: '' })).toEqual({
      indexes: ['geschenken'],
      filters: {},
    });
  });

  test('for every combination of register, type, payment, status and year, every chosen index gets filters it can answer', () => {
    // One set of filters goes to all chosen indexes: a filter left out must be answered by each
    // of them by itself (fixed), and a filter kept must be one each of them carries.
    const options = (values: readonly string[]) => ['', ...values];
    for (const register of options(Object.values(REGISTERS).map((r) => r.title)))
      for (const soort of options(Object.values(RESULT_TYPES)))
        for (const bezoldiging of options(Object.values(PAYMENT_LABELS)))
          for (const status of options(Object.values(SEARCH_WORDS.searchIndex.status)))
            for (const jaar of options(['2025'])) {
              const given = Object.fromEntries(
                Object.entries({ register, soort, bezoldiging, status, jaar }).filter(
                  ([, v]) => v !== '',
                ),
              );
              const plan = planSearch(given);
              if (plan.indexes.includes('pages')) continue;
              for (const name of plan.indexes as RegisterIndexName[])
                for (const [key, value] of Object.entries(given)) {
                  if (key in plan.filters)
                    expect(REGISTER_INDEXES[name].filters[key], `${name} ${key}`).toBeDefined();
                  else expect(REGISTER_INDEXES[name].fixed[key], `${name} ${key}`).toBe(value);
                }
            }
  });
});

describe('the register indexes', () => {
  test('each register with entries of its own has an index; its fixed values are the search page’s own', () => {
    expect(REGISTER_INDEXES.nevenfuncties.fixed).toEqual({
      register: REGISTERS.nevenfuncties.title,
      soort: RESULT_TYPES.nevenfunctie,
    });
    expect(REGISTER_INDEXES['financiele-belangen'].fixed).toEqual({
      register: REGISTERS.financieleBelangen.title,
      soort: RESULT_TYPES.belang,
    });
    expect(REGISTER_INDEXES.geschenken.fixed).toEqual({ register: REGISTERS.geschenken.title });
    expect(REGISTER_INDEXES.geschenken.filters['soort']).toEqual(Object.values(GIFT_KIND_LABELS));
  });

  test('an index that carries a filter cannot hold a value another index answers by itself', () => {
    for (const a of registerIndexNames)
      for (const b of registerIndexNames) {
        if (a === b) continue;
        for (const [key, value] of Object.entries(REGISTER_INDEXES[a].fixed)) {
          const carried = REGISTER_INDEXES[b].filters[key];
          if (carried !== undefined)
            expect(carried === 'any' ? [] : carried, `${b}.${key}`).not.toContain(value);
          expect(carried, `${b} carries ${key} for any value`).not.toBe('any');
        }
      }
  });

  test('the register entry types and filters are the search page’s own', () => {
    const entryTypes = [
      RESULT_TYPES.nevenfunctie,
      RESULT_TYPES.belang,
      RESULT_TYPES.geschenk,
      RESULT_TYPES.uitnodiging,
      RESULT_TYPES.reis,
    ];
    expect([...REGISTER_ENTRY_TYPES].sort()).toEqual([...entryTypes].sort());
    for (const key of REGISTER_ENTRY_FILTERS) expect(SEARCH_FILTER_KEYS).toContain(key);
    for (const name of registerIndexNames)
      for (const key of [
        ...Object.keys(REGISTER_INDEXES[name].fixed),
        ...Object.keys(REGISTER_INDEXES[name].filters),
      ])
        expect(SEARCH_FILTER_KEYS).toContain(key);
  });
});
