/**
 * People: who holds which office when. Seats are shared out over the fracties, some change hands
 * during the term, executives come from the coalition (in a dualistic body some were council
 * members first and gave up their seat; in a monistic water board they keep it), and a few
 * members have nothing to declare or have not handed in their declarations. The offices are the
 * body's own words (src/schemas/body.ts).
 */
import { formatFullName } from '../../../src/lib/dutch-names.ts';
import { makeUniqueId } from '../../../src/lib/ids.ts';
import { OFFICES } from '../../../src/schemas/body.ts';
import { Random } from '../random.ts';
import {
  BLOCKED_FULL_NAMES,
  FEATURED_NAMES,
  FIRST_NAMES,
  SURNAMES_PLAIN,
  SURNAMES_WITH_PARTICLE,
  type Surname,
} from '../vocabulary.ts';
import type { DemoBody } from './bodies/index.ts';
import { randomDay, toDay, toIso, yearOf, type Calendar } from './calendar.ts';
import type { NameInput, RoleInput } from './inputs.ts';
import { MIN_PEOPLE } from './options.ts';

/** Chair, executive or council member, current or former. */
export type PersonKind =
  'chair' | 'chair-former' | 'executive' | 'executive-former' | 'member' | 'member-former';

/** A person with their offices and the state of their declarations. */
export interface PersonPlan {
  kind: PersonKind;
  roles: RoleInput[];
  name: NameInput;
  id: string;
  /** First day in any office covered by the roles. */
  start: number;
  /** Last day in office; yesterday for people still in office. */
  end: number;
  current: boolean;
  /** A council member who joined the executive of a dualistic body: the day the seat was given up. */
  leftCouncilFor?: number;
  positionsStatus?: 'geen' | 'niet-opgegeven';
  interestsStatus?: 'geen' | 'niet-opgegeven';
  giftsNotProvided?: boolean;
}

interface PlanDraft {
  kind: PersonKind;
  roles: RoleInput[];
  leftCouncilFor?: number;
}

/** Seats per fractie: fixed seats first set apart, the rest by largest remainder over the weights. */
function allocateSeats(seats: number, body: DemoBody): string[] {
  const fixed = Object.entries(body.fixedSeats);
  const elected = seats - fixed.reduce((sum, [, count]) => sum + count, 0);
  const weighted = body.fracties.filter((f) => f.weight > 0);
  const total = weighted.reduce((sum, f) => sum + f.weight, 0);
  const shares = weighted.map((f) => ({ id: f.id, exact: (elected * f.weight) / total }));
  const counts = shares.map((s) => Math.floor(s.exact));
  let left = elected - counts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, rest: s.exact - Math.floor(s.exact) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return [
    ...shares.flatMap((s, i) => Array.from({ length: counts[i] ?? 0 }, () => s.id)),
    ...fixed.flatMap(([id, count]) => Array.from({ length: count }, () => id)),
  ];
}

/** The chair, and former chairs at large sizes (six-year terms). */
function chairDrafts(n: number, cal: Calendar, body: DemoBody): PlanDraft[] {
  const chair = OFFICES[body.kind].chair;
  const formerChairs = n >= 200 ? Math.max(1, Math.floor(n / 5000)) : 0;
  const drafts: PlanDraft[] = [
    { kind: 'chair', roles: [{ functie: chair, van: toIso(cal.chairStart) }] },
  ];
  for (let k = 1; k <= formerChairs; k++) {
    const year = yearOf(cal.chairStart);
    drafts.push({
      kind: 'chair-former',
      roles: [{ functie: chair, van: `${year - 6 * k}-09-01`, tot: `${year - 6 * (k - 1)}-08-31` }],
    });
  }
  return drafts;
}

/** A current member's roles on a seat nobody left: some re-elected, one switched fractie. */
function stableMemberRoles(
  fractie: string,
  switcher: boolean,
  cal: Calendar,
  rng: Random,
  body: DemoBody,
): RoleInput[] {
  const member = OFFICES[body.kind].member;
  const iso = toIso;
  const roles: RoleInput[] = [];
  if (rng.chance(0.15))
    roles.push({
      functie: member,
      fractie,
      van: iso(cal.previousTermStart),
      tot: iso(cal.termStart - 1),
    });
  if (switcher) {
    const switched = randomDay(rng, cal.termStart + 200, cal.today - 30);
    roles.push({ functie: member, fractie, van: iso(cal.termStart), tot: iso(switched) });
    roles.push({ functie: member, fractie: body.independentFractie, van: iso(switched + 1) });
  } else {
    roles.push({ functie: member, fractie, van: iso(cal.termStart) });
  }
  return roles;
}

/** Marks the last `count` current executives as part-time (they then declare no income). */
function markPartTime(drafts: PlanDraft[], count: number): void {
  const executives = drafts.filter((d) => d.kind === 'executive');
  for (const draft of executives.slice(executives.length - Math.min(count, executives.length))) {
    const role = draft.roles.find((r) => r.tot === undefined && r.portefeuille !== undefined);
    if (role) role.deeltijd = true;
  }
}

/** A dualistic body (province, municipality): an executive gives up the council seat. */
/**
 * Council members who left mid-term, one per seat in `formerSeats`; the day each left goes into
 * `seatVacated`, for the successor who takes the seat.
 */
function formerMemberDrafts(
  formerSeats: readonly number[],
  seatFracties: readonly string[],
  fallback: string,
  seatVacated: Map<number, number>,
  cal: Calendar,
  rng: Random,
  body: DemoBody,
): PlanDraft[] {
  return formerSeats.map((seat) => {
    const left = randomDay(rng, cal.termStart + 60, cal.today - 40);
    seatVacated.set(seat, left);
    return {
      kind: 'member-former',
      roles: [
        {
          functie: OFFICES[body.kind].member,
          fractie: seatFracties[seat] ?? fallback,
          van: toIso(cal.termStart),
          tot: toIso(left),
        },
      ],
    };
  });
}

/**
 * The member who holds a council seat now: a successor who joined a few weeks after the seat was
 * `vacated`, or a member who held it all term (or longer, or switched fractie).
 */
function seatHolderDraft(
  fractie: string,
  vacated: number | undefined,
  switcher: boolean,
  cal: Calendar,
  rng: Random,
  body: DemoBody,
): PlanDraft {
  if (vacated === undefined)
    return { kind: 'member', roles: stableMemberRoles(fractie, switcher, cal, rng, body) };
  const joined = Math.min(vacated + rng.int(7, 28), cal.today - 7);
  return {
    kind: 'member',
    roles: [{ functie: OFFICES[body.kind].member, fractie, van: toIso(joined) }],
  };
}

/**
 * The body's sizes (given at its default number of people) for `n` people: at least one
 * executive, one former executive and two former members.
 */
function sizesFor(body: DemoBody, n: number): DemoBody['sizes'] {
  const scale = (count: number, least: number): number =>
    Math.max(least, Math.round((n * count) / body.defaultPeople));
  return {
    executives: scale(body.sizes.executives, 1),
    formerExecutives: scale(body.sizes.formerExecutives, 1),
    formerMembers: scale(body.sizes.formerMembers, 2),
  };
}

function planDualisticRoles(n: number, cal: Calendar, rng: Random, body: DemoBody): PlanDraft[] {
  const offices = OFFICES[body.kind];
  const fallback = body.fracties[0]?.id ?? 'onbekend';
  const drafts: PlanDraft[] = chairDrafts(n, cal, body);
  const formerChairs = drafts.length - 1;
  const { executives: currentExecutives, formerExecutives, formerMembers } = sizesFor(body, n);
  const fromCouncil = Math.max(1, Math.round(currentExecutives / 6));
  const seats = n - 1 - formerChairs - currentExecutives - formerExecutives - formerMembers;
  if (seats < fromCouncil + formerMembers + 2)
    throw new Error(`too few people (${n}) for the offices to fill; use at least ${MIN_PEOPLE}`);

  const coalition = body.fracties.slice(0, body.coalitionSize).map((f) => f.id);
  const iso = toIso;
  // The executive's role names the fractie where the body does so.
  const withFractie = (fractie: string): { fractie?: string } =>
    body.executiveHasFractie ? { fractie } : {};

  // Council seats, each with a fractie; some seats change hands during the term.
  const seatFracties = rng.shuffle(allocateSeats(seats, body));
  const seatOrder = rng.shuffle(seatFracties.map((_, i) => i));
  const coalitionSeats = seatOrder.filter((i) => coalition.includes(seatFracties[i] ?? ''));
  const fromCouncilSeats = (
    coalitionSeats.length >= fromCouncil ? coalitionSeats : seatOrder
  ).slice(0, fromCouncil);
  const taken = new Set(fromCouncilSeats);
  const otherSeats = seatOrder.filter((i) => !taken.has(i));
  const formerSeats = otherSeats.slice(0, formerMembers);
  const stableSeats = otherSeats.slice(formerMembers);
  /** Per seat that changed hands, the last day of the first holder. */
  const seatVacated = new Map<number, number>();

  // Executives: some were council members first and succeeded an executive who left.
  for (let g = 0; g < currentExecutives; g++) {
    const portefeuille = body.portfolios[g % body.portfolios.length] ?? 'Algemene Zaken';
    const seat = g < fromCouncil ? fromCouncilSeats[g] : undefined;
    if (seat === undefined) {
      drafts.push({
        kind: 'executive',
        roles: [
          {
            functie: offices.executive,
            ...withFractie(coalition[g % coalition.length] ?? fallback),
            portefeuille,
            van: iso(cal.executiveStart),
          },
        ],
      });
      continue;
    }
    const fractie = seatFracties[seat] ?? fallback;
    const switchDay = randomDay(rng, cal.executiveStart + 180, cal.today - 60);
    seatVacated.set(seat, switchDay);
    drafts.push({
      kind: 'executive',
      leftCouncilFor: switchDay,
      roles: [
        { functie: offices.member, fractie, van: iso(cal.termStart), tot: iso(switchDay) },
        {
          functie: offices.executive,
          ...withFractie(fractie),
          portefeuille,
          van: iso(switchDay + 1),
        },
      ],
    });
    if (g < formerExecutives) {
      // The executive this council member succeeded, with the same fractie and portfolio.
      drafts.push({
        kind: 'executive-former',
        roles: [
          {
            functie: offices.executive,
            ...withFractie(fractie),
            portefeuille,
            van: iso(cal.executiveStart),
            tot: iso(switchDay),
          },
        ],
      });
    }
  }
  for (let j = fromCouncil; j < formerExecutives; j++) {
    const portefeuille =
      body.portfolios[(currentExecutives + j) % body.portfolios.length] ?? 'Algemene Zaken';
    drafts.push({
      kind: 'executive-former',
      roles: [
        {
          functie: offices.executive,
          ...withFractie(coalition[j % coalition.length] ?? fallback),
          portefeuille,
          van: iso(cal.executiveStart),
          tot: iso(randomDay(rng, cal.executiveStart + 90, cal.today - 30)),
        },
      ],
    });
  }

  // Council members who left mid-term.
  drafts.push(
    ...formerMemberDrafts(formerSeats, seatFracties, fallback, seatVacated, cal, rng, body),
  );

  // Current council members: successors, members who switched fractie, re-elected members.
  const switchers = new Set(stableSeats.slice(0, Math.max(1, Math.floor(n / 500))));
  for (let seat = 0; seat < seats; seat++) {
    const fractie = seatFracties[seat] ?? fallback;
    drafts.push(
      seatHolderDraft(fractie, seatVacated.get(seat), switchers.has(seat), cal, rng, body),
    );
  }
  markPartTime(drafts, body.partTimeExecutives);
  return drafts;
}

/**
 * A monistic body (a water board): members of the executive keep their seat in the council, so
 * each holds two roles at once. One of them joined the executive mid-term, succeeding a member
 * who left both boards; that seat went to a successor.
 */
function planMonisticRoles(n: number, cal: Calendar, rng: Random, body: DemoBody): PlanDraft[] {
  const offices = OFFICES[body.kind];
  const fallback = body.fracties[0]?.id ?? 'onbekend';
  const drafts: PlanDraft[] = chairDrafts(n, cal, body);
  const formerChairs = drafts.length - 1;
  const sizes = sizesFor(body, n);
  const { executives, formerMembers } = sizes;
  const formerExecutives = Math.min(sizes.formerExecutives, executives);
  const seats = n - 1 - formerChairs - formerExecutives - formerMembers;
  if (seats < executives + formerExecutives + formerMembers + 2)
    throw new Error(`too few people (${n}) for the offices to fill; use at least ${MIN_PEOPLE}`);

  const coalition = body.fracties.slice(0, body.coalitionSize).map((f) => f.id);
  const iso = toIso;
  const seatFracties = rng.shuffle(allocateSeats(seats, body));
  const seatOrder = rng.shuffle(seatFracties.map((_, i) => i));
  const coalitionSeats = seatOrder.filter((i) => coalition.includes(seatFracties[i] ?? ''));
  const executiveSeats = (coalitionSeats.length >= executives ? coalitionSeats : seatOrder).slice(
    0,
    executives,
  );
  const taken = new Set(executiveSeats);
  const otherSeats = seatOrder.filter((i) => !taken.has(i));
  const leaverSeats = otherSeats.slice(0, formerExecutives);
  const formerSeats = otherSeats.slice(formerExecutives, formerExecutives + formerMembers);
  const stableSeats = otherSeats.slice(formerExecutives + formerMembers);
  const seatVacated = new Map<number, number>();
  /** Per executive seat, the day its holder joined the executive. */
  const joinedExecutive = new Map<number, number>();

  // Members of the executive who left both boards mid-term; a member succeeded each.
  leaverSeats.forEach((seat, k) => {
    const left = randomDay(rng, cal.executiveStart + 180, cal.today - 60);
    seatVacated.set(seat, left);
    const successor = executiveSeats[k];
    if (successor !== undefined) joinedExecutive.set(successor, left + 1);
    const portefeuille = body.portfolios[k % body.portfolios.length] ?? 'Algemene Zaken';
    drafts.push({
      kind: 'executive-former',
      roles: [
        {
          functie: offices.member,
          fractie: seatFracties[seat] ?? fallback,
          van: iso(cal.termStart),
          tot: iso(left),
        },
        {
          functie: offices.executive,
          portefeuille,
          van: iso(cal.executiveStart),
          tot: iso(left),
        },
      ],
    });
  });

  drafts.push(
    ...formerMemberDrafts(formerSeats, seatFracties, fallback, seatVacated, cal, rng, body),
  );

  const switchers = new Set(stableSeats.slice(0, Math.max(1, Math.floor(n / 500))));
  for (let seat = 0; seat < seats; seat++) {
    const fractie = seatFracties[seat] ?? fallback;
    const g = executiveSeats.indexOf(seat);
    if (g >= 0) {
      // Both roles at once: the seat in the council (with the fractie) and the portfolio.
      drafts.push({
        kind: 'executive',
        roles: [
          { functie: offices.member, fractie, van: iso(cal.termStart) },
          {
            functie: offices.executive,
            portefeuille: body.portfolios[g % body.portfolios.length] ?? 'Algemene Zaken',
            van: iso(joinedExecutive.get(seat) ?? cal.executiveStart),
          },
        ],
      });
      continue;
    }
    drafts.push(
      seatHolderDraft(fractie, seatVacated.get(seat), switchers.has(seat), cal, rng, body),
    );
  }
  markPartTime(drafts, body.partTimeExecutives);
  return drafts;
}

function randomName(rng: Random): NameInput {
  for (;;) {
    const hasRoepnaam = rng.chance(0.9);
    const roepnaam = rng.pick(FIRST_NAMES);
    const extraInitials = rng.weighted([
      [0, 4],
      [1, 4],
      [2, 2],
    ] as const);
    const initials = [
      hasRoepnaam ? roepnaam.charAt(0).toUpperCase() : rng.pick([...'ABCDEFGHJKLMNPRSTW']),
    ];
    // Further initials differ from the one before ("J.M.", not "S.S.").
    for (let i = 0; i < extraInitials; i++)
      initials.push(
        rng.pick([...'JMACHWPGEFTLRS'].filter((c) => c !== initials[initials.length - 1])),
      );
    const style = rng.weighted([
      ['particle', 35],
      ['plain', 58],
      ['double', 7],
    ] as const);
    let surname: Surname;
    if (style === 'particle') surname = rng.pick(SURNAMES_WITH_PARTICLE);
    else if (style === 'plain') surname = { achternaam: rng.pick(SURNAMES_PLAIN) };
    else surname = { achternaam: `${rng.pick(SURNAMES_PLAIN)}-${rng.pick(SURNAMES_PLAIN)}` };
    // Key order as in the sample: voorletters, roepnaam, tussenvoegsel, achternaam.
    const name: NameInput = {
      voorletters: `${initials.join('.')}.`,
      ...(hasRoepnaam ? { roepnaam } : {}),
      ...(surname.tussenvoegsel === undefined ? {} : { tussenvoegsel: surname.tussenvoegsel }),
      achternaam: surname.achternaam,
    };
    if (!BLOCKED_FULL_NAMES.has(formatFullName(name))) return name;
  }
}

/** Everyone who holds or held an office this term, `n` people in all, each with a unique id. */
export function planPeople(n: number, cal: Calendar, seed: number, body: DemoBody): PersonPlan[] {
  const planRoles = body.monistic ? planMonisticRoles : planDualisticRoles;
  const drafts = planRoles(n, cal, Random.derive(seed, 'roles'), body);
  const rng = Random.derive(seed, 'names');
  // The chair gets the last featured name; the others land on random people.
  const names: (NameInput | undefined)[] = drafts.map(() => undefined);
  const featured = FEATURED_NAMES.map((f) => ({ ...f }) as NameInput);
  const cdkName = featured.pop();
  if (cdkName) names[0] = cdkName;
  const slots = rng.shuffle(drafts.map((_, i) => i).filter((i) => i !== 0));
  featured.forEach((name, k) => {
    const slot = slots[k];
    if (slot !== undefined) names[slot] = name;
  });

  const usedIds = new Set<string>();
  const plans = drafts.map((draft, i): PersonPlan => {
    const name = names[i] ?? randomName(rng);
    const start = Math.min(...draft.roles.map((r) => toDay(r.van)));
    const ends = draft.roles.map((r) => (r.tot === undefined ? cal.today - 1 : toDay(r.tot)));
    const current = draft.roles.some((r) => r.tot === undefined);
    const plan: PersonPlan = {
      kind: draft.kind,
      roles: draft.roles,
      name,
      id: makeUniqueId(formatFullName(name), usedIds),
      start,
      end: current ? cal.today - 1 : Math.max(...ends),
      current,
    };
    if (draft.leftCouncilFor !== undefined) plan.leftCouncilFor = draft.leftCouncilFor;
    return plan;
  });

  // Registers in every state: nothing to declare, and declarations not handed in.
  const edgeRng = Random.derive(seed, 'declarations');
  const candidates = edgeRng.shuffle(plans.filter((p) => p.kind === 'member' && p.current));
  const take = (rate: number): PersonPlan[] =>
    candidates.splice(0, Math.max(1, Math.round(n * rate)));
  for (const p of take(0.01)) {
    p.positionsStatus = 'geen';
    p.interestsStatus = 'geen';
  }
  for (const p of take(0.005)) p.interestsStatus = 'niet-opgegeven';
  for (const p of take(0.003)) p.giftsNotProvided = true;
  if (n >= 200) for (const p of take(0.003)) p.positionsStatus = 'niet-opgegeven';
  return plans;
}
