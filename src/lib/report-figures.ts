/**
 * The figures of one annual report as tables and charts. A figure shows what the report states;
 * where the report does not give a number the cell is "not reported", never 0, and a number the
 * page works out itself (a sum, a remainder, a 0 that follows from a complete breakdown) carries
 * its `Computation` so that the page labels it as computed.
 */
import { REPORT_SECTIONS, type MeasureKind, type Outcome, type Report, type ReportKind, type ReportSection, type ViolationCount } from '../schemas/report.ts';
import { rowFromCells, statedCell, totalsFromCells, type Computation, type Figure, type FigureCell, type FigureRow } from './charts.ts';
import { categoryKey, MEASURE_KIND_LABELS, MEASURE_KIND_ORDER, OUTCOME_LABELS, OUTCOME_ORDER, REPORT_KIND_LABELS, REPORT_KIND_ORDER } from './report-labels.ts';
import { formatReportPeriod } from './report-period.ts';

/** Sections whose figures can be drawn as a chart (`::figuur`); the others are tables only. */
export const CHARTABLE_SECTIONS: ReadonlySet<ReportSection> = new Set(['eed', 'meldingen', 'schendingen', 'onderzoeken', 'maatregelen', 'verzoeken', 'vertrouwenspersonen', 'preventie', 'bibob', 'inkoop', 'enquete']);

/** The sections a report has, in page order. */
export function getReportSections(report: Report): ReportSection[] {
  return REPORT_SECTIONS.filter((key) => report[key] !== undefined);
}

function total(parts: readonly { aantal: number }[]): number {
  return parts.reduce((sum, p) => sum + p.aantal, 0);
}

/** The label of a kind of report; `overig` shows its own description. */
export function reportKindLabel(kind: { soort: ReportKind; omschrijving?: string | undefined }): string {
  return kind.soort === 'overig' && kind.omschrijving !== undefined ? kind.omschrijving : REPORT_KIND_LABELS[kind.soort];
}

/**
 * A total as the report states it, or else the sum of its parts labelled as computed: the parts
 * may cover only some of the whole, so their sum is never passed off as the report's own total.
 */
function totalCell(stated: number | undefined, parts: readonly { aantal: number }[] | undefined, computation: Computation): FigureCell {
  if (stated !== undefined) return statedCell(stated);
  return parts ? { value: total(parts), computed: computation } : statedCell(null);
}

/** The part of a stated total that the listed parts leave out, as a computed cell; none when they cover it. */
export function getRemainderCell(stated: number | undefined, parts: readonly { aantal: number }[] | undefined): FigureCell | undefined {
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
  return totalCell(report.vertrouwenspersonen?.gesprekken, report.vertrouwenspersonen?.onderwerpen, 'sum-topics');
}

/** Total procurement deviations: as stated, or the sum of the reasons (computed). */
export function getProcurementTotal(report: Report): FigureCell {
  return totalCell(report.inkoop?.afwijkingen, report.inkoop?.redenen, 'sum-reasons');
}

/** Whether violations were only suspected or established after investigation. */
export type ViolationStanding = 'vermoedelijk' | 'vastgesteld';

/** The two series of violations, in table order. */
export const VIOLATION_STANDINGS: readonly { key: ViolationStanding; label: string; total: string }[] = [
  { key: 'vermoedelijk', label: 'Vermoedelijk', total: 'Vermoedelijke schendingen' },
  { key: 'vastgesteld', label: 'Vastgesteld', total: 'Vastgestelde schendingen' },
];

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
export function measureKindLabel(kind: { soort: MeasureKind; omschrijving?: string | undefined }): string {
  return kind.soort === 'overig' && kind.omschrijving !== undefined ? kind.omschrijving : MEASURE_KIND_LABELS[kind.soort];
}

/** The kinds of measure of a report in table order. */
export function sortMeasures<T extends { soort: MeasureKind }>(kinds: readonly T[]): T[] {
  return [...kinds].sort((a, b) => MEASURE_KIND_ORDER.indexOf(a.soort) - MEASURE_KIND_ORDER.indexOf(b.soort));
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
function buildViolationRows(series: readonly (ViolationCount | undefined)[]): FigureRow[] {
  const rows = new Map<string, { label: string; cells: FigureCell[] }>();
  series.forEach((s, column) => {
    for (const kind of s?.perSoort ?? []) {
      const key = categoryKey(kind.soort);
      const row = rows.get(key) ?? { label: kind.soort, cells: series.map(() => statedCell(null)) };
      row.cells[column] = statedCell(kind.aantal);
      rows.set(key, row);
    }
  });
  const result = [...rows.values()].map((r) => rowFromCells(r.label, r.cells));
  // The part of a stated total left out of its kinds; computed per series, and shown when any series has one.
  const rests = series.map((s) => (s?.totaal !== undefined && s.perSoort ? { value: s.totaal - total(s.perSoort), computed: 'remainder' as const } : statedCell(null)));
  if (rests.some((r) => (r.value ?? 0) > 0)) result.push(rowFromCells('Niet naar soort uitgesplitst', rests));
  return result;
}

/**
 * The count of one outcome in a breakdown of `aantal` things (reports of a kind, investigations):
 * a listed outcome as stated; otherwise 0 when `aantal` is 0 or the listed outcomes already add up
 * to it (both computed), and "not reported" when the breakdown is missing or partial.
 */
export function getOutcomeCell(breakdown: readonly { uitkomst: Outcome; aantal: number }[] | undefined, aantal: number | undefined, outcome: Outcome): FigureCell {
  const found = breakdown?.find((b) => b.uitkomst === outcome);
  if (found) return statedCell(found.aantal);
  if (aantal === 0) return { value: 0, computed: 'zero-total' };
  if (!breakdown || aantal === undefined) return statedCell(null);
  return total(breakdown) === aantal ? { value: 0, computed: 'zero-complete' } : statedCell(null);
}

/** Builds the figures of one section; empty for sections that are not numbers (cases, advice, actions). */
export function buildSectionFigures(report: Report, section: ReportSection, prefix: string): Figure[] {
  const id = (name: string): string => `${prefix}-${name}`;
  // "2024", or "2012–2016" for an overview of several years.
  const year = formatReportPeriod(report);
  switch (section) {
    case 'eed': {
      const eed = report.eed;
      if (!eed) return [];
      const rows: FigureRow[] = eed.groepen ? eed.groepen.map((g) => ({ label: g.groep, values: [g.aantal] })) : [{ label: 'Eed of belofte afgelegd', values: [eed.totaal ?? null] }];
      const rest = getRemainderCell(eed.totaal, eed.groepen);
      if (rest) rows.push(rowFromCells('Niet naar groep uitgesplitst', [rest]));
      return [
        {
          id: id('eed'),
          caption: `Afgelegde eden en beloften in ${year}`,
          rowHeader: 'Groep',
          columns: ['Aantal'],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(eed.groepen ? totalsFromCells([getOathTotal(report)]) : {}),
          totalLabel: 'Totaal',
        },
      ];
    }
    case 'meldingen': {
      const meldingen = report.meldingen;
      if (!meldingen) return [];
      const kinds = [...(meldingen.perSoort ?? [])].sort((a, b) => REPORT_KIND_ORDER.indexOf(a.soort) - REPORT_KIND_ORDER.indexOf(b.soort));
      const figures: Figure[] = [];
      const rows: FigureRow[] = kinds.map((k) => ({ label: reportKindLabel(k), values: [k.aantal] }));
      const rest = getRemainderCell(meldingen.totaal, meldingen.perSoort);
      if (rest) rows.push(rowFromCells('Niet naar soort uitgesplitst', [rest]));
      figures.push({
        id: id('meldingen'),
        caption: `Meldingen in ${year} per soort`,
        rowHeader: 'Soort melding',
        columns: ['Aantal'],
        rows: rows.length > 0 ? rows : [{ label: 'Meldingen', values: [meldingen.totaal ?? null] }],
        unit: 'aantal',
        chart: rows.length > 1 ? 'bar' : 'none',
        seriesFrom: 'columns',
        ...(rows.length > 0 ? totalsFromCells([getReportTotal(report)]) : {}),
        totalLabel: 'Totaal',
      });
      const outcomes = OUTCOME_ORDER.filter((o) => kinds.some((k) => k.uitkomsten?.some((u) => u.uitkomst === o)));
      if (outcomes.length > 0) {
        figures.push({
          id: id('uitkomsten'),
          caption: `Uitkomsten van de meldingen in ${year}, per soort`,
          rowHeader: 'Soort melding',
          columns: outcomes.map((o) => OUTCOME_LABELS[o]),
          rows: kinds.map((k) => rowFromCells(reportKindLabel(k), outcomes.map((o) => getOutcomeCell(k.uitkomsten, k.aantal, o)))),
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
      const series = VIOLATION_STANDINGS.map((s) => schendingen[s.key]);
      const split = series.some((s) => s?.perSoort !== undefined);
      return [
        {
          id: id('schendingen'),
          caption: `Integriteitsschendingen in ${year}: vermoedelijk en vastgesteld${split ? ', per soort' : ''}`,
          rowHeader: 'Soort schending',
          columns: VIOLATION_STANDINGS.map((s) => s.label),
          rows: split ? buildViolationRows(series) : [rowFromCells('Schendingen', series.map((s) => statedCell(s?.totaal)))],
          unit: 'aantal',
          chart: 'bar',
          seriesFrom: 'columns',
          ...(split ? totalsFromCells(VIOLATION_STANDINGS.map((s) => getViolationTotal(report, s.key))) : {}),
          totalLabel: 'Totaal',
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
          ? OUTCOME_ORDER.filter((o) => breakdown.some((b) => b.uitkomst === o)).map((o) => rowFromCells(OUTCOME_LABELS[o], [getOutcomeCell(breakdown, onderzoeken.aantal, o)]))
          : [{ label: 'Onderzoeken', values: [onderzoeken.aantal ?? null] }];
        const rest = getRemainderCell(onderzoeken.aantal, breakdown);
        if (rest) rows.push(rowFromCells('Niet naar uitkomst uitgesplitst', [rest]));
        figures.push({
          id: id('onderzoeken'),
          caption: `Integriteitsonderzoeken in ${year}${breakdown ? ', naar uitkomst' : ''}`,
          rowHeader: breakdown ? 'Uitkomst' : 'Onderzoeken',
          columns: ['Aantal'],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          // Without `aantal` the total is only the sum of the outcomes listed, and says so.
          ...(breakdown ? totalsFromCells([getInvestigationTotal(report)]) : {}),
          totalLabel: 'Totaal',
        });
      }
      const kinds = onderzoeken.perSoort;
      if (kinds) {
        const rows: FigureRow[] = kinds.map((k) => ({ label: k.soort, values: [k.aantal] }));
        const rest = getRemainderCell(onderzoeken.aantal, kinds);
        if (rest) rows.push(rowFromCells('Niet naar soort uitgesplitst', [rest]));
        figures.push({
          id: id('onderzoeken-soort'),
          caption: `Integriteitsonderzoeken in ${year}, naar soort`,
          rowHeader: 'Soort',
          columns: ['Aantal'],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...totalsFromCells([totalCell(onderzoeken.aantal, kinds, 'sum-investigation-kinds')]),
          totalLabel: 'Totaal',
        });
      }
      if (onderzoeken.intern !== undefined || onderzoeken.extern !== undefined) {
        const rows: FigureRow[] = [
          { label: 'Intern uitgevoerd', values: [onderzoeken.intern ?? null] },
          { label: 'Extern uitgevoerd', values: [onderzoeken.extern ?? null] },
        ];
        const rest = getRemainderCell(onderzoeken.aantal, [onderzoeken.intern, onderzoeken.extern].flatMap((n) => (n === undefined ? [] : [{ aantal: n }])));
        if (rest) rows.push(rowFromCells('Niet uitgesplitst naar intern of extern', [rest]));
        const whole = getInvestigationByWhomTotal(report);
        figures.push({
          id: id('onderzoeken-uitvoering'),
          caption: `Integriteitsonderzoeken in ${year}: intern of extern uitgevoerd`,
          rowHeader: 'Uitgevoerd',
          columns: ['Aantal'],
          rows,
          unit: 'aantal',
          chart: 'bar',
          seriesFrom: 'columns',
          ...(whole.value !== null ? totalsFromCells([whole]) : {}),
          totalLabel: 'Totaal',
        });
      }
      if (onderzoeken.kostenExtern !== undefined) {
        figures.push({
          id: id('onderzoeken-kosten'),
          caption: `Kosten van externe integriteitsonderzoeken in ${year}`,
          rowHeader: 'Kosten',
          columns: ['Bedrag'],
          rows: [{ label: 'Externe onderzoeken', values: [onderzoeken.kostenExtern] }],
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
      const rows: FigureRow[] = kinds.map((k) => ({ label: measureKindLabel(k), values: [k.aantal] }));
      const rest = getRemainderCell(maatregelen.totaal, maatregelen.perSoort);
      if (rest) rows.push(rowFromCells('Niet naar maatregel uitgesplitst', [rest]));
      return [
        {
          id: id('maatregelen'),
          caption: `Maatregelen na integriteitsschendingen in ${year}${maatregelen.perSoort ? ', per soort' : ''}`,
          rowHeader: 'Maatregel',
          columns: ['Aantal'],
          rows: rows.length > 0 ? rows : [{ label: 'Maatregelen', values: [maatregelen.totaal ?? null] }],
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(maatregelen.perSoort ? totalsFromCells([getMeasureTotal(report)]) : {}),
          totalLabel: 'Totaal',
        },
      ];
    }
    case 'verzoeken': {
      const cijfers = report.verzoeken?.cijfers;
      if (!cijfers) return [];
      return [
        {
          id: id('verzoeken'),
          caption: `Verzoeken in ${year}, per instantie`,
          rowHeader: 'Instantie en soort verzoek',
          columns: ['Aantal'],
          // No total: requests to different bodies are different things.
          rows: cijfers.map((c) => ({ label: requestLabel(c), values: [c.aantal] })),
          unit: 'aantal',
          chart: cijfers.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
        },
      ];
    }
    case 'vertrouwenspersonen': {
      const vp = report.vertrouwenspersonen;
      if (!vp) return [];
      const rows: FigureRow[] = vp.onderwerpen ? vp.onderwerpen.map((o) => ({ label: o.onderwerp, values: [o.aantal] })) : [{ label: 'Gesprekken', values: [vp.gesprekken ?? null] }];
      const rest = getRemainderCell(vp.gesprekken, vp.onderwerpen);
      if (rest) rows.push(rowFromCells('Niet naar onderwerp uitgesplitst', [rest]));
      return [
        {
          id: id('vertrouwenspersonen'),
          caption: `Gesprekken met vertrouwenspersonen in ${year}${vp.onderwerpen ? ' per onderwerp' : ''}`,
          rowHeader: 'Onderwerp',
          columns: ['Gesprekken'],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(vp.onderwerpen ? totalsFromCells([getConversationTotal(report)]) : {}),
          totalLabel: 'Totaal',
        },
      ];
    }
    case 'preventie': {
      const p = report.preventie;
      if (!p) return [];
      const activities = [
        ...(p.dilemmaspel ? [{ label: 'Dilemmaspel', ...p.dilemmaspel }] : []),
        ...(p.trainingen ? [{ label: 'Trainingen', ...p.trainingen }] : []),
        ...(p.webinars ? [{ label: 'Webinars', ...p.webinars }] : []),
        ...(p.overig ?? []).map((o) => ({ label: o.omschrijving, ...o })),
      ].filter((a) => a.aantal !== undefined || a.deelnemers !== undefined);
      if (activities.length === 0) return [];
      return [
        {
          id: id('preventie'),
          caption: `Preventieve activiteiten in ${year}`,
          rowHeader: 'Activiteit',
          columns: ['Bijeenkomsten', 'Deelnemers'],
          rows: activities.map((a) => ({ label: a.label, values: [a.aantal ?? null, a.deelnemers ?? null] })),
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
          caption: `Wet Bibob in ${year}`,
          rowHeader: 'Soort',
          columns: ['Aantal'],
          rows: cijfers.map((c) => ({ label: c.soort, values: [c.aantal] })),
          unit: 'aantal',
          chart: cijfers.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
        },
      ];
    }
    case 'inkoop': {
      const inkoop = report.inkoop;
      if (!inkoop) return [];
      const rows: FigureRow[] = inkoop.redenen ? inkoop.redenen.map((r) => ({ label: r.reden, values: [r.aantal] })) : [{ label: 'Afwijkingen', values: [inkoop.afwijkingen ?? null] }];
      const rest = getRemainderCell(inkoop.afwijkingen, inkoop.redenen);
      if (rest) rows.push(rowFromCells('Zonder opgegeven reden', [rest]));
      return [
        {
          id: id('inkoop'),
          caption: `Afwijkingen van de inkoop- en aanbestedingsregels in ${year}${inkoop.redenen ? ', naar reden' : ''}`,
          rowHeader: 'Reden',
          columns: ['Aantal'],
          rows,
          unit: 'aantal',
          chart: rows.length > 1 ? 'bar' : 'none',
          seriesFrom: 'columns',
          ...(inkoop.redenen ? totalsFromCells([getProcurementTotal(report)]) : {}),
          totalLabel: 'Totaal',
        },
      ];
    }
    case 'enquete': {
      const scores = report.enquete;
      if (!scores) return [];
      return [
        {
          id: id('enquete'),
          caption: `Scores in het medewerkersonderzoek van ${year}`,
          rowHeader: 'Onderdeel',
          columns: ['Score'],
          rows: scores.map((s) => ({ label: `${s.onderdeel} (${s.onderzoek}, schaal ${s.schaal})`, values: [s.score] })),
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
