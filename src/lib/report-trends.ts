/**
 * Each figure of the annual reports across the years. Categories change from year to year
 * (counsellor topics, Bibob figures): a trend row is the union of every year's categories, and
 * a category a year's report does not list is "not reported" (null), never 0. A number a report
 * does not state itself (a total as the sum of its parts) carries its `Computation`.
 */
import type { Outcome, Report } from '../schemas/report.ts';
import {
  rowFromCells,
  statedCell,
  totalsFromCells,
  type Figure,
  type FigureCell,
  type FigureRow,
} from './charts.ts';
import {
  getConversationTotal,
  getInvestigationTotal,
  getMeasureTotal,
  getOathTotal,
  getOutcomeCell,
  getProcurementTotal,
  getRemainderCell,
  getReportTotal,
  getViolationTotal,
  measureKindLabel,
  reportKindLabel,
  requestLabel,
  sortMeasures,
  VIOLATION_STANDINGS,
  type ReportFigureWords,
} from './report-figures.ts';
import { categoryKey, OUTCOME_ORDER, REPORT_KIND_ORDER } from './report-labels.ts';
import {
  compareReportPeriods,
  formatReportPeriod,
  getReportPeriod,
  isMultiYear,
} from './report-period.ts';

/** A group of trend figures under one heading. */
export interface TrendSection {
  key: string;
  title: string;
  figures: Figure[];
}

// Shared with the figures of one report, which match the kinds of suspected and established violations.
export { categoryKey };

/**
 * Rows for categories that vary per year: one row per category that any year lists (labelled as
 * first written, in order of first appearance); a year that lists the section but not the
 * category, or does not have the section, gets null.
 */
export function buildCategoryRows<R>(
  reports: readonly R[],
  list: (report: R) => readonly { label: string; aantal: number }[] | undefined,
): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  reports.forEach((report, column) => {
    for (const item of list(report) ?? []) {
      const key = categoryKey(item.label);
      let row = rows.get(key);
      if (!row) {
        row = { label: item.label, values: reports.map(() => null) };
        rows.set(key, row);
      }
      row.values[column] = item.aantal;
    }
  });
  return [...rows.values()];
}

function anyValue(rows: readonly FigureRow[]): boolean {
  return rows.some((r) => r.values.some((v) => v !== null));
}

/**
 * One outcome over all the reports (meldingen) of a year: the sum over the kinds, labelled as
 * computed. It is known only when every report of the year is counted under a kind and each
 * kind's count of the outcome is known; otherwise it is "not reported", never a partial sum or
 * a 0 standing in for the kinds the report does not split by outcome.
 */
export function getReportOutcomeCell(report: Report, outcome: Outcome): FigureCell {
  const meldingen = report.meldingen;
  const kinds = meldingen?.perSoort;
  // Reports left out of the split by kind may have had any outcome.
  if (!meldingen || !kinds || getRemainderCell(meldingen.totaal, kinds)) return statedCell(null);
  const cells = kinds.map((k) => getOutcomeCell(k.uitkomsten, k.aantal, outcome));
  if (cells.some((c) => c.value === null)) return statedCell(null);
  const [only] = cells;
  if (cells.length === 1 && only) return only;
  return { value: cells.reduce((sum, c) => sum + (c.value ?? 0), 0), computed: 'sum-kinds' };
}

/**
 * The trend figures for the reports of one organisation, oldest first: a column per report,
 * headed with its year, or with its period for overviews of several years (the caller keeps those
 * apart from the annual reports; see buildTrendGroups in src/data/reports.ts). Rows whose label is
 * the reports' own word (a group, a topic) are marked `content`.
 */
export function buildTrends(
  reports: readonly Report[],
  words: ReportFigureWords,
  prefix = 'trend',
): TrendSection[] {
  const { headers, trends, sections: titles } = words;
  const sorted = [...reports].sort(compareReportPeriods);
  const columns = sorted.map(formatReportPeriod);
  const first = Math.min(...sorted.map((r) => getReportPeriod(r).van));
  const last = Math.max(...sorted.map((r) => getReportPeriod(r).totEnMet));
  const range = sorted.length === 0 ? '' : first === last ? String(first) : `${first}–${last}`;
  const id = (name: string): string => `${prefix}-${name}`;
  const sections: TrendSection[] = [];
  // Overviews of several years: a column is a period, not a year; periods (of any length) are no
  // time axis to draw a line along, so they are bars, and a single period is a table only.
  const overviews = sorted.some(isMultiYear);
  const per = overviews ? trends.perPeriod : trends.perYear;
  const overviewChart = (chart: Figure['chart']): Figure['chart'] =>
    sorted.length < 2 ? 'none' : chart === 'line' ? 'bar' : chart;
  const figure = (
    name: string,
    caption: string,
    rowHeader: string,
    rows: FigureRow[],
    chart: Figure['chart'],
    extra: Partial<Figure> = {},
  ): Figure => ({
    id: id(name),
    caption: `${caption}, ${range}`,
    rowHeader,
    columns,
    rows,
    unit: 'aantal',
    chart: overviews ? overviewChart(chart) : chart,
    seriesFrom: 'rows',
    ...extra,
  });
  // Categories the reports name themselves (groups, topics): their labels are content.
  const ownRows = (rows: FigureRow[]): FigureRow[] =>
    rows.map((row) => ({ ...row, content: true }));

  // Oaths: the total per year, and the groups where reports split them.
  const oathRows: FigureRow[] = [rowFromCells(words.rows.oaths, sorted.map(getOathTotal))];
  const groupRows = ownRows(
    buildCategoryRows(sorted, (r) =>
      r.eed?.groepen?.map((g) => ({ label: g.groep, aantal: g.aantal })),
    ),
  );
  const oathFigures: Figure[] = [];
  if (anyValue(oathRows))
    oathFigures.push(figure('eed', trends.oaths(per), titles.eed, oathRows, 'line'));
  if (groupRows.length > 0)
    oathFigures.push(figure('eed-groepen', trends.oathGroups, headers.group, groupRows, 'bar'));
  if (oathFigures.length > 0)
    sections.push({ key: 'eed', title: titles.eed, figures: oathFigures });

  // Reports by kind, and by outcome.
  const kindRows = buildCategoryRows(sorted, (r) =>
    [...(r.meldingen?.perSoort ?? [])]
      .sort((a, b) => REPORT_KIND_ORDER.indexOf(a.soort) - REPORT_KIND_ORDER.indexOf(b.soort))
      .map((k) => ({ label: reportKindLabel(k, words), aantal: k.aantal })),
  );
  const reportTotals = sorted.map(getReportTotal);
  const reportFigures: Figure[] = [];
  if (kindRows.length > 0) {
    reportFigures.push(
      figure('meldingen', trends.reportsByKind(per), headers.reportKind, kindRows, 'bar', {
        ...totalsFromCells(reportTotals),
        totalLabel: trends.reportsTotal,
      }),
    );
  } else if (reportTotals.some((t) => t.value !== null)) {
    reportFigures.push(
      figure(
        'meldingen',
        trends.reports(per),
        headers.reports,
        [rowFromCells(headers.reports, reportTotals)],
        'line',
      ),
    );
  }
  const outcomes = OUTCOME_ORDER.filter((o) =>
    sorted.some((r) =>
      r.meldingen?.perSoort?.some((k) => k.uitkomsten?.some((u) => u.uitkomst === o)),
    ),
  );
  const outcomeRows = outcomes.map((outcome) =>
    rowFromCells(
      words.outcomes[outcome],
      sorted.map((r) => getReportOutcomeCell(r, outcome)),
    ),
  );
  if (outcomeRows.length > 0) {
    reportFigures.push(
      figure('uitkomsten', trends.reportOutcomes(per), headers.outcome, outcomeRows, 'stacked-bar'),
    );
  }
  if (reportFigures.length > 0)
    sections.push({ key: 'meldingen', title: trends.reportsSection, figures: reportFigures });

  // Violations: suspected and established as two series, never merged with the reports above.
  const violationFigures: Figure[] = [];
  const violationTotals = VIOLATION_STANDINGS.map((s) => ({
    ...words.standings[s],
    cells: sorted.map((r) => getViolationTotal(r, s)),
  })).filter((s) => s.cells.some((c) => c.value !== null));
  if (violationTotals.length > 0) {
    violationFigures.push(
      figure(
        'schendingen',
        trends.violations(per),
        headers.violations,
        violationTotals.map((s) => rowFromCells(s.total, s.cells)),
        'line',
      ),
    );
  }
  for (const standing of VIOLATION_STANDINGS) {
    const rows = ownRows(
      buildCategoryRows(sorted, (r) =>
        r.schendingen?.[standing]?.perSoort?.map((k) => ({ label: k.soort, aantal: k.aantal })),
      ),
    );
    if (rows.length === 0) continue;
    const totals = sorted.map((r) => getViolationTotal(r, standing));
    violationFigures.push(
      figure(
        `schendingen-${standing}`,
        words.standings[standing].perKind,
        headers.violationKind,
        rows,
        'bar',
        { ...totalsFromCells(totals), totalLabel: words.standings[standing].totalLabel },
      ),
    );
  }
  if (violationFigures.length > 0)
    sections.push({ key: 'schendingen', title: titles.schendingen, figures: violationFigures });

  // Investigations: the number per year, and their outcomes where reports list them.
  const investigationTotals = sorted.map(getInvestigationTotal);
  const investigationOutcomes = OUTCOME_ORDER.filter((o) =>
    sorted.some((r) => r.onderzoeken?.uitkomsten?.some((u) => u.uitkomst === o)),
  );
  const investigationRows = investigationOutcomes.map((outcome) =>
    rowFromCells(
      words.outcomes[outcome],
      sorted.map((r) =>
        r.onderzoeken
          ? getOutcomeCell(r.onderzoeken.uitkomsten, r.onderzoeken.aantal, outcome)
          : statedCell(null),
      ),
    ),
  );
  const investigationFigures: Figure[] = [];
  if (investigationTotals.some((t) => t.value !== null)) {
    investigationFigures.push(
      figure(
        'onderzoeken',
        trends.investigations(per),
        headers.investigations,
        [rowFromCells(headers.investigations, investigationTotals)],
        'line',
      ),
    );
  }
  if (investigationRows.length > 0) {
    investigationFigures.push(
      figure(
        'onderzoeken-uitkomsten',
        trends.investigationOutcomes(per),
        headers.outcome,
        investigationRows,
        'stacked-bar',
        { ...totalsFromCells(investigationTotals), totalLabel: trends.investigationsTotal },
      ),
    );
  }
  const investigationKindRows = ownRows(
    buildCategoryRows(sorted, (r) =>
      r.onderzoeken?.perSoort?.map((k) => ({ label: k.soort, aantal: k.aantal })),
    ),
  );
  if (investigationKindRows.length > 0)
    investigationFigures.push(
      figure(
        'onderzoeken-soort',
        trends.investigationKinds,
        headers.kind,
        investigationKindRows,
        'bar',
      ),
    );
  const byWhomRows = (['intern', 'extern'] as const).map((field) =>
    rowFromCells(
      field === 'intern' ? words.rows.internal : words.rows.external,
      sorted.map((r) => statedCell(r.onderzoeken?.[field])),
    ),
  );
  if (anyValue(byWhomRows))
    investigationFigures.push(
      figure(
        'onderzoeken-uitvoering',
        trends.investigationsByWhom,
        headers.performed,
        byWhomRows,
        'bar',
      ),
    );
  const costRow = rowFromCells(
    words.rows.externalCosts,
    sorted.map((r) => statedCell(r.onderzoeken?.kostenExtern)),
  );
  if (anyValue([costRow]))
    investigationFigures.push(
      figure('onderzoeken-kosten', trends.costs, headers.costs, [costRow], 'line', {
        unit: 'euro',
      }),
    );
  if (investigationFigures.length > 0)
    sections.push({ key: 'onderzoeken', title: titles.onderzoeken, figures: investigationFigures });

  // Measures taken, by kind, with the total each report states (or the sum of its kinds, labelled).
  const measureRows = buildCategoryRows(sorted, (r) =>
    sortMeasures(r.maatregelen?.perSoort ?? []).map((k) => ({
      label: measureKindLabel(k, words),
      aantal: k.aantal,
    })),
  );
  const measureTotals = sorted.map(getMeasureTotal);
  if (measureRows.length > 0) {
    sections.push({
      key: 'maatregelen',
      title: trends.measuresSection,
      figures: [
        figure('maatregelen', trends.measuresByKind, headers.measure, measureRows, 'bar', {
          ...totalsFromCells(measureTotals),
          totalLabel: trends.measuresTotal,
        }),
      ],
    });
  } else if (measureTotals.some((t) => t.value !== null)) {
    sections.push({
      key: 'maatregelen',
      title: trends.measuresSection,
      figures: [
        figure(
          'maatregelen',
          trends.measures(per),
          headers.measures,
          [rowFromCells(headers.measures, measureTotals)],
          'line',
        ),
      ],
    });
  }

  // Requests per body and kind; no total, as requests to different bodies are different things.
  const requestRows = ownRows(
    buildCategoryRows(sorted, (r) =>
      r.verzoeken?.cijfers.map((c) => ({ label: requestLabel(c), aantal: c.aantal })),
    ),
  );
  if (requestRows.length > 0)
    sections.push({
      key: 'verzoeken',
      title: titles.verzoeken,
      figures: [figure('verzoeken', trends.requests, headers.request, requestRows, 'bar')],
    });

  // Counsellor conversations: the total and the union of each year's topics.
  const conversationTotals = sorted.map(getConversationTotal);
  const topicRows = ownRows(
    buildCategoryRows(sorted, (r) =>
      r.vertrouwenspersonen?.onderwerpen?.map((o) => ({ label: o.onderwerp, aantal: o.aantal })),
    ),
  );
  const counsellorFigures: Figure[] = [];
  if (conversationTotals.some((t) => t.value !== null)) {
    counsellorFigures.push(
      figure(
        'gesprekken',
        trends.conversations(per),
        headers.conversations,
        [rowFromCells(headers.conversations, conversationTotals)],
        'line',
      ),
    );
  }
  if (topicRows.length > 0) {
    counsellorFigures.push(
      figure('onderwerpen', trends.topics, headers.topic, topicRows, 'bar', {
        ...totalsFromCells(conversationTotals),
        totalLabel: trends.conversationsTotal,
      }),
    );
  }
  if (counsellorFigures.length > 0)
    sections.push({
      key: 'vertrouwenspersonen',
      title: trends.counsellorsSection,
      figures: counsellorFigures,
    });

  // Prevention: sessions and participants.
  const named = words.activities;
  const activity = (r: Report, field: 'aantal' | 'deelnemers') => {
    const p = r.preventie;
    if (!p) return undefined;
    return [
      ...(p.dilemmaspel?.[field] !== undefined
        ? [{ label: named.dilemmaspel, aantal: p.dilemmaspel[field] }]
        : []),
      ...(p.trainingen?.[field] !== undefined
        ? [{ label: named.trainingen, aantal: p.trainingen[field] }]
        : []),
      ...(p.webinars?.[field] !== undefined
        ? [{ label: named.webinars, aantal: p.webinars[field] }]
        : []),
      ...(p.overig ?? []).flatMap((o) =>
        o[field] !== undefined ? [{ label: o.omschrijving, aantal: o[field] }] : [],
      ),
    ];
  };
  // The named activities are our words; other activities are the reports' own.
  const ownActivity = (rows: FigureRow[]): FigureRow[] =>
    rows.map((row) => (Object.values(named).includes(row.label) ? row : { ...row, content: true }));
  const sessionRows = ownActivity(buildCategoryRows(sorted, (r) => activity(r, 'aantal')));
  const participantRows = ownActivity(buildCategoryRows(sorted, (r) => activity(r, 'deelnemers')));
  const preventionFigures: Figure[] = [];
  if (sessionRows.length > 0)
    preventionFigures.push(
      figure('preventie-bijeenkomsten', trends.sessions, headers.activity, sessionRows, 'bar'),
    );
  if (participantRows.length > 0)
    preventionFigures.push(
      figure('preventie-deelnemers', trends.participants, headers.activity, participantRows, 'bar'),
    );
  if (preventionFigures.length > 0)
    sections.push({
      key: 'preventie',
      title: trends.preventionSection,
      figures: preventionFigures,
    });

  // Bibob, procurement deviations and survey scores, where reported.
  const bibobRows = ownRows(
    buildCategoryRows(sorted, (r) =>
      r.bibob?.cijfers?.map((c) => ({ label: c.soort, aantal: c.aantal })),
    ),
  );
  if (bibobRows.length > 0)
    sections.push({
      key: 'bibob',
      title: titles.bibob,
      figures: [figure('bibob', trends.bibob(per), headers.kind, bibobRows, 'bar')],
    });
  const procurementTotals = sorted.map(getProcurementTotal);
  if (procurementTotals.some((t) => t.value !== null)) {
    sections.push({
      key: 'inkoop',
      title: titles.inkoop,
      figures: [
        figure(
          'inkoop',
          trends.procurement(per),
          headers.deviations,
          [rowFromCells(headers.deviations, procurementTotals)],
          'line',
        ),
      ],
    });
  }
  const scoreRows = ownRows(
    buildCategoryRows(sorted, (r) =>
      r.enquete?.map((s) => ({
        label: trends.surveyPart(s.onderdeel, String(s.schaal)),
        aantal: s.score,
      })),
    ),
  );
  if (scoreRows.length > 0) {
    sections.push({
      key: 'enquete',
      title: titles.enquete,
      figures: [
        figure('enquete', trends.survey, headers.part, scoreRows, 'bar', { unit: 'score' }),
      ],
    });
  }
  return sections;
}
