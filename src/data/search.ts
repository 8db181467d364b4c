/**
 * What search indexes, and under which filters. Pages worth finding (people, organisations) are
 * indexed from their HTML (`data-pagefind-body`); every register entry is also indexed as a
 * record of its own that points at its permalink, so a result can say "Nevenfunctie of X" and
 * link to that row. Filter values come from schema fields through the label tables, so the
 * search page's options and the index always agree.
 *
 * The index is built from the Dutch pages, so its words are the Dutch dictionary's: every
 * function here takes them (`words`: src/i18n/nl.ts, passed by the pages and the indexer).
 */
import type {
  GiftView,
  InterestView,
  OfficialView,
  OrganisationView,
  PersonView,
  RoleView,
  SidePositionView,
} from './portal.ts';
import type { OfficeRole } from '../schemas/body.ts';
import { formatDate } from '../lib/dates.ts';
import { compareDutchText, foldDiacritics } from '../lib/dutch-names.ts';
import { formatEuro } from '../lib/format.ts';
import { formatGiftValue, type GiftValueWords } from '../lib/gift-value.ts';
import type { Labels } from '../lib/labels.ts';
import { formatPeriod } from '../lib/periods.ts';
import { personPath } from '../lib/paths.ts';

/** The filters a visitor can narrow results by, in the order the search page shows them. */
export const SEARCH_FILTER_KEYS = [
  'soort',
  'register',
  'orgaan',
  'fractie',
  'bezoldiging',
  'status',
  'jaar',
] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];
export type SearchFilters = Partial<Record<SearchFilterKey, string[]>>;

/** A body as the index knows it: an office, or officials (who are found by their function). */
export type SearchBody = OfficeRole | 'ambtenaren';

/** What a result is, apart from the kinds of gift (those are `labels.giftKind`). */
export type ResultTypeKey =
  'persoon' | 'organisatie' | 'nevenfunctie' | 'belang' | 'functie' | 'jaarverslag' | 'overzicht';

/** The words of the index: a dictionary's `searchIndex` and the labels and words it shares with the pages. */
export interface SearchWords {
  labels: Pick<
    Labels,
    'payment' | 'per' | 'interestNature' | 'giftKind' | 'destination' | 'office'
  >;
  giftValue: GiftValueWords;
  common: { since: string; until: string };
  search: { filterLabels: Readonly<Record<SearchFilterKey, string>> };
  searchIndex: {
    /** What a result is; shown above each result, and the values of the "soort" filter. */
    types: Readonly<Record<ResultTypeKey, string>>;
    /** Bodies as filter values, short, as journalists write them (`PS`). */
    bodies: Readonly<Record<SearchBody, string>>;
    /** Bodies as the filter's options say them. */
    bodyLabels: Readonly<Record<SearchBody, string>>;
    /** Values of the "status" filter. */
    status: { current: string; ended: string };
    /** "Nevenfunctie van Jan de Vries", "Geschenk van Stichting X". */
    of: (what: string, whom: string) => string;
    /** In a result's line: an entry that has ended. */
    ended: string;
    /** "Voorzitter bij Stichting X". */
    positionAt: (position: string, organisation: string) => string;
    qq: string;
    giftContext: (giver: string, recipient: string) => string;
    receivedBy: (recipient: string) => string;
    estimatedValue: (value: string) => string;
    restriction: (measure: string) => string;
    /** A salary scale in a result's line ("schaal 11") and in its text ("Schaal 11"). */
    scale: (scale: string) => string;
    scaleText: (scale: string) => string;
    activities: (count: number) => string;
    noActivities: string;
    noActivitiesText: string;
    notDeclared: string;
    /** A person who left, before their office: "Voormalig gedeputeerde". */
    former: (office: string) => string;
  };
}

/** What a result can be: the types of the index and the kinds of gift. */
export function getResultTypes(
  words: SearchWords,
): Readonly<Record<ResultTypeKey | keyof SearchWords['labels']['giftKind'], string>> {
  const { types } = words.searchIndex;
  const kinds = words.labels.giftKind;
  return {
    persoon: types.persoon,
    organisatie: types.organisatie,
    nevenfunctie: types.nevenfunctie,
    belang: types.belang,
    geschenk: kinds.geschenk,
    uitnodiging: kinds.uitnodiging,
    reis: kinds.reis,
    functie: types.functie,
    jaarverslag: types.jaarverslag,
    overzicht: types.overzicht,
  };
}

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
  return alias === undefined
    ? {}
    : { 'data-pagefind-index-attrs': 'data-zoekalias', 'data-zoekalias': alias };
}

/** The calendar years a period touches, limited to the last YEARS_BACK years up to today. */
export function getActiveYears(
  period: { van?: string | undefined; tot?: string | undefined },
  today: string,
): string[] {
  const thisYear = Number(today.slice(0, 4));
  const first = Math.max(
    period.van === undefined ? -Infinity : Number(period.van.slice(0, 4)),
    thisYear - YEARS_BACK + 1,
  );
  const last = Math.min(
    period.tot === undefined ? thisYear : Number(period.tot.slice(0, 4)),
    thisYear,
  );
  const years: string[] = [];
  for (let year = last; year >= first; year--) years.push(String(year));
  return years;
}

const unique = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => v !== undefined && v !== '')),
];

/** Bodies and fracties of roles: every role for a person page, the record's one role for a register entry. */
function roleGroups(
  roles: readonly RoleView[],
  words: SearchWords,
): { orgaan: string[]; fractie: string[] } {
  return {
    orgaan: unique(roles.map((r) => words.searchIndex.bodies[r.role])),
    fractie: unique(roles.map((r) => r.fractieInfo?.naam)),
  };
}

function statusValue(ended: boolean, words: SearchWords): string {
  return ended ? words.searchIndex.status.ended : words.searchIndex.status.current;
}

/** Filters of a person page. */
export function getPersonFacets(person: PersonView, words: SearchWords): SearchFilters {
  return {
    soort: [words.searchIndex.types.persoon],
    ...roleGroups(person.roles, words),
    status: [statusValue(!person.current, words)],
  };
}

/**
 * Filters of an organisation page: the fracties of the people connected to it, each as it was at
 * the date of the record that connects them (src/lib/record-role.ts), as the page's tables show.
 */
export function getOrganisationFacets(
  organisation: OrganisationView,
  words: SearchWords,
): SearchFilters {
  const roles = [
    ...organisation.sidePositions,
    ...organisation.interests,
    ...organisation.gifts,
  ].flatMap((r) => (r.role ? [r.role] : []));
  return {
    soort: [words.searchIndex.types.organisatie],
    fractie: unique(roles.map((r) => r.fractieInfo?.naam)).sort(compareDutchText),
    status: [statusValue(organisation.currentCount === 0, words)],
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

/** The period of an entry in the index's words: "sinds 1 maart 2023", "1 maart 2023 – 31 mei 2024". */
function period(
  entry: { van?: string | undefined; tot?: string | undefined },
  words: SearchWords,
): string {
  return formatPeriod(entry, words.common, 'nl');
}

/** A side position's record; `register` is its register's Dutch title, the filter value. */
export function sidePositionRecord(
  entry: SidePositionView,
  person: PersonView,
  today: string,
  register: string,
  words: SearchWords,
): SearchRecord {
  const w = words.searchIndex;
  const payment = words.labels.payment[entry.bezoldiging];
  const amount = entry.vergoeding
    ? `${formatEuro(entry.vergoeding.bedrag)} ${words.labels.per[entry.vergoeding.per]}`
    : undefined;
  const when = period(entry, words);
  const context = [
    w.of(w.types.nevenfunctie, person.fullName),
    payment,
    entry.ended ? w.ended : undefined,
    when,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    url: `${personPath(person.id)}#${entry.anchor}`,
    language: 'nl',
    meta: { title: `${entry.functie}, ${entry.organisatie}`, soort: w.types.nevenfunctie, context },
    content: withAliases(
      sentence([
        w.positionAt(entry.functie, entry.organisatie),
        w.of(w.types.nevenfunctie, person.fullName),
        entry.qq ? w.qq : undefined,
        amount ? `${payment}, ${amount}` : payment,
        when,
      ]),
      [person.fullName, entry.organisatie],
    ),
    filters: {
      soort: [w.types.nevenfunctie],
      register: [register],
      // The body and fractie at the record's date (src/lib/record-role.ts), not every one the person had.
      ...roleGroups([entry.role], words),
      bezoldiging: [payment],
      status: [statusValue(entry.ended, words)],
      jaar: getActiveYears(entry, today),
    },
  };
}

/** A financial interest's record. */
export function interestRecord(
  entry: InterestView,
  person: PersonView,
  today: string,
  register: string,
  words: SearchWords,
): SearchRecord {
  const w = words.searchIndex;
  const nature = words.labels.interestNature[entry.aard];
  const when = period(entry, words);
  const context = [
    w.of(w.types.belang, person.fullName),
    nature,
    entry.ended ? w.ended : undefined,
    when,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    url: `${personPath(person.id)}#${entry.anchor}`,
    language: 'nl',
    meta: {
      title:
        entry.organisatie === undefined
          ? entry.omschrijving
          : `${entry.omschrijving}, ${entry.organisatie}`,
      soort: w.types.belang,
      context,
    },
    content: withAliases(
      sentence([
        entry.omschrijving,
        entry.organisatie,
        entry.sector,
        nature,
        w.of(w.types.belang, person.fullName),
        when,
      ]),
      [person.fullName, entry.organisatie ?? ''],
    ),
    filters: {
      soort: [w.types.belang],
      register: [register],
      ...roleGroups([entry.role], words),
      status: [statusValue(entry.ended, words)],
      jaar: getActiveYears(entry, today),
    },
  };
}

/** A gift's record. */
export function giftRecord(gift: GiftView, register: string, words: SearchWords): SearchRecord {
  const w = words.searchIndex;
  const kind = words.labels.giftKind[gift.soort];
  const date = formatDate(gift.datum, 'nl');
  const value = formatGiftValue(gift.waarde, words.giftValue, 'nl');
  const destination = words.labels.destination[gift.bestemming];
  // The recipient's body and fractie on the day it was received; an official's gift is "Ambtenaren".
  const groups = gift.role
    ? roleGroups([gift.role], words)
    : { orgaan: [w.bodies.ambtenaren], fractie: [] };
  return {
    url: gift.href,
    language: 'nl',
    meta: {
      title: gift.omschrijving,
      soort: kind,
      context: `${w.giftContext(gift.gever, gift.recipientLabel)} · ${date} · ${value} · ${destination}`,
    },
    content: withAliases(
      sentence([
        gift.omschrijving,
        w.of(kind, gift.gever),
        w.receivedBy(gift.recipientLabel),
        gift.gelegenheid,
        date,
        w.estimatedValue(value),
        destination,
      ]),
      [gift.recipientLabel, gift.gever],
    ),
    filters: {
      soort: [kind],
      register: [register],
      ...groups,
      jaar: [gift.datum.slice(0, 4)],
    },
  };
}

/** An official's function, in the pages index; `register` is its register's Dutch title and page. */
export function officialRecord(
  official: OfficialView,
  register: { title: string; path: string },
  words: SearchWords,
): SearchRecord {
  const w = words.searchIndex;
  const activities = official.activities.entries.flatMap((a) => [
    a.omschrijving,
    a.beperkendeMaatregel === 'geen' ? undefined : w.restriction(a.beperkendeMaatregel),
  ]);
  const status = official.activities.status;
  return {
    url: `${register.path}#${official.anchor}`,
    language: 'nl',
    meta: {
      title: official.functie,
      soort: w.types.functie,
      context: `${official.afdeling} · ${w.scale(String(official.schaal))} · ${status === 'ingevuld' ? w.activities(official.activities.entries.length) : status === 'geen' ? w.noActivities : w.notDeclared}`,
    },
    content: sentence([
      official.functie,
      official.afdeling,
      w.scaleText(String(official.schaal)),
      ...(activities.length > 0 ? activities : [w.noActivitiesText]),
    ]),
    filters: {
      soort: [w.types.functie],
      register: [register.title],
      orgaan: [w.bodies.ambtenaren],
    },
  };
}

/** One filter with its options, for the search page's form. */
export interface FilterOptions {
  key: SearchFilterKey;
  label: string;
  options: { value: string; label: string }[];
}

/** The values of the filters with an order of their own: the order the index's words give them. */
function fixedOrder(words: SearchWords): Partial<Record<SearchFilterKey, readonly string[]>> {
  return {
    soort: Object.values(getResultTypes(words)),
    orgaan: Object.values(words.searchIndex.bodies),
    bezoldiging: Object.values(words.labels.payment),
    status: [words.searchIndex.status.current, words.searchIndex.status.ended],
  };
}

/**
 * The options of each filter: exactly the values that occur in the index, in a useful order
 * (registers in the order of `registerTitles`).
 */
export function getFilterOptions(
  facets: readonly SearchFilters[],
  words: SearchWords,
  registerTitles: readonly string[] = [],
): FilterOptions[] {
  const fixed = fixedOrder(words);
  const bodyLabels = new Map(
    (Object.keys(words.searchIndex.bodies) as SearchBody[]).map((body) => [
      words.searchIndex.bodies[body],
      words.searchIndex.bodyLabels[body],
    ]),
  );
  return SEARCH_FILTER_KEYS.map((key) => {
    const values = unique(facets.flatMap((f) => f[key] ?? []));
    const order = key === 'register' ? registerTitles : fixed[key];
    if (order) values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    else if (key === 'jaar') values.sort((a, b) => b.localeCompare(a));
    else values.sort(compareDutchText);
    return {
      key,
      label: words.search.filterLabels[key],
      options: values.map((value) => ({
        value,
        label: key === 'orgaan' ? (bodyLabels.get(value) ?? value) : value,
      })),
    };
  }).filter((filter) => filter.options.length > 0);
}

/** A short description of a person for the result line: "Statenlid · Groen Verbond". */
export function getPersonContext(person: PersonView, words: SearchWords): string {
  const role = person.latestRole;
  const office = words.labels.office[role.role];
  return [
    person.current ? office : words.searchIndex.former(office.toLowerCase()),
    role.fractieInfo?.naam,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Type and filters of a searchable page that does not describe itself (BaseLayout's `searchable`):
 * annual reports are "Jaarverslag", other pages "Overzicht". Undefined for person and organisation
 * pages, which write their own (SearchFacets).
 */
export function getPageSearchFacets(
  path: string,
  words: SearchWords,
): { type: string; filters: SearchFilters } | undefined {
  const { types } = words.searchIndex;
  if (path.startsWith('/personen/') || path.startsWith('/organisaties/')) return undefined;
  if (path.startsWith('/jaarverslagen/'))
    return { type: types.jaarverslag, filters: { soort: [types.jaarverslag] } };
  return { type: types.overzicht, filters: {} };
}
