/**
 * The register of income from side positions (neveninkomsten) in the built site: every year of
 * every person who carries the duty appears on the register page and on their own page, each
 * amount as declared, a year without figures in words and never as an amount, and an overdue
 * year in the notice, also for someone who has left. In Dutch and in English.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { getContentDir, getToday } from '../../src/data/index.ts';
import { loadContent, type Content } from '../../src/data/load.ts';
import { buildPortal, type Portal, type SideIncomeYearView } from '../../src/data/portal.ts';
import { en } from '../unit/dictionaries.ts';
import { nl } from '../unit/dictionaries.ts';
import { formatEuro } from '../../src/lib/format.ts';
import { personPath } from '../../src/lib/paths.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import { openSearch } from './search-engine.ts';
import { assertBuilt, readPage } from './site.ts';

const REGISTER = REGISTERS.neveninkomsten.path;

let content: Content;
let portal: Portal;

beforeAll(() => {
  assertBuilt();
  content = loadContent(getContentDir(), { today: getToday() });
  portal = buildPortal(content, getToday());
});

/** The keys of a year's rows: one per side position with income, or the year's own for none. */
const rowKeys = (year: SideIncomeYearView): string[] =>
  year.entries.length > 0 ? year.entries.map((e) => e.key) : [year.key];
const row = (urlPath: string, key: string) =>
  readPage(urlPath).querySelector(`tr[data-record="neveninkomsten"][data-key="${key}"]`);
/** The `<data value>` of the amount cells of a row: gross income, then the deducted part (none when not stated). */
const amounts = (tr: ReturnType<typeof row>): (string | undefined)[] =>
  (tr?.querySelectorAll('td.tp-table__cell--numeric') ?? []).map((td) =>
    td.querySelector('data')?.getAttribute('value'),
  );

describe('the register page', () => {
  test('shows every year every person published, in the section of that year', () => {
    const page = readPage(REGISTER);
    const declared = content.people.flatMap((p) =>
      (p.neveninkomsten ?? []).map((year) => ({ person: p.id, year })),
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const { person, year } of declared) {
      const section = page.querySelector(`section[aria-labelledby="jaar-${year.jaar}"]`);
      expect(section, `${year.jaar}`).not.toBeNull();
      const keys =
        year.inkomsten === 'geen'
          ? [`${person}/${year.jaar}`]
          : year.inkomsten.map((e) => `${person}/${year.jaar}/${e.nevenfunctie}`);
      for (const key of keys) {
        const tr = section?.querySelector(`tr[data-record="neveninkomsten"][data-key="${key}"]`);
        expect(tr, key).not.toBeNull();
        expect(tr?.getAttribute('data-status'), key).toBe(
          year.inkomsten === 'geen' ? 'geen' : 'opgegeven',
        );
        expect(tr?.querySelector('th[scope="row"] a')?.getAttribute('href'), key).toBe(
          `${personPath(person)}#neveninkomsten-${year.jaar}`,
        );
      }
    }
  });

  test('shows each amount as written in the content, and "not stated" rather than an amount for a missing deduction', () => {
    for (const person of content.people) {
      for (const year of person.neveninkomsten ?? []) {
        if (year.inkomsten === 'geen') continue;
        for (const entry of year.inkomsten) {
          const key = `${person.id}/${year.jaar}/${entry.nevenfunctie}`;
          const tr = row(REGISTER, key);
          expect(amounts(tr), key).toEqual([
            String(entry.bedrag),
            entry.verrekend === undefined ? undefined : String(entry.verrekend),
          ]);
          expect(tr?.querySelector(`data[value="${entry.bedrag}"]`)?.text, key).toBe(
            formatEuro(entry.bedrag, 'nl'),
          );
          if (entry.verrekend === undefined) expect(tr?.text, key).toContain(nl.common.notStated);
        }
      }
    }
  });

  test('has one row for every year the duty covers, declared or not, and no other, newest year first', () => {
    const page = readPage(REGISTER);
    const shown = page
      .querySelectorAll('tr[data-record="neveninkomsten"]')
      .map((tr) => tr.getAttribute('data-key') ?? '');
    expect(shown.toSorted()).toEqual(portal.sideIncome.flatMap(rowKeys).toSorted());
    const years = page
      .querySelectorAll('section[aria-labelledby^="jaar-"] h2')
      .map((h) => Number(h.text));
    expect(years).toEqual([...new Set(portal.sideIncome.map((y) => y.jaar))].sort((a, b) => b - a));
  });

  test('says in words what a year without figures is, and never shows an amount for it', () => {
    const without = portal.sideIncome.filter((year) => year.entries.length === 0);
    expect(without.some((year) => year.status === 'geen')).toBe(true);
    for (const year of without) {
      const tr = row(REGISTER, year.key);
      expect(tr?.getAttribute('data-status'), year.key).toBe(year.status);
      expect(tr?.querySelectorAll('data'), year.key).toHaveLength(0);
      if (year.status === 'geen') expect(tr?.text, year.key).toContain(nl.sideIncome.none);
      if (year.status === 'te-laat') {
        expect(tr?.text, year.key).toContain(`${nl.sideIncome.late} ${nl.sideIncome.lateBefore}`);
        expect(tr?.querySelector(`time[datetime="${year.due}"]`), year.key).not.toBeNull();
      }
    }
  });

  test('lists every overdue year in the notice, also of people who have left', () => {
    const late = portal.sideIncome.filter((year) => year.status === 'te-laat');
    // The demo has one: a gedeputeerde who left on 29 December 2025 without publishing 2025.
    expect(late.length).toBeGreaterThan(0);
    expect(late.some((year) => portal.personById.get(year.person.id)?.current === false)).toBe(
      true,
    );
    const notice = readPage(REGISTER).querySelector('[data-late-income]');
    expect(notice?.querySelector('h2')?.text).toBe(nl.registers.sideIncome.late);
    const listed =
      notice?.querySelectorAll('a[data-late-year]').map((a) => a.getAttribute('href')) ?? [];
    expect(listed.toSorted()).toEqual(
      late.map((year) => `${personPath(year.person.id)}#${year.anchor}`).toSorted(),
    );
    for (const year of late) {
      const item = notice?.querySelector(`li[data-person="${year.person.id}"]`);
      expect(item?.querySelector(`time[datetime="${year.due}"]`), year.key).not.toBeNull();
      if (portal.personById.get(year.person.id)?.current === false)
        expect(item?.text, year.key).toContain(nl.registers.sideIncome.left);
    }
  });

  test('shows the register status and links the downloads', () => {
    const page = readPage(REGISTER);
    expect(page.querySelector('[data-register-status="neveninkomsten"]')).not.toBeNull();
    for (const file of [
      'neveninkomsten.csv',
      'neveninkomsten-excel.csv',
      'neveninkomsten.xlsx',
      'neveninkomsten.json',
    ]) {
      expect(page.querySelector(`a[href="/data/${file}"]`), file).not.toBeNull();
    }
  });

  test('is in the registers menu, on the home page and on the page about the registers', () => {
    for (const urlPath of ['/', '/over-de-registers/', '/registers/nevenfuncties/']) {
      expect(
        readPage(urlPath).querySelector(`main a[href="${REGISTER}"], nav a[href="${REGISTER}"]`),
        urlPath,
      ).not.toBeNull();
    }
  });
});

describe('a person page', () => {
  test('has the section with one anchor per year, newest first, for everyone with the duty', () => {
    const withYears = portal.people.filter((p) => p.sideIncome.length > 0);
    expect(withYears.length).toBeGreaterThan(0);
    for (const person of withYears) {
      const section = readPage(personPath(person.id)).querySelector('section[data-side-income]');
      expect(section?.querySelector('h2')?.text, person.id).toBe(nl.person.sideIncome);
      const years = section?.querySelectorAll('section[data-income-year]') ?? [];
      expect(
        years.map((y) => y.id),
        person.id,
      ).toEqual(person.sideIncome.map((year) => year.anchor));
      expect(
        years.map((y) => y.getAttribute('data-status')),
        person.id,
      ).toEqual(person.sideIncome.map((year) => year.status));
    }
  });

  test('shows each amount, linked to its side position on the same page', () => {
    for (const year of portal.sideIncome.filter((y) => y.entries.length > 0)) {
      const page = readPage(personPath(year.person.id));
      for (const entry of year.entries) {
        const tr = page.querySelector(`#${year.anchor} tr[data-key="${entry.key}"]`);
        expect(amounts(tr), entry.key).toEqual([
          String(entry.bedrag),
          entry.verrekend === undefined ? undefined : String(entry.verrekend),
        ]);
        const link = tr?.querySelector('a[href^="#nevenfunctie-"]')?.getAttribute('href') ?? '';
        expect(link, entry.key).toBe(`#nevenfunctie-${entry.nevenfunctie}`);
        expect(page.querySelector(link), entry.key).not.toBeNull();
      }
    }
  });

  test('says "geen" and "te laat" in words, with the date it was due or published', () => {
    for (const year of portal.sideIncome) {
      const part = readPage(personPath(year.person.id)).querySelector(`#${year.anchor}`);
      if (year.entries.length === 0)
        expect(part?.querySelectorAll('data'), year.key).toHaveLength(0);
      if (year.status === 'geen') expect(part?.text, year.key).toContain(nl.sideIncome.none);
      if (year.status === 'te-laat') {
        expect(part?.text, year.key).toContain(`${nl.sideIncome.late} ${nl.sideIncome.lateBefore}`);
        expect(part?.querySelector(`time[datetime="${year.due}"]`), year.key).not.toBeNull();
      }
      const published = year.declaration?.openbaargemaakt;
      if (published !== undefined)
        expect(part?.querySelector(`time[datetime="${published}"]`), year.key).not.toBeNull();
      for (const note of [year.declaration?.toelichting, year.declaration?.reactie])
        if (note !== undefined) expect(part?.text, year.key).toContain(note);
    }
  });

  test('has no section for someone without the duty', () => {
    // A Statenlid, and a gedeputeerde who serves part-time (deeltijd), publish no income.
    const without = portal.people.filter((p) => p.sideIncome.length === 0);
    expect(without.some((p) => p.roles.some((r) => r.functie === 'gedeputeerde'))).toBe(true);
    for (const person of without)
      expect(
        readPage(personPath(person.id)).querySelector('[data-side-income]'),
        person.id,
      ).toBeNull();
  });

  test('is found by searching for "neveninkomsten"', async () => {
    const search = await openSearch();
    const urls = (await search.search('neveninkomsten', {}, 100)).map((hit) => hit.url);
    for (const person of portal.people.filter((p) => p.sideIncome.length > 0))
      expect(urls, person.id).toContain(personPath(person.id));
  });
});

describe('in English', () => {
  test('the register page shows the same rows, with an English interface and English amounts', () => {
    const dutch = readPage(REGISTER);
    const english = readPage(`/en${REGISTER}`);
    const keys = (page: typeof dutch): string[] =>
      page
        .querySelectorAll('tr[data-record="neveninkomsten"]')
        .map((tr) => `${tr.getAttribute('data-key')}:${tr.getAttribute('data-status')}`);
    expect(keys(english)).toEqual(keys(dutch));
    expect(english.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(english.querySelector('h1')?.text).toBe(en.registers.sideIncome.heading);
    const entry = portal.sideIncome.flatMap((year) => year.entries)[0];
    if (entry)
      expect(
        english.querySelector(`tr[data-key="${entry.key}"] data[value="${entry.bedrag}"]`)?.text,
      ).toBe(formatEuro(entry.bedrag, 'en'));
  });

  test('a person page has the section in English, with the same anchors', () => {
    const person = portal.people.find((p) => p.sideIncome.length > 0);
    if (!person) throw new Error('the demo has no one with income from side positions');
    const section = readPage(`/en${personPath(person.id)}`).querySelector(
      'section[data-side-income]',
    );
    expect(section?.querySelector('h2')?.text).toBe(en.person.sideIncome);
    expect(section?.querySelectorAll('section[data-income-year]').map((y) => y.id)).toEqual(
      person.sideIncome.map((year) => year.anchor),
    );
  });
});
