/** Every page type of the site, with one representative URL each, read from the built demo. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { BODY_DEFINITIONS } from '../../src/bodies/index.ts';
import { sharedSite, sharedSitePath } from '../shared-sites.ts';

/** The generated demos of the other kinds of body (tests/shared-sites.ts). */
export type KindDemo = 'gemeente' | 'waterschap';

export interface PageType {
  name: string;
  /** URL path on the demo site, the empty-registers site or the demo in pages of 5 rows ('paged'). */
  path: string;
  site: 'demo' | 'empty' | 'paged' | KindDemo;
  /** A selector that appears once the page's script has done its work (search results). */
  ready?: string;
}

function firstDir(dist: string, folder: string, except: string[] = []): string {
  const entry = readdirSync(path.join(dist, folder), { withFileTypes: true }).find(
    (e) => e.isDirectory() && !except.includes(e.name),
  );
  if (!entry) throw new Error(`No page under /${folder}/ in ${dist}`);
  return `/${folder}/${entry.name}/`;
}

/** The last page under /<folder>/ in name order: for editions, the latest (the one with changes). */
function lastDir(dist: string, folder: string): string {
  const names = readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const last = names.at(-1);
  if (last === undefined) throw new Error(`No page under /${folder}/ in ${dist}`);
  return `/${folder}/${last}/`;
}

/** The first organisation of the paged site whose page continues on a second page. */
function splitOrganisation(pagedDist: string): string {
  const id = readdirSync(path.join(pagedDist, 'organisaties'), { withFileTypes: true }).find(
    (e) =>
      e.isDirectory() &&
      existsSync(path.join(pagedDist, 'organisaties', e.name, '2', 'index.html')),
  )?.name;
  if (id === undefined) throw new Error(`No organisation page split in two in ${pagedDist}`);
  return `/organisaties/${id}/2/`;
}

/**
 * The page types every browser test runs over. `pagedDist` is only named here, not read: the
 * paged site may not be built yet when the tests are collected.
 */
export function getPageTypes(demoDist: string, pagedDist?: string): PageType[] {
  return [
    { name: 'home', path: '/', site: 'demo' },
    { name: 'Provinciale Staten', path: '/provinciale-staten/', site: 'demo' },
    { name: 'Gedeputeerde Staten', path: '/gedeputeerde-staten/', site: 'demo' },
    { name: 'commissaris', path: '/commissaris-van-de-koning/', site: 'demo' },
    { name: 'personen A-Z', path: '/personen/', site: 'demo' },
    { name: 'person', path: firstDir(demoDist, 'personen'), site: 'demo' },
    {
      name: "a person's gifts (more than their page lists)",
      path: '/personen/willemijn-van-hasselt-bremer/geschenken/',
      site: 'demo',
    },
    { name: 'register nevenfuncties', path: '/registers/nevenfuncties/', site: 'demo' },
    { name: 'register financiële belangen', path: '/registers/financiele-belangen/', site: 'demo' },
    { name: 'register geschenken', path: '/registers/geschenken/', site: 'demo' },
    {
      name: 'register ambtenaren',
      path: '/registers/nevenwerkzaamheden-ambtenaren/',
      site: 'demo',
    },
    { name: 'register neveninkomsten', path: '/registers/neveninkomsten/', site: 'demo' },
    { name: 'over de registers', path: '/over-de-registers/', site: 'demo' },
    { name: 'organisaties A-Z', path: '/organisaties/', site: 'demo' },
    { name: 'organisation', path: firstDir(demoDist, 'organisaties'), site: 'demo' },
    {
      name: 'search with results',
      path: '/zoeken/?q=berg',
      site: 'demo',
      ready: '#zoekresultaten li, [data-search-results] li',
    },
    { name: 'jaarverslagen', path: '/jaarverslagen/', site: 'demo' },
    { name: 'jaarverslag', path: firstDir(demoDist, 'jaarverslagen', ['trends']), site: 'demo' },
    { name: 'trends', path: '/jaarverslagen/trends/', site: 'demo' },
    { name: 'statistieken', path: '/statistieken/', site: 'demo' },
    { name: 'open data', path: '/open-data/', site: 'demo' },
    { name: 'toegankelijkheid', path: '/toegankelijkheid/', site: 'demo' },
    { name: 'wijzigingen', path: '/wijzigingen/', site: 'demo' },
    { name: 'edition', path: lastDir(demoDist, 'wijzigingen/nevenfuncties'), site: 'demo' },
    { name: 'actualiteit (checklist)', path: '/registers/actualiteit/', site: 'demo' },
    { name: '404', path: '/bestaat-niet/', site: 'demo' },
    // The English interface (/en/): same pages, English chrome, Dutch content marked lang="nl".
    { name: 'home (English)', path: '/en/', site: 'demo' },
    { name: 'person (English)', path: `/en${firstDir(demoDist, 'personen')}`, site: 'demo' },
    {
      name: 'register nevenfuncties (English)',
      path: '/en/registers/nevenfuncties/',
      site: 'demo',
    },
    { name: 'over de registers (English)', path: '/en/over-de-registers/', site: 'demo' },
    { name: 'empty gift register', path: '/registers/geschenken/', site: 'empty' },
    {
      name: 'empty officials register',
      path: '/registers/nevenwerkzaamheden-ambtenaren/',
      site: 'empty',
    },
    // Pages that continue a long list, with their page navigation (national size, here 5 rows a page).
    ...(pagedDist === undefined
      ? []
      : ([
          {
            name: 'register nevenfuncties, page 2',
            path: '/registers/nevenfuncties/2/',
            site: 'paged',
          },
          { name: 'Provinciale Staten, page 2', path: '/provinciale-staten/2/', site: 'paged' },
          { name: 'personen A-Z, page 2', path: '/personen/2/', site: 'paged' },
          // Read from the paged site when a test opens it: that site is built while the tests run (tests/shared-sites.ts).
          {
            name: 'organisation, page 2',
            get path() {
              return splitOrganisation(pagedDist);
            },
            site: 'paged',
          },
        ] satisfies PageType[])),
  ];
}

/** The first person of a built site with a page of all their gifts (more than their page lists). */
function personWithGiftPage(dist: string): string {
  const id = readdirSync(path.join(dist, 'personen'), { withFileTypes: true }).find(
    (e) => e.isDirectory() && existsSync(path.join(dist, 'personen', e.name, 'geschenken')),
  )?.name;
  if (id === undefined) throw new Error(`No person with a gift page in ${dist}`);
  return `/personen/${id}/geschenken/`;
}

/**
 * One page of each page type of the demo of another kind of body (issue #30), its organs at that
 * kind's addresses. Paths that depend on the built site are read when a test opens the page: the
 * site is built while the tests run (tests/shared-sites.ts).
 */
export function getKindPageTypes(site: KindDemo, dist: string): PageType[] {
  const { slugs } = BODY_DEFINITIONS[site];
  const types: PageType[] = [
    { name: 'home', path: '/', site },
    { name: 'council', path: `/${slugs.member}/`, site },
    { name: 'executive', path: `/${slugs.executive}/`, site },
    { name: 'chair', path: `/${slugs.chair}/`, site },
    { name: 'personen A-Z', path: '/personen/', site },
    {
      name: 'person',
      get path() {
        return firstDir(dist, 'personen');
      },
      site,
    },
    {
      name: "a person's gifts (more than their page lists)",
      get path() {
        return personWithGiftPage(dist);
      },
      site,
    },
    { name: 'register nevenfuncties', path: '/registers/nevenfuncties/', site },
    { name: 'register financiële belangen', path: '/registers/financiele-belangen/', site },
    { name: 'register geschenken', path: '/registers/geschenken/', site },
    { name: 'register ambtenaren', path: '/registers/nevenwerkzaamheden-ambtenaren/', site },
    { name: 'register neveninkomsten', path: '/registers/neveninkomsten/', site },
    { name: 'over de registers', path: '/over-de-registers/', site },
    { name: 'organisaties A-Z', path: '/organisaties/', site },
    {
      name: 'organisation',
      get path() {
        return firstDir(dist, 'organisaties');
      },
      site,
    },
    {
      name: 'search with results',
      path: '/zoeken/?q=berg',
      site,
      ready: '#zoekresultaten li, [data-search-results] li',
    },
    { name: 'jaarverslagen', path: '/jaarverslagen/', site },
    {
      name: 'jaarverslag',
      get path() {
        return firstDir(dist, 'jaarverslagen', ['trends']);
      },
      site,
    },
    { name: 'statistieken', path: '/statistieken/', site },
    { name: 'open data', path: '/open-data/', site },
    { name: 'toegankelijkheid', path: '/toegankelijkheid/', site },
    { name: 'wijzigingen', path: '/wijzigingen/', site },
    {
      name: 'edition',
      get path() {
        return lastDir(dist, 'wijzigingen/nevenfuncties');
      },
      site,
    },
    { name: 'actualiteit (checklist)', path: '/registers/actualiteit/', site },
    { name: '404', path: '/bestaat-niet/', site },
    { name: 'home (English)', path: '/en/', site },
    { name: 'council (English)', path: `/en/${slugs.member}/`, site },
    { name: 'chair (English)', path: `/en/${slugs.chair}/`, site },
  ];
  // Named after the site, so that a test's name says which demo failed (not spread: the getters
  // must stay getters).
  for (const type of types) type.name = `${site}: ${type.name}`;
  return types;
}

/** Every page type of the province's demo, and of the other kinds' demos (issue #30). */
export function getAllPageTypes(): PageType[] {
  return [
    ...getPageTypes(inject('demoSite'), sharedSitePath('paged')),
    ...getKindPageTypes('gemeente', sharedSitePath('gemeente')),
    ...getKindPageTypes('waterschap', sharedSitePath('waterschap')),
  ];
}

/** The folder of every site a page type is on (for `useBrowser`): waits for the shared ones to be built. */
export async function getPageTypeSites(): Promise<Record<PageType['site'], string>> {
  const [empty, paged, gemeente, waterschap] = await Promise.all([
    sharedSite('empty'),
    sharedSite('paged'),
    sharedSite('gemeente'),
    sharedSite('waterschap'),
  ]);
  return { demo: inject('demoSite'), empty, paged, gemeente, waterschap };
}
