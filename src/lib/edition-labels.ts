/**
 * How editions and their changes read on the site: values as text, field names, counts of changes.
 * The words are a dictionary's (src/i18n: `editions`, `labels`, `giftValue`), passed in.
 */
import { formatDate, isIsoDate, isPartialDate } from './dates.ts';
import { CHANGE_KINDS, type ChangeKind, type JsonValue } from './editions.ts';
import { formatEuro } from './format.ts';
import { formatGiftValue, type GiftValue, type GiftValueWords } from './gift-value.ts';
import type { Labels } from './labels.ts';
import type { Locale } from './locales.ts';

/** The words of editions in one language: a dictionary's `editions`. */
export interface EditionWords {
  /** A kind of change, as a heading ("Toegevoegd") and, lower-cased, in a count ("3 toegevoegd"). */
  changeKinds: Readonly<Record<ChangeKind, string>>;
  /** Field names in an edition, as a citizen reads them (`van` is "begindatum"). */
  fields: Readonly<Record<string, string>>;
  yes: string;
  no: string;
  /** Stated income of none ("geen"). */
  none: string;
  /** After a number of hours: "8 uur per maand". */
  hours: string;
  /** Before the date of a withdrawal: "op 1 maart 2026: …". */
  on: string;
  /** A count of changes when there are none. */
  noChanges: string;
}

/** What writing a field's value takes of a dictionary. */
export interface FieldTexts {
  labels: Pick<Labels, 'payment' | 'interestNature' | 'giftKind' | 'destination' | 'per'>;
  giftValue: GiftValueWords;
  editions: EditionWords;
}

function getEnumLabels(
  labels: FieldTexts['labels'],
): Record<string, Readonly<Record<string, string>>> {
  return {
    bezoldiging: labels.payment,
    aard: labels.interestNature,
    soort: labels.giftKind,
    bestemming: labels.destination,
  };
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields that hold an amount in euros as a number. */
const AMOUNT_FIELDS: ReadonlySet<string> = new Set(['bedrag', 'verrekend']);

/** Fields that hold dates, which may be partial (`2015`, `2015-03`). */
const DATE_FIELDS: ReadonlySet<string> = new Set(['van', 'tot', 'datum', 'besluitdatum']);

/** A field's value as text in a language: dates in words, euros, labels for codes; "–" when empty. */
export function formatFieldValue(
  field: string,
  value: JsonValue | undefined,
  texts: FieldTexts,
  locale: Locale,
): string {
  const words = texts.editions;
  const per: Readonly<Record<string, string>> = texts.labels.per;
  if (value === undefined || value === null) return '–';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (AMOUNT_FIELDS.has(field) && typeof value === 'number') return formatEuro(value, locale);
  if (field === 'inkomsten' && value === 'geen') return words.none;
  if (field === 'waarde' && (typeof value === 'number' || value === 'onbekend' || isObject(value)))
    return formatGiftValue(value as GiftValue, texts.giftValue, locale);
  if (typeof value === 'string') {
    const labels = getEnumLabels(texts.labels)[field];
    if (labels?.[value] !== undefined) return labels[value];
    // Dates as precise as written: "maart 2015" for 2015-03 in a date field.
    return isIsoDate(value) || (DATE_FIELDS.has(field) && isPartialDate(value))
      ? formatDate(value, locale)
      : value;
  }
  if (isObject(value)) {
    if (typeof value['bedrag'] === 'number' && typeof value['per'] === 'string')
      return `${formatEuro(value['bedrag'], locale)} ${per[value['per']] ?? value['per']}`;
    if (typeof value['uren'] === 'number' && typeof value['per'] === 'string')
      return `${value['uren']} ${words.hours} ${per[value['per']] ?? value['per']}`;
    if (typeof value['datum'] === 'string' && typeof value['reden'] === 'string')
      return `${words.on} ${formatDate(value['datum'], locale)}: ${value['reden']}`;
    if (typeof value['persoon'] === 'string') return value['persoon'];
    if (typeof value['functie'] === 'string') return value['functie'];
  }
  return JSON.stringify(value);
}

/** A field's name in the words' language; the field itself when it has none. */
export function formatFieldName(field: string, words: Pick<EditionWords, 'fields'>): string {
  return words.fields[field] ?? field;
}

/** "3 toegevoegd, 1 beëindigd, 2 gewijzigd", or "geen wijzigingen". */
export function formatChangeCounts(
  counts: Readonly<Record<ChangeKind, number>>,
  words: Pick<EditionWords, 'changeKinds' | 'noChanges'>,
): string {
  const parts = CHANGE_KINDS.filter((k) => counts[k] > 0).map(
    (k) => `${counts[k]} ${words.changeKinds[k].toLowerCase()}`,
  );
  return parts.length > 0 ? parts.join(', ') : words.noChanges;
}
