/**
 * The query layer pages use. Content is read, validated and resolved once per build; pages ask
 * for what they show and never filter collections themselves.
 */
import path from 'node:path';
import { todayIso } from '../lib/dates.ts';
import { compareDutchNames, compareDutchText } from '../lib/dutch-names.ts';
import { groupGiftsByQuarter } from '../lib/gifts.ts';
import type { Fractie } from '../schemas/fractie.ts';
import type { Office } from '../schemas/person.ts';
import { loadContent } from './load.ts';
import { buildPortal, type Portal, type PersonView, type RoleView } from './portal.ts';

export type * from './portal.ts';

let cached: Portal | undefined;

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
  // In `astro dev` the content is re-read on every request so edits show up at once.
  if (cached && !import.meta.env?.DEV) return cached;
  const today = getToday();
  cached = buildPortal(loadContent(getContentDir(), { today }), today);
  return cached;
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

function membersOf(office: Office): { current: Member[]; former: Member[] } {
  const current: Member[] = [];
  const former: Member[] = [];
  for (const person of getPortal().people) {
    const roles = person.roles.filter((r) => r.functie === office);
    const active = roles.find((r) => r.current);
    if (active) current.push({ person, role: active });
    else if (roles[0] && roles[0].tot !== undefined && roles[0].tot < getPortal().today) former.push({ person, role: roles[0] });
  }
  const byName = (a: Member, b: Member): number => compareDutchNames(a.person.name, b.person.name);
  return { current: current.sort(byName), former: former.sort((a, b) => (b.role.tot ?? '').localeCompare(a.role.tot ?? '') || byName(a, b)) };
}

/** Provinciale Staten: current members grouped by fractie (largest first), and former members. */
export function getProvincialeStaten(): { groups: { fractie: Fractie; members: Member[] }[]; current: Member[]; former: Member[] } {
  const { current, former } = membersOf('statenlid');
  const groups = new Map<string, { fractie: Fractie; members: Member[] }>();
  for (const member of current) {
    const fractie = member.role.fractieInfo;
    if (!fractie) continue;
    const group = groups.get(fractie.id) ?? { fractie, members: [] };
    group.members.push(member);
    groups.set(fractie.id, group);
  }
  const sorted = [...groups.values()].sort((a, b) => b.members.length - a.members.length || compareDutchText(a.fractie.naam, b.fractie.naam));
  return { groups: sorted, current, former };
}

/** Gedeputeerde Staten: current and former gedeputeerden. */
export function getGedeputeerdeStaten(): { current: Member[]; former: Member[] } {
  return membersOf('gedeputeerde');
}

/** The Commissaris van de Koning: current and former. */
export function getCommissaris(): { current: Member[]; former: Member[] } {
  return membersOf('commissaris');
}

/** The gift register grouped by quarter, newest first, with totals. */
export function getGiftQuarters() {
  return groupGiftsByQuarter(getPortal().gifts);
}

/** People grouped by the letter of their surname, for the A-Z index. */
export function getPeopleByLetter(): { letter: string; people: PersonView[] }[] {
  const groups = new Map<string, PersonView[]>();
  for (const person of getPortal().people) {
    const list = groups.get(person.letter) ?? [];
    list.push(person);
    groups.set(person.letter, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([letter, people]) => ({ letter, people }));
}
