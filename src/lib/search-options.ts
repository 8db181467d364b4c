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

/**
 * The site has two pagefind indexes. The pages index (people, organisations, reports, officials'
 * functions) answers every search; the register index holds one record per side position,
 * interest and gift and loads only when a visitor narrows the search to register entries. At
 * national size (20,000 people) the register index has 150,000 records, and pagefind's metadata,
 * which every first query loads whole, grows with each record: kept apart, a first query costs a
 * third of what one index did.
 */
export const SEARCH_INDEX_PATHS = { pages: '/pagefind/', registers: '/pagefind-registers/' } as const;
export type SearchIndexName = keyof typeof SEARCH_INDEX_PATHS;

/**
 * The folders of the (Dutch) pages the pages index holds: BaseLayout refuses a searchable page
 * elsewhere, and the indexer reads only these folders, not the 80,000 other pages of a
 * national-size site (English twins, registers, lists).
 */
export const SEARCHABLE_FOLDERS = ['personen', 'organisaties', 'jaarverslagen', 'statistieken'] as const;

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
/** Values of the "soort" filter that are register entries (src/lib/search.ts, RESULT_TYPES). */
export const REGISTER_ENTRY_TYPES = ['Nevenfunctie', 'Financieel belang', 'Geschenk', 'Uitnodiging', 'Reis'] as const;

/** Which index answers a search with these filters: the register index as soon as one concerns register entries. */
export function chooseSearchIndex(filters: Readonly<Record<string, string>>): SearchIndexName {
  const soort = filters['soort'];
  const entryType = soort !== undefined && (REGISTER_ENTRY_TYPES as readonly string[]).includes(soort);
  return entryType || REGISTER_ENTRY_FILTERS.some((key) => (filters[key] ?? '') !== '') ? 'registers' : 'pages';
}
