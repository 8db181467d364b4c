/**
 * The values the annual-report schema allows, in the order tables and charts show them. Their
 * labels are interface text: a dictionary's `reportFigures` (src/i18n), typed by ReportLabels.
 */
import type {
  ActionStatus,
  MeasureKind,
  Outcome,
  ReportKind,
  ReportSection,
} from '../schemas/report.ts';

/** The labels of the report schema's values in one language. */
export interface ReportLabels {
  kinds: Readonly<Record<ReportKind, string>>;
  outcomes: Readonly<Record<Outcome, string>>;
  measures: Readonly<Record<MeasureKind, string>>;
  actionStatus: Readonly<Record<ActionStatus, string>>;
  /** Section headings on a report page. */
  sections: Readonly<Record<ReportSection, string>>;
}

/** The order kinds appear in tables and charts. */
export const REPORT_KIND_ORDER: readonly ReportKind[] = [
  'misstand',
  'zakelijke-integriteit',
  'sociale-integriteit',
  'lkog',
  'overig',
];

export const OUTCOME_ORDER: readonly Outcome[] = [
  'gegrond',
  'ongegrond',
  'niet-onderzoekswaardig',
  'in-behandeling',
  'anders',
];

/** The order measures appear in tables and charts: lightest first. */
export const MEASURE_KIND_ORDER: readonly MeasureKind[] = [
  'waarschuwing',
  'berisping',
  'schorsing',
  'overplaatsing',
  'voorwaardelijk-ontslag',
  'ontslag',
  'aangifte',
  'overig',
];

/** Compares category labels the way an editor would: case and spacing ignored. */
export function categoryKey(label: string): string {
  return label.toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').trim();
}
