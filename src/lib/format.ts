/** Number and money formatting for the site's languages (nl-NL by default, en-GB on /en/). */
import { INTL_LOCALES, type Locale } from './locales.ts';

// Intl formatters are costly to create and used on every table row: one set per language.
const formatters = new Map<
  Locale,
  {
    euro: Intl.NumberFormat;
    euroWhole: Intl.NumberFormat;
    integer: Intl.NumberFormat;
    decimal: Intl.NumberFormat;
  }
>();

function getFormatters(locale: Locale) {
  let set = formatters.get(locale);
  if (!set) {
    const tag = INTL_LOCALES[locale];
    set = {
      euro: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }),
      euroWhole: new Intl.NumberFormat(tag, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }),
      integer: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
      decimal: new Intl.NumberFormat(tag, { maximumFractionDigits: 6 }),
    };
    formatters.set(locale, set);
  }
  return set;
}

/** `1234.5` becomes `€ 1.234,50` (English: `€1,234.50`); whole amounts drop the cents (`€ 50`). */
export function formatEuro(amount: number, locale: Locale = 'nl'): string {
  const { euro, euroWhole } = getFormatters(locale);
  return Number.isInteger(amount) ? euroWhole.format(amount) : euro.format(amount);
}

/** `1234` becomes `1.234` (English: `1,234`). */
export function formatInteger(value: number, locale: Locale = 'nl'): string {
  return getFormatters(locale).integer.format(value);
}

/** `1250` becomes `1.250`, `1.25` becomes `1,25` (English: `1,250`, `1.25`): any number, as written in text. */
export function formatNumber(value: number, locale: Locale = 'nl'): string {
  return getFormatters(locale).decimal.format(value);
}

/** Machine-readable amount for `<data value>`: a plain decimal with a dot. */
export function toDataValue(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}
