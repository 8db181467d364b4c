/**
 * The site's languages and their URLs. Dutch is the default and has no prefix (`/personen/x/`);
 * English has the same path after `/en` (`/en/personen/x/`). Mirrors `i18n` in astro.config.mjs.
 * Pure functions, no Astro imports, so they are tested without a build.
 */

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** BCP 47 tags for Intl formatting: British English writes `12 March 2025` and `€1,234.50`. */
export const INTL_LOCALES: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** `Astro.currentLocale` (or any string) as one of the site's locales; Dutch when unknown. */
export function toLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/**
 * The `lang` parameter of every page route under src/pages/[...lang]/: undefined for Dutch (no
 * prefix), `en` for English.
 */
export function getLangParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** One parameter set per language, for pages without other parameters. */
export function getLocalePaths(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { lang: getLangParam(locale) } }));
}

/**
 * Every path of a page route in every language: the same params (and props, cacheKey) with a
 * `lang` parameter added. Props are shared, not copied, so the data is computed once.
 */
export function withLocales<P extends { params: Record<string, string | number | undefined> }>(
  paths: readonly P[],
): (P & { params: P['params'] & { lang: string | undefined } })[] {
  return LOCALES.flatMap((locale) =>
    paths.map((path) => ({ ...path, params: { ...path.params, lang: getLangParam(locale) } })),
  );
}

/** The locale a site path belongs to: `/en/…` is English, everything else Dutch. */
export function getPathLocale(path: string): Locale {
  return path === '/en' || path.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}

/** A site path without its language prefix: `/en/personen/x/` becomes `/personen/x/`. */
export function stripLocale(path: string): string {
  return getPathLocale(path) === 'en' ? path.slice(3) || '/' : path;
}

/**
 * A site path in a language: `/personen/x/#a` becomes `/en/personen/x/#a` for English. Only paths
 * to pages get a prefix: downloads (`/data/…`), the feed, the sitemap and other files exist once,
 * as do external links and fragments.
 */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const bare = stripLocale(path);
  if (locale === DEFAULT_LOCALE || !isPagePath(bare)) return bare;
  return `/en${bare}`;
}

/** True for paths of HTML pages: they end in `/` before any query or fragment. */
function isPagePath(path: string): boolean {
  const pathname = path.replace(/[?#].*$/, '');
  if (
    pathname.startsWith('/data/') ||
    pathname.startsWith('/admin/') ||
    pathname.startsWith('/pagefind/')
  )
    return false;
  return pathname.endsWith('/');
}

/** The same page in each language, for `hreflang` links and the language switch. */
export function getAlternatePaths(path: string): Record<Locale, string> {
  const bare = stripLocale(path);
  return { nl: bare, en: localizePath(bare, 'en') };
}
