/**
 * Everything a page or component needs to write its interface in the page's language:
 * `const i = getI18n(Astro.currentLocale)`, then `i.t.nav.home`, `i.path('/personen/')`,
 * `i.date('2025-03-12')`, `i.labels.payment.bezoldigd`, `i.registers.geschenken.title`.
 */
import { formatDate, formatQuarter } from '../lib/dates.ts';
import { formatEuro, formatInteger } from '../lib/format.ts';
import type { Labels } from '../lib/labels.ts';
import { getRegisterList, getRegisters, type RegisterInfo } from '../registers/index.ts';
import type { RegisterKey } from '../schemas/site.ts';
import { en } from './en.ts';
import { localizePath, toLocale, type Locale } from '../lib/locales.ts';
import { nl, type Dictionary } from './nl.ts';

export type { Dictionary } from './nl.ts';
// The languages and their paths are pure functions in lib; pages read them from here.
export * from '../lib/locales.ts';

export const DICTIONARIES: Record<Locale, Dictionary> = { nl, en };

/**
 * The words of the search index and its filters (src/data/search.ts): Dutch on every page, since
 * the index is built from the Dutch pages (src/lib/search-options.ts).
 */
export const SEARCH_WORDS: Dictionary = nl;

export interface I18n {
  locale: Locale;
  /** The interface texts. */
  t: Dictionary;
  labels: Labels;
  registers: Record<RegisterKey, RegisterInfo>;
  registerList: readonly RegisterInfo[];
  /** A site path in this language (`/personen/x/` → `/en/personen/x/`); files and external links unchanged. */
  path: (path: string) => string;
  date: (iso: string) => string;
  quarter: (quarter: string) => string;
  euro: (amount: number) => string;
  integer: (value: number) => string;
  /** `lang="nl"` for Dutch content shown on a page in another language (WCAG 3.1.2), else nothing. */
  contentLang: 'nl' | undefined;
}

const cache = new Map<Locale, I18n>();

/** The interface of a language; pass `Astro.currentLocale`. */
export function getI18n(currentLocale: string | undefined): I18n {
  const locale = toLocale(currentLocale);
  let i18n = cache.get(locale);
  if (!i18n) {
    i18n = {
      locale,
      t: DICTIONARIES[locale],
      labels: DICTIONARIES[locale].labels,
      registers: getRegisters(locale),
      registerList: getRegisterList(locale),
      path: (path) => localizePath(path, locale),
      date: (iso) => formatDate(iso, locale),
      quarter: (quarter) => formatQuarter(quarter, locale),
      euro: (amount) => formatEuro(amount, locale),
      integer: (value) => formatInteger(value, locale),
      contentLang: locale === 'nl' ? undefined : 'nl',
    };
    cache.set(locale, i18n);
  }
  return i18n;
}
