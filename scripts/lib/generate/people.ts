/**
 * People: who holds which office when. Seats are shared out over the fracties, some change hands
 * during the term, gedeputeerden come from the coalition (some were Statenlid first), and a few
 * members have nothing to declare or have not handed in their declarations.
 */
import { formatFullName } from '../../../src/lib/dutch-names.ts';
import { makeUniqueId } from '../../../src/lib/ids.ts';
import { Random } from '../random.ts';
import {
  BLOCKED_FULL_NAMES,
  COALITION_SIZE,
  FEATURED_NAMES,
  FIRST_NAMES,
  FRACTIES,
  PORTFOLIOS,
  SURNAMES_PLAIN,
  SURNAMES_WITH_PARTICLE,
  type Surname,
} from '../vocabulary.ts';
import { randomDay, toDay, toIso, yearOf, type Calendar } from './calendar.ts';
import type { NameInput, RoleInput } from './inputs.ts';
import { MIN_PEOPLE } from './options.ts';

/** Commissaris, gedeputeerde or Statenlid, current or former. */
export type PersonKind = 'cdk' | 'cdk-former' | 'ged' | 'ged-former' | 'ps' | 'ps-former';

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
  /** A Statenlid who became gedeputeerde: the day the PS seat was given up. */
  leftStatenFor?: number;
  positionsStatus?: 'geen' | 'niet-opgegeven';
  interestsStatus?: 'geen' | 'niet-opgegeven';
  giftsNotProvided?: boolean;
}

interface PlanDraft {
  kind: PersonKind;
  roles: RoleInput[];
  leftStatenFor?: number;
}

/** Seats per fractie by largest remainder over the fractie weights. */
function allocateSeats(seats: number): string[] {
  const weighted = FRACTIES.filter((f) => f.weight > 0);
  const total = weighted.reduce((sum, f) => sum + f.weight, 0);
  const shares = weighted.map((f) => ({ id: f.id, exact: (seats * f.weight) / total }));
  const counts = shares.map((s) => Math.floor(s.exact));
  let left = seats - counts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, rest: s.exact - Math.floor(s.exact) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return shares.flatMap((s, i) => Array.from({ length: counts[i] ?? 0 }, () => s.id));
}

function planRoles(n: number, cal: Calendar, rng: Random): PlanDraft[] {
  const formerCdk = n >= 200 ? Math.max(1, Math.floor(n / 5000)) : 0;
  const gedCurrent = Math.max(1, Math.round((n * 6) / 62));
  const gedFormer = Math.max(1, Math.round(n / 62));
  const psFormer = Math.max(2, Math.round((n * 2) / 62));
  const exPs = Math.max(1, Math.round(gedCurrent / 6));
  const seats = n - 1 - formerCdk - gedCurrent - gedFormer - psFormer;
  if (seats < exPs + psFormer + 2)
    throw new Error(`too few people (${n}) for the offices to fill; use at least ${MIN_PEOPLE}`);

  const coalition = FRACTIES.slice(0, COALITION_SIZE).map((f) => f.id);
  const iso = toIso;
  const drafts: PlanDraft[] = [];

  // The Commissaris van de Koning, and former ones at large sizes (six-year terms).
  drafts.push({ kind: 'cdk', roles: [{ functie: 'commissaris', van: iso(cal.cdkStart) }] });
  for (let k = 1; k <= formerCdk; k++) {
    const year = yearOf(cal.cdkStart);
    drafts.push({
      kind: 'cdk-former',
      roles: [
        {
          functie: 'commissaris',
          van: `${year - 6 * k}-09-01`,
          tot: `${year - 6 * (k - 1)}-08-31`,
        },
      ],
    });
  }

  // PS seats, each with a fractie; some seats change hands during the term.
  const seatFracties = rng.shuffle(allocateSeats(seats));
  const seatOrder = rng.shuffle(seatFracties.map((_, i) => i));
  const coalitionSeats = seatOrder.filter((i) => coalition.includes(seatFracties[i] ?? ''));
  const exPsSeats = (coalitionSeats.length >= exPs ? coalitionSeats : seatOrder).slice(0, exPs);
  const taken = new Set(exPsSeats);
  const otherSeats = seatOrder.filter((i) => !taken.has(i));
  const formerSeats = otherSeats.slice(0, psFormer);
  const stableSeats = otherSeats.slice(psFormer);
  /** Per seat that changed hands, the last day of the first holder. */
  const seatVacated = new Map<number, number>();

  // Gedeputeerden: some were Statenlid first and succeeded a gedeputeerde who left.
  for (let g = 0; g < gedCurrent; g++) {
    const portefeuille = PORTFOLIOS[g % PORTFOLIOS.length] ?? 'Algemene Zaken';
    const seat = g < exPs ? exPsSeats[g] : undefined;
    if (seat === undefined) {
      drafts.push({
        kind: 'ged',
        roles: [
          {
            functie: 'gedeputeerde',
            fractie: coalition[g % coalition.length] ?? 'groen-verbond',
            portefeuille,
            van: iso(cal.gsStart),
          },
        ],
      });
      continue;
    }
    const fractie = seatFracties[seat] ?? 'groen-verbond';
    const switchDay = randomDay(rng, cal.gsStart + 180, cal.today - 60);
    seatVacated.set(seat, switchDay);
    drafts.push({
      kind: 'ged',
      leftStatenFor: switchDay,
      roles: [
        { functie: 'statenlid', fractie, van: iso(cal.termStart), tot: iso(switchDay) },
        { functie: 'gedeputeerde', fractie, portefeuille, van: iso(switchDay + 1) },
      ],
    });
    if (g < gedFormer) {
      // The gedeputeerde this Statenlid succeeded, with the same fractie and portfolio.
      drafts.push({
        kind: 'ged-former',
        roles: [
          {
            functie: 'gedeputeerde',
            fractie,
            portefeuille,
            van: iso(cal.gsStart),
            tot: iso(switchDay),
          },
        ],
      });
    }
  }
  for (let j = exPs; j < gedFormer; j++) {
    const portefeuille = PORTFOLIOS[(gedCurrent + j) % PORTFOLIOS.length] ?? 'Algemene Zaken';
    drafts.push({
      kind: 'ged-former',
      roles: [
        {
          functie: 'gedeputeerde',
          fractie: coalition[j % coalition.length] ?? 'groen-verbond',
          portefeuille,
          van: iso(cal.gsStart),
          tot: iso(randomDay(rng, cal.gsStart + 90, cal.today - 30)),
        },
      ],
    });
  }

  // Statenleden who left mid-term.
  for (const seat of formerSeats) {
    const left = randomDay(rng, cal.termStart + 60, cal.today - 40);
    seatVacated.set(seat, left);
    drafts.push({
      kind: 'ps-former',
      roles: [
        {
          functie: 'statenlid',
          fractie: seatFracties[seat] ?? 'groen-verbond',
          van: iso(cal.termStart),
          tot: iso(left),
        },
      ],
    });
  }

  // Current Statenleden: successors, members who switched fractie, re-elected members.
  const switchers = new Set(stableSeats.slice(0, Math.max(1, Math.floor(n / 500))));
  for (let seat = 0; seat < seats; seat++) {
    const fractie = seatFracties[seat] ?? 'groen-verbond';
    const vacated = seatVacated.get(seat);
    if (vacated !== undefined) {
      const joined = Math.min(vacated + rng.int(7, 28), cal.today - 7);
      drafts.push({ kind: 'ps', roles: [{ functie: 'statenlid', fractie, van: iso(joined) }] });
      continue;
    }
    const roles: RoleInput[] = [];
    if (rng.chance(0.15))
      roles.push({
        functie: 'statenlid',
        fractie,
        van: iso(cal.previousTermStart),
        tot: iso(cal.termStart - 1),
      });
    if (switchers.has(seat)) {
      const switched = randomDay(rng, cal.termStart + 200, cal.today - 30);
      roles.push({ functie: 'statenlid', fractie, van: iso(cal.termStart), tot: iso(switched) });
      roles.push({
        functie: 'statenlid',
        fractie: 'onafhankelijk-zilverland',
        van: iso(switched + 1),
      });
    } else {
      roles.push({ functie: 'statenlid', fractie, van: iso(cal.termStart) });
    }
    drafts.push({ kind: 'ps', roles });
  }
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
export function planPeople(n: number, cal: Calendar, seed: number): PersonPlan[] {
  const drafts = planRoles(n, cal, Random.derive(seed, 'roles'));
  const rng = Random.derive(seed, 'names');
  // The CdK gets the last featured name; the others land on random people.
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
    if (draft.leftStatenFor !== undefined) plan.leftStatenFor = draft.leftStatenFor;
    return plan;
  });

  // Registers in every state: nothing to declare, and declarations not handed in.
  const edgeRng = Random.derive(seed, 'declarations');
  const candidates = edgeRng.shuffle(plans.filter((p) => p.kind === 'ps' && p.current));
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
