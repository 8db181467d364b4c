/**
 * Every record in the content appears on the site: records in = records rendered, per register,
 * over every page of the register (a long register is split into pages) and on the person's own page.
 * On the demo of each kind of body: the province's (dist/), the municipality's and the water
 * board's (tests/build/demos.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Content } from '../../src/data/load.ts';
import type { Portal } from '../../src/data/portal.ts';
import { foldDiacritics, sortByDutchName } from '../../src/lib/dutch-names.ts';
import { PERSON_PAGE_GIFTS } from '../../src/lib/gifts.ts';
import { personGiftsPath, personPath } from '../../src/lib/paths.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import { DEMO_KINDS, getDemo } from './demos.ts';
import {
  readPage as readSitePage,
  readRegisterPages as readSiteRegisterPages,
  recordKeys,
  registerRecordKeys as siteRegisterRecordKeys,
} from './site.ts';

const list = <T>(value: T[] | string): T[] => (Array.isArray(value) ? value : []);
const sorted = (keys: string[]): string[] => [...keys].sort();

describe.each(DEMO_KINDS)('the demo of a %s', (kind) => {
  let content: Content;
  let portal: Portal;
  let site: string;
  const getPortal = (): Portal => portal;
  const readPage = (urlPath: string) => readSitePage(urlPath, site);
  const readRegisterPages = (base: string) => readSiteRegisterPages(base, site);
  const registerRecordKeys = (base: string, record: string) =>
    siteRegisterRecordKeys(base, record, site);

  beforeAll(async () => {
    const demo = await getDemo(kind);
    [content, portal, site] = [demo.loaded, demo.portal, demo.site];
  });

  describe('register pages', () => {
    test('the nevenfuncties register shows every side position of every person once', () => {
      const expected = content.people.flatMap((p) =>
        list(p.nevenfuncties).map((s) => `${p.id}/${s.id}`),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(sorted(registerRecordKeys('/registers/nevenfuncties/', 'nevenfunctie'))).toEqual(
        sorted(expected),
      );
    });

    test('the financial interests register shows every interest once', () => {
      const expected = content.people.flatMap((p) =>
        list(p.financieleBelangen).map((i) => `${p.id}/${i.id}`),
      );
      expect(
        sorted(registerRecordKeys('/registers/financiele-belangen/', 'financieel-belang')),
      ).toEqual(sorted(expected));
    });

    test('the gift register shows every gift once', () => {
      const expected = content.gifts.map((g) => g.id);
      expect(sorted(registerRecordKeys('/registers/geschenken/', 'geschenk'))).toEqual(
        sorted(expected),
      );
    });

    test("the officials' register shows every side activity and every function without one", () => {
      const page = readPage('/registers/nevenwerkzaamheden-ambtenaren/');
      const activities = content.officials.flatMap((o) =>
        list(o.nevenwerkzaamheden).map((a) => `${o.id}/${a.id}`),
      );
      const without = content.officials
        .filter((o) => !Array.isArray(o.nevenwerkzaamheden))
        .map((o) => o.id);
      expect(sorted(recordKeys(page, 'nevenwerkzaamheid'))).toEqual(sorted(activities));
      expect(sorted(recordKeys(page, 'functie-zonder-nevenwerkzaamheden'))).toEqual(
        sorted(without),
      );
    });

    test('the income register shows every year every person declared, and so does their page', () => {
      const declared = content.people.flatMap((p) =>
        (p.neveninkomsten ?? []).map((year) => ({ person: p.id, year })),
      );
      expect(declared.length).toBeGreaterThan(0);
      const shown = new Set(registerRecordKeys(REGISTERS.neveninkomsten.path, 'neveninkomsten'));
      for (const { person, year } of declared) {
        const keys =
          year.inkomsten === 'geen'
            ? [`${person}/${year.jaar}`]
            : year.inkomsten.map((e) => `${person}/${year.jaar}/${e.nevenfunctie}`);
        const part = readPage(personPath(person)).getElementById(`neveninkomsten-${year.jaar}`);
        expect(part, `${person} ${year.jaar}`).not.toBeNull();
        for (const key of keys) {
          expect(shown.has(key), key).toBe(true);
          if (year.inkomsten !== 'geen')
            expect(part?.querySelector(`tr[data-key="${key}"]`), key).not.toBeNull();
        }
      }
    });

    test('the gift register shows quarter totals that add up to the gifts in that quarter', () => {
      for (const section of readRegisterPages('/registers/geschenken/').flatMap((page) =>
        page.querySelectorAll('section[aria-labelledby^="kwartaal-"]'),
      )) {
        const values = section
          .querySelectorAll('tbody td.tp-table__cell--numeric data')
          .map((d) => Number(d.getAttribute('value')));
        const total = Number(section.querySelector('tfoot data')?.getAttribute('value'));
        expect(Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100).toBe(total);
      }
    });
  });

  describe('person pages', () => {
    test('every person has a page with all of their records', () => {
      for (const person of content.people) {
        const page = readPage(`/personen/${person.id}/`);
        expect(sorted(recordKeys(page, 'nevenfunctie')), person.file).toEqual(
          sorted(list(person.nevenfuncties).map((s) => `${person.id}/${s.id}`)),
        );
        expect(sorted(recordKeys(page, 'financieel-belang')), person.file).toEqual(
          sorted(list(person.financieleBelangen).map((i) => `${person.id}/${i.id}`)),
        );
        // Gifts: the most recent on the person page, every one on the person's gift page when there are more.
        const gifts = content.gifts
          .filter((g) => g.ontvanger.persoon === person.id)
          .sort((a, b) => b.datum.localeCompare(a.datum) || a.id.localeCompare(b.id));
        const shown = gifts.slice(0, PERSON_PAGE_GIFTS);
        expect(sorted(recordKeys(page, 'geschenk')), person.file).toEqual(
          sorted(shown.map((g) => g.id)),
        );
        const giftLink = page.querySelector(`a[href="${personGiftsPath(person.id)}"]`);
        if (gifts.length > PERSON_PAGE_GIFTS) {
          expect(giftLink?.textContent, person.file).toContain(`Alle ${gifts.length} geschenken`);
          expect(recordKeys(readPage(personGiftsPath(person.id)), 'geschenk'), person.file).toEqual(
            gifts.map((g) => g.id),
          );
        } else {
          expect(giftLink, person.file).toBeNull();
          expect(existsSync(path.join(site, personGiftsPath(person.id))), person.file).toBe(false);
        }
        expect(page.querySelectorAll('[data-record="rol"]').length, person.file).toBe(
          person.rollen.length,
        );
      }
    });

    test(`a person with more than ${PERSON_PAGE_GIFTS} gifts: the latest on their page, all of them with a total on their gift page, in both languages`, () => {
      const person = getPortal().people.find((p) => p.gifts.length > PERSON_PAGE_GIFTS);
      if (!person)
        throw new Error(
          `the demo content needs a person with more than ${PERSON_PAGE_GIFTS} gifts`,
        );
      const page = readPage(`/personen/${person.id}/`);
      expect(recordKeys(page, 'geschenk')).toEqual(
        person.gifts.slice(0, PERSON_PAGE_GIFTS).map((g) => g.id),
      );
      expect(page.querySelector('section[aria-labelledby="geschenken"]')?.textContent).toContain(
        `De ${PERSON_PAGE_GIFTS} meest recente van ${person.gifts.length}`,
      );
      const giftPage = readPage(personGiftsPath(person.id));
      expect(giftPage.querySelector('h1')?.textContent).toBe(
        `Geschenken en uitnodigingen van ${person.fullName}`,
      );
      expect(giftPage.querySelector(`nav a[href="/personen/${person.id}/"]`)).not.toBeNull();
      expect(giftPage.querySelector('tfoot')?.textContent).toContain(`${person.gifts.length} `);
      const english = readPage(`/en${personGiftsPath(person.id)}`);
      expect(recordKeys(english, 'geschenk')).toEqual(person.gifts.map((g) => g.id));
      expect(
        readPage(`/en/personen/${person.id}/`).querySelector(
          `a[href="/en${personGiftsPath(person.id)}"]`,
        )?.textContent,
      ).toContain(`All ${person.gifts.length} gifts`);
    });

    test('"nothing to declare" and "not provided" are shown as different things', () => {
      for (const person of content.people) {
        const page = readPage(`/personen/${person.id}/`);
        const states = page
          .querySelectorAll('[data-declaration]')
          .map((el) => el.getAttribute('data-declaration'));
        for (const value of [person.nevenfuncties, person.financieleBelangen]) {
          if (typeof value === 'string') expect(states, person.file).toContain(value);
        }
        if (person.geschenken === 'niet-opgegeven')
          expect(states, person.file).toContain('niet-opgegeven');
      }
    });

    test('a gift keeps its permalink: the register page it links to shows it under its anchor', () => {
      const pages = new Map<string, ReturnType<typeof readPage>>();
      for (const gift of getPortal().gifts) {
        const [pagePath = '', anchor = ''] = gift.href.split('#');
        if (!pages.has(pagePath)) pages.set(pagePath, readPage(pagePath));
        const row = pages.get(pagePath)?.getElementById(anchor);
        expect(row?.getAttribute('data-key'), gift.href).toBe(gift.id);
      }
    });

    test('a record keeps its permalink: every side position has an anchor on its person page', () => {
      const person = content.people.find((p) => list(p.nevenfuncties).length > 0);
      expect(person).toBeDefined();
      if (!person) return;
      const page = readPage(`/personen/${person.id}/`);
      for (const position of list(person.nevenfuncties)) {
        expect(page.getElementById(`nevenfunctie-${position.id}`), position.id).not.toBeNull();
      }
    });
  });

  describe('lists of people', () => {
    test('the A-Z index lists everyone in Dutch order, "van den Berg" under B', () => {
      const page = readPage('/personen/');
      const shown = page
        .querySelectorAll('[data-person]')
        .map((el) => el.getAttribute('data-person'));
      const expected = sortByDutchName(content.people, (p) => p.naam).map((p) => p.id);
      expect(shown).toEqual(expected);
      for (const section of page.querySelectorAll('section[aria-labelledby^="letter-"]')) {
        const letter = section.querySelector('h2')?.text.trim();
        for (const link of section.querySelectorAll('[data-person] > a')) {
          expect(foldDiacritics(link.text).charAt(0).toUpperCase()).toBe(letter);
        }
      }
    });
  });
});
