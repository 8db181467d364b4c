/**
 * Statistics over the registers: gifts per quarter by destination and value, and side positions
 * per fractie by payment. Pure; the figures feed both the tables and the charts.
 */
import type { Figure } from './charts.ts';
import { formatQuarterNl, getQuarter } from './dates.ts';
import { sumGiftValues, type GiftValue } from './gift-value.ts';
import { DESTINATION_LABELS, PAYMENT_LABELS } from './labels.ts';

/** The fields of a gift the statistics need. */
export interface GiftStatInput {
  datum: string;
  waarde: GiftValue;
  bestemming: keyof typeof DESTINATION_LABELS;
}

/** The fields of a side position the statistics need. */
export interface SidePositionStatInput {
  /** The fractie's name, or undefined for members without one (such as the CdK). */
  fractie: string | undefined;
  bezoldiging: keyof typeof PAYMENT_LABELS;
}

/** The label for members without a fractie. */
export const NO_FRACTIE = 'Zonder fractie';

const DESTINATION_ORDER = Object.keys(DESTINATION_LABELS) as (keyof typeof DESTINATION_LABELS)[];
const PAYMENT_ORDER = Object.keys(PAYMENT_LABELS) as (keyof typeof PAYMENT_LABELS)[];

/**
 * Gifts per quarter (oldest first) by destination: one figure with the number of gifts, one with
 * their estimated value. Only destinations that occur get a column; an empty cell is a real 0,
 * since the register is complete for every quarter it covers.
 */
export function buildGiftStats(gifts: readonly GiftStatInput[]): { count: Figure; value: Figure } {
  const quarters = [...new Set(gifts.map((g) => getQuarter(g.datum)))].sort();
  const destinations = DESTINATION_ORDER.filter((d) => gifts.some((g) => g.bestemming === d));
  const cell = (quarter: string, destination: string, measure: 'count' | 'value'): number => {
    const matching = gifts.filter((g) => getQuarter(g.datum) === quarter && g.bestemming === destination);
    return measure === 'count' ? matching.length : sumGiftValues(matching.map((g) => g.waarde)).total;
  };
  // A sum of values is computed; when some are unknown or approximate, the caption says it leaves them out.
  const leftOut = sumGiftValues(gifts.map((g) => g.waarde)).leftOut;
  const valueNote = leftOut > 0 ? ` (berekend over de bekende bedragen; zonder ${leftOut} ${leftOut === 1 ? 'geschenk' : 'geschenken'} met een onbekende of geschatte waarde)` : '';
  const build = (measure: 'count' | 'value'): Figure => ({
    id: measure === 'count' ? 'geschenken-aantal' : 'geschenken-waarde',
    caption: measure === 'count' ? 'Aantal geschenken en uitnodigingen per kwartaal, naar bestemming' : `Geschatte waarde van geschenken en uitnodigingen per kwartaal, naar bestemming${valueNote}`,
    rowHeader: 'Kwartaal',
    columns: destinations.map((d) => DESTINATION_LABELS[d]),
    rows: quarters.map((q) => ({ label: formatQuarterNl(q), values: destinations.map((d) => cell(q, d, measure)) })),
    unit: measure === 'count' ? 'aantal' : 'euro',
    chart: 'stacked-bar',
    seriesFrom: 'columns',
    totals: destinations.map((d) => {
      const matching = gifts.filter((g) => g.bestemming === d);
      return measure === 'count' ? matching.length : sumGiftValues(matching.map((g) => g.waarde)).total;
    }),
    totalLabel: 'Totaal',
  });
  return { count: build('count'), value: build('value') };
}

/**
 * Side positions per fractie by payment (paid, unpaid, expense allowance), fracties by name
 * with members without a fractie last.
 */
export function buildSidePositionStats(positions: readonly SidePositionStatInput[], compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'nl')): Figure {
  const names = [...new Set(positions.map((p) => p.fractie ?? NO_FRACTIE))].sort((a, b) => (a === NO_FRACTIE ? 1 : b === NO_FRACTIE ? -1 : compare(a, b)));
  // "Not stated" is a column only where a register has such positions (a migrated one).
  const payments = PAYMENT_ORDER.filter((pay) => pay !== 'onbekend' || positions.some((p) => p.bezoldiging === pay));
  return {
    id: 'nevenfuncties-fractie',
    caption: 'Lopende nevenfuncties van zittende leden per fractie, naar bezoldiging',
    rowHeader: 'Fractie',
    columns: payments.map((p) => PAYMENT_LABELS[p]),
    rows: names.map((name) => ({
      label: name,
      values: payments.map((pay) => positions.filter((p) => (p.fractie ?? NO_FRACTIE) === name && p.bezoldiging === pay).length),
    })),
    unit: 'aantal',
    chart: 'stacked-bar',
    seriesFrom: 'columns',
    totals: payments.map((pay) => positions.filter((p) => p.bezoldiging === pay).length),
    totalLabel: 'Totaal',
  };
}
