/**
 * The figures of one annual report as tables and charts. A figure shows what the report states;
 * where the report does not give a number the cell is "not reported", never 0, and a number the
 * page works out itself (a sum, a remainder, a 0 that follows from a complete breakdown) carries
 * its `Computation` so that the page labels it as computed.
 */
import {
  REPORT_SECTIONS,
  type MeasureKind,
  type Outcome,
  type Report,
  type ReportKind,
  type ReportSection,
  type ViolationCount,
} from '../schemas/report.ts';
import {
  rowFromCells,
  statedCell,
  totalsFromCells,
  type Computation,
  type Figure,
  type FigureCell,
  type FigureRow,
} from './charts.ts';
import {
  categoryKey,
  MEASURE_KIND_ORDER,
  OUTCOME_ORDER,
  REPORT_KIND_ORDER,
  type ReportLabels,
} from './report-labels.ts';
import { formatReportPeriod } from './report-period.ts';

/** Whether violations were only suspected or established after investigation. */
export type ViolationStanding = 'vermoedelijk' | 'vastgesteld';

/**
 * The words of report figures in one language: a dictionary's `reportFigures` (src/i18n). The
 * figures' numbers and categories are the reports' own; everything around them comes from here.
 */
export interface ReportFigureWords extends ReportLabels {
  /** A series of violations: its column ("Vermoedelijk"), its row among totals, its per-kind caption and total row. */
  standings: Readonly<
    Record<ViolationStanding, { label: string; total: string; perKind: string; totalLabel: string }>
  >;
  /** Column and row headers. */
  headers: {
    total: string;
    count: string;
    group: string;
    reportKind: string;
    reports: string;
    violationKind: string;
    violations: string;
    outcome: string;
    investigations: string;
    kind: string;
    performed: string;
    costs: string;
    amount: string;
    measure: string;
    measures: string;
    request: string;
    topic: string;
    conversations: string;
    activity: string;
    sessions: string;
    participants: string;
    reason: string;
    deviations: string;
    part: string;
    score: string;
  };
  /** Row labels the site writes itself. */
  rows: {
    oaths: string;
    internal: string;
    external: string;
    externalInvestigations: string;
    externalCosts: string;
  };
  /** The row of what a stated total leaves out of its parts. */
  notSplit: {
    group: string;
    kind: string;
    outcome: string;
    measure: string;
    topic: string;
    byWhom: string;
    noReason: string;
  };
  /** The named prevention activities. */
  activities: { dilemmaspel: string; trainingen: string; webinars: string };
  /** Captions of one report's figures; `year` is "2024" or "2012–2016". */
  captions: {
    oaths: (year: string) => string;
    reports: (year: string) => string;
    reportOutcomes: (year: string) => string;
    violations: (year: string, byKind: boolean) => string;
    investigations: (year: string, byOutcome: boolean) => string;
    investigationKinds: (year: string) => string;
    investigationsByWhom: (year: string) => string;
    costs: (year: string) => string;
    measures: (year: string, byKind: boolean) => string;
    requests: (year: string) => string;
    conversations: (year: string, byTopic: boolean) => string;
    prevention: (year: string) => string;
    bibob: (year: string) => string;
    procurement: (year: string, byReason: boolean) => string;
    survey: (year: string) => string;
    surveyPart: (part: string, survey: string, scale: string) => string;
  };
  /** Captions and headings of the trends across reports; `per` is "per jaar" or, for overviews, "per periode". */
  trends: {
    perYear: string;
    perPeriod: string;
    oaths: (per: string) => string;
    oathGroups: string;
    reportsByKind: (per: string) => string;
    reports: (per: string) => string;
    reportsTotal: string;
    reportOutcomes: (per: string) => string;
    reportsSection: string;
    violations: (per: string) => string;
    investigations: (per: string) => string;
    investigationOutcomes: (per: string) => string;
    investigationsTotal: string;
    investigationKinds: string;
    investigationsByWhom: string;
    costs: string;
    measuresSection: string;
    measuresByKind: string;
    measuresTotal: string;
    measures: (per: string) => string;
    requests: string;
    conversations: (per: string) => string;
    topics: string;
    conversationsTotal: string;
    counsellorsSection: string;
    sessions: string;
    participants: string;
    preventionSection: string;
    bibob: (per: string) => string;
    procurement: (per: string) => string;
    surveyPart: (part: string, scale: string) => string;
    survey: string;
  };
}

/** Sections whose figures can be drawn as a chart (`::figuur`); the others are tables only. */
export const CHARTABLE_SECTIONS: ReadonlySet<ReportSection> = new Set([
  'eed',
  'meldingen',
  'schendingen',
  'onderzoeken',
  'maatregelen',
  'verzoeken',
  'vertrouwenspersonen',
  'preventie',
  'bibob',
  'inkoop',
  'enquete',
]);

/** The sections a report has, in page order. */
export function getReportSections(report: Report): ReportSection[] {
  return REPORT_SECTIONS.filter((key) => report[key] !== undefined);
}

function total(parts: readonly { aantal: number }[]): number {
  return parts.reduce((sum, p) => sum + p.aantal, 0);
}

/** The label of a kind of report; `overig` shows its own description. */
export function reportKindLabel(
  kind: { soort: ReportKind; omschrijving?: string | undefined },
  words: Pick<ReportLabels, 'kinds'>,
): string {
  return kind.soort === 'overig' && kind.omschrijving !== undefined
    ? kind.omschrijving
    : words.kinds[kind.soort];
}

/**
 * A total as the report states it, or else the sum of its parts labelled as computed: the parts
 * may cover only some of the whole, so their sum is never passed off as the report's own total.
 */
function totalCell(
  stated: number | undefined,
  parts: readonly { aantal: number }[] | undefined,
  computation: Computation,
): FigureCell {
  if (stated !== undefined) return statedCell(stated);
  return parts ? { value: total(parts), computed: computation } : statedCell(null);
}

/** The part of a stated total that the listed parts leave out, as a computed cell; none when they cover it. */
export function getRemainderCell(
  stated: number | undefined,
  parts: readonly { aantal: number }[] | undefined,
): FigureCell | undefined {
  if (stated === undefined || parts === undefined || parts.length === 0) return undefined;
  const rest = stated - total(parts);
  return rest > 0 ? { value: rest, computed: 'remainder' } : undefined;
}

/** Total oaths: as stated, or the sum of the groups (computed). */
export function getOathTotal(report: Report): FigureCell {
  return totalCell(report.eed?.totaal, report.eed?.groepen, 'sum-groups');
}

/** Total reports (meldingen): as stated, or the sum of the kinds (computed). */
export function getReportTotal(report: Report): FigureCell {
  return totalCell(report.meldingen?.totaal, report.meldingen?.perSoort, 'sum-kinds');
}

/** Total investigations: as stated, or the sum of the outcomes listed (computed). */
export function getInvestigationTotal(report: Report): FigureCell {
  return totalCell(report.onderzoeken?.aantal, report.onderzoeken?.uitkomsten, 'sum-outcomes');
}

/** Total counsellor conversations: as stated, or the sum of the topics (computed). */
export function getConversationTotal(report: Report): FigureCell {
  return totalCell(
    report.vertrouwenspersonen?.gesprekken,
    report.vertrouwenspersonen?.onderwerpen,
    'sum-topics',
  );
}

/** Total procurement deviations: as stated, or the sum of the reasons (computed). */
export function getProcurementTotal(report: Report): FigureCell {
  return totalCell(report.inkoop?.afwijkingen, report.inkoop?.redenen, 'sum-reasons');
}

/** The two series of violations, in table order. */
export const VIOLATION_STANDINGS: readonly ViolationStanding[] = ['vermoedelijk', 'vastgesteld'];

/** Total violations of one standing: as stated, or the sum of the kinds (computed). */
export function getViolationTotal(report: Report, standing: ViolationStanding): FigureCell {
  const series = report.schendingen?.[standing];
  return totalCell(series?.totaal, series?.perSoort, 'sum-violations');
}

/** Total measures: as stated, or the sum of the kinds (computed); `geenMaatregel` is no measure. */
export function getMeasureTotal(report: Report): FigureCell {
  return totalCell(report.maatregelen?.totaal, report.maatregelen?.perSoort, 'sum-measures');
}

/** The label of a kind of measure; `overig` shows its own description. */
export function measureKindLabel(
  kind: { soort: MeasureKind; omschrijving?: string | undefined },
  words: Pick<ReportLabels, 'measures'>,
): string {
  return kind.soort === 'overig' && kind.omschrijving !== undefined
    ? kind.omschrijving
    : words.measures[kind.soort];
}

/** The kinds of measure of a report in table order. */
export function sortMeasures<T extends { soort: MeasureKind }>(kinds: readonly T[]): T[] {
  return [...kinds].sort(
    (a, b) => MEASURE_KIND_ORDER.indexOf(a.soort) - MEASURE_KIND_ORDER.indexOf(b.soort),
  );
}

/** The label of a line of requests: the body, and the kind of request where the report gives it. */
export function requestLabel(line: { instantie: string; soort?: string | undefined }): string {
  return line.soort === undefined ? line.instantie : `${line.instantie}: ${line.soort}`;
}

/**
 * Investigations carried out internally and externally together: as stated (`aantal`), or the sum
 * of both when the report gives both (computed); with only one of them the whole is not known.
 */
export function getInvestigationByWhomTotal(report: Report): FigureCell {
  const o = report.onderzoeken;
  if (o?.aantal !== undefined) return statedCell(o.aantal);
  if (o?.intern === undefined || o.extern === undefined) return statedCell(null);
  return { value: o.intern + o.extern, computed: 'sum-intern-extern' };
}

/**
 * The rows of the violations table: one per kind either series lists (matched regardless of case
 * and spacing), with the count of each series where that series lists the kind; a kind one series
 * lists and the other does not is "not reported" in the other, never 0.
 */
function buildViolationRows(
  series: readonly (ViolationCount | undefined)[],
  words: ReportFigureWords,
): FigureRow[] {
  const rows = new Map<string, { label: string; cells: FigureCell[] }>();
  series.forEach((s, column) => {
    for (const kind of s?.perSoort ?? []) {
      const key = categoryKey(kind.soort);
      const row = rows.get(key) ?? { label: kind.soort, cells: series.map(() => statedCell(null)) };
      row.cells[column] = statedCell(kind.aantal);
      rows.set(key, row);
    }
  });
  const result: FigureRow[] = [...rows.values()].map((r) => ({
    ...rowFromCells(r.label, r.cells),
    content: true,
  }));
  // The part of a stated total left out of its kinds; computed per series, and shown when any series has one.
  const rests = series.map((s) =>
    s?.totaal !== undefined && s.perSoort
      ? { value: s.totaal - total(s.perSoort), computed: 'remainder' as const }
      : statedCell(null),
  );
  if (rests.some((r) => (r.value ?? 0) > 0)) result.push(rowFromCells(words.notSplit.kind, rests));
  return result;
}

/**
 * The count of one outcome in a breakdown of `aantal` things (reports of a kind, investigations):
 * a listed outcome as stated; otherwise 0 when `aantal` is 0 or the listed outcomes already add up
 * to it (both computed), and "not reported" when the breakdown is missing or partial.
 */
export function getOutcomeCell(
  breakdown: readonly { uitkomst: Outcome; aantal: number }[] | undefined,
  aantal: number | undefined,
  outcome: Outcome,
): FigureCell {
  const found = breakdown?.find((b) => b.uitkomst === outcome);
  if (found) return statedCell(found.aantal);
  if (aantal === 0) return { value: 0, computed: 'zero-total' };
  if (!breakdown || aantal === undefined) return statedCell(null);
  return total(breakdown) === aantal ? { value: 0, computed: 'zero-complete' } : statedCell(null);
}

/**
 * Builds the figures of one section; empty for sections that are not numbers (cases, advice,
 * actions). Rows whose label is the report's own word (a group, a topic) are marked `content`.
 */
export function buildSectionFigures(
  report: Report,
  section: ReportSection,
  prefix: string,
  words: ReportFigureWords,
): Figure[] {
  const id = (name: string): string => `${prefix}-${name}`;
  const { headers, captions, notSplit } = words;
  // "2024", or "2012–2016" for an overview of several years.
  const year = formatReportPeriod(report);
  switch (section) {
    case 'eed': {
      const eed = report.eed;
      if (!eed) return [];
      const rows: FigureRow[] = eed.groepen
        ? eed.groepen.map((g) => ({ label: g.groep, values: [g.aantal], content: true }))
        : [{ label: words.rows.oaths, values: [eed.totaal ?? null] }];
      const rest = getRemainderCell(eed.totaal, eed.groepen);
      if (rest) rows.push(rowFromCells(notSplit.group, [rest]));
      return [
        {
          id: id('eed'),
          caption: captions.oaths(year),
          rowHeader: headers.group,
          columns: [headers.count],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(eed.groepen ? totalsFromCells([getOathTotal(report)]) : {}),
          totalLabel: headers.total,
        },
      ];
    }
    case 'meldingen': {
      const meldingen = report.meldingen;
      if (!meldingen) return [];
      const kinds = [...(meldingen.perSoort ?? [])].sort(
        (a, b) => REPORT_KIND_ORDER.indexOf(a.soort) - REPORT_KIND_ORDER.indexOf(b.soort),
      );
      const figures: Figure[] = [];
      const rows: FigureRow[] = kinds.map((k) => ({
        label: reportKindLabel(k, words),
        values: [k.aantal],
        ...(isOwnKind(k) ? { content: true } : {}),
      }));
      const rest = getRemainderCell(meldingen.totaal, meldingen.perSoort);
      if (rest) rows.push(rowFromCells(notSplit.kind, [rest]));
      figures.push({
        id: id('meldingen'),
        caption: captions.reports(year),
        rowHeader: headers.reportKind,
        columns: [headers.count],
        rows:
          rows.length > 0 ? rows : [{ label: headers.reports, values: [meldingen.totaal ?? null] }],
        unit: 'aantal',
        chart: rows.length > 1 ? 'bar' : 'none',
        seriesFrom: 'columns',
        ...(rows.length > 0 ? totalsFromCells([getReportTotal(report)]) : {}),
        totalLabel: headers.total,
      });
      const outcomes = OUTCOME_ORDER.filter((o) =>
        kinds.some((k) => k.uitkomsten?.some((u) => u.uitkomst === o)),
      );
      if (outcomes.length > 0) {
        figures.push({
          id: id('uitkomsten'),
          caption: captions.reportOutcomes(year),
          rowHeader: headers.reportKind,
          columns: outcomes.map((o) => words.outcomes[o]),
          rows: kinds.map((k) => ({
            ...rowFromCells(
              reportKindLabel(k, words),
              outcomes.map((o) => getOutcomeCell(k.uitkomsten, k.aantal, o)),
            ),
            ...(isOwnKind(k) ? { content: true } : {}),
          })),
          unit: 'aantal',
          chart: 'stacked-bar',
          seriesFrom: 'columns',
        });
      }
      return figures;
    }
    case 'schendingen': {
      const schendingen = report.schendingen;
      if (!schendingen) return [];
      const series = VIOLATION_STANDINGS.map((s) => schendingen[s]);
      const split = series.some((s) => s?.perSoort !== undefined);
      return [
        {
          id: id('schendingen'),
          caption: captions.violations(year, split),
          rowHeader: headers.violationKind,
          columns: VIOLATION_STANDINGS.map((s) => words.standings[s].label),
          rows: split
            ? buildViolationRows(series, words)
            : [
                rowFromCells(
                  headers.violations,
                  series.map((s) => statedCell(s?.totaal)),
                ),
              ],
          unit: 'aantal',
          chart: 'bar',
          seriesFrom: 'columns',
          ...(split
            ? totalsFromCells(VIOLATION_STANDINGS.map((s) => getViolationTotal(report, s)))
            : {}),
          totalLabel: headers.total,
        },
      ];
    }
    case 'onderzoeken': {
      const onderzoeken = report.onderzoeken;
      if (!onderzoeken) return [];
      const figures: Figure[] = [];
      const breakdown = onderzoeken.uitkomsten;
      if (onderzoeken.aantal !== undefined || breakdown) {
        const rows: FigureRow[] = breakdown
          ? OUTCOME_ORDER.filter((o) => breakdown.some((b) => b.uitkomst === o)).map((o) =>
              rowFromCells(words.outcomes[o], [getOutcomeCell(breakdown, onderzoeken.aantal, o)]),
            )
          : [{ label: headers.investigations, values: [onderzoeken.aantal ?? null] }];
        const rest = getRemainderCell(onderzoeken.aantal, breakdown);
        if (rest) rows.push(rowFromCells(notSplit.outcome, [rest]));
        figures.push({
          id: id('onderzoeken'),
          caption: captions.investigations(year, breakdown !== undefined),
          rowHeader: breakdown ? headers.outcome : headers.investigations,
          columns: [headers.count],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          // Without `aantal` the total is only the sum of the outcomes listed, and says so.
          ...(breakdown ? totalsFromCells([getInvestigationTotal(report)]) : {}),
          totalLabel: headers.total,
        });
      }
      const kinds = onderzoeken.perSoort;
      if (kinds) {
        const rows: FigureRow[] = kinds.map((k) => ({
          label: k.soort,
          values: [k.aantal],
          content: true,
        }));
        const rest = getRemainderCell(onderzoeken.aantal, kinds);
        if (rest) rows.push(rowFromCells(notSplit.kind, [rest]));
        figures.push({
          id: id('onderzoeken-soort'),
          caption: captions.investigationKinds(year),
          rowHeader: headers.kind,
          columns: [headers.count],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...totalsFromCells([totalCell(onderzoeken.aantal, kinds, 'sum-investigation-kinds')]),
          totalLabel: headers.total,
        });
      }
      if (onderzoeken.intern !== undefined || onderzoeken.extern !== undefined) {
        const rows: FigureRow[] = [
          { label: words.rows.internal, values: [onderzoeken.intern ?? null] },
          { label: words.rows.external, values: [onderzoeken.extern ?? null] },
        ];
        const rest = getRemainderCell(
          onderzoeken.aantal,
          [onderzoeken.intern, onderzoeken.extern].flatMap((n) =>
            n === undefined ? [] : [{ aantal: n }],
          ),
        );
        if (rest) rows.push(rowFromCells(notSplit.byWhom, [rest]));
        const whole = getInvestigationByWhomTotal(report);
        figures.push({
          id: id('onderzoeken-uitvoering'),
          caption: captions.investigationsByWhom(year),
          rowHeader: headers.performed,
          columns: [headers.count],
          rows,
          unit: 'aantal',
          chart: 'bar',
          seriesFrom: 'columns',
          ...(whole.value !== null ? totalsFromCells([whole]) : {}),
          totalLabel: headers.total,
        });
      }
      if (onderzoeken.kostenExtern !== undefined) {
        figures.push({
          id: id('onderzoeken-kosten'),
          caption: captions.costs(year),
          rowHeader: headers.costs,
          columns: [headers.amount],
          rows: [{ label: words.rows.externalInvestigations, values: [onderzoeken.kostenExtern] }],
          unit: 'euro',
          chart: 'none',
          seriesFrom: 'columns',
        });
      }
      return figures;
    }
    case 'maatregelen': {
      const maatregelen = report.maatregelen;
      if (!maatregelen || (maatregelen.totaal === undefined && !maatregelen.perSoort)) return [];
      const kinds = sortMeasures(maatregelen.perSoort ?? []);
      const rows: FigureRow[] = kinds.map((k) => ({
        label: measureKindLabel(k, words),
        values: [k.aantal],
        ...(isOwnKind(k) ? { content: true } : {}),
      }));
      const rest = getRemainderCell(maatregelen.totaal, maatregelen.perSoort);
      if (rest) rows.push(rowFromCells(notSplit.measure, [rest]));
      return [
        {
          id: id('maatregelen'),
          caption: captions.measures(year, maatregelen.perSoort !== undefined),
          rowHeader: headers.measure,
          columns: [headers.count],
          rows:
            rows.length > 0
              ? rows
              : [{ label: headers.measures, values: [maatregelen.totaal ?? null] }],
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(maatregelen.perSoort ? totalsFromCells([getMeasureTotal(report)]) : {}),
          totalLabel: headers.total,
        },
      ];
    }
    case 'verzoeken': {
      const cijfers = report.verzoeken?.cijfers;
      if (!cijfers) return [];
      return [
        {
          id: id('verzoeken'),
          caption: captions.requests(year),
          rowHeader: headers.request,
          columns: [headers.count],
          // No total: requests to different bodies are different things.
          rows: cijfers.map((c) => ({ label: requestLabel(c), values: [c.aantal], content: true })),
          unit: 'aantal',
          chart: cijfers.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
        },
      ];
    }
    case 'vertrouwenspersonen': {
      const vp = report.vertrouwenspersonen;
      if (!vp) return [];
      const rows: FigureRow[] = vp.onderwerpen
        ? vp.onderwerpen.map((o) => ({ label: o.onderwerp, values: [o.aantal], content: true }))
        : [{ label: headers.conversations, values: [vp.gesprekken ?? null] }];
      const rest = getRemainderCell(vp.gesprekken, vp.onderwerpen);
      if (rest) rows.push(rowFromCells(notSplit.topic, [rest]));
      return [
        {
          id: id('vertrouwenspersonen'),
          caption: captions.conversations(year, vp.onderwerpen !== undefined),
          rowHeader: headers.topic,
          columns: [headers.conversations],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(vp.onderwerpen ? totalsFromCells([getConversationTotal(report)]) : {}),
          totalLabel: headers.total,
        },
      ];
    }
    case 'preventie': {
      const p = report.preventie;
      if (!p) return [];
      const activities = [
        ...(p.dilemmaspel
          ? [{ label: words.activities.dilemmaspel, content: false, ...p.dilemmaspel }]
          : []),
        ...(p.trainingen
          ? [{ label: words.activities.trainingen, content: false, ...p.trainingen }]
          : []),
        ...(p.webinars
          ? [{ label: words.activities.webinars, content: false, ...p.webinars }]
          : []),
        ...(p.overig ?? []).map((o) => ({ label: o.omschrijving, content: true, ...o })),
      ].filter((a) => a.aantal !== undefined || a.deelnemers !== undefined);
      if (activities.length === 0) return [];
      return [
        {
          id: id('preventie'),
          caption: captions.prevention(year),
          rowHeader: headers.activity,
          columns: [headers.sessions, headers.participants],
          rows: activities.map((a) => ({
            label: a.label,
            values: [a.aantal ?? null, a.deelnemers ?? null],
            ...(a.content ? { content: true } : {}),
          })),
          unit: 'aantal',
          chart: 'bar',
          seriesFrom: 'columns',
        },
      ];
    }
    case 'bibob': {
      const cijfers = report.bibob?.cijfers;
      if (!cijfers) return [];
      return [
        {
          id: id('bibob'),
          caption: captions.bibob(year),
          rowHeader: headers.kind,
          columns: [headers.count],
          rows: cijfers.map((c) => ({ label: c.soort, values: [c.aantal], content: true })),
          unit: 'aantal',
          chart: cijfers.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
        },
      ];
    }
    case 'inkoop': {
      const inkoop = report.inkoop;
      if (!inkoop) return [];
      const rows: FigureRow[] = inkoop.redenen
        ? inkoop.redenen.map((r) => ({ label: r.reden, values: [r.aantal], content: true }))
        : [{ label: headers.deviations, values: [inkoop.afwijkingen ?? null] }];
      const rest = getRemainderCell(inkoop.afwijkingen, inkoop.redenen);
      if (rest) rows.push(rowFromCells(notSplit.noReason, [rest]));
      return [
        {
          id: id('inkoop'),
          caption: captions.procurement(year, inkoop.redenen !== undefined),
          rowHeader: headers.reason,
          columns: [headers.count],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(inkoop.redenen ? totalsFromCells([getProcurementTotal(report)]) : {}),
          totalLabel: headers.total,
        },
      ];
    }
    case 'enquete': {
      const scores = report.enquete;
      if (!scores) return [];
      return [
        {
          id: id('enquete'),
          caption: captions.survey(year),
          rowHeader: headers.part,
          columns: [headers.score],
          rows: scores.map((s) => ({
            label: captions.surveyPart(s.onderdeel, s.onderzoek, String(s.schaal)),
            values: [s.score],
            content: true,
          })),
          unit: 'score',
          chart: scores.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
        },
      ];
    }
    case 'zaken':
    case 'adviezen':
    case 'actiepunten':
      return [];
  }
}

/** True when a kind's label is the report's own description (`overig` with `omschrijving`), not a label of ours. */
function isOwnKind(kind: { soort: string; omschrijving?: string | undefined }): boolean {
  return kind.soort === 'overig' && kind.omschrijving !== undefined;
}
