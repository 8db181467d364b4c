/**
 * The figures of one report show only what the report states; a number the page works out itself
 * (a total, a remainder, a 0 that follows from a complete breakdown) says so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateReportFile, type ReportRecord } from '../../src/data/reports.ts';
import { en } from './dictionaries.ts';
import { nl } from './dictionaries.ts';
import type { ContentIssue } from '../../src/lib/content-errors.ts';
import {
  buildSectionFigures,
  getInvestigationByWhomTotal,
  getInvestigationTotal,
  getMeasureTotal,
  getOathTotal,
  getOutcomeCell,
  getReportSections,
  getReportTotal,
  getConversationTotal,
  getViolationTotal,
} from '../../src/lib/report-figures.ts';
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

const testland2024 = fixture('testland-2024.md');
const testland2025 = fixture('testland-2025.md');
const figureOf = (report: ReportRecord, id: string) =>
  getReportSections(report)
    .flatMap((s) => buildSectionFigures(report, s, 'f', nl.reportFigures))
    .find((f) => f.id === `f-${id}`);

describe('investigations with only their outcomes', () => {
  test('the total is the sum of the outcomes, labelled as computed, never as the number of investigations', () => {
    expect(getInvestigationTotal(testland2024)).toEqual({ value: 13, computed: 'sum-outcomes' });
    const figure = figureOf(testland2024, 'onderzoeken');
    expect(figure?.rows).toEqual([
      { label: 'Gegrond (schending vastgesteld)', values: [5] },
      { label: 'Ongegrond', values: [8] },
    ]);
    expect(figure?.totals).toEqual([13]);
    expect(figure?.totalsComputed).toEqual(['sum-outcomes']);
  });

  test('a stated number stays as stated, and a partial breakdown gets a computed remainder', () => {
    const record = {
      ...testland2024,
      onderzoeken: { aantal: 20, uitkomsten: testland2024.onderzoeken?.uitkomsten },
    };
    expect(getInvestigationTotal(record)).toEqual({ value: 20, computed: null });
    const figure = figureOf(record, 'onderzoeken');
    expect(figure?.rows.at(-1)).toEqual({
      label: 'Niet naar uitkomst uitgesplitst',
      values: [7],
      computed: ['remainder'],
    });
    expect(figure?.totalsComputed).toBeUndefined();
  });

  test('the number only, without outcomes, is one stated row and no total', () => {
    const figure = figureOf(testland2025, 'onderzoeken');
    expect(figure?.rows).toEqual([{ label: 'Onderzoeken', values: [4] }]);
    expect(figure?.totals).toBeUndefined();
  });
});

describe('reports split by outcome for only some kinds', () => {
  const figure = figureOf(testland2024, 'uitkomsten');

  test('a kind without outcomes is not reported in every column, never 0', () => {
    expect(figure?.columns).toEqual(['Gegrond (schending vastgesteld)', 'Nog in behandeling']);
    expect(figure?.rows.find((r) => r.label === 'Sociale integriteit (ongewenst gedrag)')).toEqual({
      label: 'Sociale integriteit (ongewenst gedrag)',
      values: [null, null],
    });
  });

  test('a partial breakdown leaves the outcomes it does not list not reported', () => {
    expect(figure?.rows.find((r) => r.label === 'Zakelijke integriteit')).toEqual({
      label: 'Zakelijke integriteit',
      values: [1, null],
    });
  });

  test('a complete breakdown makes the outcomes it does not list a computed 0', () => {
    expect(figure?.rows.find((r) => r.label.startsWith('Vermoeden van een misstand'))).toEqual({
      label: 'Vermoeden van een misstand (klokkenluidersregeling)',
      values: [0, 2],
      computed: ['zero-complete', null],
    });
  });

  test('the reports not split by kind are a computed remainder; a stated total stays as stated', () => {
    const kinds = figureOf(testland2024, 'meldingen');
    expect(kinds?.rows.at(-1)).toEqual({
      label: 'Niet naar soort uitgesplitst',
      values: [3],
      computed: ['remainder'],
    });
    expect(kinds?.totals).toEqual([16]);
    expect(kinds?.totalsComputed).toBeUndefined();
  });
});

describe('getOutcomeCell', () => {
  test('a listed outcome is as stated, even 0', () => {
    expect(getOutcomeCell([{ uitkomst: 'gegrond', aantal: 0 }], 0, 'gegrond')).toEqual({
      value: 0,
      computed: null,
    });
  });

  test('an outcome missing from a complete breakdown is a computed 0; from a partial one, not reported', () => {
    expect(getOutcomeCell([{ uitkomst: 'gegrond', aantal: 2 }], 2, 'ongegrond')).toEqual({
      value: 0,
      computed: 'zero-complete',
    });
    expect(getOutcomeCell([{ uitkomst: 'gegrond', aantal: 1 }], 2, 'ongegrond')).toEqual({
      value: null,
      computed: null,
    });
  });

  test('without a breakdown: a computed 0 of nothing, otherwise not reported', () => {
    expect(getOutcomeCell(undefined, 0, 'gegrond')).toEqual({ value: 0, computed: 'zero-total' });
    expect(getOutcomeCell(undefined, 3, 'gegrond')).toEqual({ value: null, computed: null });
    expect(getOutcomeCell(undefined, undefined, 'gegrond')).toEqual({
      value: null,
      computed: null,
    });
  });
});

describe('key figures', () => {
  test('totals made from parts are labelled as computed; stated totals are not', () => {
    expect(getOathTotal(testland2024)).toEqual({ value: 47, computed: 'sum-groups' });
    expect(getReportTotal(testland2024)).toEqual({ value: 16, computed: null });
    expect(getReportTotal(testland2025)).toEqual({ value: 5, computed: 'sum-kinds' });
    expect(getConversationTotal(testland2024)).toEqual({ value: 20, computed: 'sum-topics' });
    expect(getConversationTotal(testland2025)).toEqual({ value: 23, computed: null });
  });

  test('a missing section is not reported, never 0', () => {
    expect(getOathTotal(testland2025)).toEqual({ value: null, computed: null });
    expect(getReportSections(testland2025)).toEqual([
      'meldingen',
      'onderzoeken',
      'vertrouwenspersonen',
    ]);
    expect(
      getReportSections(testland2025)
        .flatMap((s) => buildSectionFigures(testland2025, s, 'f', nl.reportFigures))
        .map((f) => f.id),
    ).toEqual(['f-meldingen', 'f-uitkomsten', 'f-onderzoeken', 'f-vertrouwenspersonen']);
  });
});

describe('sums and remainders in every section', () => {
  test('oath groups, topics and reasons without a stated total give a computed total', () => {
    expect(figureOf(testland2024, 'eed')?.totalsComputed).toEqual(['sum-groups']);
    expect(figureOf(testland2024, 'vertrouwenspersonen')?.totalsComputed).toEqual(['sum-topics']);
    expect(figureOf(testland2024, 'inkoop')?.totals).toEqual([26]);
    expect(figureOf(testland2024, 'inkoop')?.totalsComputed).toEqual(['sum-reasons']);
  });

  test('a stated total with fewer topics gets a computed remainder row', () => {
    expect(figureOf(testland2025, 'vertrouwenspersonen')?.rows.at(-1)).toEqual({
      label: 'Niet naar onderwerp uitgesplitst',
      values: [8],
      computed: ['remainder'],
    });
  });
});

describe('violations, measures, investigations and requests (the invented ministry)', () => {
  const y2023 = fixture('testzaken-2023.md');
  const y2024 = fixture('testzaken-2024.md');
  const overview = fixture('testzaken-2012-2016.md');

  test('the sections come in page order, after the reports and before the counsellors', () => {
    expect(getReportSections(y2023)).toEqual([
      'meldingen',
      'schendingen',
      'onderzoeken',
      'maatregelen',
      'verzoeken',
    ]);
  });

  test('suspected and established violations are two columns; a kind one series does not list is not reported in it', () => {
    const figure = figureOf(y2023, 'schendingen');
    expect(figure?.columns).toEqual(['Vermoedelijk', 'Vastgesteld']);
    expect(
      figure?.rows.find((r) => r.label === 'Misbruik van positie en belangenverstrengeling'),
    ).toEqual({
      label: 'Misbruik van positie en belangenverstrengeling',
      values: [6, null],
      content: true,
    });
    expect(figure?.rows.find((r) => r.label === 'Oneigenlijk gebruik van dienstmiddelen')).toEqual({
      label: 'Oneigenlijk gebruik van dienstmiddelen',
      values: [null, 2],
      content: true,
    });
    expect(figure?.rows.at(-1)).toEqual({
      label: 'Niet naar soort uitgesplitst',
      values: [2, 0],
      computed: ['remainder', 'remainder'],
    });
    expect(figure?.totals).toEqual([38, 17]);
    expect(figure?.totalsComputed).toBeUndefined();
  });

  test('violations without a stated total: the sum of the kinds, labelled; a missing series is not reported', () => {
    expect(getViolationTotal(y2024, 'vastgesteld')).toEqual({
      value: 10,
      computed: 'sum-violations',
    });
    expect(getViolationTotal(y2024, 'vermoedelijk')).toEqual({ value: null, computed: null });
    expect(figureOf(y2024, 'schendingen')?.totalsComputed).toEqual([null, 'sum-violations']);
  });

  test('violations with totals only: one row, no total row', () => {
    expect(figureOf(overview, 'schendingen')?.rows).toEqual([
      { label: 'Schendingen', values: [null, 14] },
    ]);
    expect(figureOf(overview, 'schendingen')?.totals).toBeUndefined();
  });

  test('measures in order of weight, "overig" under its own description, the rest of the total computed', () => {
    const figure = figureOf(y2023, 'maatregelen');
    expect(figure?.rows.map((r) => r.label)).toEqual([
      'Waarschuwing',
      'Berisping',
      'Schorsing',
      'Ontslag',
      'Aangifte bij de politie',
      'Geldboete',
      'Niet naar maatregel uitgesplitst',
    ]);
    expect(figure?.rows.at(-1)?.computed).toEqual(['remainder']);
    expect(getMeasureTotal(y2023)).toEqual({ value: 15, computed: null });
    expect(getMeasureTotal(y2024)).toEqual({ value: 4, computed: 'sum-measures' });
  });

  test('investigations internal and external: the stated number, or their sum only when both are given', () => {
    expect(figureOf(y2023, 'onderzoeken-uitvoering')?.totals).toEqual([22]);
    expect(figureOf(y2023, 'onderzoeken-uitvoering')?.totalsComputed).toBeUndefined();
    expect(figureOf(y2024, 'onderzoeken-uitvoering')?.rows).toEqual([
      { label: 'Intern uitgevoerd', values: [null] },
      { label: 'Extern uitgevoerd', values: [4] },
    ]);
    expect(figureOf(y2024, 'onderzoeken-uitvoering')?.totals).toBeUndefined();
    expect(
      getInvestigationByWhomTotal({ ...y2024, onderzoeken: { intern: 3, extern: 4 } }),
    ).toEqual({ value: 7, computed: 'sum-intern-extern' });
  });

  test('investigations without their number: no figure of the number, the kinds with a computed total', () => {
    expect(figureOf(y2024, 'onderzoeken')).toBeUndefined();
    expect(figureOf(y2024, 'onderzoeken-soort')?.totals).toEqual([5]);
    expect(figureOf(y2024, 'onderzoeken-soort')?.totalsComputed).toEqual([
      'sum-investigation-kinds',
    ]);
  });

  test('the cost of external investigations is an amount in euros, and absent when the report does not give it', () => {
    expect(figureOf(y2023, 'onderzoeken-kosten')).toMatchObject({
      unit: 'euro',
      rows: [{ label: 'Externe onderzoeken', values: [187450.5] }],
    });
    expect(figureOf(y2024, 'onderzoeken-kosten')).toBeUndefined();
  });

  test('requests per body and kind, without a total', () => {
    const figure = figureOf(y2023, 'verzoeken');
    expect(figure?.rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['Bureau Integriteit: verzoek om onderzoek', 9],
      ['Bureau Integriteit: verzoek om advies', 26],
      ['Auditdienst', 4],
    ]);
    expect(figure?.totals).toBeUndefined();
  });

  test('an overview names its period in every caption, never one of its years', () => {
    const captions = getReportSections(overview)
      .flatMap((s) => buildSectionFigures(overview, s, 'f', nl.reportFigures))
      .map((f) => f.caption);
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) expect(caption).toContain('2012–2016');
  });
});

describe('the words of the figures', () => {
  const figures = (words: typeof nl.reportFigures) =>
    getReportSections(testland2024).flatMap((s) =>
      buildSectionFigures(testland2024, s, 'f', words),
    );

  test('come from the dictionary of the page: in English, no caption, header or own label is Dutch', () => {
    const dutch = figures(nl.reportFigures);
    const english = figures(en.reportFigures);
    expect(english.map((f) => f.id)).toEqual(dutch.map((f) => f.id));
    english.forEach((figure, i) => {
      const other = dutch[i];
      expect(figure.caption).not.toBe(other?.caption);
      expect(figure.rowHeader).not.toBe(other?.rowHeader);
      expect(figure.rows.map((r) => r.values)).toEqual(other?.rows.map((r) => r.values));
      // Only the reports' own categories keep their Dutch label, and they say so.
      for (const [j, row] of figure.rows.entries())
        if (
          row.label === other?.rows[j]?.label &&
          !/^\d/.test(row.label) &&
          row.label !== en.reportFigures.activities.webinars
        )
          expect(row.content, row.label).toBe(true);
    });
  });
});
