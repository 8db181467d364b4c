/**
 * A page per organisation: every organisation named in the content has one, listing every record
 * that names it with a link to that record's permalink; the A-Z index counts them; and the
 * editors' duplicate report lists the demo's near-duplicates.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { getContentDir, getToday } from '../../src/data/index.ts';
import { loadContent, type Content } from '../../src/data/load.ts';
import {
  collectOrganisationNames,
  resolveOrganisations,
  type OrganisationIndex,
} from '../../src/lib/organisations.ts';
import { assertBuilt, DIST, listFiles, readHtml, readPage, recordKeys } from './site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let content: Content;
let index: OrganisationIndex;

beforeAll(() => {
  assertBuilt();
  content = loadContent(getContentDir(), { today: getToday() });
  index = resolveOrganisations(
    collectOrganisationNames(content.people, content.gifts),
    content.organisaties,
  );
});

const list = <T>(value: T[] | string): T[] => (Array.isArray(value) ? value : []);
const pageOf = (name: string): string => `/organisaties/${index.idByName.get(name) ?? 'missing'}/`;

describe('organisation pages', () => {
  test('there is exactly one page per organisation in the content', () => {
    const pages = listFiles().filter((f) => /^organisaties\/[^/]+\/index\.html$/.test(f));
    const names = new Set(collectOrganisationNames(content.people, content.gifts));
    // The demo has near-duplicates that an editor listed as one organisation.
    expect(index.organisations.length).toBeLessThan(names.size);
    expect(index.organisations.length).toBeGreaterThan(100);
    expect(pages.length).toBe(index.organisations.length);
    for (const organisation of index.organisations)
      expect(
        existsSync(path.join(DIST, 'organisaties', organisation.id, 'index.html')),
        organisation.id,
      ).toBe(true);
  });

  test("every side position, interest and gift appears on its organisation's page", () => {
    const expected = new Map<
      string,
      { positions: string[]; interests: string[]; gifts: string[] }
    >();
    const at = (name: string) => {
      const entry = expected.get(pageOf(name)) ?? { positions: [], interests: [], gifts: [] };
      expected.set(pageOf(name), entry);
      return entry;
    };
    for (const person of content.people) {
      for (const p of list(person.nevenfuncties))
        at(p.organisatie).positions.push(`${person.id}/${p.id}`);
      for (const i of list(person.financieleBelangen))
        if (i.organisatie !== undefined) at(i.organisatie).interests.push(`${person.id}/${i.id}`);
    }
    for (const gift of content.gifts) at(gift.gever).gifts.push(gift.id);
    expect(expected.size).toBe(index.organisations.length);
    for (const [url, records] of expected) {
      const page = readPage(url);
      expect(recordKeys(page, 'nevenfunctie').sort(), url).toEqual(records.positions.sort());
      expect(recordKeys(page, 'financieel-belang').sort(), url).toEqual(records.interests.sort());
      expect(recordKeys(page, 'geschenk').sort(), url).toEqual(records.gifts.sort());
    }
  });

  test("each connection links to the record's permalink", () => {
    const page = readPage('/organisaties/stichting-natuurbeheer-zilverland/');
    for (const row of page.querySelectorAll('[data-record="nevenfunctie"]')) {
      const [personId, positionId] = (row.getAttribute('data-key') ?? '').split('/');
      expect(row.querySelector('a')?.getAttribute('href')).toBe(
        `/personen/${personId}/#nevenfunctie-${positionId}`,
      );
    }
    for (const row of page.querySelectorAll('[data-record="geschenk"]')) {
      expect(row.querySelector('a')?.getAttribute('href')).toBe(
        `/registers/geschenken/#geschenk-${row.getAttribute('data-key')}`,
      );
    }
    expect(page.querySelectorAll('[data-record]').length).toBeGreaterThan(10);
  });

  test('current and ended connections are both listed, ended ones marked', () => {
    const withEnded = index.organisations.find((o) =>
      readPage(`/organisaties/${o.id}/`).querySelector('tr.tp-row--ended'),
    );
    expect(withEnded).toBeDefined();
    const page = readPage(`/organisaties/${withEnded?.id ?? ''}/`);
    expect(
      page
        .querySelectorAll('caption')
        .map((c) => c.text)
        .join(' '),
    ).toMatch(/Beëindigde/);
  });

  test("a spelling an editor listed shows on the organisation's page, and resolves there", () => {
    const page = readPage('/organisaties/stichting-natuurbeheer-zilverland/');
    expect(page.querySelector('[data-spellings]')?.text).toContain('Natuurbeheer Zilverland');
    expect(existsSync(path.join(DIST, 'organisaties/natuurbeheer-zilverland'))).toBe(false);
    expect(page.querySelector('h1')?.text).toBe('Stichting Natuurbeheer Zilverland');
  });

  test('register rows and person pages link to the organisation', () => {
    const register = readPage('/registers/nevenfuncties/');
    const rows = register.querySelectorAll('[data-record="nevenfunctie"]');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(
        row.querySelector('a[href^="/organisaties/"]'),
        row.getAttribute('data-key'),
      ).not.toBeNull();
    expect(readHtml('/personen/umit-celik/')).toContain(
      'href="/organisaties/zorggroep-wilgenrade/"',
    );
    expect(readHtml('/registers/geschenken/')).toContain(
      'href="/organisaties/provincie-veldmark-buurprovincie/"',
    );
  });

  test('organisation pages ship no script', () => {
    for (const file of listFiles().filter((f) => f.startsWith('organisaties/')))
      expect(readHtml(`/${file}`), file).not.toMatch(/<script\b/i);
  });
});

describe('the organisation index', () => {
  test('lists every organisation once, A-Z, with its counts', () => {
    const page = readPage('/organisaties/');
    const shown = page
      .querySelectorAll('[data-organisation]')
      .map((el) => el.getAttribute('data-organisation'));
    expect(shown.sort()).toEqual(index.organisations.map((o) => o.id).sort());
    const letters = page.querySelectorAll('section h2').map((h) => h.text.trim());
    expect(letters).toEqual(
      [...letters].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))),
    );
    expect(page.querySelector('[data-organisation="zorggroep-wilgenrade"]')?.text).toMatch(
      /1 nevenfunctie/,
    );
    expect(page.querySelector('h1')?.text).toBe('Organisaties A-Z');
    expect(page.querySelector('.tp-lead')?.text).toContain(
      `${index.organisations.length} organisaties`,
    );
  });
});

describe('the duplicate report (npm run organisaties)', () => {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/organisations-report.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

  test('lists the near-duplicates in the demo that no editor has decided on', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '"Coöperatie Windpark Hoge Veld" (/organisaties/cooperatie-windpark-hoge-veld/',
    );
    expect(result.stdout).toContain(
      '"Cooperatie Windpark Hogeveld" (/organisaties/cooperatie-windpark-hogeveld/',
    );
    expect(result.stdout).toMatch(
      /"Woonstichting De Zilveren Sleutel" .* ~ "Woonstichting Zilveren Sleutel"/,
    );
  });

  test('leaves out pairs an editor resolved in content/organisaties.yaml', () => {
    expect(result.stdout).not.toContain('Millieufederatie"');
    expect(result.stdout).not.toContain('"Natuurbeheer Zilverland"');
    expect(result.stdout).not.toContain('Gemeente Westerzilver');
  });
});
