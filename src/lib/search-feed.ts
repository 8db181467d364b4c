/**
 * A channel from Astro's page rendering to the search indexer: during a cold build, scripts/build.ts
 * sets a feed that receives every rendered page in the searchable folders (src/middleware.ts), so
 * pagefind parses pages on the second core while Astro still renders, instead of reading all of
 * them from disk afterwards. Held on `globalThis` under a registered symbol, because Astro bundles
 * the middleware into a module of its own, in the same process.
 */
const KEY = Symbol.for('integriteitsportaal.search-feed');

/** Receives a rendered page; the promise settles when the page may be let go (back-pressure). */
export type SearchFeed = (pathname: string, html: string) => Promise<void>;

export function setSearchFeed(feed: SearchFeed | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = feed;
}

export function getSearchFeed(): SearchFeed | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as SearchFeed | undefined;
}
