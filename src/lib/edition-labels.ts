/** How editions and their changes read on the site: Dutch names of kinds and fields, values as text. */
import type { RegisterKey } from '../schemas/site.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatDate, isIsoDate, isPartialDate } from './dates.ts';
import type { ChangeKind, JsonValue } from './editions.ts';
import { formatEuro } from './format.ts';
import { formatGiftValue, type GiftValue } from './gift-value.ts';
import { getLabels } from './labels.ts';
import { getRegisterDefinition } from '../registers/index.ts';

/** A kind of change, as a heading ("Toegevoegd") and as a count ("3 toegevoegd"). */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  toegevoegd: 'Toegevoegd',
  beeindigd: 'Beëindigd',
  ingetrokken: 'Ingetrokken',
  gewijzigd: 'Gewijzigd',
  verdwenen: 'Verdwenen zonder einddatum',
};

/** The kinds of change in English, for /en/. */
export const CHANGE_KIND_LABELS_EN: Record<ChangeKind, string> = {
  toegevoegd: 'Added',
  beeindigd: 'Ended',
  ingetrokken: 'Withdrawn',
  gewijzigd: 'Changed',
  verdwenen: 'Gone without an end date',
};

/** The kinds of change in a language. */
export function getChangeKindLabels(locale: Locale): Record<ChangeKind, string> {
  return locale === 'en' ? CHANGE_KIND_LABELS_EN : CHANGE_KIND_LABELS;
}

/** Field names in an edition, as a citizen reads them. */
export const FIELD_LABELS: Record<string, string> = {
  organisatie: 'organisatie',
  functie: 'functie',
  bezoldiging: 'bezoldiging',
  vergoeding: 'vergoeding',
  qq: 'uit hoofde van het ambt (q.q.)',
  tijdsbesteding: 'tijdsbesteding',
  van: 'begindatum',
  tot: 'einddatum',
  ingetrokken: 'ingetrokken',
  reactie: 'reactie',
  toelichting: 'toelichting van de griffie',
  omschrijving: 'omschrijving',
  sector: 'sector',
  aard: 'aard',
  datum: 'datum ontvangen',
  ontvanger: 'ontvanger',
  gever: 'gever',
  gelegenheid: 'gelegenheid',
  waarde: 'waarde',
  soort: 'soort',
  bestemming: 'bestemming',
  besluitdatum: 'besluitdatum',
  afdeling: 'afdeling',
  schaal: 'schaal',
  beperkendeMaatregel: 'beperkende maatregel',
  jaar: 'jaar',
  nevenfunctie: 'nevenfunctie',
  inkomsten: 'inkomsten',
  bedrag: 'bruto inkomsten',
  verrekend: 'verrekend met de bezoldiging',
};

/** Field names in English, for /en/. */
export const FIELD_LABELS_EN: Record<string, string> = {
  organisatie: 'organisation',
  functie: 'position',
  bezoldiging: 'payment',
  vergoeding: 'remuneration',
  qq: 'by virtue of office (q.q.)',
  tijdsbesteding: 'time spent',
  van: 'start date',
  tot: 'end date',
  ingetrokken: 'withdrawn',
  reactie: 'comment',
  toelichting: 'note by the clerk’s office',
  omschrijving: 'description',
  sector: 'sector',
  aard: 'type',
  datum: 'date received',
  ontvanger: 'recipient',
  gever: 'giver',
  gelegenheid: 'occasion',
  waarde: 'value',
  soort: 'kind',
  bestemming: 'destination',
  besluitdatum: 'date of decision',
  afdeling: 'department',
  schaal: 'salary scale',
  beperkendeMaatregel: 'restriction',
  jaar: 'year',
  nevenfunctie: 'side position',
  inkomsten: 'income',
  bedrag: 'gross income',
  verrekend: 'deducted from the salary',
};

function getEnumLabels(locale: Locale): Record<string, Readonly<Record<string, string>>> {
  const labels = getLabels(locale);
  return { bezoldiging: labels.payment, aard: labels.interestNature, soort: labels.giftKind, bestemming: labels.destination };
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields that hold an amount in euros as a number. */
const AMOUNT_FIELDS: ReadonlySet<string> = new Set(['bedrag', 'verrekend']);

/** Fields that hold dates, which may be partial (`2015`, `2015-03`). */
const DATE_FIELDS: ReadonlySet<string> = new Set(['van', 'tot', 'datum', 'besluitdatum']);

/** A field's value as Dutch text: dates in words, euros, labels for codes; "–" when empty. */
export function formatFieldValue(field: string, value: JsonValue | undefined, locale: Locale = 'nl'): string {
  const en = locale === 'en';
  const per: Readonly<Record<string, string>> = getLabels(locale).per;
  if (value === undefined || value === null) return '–';
  if (typeof value === 'boolean') return value ? (en ? 'yes' : 'ja') : en ? 'no' : 'nee';
  if (AMOUNT_FIELDS.has(field) && typeof value === 'number') return formatEuro(value, locale);
  if (field === 'inkomsten' && value === 'geen') return en ? 'none' : 'geen';
  if (field === 'waarde' && (typeof value === 'number' || value === 'onbekend' || isObject(value))) return formatGiftValue(value as GiftValue, locale);
  if (typeof value === 'string') {
    const labels = getEnumLabels(locale)[field];
    if (labels?.[value] !== undefined) return labels[value];
    // Dates as precise as written: "maart 2015" for 2015-03 in a date field.
    return isIsoDate(value) || (DATE_FIELDS.has(field) && isPartialDate(value)) ? formatDate(value, locale) : value;
  }
  if (isObject(value)) {
    if (typeof value['bedrag'] === 'number' && typeof value['per'] === 'string') return `${formatEuro(value['bedrag'], locale)} ${per[value['per']] ?? value['per']}`;
    if (typeof value['uren'] === 'number' && typeof value['per'] === 'string') return `${value['uren']} ${en ? 'hours' : 'uur'} ${per[value['per']] ?? value['per']}`;
    if (typeof value['datum'] === 'string' && typeof value['reden'] === 'string') return `${en ? 'on' : 'op'} ${formatDate(value['datum'], locale)}: ${value['reden']}`;
    if (typeof value['persoon'] === 'string') return value['persoon'];
    if (typeof value['functie'] === 'string') return value['functie'];
  }
  return JSON.stringify(value);
}

/** A field's Dutch name. */
export function formatFieldName(field: string, locale: Locale = 'nl'): string {
  return (locale === 'en' ? FIELD_LABELS_EN : FIELD_LABELS)[field] ?? field;
}

/** What a record is, in a few words: "Voorzitter, Stichting X", a gift's description, an activity. */
export function describeRecord(register: RegisterKey, velden: Readonly<Record<string, JsonValue>>): string {
  return getRegisterDefinition(register).editions.describe(velden);
}

/** The site path of an edition: `/wijzigingen/<register>/<JJJJ-MM-DD>/`. */
export function editionPath(register: RegisterKey, datum: string): string {
  return `/wijzigingen/${getRegisterDefinition(register).slug}/${datum}/`;
}

/** The edition file of a register and date, relative to `content/edities/`. */
export function editionFileName(register: RegisterKey, datum: string): string {
  return `${getRegisterDefinition(register).slug}/${datum}.json`;
}

/** The permalink of a record in an edition, on the page where the register shows it. */
export function recordPath(register: RegisterKey, record: { sleutel: string; persoon?: string | undefined }): string {
  return getRegisterDefinition(register).editions.recordPath(record);
}

/** "3 toegevoegd, 1 beëindigd, 2 gewijzigd", or "geen wijzigingen". */
export function formatChangeCounts(counts: Readonly<Record<ChangeKind, number>>, locale: Locale = 'nl'): string {
  const labels = getChangeKindLabels(locale);
  const parts = (Object.keys(labels) as ChangeKind[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${labels[k].toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : locale === 'en' ? 'no changes' : 'geen wijzigingen';
}
