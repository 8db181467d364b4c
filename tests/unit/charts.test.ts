/** Chart configurations carry exactly the numbers of their tables. */
import { describe, expect, test } from 'vitest';
import { buildChartConfig, describeChart, formatFigureValue, hasChartableData, type Figure } from '../../src/lib/charts.ts';

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
    const config = buildChartConfig(trend);
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['2021', '2022']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Arbeidsconflict', [2, null]],
      ['(Dreigend) arbeidsconflict', [null, 12]],
    ]);
  });

  test('columns become datasets over the rows for a single-year figure', () => {
    const config = buildChartConfig({ ...trend, seriesFrom: 'columns' });
    expect(config.data.labels).toEqual(['Arbeidsconflict', '(Dreigend) arbeidsconflict']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['2021', [2, null]],
      ['2022', [null, 12]],
    ]);
  });

  test('a line does not bridge a year that is not reported', () => {
    const config = buildChartConfig({ ...trend, chart: 'line' });
    expect(config.type).toBe('line');
    expect(config.data.datasets.every((d) => d.spanGaps === false)).toBe(true);
  });

  test('a stacked bar stacks both axes', () => {
    expect(buildChartConfig({ ...trend, chart: 'stacked-bar' }).options.scales).toEqual({ x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } });
  });

  test('is plain JSON: it survives the trip through a data attribute unchanged', () => {
    const config = buildChartConfig(trend);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  test('refuses a figure without a chart', () => {
    expect(() => buildChartConfig({ ...trend, chart: 'none' })).toThrow();
  });

  test('gives each dataset its own colour', () => {
    const colours = buildChartConfig(trend).data.datasets.map((d) => d.backgroundColor);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('formatFigureValue', () => {
  test.each([
    [1234, 'aantal', '1.234'],
    [7.7, 'score', '7,7'],
    [8, 'score', '8,0'],
    [1250.5, 'euro', '€ 1.250,50'],
    [null, 'aantal', 'niet gerapporteerd'],
  ] as const)('%s as %s is "%s"', (value, unit, expected) => {
    expect(formatFigureValue(value, unit).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});

describe('hasChartableData', () => {
  test('is false when every value is not reported', () => {
    expect(hasChartableData({ ...trend, rows: [{ label: 'A', values: [null, null] }] })).toBe(false);
    expect(hasChartableData(trend)).toBe(true);
  });
});

describe('describeChart', () => {
  test('names the kind of chart and points to the table', () => {
    expect(describeChart(trend)).toBe('Staafdiagram: Gesprekken per onderwerp, 2021–2022. De cijfers staan in de tabel bij deze grafiek.');
  });
});
