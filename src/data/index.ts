/**
 * The query layer pages use. Content is read, validated and resolved once per build; pages ask
 * for what they show and never filter collections themselves.
 */
import path from 'node:path';
import { todayIso } from '../lib/dates.ts';
import { compareDutchNames, compareDutchText } from '../lib/dutch-names.ts';
import { hasEnded } from '../lib/periods.ts';
import type { Fractie } from '../schemas/fractie.ts';
import type { OfficeRole } from '../schemas/body.ts';
import { bodyContext, bodyName, type Body } from '../bodies/index.ts';
import { loadContent } from './load.ts';
import { buildPortal, type Portal, type PersonView, type RoleView } from './portal.ts';
import {
  buildReportPage,
  buildTrendGroups,
  getReportOrganisation,
  type ReportPage,
  type ReportRecord,
  type TrendGroup,
} from './reports.ts';
import { buildGiftStats, buildSidePositionStats, type StatsWords } from '../lib/register-stats.ts';
import type { Figure } from '../lib/charts.ts';
import type { Locale } from '../lib/locales.ts';
import type { ReportFigureWords } from '../lib/report-figures.ts';
import type { OrganisationView } from './portal.ts';
import { organisationPath } from '../lib/paths.ts';
import { buildOpenData, type OpenData } from './open-data/catalogue.ts';
import { isNewInLatest } from '../lib/editions.ts';
import { recordPath } from '../registers/index.ts';
import type { RegisterKey } from '../schemas/site.ts';
import { seenKey, type EditionView, type PersonHistoryEntry } from './editions.ts';
import {
  buildConfirmations,
  ROUND_REGISTERS,
  type Confirmation,
  type RoundRegister,
} from './confirmations.ts';

export type * from './portal.ts';
export type { EditionView, PersonHistoryEntry } from './editions.ts';

/**
 * The loaded portal is kept on the process's global object, not in a module variable, because
 * Astro's page bundle carries a copy of this module of its own: that copy finds here the portal
 * scripts/build.ts loaded and validated before Astro started. Buys one content load per build
 * instead of two (20 s at 20,000 people, docs/benchmarks.md). Keyed by content folder and date.
 */
const LOADED_PORTAL = Symbol.for('integriteitsportaal.portal');
const processWide = globalThis as { [LOADED_PORTAL]?: { key: string; portal: Portal } };

/** The folder with content: `content/`, or PORTAL_CONTENT_DIR for fixtures and benchmarks. */
export function getContentDir(): string {
  return path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
}

/** The date that decides what is current: today, or PORTAL_TODAY (JJJJ-MM-DD) for tests. */
export function getToday(): string {
  return process.env['PORTAL_TODAY'] ?? todayIso();
}

/** The whole resolved portal; loaded once per build (re-read on every request in dev). */
export function getPortal(): Portal {
  const today = getToday();
  const key = `${getContentDir()}\n${today}`;
  const loaded = processWide[LOADED_PORTAL];
  // In `astro dev` the content is re-read on every request so edits show up at once.
  if (loaded?.key === key && !import.meta.env?.DEV) return loaded.portal;
  const portal = buildPortal(loadContent(getContentDir(), { today }), today);
  processWide[LOADED_PORTAL] = { key, portal };
  return portal;
}

/** A person by id; throws when the id is unknown, so a broken link fails the build. */
export function getPerson(id: string): PersonView {
  const person = getPortal().personById.get(id);
  if (!person) throw new Error(`Unknown person id "${id}"`);
  return person;
}

/** A person with the role that places them on a list page. */
export interface Member {
  person: PersonView;
  role: RoleView;
}

export type { Body } from '../bodies/index.ts';

/** The body whose registers the site publishes (`soort` and `naam` in site.yaml). */
export function getBody(): Body {
  return bodyContext(getPortal().site);
}

function membersOf(role: OfficeRole): { current: Member[]; former: Member[] } {
  const current: Member[] = [];
  const former: Member[] = [];
  for (const person of getPortal().people) {
    const roles = person.roles.filter((r) => r.role === role);
    const active = roles.find((r) => r.current);
    if (active) current.push({ person, role: active });
    else if (roles[0] && hasEnded(roles[0], getPortal().today))
      former.push({ person, role: roles[0] });
  }
  const byName = (a: Member, b: Member): number => compareDutchNames(a.person.name, b.person.name);
  return {
    current: current.sort(byName),
    former: former.sort(
      (a, b) => (b.role.tot ?? '').localeCompare(a.role.tot ?? '') || byName(a, b),
    ),
  };
}

/** The council (Provinciale Staten, gemeenteraad, algemeen bestuur): current members grouped by fractie (largest first), and former members. */
export function getCouncil(): {
  groups: { fractie: Fractie; members: Member[] }[];
  current: Member[];
  former: Member[];
} {
  const { current, former } = membersOf('member');
  const groups = new Map<string, { fractie: Fractie; members: Member[] }>();
  for (const member of current) {
    const fractie = member.role.fractieInfo;
    if (!fractie) continue;
    const group = groups.get(fractie.id) ?? { fractie, members: [] };
    group.members.push(member);
    groups.set(fractie.id, group);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      b.members.length - a.members.length || compareDutchText(a.fractie.naam, b.fractie.naam),
  );
  return { groups: sorted, current, former };
}

/** The executive (Gedeputeerde Staten, college van B&W, dagelijks bestuur): current and former members. */
export function getExecutive(): { current: Member[]; former: Member[] } {
  return membersOf('executive');
}

/** The chair (Commissaris van de Koning, burgemeester, dijkgraaf): current and former. */
export function getChair(): { current: Member[]; former: Member[] } {
  return membersOf('chair');
}

/** People grouped by the letter of their surname, for the A-Z index. */
export function getPeopleByLetter(): { letter: string; people: PersonView[] }[] {
  const groups = new Map<string, PersonView[]>();
  for (const person of getPortal().people) {
    const list = groups.get(person.letter) ?? [];
    list.push(person);
    groups.set(person.letter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([letter, people]) => ({ letter, people }));
}

/** An organisation by id; throws when the id is unknown, so a broken link fails the build. */
export function getOrganisation(id: string): OrganisationView {
  const organisation = getPortal().organisationById.get(id);
  if (!organisation) throw new Error(`Unknown organisation id "${id}"`);
  return organisation;
}

/** The page of the organisation a record names, by the name exactly as the record spells it. */
export function getOrganisationHref(name: string): string | undefined {
  const id = getPortal().organisationIdByName.get(name);
  return id === undefined ? undefined : organisationPath(id);
}

/** Organisations grouped by letter for the A-Z index, letters in order. */
export function getOrganisationsByLetter(): {
  letter: string;
  organisations: OrganisationView[];
}[] {
  const groups = new Map<string, OrganisationView[]>();
  for (const organisation of getPortal().organisations) {
    const list = groups.get(organisation.letter) ?? [];
    list.push(organisation);
    groups.set(organisation.letter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, organisations]) => ({ letter, organisations }));
}

let openDataCache: { portal: Portal; site: string; data: OpenData } | undefined;

/** The open-data catalogue (datasets, files, DCAT) for the canonical address `site`; built once per build. */
export function getOpenData(site: URL | string): OpenData {
  const portal = getPortal();
  const key = String(site);
  if (openDataCache?.portal !== portal || openDataCache.site !== key)
    openDataCache = { portal, site: key, data: buildOpenData(portal, site) };
  return openDataCache.data;
}

/** Annual integrity reports, newest first, with the organisation that published each. */
export function getReports(): { report: ReportRecord; organisation: string }[] {
  const { reports, site } = getPortal();
  return reports.map((report) => ({
    report,
    organisation: getReportOrganisation(report, bodyName(site, 'nl')),
  }));
}

/**
 * A report page by id, its figures in the words of the page's language (a dictionary's
 * `reportFigures`); throws when the id is unknown, so a broken link fails the build.
 */
export function getReportPage(id: string, words: ReportFigureWords): ReportPage {
  const { reports, site } = getPortal();
  const report = reports.find((r) => r.id === id);
  if (!report) throw new Error(`Unknown report id "${id}"`);
  return buildReportPage(report, reports, bodyName(site, 'nl'), words);
}

/** Each report figure across the years, per organisation (the site's own body first), in `words`. */
export function getReportTrends(words: ReportFigureWords): TrendGroup[] {
  const { reports, site } = getPortal();
  return buildTrendGroups(reports, bodyName(site, 'nl'), words);
}

/**
 * Register statistics: gifts per quarter by destination (count and value), and the current side
 * positions of current members per fractie by payment, in the words and format of a language.
 */
export function getRegisterStats(
  words: StatsWords,
  locale: Locale,
): { giftCount: Figure; giftValue: Figure; sidePositions: Figure } {
  const portal = getPortal();
  const gifts = buildGiftStats(portal.gifts, words, locale);
  const current = portal.people.filter((p) => p.current);
  // A current position's role is the one held today (src/lib/record-role.ts), as on the register page.
  const positions = current.flatMap((person) =>
    person.sidePositions.entries
      .filter((p) => !p.ended)
      .map((p) => ({ fractie: p.role.fractieInfo?.naam, bezoldiging: p.bezoldiging })),
  );
  return {
    giftCount: gifts.count,
    giftValue: gifts.value,
    sidePositions: buildSidePositionStats(positions, words, compareDutchText),
  };
}

// ---------------------------------------------------------------------------------------------
// Editions, change history and the update round (see src/data/editions.ts, src/lib/rounds.ts).

/** Every published edition, newest first. */
export function getEditions(): EditionView[] {
  return getPortal().editions.all;
}

/** A register's editions, oldest first. */
export function getRegisterEditions(register: RegisterKey): EditionView[] {
  return getPortal().editions.byRegister[register];
}

/** One edition by register and date; throws when unknown, so a broken link fails the build. */
export function getEdition(register: RegisterKey, datum: string): EditionView {
  const edition = getPortal().editions.byRegister[register].find((e) => e.datum === datum);
  if (!edition) throw new Error(`Unknown edition ${register} ${datum}`);
  return edition;
}

/** True when the record is new in its register's latest edition. */
export function isNewInLatestEdition(register: RegisterKey, key: string): boolean {
  const { editions } = getPortal();
  return isNewInLatest(editions.seen.get(seenKey(register, key)), editions.latestDate[register]);
}

/** A person's changes across editions, newest first. */
export function getPersonHistory(personId: string): PersonHistoryEntry[] {
  return getPortal().editions.personHistory.get(personId) ?? [];
}

export { ROUND_REGISTERS, type Confirmation, type RoundRegister } from './confirmations.ts';

/** The checklist row of a current member. */
export interface ChecklistRow {
  person: PersonView;
  confirmations: Record<RoundRegister, Confirmation>;
  overdue: boolean;
}

/** A member's confirmation state per register, for their page and the checklist. */
export function getPersonConfirmations(person: PersonView): Record<RoundRegister, Confirmation> {
  const { site, today } = getPortal();
  return buildConfirmations(person, site, today);
}

let checklistCache: { portal: Portal; rows: ChecklistRow[] } | undefined;

/** The griffie's checklist: every current member with their confirmations, overdue members first. */
export function getChecklist(): ChecklistRow[] {
  const portal = getPortal();
  if (checklistCache?.portal === portal) return checklistCache.rows;
  const rows = portal.people
    .filter((p) => p.current)
    .map((person) => {
      const confirmations = getPersonConfirmations(person);
      return {
        person,
        confirmations,
        overdue: ROUND_REGISTERS.some((r) => confirmations[r].status === 'te-laat'),
      };
    })
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) || compareDutchNames(a.person.name, b.person.name),
    );
  checklistCache = { portal, rows };
  return rows;
}

let pagedHrefCache: { portal: Portal; byKey: ReadonlyMap<string, string> } | undefined;

/**
 * The permalink of a record in an edition: where its register's definition says, except for a
 * record on a paged register page (gifts), whose page depends on the register's size.
 */
export function getRecordHref(
  register: RegisterKey,
  record: { sleutel: string; persoon?: string | undefined },
): string {
  const portal = getPortal();
  if (pagedHrefCache?.portal !== portal)
    pagedHrefCache = {
      portal,
      byKey: new Map(portal.gifts.map((g) => [seenKey('geschenken', g.id), g.href])),
    };
  return (
    pagedHrefCache.byKey.get(seenKey(register, record.sleutel)) ?? recordPath(register, record)
  );
}
