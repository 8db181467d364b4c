/**
 * The role that describes a dated record (src/lib/record-role.ts): a gift at the day it was
 * received, a side position or interest today while it lasts and at its end once it has ended.
 */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/data/load.ts';
import { buildPortal } from '../../src/data/portal.ts';
import {
  getRecordDate,
  getRecordRole,
  getRoleAt,
  type DatedRole,
} from '../../src/lib/record-role.ts';
import { readFixtureContent, TODAY } from './content-fixtures.ts';

/** Statenlid for VT, then for LD (a fractie switch), then gedeputeerde (no fractie), with a gap before GS. */
const statenlidVt: DatedRole & { fractie?: string } = {
  functie: 'statenlid',
  fractie: 'vt',
  van: '2019-03-28',
  tot: '2021-06-30',
};
const statenlidLd: DatedRole & { fractie?: string } = {
  functie: 'statenlid',
  fractie: 'ld',
  van: '2021-07-01',
  tot: '2023-03-29',
};
const gedeputeerde: DatedRole & { fractie?: string } = {
  functie: 'gedeputeerde',
  van: '2023-06-15',
};
const ROLES = [gedeputeerde, statenlidLd, statenlidVt];

describe('getRecordDate', () => {
  test('a gift: the day it was received, also when it was withdrawn later', () => {
    expect(getRecordDate({ datum: '2024-02-01' }, TODAY)).toBe('2024-02-01');
    expect(
      getRecordDate(
        { datum: '2024-02-01', ingetrokken: { datum: '2025-01-01', reden: 'x' } } as {
          datum: string;
        },
        TODAY,
      ),
    ).toBe('2024-02-01');
  });

  test('a current side position or interest: today, whenever it started', () => {
    expect(getRecordDate({ van: '2015-01-01' }, TODAY)).toBe(TODAY);
    expect(getRecordDate({}, TODAY)).toBe(TODAY);
  });

  test('a position that ends today or later is still current: today', () => {
    expect(getRecordDate({ van: '2020-01-01', tot: TODAY }, TODAY)).toBe(TODAY);
    expect(getRecordDate({ van: '2020-01-01', tot: '2027-12-31' }, TODAY)).toBe(TODAY);
  });

  test('an ended one: its end date', () => {
    expect(getRecordDate({ van: '2020-01-01', tot: '2022-05-31' }, TODAY)).toBe('2022-05-31');
  });

  test('a withdrawn one: the withdrawal date, or the end date when that came first', () => {
    expect(getRecordDate({ van: '2020-01-01', ingetrokken: { datum: '2024-03-01' } }, TODAY)).toBe(
      '2024-03-01',
    );
    expect(
      getRecordDate(
        { van: '2020-01-01', tot: '2022-05-31', ingetrokken: { datum: '2024-03-01' } },
        TODAY,
      ),
    ).toBe('2022-05-31');
  });
});

describe('getRoleAt', () => {
  test('the role held that day, in any order of the list', () => {
    expect(getRoleAt(ROLES, '2020-01-01')).toBe(statenlidVt);
    expect(getRoleAt(ROLES, '2022-01-01')).toBe(statenlidLd);
    expect(getRoleAt(ROLES, TODAY)).toBe(gedeputeerde);
    expect(getRoleAt([...ROLES].reverse(), '2022-01-01')).toBe(statenlidLd);
  });

  test('both ends of a term count as held: the last day of one fractie, the first day of the next', () => {
    expect(getRoleAt(ROLES, '2021-06-30')).toBe(statenlidVt);
    expect(getRoleAt(ROLES, '2021-07-01')).toBe(statenlidLd);
  });

  test('on a handover day where two terms overlap, the one that started that day', () => {
    const handover: DatedRole = { functie: 'gedeputeerde', van: '2021-06-30' };
    expect(getRoleAt([statenlidVt, handover], '2021-06-30')).toBe(handover);
  });

  test('two roles starting the same day: the higher office', () => {
    const ps: DatedRole = { functie: 'statenlid', van: '2023-01-01' };
    const cdk: DatedRole = { functie: 'commissaris', van: '2023-01-01' };
    expect(getRoleAt([cdk, ps], '2023-05-01')).toBe(cdk);
    expect(getRoleAt([ps, cdk], '2023-05-01')).toBe(cdk);
  });

  test('between two terms: the role last held, not the next one', () => {
    expect(getRoleAt(ROLES, '2023-05-01')).toBe(statenlidLd);
  });

  test('after every term (a former member): the last role', () => {
    expect(getRoleAt([statenlidVt, statenlidLd], TODAY)).toBe(statenlidLd);
  });

  test('before every term (a position that predates the first term): the first role after it', () => {
    expect(getRoleAt(ROLES, '2010-01-01')).toBe(statenlidVt);
  });

  test('a person without roles is a programming error', () => {
    expect(() => getRoleAt([], TODAY)).toThrow(/at least one role/);
  });
});

describe('getRecordRole', () => {
  test('a gift received before a fractie switch keeps the old fractie', () => {
    expect(getRecordRole(ROLES, { datum: '2020-02-02' }, TODAY).fractie).toBe('vt');
  });

  test('a position spanning two fracties and ended in the second: the second', () => {
    expect(getRecordRole(ROLES, { van: '2020-01-01', tot: '2022-12-31' }, TODAY).fractie).toBe(
      'ld',
    );
  });

  test('a position started as Statenlid and still current: the office held today', () => {
    expect(getRecordRole(ROLES, { van: '2020-01-01' }, TODAY)).toBe(gedeputeerde);
  });
});

describe('the query layer gives every record its role at the record date', () => {
  const portal = buildPortal(
    validateContent(readFixtureContent('content-role-changes'), { today: TODAY }),
    TODAY,
  );
  const fractieOf = (
    role: { fractieInfo?: { naam: string } | undefined } | undefined,
  ): string | null => role?.fractieInfo?.naam ?? null;

  test('side positions', () => {
    const byKey = Object.fromEntries(
      portal.sidePositions.map((p) => [p.key, [p.role.functie, fractieOf(p.role)]]),
    );
    expect(byKey).toEqual({
      'greet-van-opgang/docent-volksuniversiteit': ['statenlid', 'Polderpartij Testland'],
      'greet-van-opgang/lid-bestuur-natuurschap': ['gedeputeerde', null],
      'greet-van-opgang/lid-raad-van-advies-museum': ['statenlid', 'Polderpartij Testland'],
      'greet-van-opgang/penningmeester-wisselwerk': ['gedeputeerde', null],
      'joost-vertrek/voorzitter-ijsclub': ['statenlid', 'Vrij Testland'],
      'tijmen-wisselink/adviseur-polderwater': ['statenlid', 'Lijst Duinrand'],
      'tijmen-wisselink/bestuurslid-kanoclub': ['statenlid', 'Lijst Duinrand'],
      'tijmen-wisselink/secretaris-wisselwerk': ['statenlid', 'Vrij Testland'],
      'tijmen-wisselink/voorzitter-duinrandfonds': ['statenlid', 'Lijst Duinrand'],
    });
  });

  test('financial interests', () => {
    const byKey = Object.fromEntries(
      portal.interests.map((i) => [i.key, [i.role.functie, fractieOf(i.role)]]),
    );
    expect(byKey).toEqual({
      'greet-van-opgang/aandelen-kwekerij': ['statenlid', 'Polderpartij Testland'],
      'greet-van-opgang/verhuurde-woning': ['gedeputeerde', null],
      'tijmen-wisselink/aandelen-veerdienst': ['statenlid', 'Vrij Testland'],
      'tijmen-wisselink/lening-wisselwerk': ['statenlid', 'Vrij Testland'],
      'tijmen-wisselink/obligaties-duinrand': ['statenlid', 'Lijst Duinrand'],
    });
  });

  test('gifts; an official has no role', () => {
    const byId = Object.fromEntries(
      portal.gifts.map((g) => [g.id, g.role && [g.role.functie, fractieOf(g.role)]]),
    );
    expect(byId).toEqual({
      '2024-101': ['statenlid', 'Polderpartij Testland'],
      '2025-101': ['statenlid', 'Vrij Testland'],
      '2025-102': ['gedeputeerde', null],
      '2026-101': ['statenlid', 'Lijst Duinrand'],
      '2026-102': undefined,
    });
  });
});
