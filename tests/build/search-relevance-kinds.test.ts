/**
 * Relevance of search on the municipality's and the water board's demos (issue #30), through the
 * same engine as tests/build/search-relevance.test.ts (the province's demo): a surname finds its
 * person's page first, an organisation's name finds its page first.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { foldDiacritics } from '../../src/lib/dutch-names.ts';
import { organisationPath, personPath } from '../../src/lib/paths.ts';
import type { BodyKind } from '../../src/schemas/body.ts';
import { getDemo, type Demo } from './demos.ts';
import { searchSite, type SearchEngine } from './search-engine.ts';

/** Queries as people type them (no accents), and the page each must find first. */
const CASES: Record<Exclude<BodyKind, 'provincie'>, [string, string][]> = {
  gemeente: [
    ['hegedus', personPath('eleonora-hegedus')],
    ['yildiz', personPath('yasemin-yildiz')],
    ['smeenk', personPath('ingrid-smeenk')],
    ['stichting welzijn ravensmeer', organisationPath('stichting-welzijn-ravensmeer')],
    ['volkstuinvereniging brakkenveen', organisationPath('volkstuinvereniging-brakkenveen')],
  ],
  waterschap: [
    // Here "hegedus" alone finds Melkveebedrijf Hegedüs first: the full name finds her.
    ['eleonora hegedus', personPath('eleonora-hegedus')],
    ['zijlstra', personPath('zoe-zijlstra-nguyen')],
    ['joris van dijk', personPath('joris-van-dijk')],
    ['stichting dijkmuseum zilverwaard', organisationPath('stichting-dijkmuseum-zilverwaard')],
    [
      'samenwerkingsverband waterketen zilverhaven',
      organisationPath('samenwerkingsverband-waterketen-zilverhaven'),
    ],
  ],
};

const words = (text: string): string[] =>
  foldDiacritics(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/);

describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('the demo of a %s', (kind) => {
  let demo: Demo;
  let search: SearchEngine;
  const first = async (query: string): Promise<string | undefined> =>
    (await search.search(query, {}, 1))[0]?.url;

  beforeAll(async () => {
    demo = await getDemo(kind);
    search = await searchSite(demo.site);
  });

  test.each(CASES[kind])('"%s" finds %s first', async (query, expected) => {
    expect(await first(query)).toBe(expected);
  });

  test('every surname no other name shares finds its person’s page first', async () => {
    const { people, organisations } = demo.portal;
    const names = [
      ...people.map((p) => ({ id: p.id, words: words(p.fullName) })),
      ...organisations.map((o) => ({ id: `organisation ${o.id}`, words: words(o.name) })),
    ];
    const unique = people.filter((person) => {
      const surname = words(person.name.achternaam).join(' ');
      return !names.some(
        (other) => other.id !== person.id && ` ${other.words.join(' ')} `.includes(` ${surname} `),
      );
    });
    expect(unique.length).toBeGreaterThan(people.length / 2);
    const misses: string[] = [];
    for (const person of unique) {
      const query = foldDiacritics(person.name.achternaam).toLowerCase();
      const found = await first(query);
      if (found !== personPath(person.id)) misses.push(`"${query}" found ${String(found)} first`);
    }
    expect(misses).toEqual([]);
  });

  test('every organisation is among the first three results for its name', async () => {
    const misses: string[] = [];
    for (const organisation of demo.portal.organisations) {
      const query = foldDiacritics(organisation.name).toLowerCase();
      const urls = (await search.search(query, {}, 3)).map((hit) => hit.url);
      if (!urls.includes(organisationPath(organisation.id)))
        misses.push(`"${query}" found ${urls.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });
});
