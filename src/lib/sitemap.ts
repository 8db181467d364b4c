/** The sitemap and robots.txt: which pages exist, written for search engines. */
import { getAlternatePaths } from '../i18n/locales.ts';

/** A page route as a file under src/pages, e.g. `../pages/personen/[id].astro`. */
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
  const relative = route.file.replace(/^.*?\/pages\//, '').replace(/\.(astro|md|mdx|html)$/, '');
  const segments = relative.split('/').filter((s) => s !== 'index');
  if (segments.some((s) => s.startsWith('_')) || /^(404|500)$/.test(segments.join('/'))) return [];
  const dynamic = segments.some((s) => s.includes('['));
  if (!dynamic) return [toPagePath(segments)];
  return (route.params ?? []).map((params) =>
    toPagePath(
      segments.map((segment) =>
        segment.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
          const value = params[name];
          return value === undefined ? '' : String(value);
        }),
      ).filter((s) => s !== ''),
    ),
  );
}

function toPagePath(segments: readonly string[]): string {
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A sitemaps.org sitemap of `paths` on `site`, sorted, each once. A page that exists in Dutch and
 * English lists both (and Dutch as x-default) as `xhtml:link` alternates, as Google documents.
 */
export function buildSitemapXml(site: URL | string, paths: readonly string[]): string {
  const unique = new Set(paths);
  const href = (p: string): string => escapeXml(new URL(p, site).href);
  const urls = [...unique].sort().map((p) => {
    const alternates = getAlternatePaths(p);
    if (!unique.has(alternates.nl) || !unique.has(alternates.en)) return `  <url><loc>${href(p)}</loc></url>`;
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
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap.xml', site).href}`, ''].join('\n');
}
