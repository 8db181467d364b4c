/**
 * The query layer's model: content resolved once into people, registers and indexes, so that
 * pages look things up by id instead of filtering collections (which grows quadratically).
 */
import {
  compareDutchNames,
  compareDutchText,
  formatFullName,
  formatSortName,
  getIndexLetter,
} from '../lib/dutch-names.ts';
import { sortChangesByDutchName } from '../lib/editions.ts';
import { getOrganisationLetter, resolveOrganisations } from '../lib/organisations.ts';
import { compareByRecency, hasEnded, isCurrent, periodsOverlap } from '../lib/periods.ts';
import { getRecordRole } from '../lib/record-role.ts';
import { carriesIncomeDuty, getIncomeYears, type IncomeYear } from '../lib/side-income.ts';
import { withGiftPermalinks } from '../lib/register-pages.ts';
import { REGISTER_PAGE_SIZE } from './page-size.ts';
import { getRegisterDefinition, REGISTERS } from '../registers/index.ts';
import type { Fractie } from '../schemas/fractie.ts';
import type { FinancialInterest } from '../schemas/financial-interest.ts';
import type { Gift } from '../schemas/gift.ts';
import type { SideActivity } from '../schemas/official.ts';
import type { OrganisationsFile } from '../schemas/organisation.ts';
import { officeRole, type OfficeRole } from '../schemas/body.ts';
import type { PersonName, Role } from '../schemas/person.ts';
import { REGISTER_KEYS, type RegisterKey, type SiteConfig } from '../schemas/site.ts';
import type { ThemeFile } from '../schemas/theme.ts';
import type { SideIncomeEntry } from '../schemas/side-income.ts';
import type { SidePosition } from '../schemas/side-position.ts';
import type { Content, OfficialRecord, PersonRecord } from './load.ts';
import type { ReportRecord } from './reports.ts';
import { buildEditionIndex, type EditionIndex } from './editions.ts';

/** Entries, "nothing to declare", or "not provided": three different things. */
export type Declaration<T> =
  | { status: 'ingevuld'; entries: T[] }
  | { status: 'geen'; entries: [] }
  | { status: 'niet-opgegeven'; entries: [] };

/** The short reference to a person that register rows carry. */
export interface PersonRef {
  id: string;
  name: PersonName;
  fullName: string;
  sortName: string;
  /**
   * The person's own fractie: that of the latest role that has one. Describes the person, never a
   * record; a record shows the fractie of its own `role`.
   */
  fractie?: Fractie | undefined;
}

/** A term in office, with the role the office plays (member, executive, chair) in any kind of body. */
export type RoleView = Role & {
  role: OfficeRole;
  fractieInfo?: Fractie | undefined;
  current: boolean;
};

/**
 * The role that describes a record, taken at the record's date (src/lib/record-role.ts): the
 * fractie and body every page, download and search filter shows beside the record.
 */
export interface RecordRole {
  role: RoleView;
}

export type SidePositionView = SidePosition &
  RecordRole & { key: string; anchor: string; ended: boolean; person: PersonRef };
export type InterestView = FinancialInterest &
  RecordRole & { key: string; anchor: string; ended: boolean; person: PersonRef };
/** The income of one side position in one year, with the side position it came from. */
export type SideIncomeEntryView = SideIncomeEntry & {
  key: string;
  position: SidePosition | undefined;
};
/** One calendar year of a person's income from side positions: declared, "geen", due or late. */
export type SideIncomeYearView = IncomeYear & {
  key: string;
  anchor: string;
  person: PersonRef;
  /** The office that carried the duty that year (or the person's role then, for a year declared without one). */
  role: RoleView;
  entries: SideIncomeEntryView[];
};

export type GiftView = Gift & {
  anchor: string;
  /** The gift's permalink: the gift register page that shows it, with its anchor (src/lib/register-pages.ts). */
  href: string;
  person?: PersonRef | undefined;
  /** The recipient's role on the day the gift was received (src/lib/record-role.ts); none for an official. */
  role?: RoleView | undefined;
  recipientLabel: string;
  file: string;
};

export interface PersonView extends PersonRef {
  file: string;
  letter: string;
  /** Roles, current first, then most recent. */
  roles: RoleView[];
  /** True when any role is current. */
  current: boolean;
  /** The latest role: the current one, or the one that ended last. */
  latestRole: RoleView;
  sidePositions: Declaration<SidePositionView>;
  interests: Declaration<InterestView>;
  /** Income from side positions per calendar year, newest first; empty for one without the duty. */
  sideIncome: SideIncomeYearView[];
  gifts: GiftView[];
  /** True when the member has not returned the gift declaration. */
  giftsNotProvided: boolean;
  /** Periods the member declared to have received no gifts, newest first. */
  noGiftPeriods: { van: string; tot: string; bevestigd?: string | undefined }[];
  /** Per register, the date the member confirmed the whole declaration (person-level `bevestigd`). */
  declarationConfirmed: {
    nevenfuncties?: string | undefined;
    financieleBelangen?: string | undefined;
  };
}

export type SideActivityView = SideActivity & { key: string; anchor: string };
export type OfficialView = Omit<OfficialRecord, 'nevenwerkzaamheden'> & {
  anchor: string;
  activities: Declaration<SideActivityView>;
};

/** A register's update state for the home page and register pages. */
export interface RegisterStatus {
  key: RegisterKey;
  lastUpdate: string;
  nextDue: string;
  overdue: boolean;
}

export interface Portal {
  site: SiteConfig;
  /** The province's house style (content/thema.yaml); empty when there is none. */
  theme: ThemeFile;
  today: string;
  fracties: Fractie[];
  /** Every person, sorted the Dutch way. */
  people: PersonView[];
  personById: ReadonlyMap<string, PersonView>;
  sidePositions: SidePositionView[];
  interests: InterestView[];
  /** Every person's years of income from side positions, newest year first, then Dutch name order. */
  sideIncome: SideIncomeYearView[];
  /** Gifts, newest first. */
  gifts: GiftView[];
  officials: OfficialView[];
  registers: Record<RegisterKey, RegisterStatus>;
  /** Every organisation named in a register, in Dutch order (see buildOrganisationViews). */
  organisations: OrganisationView[];
  organisationById: ReadonlyMap<string, OrganisationView>;
  /** The organisation id of each name exactly as a record spells it. */
  organisationIdByName: ReadonlyMap<string, string>;
  /** Annual integrity reports, newest year first. */
  reports: ReportRecord[];
  /** Published editions with their changes and each record's first and last edition. */
  editions: EditionIndex;
}

function resolveDeclaration<T, V>(
  value: T[] | 'geen' | 'niet-opgegeven',
  map: (entry: T) => V,
  order: (a: V, b: V) => number,
): Declaration<V> {
  if (value === 'geen') return { status: 'geen', entries: [] };
  if (value === 'niet-opgegeven') return { status: 'niet-opgegeven', entries: [] };
  return { status: 'ingevuld', entries: value.map(map).sort(order) };
}

function byRecencyThenText<T extends { van?: string | undefined; tot?: string | undefined }>(
  text: (item: T) => string,
) {
  return (a: T, b: T): number => {
    const endedA = a.tot !== undefined;
    const endedB = b.tot !== undefined;
    if (endedA !== endedB) return endedA ? 1 : -1;
    return endedA ? compareByRecency(a, b) : compareDutchText(text(a), text(b));
  };
}

/** On the same dates, the chair's role comes first, then the executive's, then the council's. */
const ROLE_ORDER: Record<OfficeRole, number> = { chair: 0, executive: 1, member: 2 };

function buildPerson(
  record: PersonRecord,
  fractieById: ReadonlyMap<string, Fractie>,
  today: string,
): PersonView {
  const roles: RoleView[] = record.rollen
    .map((role) => ({
      ...role,
      role: officeRole(role.functie),
      fractieInfo: role.fractie === undefined ? undefined : fractieById.get(role.fractie),
      current: isCurrent(role, today),
    }))
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        compareByRecency(a, b) ||
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role],
    );
  const latestRole = roles[0];
  if (!latestRole) throw new Error(`${record.file}: a person needs at least one role`);
  const withFractie = roles.find((r) => r.fractieInfo !== undefined);
  const ref: PersonRef = {
    id: record.id,
    name: record.naam,
    fullName: formatFullName(record.naam),
    sortName: formatSortName(record.naam),
    fractie: withFractie?.fractieInfo,
  };
  return {
    ...ref,
    file: record.file,
    letter: getIndexLetter(record.naam),
    roles,
    current: roles.some((r) => r.current),
    latestRole,
    sidePositions: resolveDeclaration(
      record.nevenfuncties,
      (p) => ({
        ...p,
        key: `${record.id}/${p.id}`,
        anchor: `nevenfunctie-${p.id}`,
        ended: hasEnded(p, today) || p.ingetrokken !== undefined,
        person: ref,
        role: getRecordRole(roles, p, today),
      }),
      byRecencyThenText((p) => p.organisatie),
    ),
    interests: resolveDeclaration(
      record.financieleBelangen,
      (i) => ({
        ...i,
        key: `${record.id}/${i.id}`,
        anchor: `belang-${i.id}`,
        ended: hasEnded(i, today) || i.ingetrokken !== undefined,
        person: ref,
        role: getRecordRole(roles, i, today),
      }),
      byRecencyThenText((i) => i.omschrijving),
    ),
    sideIncome: buildSideIncome(record, roles, ref, today),
    gifts: [],
    giftsNotProvided: record.geschenken === 'niet-opgegeven',
    noGiftPeriods: [...(record.geenGeschenken ?? [])].sort((a, b) => b.van.localeCompare(a.van)),
    declarationConfirmed: record.bevestigd ?? {},
  };
}

function buildRegisterStatus(
  site: SiteConfig,
  today: string,
  editions: Content['editions'],
): Record<RegisterKey, RegisterStatus> {
  const status = (key: RegisterKey): RegisterStatus => {
    const config = site.registers[key];
    // The latest published edition is the last update; `bijgewerkt` only for a register without editions.
    const latestEdition = (editions ?? []).reduce<string | undefined>(
      (latest, e) =>
        e.register === key && (latest === undefined || e.datum > latest) ? e.datum : latest,
      undefined,
    );
    const lastUpdate = latestEdition ?? config.bijgewerkt ?? today;
    const nextDue = getRegisterDefinition(key).nextDue(lastUpdate, config.cadans);
    return { key, lastUpdate, nextDue, overdue: nextDue < today };
  };
  return Object.fromEntries(REGISTER_KEYS.map((key) => [key, status(key)])) as Record<
    RegisterKey,
    RegisterStatus
  >;
}

function buildSideIncome(
  record: PersonRecord,
  roles: readonly RoleView[],
  person: PersonRef,
  today: string,
): SideIncomeYearView[] {
  const positions = new Map(
    Array.isArray(record.nevenfuncties) ? record.nevenfuncties.map((p) => [p.id, p]) : [],
  );
  return getIncomeYears(record.rollen, record.neveninkomsten ?? [], today).map((year) => {
    const span = { van: `${year.jaar}-01-01`, tot: `${year.jaar}-12-31` };
    const inYear = roles.filter((r) => periodsOverlap(r, span));
    const role = inYear.find(carriesIncomeDuty) ?? inYear[0] ?? roles[0];
    if (!role) throw new Error(`${record.file}: a person needs at least one role`);
    const inkomsten = year.declaration?.inkomsten;
    const entries = Array.isArray(inkomsten)
      ? inkomsten.map((e) => ({
          ...e,
          key: `${record.id}/${year.jaar}/${e.nevenfunctie}`,
          position: positions.get(e.nevenfunctie),
        }))
      : [];
    return {
      ...year,
      key: `${record.id}/${year.jaar}`,
      anchor: `neveninkomsten-${year.jaar}`,
      person,
      role,
      entries,
    };
  });
}

/** Resolves validated content into the portal model. `today` decides what is current or ended. */
export function buildPortal(content: Content, today: string): Portal {
  const fractieById = new Map(content.fracties.map((f) => [f.id, f]));
  const people = content.people
    .map((record) => buildPerson(record, fractieById, today))
    .sort((a, b) => compareDutchNames(a.name, b.name) || a.id.localeCompare(b.id));
  const personById = new Map(people.map((p) => [p.id, p]));

  const gifts: GiftView[] = withGiftPermalinks(
    content.gifts
      .map((gift) => {
        const person =
          gift.ontvanger.persoon === undefined ? undefined : personById.get(gift.ontvanger.persoon);
        return {
          ...gift,
          anchor: `geschenk-${gift.id}`,
          person,
          role: person === undefined ? undefined : getRecordRole(person.roles, gift, today),
          recipientLabel: person?.fullName ?? gift.ontvanger.functie ?? '',
        };
      })
      .sort((a, b) => b.datum.localeCompare(a.datum) || a.id.localeCompare(b.id)),
    REGISTERS.geschenken.path,
    REGISTER_PAGE_SIZE,
  );
  for (const gift of gifts) {
    if (gift.person) personById.get(gift.person.id)?.gifts.push(gift);
  }

  const officials: OfficialView[] = content.officials
    .map(({ nevenwerkzaamheden, ...official }) => ({
      ...official,
      anchor: `functie-${official.id}`,
      activities: resolveDeclaration(
        nevenwerkzaamheden,
        (a) => ({ ...a, key: `${official.id}/${a.id}`, anchor: `functie-${official.id}-${a.id}` }),
        (a, b) => compareDutchText(a.omschrijving, b.omschrijving),
      ),
    }))
    .sort((a, b) => compareDutchText(a.functie, b.functie));

  return {
    site: content.site,
    theme: content.thema ?? {},
    today,
    fracties: [...content.fracties].sort((a, b) => compareDutchText(a.naam, b.naam)),
    people,
    personById,
    sidePositions: people.flatMap((p) => p.sidePositions.entries),
    interests: people.flatMap((p) => p.interests.entries),
    sideIncome: people.flatMap((p) => p.sideIncome).sort((a, b) => b.jaar - a.jaar),
    gifts,
    officials,
    registers: buildRegisterStatus(content.site, today, content.editions),
    ...buildOrganisationViews(people, gifts, content.organisaties, officials),
    reports: [...(content.reports ?? [])].sort(
      (a, b) => b.jaar - a.jaar || a.id.localeCompare(b.id),
    ),
    editions: orderEditionGroups(buildEditionIndex(content.editions ?? []), personById),
  };
}

/** The changes of every edition listed per person by surname, as every list of people is. */
function orderEditionGroups(
  index: EditionIndex,
  personById: ReadonlyMap<string, PersonView>,
): EditionIndex {
  for (const view of index.all)
    view.groups = sortChangesByDutchName(view.groups, (id) => personById.get(id)?.name);
  return index;
}

/** An official's side activity at an organisation: the function (never a name) and the activity. */
export interface OfficialActivityConnection {
  official: Pick<OfficialView, 'id' | 'functie' | 'anchor'>;
  activity: SideActivityView;
}

/**
 * An organisation with every record that names it: connections current and ended, gifts, and
 * officials' side activities.
 */
export interface OrganisationView {
  id: string;
  name: string;
  /** Every spelling the registers use for it. */
  spellings: string[];
  /** Listed by an editor in content/organisaties.yaml. */
  confirmed: boolean;
  /** Letter in the A-Z index. */
  letter: string;
  /** Current first, then ended (most recent first); by person within each. */
  sidePositions: SidePositionView[];
  interests: InterestView[];
  /** Gifts it gave, newest first. */
  gifts: GiftView[];
  /** Officials' side activities held there (by function title only), in function order. */
  officialActivities: OfficialActivityConnection[];
  /** Side positions and interests that have not ended. */
  currentCount: number;
}

/** The organisation part of the portal model. */
export interface OrganisationIndexView {
  organisations: OrganisationView[];
  organisationById: ReadonlyMap<string, OrganisationView>;
  organisationIdByName: ReadonlyMap<string, string>;
}

function byEndedThenPerson<
  T extends {
    ended: boolean;
    van?: string | undefined;
    tot?: string | undefined;
    person: PersonRef;
  },
>(a: T, b: T): number {
  if (a.ended !== b.ended) return a.ended ? 1 : -1;
  return (a.ended ? compareByRecency(a, b) : 0) || compareDutchNames(a.person.name, b.person.name);
}

/**
 * Builds the organisation index once: every name in the side positions, interests and gifts is
 * resolved (src/lib/organisations.ts) and each record is filed under its organisation by id.
 */
export function buildOrganisationViews(
  people: readonly PersonView[],
  gifts: readonly GiftView[],
  file: OrganisationsFile | undefined,
  officials: readonly OfficialView[],
): OrganisationIndexView {
  const sidePositions = people.flatMap((p) => p.sidePositions.entries);
  const interests = people.flatMap((p) => p.interests.entries);
  const activities = officials.flatMap((official) =>
    official.activities.entries.map((activity) => ({
      official: { id: official.id, functie: official.functie, anchor: official.anchor },
      activity,
    })),
  );
  const names = [
    ...sidePositions.map((p) => p.organisatie),
    ...interests.flatMap((i) => (i.organisatie === undefined ? [] : [i.organisatie])),
    ...gifts.map((g) => g.gever),
    ...activities.flatMap((a) =>
      a.activity.organisatie === undefined ? [] : [a.activity.organisatie],
    ),
  ];
  const { organisations: resolved, idByName } = resolveOrganisations(names, file);
  const organisations: OrganisationView[] = resolved.map((org) => ({
    id: org.id,
    name: org.naam,
    spellings: org.spellings,
    confirmed: org.confirmed,
    letter: getOrganisationLetter(org.naam),
    sidePositions: [],
    interests: [],
    gifts: [],
    officialActivities: [],
    currentCount: 0,
  }));
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const lookup = (name: string): OrganisationView => {
    const org = organisationById.get(idByName.get(name) ?? '');
    if (!org) throw new Error(`Organisation "${name}" was not resolved`);
    return org;
  };
  for (const position of sidePositions) lookup(position.organisatie).sidePositions.push(position);
  for (const interest of interests)
    if (interest.organisatie !== undefined) lookup(interest.organisatie).interests.push(interest);
  for (const gift of gifts) lookup(gift.gever).gifts.push(gift);
  for (const connection of activities)
    if (connection.activity.organisatie !== undefined)
      lookup(connection.activity.organisatie).officialActivities.push(connection);
  for (const org of organisations) {
    org.sidePositions.sort(byEndedThenPerson);
    org.interests.sort(byEndedThenPerson);
    org.currentCount =
      org.sidePositions.filter((p) => !p.ended).length +
      org.interests.filter((i) => !i.ended).length;
  }
  return { organisations, organisationById, organisationIdByName: idByName };
}
