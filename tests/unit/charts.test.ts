/** Chart configurations carry exactly the numbers of their tables. */
import { describe, expect, test } from 'vitest';
import { en } from './dictionaries.ts';
import { nl } from './dictionaries.ts';
import {
  buildChartConfig,
  describeChart,
  formatFigureValue,
  hasChartableData,
  type Figure,
} from '../../src/lib/charts.ts';

const trend: Figure = {
  id: 'trend-onderwerpen',
  caption: 'Gesprekken per onderwerp, 2021–2022',
  rowHeader: 'Onderwerp',
  columns: ['2021', '2022'],
  rows: [
    { label: 'Arbeidsconflict', values: [2, null] },
    { label: '(Dreigend) arbeidsconflict', values: [null, 12] },
  ],
  unit: 'aantal',
  chart: 'bar',
  seriesFrom: 'rows',
};

describe('buildChartConfig', () => {
  test('rows become datasets over the columns, with null for "not reported"', () => {
    const config = buildChartConfig(trend, 'nl');
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['2021', '2022']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Arbeidsconflict', [2, null]],
      ['(Dreigend) arbeidsconflict', [null, 12]],
    ]);
  });

  test('columns become datasets over the rows for a single-year figure', () => {
    const config = buildChartConfig({ ...trend, seriesFrom: 'columns' }, 'nl');
    expect(config.data.labels).toEqual(['Arbeidsconflict', '(Dreigend) arbeidsconflict']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['2021', [2, null]],
      ['2022', [null, 12]],
    ]);
  });

  test('a line does not bridge a year that is not reported', () => {
    const config = buildChartConfig({ ...trend, chart: 'line' }, 'nl');
    expect(config.type).toBe('line');
    expect(config.data.datasets.every((d) => d.spanGaps === false)).toBe(true);
  });

  test('a stacked bar stacks both axes', () => {
    expect(buildChartConfig({ ...trend, chart: 'stacked-bar' }, 'nl').options.scales).toEqual({
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
    });
  });

  test('is plain JSON: it survives the trip through a data attribute unchanged', () => {
    const config = buildChartConfig(trend, 'nl');
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  test('refuses a figure without a chart', () => {
    expect(() => buildChartConfig({ ...trend, chart: 'none' }, 'nl')).toThrow();
  });

  test('gives each dataset its own colour', () => {
    const colours = buildChartConfig(trend, 'nl').data.datasets.map((d) => d.backgroundColor);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('formatFigureValue', () => {
  test.each([
    [1234, 'aantal', '1.234'],
    [7.7, 'score', '7,7'],
    [8, 'score', '8,0'],
    [1250.5, 'euro', '€ 1.250,50'],
  ] as const)('%s as %s is "%s"', (value, unit, expected) => {
    expect(formatFigureValue(value, unit, 'nl').replace(/\u00a0/g, ' ')).toBe(expected);
  });

  test('in English the English way', () => {
    expect(formatFigureValue(1234, 'aantal', 'en')).toBe('1,234');
    expect(formatFigureValue(7.7, 'score', 'en')).toBe('7.7');
  });
});

describe('hasChartableData', () => {
  test('is false when every value is not reported', () => {
    expect(hasChartableData({ ...trend, rows: [{ label: 'A', values: [null, null] }] })).toBe(
      false,
    );
    expect(hasChartableData(trend)).toBe(true);
  });
});

describe('describeChart', () => {
  test('names the kind of chart and points to the table', () => {
    expect(describeChart(trend, nl.charts)).toBe(
      'Staafdiagram: Gesprekken per onderwerp, 2021–2022. De cijfers staan in de tabel bij deze grafiek.',
    );
    expect(describeChart({ ...trend, caption: 'Talks by topic' }, en.charts)).toBe(
      'Bar chart: Talks by topic. The figures are in the table with this chart.',
    );
  });
});
