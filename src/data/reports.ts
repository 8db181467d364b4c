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
import { buildSectionFigures, CHARTABLE_SECTIONS, getConversationTotal, getOathTotal, getReportSections, getReportTotal } from '../lib/report-figures.ts';
import { SECTION_TITLES } from '../lib/report-labels.ts';
import { buildTrends, type TrendSection } from '../lib/report-trends.ts';
import { ReportSchema, type Report, type ReportSection } from '../schemas/report.ts';
import { slug } from '../schemas/common.ts';

/** Where reports live in the content folder. */
export const REPORT_FILE = /^reports\/[^/]+\.md$/;

/** A validated report with its id (the file name), file and parsed narrative. */
export type ReportRecord = Report & { id: string; file: string; blocks: Block[] };

/** Validates one report file; pushes every problem to `issues`. */
export function validateReportFile(file: string, source: string, issues: ContentIssue[]): ReportRecord | undefined {
  const id = path.posix.basename(file, '.md');
  if (!slug.safeParse(id).success) {
    issues.push({ file, path: [], nl: 'de bestandsnaam is het adres van het verslag en mag alleen kleine letters, cijfers en streepjes bevatten (zoals "2024.md")', en: 'the file name is the address of the report and may only contain lower-case letters, digits and hyphens (like "2024.md")' });
    return undefined;
  }
  if (id === 'trends') {
    issues.push({ file, path: [], nl: 'de bestandsnaam "trends.md" is gereserveerd voor de pagina met trends; kies een andere naam, zoals "2024.md"', en: 'the file name "trends.md" is reserved for the trends page; choose another name, like "2024.md"' });
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
  const body = parseReportBody(file, parsed.body, bodyStartLine(source.replace(/^\uFEFF/, ''), parsed.body), {
    sections: new Set(getReportSections(result.data)),
    chartable: CHARTABLE_SECTIONS,
  });
  if (!body.ok) {
    issues.push(...body.issues);
    return undefined;
  }
  return { ...result.data, id, file, blocks: body.blocks };
}

/** Checks across reports: one report per organisation and year. */
export function checkReports(reports: readonly ReportRecord[], province: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, ReportRecord>();
  for (const report of reports) {
    const key = `${getReportOrganisation(report, province)}|${report.jaar}`;
    const earlier = seen.get(key);
    if (earlier) {
      issues.push({
        file: report.file,
        path: ['jaar'],
        nl: `er is al een verslag over ${report.jaar} van ${getReportOrganisation(report, province)} (${earlier.file}); één verslag per jaar`,
        en: `there already is a report on ${report.jaar} by ${getReportOrganisation(report, province)} (${earlier.file}); one report per year`,
      });
    }
    seen.set(key, report);
  }
  return issues;
}

/** The organisation that published a report: as stated, or the site's own province. */
export function getReportOrganisation(report: Pick<Report, 'organisatie'>, province: string): string {
  return report.organisatie ?? `Provincie ${province}`;
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
  /** The same organisation's reports of the year before and after, when there are. */
  previous?: ReportRecord | undefined;
  next?: ReportRecord | undefined;
}

/** Builds a report page; `all` are the other reports, for the links to the year before and after. */
export function buildReportPage(report: ReportRecord, all: readonly ReportRecord[], province: string): ReportPage {
  const organisation = getReportOrganisation(report, province);
  const sameOrganisation = all.filter((r) => getReportOrganisation(r, province) === organisation);
  return {
    report,
    organisation,
    sections: getReportSections(report).map((key) => ({ key, title: SECTION_TITLES[key], figures: buildSectionFigures(report, key, 'figuur') })),
    placedInBody: new Set(report.blocks.flatMap((b) => (b.type === 'section' ? [b.section] : []))),
    keyFigures: { oaths: getOathTotal(report), reports: getReportTotal(report), conversations: getConversationTotal(report) },
    previous: sameOrganisation.filter((r) => r.jaar < report.jaar).sort((a, b) => b.jaar - a.jaar)[0],
    next: sameOrganisation.filter((r) => r.jaar > report.jaar).sort((a, b) => a.jaar - b.jaar)[0],
  };
}

/** The trends of one organisation's reports. */
export interface TrendGroup {
  organisation: string;
  /** Its reports, oldest first. */
  reports: ReportRecord[];
  sections: TrendSection[];
}

/** Trends per organisation: the site's own province first, then others by name. */
export function buildTrendGroups(reports: readonly ReportRecord[], province: string): TrendGroup[] {
  const own = `Provincie ${province}`;
  const groups = new Map<string, ReportRecord[]>();
  for (const report of reports) {
    const organisation = getReportOrganisation(report, province);
    groups.set(organisation, [...(groups.get(organisation) ?? []), report]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === own ? -1 : b === own ? 1 : a.localeCompare(b, 'nl')))
    .map(([organisation, list], i) => {
      const sorted = [...list].sort((a, b) => a.jaar - b.jaar);
      return { organisation, reports: sorted, sections: buildTrends(sorted, `trend-${i + 1}`) };
    });
}
