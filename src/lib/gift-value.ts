/**
 * A gift's value as registers state it: an amount, an approximation ("ca. € 50"), a bound
 * ("minder dan € 50", "meer dan € 50"), or unknown. Only an amount is a number to add up; the
 * rest is shown as written and never counted as if it were exact.
 */
import type { Locale } from './locales.ts';
import { formatEuro } from './format.ts';
import { sumEuros } from './gifts.ts';

/** The value of a gift as the content gives it (src/schemas/gift.ts). */
export type GiftValue =
  number | 'onbekend' | { ongeveer: number } | { minderDan: number } | { meerDan: number };

/** How a value is stated, as the open data names it. */
export type GiftValueKind = 'bedrag' | 'ongeveer' | 'minder-dan' | 'meer-dan' | 'onbekend';

/** The kind of statement and the amount it names (none for unknown). */
export function describeGiftValue(value: GiftValue): {
  kind: GiftValueKind;
  amount: number | undefined;
} {
  if (typeof value === 'number') return { kind: 'bedrag', amount: value };
  if (value === 'onbekend') return { kind: 'onbekend', amount: undefined };
  if ('ongeveer' in value) return { kind: 'ongeveer', amount: value.ongeveer };
  if ('minderDan' in value) return { kind: 'minder-dan', amount: value.minderDan };
  return { kind: 'meer-dan', amount: value.meerDan };
}

/** The exact amount, or undefined when the value is approximate, a bound or unknown. */
export function exactGiftValue(value: GiftValue): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The words before an amount that is not exact, and for an unknown value: a dictionary's `giftValue` (src/i18n). */
export type GiftValueWords = Readonly<Record<Exclude<GiftValueKind, 'bedrag'>, string>>;

/** "€ 50", "ca. € 50", "minder dan € 50", "meer dan € 50" or "onbekend", as the register stated it, in the words' language. */
export function formatGiftValue(value: GiftValue, words: GiftValueWords, locale: Locale): string {
  const { kind, amount } = describeGiftValue(value);
  if (kind === 'bedrag') return formatEuro(amount ?? 0, locale);
  if (amount === undefined) return words[kind];
  return `${words[kind]} ${formatEuro(amount, locale)}`;
}

/** A sum over gift values: the exact amounts added up, and how many values were left out. */
export interface GiftValueTotal {
  /** Sum of the exact amounts, in euros. */
  total: number;
  /** Values not in the total: unknown, approximate or a bound. */
  leftOut: number;
  /** Values in the total: exact amounts. None means there is no total to state. */
  known: number;
}

/** Adds the exact values and counts the others, which a total must say it leaves out. */
export function sumGiftValues(values: readonly GiftValue[]): GiftValueTotal {
  const exact = values.map(exactGiftValue).filter((v): v is number => v !== undefined);
  return { total: sumEuros(exact), leftOut: values.length - exact.length, known: exact.length };
}

/**
 * Whether a gift is worth more than the threshold: `ja`, `nee`, or `onbeslist` when the stated
 * value cannot decide it (unknown, "ca. € 60"). Only a decided answer may drive a rule or label.
 */
export function isAboveThreshold(value: GiftValue, threshold: number): 'ja' | 'nee' | 'onbeslist' {
  const { kind, amount } = describeGiftValue(value);
  if (amount === undefined) return 'onbeslist';
  if (kind === 'bedrag') return amount > threshold ? 'ja' : 'nee';
  // "meer dan € 50" is above a threshold of 50; "minder dan € 50" is below it.
  if (kind === 'meer-dan') return amount >= threshold ? 'ja' : 'onbeslist';
  if (kind === 'minder-dan') return amount <= threshold ? 'nee' : 'onbeslist';
  return 'onbeslist';
}
