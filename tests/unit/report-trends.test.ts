/** Trends across years whose reports use different categories. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateReportFile, type ReportRecord } from '../../src/data/reports.ts';
import type { ContentIssue } from '../../src/lib/content-errors.ts';
import { buildSectionFigures, outcomeValue } from '../../src/lib/report-figures.ts';
import { buildCategoryRows, buildTrends } from '../../src/lib/report-trends.ts';
import { fixturePath } from './content-fixtures.ts';

function fixture(name: string): ReportRecord {
  const issues: ContentIssue[] = [];
  const record = validateReportFile(`reports/${name}`, readFileSync(fixturePath('reports', name), 'utf8'), issues);
  if (!record) throw new Error(issues.map((i) => i.nl).join('\n'));
  return record;
}

const zh2021 = fixture('zuid-holland-2021.md');
const zh2022 = fixture('zuid-holland-2022.md');

describe('buildCategoryRows', () => {
  test('takes the union of the categories; a category a year does not list is null, not 0', () => {
    const rows = buildCategoryRows(
      [[{ label: 'Arbeidsconflict', aantal: 2 }, { label: 'Discriminatie', aantal: 0 }], [{ label: '(Dreigend) arbeidsconflict', aantal: 12 }]],
      (list) => list,
    );
    expect(rows).toEqual([
      { label: 'Arbeidsconflict', values: [2, null] },
      { label: 'Discriminatie', values: [0, null] },
      { label: '(Dreigend) arbeidsconflict', values: [null, 12] },
    ]);
  });

  test('matches a category regardless of case and spacing, and keeps its first spelling', () => {
    expect(buildCategoryRows([[{ label: 'Advies algemeen', aantal: 2 }], [{ label: 'advies  Algemeen', aantal: 8 }]], (l) => l)).toEqual([{ label: 'Advies algemeen', values: [2, 8] }]);
  });

  test('a year without the section at all is null in every row', () => {
    expect(buildCategoryRows([[{ label: 'A', aantal: 1 }], undefined], (l) => l)).toEqual([{ label: 'A', values: [1, null] }]);
  });
});

describe('buildTrends on Zuid-Holland 2021 and 2022', () => {
  const sections = buildTrends([zh2022, zh2021]);
  const figure = (id: string) => sections.flatMap((s) => s.figures).find((f) => f.id === `trend-${id}`);

  test('orders the years oldest first, whatever order the reports come in', () => {
    expect(figure('gesprekken')?.columns).toEqual(['2021', '2022']);
    expect(figure('gesprekken')?.rows).toEqual([{ label: 'Gesprekken', values: [17, 58] }]);
  });

  test('shows the counsellor topics of both years honestly: changed topics are not reported in the other year', () => {
    expect(figure('onderwerpen')?.rows).toEqual([
      { label: 'Integriteit', values: [2, null] },
      { label: 'Ongewenste omgangsvormen', values: [7, 28] },
      { label: 'Discriminatie', values: [0, null] },
      { label: 'Arbeidsconflict', values: [2, null] },
      { label: 'Onveiligheid', values: [4, 7] },
      { label: 'Advies algemeen', values: [2, 8] },
      { label: 'Zakelijke integriteit', values: [null, 3] },
      { label: '(Dreigend) arbeidsconflict', values: [null, 12] },
    ]);
    expect(figure('onderwerpen')?.totals).toEqual([17, 58]);
  });

  test('publishes each report\'s own total of meldingen (5, then 2), without reconciling', () => {
    expect(figure('meldingen')?.totals).toEqual([5, 2]);
    expect(figure('meldingen')?.rows.map((r) => r.values)).toEqual([
      [1, 0],
      [3, 0],
      [1, 1],
      [0, 1],
    ]);
  });

  test('adds up the outcomes the reports give', () => {
    expect(figure('uitkomsten')?.rows).toEqual([
      { label: 'Gegrond (schending vastgesteld)', values: [3, 0] },
      { label: 'Ongegrond', values: [2, 2] },
    ]);
  });

  test('oaths: a stated total in 2021, the sum of the groups in 2022', () => {
    expect(figure('eed')?.rows).toEqual([{ label: 'Eed of belofte afgelegd', values: [148, 196] }]);
  });

  test('prevention: sessions not reported in 2022 stay not reported', () => {
    expect(figure('preventie-bijeenkomsten')?.rows.find((r) => r.label === 'Dilemmaspel')?.values).toEqual([3, null]);
    expect(figure('preventie-deelnemers')?.rows.find((r) => r.label === 'Dilemmaspel')?.values).toEqual([50, 398]);
  });
});

describe('buildSectionFigures', () => {
  test('Zuid-Holland 2022: counsellor conversations 28/3/12/7/8, total 58', () => {
    const [figure] = buildSectionFigures(zh2022, 'vertrouwenspersonen', 'f');
    expect(figure?.rows.map((r) => r.values[0])).toEqual([28, 3, 12, 7, 8]);
    expect(figure?.totals).toEqual([58]);
  });

  test('adds a row for the part of a total the report does not break down', () => {
    const record = { ...zh2022, vertrouwenspersonen: { gesprekken: 60, onderwerpen: zh2022.vertrouwenspersonen?.onderwerpen } };
    const [figure] = buildSectionFigures(record, 'vertrouwenspersonen', 'f');
    expect(figure?.rows.at(-1)).toEqual({ label: 'Niet naar onderwerp uitgesplitst', values: [2] });
    expect(figure?.totals).toEqual([60]);
  });
});

describe('outcomeValue', () => {
  test('an outcome missing from a complete breakdown is 0; from a partial one, not reported', () => {
    expect(outcomeValue([{ uitkomst: 'gegrond', aantal: 2 }], 2, 'ongegrond')).toBe(0);
    expect(outcomeValue([{ uitkomst: 'gegrond', aantal: 1 }], 2, 'ongegrond')).toBeNull();
    expect(outcomeValue(undefined, 0, 'gegrond')).toBe(0);
    expect(outcomeValue(undefined, 3, 'gegrond')).toBeNull();
  });
});
