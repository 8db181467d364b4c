/** How editions and their changes read on the site: Dutch names of kinds and fields, values as text. */
import type { RegisterKey } from '../schemas/site.ts';
import { formatDateNl, isIsoDate } from './dates.ts';
import type { ChangeKind, JsonValue } from './editions.ts';
import { formatEuro } from './format.ts';
import { DESTINATION_LABELS, GIFT_KIND_LABELS, INTEREST_NATURE_LABELS, PAYMENT_LABELS, PER_LABELS } from './labels.ts';
import { REGISTER_DOWNLOADS } from './registers.ts';

/** A kind of change, as a heading ("Toegevoegd") and as a count ("3 toegevoegd"). */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  toegevoegd: 'Toegevoegd',
  beeindigd: 'Beëindigd',
  ingetrokken: 'Ingetrokken',
  gewijzigd: 'Gewijzigd',
  verdwenen: 'Verdwenen zonder einddatum',
};

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
};

const ENUM_LABELS: Record<string, Readonly<Record<string, string>>> = {
  bezoldiging: PAYMENT_LABELS,
  aard: INTEREST_NATURE_LABELS,
  soort: GIFT_KIND_LABELS,
  bestemming: DESTINATION_LABELS,
};

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's value as Dutch text: dates in words, euros, labels for codes; "–" when empty. */
export function formatFieldValue(field: string, value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (field === 'waarde' && typeof value === 'number') return formatEuro(value);
  if (typeof value === 'string') {
    const labels = ENUM_LABELS[field];
    if (labels?.[value] !== undefined) return labels[value];
    return isIsoDate(value) ? formatDateNl(value) : value;
  }
  if (isObject(value)) {
    if (typeof value['bedrag'] === 'number' && typeof value['per'] === 'string') return `${formatEuro(value['bedrag'])} ${PER_LABELS[value['per'] as keyof typeof PER_LABELS] ?? value['per']}`;
    if (typeof value['uren'] === 'number' && typeof value['per'] === 'string') return `${value['uren']} uur ${PER_LABELS[value['per'] as keyof typeof PER_LABELS] ?? value['per']}`;
    if (typeof value['datum'] === 'string' && typeof value['reden'] === 'string') return `op ${formatDateNl(value['datum'])}: ${value['reden']}`;
    if (typeof value['persoon'] === 'string') return value['persoon'];
    if (typeof value['functie'] === 'string') return value['functie'];
  }
  return JSON.stringify(value);
}

/** A field's Dutch name. */
export function formatFieldName(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** What a record is, in a few words: "Voorzitter – Stichting X", a gift's description, an activity. */
export function describeRecord(register: RegisterKey, velden: Readonly<Record<string, JsonValue>>): string {
  const text = (field: string): string => (typeof velden[field] === 'string' ? (velden[field] as string) : '');
  if (register === 'nevenfuncties') return [text('functie'), text('organisatie')].filter(Boolean).join(', ');
  if (register === 'financieleBelangen') return [text('omschrijving'), text('organisatie')].filter(Boolean).join(', ');
  if (register === 'geschenken') return [text('omschrijving'), text('gever') && `van ${text('gever')}`].filter(Boolean).join(' ');
  return text('omschrijving');
}

/** The site path of an edition: `/wijzigingen/<register>/<JJJJ-MM-DD>/`. */
export function editionPath(register: RegisterKey, datum: string): string {
  return `/wijzigingen/${REGISTER_DOWNLOADS[register]}/${datum}/`;
}

/** The edition file of a register and date, relative to `content/edities/`. */
export function editionFileName(register: RegisterKey, datum: string): string {
  return `${REGISTER_DOWNLOADS[register]}/${datum}.json`;
}

/** The register key for a URL or folder name (`financiele-belangen` → `financieleBelangen`). */
export function registerFromSlug(slug: string): RegisterKey | undefined {
  return (Object.entries(REGISTER_DOWNLOADS) as [RegisterKey, string][]).find(([, s]) => s === slug)?.[0];
}

/** The permalink of a record in an edition, on the page where the register shows it. */
export function recordPath(register: RegisterKey, record: { sleutel: string; persoon?: string | undefined }): string {
  const id = record.sleutel.slice(record.sleutel.indexOf('/') + 1);
  if (register === 'nevenfuncties') return `/personen/${record.persoon}/#nevenfunctie-${id}`;
  if (register === 'financieleBelangen') return `/personen/${record.persoon}/#belang-${id}`;
  if (register === 'geschenken') return `/registers/geschenken/#geschenk-${record.sleutel}`;
  return `/registers/nevenwerkzaamheden-ambtenaren/#functie-${record.sleutel.replace('/', '-')}`;
}

/** "3 toegevoegd, 1 beëindigd, 2 gewijzigd", or "geen wijzigingen". */
export function formatChangeCounts(counts: Readonly<Record<ChangeKind, number>>): string {
  const parts = (Object.keys(CHANGE_KIND_LABELS) as ChangeKind[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${CHANGE_KIND_LABELS[k].toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'geen wijzigingen';
}
