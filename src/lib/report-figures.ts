/**
 * The figures of one annual report as tables and charts. A figure shows what the report states;
 * where the report does not give a number the cell is "not reported", never 0.
 */
import type { Outcome, Report, ReportKind, ReportSection } from '../schemas/report.ts';
import type { Figure, FigureRow } from './charts.ts';
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

/** Total oaths: as stated, or the sum of the groups. */
export function getOathTotal(report: Report): number | null {
  const eed = report.eed;
  if (!eed) return null;
  return eed.totaal ?? (eed.groepen ? total(eed.groepen) : null);
}

/** Total reports (meldingen): as stated, or the sum of the kinds. */
export function getReportTotal(report: Report): number | null {
  const meldingen = report.meldingen;
  if (!meldingen) return null;
  return meldingen.totaal ?? (meldingen.perSoort ? total(meldingen.perSoort) : null);
}

/** Total counsellor conversations: as stated, or the sum of the topics. */
export function getConversationTotal(report: Report): number | null {
  const vp = report.vertrouwenspersonen;
  if (!vp) return null;
  return vp.gesprekken ?? (vp.onderwerpen ? total(vp.onderwerpen) : null);
}

/**
 * Outcome counts of one breakdown: a listed outcome counts; an unlisted one is 0 when the
 * breakdown is complete (adds up to `aantal`) and "not reported" when it is partial.
 */
export function outcomeValue(breakdown: readonly { uitkomst: Outcome; aantal: number }[] | undefined, aantal: number | undefined, outcome: Outcome): number | null {
  // Nothing reported of this kind: every outcome is 0.
  if (aantal === 0) return 0;
  if (!breakdown) return null;
  const found = breakdown.find((b) => b.uitkomst === outcome);
  if (found) return found.aantal;
  return aantal !== undefined && total(breakdown) === aantal ? 0 : null;
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
      const stated = getOathTotal(report);
      if (eed.groepen && eed.totaal !== undefined && total(eed.groepen) < eed.totaal) {
        rows.push({ label: 'Niet naar groep uitgesplitst', values: [eed.totaal - total(eed.groepen)] });
      }
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
          totals: eed.groepen ? [stated] : undefined,
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
      if (kinds.length > 0 && meldingen.totaal !== undefined && total(kinds) < meldingen.totaal) {
        rows.push({ label: 'Niet naar soort uitgesplitst', values: [meldingen.totaal - total(kinds)] });
      }
      figures.push({
        id: id('meldingen'),
        caption: `Meldingen in ${year} per soort`,
        rowHeader: 'Soort melding',
        columns: ['Aantal'],
        rows: rows.length > 0 ? rows : [{ label: 'Meldingen', values: [meldingen.totaal ?? null] }],
        unit: 'aantal',
        chart: rows.length > 1 ? 'bar' : 'none',
        seriesFrom: 'columns',
        totals: rows.length > 0 ? [getReportTotal(report)] : undefined,
        totalLabel: 'Totaal',
      });
      const outcomes = OUTCOME_ORDER.filter((o) => kinds.some((k) => k.uitkomsten?.some((u) => u.uitkomst === o)));
      if (outcomes.length > 0) {
        figures.push({
          id: id('uitkomsten'),
          caption: `Uitkomsten van de meldingen in ${year}, per soort`,
          rowHeader: 'Soort melding',
          columns: outcomes.map((o) => OUTCOME_LABELS[o]),
          rows: kinds.map((k) => ({ label: reportKindLabel(k), values: outcomes.map((o) => outcomeValue(k.uitkomsten, k.aantal, o)) })),
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
        ? OUTCOME_ORDER.filter((o) => breakdown.some((b) => b.uitkomst === o)).map((o) => ({ label: OUTCOME_LABELS[o], values: [outcomeValue(breakdown, onderzoeken.aantal, o)] }))
        : [{ label: 'Onderzoeken', values: [onderzoeken.aantal ?? null] }];
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
          totals: breakdown ? [onderzoeken.aantal ?? total(breakdown)] : undefined,
          totalLabel: 'Totaal',
        },
      ];
    }
    case 'vertrouwenspersonen': {
      const vp = report.vertrouwenspersonen;
      if (!vp) return [];
      const rows: FigureRow[] = vp.onderwerpen ? vp.onderwerpen.map((o) => ({ label: o.onderwerp, values: [o.aantal] })) : [{ label: 'Gesprekken', values: [vp.gesprekken ?? null] }];
      if (vp.onderwerpen && vp.gesprekken !== undefined && total(vp.onderwerpen) < vp.gesprekken) {
        rows.push({ label: 'Niet naar onderwerp uitgesplitst', values: [vp.gesprekken - total(vp.onderwerpen)] });
      }
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
          totals: vp.onderwerpen ? [getConversationTotal(report)] : undefined,
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
      if (inkoop.redenen && inkoop.afwijkingen !== undefined && total(inkoop.redenen) < inkoop.afwijkingen) {
        rows.push({ label: 'Zonder opgegeven reden', values: [inkoop.afwijkingen - total(inkoop.redenen)] });
      }
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
          totals: inkoop.redenen ? [inkoop.afwijkingen ?? total(inkoop.redenen)] : undefined,
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
