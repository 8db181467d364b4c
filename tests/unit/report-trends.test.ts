/** Trends across years whose reports use different categories. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildTrendGroups, validateReportFile, type ReportRecord } from '../../src/data/reports.ts';
import { nl } from './dictionaries.ts';
import type { ContentIssue } from '../../src/lib/content-errors.ts';
import { buildSectionFigures } from '../../src/lib/report-figures.ts';
import {
  buildCategoryRows,
  buildTrends,
  getReportOutcomeCell,
} from '../../src/lib/report-trends.ts';
import { fixturePath } from './content-fixtures.ts';

function fixture(name: string): ReportRecord {
  const issues: ContentIssue[] = [];
  const record = validateReportFile(
    `reports/${name}`,
    readFileSync(fixturePath('reports', name), 'utf8'),
    issues,
  );
  if (!record) throw new Error(issues.map((i) => i.nl).join('\n'));
  return record;
}

const zh2021 = fixture('zuid-holland-2021.md');
const zh2022 = fixture('zuid-holland-2022.md');

describe('buildCategoryRows', () => {
  test('takes the union of the categories; a category a year does not list is null, not 0', () => {
    const rows = buildCategoryRows(
      [
        [
          { label: 'Arbeidsconflict', aantal: 2 },
          { label: 'Discriminatie', aantal: 0 },
        ],
        [{ label: '(Dreigend) arbeidsconflict', aantal: 12 }],
      ],
      (list) => list,
    );
    expect(rows).toEqual([
      { label: 'Arbeidsconflict', values: [2, null] },
      { label: 'Discriminatie', values: [0, null] },
      { label: '(Dreigend) arbeidsconflict', values: [null, 12] },
    ]);
  });

  test('matches a category regardless of case and spacing, and keeps its first spelling', () => {
    expect(
      buildCategoryRows(
        [[{ label: 'Advies algemeen', aantal: 2 }], [{ label: 'advies  Algemeen', aantal: 8 }]],
        (l) => l,
      ),
    ).toEqual([{ label: 'Advies algemeen', values: [2, 8] }]);
  });

  test('a year without the section at all is null in every row', () => {
    expect(buildCategoryRows([[{ label: 'A', aantal: 1 }], undefined], (l) => l)).toEqual([
      { label: 'A', values: [1, null] },
    ]);
  });
});

describe('buildTrends on Zuid-Holland 2021 and 2022', () => {
  const sections = buildTrends([zh2022, zh2021], nl.reportFigures);
  const figure = (id: string) =>
    sections.flatMap((s) => s.figures).find((f) => f.id === `trend-${id}`);

  test('orders the years oldest first, whatever order the reports come in', () => {
    expect(figure('gesprekken')?.columns).toEqual(['2021', '2022']);
    expect(figure('gesprekken')?.rows).toEqual([{ label: 'Gesprekken', values: [17, 58] }]);
  });

  test('shows the counsellor topics of both years honestly: changed topics are not reported in the other year', () => {
    expect(figure('onderwerpen')?.rows).toEqual([
      { label: 'Integriteit', values: [2, null], content: true },
      { label: 'Ongewenste omgangsvormen', values: [7, 28], content: true },
      { label: 'Discriminatie', values: [0, null], content: true },
      { label: 'Arbeidsconflict', values: [2, null], content: true },
      { label: 'Onveiligheid', values: [4, 7], content: true },
      { label: 'Advies algemeen', values: [2, 8], content: true },
      { label: 'Zakelijke integriteit', values: [null, 3], content: true },
      { label: '(Dreigend) arbeidsconflict', values: [null, 12], content: true },
    ]);
    expect(figure('onderwerpen')?.totals).toEqual([17, 58]);
  });

  test("publishes each report's own total of meldingen (5, then 2), without reconciling", () => {
    expect(figure('meldingen')?.totals).toEqual([5, 2]);
    expect(figure('meldingen')?.rows.map((r) => r.values)).toEqual([
      [1, 0],
      [3, 0],
      [1, 1],
      [0, 1],
    ]);
  });

  test('adds up the outcomes over the kinds, labelled as computed, where every kind gives them', () => {
    expect(figure('uitkomsten')?.rows).toEqual([
      {
        label: 'Gegrond (schending vastgesteld)',
        values: [3, 0],
        computed: ['sum-kinds', 'sum-kinds'],
      },
      { label: 'Ongegrond', values: [2, 2], computed: ['sum-kinds', 'sum-kinds'] },
    ]);
  });

  test('oaths: a stated total in 2021, the sum of the groups in 2022, labelled as computed', () => {
    expect(figure('eed')?.rows).toEqual([
      { label: 'Eed of belofte afgelegd', values: [148, 196], computed: [null, 'sum-groups'] },
    ]);
  });

  test('investigations: the number each report states, and the outcomes it lists', () => {
    expect(sections.map((s) => s.key)).toContain('onderzoeken');
    expect(figure('onderzoeken')?.rows).toEqual([{ label: 'Onderzoeken', values: [5, 2] }]);
    // 2021 gives no outcomes of its five investigations; 2022 gives all of its two.
    expect(figure('onderzoeken-uitkomsten')?.rows).toEqual([
      { label: 'Ongegrond', values: [null, 2] },
    ]);
    expect(figure('onderzoeken-uitkomsten')?.totals).toEqual([5, 2]);
  });

  test('prevention: sessions not reported in 2022 stay not reported', () => {
    expect(
      figure('preventie-bijeenkomsten')?.rows.find((r) => r.label === 'Dilemmaspel')?.values,
    ).toEqual([3, null]);
    expect(
      figure('preventie-deelnemers')?.rows.find((r) => r.label === 'Dilemmaspel')?.values,
    ).toEqual([50, 398]);
  });
});

describe('buildSectionFigures', () => {
  test('Zuid-Holland 2022: counsellor conversations 28/3/12/7/8, total 58', () => {
    const [figure] = buildSectionFigures(zh2022, 'vertrouwenspersonen', 'f', nl.reportFigures);
    expect(figure?.rows.map((r) => r.values[0])).toEqual([28, 3, 12, 7, 8]);
    expect(figure?.totals).toEqual([58]);
    expect(figure?.totalsComputed).toBeUndefined();
  });

  test('adds a row, labelled as computed, for the part of a total the report does not break down', () => {
    const record = {
      ...zh2022,
      vertrouwenspersonen: { gesprekken: 60, onderwerpen: zh2022.vertrouwenspersonen?.onderwerpen },
    };
    const [figure] = buildSectionFigures(record, 'vertrouwenspersonen', 'f', nl.reportFigures);
    expect(figure?.rows.at(-1)).toEqual({
      label: 'Niet naar onderwerp uitgesplitst',
      values: [2],
      computed: ['remainder'],
    });
    expect(figure?.totals).toEqual([60]);
  });
});

describe('getReportOutcomeCell', () => {
  const year = (meldingen: ReportRecord['meldingen']): ReportRecord => ({ ...zh2022, meldingen });

  test('is not reported when one kind is not split by outcome, never 0 for it', () => {
    const record = year({
      perSoort: [
        {
          soort: 'zakelijke-integriteit',
          aantal: 2,
          uitkomsten: [{ uitkomst: 'gegrond', aantal: 2 }],
        },
        { soort: 'sociale-integriteit', aantal: 3 },
      ],
    });
    expect(getReportOutcomeCell(record, 'gegrond')).toEqual({ value: null, computed: null });
    expect(getReportOutcomeCell(record, 'ongegrond')).toEqual({ value: null, computed: null });
  });

  test('is not reported when reports are left out of the split by kind', () => {
    const record = year({
      totaal: 4,
      perSoort: [{ soort: 'lkog', aantal: 2, uitkomsten: [{ uitkomst: 'ongegrond', aantal: 2 }] }],
    });
    expect(getReportOutcomeCell(record, 'ongegrond')).toEqual({ value: null, computed: null });
  });

  test("is the one kind's own number when there is one kind", () => {
    expect(
      getReportOutcomeCell(
        year({
          perSoort: [
            { soort: 'lkog', aantal: 2, uitkomsten: [{ uitkomst: 'ongegrond', aantal: 2 }] },
          ],
        }),
        'ongegrond',
      ),
    ).toEqual({ value: 2, computed: null });
  });

  test('is not reported for a year without meldingen or without a split by kind', () => {
    expect(getReportOutcomeCell(year(undefined), 'gegrond').value).toBeNull();
    expect(getReportOutcomeCell(year({ totaal: 3 }), 'gegrond').value).toBeNull();
  });
});

describe('buildTrends over a partial split by outcome', () => {
  const y2024 = fixture('testland-2024.md');
  const y2025 = fixture('testland-2025.md');
  const sections = buildTrends([y2024, y2025], nl.reportFigures);
  const figure = (id: string) =>
    sections.flatMap((s) => s.figures).find((f) => f.id === `trend-${id}`);

  test('shows "not reported", never 0, for outcomes of years that split only some kinds', () => {
    const rows = figure('uitkomsten')?.rows ?? [];
    expect(rows.map((r) => r.label)).toEqual([
      'Gegrond (schending vastgesteld)',
      'Ongegrond',
      'Nog in behandeling',
    ]);
    for (const row of rows) expect(row.values, row.label).toEqual([null, null]);
  });

  test('investigations: outcomes without their number give a total labelled as the sum of the outcomes', () => {
    expect(figure('onderzoeken')?.rows).toEqual([
      { label: 'Onderzoeken', values: [13, 4], computed: ['sum-outcomes', null] },
    ]);
    expect(figure('onderzoeken-uitkomsten')?.rows).toEqual([
      { label: 'Gegrond (schending vastgesteld)', values: [5, null] },
      { label: 'Ongegrond', values: [8, null] },
    ]);
    expect(figure('onderzoeken-uitkomsten')?.totalsComputed).toEqual(['sum-outcomes', null]);
  });

  test('missing sections are not reported in their year', () => {
    expect(figure('eed')?.rows).toEqual([
      { label: 'Eed of belofte afgelegd', values: [47, null], computed: ['sum-groups', null] },
    ]);
    expect(figure('preventie-bijeenkomsten')?.rows).toEqual([
      { label: 'Dilemmaspel', values: [10, null] },
    ]);
    expect(figure('meldingen')?.totals).toEqual([16, 5]);
    expect(figure('meldingen')?.totalsComputed).toEqual([null, 'sum-kinds']);
    expect(figure('inkoop')?.rows).toEqual([
      { label: 'Afwijkingen', values: [26, null], computed: ['sum-reasons', null] },
    ]);
  });

  test("every number that is not a field of its year's report is labelled as computed", () => {
    const stated = [y2024, y2025].map((r) => new Set(numbersOf(r)));
    for (const f of sections.flatMap((s) => s.figures)) {
      const rows = [
        ...f.rows,
        ...(f.totals ? [{ label: 'totaal', values: f.totals, computed: f.totalsComputed }] : []),
      ];
      for (const row of rows) {
        row.values.forEach((value, i) => {
          if (value !== null && !stated[i]?.has(value))
            expect(row.computed?.[i], `${f.id} ${row.label} ${f.columns[i] ?? ''}`).toBeTruthy();
        });
      }
    }
  });
});

/** Every number in a report's front matter. */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'jaar' || key === 'blocks' ? [] : numbersOf(v),
    );
  return [];
}

describe('violations, measures, investigations and requests across the years (the invented ministry)', () => {
  const y2023 = fixture('testzaken-2023.md');
  const y2024 = fixture('testzaken-2024.md');
  const sections = buildTrends([y2024, y2023], nl.reportFigures);
  const figure = (id: string) =>
    sections.flatMap((s) => s.figures).find((f) => f.id === `trend-${id}`);

  test('suspected and established violations are two rows of their own, apart from the reports', () => {
    expect(sections.map((s) => s.key)).toEqual([
      'meldingen',
      'schendingen',
      'onderzoeken',
      'maatregelen',
      'verzoeken',
    ]);
    expect(figure('schendingen')?.rows).toEqual([
      { label: 'Vermoedelijke schendingen', values: [38, null] },
      { label: 'Vastgestelde schendingen', values: [17, 10], computed: [null, 'sum-violations'] },
    ]);
    expect(figure('meldingen')?.rows).toEqual([{ label: 'Meldingen', values: [31, null] }]);
  });

  test('kinds of violation are matched across years regardless of case and spacing', () => {
    expect(
      figure('schendingen-vastgesteld')?.rows.find((r) => r.label === 'Financiële schendingen')
        ?.values,
    ).toEqual([5, 3]);
    expect(
      figure('schendingen-vastgesteld')?.rows.find((r) => r.label === 'Schending van geheimhouding')
        ?.values,
    ).toEqual([null, 1]);
  });

  test("measures by kind with each year's total; investigations internal, external and their cost", () => {
    expect(figure('maatregelen')?.totals).toEqual([15, 4]);
    expect(figure('maatregelen')?.totalsComputed).toEqual([null, 'sum-measures']);
    expect(figure('onderzoeken-uitvoering')?.rows).toEqual([
      { label: 'Intern uitgevoerd', values: [16, null] },
      { label: 'Extern uitgevoerd', values: [6, 4] },
    ]);
    expect(figure('onderzoeken-kosten')).toMatchObject({
      unit: 'euro',
      rows: [{ label: 'Kosten externe onderzoeken', values: [187450.5, null] }],
    });
  });

  test('requests in a year that does not give them are not reported', () => {
    expect(figure('verzoeken')?.rows.map((r) => r.values)).toEqual([
      [9, null],
      [26, null],
      [4, null],
    ]);
  });
});

describe('buildTrendGroups with an overview of several years', () => {
  const ministry = ['testzaken-2012-2016.md', 'testzaken-2024.md', 'testzaken-2023.md'].map(
    fixture,
  );
  const [group] = buildTrendGroups(ministry, 'Testland', nl.reportFigures);

  test('the annual reports are the yearly columns; the overview is not one of them', () => {
    expect(group?.reports.map((r) => r.id)).toEqual(['testzaken-2023', 'testzaken-2024']);
    for (const f of group?.sections.flatMap((s) => s.figures) ?? [])
      expect(f.columns, f.id).toEqual(['2023', '2024']);
  });

  test('the overview has figures of its own, a column headed with its period, not added to any year', () => {
    expect(group?.overviews.map((r) => r.id)).toEqual(['testzaken-2012-2016']);
    const figures = group?.overviewSections.flatMap((s) => s.figures) ?? [];
    expect(figures.map((f) => f.id)).toContain('trend-1-periode-onderzoeken');
    for (const f of figures) {
      expect(f.columns, f.id).toEqual(['2012–2016']);
      expect(f.caption, f.id).not.toContain('per jaar');
      // One period is a table: a chart of one point, or a line between periods, would suggest a time series.
      expect(f.chart, f.id).toBe('none');
    }
    expect(figures.find((f) => f.id === 'trend-1-periode-meldingen')?.rows).toEqual([
      { label: 'Meldingen', values: [27] },
    ]);
  });

  test('an organisation without overviews has none', () => {
    const [only] = buildTrendGroups([zh2021, zh2022], 'Testland', nl.reportFigures);
    expect(only?.overviews).toEqual([]);
    expect(only?.overviewSections).toEqual([]);
  });
});
