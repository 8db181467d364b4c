/**
 * What search indexes, and under which filters. Pages worth finding (people, organisations) are
 * indexed from their HTML (`data-pagefind-body`); every register entry is also indexed as a
 * record of its own that points at its permalink, so a result can say "Nevenfunctie of X" and
 * link to that row. Filter values come from schema fields through the label tables, so the
 * search page's options and the index always agree.
 */
import type { GiftView, InterestView, OfficialView, OrganisationView, PersonView, RoleView, SidePositionView } from '../data/portal.ts';
import type { Office } from '../schemas/person.ts';
import { formatDateNl } from './dates.ts';
import { compareDutchText, foldDiacritics } from './dutch-names.ts';
import { formatEuro } from './format.ts';
import { formatGiftValue } from './gift-value.ts';
import { DESTINATION_LABELS, GIFT_KIND_LABELS, INTEREST_NATURE_LABELS, OFFICE_LABELS, PAYMENT_LABELS, PER_LABELS } from './labels.ts';
import { formatPeriodNl } from './periods.ts';
import { personPath } from './paths.ts';
import { nl } from '../i18n/nl.ts';

/** The filters a visitor can narrow results by, in the order the search page shows them. */
export const SEARCH_FILTER_KEYS = ['soort', 'register', 'orgaan', 'fractie', 'bezoldiging', 'status', 'jaar'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];
export type SearchFilters = Partial<Record<SearchFilterKey, string[]>>;

/** Labels of the filters on the search page (Dutch; the page itself shows its language's, src/i18n). */
export const SEARCH_FILTER_LABELS: Record<SearchFilterKey, string> = nl.search.filterLabels;

/** What a result is; shown above each result. */
export const RESULT_TYPES = {
  persoon: 'Persoon',
  organisatie: 'Organisatie',
  nevenfunctie: 'Nevenfunctie',
  belang: 'Financieel belang',
  geschenk: GIFT_KIND_LABELS.geschenk,
  uitnodiging: GIFT_KIND_LABELS.uitnodiging,
  reis: GIFT_KIND_LABELS.reis,
  functie: 'Functie (ambtenaar)',
  jaarverslag: 'Jaarverslag',
  overzicht: 'Overzicht',
} as const;

/** Bodies as filter values (short, as journalists write them) and as the options say them. */
export const BODY_VALUES: Record<Office | 'ambtenaren', string> = { statenlid: 'PS', gedeputeerde: 'GS', commissaris: 'CdK', ambtenaren: 'Ambtenaren' };
export const BODY_LABELS: Record<string, string> = { PS: 'Provinciale Staten (PS)', GS: 'Gedeputeerde Staten (GS)', CdK: 'Commissaris van de Koning (CdK)', Ambtenaren: 'Ambtenaren (op functie)' };
export const STATUS_VALUES = { current: 'Huidig', ended: 'Beëindigd' } as const;

/** How many calendar years back the year filter goes for positions and interests. */
export const YEARS_BACK = 10;

/**
 * Text to index beside `text` so that it is found typed without accents, where pagefind's own
 * folding falls short: it strips combining marks (Ü, ç, é) but keeps ø, ł, ß and ı, so "Østby"
 * also needs "Ostby". Undefined when nothing is needed.
 */
export function getSearchAlias(text: string): string | undefined {
  const folded = foldDiacritics(text);
  const pagefindFolded = text.normalize('NFD').replace(/\p{M}/gu, '');
  return folded === pagefindFolded ? undefined : folded;
}

/**
 * Attributes that make pagefind index the alias from an attribute: invisible on screen and to
 * screen readers, which read the element's own text only.
 */
export function getSearchAliasAttributes(text: string): Record<string, string> {
  const alias = getSearchAlias(text);
  return alias === undefined ? {} : { 'data-pagefind-index-attrs': 'data-zoekalias', 'data-zoekalias': alias };
}

/** The calendar years a period touches, limited to the last YEARS_BACK years up to today. */
export function getActiveYears(period: { van?: string | undefined; tot?: string | undefined }, today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  const first = Math.max(period.van === undefined ? -Infinity : Number(period.van.slice(0, 4)), thisYear - YEARS_BACK + 1);
  const last = Math.min(period.tot === undefined ? thisYear : Number(period.tot.slice(0, 4)), thisYear);
  const years: string[] = [];
  for (let year = last; year >= first; year--) years.push(String(year));
  return years;
}

const unique = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];

/** Bodies and fracties of roles: every role for a person page, the record's one role for a register entry. */
function roleGroups(roles: readonly RoleView[]): { orgaan: string[]; fractie: string[] } {
  return { orgaan: unique(roles.map((r) => BODY_VALUES[r.functie])), fractie: unique(roles.map((r) => r.fractieInfo?.naam)) };
}

/** Filters of a person page. */
export function getPersonFacets(person: PersonView): SearchFilters {
  return { soort: [RESULT_TYPES.persoon], ...roleGroups(person.roles), status: [person.current ? STATUS_VALUES.current : STATUS_VALUES.ended] };
}

/**
 * Filters of an organisation page: the fracties of the people connected to it, each as it was at
 * the date of the record that connects them (src/lib/record-role.ts), as the page's tables show.
 */
export function getOrganisationFacets(organisation: OrganisationView): SearchFilters {
  const roles = [...organisation.sidePositions, ...organisation.interests, ...organisation.gifts].flatMap((r) => (r.role ? [r.role] : []));
  return {
    soort: [RESULT_TYPES.organisatie],
    fractie: unique(roles.map((r) => r.fractieInfo?.naam)).sort(compareDutchText),
    status: [organisation.currentCount > 0 ? STATUS_VALUES.current : STATUS_VALUES.ended],
  };
}

/** A record as pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'nl';
  meta: { title: string; soort: string; context: string };
  filters: SearchFilters;
}

function sentence(parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('. ');
}

function withAliases(text: string, names: readonly string[]): string {
  const aliases = unique(names.map(getSearchAlias));
  return aliases.length > 0 ? `${text}. ${aliases.join('. ')}` : text;
}

/** A side position's record; `register` is its register's Dutch title, the filter value. */
export function sidePositionRecord(entry: SidePositionView, person: PersonView, today: string, register: string): SearchRecord {
  const payment = PAYMENT_LABELS[entry.bezoldiging];
  const amount = entry.vergoeding ? `${formatEuro(entry.vergoeding.bedrag)} ${PER_LABELS[entry.vergoeding.per]}` : undefined;
  const period = formatPeriodNl(entry);
  const context = [`${RESULT_TYPES.nevenfunctie} van ${person.fullName}`, payment, entry.ended ? 'beëindigd' : undefined, period].filter(Boolean).join(' · ');
  return {
    url: `${personPath(person.id)}#${entry.anchor}`,
    language: 'nl',
    meta: { title: `${entry.functie}, ${entry.organisatie}`, soort: RESULT_TYPES.nevenfunctie, context },
    content: withAliases(sentence([`${entry.functie} bij ${entry.organisatie}`, `${RESULT_TYPES.nevenfunctie} van ${person.fullName}`, entry.qq ? 'Uit hoofde van het ambt (q.q.)' : undefined, amount ? `${payment}, ${amount}` : payment, period]), [person.fullName, entry.organisatie]),
    filters: {
      soort: [RESULT_TYPES.nevenfunctie],
      register: [register],
      // The body and fractie at the record's date (src/lib/record-role.ts), not every one the person had.
      ...roleGroups([entry.role]),
      bezoldiging: [payment],
      status: [entry.ended ? STATUS_VALUES.ended : STATUS_VALUES.current],
      jaar: getActiveYears(entry, today),
    },
  };
}

/** A financial interest's record. */
export function interestRecord(entry: InterestView, person: PersonView, today: string, register: string): SearchRecord {
  const nature = INTEREST_NATURE_LABELS[entry.aard];
  const period = formatPeriodNl(entry);
  const context = [`${RESULT_TYPES.belang} van ${person.fullName}`, nature, entry.ended ? 'beëindigd' : undefined, period].filter(Boolean).join(' · ');
  return {
    url: `${personPath(person.id)}#${entry.anchor}`,
    language: 'nl',
    meta: { title: entry.organisatie === undefined ? entry.omschrijving : `${entry.omschrijving}, ${entry.organisatie}`, soort: RESULT_TYPES.belang, context },
    content: withAliases(sentence([entry.omschrijving, entry.organisatie, entry.sector, nature, `${RESULT_TYPES.belang} van ${person.fullName}`, period]), [person.fullName, entry.organisatie ?? '']),
    filters: {
      soort: [RESULT_TYPES.belang],
      register: [register],
      ...roleGroups([entry.role]),
      status: [entry.ended ? STATUS_VALUES.ended : STATUS_VALUES.current],
      jaar: getActiveYears(entry, today),
    },
  };
}

/** A gift's record. */
export function giftRecord(gift: GiftView, register: string): SearchRecord {
  const kind = GIFT_KIND_LABELS[gift.soort];
  const date = formatDateNl(gift.datum);
  // The recipient's body and fractie on the day it was received; an official's gift is "Ambtenaren".
  const groups = gift.role ? roleGroups([gift.role]) : { orgaan: [BODY_VALUES.ambtenaren], fractie: [] };
  return {
    url: gift.href,
    language: 'nl',
    meta: {
      title: gift.omschrijving,
      soort: kind,
      context: `Van ${gift.gever} aan ${gift.recipientLabel} · ${date} · ${formatGiftValue(gift.waarde)} · ${DESTINATION_LABELS[gift.bestemming]}`,
    },
    content: withAliases(sentence([gift.omschrijving, `${kind} van ${gift.gever}`, `Ontvangen door ${gift.recipientLabel}`, gift.gelegenheid, date, `Geschatte waarde ${formatGiftValue(gift.waarde)}`, DESTINATION_LABELS[gift.bestemming]]), [gift.recipientLabel, gift.gever]),
    filters: {
      soort: [kind],
      register: [register],
      ...groups,
      jaar: [gift.datum.slice(0, 4)],
    },
  };
}

/** An official's function, in the pages index; `register` is its register's Dutch title and page. */
export function officialRecord(official: OfficialView, register: { title: string; path: string }): SearchRecord {
  const activities = official.activities.entries.flatMap((a) => [a.omschrijving, a.beperkendeMaatregel === 'geen' ? undefined : `Beperkende maatregel: ${a.beperkendeMaatregel}`]);
  return {
    url: `${register.path}#${official.anchor}`,
    language: 'nl',
    meta: {
      title: official.functie,
      soort: RESULT_TYPES.functie,
      context: `${official.afdeling} · schaal ${official.schaal} · ${official.activities.status === 'ingevuld' ? `${official.activities.entries.length} ${official.activities.entries.length === 1 ? 'nevenwerkzaamheid' : 'nevenwerkzaamheden'}` : official.activities.status === 'geen' ? 'geen nevenwerkzaamheden' : 'niet opgegeven'}`,
    },
    content: sentence([official.functie, official.afdeling, `Schaal ${official.schaal}`, ...(activities.length > 0 ? activities : ['Geen nevenwerkzaamheden'])]),
    filters: { soort: [RESULT_TYPES.functie], register: [register.title], orgaan: [BODY_VALUES.ambtenaren] },
  };
}

/** One filter with its options, for the search page's form. */
export interface FilterOptions {
  key: SearchFilterKey;
  label: string;
  options: { value: string; label: string }[];
}

const FIXED_ORDER: Partial<Record<SearchFilterKey, readonly string[]>> = {
  soort: Object.values(RESULT_TYPES),
  orgaan: Object.values(BODY_VALUES),
  bezoldiging: Object.values(PAYMENT_LABELS),
  status: Object.values(STATUS_VALUES),
};

/**
 * The options of each filter: exactly the values that occur in the index, in a useful order
 * (registers in the order of `registerTitles`).
 */
export function getFilterOptions(facets: readonly SearchFilters[], registerTitles: readonly string[] = []): FilterOptions[] {
  return SEARCH_FILTER_KEYS.map((key) => {
    const values = unique(facets.flatMap((f) => f[key] ?? []));
    const order = key === 'register' ? registerTitles : FIXED_ORDER[key];
    if (order) values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    else if (key === 'jaar') values.sort((a, b) => b.localeCompare(a));
    else values.sort(compareDutchText);
    return { key, label: SEARCH_FILTER_LABELS[key], options: values.map((value) => ({ value, label: key === 'orgaan' ? (BODY_LABELS[value] ?? value) : value })) };
  }).filter((filter) => filter.options.length > 0);
}

/** A short description of a person for the result line: "Statenlid · Groen Verbond". */
export function getPersonContext(person: PersonView): string {
  const role = person.latestRole;
  return [`${person.current ? '' : 'Voormalig '}${person.current ? OFFICE_LABELS[role.functie] : OFFICE_LABELS[role.functie].toLowerCase()}`, role.fractieInfo?.naam].filter(Boolean).join(' · ');
}


/**
 * Type and filters of a searchable page that does not describe itself (BaseLayout's `searchable`):
 * annual reports are "Jaarverslag", other pages "Overzicht". Undefined for person and organisation
 * pages, which write their own (SearchFacets).
 */
export function getPageSearchFacets(path: string): { type: string; filters: SearchFilters } | undefined {
  if (path.startsWith('/personen/') || path.startsWith('/organisaties/')) return undefined;
  if (path.startsWith('/jaarverslagen/')) return { type: RESULT_TYPES.jaarverslag, filters: { soort: [RESULT_TYPES.jaarverslag] } };
  return { type: RESULT_TYPES.overzicht, filters: {} };
}
