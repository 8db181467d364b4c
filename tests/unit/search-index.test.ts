/** What search indexes: records per register entry, filters from schema fields, folded names. */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/data/load.ts';
import { buildPortal } from '../../src/data/portal.ts';
import { toIndexRecord } from '../../scripts/lib/search-index.ts';
import { REGISTER_INDEXES, type RegisterIndexName } from '../../src/lib/search-options.ts';
import {
  getActiveYears,
  getFilterOptions,
  getOrganisationFacets,
  getPageSearchFacets,
  getPersonFacets,
  getSearchAlias,
  getSearchAliasAttributes,
  YEARS_BACK,
} from '../../src/data/search.ts';
import {
  buildOfficialRecords,
  buildSearchRecords,
  getAllFacets,
  registerRecords,
} from '../../src/registers/search.ts';
import { nl } from './dictionaries.ts';
import { REGISTER_LIST } from '../../src/registers/index.ts';
import { readFixtureContent, TODAY } from './content-fixtures.ts';

const portal = buildPortal(
  validateContent(readFixtureContent('content-minimal'), { today: TODAY }),
  TODAY,
);

describe('getSearchAlias', () => {
  test('adds a folded spelling only where pagefind cannot fold: ø, ł, ß', () => {
    expect(getSearchAlias('Vera Østby')).toBe('Vera Ostby');
    expect(getSearchAlias('Łucja Nowak')).toBe('Lucja Nowak');
    expect(getSearchAlias('Straße')).toBe('Strasse');
  });

  test('adds nothing for letters pagefind folds itself (Ü, Ç, ë) or plain names', () => {
    expect(getSearchAlias('Ümit Çelik')).toBeUndefined();
    expect(getSearchAlias('Noëlle van der Linde')).toBeUndefined();
    expect(getSearchAlias('Jan van den Berg')).toBeUndefined();
    expect(getSearchAliasAttributes('Jan van den Berg')).toEqual({});
    expect(getSearchAliasAttributes('Ødemark')).toEqual({
      'data-pagefind-index-attrs': 'data-zoekalias',
      'data-zoekalias': 'Odemark',
    });
  });
});

describe('getActiveYears', () => {
  test('lists the years a period touches, newest first, up to today', () => {
    expect(getActiveYears({ van: '2024-05-01', tot: '2025-02-01' }, TODAY)).toEqual([
      '2025',
      '2024',
    ]);
    expect(getActiveYears({ van: '2025-05-01' }, TODAY)).toEqual(['2026', '2025']);
  });

  test(`goes back at most ${YEARS_BACK} years, also when the start is unknown`, () => {
    expect(getActiveYears({ van: '1990-01-01' }, TODAY)).toHaveLength(YEARS_BACK);
    expect(getActiveYears({}, TODAY)[YEARS_BACK - 1]).toBe(String(2026 - YEARS_BACK + 1));
  });
});

describe('buildSearchRecords', () => {
  const records = buildSearchRecords(portal, nl);

  test('one record per side position, interest, gift and official function, each at its permalink', () => {
    expect(records).toHaveLength(
      portal.sidePositions.length +
        portal.interests.length +
        portal.gifts.length +
        portal.officials.length,
    );
    for (const p of portal.sidePositions)
      expect(records.map((r) => r.url)).toContain(`/personen/${p.person.id}/#${p.anchor}`);
    for (const g of portal.gifts) expect(records.map((r) => r.url)).toContain(g.href);
    for (const o of portal.officials)
      expect(records.map((r) => r.url)).toContain(
        `/registers/nevenwerkzaamheden-ambtenaren/#${o.anchor}`,
      );
  });

  test('a side position says what it is, whose it is, and carries its filters', () => {
    const record = records.find(
      (r) => r.url === '/personen/umit-celik/#nevenfunctie-toezichthouder-zorggroep',
    );
    expect(record?.meta).toEqual({
      title: 'Lid raad van toezicht, Zorggroep De Brug',
      soort: 'Nevenfunctie',
      context: 'Nevenfunctie van Ümit Çelik · Bezoldigd · sinds 1 januari 2020',
    });
    expect(record?.content).toMatch(/Bezoldigd, €\s9\.250 per jaar/);
    // Current, so filed under the body and fractie of today (gedeputeerde, without a fractie), not
    // also under the Statenlid term before it (src/lib/record-role.ts).
    expect(record?.filters).toMatchObject({
      soort: ['Nevenfunctie'],
      register: ['Nevenfuncties'],
      bezoldiging: ['Bezoldigd'],
      status: ['Huidig'],
      orgaan: ['GS'],
      fractie: [],
    });
    expect(record?.filters.jaar?.[0]).toBe('2026');
  });

  test("a gift is filed under the recipient's body on the day it was received", () => {
    const gift = records.find((r) => r.url === '/registers/geschenken/#geschenk-2026-004');
    expect(gift?.meta.soort).toBe('Reis');
    expect(gift?.filters).toMatchObject({
      register: ['Geschenken en uitnodigingen'],
      orgaan: ['GS'],
      jaar: ['2026'],
    });
  });

  test('a gift to an official is filed under Ambtenaren, by function title', () => {
    const gift = records.find((r) => r.meta.context.includes('Directeur Mobiliteit'));
    expect(gift?.filters.orgaan).toEqual(['Ambtenaren']);
    expect(gift?.filters.fractie).toEqual([]);
  });
});

describe('page facets and filter options', () => {
  test('a person is filed under every body and fractie they served in', () => {
    const umit = portal.personById.get('umit-celik');
    expect(umit && getPersonFacets(umit, nl)).toMatchObject({
      soort: ['Persoon'],
      orgaan: ['GS', 'PS'],
      status: ['Huidig'],
    });
  });

  test('an organisation is current while any connection is', () => {
    const brug = portal.organisations.find((o) => o.name === 'Zorggroep De Brug');
    expect(brug && getOrganisationFacets(brug, nl)).toMatchObject({
      soort: ['Organisatie'],
      status: ['Huidig'],
    });
  });

  test('the search page offers exactly the values in the index, in a useful order', () => {
    const options = getFilterOptions(
      getAllFacets(portal, nl),
      nl,
      REGISTER_LIST.map((r) => r.title),
    );
    const byKey = Object.fromEntries(options.map((f) => [f.key, f.options.map((o) => o.value)]));
    expect(byKey['register']).toEqual([
      'Nevenfuncties',
      'Financiële belangen',
      'Geschenken en uitnodigingen',
      'Nevenwerkzaamheden ambtenaren',
    ]);
    expect(byKey['orgaan']).toEqual(['PS', 'GS', 'Ambtenaren']);
    expect(byKey['jaar']).toEqual([...(byKey['jaar'] ?? [])].sort().reverse());
    expect(options.find((f) => f.key === 'orgaan')?.options[0]?.label).toBe(
      'Provinciale Staten (PS)',
    );
  });
});

describe('getPageSearchFacets', () => {
  test('annual reports are "Jaarverslag", other searchable pages "Overzicht"', () => {
    expect(getPageSearchFacets('/jaarverslagen/2024/', nl)).toEqual({
      type: 'Jaarverslag',
      filters: { soort: ['Jaarverslag'] },
    });
    expect(getPageSearchFacets('/statistieken/', nl)?.type).toBe('Overzicht');
  });

  test('people and organisations describe themselves', () => {
    expect(getPageSearchFacets('/personen/umit-celik/', nl)).toBeUndefined();
    expect(getPageSearchFacets('/organisaties/zorggroep-de-brug/', nl)).toBeUndefined();
  });
});

describe('register indexes', () => {
  const names = Object.keys(REGISTER_INDEXES) as RegisterIndexName[];

  test('the register indexes and the officials’ records together hold every record once', () => {
    const urls = [
      ...names.flatMap((name) => [...registerRecords(portal, name, nl)]),
      ...buildOfficialRecords(portal, nl),
    ].map((r) => r.url);
    expect(urls.sort()).toEqual(
      buildSearchRecords(portal, nl)
        .map((r) => r.url)
        .sort(),
    );
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('a record goes to its index without the filters the index answers by itself', () => {
    for (const name of names) {
      const records = [...registerRecords(portal, name, nl)];
      expect(records.length, name).toBeGreaterThan(0);
      for (const record of records) {
        const indexed = toIndexRecord(record, name);
        for (const key of Object.keys(REGISTER_INDEXES[name].fixed))
          expect(indexed.filters).not.toHaveProperty(key);
        expect(indexed.meta).toEqual(record.meta);
        expect(indexed.content).toBe(record.content);
        expect(Object.keys(indexed.filters).length).toBeGreaterThan(0);
      }
    }
  });

  test('a record that does not fit its index stops the build, naming the index, the record and the filter', () => {
    const gift = [...registerRecords(portal, 'geschenken', nl)][0]!;
    expect(() => toIndexRecord(gift, 'nevenfuncties')).toThrow(
      `Zoekindex nevenfuncties: ${gift.url} heeft filter soort=`,
    );
    const side = [...registerRecords(portal, 'nevenfuncties', nl)][0]!;
    expect(() =>
      toIndexRecord(
        { ...side, filters: { ...side.filters, register: ['Geschenken en uitnodigingen'] } },
        'nevenfuncties',
      ),
    ).toThrow('filter register=Geschenken en uitnodigingen');
    const { soort: _soort, ...withoutType } = side.filters;
    expect(() => toIndexRecord({ ...side, filters: withoutType }, 'nevenfuncties')).toThrow(
      `${side.url} mist filter soort`,
    );
  });
});
