/**
 * Options for pagefind, shared by the search page (src/client/search.ts) and the relevance test,
 * so both rank alike. Kept free of imports: the browser bundle includes this file.
 */
export const SEARCH_OPTIONS = {
  /** Words per result snippet. */
  excerptLength: 24,
  ranking: {
    // Register entries are a sentence long and people's and organisations' pages much longer: a
    // softer page-length penalty (pagefind's default is 0.75) lets the page about "Stichting X"
    // rank above a one-line entry that merely names it.
    pageLength: 0.5,
  },
} as const;

/** The folder that holds the register indexes, one subfolder each. */
export const REGISTER_INDEXES_PATH = '/pagefind-registers/';

/**
 * The site's pagefind indexes. The pages index (people, organisations, reports, officials'
 * functions) answers every search; each register's entries (one record per side position,
 * interest and gift) have an index of their own, which loads only when a visitor narrows the
 * search to that register's entries. At national size (20,000 people) the registers hold 150,000
 * records, and pagefind's metadata, which a first query loads whole, grows with each record: kept
 * apart, a first query costs a third of what one index did, and a search in one register loads
 * that register's records only (docs/benchmarks.md).
 */
export const SEARCH_INDEX_PATHS = {
  pages: '/pagefind/',
  nevenfuncties: `${REGISTER_INDEXES_PATH}nevenfuncties/`,
  'financiele-belangen': `${REGISTER_INDEXES_PATH}financiele-belangen/`,
  geschenken: `${REGISTER_INDEXES_PATH}geschenken/`,
} as const;
export type SearchIndexName = keyof typeof SEARCH_INDEX_PATHS;
export type RegisterIndexName = Exclude<SearchIndexName, 'pages'>;

/**
 * What each register index holds. `fixed`: filters every record of the index has with this one
 * value; they are left out of the index (a filter with one value would only cost a file as large
 * as the index's page list) and the index itself answers them. `filters`: the other filters its
 * records carry, with the only values they can have where that is known. Written out here, not
 * imported, because the browser bundle includes this file; tests/unit/search-options.test.ts
 * checks them against src/data/search.ts.
 */
export const REGISTER_INDEXES: Readonly<
  Record<
    RegisterIndexName,
    {
      fixed: Readonly<Record<string, string>>;
      filters: Readonly<Record<string, readonly string[] | 'any'>>;
    }
  >
> = {
  nevenfuncties: {
    fixed: { register: 'Nevenfuncties', soort: 'Nevenfunctie' },
    filters: { orgaan: 'any', fractie: 'any', bezoldiging: 'any', status: 'any', jaar: 'any' },
  },
  'financiele-belangen': {
    fixed: { register: 'Financiële belangen', soort: 'Financieel belang' },
    filters: { orgaan: 'any', fractie: 'any', status: 'any', jaar: 'any' },
  },
  geschenken: {
    fixed: { register: 'Geschenken en uitnodigingen' },
    filters: {
      soort: ['Geschenk', 'Uitnodiging', 'Reis'],
      orgaan: 'any',
      fractie: 'any',
      jaar: 'any',
    },
  },
};

/**
 * The folders of the (Dutch) pages the pages index holds: BaseLayout refuses a searchable page
 * elsewhere, and the indexer reads only these folders, not the 80,000 other pages of a
 * national-size site (English twins, registers, lists).
 */
export const SEARCHABLE_FOLDERS = [
  'personen',
  'organisaties',
  'jaarverslagen',
  'statistieken',
] as const;

/**
 * What the pages index leaves out of a page's words (pagefind's `excludeSelectors`, which cost no
 * bytes on the page, unlike `data-pagefind-ignore`): column headers, table captions (they repeat
 * the section's heading), dates, and when a person's declarations were confirmed. A search for a
 * name or an organisation never needed them, and the index chunk of a word on nearly every page,
 * such as "de", was the largest file of a first query. Two other sentences that every person page
 * repeats carry `data-pagefind-ignore`; organisation pages leave their tables out (DataTable's
 * `indexed`): the people listed there are found by their own pages.
 */
export const NOT_INDEXED_SELECTORS = ['thead', 'caption', 'time', '.tp-confirmation'] as const;

/** Whether `pathname` (a site path such as /personen/x/) lies in one of SEARCHABLE_FOLDERS. */
export function isSearchablePath(pathname: string): boolean {
  return SEARCHABLE_FOLDERS.some((folder) => pathname.startsWith(`/${folder}/`));
}

/** Filters that only register entries carry. */
export const REGISTER_ENTRY_FILTERS = ['register', 'bezoldiging', 'jaar'] as const;
/** Values of the "soort" filter that are register entries (src/data/search.ts, getResultTypes): those of the register indexes. */
export const REGISTER_ENTRY_TYPES: readonly string[] = Object.values(REGISTER_INDEXES).flatMap(
  ({ fixed, filters }) => {
    const carried = filters['soort'];
    return fixed['soort'] ?? (carried === undefined || carried === 'any' ? [] : carried);
  },
);
/** The register whose entries are officials' functions: they live in the pages index. */
export const OFFICIALS_REGISTER = 'Nevenwerkzaamheden ambtenaren';

/**
 * What the search page says by its results, in its language: a dictionary's `search.live`
 * (src/i18n), written into the page for src/client/search.ts. `{term}`, `{about}`, `{count}` and
 * `{title}` are filled in there (src/lib/text-template.ts).
 */
export interface SearchPageTexts {
  unavailable: string;
  withFilters: string;
  forTerm: string;
  none: string;
  countOne: string;
  countOther: string;
  /** The type of a result that does not name its own. */
  page: string;
  foundOn: string;
}

/** How to answer a search: which indexes, and the filters to give them. */
export interface SearchPlan {
  /** The indexes whose results make the answer; the first loads, the others are merged into it. Empty: no entry can match. */
  indexes: SearchIndexName[];
  /** The filters as the indexes know them: those an index answers by itself (its `fixed`) left out. */
  filters: Record<string, string>;
}

/**
 * The register indexes a site has, from its search page's `data-register-indexes` (the names
 * separated by spaces; src/components/search/SearchForm.astro writes it).
 */
export function parseRegisterIndexes(attribute: string | null | undefined): RegisterIndexName[] {
  const names = (attribute ?? '').split(' ');
  return (Object.keys(REGISTER_INDEXES) as RegisterIndexName[]).filter((name) =>
    names.includes(name),
  );
}

/** Whether a register index can hold entries that match every one of `filters`. */
function registerIndexMatches(
  name: RegisterIndexName,
  filters: Readonly<Record<string, string>>,
): boolean {
  const { fixed, filters: carried } = REGISTER_INDEXES[name];
  return Object.entries(filters).every(([key, value]) => {
    if (key in fixed) return fixed[key] === value;
    const values = carried[key];
    return values === 'any' || (values !== undefined && values.includes(value));
  });
}

/**
 * Which indexes answer a search with these filters. Without a filter that concerns register
 * entries, the pages index (it also holds officials' functions, the fourth register). Otherwise
 * every register index whose entries can match them all: one for a register or an entry type,
 * several for a year or a status alone (merged on the search page with pagefind's mergeIndex).
 * `present`: the register indexes the site has (a register without entries has none). Empty
 * filter values count as none.
 */
export function planSearch(
  filters: Readonly<Record<string, string>>,
  present: readonly RegisterIndexName[] = Object.keys(REGISTER_INDEXES) as RegisterIndexName[],
): SearchPlan {
  const given = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
  const soort = given['soort'];
  const entries =
    (soort !== undefined && REGISTER_ENTRY_TYPES.includes(soort)) ||
    REGISTER_ENTRY_FILTERS.some((key) => given[key] !== undefined);
  if (!entries || given['register'] === OFFICIALS_REGISTER)
    return { indexes: ['pages'], filters: given };
  const indexes = (Object.keys(REGISTER_INDEXES) as RegisterIndexName[]).filter(
    (name) => present.includes(name) && registerIndexMatches(name, given),
  );
  // A given filter that one chosen index answers by itself is answered by all of them: the
  // indexes' fixed values differ, so an index that carries the filter instead cannot also match.
  const answered = (key: string): boolean =>
    indexes.some((name) => key in REGISTER_INDEXES[name].fixed);
  return {
    indexes,
    filters: Object.fromEntries(Object.entries(given).filter(([key]) => !answered(key))),
  };
}
