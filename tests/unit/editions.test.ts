import { describe, expect, test } from 'vitest';
import {
  buildRecordHistory,
  canonicalJson,
  countChanges,
  diffEditions,
  findDisappeared,
  groupChangesByOwner,
  isNewInLatest,
  listChanges,
  sortChangesByDutchName,
  type OwnerChanges,
} from '../../src/lib/editions.ts';
import { en } from './dictionaries.ts';
import { nl } from './dictionaries.ts';
import {
  formatChangeCounts,
  formatFieldValue as formatValue,
} from '../../src/lib/edition-labels.ts';
import { recordPath } from '../../src/registers/index.ts';
import type { EditionRecord } from '../../src/schemas/edition.ts';

const record = (
  sleutel: string,
  velden: EditionRecord['velden'],
  persoon = sleutel.split('/')[0],
): EditionRecord => ({ sleutel, persoon, naam: `Naam ${persoon}`, velden });

const september = [
  record('anna/voorzitter-x', {
    organisatie: 'Stichting X',
    functie: 'Voorzitter',
    bezoldiging: 'onbezoldigd',
    van: '2020-01-01',
  }),
  record('anna/docent', {
    organisatie: 'Hogeschool',
    functie: 'Docent',
    bezoldiging: 'bezoldigd',
    vergoeding: { bedrag: 1000, per: 'maand' },
  }),
  record('bram/lid', { organisatie: 'Club', functie: 'Lid', bezoldiging: 'onbezoldigd' }),
  record('bram/penningmeester', {
    organisatie: 'Vereniging',
    functie: 'Penningmeester',
    bezoldiging: 'onkostenvergoeding',
  }),
];
const march = [
  september[0] as EditionRecord,
  record('anna/docent', {
    organisatie: 'Hogeschool',
    functie: 'Docent',
    bezoldiging: 'bezoldigd',
    vergoeding: { bedrag: 1200, per: 'maand' },
  }),
  record('bram/lid', {
    organisatie: 'Club',
    functie: 'Lid',
    bezoldiging: 'onbezoldigd',
    tot: '2026-02-28',
  }),
  record('bram/penningmeester', {
    organisatie: 'Vereniging',
    functie: 'Penningmeester',
    bezoldiging: 'onkostenvergoeding',
    ingetrokken: { datum: '2026-03-01', reden: 'Dubbel opgegeven' },
  }),
  record('carla/bestuurder', {
    organisatie: 'Coöperatie',
    functie: 'Bestuurder',
    bezoldiging: 'bezoldigd',
  }),
];

describe('diffEditions', () => {
  const diff = diffEditions(september, march);

  test('a record only in the newer edition is added', () => {
    expect(diff.added.map((c) => c.record.sleutel)).toEqual(['carla/bestuurder']);
    expect(diff.added[0]?.fields).toEqual([]);
  });

  test('a record that got an end date is ended, with the end date as the changed field', () => {
    expect(diff.ended.map((c) => c.record.sleutel)).toEqual(['bram/lid']);
    expect(diff.ended[0]?.fields).toEqual([
      { field: 'tot', before: undefined, after: '2026-02-28' },
    ]);
  });

  test('a record that got a withdrawal is withdrawn, with its reason', () => {
    expect(diff.withdrawn.map((c) => c.record.sleutel)).toEqual(['bram/penningmeester']);
    expect(diff.withdrawn[0]?.fields[0]?.after).toEqual({
      datum: '2026-03-01',
      reden: 'Dubbel opgegeven',
    });
  });

  test('a changed record lists each changed field with its old and new value', () => {
    expect(diff.changed.map((c) => c.record.sleutel)).toEqual(['anna/docent']);
    expect(diff.changed[0]?.fields).toEqual([
      {
        field: 'vergoeding',
        before: { bedrag: 1000, per: 'maand' },
        after: { bedrag: 1200, per: 'maand' },
      },
    ]);
  });

  test('an identical record is unchanged, whatever the key order', () => {
    const reordered = record('anna/voorzitter-x', {
      van: '2020-01-01',
      bezoldiging: 'onbezoldigd',
      functie: 'Voorzitter',
      organisatie: 'Stichting X',
    });
    expect(diffEditions([september[0] as EditionRecord], [reordered]).unchanged).toHaveLength(1);
    expect(diff.unchanged.map((r) => r.sleutel)).toEqual(['anna/voorzitter-x']);
  });

  test('a record missing from the newer edition is reported as gone', () => {
    expect(diffEditions(march, september.slice(0, 3)).removed.map((c) => c.record.sleutel)).toEqual(
      ['bram/penningmeester', 'carla/bestuurder'],
    );
  });

  test('counts per kind, and every record of a first edition is added', () => {
    expect(countChanges(diff)).toEqual({
      toegevoegd: 1,
      beeindigd: 1,
      ingetrokken: 1,
      gewijzigd: 1,
      verdwenen: 0,
    });
    expect(countChanges(diffEditions([], september)).toegevoegd).toBe(4);
    expect(formatChangeCounts(countChanges(diff), nl.editions)).toBe(
      '1 toegevoegd, 1 beëindigd, 1 ingetrokken, 1 gewijzigd',
    );
    expect(formatChangeCounts(countChanges(diffEditions(september, september)), nl.editions)).toBe(
      'geen wijzigingen',
    );
    expect(formatChangeCounts(countChanges(diff), en.editions)).toBe(
      '1 added, 1 ended, 1 withdrawn, 1 changed',
    );
  });

  test('per person: the changes grouped by owner, names in order', () => {
    const groups = groupChangesByOwner(listChanges(diff));
    expect(groups.map((g) => [g.owner, g.changes.map((c) => c.kind)])).toEqual([
      ['anna', ['gewijzigd']],
      ['bram', ['beeindigd', 'ingetrokken']],
      ['carla', ['toegevoegd']],
    ]);
  });
});

describe('buildRecordHistory', () => {
  const history = buildRecordHistory([
    { datum: '2026-03-31', registraties: march },
    { datum: '2025-09-30', registraties: september },
  ]);

  test('first seen is the oldest edition with the record, last seen the newest', () => {
    expect(history.get('anna/voorzitter-x')).toEqual({
      firstSeen: '2025-09-30',
      lastSeen: '2026-03-31',
    });
    expect(history.get('carla/bestuurder')).toEqual({
      firstSeen: '2026-03-31',
      lastSeen: '2026-03-31',
    });
  });

  test('a record dropped from a later edition keeps its last edition', () => {
    const h = buildRecordHistory([
      { datum: '2025-09-30', registraties: september },
      { datum: '2026-03-31', registraties: september.slice(0, 1) },
    ]);
    expect(h.get('bram/lid')).toEqual({ firstSeen: '2025-09-30', lastSeen: '2025-09-30' });
  });

  test('only records first seen in the latest edition are new', () => {
    expect(isNewInLatest(history.get('carla/bestuurder'), '2026-03-31')).toBe(true);
    expect(isNewInLatest(history.get('anna/docent'), '2026-03-31')).toBe(false);
    expect(isNewInLatest(undefined, '2026-03-31')).toBe(false);
  });
});

describe('findDisappeared', () => {
  test('finds the records of the latest edition that are no longer in the content', () => {
    expect(findDisappeared(march, march.slice(1)).map((r) => r.sleutel)).toEqual([
      'anna/voorzitter-x',
    ]);
    expect(findDisappeared(march, march)).toEqual([]);
  });
});

describe('canonicalJson', () => {
  test('sorts keys at every level and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":2,"f":1}]},"b":1}',
    );
  });
});

describe('field values in Dutch', () => {
  test('dates, money, codes, withdrawals and empty values', () => {
    // Intl writes a non-breaking space after the euro sign.
    const formatFieldValue = (field: string, value: Parameters<typeof formatValue>[1]): string =>
      formatValue(field, value, nl, 'nl').replace(/\u00a0/g, ' ');
    expect(formatFieldValue('tot', '2026-02-28')).toBe('28 februari 2026');
    expect(formatFieldValue('vergoeding', { bedrag: 1200, per: 'maand' })).toBe(
      '€ 1.200 per maand',
    );
    expect(formatFieldValue('waarde', 75.5)).toBe('€ 75,50');
    expect(formatFieldValue('bezoldiging', 'onkostenvergoeding')).toBe('Onkostenvergoeding');
    expect(formatFieldValue('ingetrokken', { datum: '2026-03-01', reden: 'Dubbel' })).toBe(
      'op 1 maart 2026: Dubbel',
    );
    expect(formatFieldValue('qq', true)).toBe('ja');
    expect(formatFieldValue('tot', undefined)).toBe('–');
  });

  test('in English with the English dictionary', () => {
    expect(formatValue('qq', false, en, 'en')).toBe('no');
    expect(formatValue('ingetrokken', { datum: '2026-03-01', reden: 'Dubbel' }, en, 'en')).toBe(
      'on 1 March 2026: Dubbel',
    );
    expect(formatValue('bezoldiging', 'onkostenvergoeding', en, 'en')).toBe('Expenses only');
  });

  test('each record links to its permalink', () => {
    expect(recordPath('nevenfuncties', { sleutel: 'anna/docent', persoon: 'anna' })).toBe(
      '/personen/anna/#nevenfunctie-docent',
    );
    expect(recordPath('financieleBelangen', { sleutel: 'anna/aandelen', persoon: 'anna' })).toBe(
      '/personen/anna/#belang-aandelen',
    );
    expect(recordPath('geschenken', { sleutel: '2026-001' })).toBe(
      '/registers/geschenken/#geschenk-2026-001',
    );
    expect(recordPath('nevenwerkzaamheden', { sleutel: 'directeur/docent' })).toBe(
      '/registers/nevenwerkzaamheden-ambtenaren/#functie-directeur-docent',
    );
  });
});

describe('sortChangesByDutchName', () => {
  const group = (owner: string, naam: string, persoon?: string): OwnerChanges => ({
    owner,
    naam,
    persoon,
    changes: [],
  });
  const names = {
    'jan-van-den-berg': {
      voorletters: 'J.',
      roepnaam: 'Jan',
      tussenvoegsel: 'van den',
      achternaam: 'Berg',
    },
    'anna-zwart': { voorletters: 'A.', roepnaam: 'Anna', achternaam: 'Zwart' },
    'umit-celik': { voorletters: 'Ü.', roepnaam: 'Ümit', achternaam: 'Çelik' },
  } as const;
  test('sorts "Jan van den Berg" under B, before "Ümit Çelik" and "Anna Zwart"; functions last', () => {
    const groups = [
      group('Concerncontroller', 'Concerncontroller'),
      group('anna-zwart', 'Anna Zwart', 'anna-zwart'),
      group('umit-celik', 'Ümit Çelik', 'umit-celik'),
      group('jan-van-den-berg', 'Jan van den Berg', 'jan-van-den-berg'),
    ];
    const sorted = sortChangesByDutchName(groups, (id) => names[id as keyof typeof names]);
    expect(sorted.map((g) => g.owner)).toEqual([
      'jan-van-den-berg',
      'umit-celik',
      'anna-zwart',
      'Concerncontroller',
    ]);
  });
});
