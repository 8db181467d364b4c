/**
 * Relevance of search on the demo site: queries people really type (names without accents or
 * tussenvoegsel, organisations, functions, partial words, Dutch word forms, filters) against the
 * built pagefind index, through pagefind's own JavaScript. Each expects its answer in the top 3.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { getPortal } from '../../src/data/index.ts';
import { personPath } from '../../src/lib/paths.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import { getActiveYears, getPageSearchFacets } from '../../src/data/search.ts';
import { nl } from '../unit/dictionaries.ts';
import { isSearchablePath } from '../../src/lib/search-options.ts';
import { assertBuilt, listFiles, readHtml } from './site.ts';
import { openSearch, type SearchEngine } from './search-engine.ts';

let search: SearchEngine;

beforeAll(async () => {
  assertBuilt();
  search = await openSearch();
});

const top3 = async (query: string, filters: Record<string, string> = {}): Promise<string[]> =>
  (await search.search(query, filters, 3)).map((hit) => hit.url);

/** [what is typed, a URL (or URL pattern) that must be among the first three results]. */
const CASES: [string, string | RegExp][] = [
  // Names typed without accents, without tussenvoegsel, or in part.
  ['umit celik', '/personen/umit-celik/'],
  ['Ümit Çelik', '/personen/umit-celik/'],
  ['berg', '/personen/jan-van-den-berg/'],
  ['berg', '/personen/chloe-van-den-berg/'],
  ['van den berg', '/personen/jan-van-den-berg/'],
  ['chloe', '/personen/chloe-van-den-berg/'],
  ['ostby', '/personen/vera-ostby/'],
  ['lucja nowak', '/personen/lucja-nowak/'],
  ['eleonora hegedus', '/personen/eleonora-hegedus/'],
  ['noel dubois', '/personen/noel-dubois-verhoef/'],
  ['pieternel hart', '/personen/pieternel-t-hart/'],
  ['in t zandt', '/personen/marloes-in-t-zandt/'],
  ['aicha', '/personen/aicha-el-idrissi/'],
  // Organisations, also as members misspell them.
  ['zorggroep wilgenrade', '/organisaties/zorggroep-wilgenrade/'],
  ['natuurbeheer zilverland', '/organisaties/stichting-natuurbeheer-zilverland/'],
  ['odemark advies', '/organisaties/odemark-advies-bv/'],
  ['energiecooperatie zilverstroom', '/organisaties/energiecooperatie-zilverstroom/'],
  ['windpark hoge veld', '/organisaties/cooperatie-windpark-hoge-veld/'],
  ['millieufederatie', '/organisaties/zilverlandse-milieufederatie/'],
  ['provincie veldmark', '/organisaties/provincie-veldmark-buurprovincie/'],
  ['akkerbouwbedrijf celik', '/personen/umit-celik/'],
  // Partial words and Dutch word forms.
  ['natuurbeh', /^\/organisaties\/stichting-natuurbeheer-/],
  ['zorggroepen veldmere', '/organisaties/zorggroep-veldmere/'],
  ['voedselbanken', /^\/organisaties\/stichting-voedselbank-/],
  // Officials, by function title only.
  [
    'directeur mobiliteit',
    '/registers/nevenwerkzaamheden-ambtenaren/#functie-directeur-mobiliteit',
  ],
  [
    'projectdirecteur zilverweg',
    '/registers/nevenwerkzaamheden-ambtenaren/#functie-projectdirecteur-verbreding-zilverweg',
  ],
];

describe('search finds the expected result in the top 3', () => {
  test.each(CASES)('"%s" finds %s', async (query, expected) => {
    const urls = await top3(query);
    if (typeof expected === 'string') expect(urls).toContain(expected);
    else
      expect(
        urls.some((url) => expected.test(url)),
        urls.join(', '),
      ).toBe(true);
  });
});

describe('what the pages index holds of a page', () => {
  test("a name finds the person's page, not every organisation page that lists them", async () => {
    const person = getPortal().people.find((p) => p.id === 'eleonora-hegedus');
    // She is listed on the pages of the organisations where she holds a side position.
    expect(person?.sidePositions.entries.length).toBeGreaterThan(1);
    expect((await search.search('hegedus', {}, 50)).map((hit) => hit.url)).toEqual([
      '/personen/eleonora-hegedus/',
    ]);
  });

  test('an organisation is found by its name, and its people by their own pages', async () => {
    const urls = (await search.search('zorggroep wilgenrade', {}, 50)).map((hit) => hit.url);
    expect(urls[0]).toBe('/organisaties/zorggroep-wilgenrade/');
    const holders =
      getPortal()
        .organisations.find((o) => o.id === 'zorggroep-wilgenrade')
        ?.sidePositions.map((e) => personPath(e.person.id)) ?? [];
    expect(holders.length).toBeGreaterThan(0);
    for (const holder of holders) expect(urls).toContain(holder);
  });

  test('dates, captions and the sentences every person page repeats are not words of the page', async () => {
    const person = getPortal().people.find((p) => p.id === 'umit-celik');
    const html = readHtml('/personen/umit-celik/index.html');
    const confirmed = /bevestigd op <time datetime="[^"]+">([^<]+)<\/time>/.exec(html)?.[1];
    expect(confirmed).toBeDefined();
    const [hit] = (await search.search('umit celik', {}, 1)).filter(
      (h) => h.url === personPath('umit-celik'),
    );
    expect(hit).toBeDefined();
    // On the page for the eye, not in what a search matches: a date, a caption, the repeated
    // sentences and a column header.
    for (const shown of [
      confirmed ?? '',
      'Geschenken en uitnodigingen ontvangen door Ümit Çelik',
      'Het volledige',
      'Wat er per editie van de registers veranderde',
      'Fractie of partij',
    ]) {
      expect(html, shown).toContain(shown);
      expect(hit?.content, shown).not.toContain(shown);
    }
    // What a person page is found by stays: the name, the roles, the organisations and functions.
    expect(hit?.content).toContain('Ümit Çelik');
    for (const position of person?.sidePositions.entries ?? []) {
      expect(hit?.content).toContain(position.organisatie);
      expect(hit?.content).toContain(position.functie);
    }
  });

  test('a tag such as q.q. is a word of its own in the index, not glued to the function before it', async () => {
    const holder = getPortal().people.find((p) =>
      p.sidePositions.entries.some((e) => e.qq && !e.ended),
    );
    const position = holder?.sidePositions.entries.find((e) => e.qq && !e.ended);
    expect(position).toBeDefined();
    const [hit] = (await search.search(holder?.fullName ?? '', {}, 5)).filter(
      (h) => h.url === personPath(holder?.id ?? ''),
    );
    expect(hit?.content).toContain(`${position?.functie} q.q.`);
  });
});

describe('register entries are found when the search is narrowed to a register', () => {
  test('a side position at its permalink, from the side positions’ index', async () => {
    const urls = await top3('akkerbouwbedrijf celik', { register: REGISTERS.nevenfuncties.title });
    expect(urls).toContain(
      '/personen/umit-celik/#nevenfunctie-eigenaar-akkerbouwbedrijf-celik-klaverdam',
    );
  });

  test('without such a filter, no register entry is a result (they stay in their own index)', async () => {
    const types = new Set((await search.search('zorggroep', {}, 50)).map((hit) => hit.soort));
    expect(types.has('Organisatie')).toBe(true);
    for (const entryType of ['Nevenfunctie', 'Financieel belang', 'Geschenk'])
      expect(types.has(entryType)).toBe(false);
  });

  test("officials' functions are found without a filter and with their register (both from the pages index)", async () => {
    const url = '/registers/nevenwerkzaamheden-ambtenaren/#functie-directeur-mobiliteit';
    expect(await top3('directeur mobiliteit')).toContain(url);
    expect(
      await top3('directeur mobiliteit', { register: REGISTERS.nevenwerkzaamheden.title }),
    ).toContain(url);
  });
});

describe('results say what they are', () => {
  test('a person, an organisation, a side position and a gift are labelled as such, with a snippet', async () => {
    const [person] = await search.search('umit celik');
    expect(person).toMatchObject({
      url: '/personen/umit-celik/',
      title: 'Ümit Çelik',
      soort: 'Persoon',
    });
    expect(person?.excerpt).toContain('<mark>');
    const [organisation] = await search.search('zorggroep wilgenrade');
    expect(organisation).toMatchObject({ soort: 'Organisatie', title: 'Zorggroep Wilgenrade' });
    expect(organisation?.context).toMatch(/nevenfunctie/);
    const position = (
      await search.search('akkerbouwbedrijf celik', { register: REGISTERS.nevenfuncties.title }, 3)
    ).find((hit) => hit.soort === 'Nevenfunctie');
    expect(position?.context).toContain('Ümit Çelik');
    const [gift] = await search.search('kerstpakket', { register: REGISTERS.geschenken.title });
    expect(gift?.soort).toBe('Geschenk');
    expect(gift?.url).toMatch(/^\/registers\/geschenken\/#geschenk-/);
  });
});

describe('filters narrow results to exactly the matching records', () => {
  test('paid side positions of one fractie: every one of them, nothing else', async () => {
    const portal = getPortal();
    const fractie = 'Liberaal Platform';
    // A side position is filed under the fractie at its own date (src/lib/record-role.ts).
    const expected = portal.sidePositions.filter(
      (p) => p.bezoldiging === 'bezoldigd' && p.role.fractieInfo?.naam === fractie,
    );
    const filters = { register: REGISTERS.nevenfuncties.title, fractie, bezoldiging: 'Bezoldigd' };
    expect(expected.length).toBeGreaterThan(0);
    expect(await search.count(null, filters)).toBe(expected.length);
    for (const hit of await search.search(null, filters, 10)) {
      expect(hit.soort).toBe('Nevenfunctie');
      expect(hit.filters['fractie']).toContain(fractie);
    }
  });

  test('ended side positions: as many as the register holds', async () => {
    const ended = getPortal().sidePositions.filter((p) => p.ended).length;
    expect(ended).toBeGreaterThan(0);
    expect(
      await search.count(null, { register: REGISTERS.nevenfuncties.title, status: 'Beëindigd' }),
    ).toBe(ended);
  });

  test('gifts of one year', async () => {
    const year = '2025';
    const gifts = getPortal().gifts.filter((g) => g.datum.startsWith(year)).length;
    expect(await search.count(null, { register: REGISTERS.geschenken.title, jaar: year })).toBe(
      gifts,
    );
  });

  test('each register’s index holds every entry of that register, and nothing else', async () => {
    const portal = getPortal();
    const registers = [
      [REGISTERS.nevenfuncties.title, portal.sidePositions.length, ['Nevenfunctie']],
      [REGISTERS.financieleBelangen.title, portal.interests.length, ['Financieel belang']],
      [REGISTERS.geschenken.title, portal.gifts.length, ['Geschenk', 'Uitnodiging', 'Reis']],
    ] as const;
    for (const [register, entries, types] of registers) {
      expect(entries, register).toBeGreaterThan(0);
      expect(await search.count(null, { register }), register).toBe(entries);
      for (const hit of await search.search(null, { register }, 20))
        expect(types, `${register}: ${hit.url}`).toContain(hit.soort);
    }
    const trips = portal.gifts.filter((g) => g.soort === 'reis').length;
    expect(await search.count(null, { register: REGISTERS.geschenken.title, soort: 'Reis' })).toBe(
      trips,
    );
  });

  test('a year alone: every side position, interest and gift of that year, from the register indexes together', async () => {
    const portal = getPortal();
    const year = '2025';
    const positions = portal.sidePositions.filter((p) =>
      getActiveYears(p, portal.today).includes(year),
    ).length;
    const interests = portal.interests.filter((i) =>
      getActiveYears(i, portal.today).includes(year),
    ).length;
    const gifts = portal.gifts.filter((g) => g.datum.startsWith(year)).length;
    expect(Math.min(positions, interests, gifts)).toBeGreaterThan(0);
    expect(await search.count(null, { jaar: year })).toBe(positions + interests + gifts);
    const types = new Set(
      (await search.search(null, { jaar: year }, positions + interests + gifts)).map(
        (hit) => hit.soort,
      ),
    );
    for (const type of ['Nevenfunctie', 'Financieel belang', 'Geschenk'])
      expect(types.has(type), type).toBe(true);
    // Current entries of that year: gifts have no status, so only positions and interests.
    const current =
      portal.sidePositions.filter((p) => !p.ended && getActiveYears(p, portal.today).includes(year))
        .length +
      portal.interests.filter((i) => !i.ended && getActiveYears(i, portal.today).includes(year))
        .length;
    expect(await search.count(null, { jaar: year, status: 'Huidig' })).toBe(current);
  });

  test('filters no entry can match together find nothing', async () => {
    expect(
      await search.count(null, { register: REGISTERS.nevenfuncties.title, soort: 'Geschenk' }),
    ).toBe(0);
  });

  test('the body filter: every Commissaris van de Koning, current and former', async () => {
    const expected = getPortal()
      .people.filter((p) => p.roles.some((r) => r.functie === 'commissaris'))
      .map((p) => `/personen/${p.id}/`);
    const hits = await search.search(null, { orgaan: 'CdK', soort: 'Persoon' }, 10);
    expect(hits.map((h) => h.url).sort()).toEqual(expected.sort());
  });

  test("officials' functions, all of them and only by function title", async () => {
    const officials = getPortal().officials;
    expect(await search.count(null, { orgaan: 'Ambtenaren', soort: 'Functie (ambtenaar)' })).toBe(
      officials.length,
    );
  });
  test('every page marked for search is in the pages index, and lies in a folder the indexer reads', async () => {
    const marked = listFiles()
      .filter(
        (file) => file.endsWith('.html') && readHtml(`/${file}`).includes('data-pagefind-body'),
      )
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(marked.length).toBeGreaterThan(getPortal().people.length);
    for (const page of marked) expect(isSearchablePath(page), page).toBe(true);
    // Each page and official's function carries one "soort" (overview pages such as the statistics
    // carry none, so that the filter does not offer them): the counts add up to the index.
    const overviews = marked.filter(
      (page) =>
        getPageSearchFacets(page, nl)?.filters.soort === undefined &&
        !/^\/(personen|organisaties)\//.test(page),
    );
    const counts = Object.values((await search.filters('pages'))['soort'] ?? {});
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(
      marked.length - overviews.length + getPortal().officials.length,
    );
  });
});
