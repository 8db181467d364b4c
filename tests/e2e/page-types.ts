/** Every page type of the site, with one representative URL each, read from the built demo. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface PageType {
  name: string;
  /** URL path on the demo site, the empty-registers site or the demo in pages of 5 rows ('paged'). */
  path: string;
  site: 'demo' | 'empty' | 'paged';
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
