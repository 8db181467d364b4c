/**
 * Everything a page or component needs to write its interface in the page's language:
 * `const i = getI18n(Astro.currentLocale)`, then `i.t.nav.home`, `i.path('/personen/')`,
 * `i.date('2025-03-12')`, `i.labels.payment.bezoldigd`, `i.registers.geschenken.title`.
 */
import { formatDate, formatQuarter } from '../lib/dates.ts';
import { formatEuro, formatInteger } from '../lib/format.ts';
import type { Labels } from '../lib/labels.ts';
import { getRegisterList, getRegisters, type RegisterInfo } from '../registers/index.ts';
import type { OfficeRole } from '../schemas/body.ts';
import type { RegisterKey } from '../schemas/site.ts';
import { getBody } from '../data/index.ts';
import { english } from './en.ts';
import { localizePath, toLocale, type Locale } from '../lib/locales.ts';
import { dutch, type BodyContext, type Dictionary } from './nl.ts';

export type { BodyContext, Dictionary } from './nl.ts';
// The languages and their paths are pure functions in lib; pages read them from here.
export * from '../lib/locales.ts';

/** How each language's dictionary is made from the body's words. */
export const DICTIONARY_BUILDERS: Record<Locale, (body: BodyContext) => Dictionary> = {
  nl: dutch,
  en: english,
};

/** The interface texts of a language for a body; `getI18n` gives those of the site's body. */
export function getDictionary(body: BodyContext, locale: Locale): Dictionary {
  return DICTIONARY_BUILDERS[locale](body);
}

/**
 * The words of the search index and its filters (src/data/search.ts): Dutch on every page, since
 * the index is built from the Dutch pages (src/lib/search-options.ts). Those of the site's body
 * unless `body` says another (tests, scripts that work on a content folder of their own).
 */
export function getSearchWords(body?: BodyContext): Dictionary {
  return body ? dutch(body) : getI18n('nl').t;
}

export interface I18n {
  locale: Locale;
  /** The interface texts. */
  t: Dictionary;
  labels: Labels;
  registers: Record<RegisterKey, RegisterInfo>;
  registerList: readonly RegisterInfo[];
  /** A site path in this language (`/personen/x/` → `/en/personen/x/`); files and external links unchanged. */
  path: (path: string) => string;
  /** The page of an organ in this language, at the body's own address: `/provinciale-staten/`, `/en/gemeenteraad/`. */
  organPath: (role: OfficeRole) => string;
  date: (iso: string) => string;
  quarter: (quarter: string) => string;
  euro: (amount: number) => string;
  integer: (value: number) => string;
  /** `lang="nl"` for Dutch content shown on a page in another language (WCAG 3.1.2), else nothing. */
  contentLang: 'nl' | undefined;
}

// Per locale and body: a build serves one body, but tests and `astro dev` may load another.
const cache = new Map<string, I18n>();

/** The interface of a language for the site's body (`getBody()`); pass `Astro.currentLocale`. */
export function getI18n(currentLocale: string | undefined): I18n {
  const locale = toLocale(currentLocale);
  const body = getBody();
  const key = `${locale} ${body.name.nl}`;
  let i18n = cache.get(key);
  if (!i18n) {
    const t = getDictionary(body, locale);
    i18n = {
      locale,
      t,
      labels: t.labels,
      registers: getRegisters(locale, body.kind),
      registerList: getRegisterList(locale, body.kind),
      path: (path) => localizePath(path, locale),
      organPath: (role) => localizePath(`/${body.definition.slugs[role]}/`, locale),
      date: (iso) => formatDate(iso, locale),
      quarter: (quarter) => formatQuarter(quarter, locale),
      euro: (amount) => formatEuro(amount, locale),
      integer: (value) => formatInteger(value, locale),
      contentLang: locale === 'nl' ? undefined : 'nl',
    };
    cache.set(key, i18n);
  }
  return i18n;
}
