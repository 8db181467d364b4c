/** What the generator is asked for: size, seed, "today" and the thresholds from site.yaml. */
import { isIsoDate } from '../../../src/lib/dates.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Number of people (PS, GS, CdK, current and former); at least 10. */
  people: number;
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** "Today" as JJJJ-MM-DD: nothing is dated after it, and it decides what has ended. */
  today: string;
  /** Gifts worth more than this may not be kept; the `geschenkdrempel` in site.yaml. */
  giftThreshold: number;
  /** Lowest published salary scale for officials; the `schaaldrempel` in site.yaml. */
  scaleThreshold: number;
}

/** The demo: 62 people, as content/ holds them. */
export const DEFAULT_OPTIONS: GenerateOptions = {
  people: 62,
  seed: 1,
  today: '2026-11-01',
  giftThreshold: 50,
  scaleThreshold: 14,
};

/** The smallest size that still has every kind of person the demo needs. */
export const MIN_PEOPLE = 10;

/** Checks and completes options; throws with a readable message on nonsense. */
export function resolveOptions(options: Partial<GenerateOptions> = {}): GenerateOptions {
  const resolved: GenerateOptions = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(options))
    if (value !== undefined) Object.assign(resolved, { [key]: value });
  if (
    !Number.isInteger(resolved.people) ||
    resolved.people < MIN_PEOPLE ||
    resolved.people > 1_000_000
  )
    throw new Error(
      `people must be a whole number from ${MIN_PEOPLE} to 1000000, got ${resolved.people}`,
    );
  if (!Number.isInteger(resolved.seed))
    throw new Error(`seed must be a whole number, got ${resolved.seed}`);
  if (!isIsoDate(resolved.today))
    throw new Error(`today must be a date YYYY-MM-DD, got ${resolved.today}`);
  if (!(resolved.giftThreshold > 0))
    throw new Error(`giftThreshold must be positive, got ${resolved.giftThreshold}`);
  if (
    !Number.isInteger(resolved.scaleThreshold) ||
    resolved.scaleThreshold < 1 ||
    resolved.scaleThreshold > 18
  )
    throw new Error(`scaleThreshold must be 1-18, got ${resolved.scaleThreshold}`);
  return resolved;
}
