/**
 * The files of the sitemap (src/lib/sitemap.ts): every HTML page, from the page routes and their
 * getStaticPaths, split into files. Worked out once per content: the sitemap index and the
 * sitemap files' route both ask for them. It reads the routes, so it lives with them; the `_`
 * keeps Astro from taking it for a route.
 */
import { getPortal } from '../data/index.ts';
import { routeToPaths, splitSitemap, type SitemapFile } from '../lib/sitemap.ts';

/** Pages per sitemap file (about 5 MB with their language alternates); PORTAL_SITEMAP_SIZE sets another number (tests). */
export const SITEMAP_SIZE = Number(process.env['PORTAL_SITEMAP_SIZE'] ?? '') || 10_000;

interface PageModule {
  getStaticPaths?: () =>
    | { params: Record<string, string | number | undefined> }[]
    | Promise<{ params: Record<string, string | number | undefined> }[]>;
}

const pages = import.meta.glob<PageModule>('./**/*.astro', { eager: true });

async function collect(): Promise<SitemapFile[]> {
  const paths: string[] = [];
  for (const [file, page] of Object.entries(pages)) {
    const params = page.getStaticPaths
      ? (await page.getStaticPaths()).map((p) => p.params)
      : undefined;
    paths.push(...routeToPaths({ file, params }));
  }
  return splitSitemap(paths, SITEMAP_SIZE);
}

let made: { portal: object; files: Promise<SitemapFile[]> } | undefined;

/** The sitemap's files for the current content. */
export function getSitemapFiles(): Promise<SitemapFile[]> {
  const portal = getPortal();
  if (made?.portal !== portal) made = { portal, files: collect() };
  return made.files;
}
