/** Dutch labels for the values the annual-report schema allows. */
import type { ActionStatus, Outcome, ReportKind, ReportSection } from '../schemas/report.ts';

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
  onderzoeken: 'Integriteitsonderzoeken',
  zaken: 'Overzicht van de meldingen (geanonimiseerd)',
  vertrouwenspersonen: 'Gesprekken met vertrouwenspersonen',
  preventie: 'Preventie: dilemmaspel, trainingen en webinars',
  bibob: 'Wet Bibob',
  inkoop: 'Afwijkingen van de inkoopregels',
  enquete: 'Medewerkersonderzoek',
  adviezen: 'Adviezen',
  actiepunten: 'Actiepunten',
};
