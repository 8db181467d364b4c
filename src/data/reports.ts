/**
 * Annual integrity reports: `content/reports/<id>.md`, figures in the front matter (see
 * src/schemas/report.ts) and the narrative in a safe Markdown subset (see src/lib/report-body.ts).
 * Validated with the rest of the content by load.ts; resolved here for the pages.
 */
import path from 'node:path';
import { fromZodIssues, type ContentIssue } from '../lib/content-errors.ts';
import { parseFrontMatterFile } from '../lib/parse-content.ts';
import { bodyStartLine, parseReportBody, type Block } from '../lib/report-body.ts';
import type { Figure, FigureCell } from '../lib/charts.ts';
import {
  buildSectionFigures,
  CHARTABLE_SECTIONS,
  getConversationTotal,
  getOathTotal,
  getReportSections,
  getReportTotal,
  type ReportFigureWords,
} from '../lib/report-figures.ts';
import {
  compareReportPeriods,
  formatReportPeriod,
  getReportPeriod,
  isMultiYear,
} from '../lib/report-period.ts';
import { buildTrends, type TrendSection } from '../lib/report-trends.ts';
import { ReportSchema, type Report, type ReportSection } from '../schemas/report.ts';
import { slug } from '../schemas/common.ts';

/** Where reports live in the content folder. */
export const REPORT_FILE = /^reports\/[^/]+\.md$/;

/**
 * A validated report with its id (the file name), file and parsed narrative. `jaar` is always
 * set here, for ordering reports newest first: the year, or the last year of an overview's
 * `periode`. Pages name a report's years with formatReportPeriod, never with `jaar` alone.
 */
export type ReportRecord = Omit<Report, 'jaar'> & {
  jaar: number;
  id: string;
  file: string;
  blocks: Block[];
};

/** Validates one report file; pushes every problem to `issues`. */
export function validateReportFile(
  file: string,
  source: string,
  issues: ContentIssue[],
): ReportRecord | undefined {
  const id = path.posix.basename(file, '.md');
  if (!slug.safeParse(id).success) {
    issues.push({
      file,
      path: [],
      nl: 'de bestandsnaam is het adres van het verslag en mag alleen kleine letters, cijfers en streepjes bevatten (zoals "2024.md")',
      en: 'the file name is the address of the report and may only contain lower-case letters, digits and hyphens (like "2024.md")',
    });
    return undefined;
  }
  if (id === 'trends') {
    issues.push({
      file,
      path: [],
      nl: 'de bestandsnaam "trends.md" is gereserveerd voor de pagina met trends; kies een andere naam, zoals "2024.md"',
      en: 'the file name "trends.md" is reserved for the trends page; choose another name, like "2024.md"',
    });
    return undefined;
  }
  const parsed = parseFrontMatterFile(file, source);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return undefined;
  }
  const result = ReportSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    issues.push(...fromZodIssues(file, result.error.issues));
    return undefined;
  }
  const body = parseReportBody(
    file,
    parsed.body,
    bodyStartLine(source.replace(/^\uFEFF/, ''), parsed.body),
    {
      sections: new Set(getReportSections(result.data)),
      chartable: CHARTABLE_SECTIONS,
    },
  );
  if (!body.ok) {
    issues.push(...body.issues);
    return undefined;
  }
  return {
    ...result.data,
    jaar: getReportPeriod(result.data).totEnMet,
    id,
    file,
    blocks: body.blocks,
  };
}

/**
 * Checks across reports: one report per organisation and year, and one per organisation and
 * period. An overview of several years may cover years that have their own annual report.
 */
export function checkReports(reports: readonly ReportRecord[], ownName: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, ReportRecord>();
  for (const report of reports) {
    const years = formatReportPeriod(report);
    const key = `${getReportOrganisation(report, ownName)}|${years}`;
    const earlier = seen.get(key);
    if (earlier) {
      issues.push({
        file: report.file,
        path: [isMultiYear(report) ? 'periode' : 'jaar'],
        nl: `er is al een verslag over ${years} van ${getReportOrganisation(report, ownName)} (${earlier.file}); één verslag per ${isMultiYear(report) ? 'periode' : 'jaar'}`,
        en: `there already is a report on ${years} by ${getReportOrganisation(report, ownName)} (${earlier.file}); one report per ${isMultiYear(report) ? 'period' : 'year'}`,
      });
    }
    seen.set(key, report);
  }
  return issues;
}

/** The organisation that published a report: as stated, or the site's own body (`ownName`, e.g. "Gemeente Ravensmeer"). */
export function getReportOrganisation(
  report: Pick<Report, 'organisatie'>,
  ownName: string,
): string {
  return report.organisatie ?? ownName;
}

/** The permalink of a report page. */
export function reportPath(id: string): string {
  return `/jaarverslagen/${id}/`;
}

/** One section of a report page: its heading and its figures (none for cases, advice, actions). */
export interface ReportSectionView {
  key: ReportSection;
  title: string;
  figures: Figure[];
}

/** Everything a report page shows. */
export interface ReportPage {
  report: ReportRecord;
  organisation: string;
  /** Every section the report has, in page order. */
  sections: ReportSectionView[];
  /** Sections the narrative places itself with `::figuur` or `::tabel`. */
  placedInBody: ReadonlySet<string>;
  /** The headline numbers: stated, computed (and labelled so), or null where the report does not give them. */
  keyFigures: { oaths: FigureCell; reports: FigureCell; conversations: FigureCell };
  /** How the page names the report's years: `2024`, or `2012–2016` for an overview. */
  years: string;
  /**
   * The same organisation's reports of the year before and after, when there are; for an overview
   * of several years, its overviews of the periods before and after.
   */
  previous?: ReportRecord | undefined;
  next?: ReportRecord | undefined;
}

/**
 * Builds a report page; `all` are the other reports, for the links to the year before and after.
 * `words` are the figures' words in the page's language (a dictionary's `reportFigures`).
 */
export function buildReportPage(
  report: ReportRecord,
  all: readonly ReportRecord[],
  ownName: string,
  words: ReportFigureWords,
): ReportPage {
  const organisation = getReportOrganisation(report, ownName);
  // An annual report's neighbours are annual reports: an overview is not "the year before".
  const sameKind = all
    .filter(
      (r) =>
        getReportOrganisation(r, ownName) === organisation &&
        isMultiYear(r) === isMultiYear(report),
    )
    .sort(compareReportPeriods);
  const before = sameKind.filter((r) => compareReportPeriods(r, report) < 0);
  return {
    report,
    organisation,
    years: formatReportPeriod(report),
    sections: getReportSections(report).map((key) => ({
      key,
      title: words.sections[key],
      figures: buildSectionFigures(report, key, 'figuur', words),
    })),
    placedInBody: new Set(report.blocks.flatMap((b) => (b.type === 'section' ? [b.section] : []))),
    keyFigures: {
      oaths: getOathTotal(report),
      reports: getReportTotal(report),
      conversations: getConversationTotal(report),
    },
    previous: before.at(-1),
    next: sameKind.find((r) => compareReportPeriods(r, report) > 0),
  };
}

/** The trends of one organisation's reports. */
export interface TrendGroup {
  organisation: string;
  /** Its annual reports, oldest first. */
  reports: ReportRecord[];
  sections: TrendSection[];
  /** Its overviews of several years, oldest first, and their figures: a column per period. */
  overviews: ReportRecord[];
  overviewSections: TrendSection[];
}

/**
 * Trends per organisation: the site's own body first, then others by name.
 *
 * An overview of several years (`periode`) is not a column of the yearly trends: its figures are
 * for the whole period, so in a year's column they would read as one year's number, and spread
 * over its years they would be numbers the report never gave. Overviews get figures of their own,
 * a column per period headed "2012–2016", shown apart under their own heading; nothing is added
 * up between an overview and the annual reports it overlaps.
 */
export function buildTrendGroups(
  reports: readonly ReportRecord[],
  ownName: string,
  words: ReportFigureWords,
): TrendGroup[] {
  const own = ownName;
  const groups = new Map<string, ReportRecord[]>();
  for (const report of reports) {
    const organisation = getReportOrganisation(report, ownName);
    groups.set(organisation, [...(groups.get(organisation) ?? []), report]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === own ? -1 : b === own ? 1 : a.localeCompare(b, 'nl')))
    .map(([organisation, list], i) => {
      const sorted = [...list].sort(compareReportPeriods);
      const annual = sorted.filter((r) => !isMultiYear(r));
      const overviews = sorted.filter(isMultiYear);
      return {
        organisation,
        reports: annual,
        sections: buildTrends(annual, words, `trend-${i + 1}`),
        overviews,
        overviewSections:
          overviews.length > 0 ? buildTrends(overviews, words, `trend-${i + 1}-periode`) : [],
      };
    });
}
