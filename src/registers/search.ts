/**
 * The search records of the registers, read from their definitions (RegisterDefinition.search).
 * Every function takes the index's words: the Dutch dictionary's (src/data/search.ts).
 */
import type { Portal } from '../data/portal.ts';
import {
  getFilterOptions,
  getOrganisationFacets,
  getPersonFacets,
  officialRecord,
  type FilterOptions,
  type SearchFilters,
  type SearchRecord,
  type SearchWords,
} from '../data/search.ts';
import { REGISTER_INDEXES, type RegisterIndexName } from '../lib/search-options.ts';
import { REGISTER_DEFINITIONS, REGISTER_LIST, REGISTERS } from './index.ts';

/** Every register entry's record: the register indexes' records and officials' functions. */
export function buildSearchRecords(portal: Portal, words: SearchWords): SearchRecord[] {
  return [
    ...(Object.keys(REGISTER_INDEXES) as RegisterIndexName[]).flatMap((name) => [
      ...registerRecords(portal, name, words),
    ]),
    ...buildOfficialRecords(portal, words),
  ];
}

/**
 * The records of one register index (src/lib/search-options.ts), one at a time, for the indexer:
 * the 150,000 records of a national-size site (about 180 MB) then never exist all at once.
 */
export function* registerRecords(
  portal: Portal,
  name: RegisterIndexName,
  words: SearchWords,
): Generator<SearchRecord> {
  for (const definition of REGISTER_DEFINITIONS)
    if (definition.search?.index === name) yield* definition.search.records(portal, words);
}

/**
 * The register indexes that have entries: pagefind cannot search an index without any, so a
 * register without entries gets none, and the search page answers a search in it with no results.
 */
export function registerIndexesWithEntries(
  portal: Portal,
  words: SearchWords,
): RegisterIndexName[] {
  return (Object.keys(REGISTER_INDEXES) as RegisterIndexName[]).filter(
    (name) => !registerRecords(portal, name, words).next().done,
  );
}

/**
 * Officials' functions: in the pages index, because they have no page of their own and must be
 * found without choosing a register first; a search in their register uses the pages index.
 */
export function buildOfficialRecords(portal: Portal, words: SearchWords): SearchRecord[] {
  return portal.officials.map((official) =>
    officialRecord(official, REGISTERS.nevenwerkzaamheden, words),
  );
}

/** Every facet set in the index: pages and records together. */
export function getAllFacets(portal: Portal, words: SearchWords): SearchFilters[] {
  return [
    ...portal.people.map((p) => getPersonFacets(p, words)),
    ...portal.organisations.map((o) => getOrganisationFacets(o, words)),
    ...buildSearchRecords(portal, words).map((r) => r.filters),
  ];
}

const siteFilterOptions = new WeakMap<
  Portal,
  { withReports: boolean; words: SearchWords; options: FilterOptions[] }
>();

/**
 * The search page's filters: every value in the site's indexes, the annual reports' type when
 * there are reports. Worked out once per build (it goes over every record), not once per language.
 */
export function getSiteFilterOptions(
  portal: Portal,
  withReports: boolean,
  words: SearchWords,
): FilterOptions[] {
  const known = siteFilterOptions.get(portal);
  if (known?.withReports === withReports && known.words === words) return known.options;
  const facets = [
    ...getAllFacets(portal, words),
    ...(withReports ? [{ soort: [words.searchIndex.types.jaarverslag] }] : []),
  ];
  const options = getFilterOptions(
    facets,
    words,
    REGISTER_LIST.map((r) => r.title),
  );
  siteFilterOptions.set(portal, { withReports, words, options });
  return options;
}
