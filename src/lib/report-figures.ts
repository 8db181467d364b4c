/**
 * The figures of one annual report as tables and charts. A figure shows what the report states;
 * where the report does not give a number the cell is "not reported", never 0, and a number the
 * page works out itself (a sum, a remainder, a 0 that follows from a complete breakdown) carries
 * its `Computation` so that the page labels it as computed.
 */
import type { Outcome, Report, ReportKind, ReportSection } from '../schemas/report.ts';
import { rowFromCells, statedCell, totalsFromCells, type Computation, type Figure, type FigureCell, type FigureRow } from './charts.ts';
import { OUTCOME_LABELS, OUTCOME_ORDER, REPORT_KIND_LABELS, REPORT_KIND_ORDER } from './report-labels.ts';

/** Sections whose figures can be drawn as a chart (`::figuur`); the others are tables only. */
export const CHARTABLE_SECTIONS: ReadonlySet<ReportSection> = new Set(['eed', 'meldingen', 'onderzoeken', 'vertrouwenspersonen', 'preventie', 'bibob', 'inkoop', 'enquete']);

/** The sections a report has, in page order. */
export function getReportSections(report: Report): ReportSection[] {
  const order: ReportSection[] = ['eed', 'meldingen', 'onderzoeken', 'zaken', 'vertrouwenspersonen', 'preventie', 'bibob', 'inkoop', 'enquete', 'adviezen', 'actiepunten'];
  return order.filter((key) => report[key] !== undefined);
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
  const year = String(report.jaar);
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
    case 'onderzoeken': {
      const onderzoeken = report.onderzoeken;
      if (!onderzoeken || (onderzoeken.aantal === undefined && !onderzoeken.uitkomsten)) return [];
      const breakdown = onderzoeken.uitkomsten;
      const rows: FigureRow[] = breakdown
        ? OUTCOME_ORDER.filter((o) => breakdown.some((b) => b.uitkomst === o)).map((o) => rowFromCells(OUTCOME_LABELS[o], [getOutcomeCell(breakdown, onderzoeken.aantal, o)]))
        : [{ label: 'Onderzoeken', values: [onderzoeken.aantal ?? null] }];
      const rest = getRemainderCell(onderzoeken.aantal, breakdown);
      if (rest) rows.push(rowFromCells('Niet naar uitkomst uitgesplitst', [rest]));
      return [
        {
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
