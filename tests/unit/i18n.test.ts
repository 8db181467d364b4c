import { describe, expect, test } from 'vitest';
import { bodyContext, en } from './dictionaries.ts';
import { english } from '../../src/i18n/en.ts';
import { dutch } from '../../src/i18n/nl.ts';
import { getI18n } from '../../src/i18n/index.ts';
import {
  getAlternatePaths,
  localizePath,
  stripLocale,
  toLocale,
  withLocales,
} from '../../src/lib/locales.ts';
import { nl } from './dictionaries.ts';
import { formatDate, formatQuarter } from '../../src/lib/dates.ts';
import { formatEuro, formatInteger } from '../../src/lib/format.ts';
import { getRegisters } from '../../src/registers/index.ts';

/** Every key path of a dictionary, with the kind of value at it. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}:function/${value.length}`];
  if (Array.isArray(value)) return [`${prefix}:array`];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
  return [`${prefix}:${typeof value}`];
}

/** Every string an entry gives, with functions called on sample values. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, () => 2);
    try {
      return strings((value as (...a: unknown[]) => unknown)(...args));
    } catch {
      return strings((value as (...a: unknown[]) => unknown)(...args.map(() => 'X')));
    }
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('the English dictionary', () => {
  test('has every key of the Dutch one, with the same kind of value and arity', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  test('has no empty text where the Dutch has text', () => {
    const empty = shape(nl)
      .map((entry) => entry.split(':')[0] ?? '')
      .filter((key) => {
        const get = (dict: unknown): unknown =>
          key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], dict);
        return get(nl) !== '' && get(en) === '';
      });
    expect(empty).toEqual([]);
  });

  test('is written in English: no text is left the same as the Dutch, apart from names', () => {
    // Words that are the same in both languages, and code (column names, values, URL patterns).
    const same = new Set([
      'Home',
      'Register',
      'Registers',
      'Open data',
      'Filters',
      'Status',
      'Website',
      'Trends',
      'JSON',
      'Demo:',
      'Privacy',
      'Dataset',
      'Letters',
      'Excel (XLSX)',
      'per week',
      'sector',
      'Score',
      'Webinars',
    ]);
    // The bodies' abbreviations are the search filter's values in either language.
    for (const abbreviation of Object.values(nl.searchIndex.bodies).filter(
      (b) => b !== nl.searchIndex.bodies.ambtenaren,
    ))
      same.add(abbreviation);
    const code = /^(ja|nee|true|false|null|permalink|on_behalf_of_id|bron|\/.*<id>.*)$/;
    const nlStrings = new Set(strings(nl));
    const untranslated = strings(en).filter(
      (s) =>
        nlStrings.has(s) &&
        s !== en.lang &&
        !same.has(s) &&
        !code.test(s) &&
        !/^[\d\s()X,.–·:-]*$/.test(s),
    );
    expect(untranslated).toEqual([]);
  });

  test('labels every schema value in both languages', () => {
    expect(shape(en.labels)).toEqual(shape(nl.labels));
    expect(getI18n('en').labels.payment.bezoldigd).toBe('Paid');
    expect(getI18n('nl').labels).toEqual(nl.labels);
  });

  test('explains every register in English, under /en/', () => {
    const registers = getRegisters('en', 'provincie');
    for (const [key, register] of Object.entries(getRegisters('nl', 'provincie'))) {
      const english = registers[key as keyof typeof registers];
      expect(english.path).toBe(`/en${register.path}`);
      for (const field of ['title', 'summary', 'who'] as const)
        expect(english[field]).not.toBe(register[field]);
    }
  });
});

describe('the dictionaries of each kind of body', () => {
  // The words that give a kind of body away, in either language.
  const VOCABULARY = {
    provincie: /provinci|staten|gedeputeerde|commissaris|king's commissioner|\b(PS|GS|CdK)\b/i,
    gemeente: /gemeente|municipal|raadslid|raadsleden|wethouder|alderm[ae]n|burgemeester|mayor/i,
    waterschap:
      /waterschap|water board|dijkgraaf|algemeen bestuur|dagelijks bestuur|general board/i,
  } as const;
  const BODIES = {
    provincie: bodyContext({ soort: 'provincie', naam: 'Zilverland' }),
    gemeente: bodyContext({ soort: 'gemeente', naam: 'Ravensmeer' }),
    waterschap: bodyContext({ soort: 'waterschap', naam: 'Zilverwaard' }),
  };

  for (const [kind, body] of Object.entries(BODIES)) {
    test(`a ${kind} speaks of no other kind of body`, () => {
      const texts = [...strings(dutch(body)), ...strings(english(body))];
      for (const [other, words] of Object.entries(VOCABULARY)) {
        if (other === kind) continue;
        expect(texts.filter((text) => words.test(text))).toEqual([]);
      }
    });
  }

  test('names the organs of the body in both languages', () => {
    const municipality = dutch(BODIES.gemeente);
    expect(municipality.bodies).toEqual({
      member: 'Gemeenteraad',
      executive: 'College van burgemeester en wethouders',
      chair: 'Burgemeester',
    });
    expect(municipality.labels.office.executive).toBe('Wethouder');
    expect(english(BODIES.waterschap).layout.siteName).toBe(
      'Integrity portal, Zilverwaard Water Board',
    );
  });
});

describe('formatting per locale', () => {
  test('dates: 12 maart 2025 and 12 March 2025', () => {
    expect(formatDate('2025-03-12', 'nl')).toBe('12 maart 2025');
    expect(formatDate('2025-03-12', 'en')).toBe('12 March 2025');
  });

  test('quarters: 1e kwartaal 2025 and Q1 2025', () => {
    expect(formatQuarter('2025-K1', 'nl')).toBe('1e kwartaal 2025');
    expect(formatQuarter('2025-K1', 'en')).toBe('Q1 2025');
  });

  test('money: € 1.234,50 and €1,234.50; whole amounts without cents', () => {
    // Intl writes a no-break space after the Dutch euro sign.
    expect(formatEuro(1234.5)).toBe('€\u00a01.234,50');
    expect(formatEuro(1234.5, 'en')).toBe('€1,234.50');
    expect(formatEuro(50, 'en')).toBe('€50');
  });

  test('numbers: 1.234 and 1,234', () => {
    expect(formatInteger(1234)).toBe('1.234');
    expect(formatInteger(1234, 'en')).toBe('1,234');
  });

  test('getI18n formats in the page language and defaults to Dutch', () => {
    expect(getI18n('en').date('2024-12-01')).toBe('1 December 2024');
    expect(getI18n(undefined).date('2024-12-01')).toBe('1 december 2024');
    expect(getI18n('en').contentLang).toBe('nl');
    expect(getI18n('nl').contentLang).toBeUndefined();
  });
});

describe('URLs per locale', () => {
  test('Dutch paths stay as they are; English ones get /en', () => {
    expect(localizePath('/personen/x/', 'nl')).toBe('/personen/x/');
    expect(localizePath('/personen/x/#nevenfunctie-a', 'en')).toBe(
      '/en/personen/x/#nevenfunctie-a',
    );
    expect(localizePath('/', 'en')).toBe('/en/');
    expect(localizePath('/en/personen/', 'nl')).toBe('/personen/');
  });

  test('downloads, the feed, external links and fragments are not prefixed', () => {
    expect(localizePath('/data/geschenken.csv', 'en')).toBe('/data/geschenken.csv');
    expect(localizePath('/wijzigingen/feed.xml', 'en')).toBe('/wijzigingen/feed.xml');
    expect(localizePath('https://example.org/', 'en')).toBe('https://example.org/');
    expect(localizePath('#top', 'en')).toBe('#top');
  });

  test('alternates of a page in either language', () => {
    expect(getAlternatePaths('/en/registers/geschenken/')).toEqual({
      nl: '/registers/geschenken/',
      en: '/en/registers/geschenken/',
    });
    expect(getAlternatePaths('/')).toEqual({ nl: '/', en: '/en/' });
    expect(stripLocale('/en/')).toBe('/');
    expect(stripLocale('/energie/')).toBe('/energie/');
  });

  test('toLocale falls back to Dutch', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('fr')).toBe('nl');
    expect(toLocale(undefined)).toBe('nl');
  });

  test('withLocales gives every path once per language, sharing props', () => {
    const props = { big: [1, 2, 3] };
    const paths = withLocales([{ params: { id: 'a' }, props }]);
    expect(paths.map((p) => p.params)).toEqual([
      { id: 'a', lang: undefined },
      { id: 'a', lang: 'en' },
    ]);
    expect(paths[1]?.props).toBe(props);
  });
});
