/**
 * Hands each rendered page in the searchable folders to the search indexer while the site builds
 * (src/lib/search-feed.ts). Without a feed (the dev server, a rebuild that copies most pages from
 * the previous build) it passes every response through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { getSearchFeed } from './lib/search-feed.ts';
import { isSearchablePath } from './lib/search-options.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = getSearchFeed();
  if (feed === undefined || !isSearchablePath(context.url.pathname)) return response;
  const html = await response.text();
  await feed(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
