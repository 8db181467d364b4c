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
