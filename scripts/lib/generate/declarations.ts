/** When a member last confirmed their declaration, and which entries that confirmation covers. */
import type { Random } from '../random.ts';
import { toIso, type Calendar } from './calendar.ts';
import type { PersonPlan } from './people.ts';

/** The declaration date a person last confirmed their entries on, if any. */
export function declarationDate(plan: PersonPlan, cal: Calendar, rng: Random): number | undefined {
  const rounds = cal.rounds.filter((r) => r <= plan.end);
  const latest = rounds[rounds.length - 1];
  const previous = rounds[rounds.length - 2];
  const which = rng.weighted([
    ['latest', 65],
    ['previous', 15],
    ['none', 20],
  ] as const);
  const round = which === 'latest' ? latest : which === 'previous' ? previous : undefined;
  if (round === undefined) return undefined;
  return Math.min(round + rng.int(0, 27), plan.end, cal.today);
}

/** Most of the time, marks an entry confirmed on the declaration date if it started (and ended) by then. */
export function confirm<
  T extends { van?: string | undefined; tot?: string | undefined; bevestigd?: string | undefined },
>(entry: T, declared: number | undefined, rng: Random): void {
  if (declared === undefined || !rng.chance(0.9)) return;
  const iso = toIso(declared);
  if ((entry.van ?? '') <= iso && (entry.tot ?? '') <= iso) entry.bevestigd = iso;
}
