/**
 * The registers as pages (src/lib/register-pages.ts): laid out once per build from the portal,
 * so each of the pages of a long register is a lookup, not a new pass over every record.
 */
import { getRegisterPagePath, layoutGiftRegister, paginateSections, type GiftRegisterLayout, type SectionPage } from '../lib/register-pages.ts';
import { splitEnded } from '../lib/records.ts';
import { REGISTERS } from '../lib/registers.ts';
import { getChecklist, getPortal, type ChecklistRow } from './index.ts';
import type { Declaration, GiftView, InterestView, Portal, PersonView, SidePositionView } from './portal.ts';

/** A person who declared "geen" or "niet-opgegeven" for a register. */
export interface MissingDeclaration {
  person: PersonView;
  declaration: Declaration<unknown>;
}

/** The sections of the side-position register, in page order. */
export type SidePositionSections = { current: SidePositionView[]; ended: SidePositionView[]; missing: MissingDeclaration[] };
/** The sections of the financial-interest register, in page order. */
export type InterestSections = { current: InterestView[]; ended: InterestView[]; missing: MissingDeclaration[] };

/** The update-round checklist's one section: current members, overdue first. */
export type ChecklistSections = { rows: ChecklistRow[] };

interface Layouts {
  portal: Portal;
  checklist: SectionPage<ChecklistSections>[];
  sidePositions: SectionPage<SidePositionSections>[];
  interests: SectionPage<InterestSections>[];
  gifts: GiftRegisterLayout<GiftView>;
}

let cache: Layouts | undefined;

function getLayouts(): Layouts {
  const portal = getPortal();
  if (cache?.portal === portal) return cache;
  const positions = splitEnded(portal.sidePositions);
  const interests = splitEnded(portal.interests);
  cache = {
    portal,
    // One row per current member: 20,000 rows, 8 MB on one page, at national size.
    checklist: paginateSections({ rows: getChecklist() }),
    sidePositions: paginateSections({
      current: positions.current,
      ended: positions.ended,
      missing: portal.people.filter((p) => p.sidePositions.status !== 'ingevuld').map((person) => ({ person, declaration: person.sidePositions })),
    }),
    interests: paginateSections({
      current: interests.current,
      ended: interests.ended,
      missing: portal.people.filter((p) => p.interests.status !== 'ingevuld').map((person) => ({ person, declaration: person.interests })),
    }),
    gifts: layoutGiftRegister(portal.gifts, REGISTERS.geschenken.path),
  };
  return cache;
}

/** The pages of the update-round checklist; page 1 is /registers/actualiteit/. */
export function getChecklistPages(): SectionPage<ChecklistSections>[] {
  return getLayouts().checklist;
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

/** The `[...pagina]` route parameter of register page `n`: none for page 1, `"2"` for page 2. */
export function getPageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

export { getRegisterPagePath };
