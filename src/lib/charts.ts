/**
 * Figures as data: a table model that the page renders as an accessible `<table>`, and the
 * chart.js configuration drawn from the same numbers. Pure; no chart.js import here, so pages
 * and tests never load chart code.
 */
import { formatEuro, formatInteger } from './format.ts';
import { INTL_LOCALES, type Locale } from './locales.ts';

/** The words of charts in one language: a dictionary's `charts` (src/i18n). */
export interface ChartWords {
  /** What the table shows for a value the report does not give. */
  notReported: string;
  /** The kinds of chart, in an accessible name. */
  kinds: Readonly<Record<Exclude<ChartKind, 'none'>, string>>;
  /** The accessible name of a chart: its kind and caption, and where the numbers are. */
  describe: (kind: string, caption: string) => string;
}

/** How the numbers of a figure are read. */
export type FigureUnit = 'aantal' | 'euro' | 'score';

/** The kind of chart; `none` for a figure that is only a table. */
export type ChartKind = 'bar' | 'stacked-bar' | 'line' | 'none';

/**
 * How a number the report does not state was worked out from numbers it does state. A page may
 * show such a number only with a visible label saying so (src/i18n: `charts.computed`).
 * - `sum-groups`, `sum-kinds`, `sum-outcomes`, `sum-topics`, `sum-reasons`: a total as the sum
 *   of the parts listed (oath groups, kinds of report, outcomes, counsellor topics, reasons);
 * - `sum-violations`, `sum-measures`, `sum-investigation-kinds`, `sum-intern-extern`: the same for
 *   kinds of violation, kinds of measure, kinds of investigation, and internal plus external
 *   investigations;
 * - `remainder`: a stated total minus the parts listed ("niet uitgesplitst");
 * - `zero-total`: 0 for a part of something the report counts as 0;
 * - `zero-complete`: 0 for an outcome that is not listed while the listed ones add up to the
 *   stated number.
 */
export type Computation =
  | 'sum-groups'
  | 'sum-kinds'
  | 'sum-outcomes'
  | 'sum-topics'
  | 'sum-reasons'
  | 'sum-violations'
  | 'sum-measures'
  | 'sum-investigation-kinds'
  | 'sum-intern-extern'
  | 'remainder'
  | 'zero-total'
  | 'zero-complete';

/** One number of a figure: as the report states it (`computed: null`) or computed from it. */
export interface FigureCell {
  /** `null` means "not reported". */
  value: number | null;
  computed: Computation | null;
}

/** A number as the report states it; `undefined` (the field is absent) is "not reported". */
export function statedCell(value: number | null | undefined): FigureCell {
  return { value: value ?? null, computed: null };
}

/** One row of a figure: a label and a value per column; `null` means "not reported". */
export interface FigureRow {
  label: string;
  values: (number | null)[];
  /** Per value, how it was computed where the report does not state it (`null`: as stated). */
  computed?: (Computation | null)[] | undefined;
  /** True when the label is the content's own words (a report's topic, a fractie), in Dutch. */
  content?: boolean | undefined;
}

/** A row from cells; `computed` is left out when every value is as stated. */
export function rowFromCells(label: string, cells: readonly FigureCell[]): FigureRow {
  const row: FigureRow = { label, values: cells.map((c) => c.value) };
  if (cells.some((c) => c.computed !== null)) row.computed = cells.map((c) => c.computed);
  return row;
}

/** The `totals` and `totalsComputed` of a figure from cells. */
export function totalsFromCells(
  cells: readonly FigureCell[],
): Pick<Figure, 'totals' | 'totalsComputed'> {
  return {
    totals: cells.map((c) => c.value),
    totalsComputed: cells.some((c) => c.computed !== null)
      ? cells.map((c) => c.computed)
      : undefined,
  };
}

/** The computation behind value `index` of a row or total; `null` when the report states it. */
export function computationAt(
  computed: readonly (Computation | null)[] | undefined,
  index: number,
): Computation | null {
  return computed?.[index] ?? null;
}

/** A figure: the numbers once, for both the table and the chart. */
export interface Figure {
  /** Unique on its page; used for the chart's id. */
  id: string;
  /** Table caption and chart title. */
  caption: string;
  /** Header of the column with the row labels, e.g. "Onderwerp". */
  rowHeader: string;
  /** Column headers, e.g. years or "Aantal". */
  columns: string[];
  rows: FigureRow[];
  unit: FigureUnit;
  chart: ChartKind;
  /**
   * Which way the chart reads the table: `rows` makes each row a dataset over the columns
   * (trends: a line per topic over the years); `columns` makes each column a dataset over the
   * rows (one year: a bar per topic).
   */
  seriesFrom: 'rows' | 'columns';
  /** A total row under the table; `null` where not reported. */
  totals?: (number | null)[] | undefined;
  /** Per total, how it was computed where the report does not state it (`null`: as stated). */
  totalsComputed?: (Computation | null)[] | undefined;
  /** Header of the total row. */
  totalLabel?: string | undefined;
}

/** A number of a figure as text in a language: `1.234`, `€ 50`, `7,7` (English: `1,234`, `€50`, `7.7`). */
export function formatFigureValue(value: number, unit: FigureUnit, locale: Locale): string {
  if (unit === 'euro') return formatEuro(value, locale);
  if (unit === 'score')
    return new Intl.NumberFormat(INTL_LOCALES[locale], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
    }).format(value);
  return formatInteger(value, locale);
}

/** True when a figure has at least one reported number, so a chart would show something. */
export function hasChartableData(figure: Figure): boolean {
  return figure.chart !== 'none' && figure.rows.some((row) => row.values.some((v) => v !== null));
}

// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#6b6b00',
  '#000000',
] as const;

/** The colour of the n-th dataset. */
export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#000000';
}

/** A chart.js dataset, as plain JSON. */
export interface ChartDataset {
  label: string;
  data: (number | null)[];
  backgroundColor: string;
  borderColor: string;
  borderWidth: number;
  spanGaps?: boolean;
  pointRadius?: number;
}

/** A chart.js configuration, as plain JSON (it travels to the browser in a data attribute). */
export interface ChartConfig {
  type: 'bar' | 'line';
  data: { labels: string[]; datasets: ChartDataset[] };
  options: {
    responsive: true;
    maintainAspectRatio: false;
    /** chart.js writes the axis numbers in this language (nl-NL or en-GB), as the table does. */
    locale: string;
    animation: false;
    scales: {
      x: { stacked: boolean };
      y: { stacked: boolean; beginAtZero: true; ticks: { precision?: number } };
    };
    plugins: {
      legend: { display: boolean; position: 'bottom' };
      title: { display: false };
    };
  };
}

/** The chart.js configuration for a figure; the numbers are exactly those of the table. */
export function buildChartConfig(figure: Figure, locale: Locale): ChartConfig {
  if (figure.chart === 'none') throw new Error(`Figure "${figure.id}" has no chart`);
  const byRows = figure.seriesFrom === 'rows';
  const labels = byRows ? [...figure.columns] : figure.rows.map((r) => r.label);
  const series = byRows
    ? figure.rows.map((row) => ({ label: row.label, data: [...row.values] }))
    : figure.columns.map((column, c) => ({
        label: column,
        data: figure.rows.map((row) => row.values[c] ?? null),
      }));
  const line = figure.chart === 'line';
  const stacked = figure.chart === 'stacked-bar';
  const datasets: ChartDataset[] = series.map((s, i) => ({
    label: s.label,
    data: s.data,
    backgroundColor: seriesColor(i),
    borderColor: seriesColor(i),
    borderWidth: line ? 2 : 0,
    // A year that is not reported is a gap in the line, not a drop to zero.
    ...(line ? { spanGaps: false, pointRadius: 4 } : {}),
  }));
  return {
    type: line ? 'line' : 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: INTL_LOCALES[locale],
      animation: false,
      scales: {
        x: { stacked },
        y: { stacked, beginAtZero: true, ticks: figure.unit === 'aantal' ? { precision: 0 } : {} },
      },
      plugins: {
        legend: { display: datasets.length > 1, position: 'bottom' },
        title: { display: false },
      },
    },
  };
}

/** The accessible name of a chart: what it shows, and where the numbers are. */
export function describeChart(
  figure: Figure,
  words: Pick<ChartWords, 'kinds' | 'describe'>,
): string {
  if (figure.chart === 'none') return figure.caption;
  return words.describe(words.kinds[figure.chart], figure.caption);
}
