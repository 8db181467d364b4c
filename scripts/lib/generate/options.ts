/** What the generator is asked for: kind of body, size, seed, "today" and the thresholds from site.yaml. */
import { isIsoDate } from '../../../src/lib/dates.ts';
import { BODY_KINDS, type BodyKind } from '../../../src/schemas/body.ts';
import { DEMO_BODIES } from './bodies/index.ts';

/** What to generate. */
export interface GenerateOptions {
  /** The kind of body: the province Zilverland, the municipality Ravensmeer or the water board Zilverwaard. */
  soort: BodyKind;
  /** Number of people (council, executive and chair, current and former); at least 10. */
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

/** The demo: the province's 62 people, as content/ holds them. */
export const DEFAULT_OPTIONS: GenerateOptions = {
  soort: 'provincie',
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
  if (options.soort !== undefined && !BODY_KINDS.includes(options.soort))
    throw new Error(`soort must be one of ${BODY_KINDS.join(', ')}, got ${String(options.soort)}`);
  const soort = options.soort ?? DEFAULT_OPTIONS.soort;
  // Each kind's demo has its own size (a municipality's council is smaller than a province's).
  const resolved: GenerateOptions = {
    ...DEFAULT_OPTIONS,
    soort,
    people: DEMO_BODIES[soort].defaultPeople,
  };
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
