/**
 * Side positions (nevenfuncties): a main job for most council members, positions held by virtue
 * of office (q.q.) for the executive and the chair, and ordinary positions at the pool's
 * organisations, with the payment, time and dates the loader and the law ask for.
 */
import { makeUniqueId } from '../../../src/lib/ids.ts';
import { periodsOverlap } from '../../../src/lib/periods.ts';
import { officeRole } from '../../../src/schemas/body.ts';
import type { Random } from '../random.ts';
import type { FunctionSpec, OrgKind } from '../vocabulary.ts';
import type { DemoBody, QqPosition } from './bodies/index.ts';
import { randomDay, toDay, toIso, type Calendar } from './calendar.ts';
import type { RoleInput, SidePositionInput } from './inputs.ts';
import type { Organisation } from './organisations.ts';
import type { PersonPlan } from './people.ts';
import { fill, roundTo, standaloneSurname } from './writing.ts';

const PAYMENTS = ['bezoldigd', 'onbezoldigd', 'onkostenvergoeding'] as const;

/** The roles in the executive or as chair: those that carry q.q. positions and an amount duty. */
function executiveRoles(plan: PersonPlan): RoleInput[] {
  return plan.roles.filter((r) => officeRole(r.functie) !== 'member');
}

/** What making a person's side positions needs; `usedIds` keeps their ids unique. */
export interface PositionContext {
  plan: PersonPlan;
  body: DemoBody;
  cal: Calendar;
  rng: Random;
  orgs: readonly Organisation[];
  places: readonly string[];
  usedIds: Set<string>;
  /** How members write an organisation's name (see spellingWriter). */
  spell: (naam: string) => string;
}

function remuneration(
  spec: FunctionSpec | undefined,
  rng: Random,
): { bedrag: number; per: 'maand' | 'jaar' | 'vergadering' | 'eenmalig' } {
  const v = spec?.vergoeding ?? { per: 'jaar' as const, min: 1000, max: 8000, step: 250 };
  return { bedrag: Math.max(v.step, roundTo(rng.int(v.min, v.max), v.step)), per: v.per };
}

function newPosition(
  ctx: PositionContext,
  organisatie: string,
  functie: string,
  bezoldiging: (typeof PAYMENTS)[number],
): SidePositionInput {
  return {
    id: makeUniqueId(`${functie} ${organisatie}`, ctx.usedIds),
    organisatie,
    functie,
    bezoldiging,
  };
}

/** Adds what the loader and the law ask for: an amount on paid positions during an executive term. */
function finishPosition(
  ctx: PositionContext,
  position: SidePositionInput,
  spec: FunctionSpec | undefined,
): SidePositionInput {
  const { rng, plan } = ctx;
  const exec = executiveRoles(plan).some((role) => periodsOverlap(role, position));
  if (position.bezoldiging === 'bezoldigd' && (exec || rng.chance(0.3)))
    position.vergoeding = remuneration(spec, rng);
  if (position.bezoldiging === 'onkostenvergoeding' && rng.chance(0.35)) {
    position.vergoeding = rng.chance(0.5)
      ? { bedrag: roundTo(rng.int(100, 900), 25), per: 'jaar' }
      : { bedrag: roundTo(rng.int(40, 120), 5), per: 'vergadering' };
  }
  if (spec?.tijd && rng.chance(0.45))
    position.tijdsbesteding = { uren: rng.int(spec.tijd.min, spec.tijd.max), per: spec.tijd.per };
  // Key order as editors write it.
  const ordered: SidePositionInput = {
    id: position.id,
    organisatie: position.organisatie,
    functie: position.functie,
    bezoldiging: position.bezoldiging,
  };
  if (position.vergoeding) ordered.vergoeding = position.vergoeding;
  if (position.qq) ordered.qq = true;
  if (position.tijdsbesteding) ordered.tijdsbesteding = position.tijdsbesteding;
  if (position.van !== undefined) ordered.van = position.van;
  if (position.tot !== undefined) ordered.tot = position.tot;
  return ordered;
}

/** Dates for an ordinary position: usually a start, sometimes ended. */
function dateGeneric(ctx: PositionContext, position: SidePositionInput, endedRate: number): void {
  const { rng, plan, cal } = ctx;
  const earliest = toDay('1998-01-01');
  const latestStart = plan.end - 30;
  const van = rng.chance(0.87) ? randomDay(rng, earliest, latestStart) : undefined;
  if (van !== undefined) position.van = toIso(van);
  if (rng.chance(endedRate)) {
    // An ended position ends during membership: one that ended before it is not in the register.
    const from = Math.max((van ?? plan.start - 730) + 60, plan.start);
    const to = Math.min(plan.end, cal.today - 1);
    if (from <= to) position.tot = toIso(randomDay(rng, from, to));
  }
}

function genericPosition(
  ctx: PositionContext,
  kinds: readonly OrgKind[] | undefined,
  payBias: number,
): SidePositionInput {
  const { rng } = ctx;
  let org = rng.pickSkewed(ctx.orgs, 1.8);
  for (let tries = 0; kinds && !kinds.includes(org.kind) && tries < 20; tries++)
    org = rng.pickSkewed(ctx.orgs, 1.8);
  const spec = rng.pick(ctx.body.functionsByKind[org.kind]);
  const bezoldiging = rng.weighted(
    PAYMENTS.map((p, i) => [p, (spec.pay[i] ?? 0) * (i === 0 ? payBias : 1) + 0.001] as const),
  );
  const position = newPosition(ctx, ctx.spell(org.naam), spec.functie, bezoldiging);
  dateGeneric(ctx, position, 0.17);
  return finishPosition(ctx, position, spec);
}

function mainJob(ctx: PositionContext): SidePositionInput {
  const { rng, plan, cal } = ctx;
  const job = rng.pick(ctx.body.mainJobs);
  const organisatie = fill(job.organisatie, {
    p: rng.pick(ctx.places),
    s: standaloneSurname(plan.name),
  });
  const position = newPosition(ctx, organisatie, job.functie, 'bezoldigd');
  position.van = toIso(randomDay(rng, toDay('1995-01-01'), Math.min(cal.termStart, plan.end) - 30));
  // A council member who joined the executive gave up the job the day the seat was given up.
  if (plan.leftCouncilFor !== undefined) position.tot = toIso(plan.leftCouncilFor);
  else if (
    rng.chance(0.08) &&
    Math.max(toDay(position.van) + 365, plan.start) <= Math.min(plan.end, cal.today - 1)
  ) {
    position.tot = toIso(
      randomDay(
        rng,
        Math.max(toDay(position.van) + 365, plan.start),
        Math.min(plan.end, cal.today - 1),
      ),
    );
  }
  if (rng.chance(0.5)) position.tijdsbesteding = { uren: rng.int(16, 36), per: 'week' };
  return finishPosition(ctx, position, {
    functie: job.functie,
    pay: [1, 0, 0],
    vergoeding: { per: 'maand', min: 2400, max: 6200, step: 50 },
  });
}

function qqPositions(
  ctx: PositionContext,
  role: RoleInput,
  pool: readonly QqPosition[],
  count: number,
): SidePositionInput[] {
  const { rng, cal } = ctx;
  const start = toDay(role.van);
  return rng
    .shuffle(pool)
    .slice(0, count)
    .map((item) => {
      const bezoldiging = rng.weighted([
        ['onbezoldigd', 80],
        ['onkostenvergoeding', 15],
        ['bezoldigd', 5],
      ] as const);
      const position = newPosition(ctx, item.organisatie, item.functie, bezoldiging);
      position.qq = true;
      position.van = toIso(Math.min(start + rng.int(0, 30), cal.today - 1));
      if (role.tot !== undefined) position.tot = role.tot;
      return finishPosition(ctx, position, {
        functie: item.functie,
        pay: [0, 1, 0],
        vergoeding: { per: 'vergadering', min: 150, max: 400, step: 25 },
      });
    });
}

/** How many side positions an ordinary member declares: 1 to 8, about 4.4 on average. */
function positionCount(rng: Random): number {
  return rng.weighted([
    [1, 4],
    [2, 10],
    [3, 18],
    [4, 22],
    [5, 20],
    [6, 13],
    [7, 8],
    [8, 5],
  ] as const);
}

/** A person's side positions, by the kind of office they hold. */
export function buildPositions(ctx: PositionContext): SidePositionInput[] {
  const { plan, rng } = ctx;
  const positions: SidePositionInput[] = [];
  const exec = executiveRoles(plan);
  if (plan.kind === 'chair' || plan.kind === 'chair-former') {
    for (const role of exec)
      positions.push(...qqPositions(ctx, role, ctx.body.qqChair, rng.int(3, 5)));
    for (let i = rng.int(0, 2); i > 0; i--)
      positions.push(genericPosition(ctx, ['stichting', 'vereniging', 'sport'], 0.2));
  } else if (plan.kind === 'executive' || plan.kind === 'executive-former') {
    for (const role of exec)
      positions.push(...qqPositions(ctx, role, ctx.body.qqExecutive, rng.int(1, 3)));
    if (plan.leftCouncilFor !== undefined) {
      positions.push(mainJob(ctx));
      // Positions given up on joining the executive end the day the seat was given up.
      for (let i = rng.int(1, 2); i > 0; i--) {
        const position = genericPosition(ctx, undefined, 1);
        if (position.tot === undefined && rng.chance(0.6)) {
          if (position.van === undefined || position.van <= toIso(plan.leftCouncilFor)) {
            position.tot = toIso(plan.leftCouncilFor);
            delete position.vergoeding;
            positions.push(finishPosition(ctx, position, undefined));
            continue;
          }
        }
        positions.push(position);
      }
    }
    for (let i = rng.int(0, 2); i > 0; i--)
      positions.push(genericPosition(ctx, ['stichting', 'vereniging', 'sport', 'cooperatie'], 0.3));
    if (rng.chance(0.3)) positions.push(genericPosition(ctx, ['onderwijs', 'bedrijf', 'zorg'], 1));
  } else {
    let count = positionCount(rng);
    if (rng.chance(0.7)) {
      positions.push(mainJob(ctx));
      count--;
    }
    for (; count > 0; count--) positions.push(genericPosition(ctx, undefined, 1));
  }
  return positions;
}
