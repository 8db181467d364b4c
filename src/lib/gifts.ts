/** Aggregates over the gift register. */
import { getQuarter } from './dates.ts';
import { sumGiftValues, type GiftValue, type GiftValueTotal } from './gift-value.ts';

/** The fields of a gift the totals need. */
export interface GiftLike {
  datum: string;
  waarde: GiftValue;
}

/** One quarter of the gift register with its totals. */
export interface GiftQuarter<T extends GiftLike> {
  /** `2025-K1`. */
  quarter: string;
  gifts: T[];
  count: number;
  /** Sum of the exact estimated values in euros, and how many values it leaves out. */
  total: GiftValueTotal;
}

/** Groups gifts by quarter, newest quarter first, each quarter's gifts by date (newest first). */
export function groupGiftsByQuarter<T extends GiftLike>(gifts: readonly T[]): GiftQuarter<T>[] {
  const byQuarter = new Map<string, T[]>();
  for (const gift of gifts) {
    const key = getQuarter(gift.datum);
    const list = byQuarter.get(key);
    if (list) list.push(gift);
    else byQuarter.set(key, [gift]);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([quarter, list]) => {
      const sorted = [...list].sort((a, b) => b.datum.localeCompare(a.datum));
      return { quarter, gifts: sorted, count: sorted.length, total: sumGiftValues(sorted.map((g) => g.waarde)) };
    });
}

/**
 * How many gifts a person's page lists: the most recent. A person with more has a page of their
 * own with all of them (`personGiftsPath`), which keeps every person page small also for the few
 * who receive dozens a year.
 */
export const PERSON_PAGE_GIFTS = 10;

/** The gifts a person's page lists (`gifts` newest first): the latest PERSON_PAGE_GIFTS. */
export function personPageGifts<T>(gifts: readonly T[]): { shown: readonly T[]; hasGiftPage: boolean } {
  return { shown: gifts.slice(0, PERSON_PAGE_GIFTS), hasGiftPage: gifts.length > PERSON_PAGE_GIFTS };
}

/** Adds amounts in euros without floating-point drift. */
export function sumEuros(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * 100), 0) / 100;
}
