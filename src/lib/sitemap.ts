/**
 * The sitemap and robots.txt: which pages exist, written for search engines. `/sitemap.xml` is a
 * sitemap index that lists the sitemap files `/sitemap-1.xml`, `/sitemap-2.xml`, ..., each with up
 * to the number of pages the caller gives (src/pages/_sitemap-files.ts): sitemaps.org allows at
 * most 50,000 addresses and 50 MB in one file, and a national-size site has 84,000 pages (41 MB in
 * one file).
 */
import { createHash } from 'node:crypto';
import { getAlternatePaths } from './locales.ts';

/**
 * A page route as a file under src/pages, as import.meta.glob names it: relative to the folder of
 * routes (`./personen/[id].astro`) or through it (`../pages/personen/[id].astro`).
 */
export interface PageRoute {
  file: string;
  /** Parameter sets from the page's getStaticPaths; undefined for a page without parameters. */
  params?: readonly Readonly<Record<string, string | number | undefined>>[] | undefined;
}

/**
 * The URL paths of a page route: `personen/[id].astro` with `{ id: 'x' }` becomes `/personen/x/`.
 * Error pages (404, 500) and files starting with `_` are not pages to list.
 */
export function routeToPaths(route: PageRoute): string[] {
  const relative = route.file
    .replace(/^(?:.*?\/pages\/|\.\/)/, '')
    .replace(/\.(astro|md|mdx|html)$/, '');
  const segments = relative.split('/').filter((s) => s !== 'index');
  if (segments.some((s) => s.startsWith('_')) || /^(404|500)$/.test(segments.join('/'))) return [];
  const dynamic = segments.some((s) => s.includes('['));
  if (!dynamic) return [toPagePath(segments)];
  return (route.params ?? []).map((params) =>
    toPagePath(
      segments
        .map((segment) =>
          segment.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
            const value = params[name];
            return value === undefined ? '' : String(value);
          }),
        )
        .filter((s) => s !== ''),
    ),
  );
}

function toPagePath(segments: readonly string[]): string {
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One file of the sitemap: its number (from 1), its pages and a digest of what it lists. */
export interface SitemapFile {
  number: number;
  paths: readonly string[];
  /** Pages of the whole site, to tell which of these pages have a page in the other language. */
  site: ReadonlySet<string>;
  /** Changes when the file's content would: its pages and which of them have alternates. */
  key: string;
}

/** Whether the page at `path` exists in Dutch and in English on a site of `all` pages. */
function hasAlternates(path: string, all: ReadonlySet<string>): boolean {
  const alternates = getAlternatePaths(path);
  return all.has(alternates.nl) && all.has(alternates.en);
}

/** The site's `paths` sorted, each once, and split into sitemap files of `size` pages. */
export function splitSitemap(paths: readonly string[], size: number): SitemapFile[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`PORTAL_SITEMAP_SIZE: expected a whole number of at least 1, got ${size}`);
  const site = new Set(paths);
  const sorted = [...site].sort();
  const files: SitemapFile[] = [];
  for (let start = 0; start < sorted.length; start += size) {
    const part = sorted.slice(start, start + size);
    const digest = createHash('sha256');
    for (const p of part) digest.update(`${p}${hasAlternates(p, site) ? ' +' : ''}\n`);
    files.push({ number: files.length + 1, paths: part, site, key: digest.digest('base64url') });
  }
  return files;
}

/** The address of sitemap file `number`. */
export const sitemapFilePath = (number: number): string => `/sitemap-${number}.xml`;

/** The sitemap index at /sitemap.xml: the address of each of `count` sitemap files. */
export function buildSitemapIndexXml(site: URL | string, count: number): string {
  const files = Array.from(
    { length: count },
    (_, i) =>
      `  <sitemap><loc>${escapeXml(new URL(sitemapFilePath(i + 1), site).href)}</loc></sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files,
    '</sitemapindex>',
    '',
  ].join('\n');
}

/**
 * A sitemaps.org sitemap of `paths` on `site`, sorted, each once. A page that exists in Dutch and
 * English lists both (and Dutch as x-default) as `xhtml:link` alternates, as Google documents;
 * `all` is every page of the site, when `paths` is one file of a larger sitemap.
 */
export function buildSitemapXml(
  site: URL | string,
  paths: readonly string[],
  all: ReadonlySet<string> = new Set(paths),
): string {
  const unique = new Set(paths);
  const href = (p: string): string => escapeXml(new URL(p, site).href);
  const urls = [...unique].sort().map((p) => {
    const alternates = getAlternatePaths(p);
    if (!hasAlternates(p, all)) return `  <url><loc>${href(p)}</loc></url>`;
    const links = [
      `<xhtml:link rel="alternate" hreflang="nl" href="${href(alternates.nl)}"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${href(alternates.en)}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${href(alternates.nl)}"/>`,
    ];
    return `  <url><loc>${href(p)}</loc>${links.join('')}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be indexed; the sitemap says where the pages are. */
export function buildRobotsTxt(site: URL | string): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${new URL('/sitemap.xml', site).href}`,
    '',
  ].join('\n');
}
