/**
 * Statistics over the registers: gifts per quarter by destination and value, and side positions
 * per fractie by payment. Pure; the figures feed both the tables and the charts.
 */
import type { Figure } from './charts.ts';
import { formatQuarter, getQuarter } from './dates.ts';
import { sumGiftValues, type GiftValue } from './gift-value.ts';
import type { Labels } from './labels.ts';
import type { Locale } from './locales.ts';
import { DestinationSchema, type Destination } from '../schemas/gift.ts';
import { PaymentSchema, type Payment } from '../schemas/side-position.ts';

/** The words of the statistics in one language: a dictionary's `labels` and `statistics.figures` (src/i18n). */
export interface StatsWords {
  labels: Pick<Labels, 'payment' | 'destination'>;
  statistics: {
    figures: {
      giftCount: string;
      /** The caption of gift values; `leftOut` values are unknown or approximate and not in the sums. */
      giftValue: (leftOut: number) => string;
      quarter: string;
      sidePositions: string;
      fractie: string;
      /** The row of members without a fractie (such as the CdK). */
      noFractie: string;
      total: string;
    };
  };
}

/** The fields of a gift the statistics need. */
export interface GiftStatInput {
  datum: string;
  waarde: GiftValue;
  bestemming: Destination;
}

/** The fields of a side position the statistics need. */
export interface SidePositionStatInput {
  /** The fractie's name, or undefined for members without one (such as the CdK). */
  fractie: string | undefined;
  bezoldiging: Payment;
}

/**
 * Gifts per quarter (oldest first) by destination: one figure with the number of gifts, one with
 * their estimated value. Only destinations that occur get a column; an empty cell is a real 0,
 * since the register is complete for every quarter it covers.
 */
export function buildGiftStats(
  gifts: readonly GiftStatInput[],
  words: StatsWords,
  locale: Locale,
): { count: Figure; value: Figure } {
  const text = words.statistics.figures;
  const quarters = [...new Set(gifts.map((g) => getQuarter(g.datum)))].sort();
  const destinations = DestinationSchema.options.filter((d) =>
    gifts.some((g) => g.bestemming === d),
  );
  const cell = (quarter: string, destination: string, measure: 'count' | 'value'): number => {
    const matching = gifts.filter(
      (g) => getQuarter(g.datum) === quarter && g.bestemming === destination,
    );
    return measure === 'count'
      ? matching.length
      : sumGiftValues(matching.map((g) => g.waarde)).total;
  };
  // A sum of values is computed; when some are unknown or approximate, the caption says it leaves them out.
  const leftOut = sumGiftValues(gifts.map((g) => g.waarde)).leftOut;
  const build = (measure: 'count' | 'value'): Figure => ({
    id: measure === 'count' ? 'geschenken-aantal' : 'geschenken-waarde',
    caption: measure === 'count' ? text.giftCount : text.giftValue(leftOut),
    rowHeader: text.quarter,
    columns: destinations.map((d) => words.labels.destination[d]),
    rows: quarters.map((q) => ({
      label: formatQuarter(q, locale),
      values: destinations.map((d) => cell(q, d, measure)),
    })),
    unit: measure === 'count' ? 'aantal' : 'euro',
    chart: 'stacked-bar',
    seriesFrom: 'columns',
    totals: destinations.map((d) => {
      const matching = gifts.filter((g) => g.bestemming === d);
      return measure === 'count'
        ? matching.length
        : sumGiftValues(matching.map((g) => g.waarde)).total;
    }),
    totalLabel: text.total,
  });
  return { count: build('count'), value: build('value') };
}

/**
 * Side positions per fractie by payment (paid, unpaid, expense allowance), fracties by name
 * with members without a fractie last. Fractie names are content (`content` rows).
 */
export function buildSidePositionStats(
  positions: readonly SidePositionStatInput[],
  words: StatsWords,
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'nl'),
): Figure {
  const text = words.statistics.figures;
  // Members without a fractie are a group of their own, named last.
  const NONE = '';
  const names = [...new Set(positions.map((p) => p.fractie ?? NONE))].sort((a, b) =>
    a === NONE ? 1 : b === NONE ? -1 : compare(a, b),
  );
  // "Not stated" is a column only where a register has such positions (a migrated one).
  const payments = PaymentSchema.options.filter(
    (pay) => pay !== 'onbekend' || positions.some((p) => p.bezoldiging === pay),
  );
  return {
    id: 'nevenfuncties-fractie',
    caption: text.sidePositions,
    rowHeader: text.fractie,
    columns: payments.map((p) => words.labels.payment[p]),
    rows: names.map((name) => ({
      label: name === NONE ? text.noFractie : name,
      values: payments.map(
        (pay) =>
          positions.filter((p) => (p.fractie ?? NONE) === name && p.bezoldiging === pay).length,
      ),
      ...(name === NONE ? {} : { content: true }),
    })),
    unit: 'aantal',
    chart: 'stacked-bar',
    seriesFrom: 'columns',
    totals: payments.map((pay) => positions.filter((p) => p.bezoldiging === pay).length),
    totalLabel: text.total,
  };
}
