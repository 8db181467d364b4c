/**
 * The registers as pages (src/lib/register-pages.ts): laid out once per build from the portal,
 * so each of the pages of a long register is a lookup, not a new pass over every record.
 */
import {
  findPageNumberId,
  getRegisterPagePath,
  layoutGiftRegister,
  paginateLetters,
  paginateSections,
  type GiftRegisterLayout,
  type LetterPage,
  type SectionPage,
} from '../lib/register-pages.ts';
import { splitEnded } from '../lib/records.ts';
import { REGISTERS } from '../registers/index.ts';
import {
  getChecklist,
  getChair,
  getExecutive,
  getOrganisationsByLetter,
  getPeopleByLetter,
  getPortal,
  getCouncil,
  type ChecklistRow,
  type Member,
} from './index.ts';
import { REGISTER_PAGE_SIZE } from './page-size.ts';
import type {
  Declaration,
  GiftView,
  InterestView,
  OfficialActivityConnection,
  OrganisationView,
  Portal,
  PersonView,
  SidePositionView,
} from './portal.ts';

/** A person who declared "geen" or "niet-opgegeven" for a register. */
export interface MissingDeclaration {
  person: PersonView;
  declaration: Declaration<unknown>;
}

/** The sections of the side-position register, in page order. */
export type SidePositionSections = {
  current: SidePositionView[];
  ended: SidePositionView[];
  missing: MissingDeclaration[];
};
/** The sections of the financial-interest register, in page order. */
export type InterestSections = {
  current: InterestView[];
  ended: InterestView[];
  missing: MissingDeclaration[];
};

/** The update-round checklist's one section: current members, overdue first. */
export type ChecklistSections = { rows: ChecklistRow[] };

/** The sections of an organisation's page, in page order. */
export type OrganisationSections = {
  currentPositions: SidePositionView[];
  endedPositions: SidePositionView[];
  currentInterests: InterestView[];
  endedInterests: InterestView[];
  gifts: GiftView[];
  officialActivities: OfficialActivityConnection[];
};

/**
 * The sections of the council's member list: the current members of each fractie, keyed
 * by getFractieSection (largest fractie first), then the former members under `former`.
 */
export type CouncilSections = Record<string, Member[]>;
/** The sections of the executive's member list (the chair first), in page order. */
export type ExecutiveSections = { chair: Member[]; current: Member[]; former: Member[] };

/** The section key of a fractie's members on the council's list. */
export function getFractieSection(fractieId: string): string {
  return `fractie-${fractieId}`;
}

/** An A-Z list over pages, with the page on which each letter starts. */
export interface LetterList<T> {
  pages: LetterPage<T>[];
  startPage: Map<string, number>;
}

interface Layouts {
  portal: Portal;
  checklist: SectionPage<ChecklistSections>[];
  council: SectionPage<CouncilSections>[];
  executive: SectionPage<ExecutiveSections>[];
  people: LetterList<PersonView>;
  organisations: LetterList<OrganisationView>;
  sidePositions: SectionPage<SidePositionSections>[];
  interests: SectionPage<InterestSections>[];
  gifts: GiftRegisterLayout<GiftView>;
}

let cache: Layouts | undefined;

/**
 * An A-Z list at `base` over pages. Its page 2 is `<base>2/`, next to the entries' own pages at
 * `<base><id>/`: an id that is a page number would put two pages at one address, so it stops
 * the build.
 */
function letterList<T extends { id: string }>(
  groups: { letter: string; items: T[] }[],
  base: string,
): LetterList<T> {
  const list = paginateLetters(groups, REGISTER_PAGE_SIZE);
  const clash = findPageNumberId(
    groups.flatMap((g) => g.items.map((item) => item.id)),
    list.pages.length,
  );
  if (clash !== undefined) {
    throw new Error(
      `${base}${clash}/ is zowel een pagina van de A-Z-lijst als de pagina van "${clash}"; geef een id dat geen getal is (is both a page of the A-Z list and the page of "${clash}"; give an id that is not a number)`,
    );
  }
  return list;
}

function councilSections(): CouncilSections {
  const { groups, former } = getCouncil();
  const sections: CouncilSections = {};
  for (const group of groups) sections[getFractieSection(group.fractie.id)] = group.members;
  // `former` cannot clash: every fractie's key starts with "fractie-".
  sections['former'] = former;
  return sections;
}

function getLayouts(): Layouts {
  const portal = getPortal();
  if (cache?.portal === portal) return cache;
  const positions = splitEnded(portal.sidePositions);
  const interests = splitEnded(portal.interests);
  cache = {
    portal,
    // One row per current member: 20,000 rows, 8 MB on one page, at national size.
    checklist: paginateSections({ rows: getChecklist() }, REGISTER_PAGE_SIZE),
    // A province has 39 to 55 Statenleden, a municipality up to 45 raadsleden; a national aggregation's lists were 2.5 MB on one page.
    council: paginateSections(councilSections(), REGISTER_PAGE_SIZE),
    executive: paginateSections(
      { chair: getChair().current, ...getExecutive() },
      REGISTER_PAGE_SIZE,
    ),
    people: letterList(
      getPeopleByLetter().map((g) => ({ letter: g.letter, items: g.people })),
      '/personen/',
    ),
    organisations: letterList(
      getOrganisationsByLetter().map((g) => ({ letter: g.letter, items: g.organisations })),
      '/organisaties/',
    ),
    sidePositions: paginateSections(
      {
        current: positions.current,
        ended: positions.ended,
        missing: portal.people
          .filter((p) => p.sidePositions.status !== 'ingevuld')
          .map((person) => ({ person, declaration: person.sidePositions })),
      },
      REGISTER_PAGE_SIZE,
    ),
    interests: paginateSections(
      {
        current: interests.current,
        ended: interests.ended,
        missing: portal.people
          .filter((p) => p.interests.status !== 'ingevuld')
          .map((person) => ({ person, declaration: person.interests })),
      },
      REGISTER_PAGE_SIZE,
    ),
    gifts: layoutGiftRegister(portal.gifts, REGISTERS.geschenken.path, REGISTER_PAGE_SIZE),
  };
  return cache;
}

/** The pages of the people A-Z list; page 1 is /personen/. */
export function getPeopleListPages(): LetterList<PersonView> {
  return getLayouts().people;
}

/** The pages of the organisations A-Z list; page 1 is /organisaties/. */
export function getOrganisationListPages(): LetterList<OrganisationView> {
  return getLayouts().organisations;
}

/** The pages of the update-round checklist; page 1 is /registers/actualiteit/. */
export function getChecklistPages(): SectionPage<ChecklistSections>[] {
  return getLayouts().checklist;
}

/** The pages of the council's member list; page 1 is /provinciale-staten/ (or the body's slug). */
export function getCouncilPages(): SectionPage<CouncilSections>[] {
  return getLayouts().council;
}

/** The pages of the executive's member list; page 1 is /gedeputeerde-staten/ (or the body's slug). */
export function getExecutivePages(): SectionPage<ExecutiveSections>[] {
  return getLayouts().executive;
}

/** The pages of the side-position register; page 1 is /registers/nevenfuncties/. */
export function getSidePositionRegisterPages(): SectionPage<SidePositionSections>[] {
  return getLayouts().sidePositions;
}

/** The pages of the financial-interest register; page 1 is /registers/financiele-belangen/. */
export function getInterestRegisterPages(): SectionPage<InterestSections>[] {
  return getLayouts().interests;
}

/** The gift register: on one page, or per quarter when it is long. */
export function getGiftRegister(): GiftRegisterLayout<GiftView> {
  return getLayouts().gifts;
}

const organisationPages = new WeakMap<OrganisationView, SectionPage<OrganisationSections>[]>();

/**
 * An organisation's page split into pages of rows like the registers: page 1 is
 * /organisaties/<id>/, page n /organisaties/<id>/<n>/. Nearly every organisation fits on one
 * page; a national aggregation has organisations (a water board, an association of
 * municipalities) where thousands of members hold a position: 1.4 MB on one page at 20,000 people.
 */
export function getOrganisationPages(
  organisation: OrganisationView,
): SectionPage<OrganisationSections>[] {
  const known = organisationPages.get(organisation);
  if (known) return known;
  const positions = splitEnded(organisation.sidePositions);
  const interests = splitEnded(organisation.interests);
  const pages = paginateSections(
    {
      currentPositions: positions.current,
      endedPositions: positions.ended,
      currentInterests: interests.current,
      endedInterests: interests.ended,
      gifts: organisation.gifts,
      officialActivities: organisation.officialActivities,
    },
    REGISTER_PAGE_SIZE,
  );
  organisationPages.set(organisation, pages);
  return pages;
}

/** The `[...pagina]` route parameter of register page `n`: none for page 1, `"2"` for page 2. */
export function getPageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

export { getRegisterPagePath };
