/** Financial interests: shares, property and loans, some in the pool's companies. */
import { makeUniqueId } from '../../../src/lib/ids.ts';
import type { Random } from '../random.ts';
import { INTEREST_TEMPLATES, SECTOR_BY_WORD } from '../vocabulary.ts';
import { randomDay, toDay, toIso, type Calendar } from './calendar.ts';
import { confirm } from './declarations.ts';
import type { InterestInput } from './inputs.ts';
import type { Organisation } from './organisations.ts';
import type { PersonPlan } from './people.ts';
import { fill } from './writing.ts';

/** The organisations interests can be held in, by kind. */
export interface InterestPools {
  energie: readonly Organisation[];
  bedrijf: readonly Organisation[];
}

function sectorOf(org: Organisation): string {
  if (org.kind === 'energie') return 'energie';
  return SECTOR_BY_WORD.find(([pattern]) => pattern.test(org.naam))?.[1] ?? 'overig';
}

/** One to three interests of a member, confirmed on `declared` when there is one. */
export function buildInterests(
  plan: PersonPlan,
  cal: Calendar,
  rng: Random,
  pools: InterestPools,
  places: readonly string[],
  declared: number | undefined,
): InterestInput[] {
  const used = new Set<string>();
  const count = rng.weighted([
    [1, 65],
    [2, 25],
    [3, 10],
  ] as const);
  const interests: InterestInput[] = [];
  for (let i = 0; i < count; i++) {
    const template = rng.pick(INTEREST_TEMPLATES);
    const org = template.pool === undefined ? undefined : rng.pickSkewed(pools[template.pool], 1.5);
    const omschrijving = fill(template.omschrijving, {
      o: org?.naam ?? '',
      p: rng.pick(places),
      n: String(rng.int(2, 40)),
    });
    const interest: InterestInput = {
      id: makeUniqueId(omschrijving, used, { maxLength: 60 }),
      omschrijving,
      ...(org === undefined ? {} : { organisatie: org.naam }),
      sector: template.sector ?? (org ? sectorOf(org) : 'overig'),
      aard: template.aard,
    };
    if (rng.chance(0.7)) {
      const van = randomDay(rng, toDay('1995-01-01'), plan.end - 30);
      interest.van = toIso(van);
      if (rng.chance(0.15)) {
        const from = Math.max(van + 90, plan.start);
        const to = Math.min(plan.end, cal.today - 1);
        if (from <= to) interest.tot = toIso(randomDay(rng, from, to));
      }
    }
    confirm(interest, declared, rng);
    interests.push(interest);
  }
  return interests;
}
