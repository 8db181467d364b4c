/** Dutch labels for the values the annual-report schema allows. */
import type { ActionStatus, MeasureKind, Outcome, ReportKind, ReportSection } from '../schemas/report.ts';

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  misstand: 'Vermoeden van een misstand (klokkenluidersregeling)',
  'zakelijke-integriteit': 'Zakelijke integriteit',
  'sociale-integriteit': 'Sociale integriteit (ongewenst gedrag)',
  lkog: 'Klacht bij de LKOG',
  overig: 'Overig',
};

/** The order kinds appear in tables and charts. */
export const REPORT_KIND_ORDER: readonly ReportKind[] = ['misstand', 'zakelijke-integriteit', 'sociale-integriteit', 'lkog', 'overig'];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  gegrond: 'Gegrond (schending vastgesteld)',
  ongegrond: 'Ongegrond',
  'niet-onderzoekswaardig': 'Niet onderzoekswaardig',
  'in-behandeling': 'Nog in behandeling',
  anders: 'Anders afgehandeld',
};

export const OUTCOME_ORDER: readonly Outcome[] = ['gegrond', 'ongegrond', 'niet-onderzoekswaardig', 'in-behandeling', 'anders'];

export const MEASURE_KIND_LABELS: Record<MeasureKind, string> = {
  waarschuwing: 'Waarschuwing',
  berisping: 'Berisping',
  schorsing: 'Schorsing',
  overplaatsing: 'Overplaatsing',
  'voorwaardelijk-ontslag': 'Voorwaardelijk ontslag',
  ontslag: 'Ontslag',
  aangifte: 'Aangifte bij de politie',
  overig: 'Overig',
};

/** The order measures appear in tables and charts: lightest first. */
export const MEASURE_KIND_ORDER: readonly MeasureKind[] = ['waarschuwing', 'berisping', 'schorsing', 'overplaatsing', 'voorwaardelijk-ontslag', 'ontslag', 'aangifte', 'overig'];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  afgerond: 'Afgerond',
  'deels-afgerond': 'Deels afgerond',
  'loopt-door': 'Loopt door',
  'niet-uitgevoerd': 'Niet uitgevoerd',
  vervallen: 'Vervallen',
};

/** Section headings on a report page, in page order. */
export const SECTION_TITLES: Record<ReportSection, string> = {
  eed: 'Eed en belofte',
  meldingen: 'Meldingen van vermoedens van integriteitsschendingen',
  schendingen: 'Integriteitsschendingen: vermoedelijk en vastgesteld',
  onderzoeken: 'Integriteitsonderzoeken',
  maatregelen: 'Maatregelen na integriteitsschendingen',
  zaken: 'Overzicht van de meldingen (geanonimiseerd)',
  verzoeken: 'Verzoeken',
  vertrouwenspersonen: 'Gesprekken met vertrouwenspersonen',
  preventie: 'Preventie: dilemmaspel, trainingen en webinars',
  bibob: 'Wet Bibob',
  inkoop: 'Afwijkingen van de inkoopregels',
  enquete: 'Medewerkersonderzoek',
  adviezen: 'Adviezen',
  actiepunten: 'Actiepunten',
};

/** Compares category labels the way an editor would: case and spacing ignored. */
export function categoryKey(label: string): string {
  return label.toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').trim();
}
