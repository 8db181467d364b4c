/** Aggregates over the gift register. */
import type { GiftValue } from './gift-value.ts';

/** The fields of a gift the totals need. */
export interface GiftLike {
  datum: string;
  waarde: GiftValue;
}

/**
 * How many gifts a person's page lists: the most recent. A person with more has a page of their
 * own with all of them (`personGiftsPath`), which keeps every person page small also for the few
 * who receive dozens a year.
 */
export const PERSON_PAGE_GIFTS = 10;

/** The gifts a person's page lists (`gifts` newest first): the latest PERSON_PAGE_GIFTS. */
export function personPageGifts<T>(gifts: readonly T[]): {
  shown: readonly T[];
  hasGiftPage: boolean;
} {
  return {
    shown: gifts.slice(0, PERSON_PAGE_GIFTS),
    hasGiftPage: gifts.length > PERSON_PAGE_GIFTS,
  };
}

/** Adds amounts in euros without floating-point drift. */
export function sumEuros(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * 100), 0) / 100;
}
