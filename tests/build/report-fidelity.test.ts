/**
 * What the site says is exactly what was declared: every number a report page, the overview of
 * the reports or the trends page shows (key figures, figure tables, any <data value>) is a number
 * in the front matter of that report (on the trends page: of the report of the column's year), or
 * it carries a visible label saying it was computed (`.tp-computed[data-computed]`, "berekend: …"
 * or "computed: …"). A figure the report does not give is "niet gerapporteerd", never 0.
 *
 * Checked on the built demo (content/reports/) and on a build of tests/fixtures/reports/, whose
 * invented Testland reports give outcomes without their number and split only some kinds of
 * report by outcome.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  listReportFixtures,
  REPORT_FIXTURES_DIR,
  reportFixtureSite,
  ROOT,
} from './report-fixture-site.ts';
import { assertBuilt, DIST } from './site.ts';

/** A report as its file declares it: every number in its front matter. */
interface DeclaredReport {
  id: string;
  /** How the trends page heads the report's column: its year, or its period ("2012–2016"). */
  column: string;
  organisation: string;
  numbers: Set<number>;
  /** True when it counts investigations (their number or their outcomes). */
  investigations: boolean;
}

interface Site {
  dir: string;
  reports: DeclaredReport[];
}

const LANGUAGES = [
  { prefix: '', computed: /^berekend: \S/, notReported: 'niet gerapporteerd' },
  { prefix: '/en', computed: /^computed: \S/, notReported: 'not reported' },
] as const;
type Language = (typeof LANGUAGES)[number];

/** Every number in a front matter, except years (`jaar`, `periode`), which are no figures. */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersOf);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'jaar' || key === 'periode' ? [] : numbersOf(v),
    );
  return [];
}

/** The reports of a content folder as their files declare them, read with a plain YAML parser. */
function readReports(files: readonly string[], province: string): DeclaredReport[] {
  return files.map((file) => {
    const frontMatter = readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '';
    const data = parseYaml(frontMatter) as {
      jaar?: number;
      periode?: { van: number; totEnMet: number };
      organisatie?: string;
      onderzoeken?: { aantal?: number; uitkomsten?: unknown[] };
    };
    return {
      id: path.basename(file, '.md'),
      column: data.periode ? `${data.periode.van}–${data.periode.totEnMet}` : String(data.jaar),
      organisation: data.organisatie ?? `Provincie ${province}`,
      numbers: new Set(numbersOf(data)),
      investigations:
        data.onderzoeken?.aantal !== undefined || data.onderzoeken?.uitkomsten !== undefined,
    };
  });
}

function readSite(dir: string, contentDir: string, reportFiles: readonly string[]): Site {
  const province = (
    parseYaml(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { naam: string }
  ).naam;
  return { dir, reports: readReports(reportFiles, province) };
}

function readSitePage(site: Site, urlPath: string): HTMLElement {
  return parseHtml(readFileSync(path.join(site.dir, urlPath, 'index.html'), 'utf8'));
}

/**
 * The problem with one shown number, if any: it must be one of `declared`, or the element that
 * holds it (table cell, key figure) must carry a visible computed label in the page's language.
 */
function checkNumber(
  data: HTMLElement,
  declared: ReadonlySet<number> | undefined,
  language: Language,
  where: string,
): string | undefined {
  const value = Number(data.getAttribute('value'));
  const holder = data.closest('td, th, dd, li, p');
  if (!holder) return `${where}: ${value} outside a table cell, key figure, list item or paragraph`;
  const label = holder.querySelector('.tp-computed[data-computed]');
  if (label) {
    if (!language.computed.test(label.text.trim()))
      return `${where}: ${value} has a computed label without visible text "${language.computed.source}": "${label.text.trim()}"`;
    if (holder.querySelectorAll('data').length !== 1)
      return `${where}: a computed label shared by several numbers`;
    return undefined;
  }
  if (declared === undefined) return `${where}: ${value} belongs to no report`;
  if (!declared.has(value))
    return `${where}: ${value} is not in the report and not labelled as computed`;
  return undefined;
}

/** Problems with the cells of a figure table that hold no number: only "not reported" is allowed. */
function checkEmptyCells(table: HTMLElement, language: Language, where: string): string[] {
  return table
    .querySelectorAll('td')
    .filter((td) => !td.querySelector('data'))
    .flatMap((td) =>
      td.hasAttribute('data-missing') && /^(niet gerapporteerd|not reported)$/.test(td.text.trim())
        ? []
        : [
            `${where}: a cell without <data> and not "not reported": "${td.text.trim()}" (${language.prefix || 'nl'})`,
          ],
    );
}

/** Every problem on the report pages of a site, in both languages. */
function reportPageProblems(site: Site): string[] {
  return LANGUAGES.flatMap((language) =>
    site.reports.flatMap((report) => {
      const url = `${language.prefix}/jaarverslagen/${report.id}/`;
      const main = readSitePage(site, url).querySelector('main');
      if (!main) return [`${url}: no <main>`];
      const keyFigures = main.querySelector('[data-key-figures]');
      const missingKeyFigures = (keyFigures?.querySelectorAll('dd') ?? [])
        .filter((dd) => !dd.querySelector('data') && dd.text.trim() !== language.notReported)
        .map(
          (dd) =>
            `${url} key figures: "${dd.text.trim()}" is neither a number nor "${language.notReported}"`,
        );
      return [
        ...(keyFigures ? [] : [`${url}: no key figures`]),
        ...missingKeyFigures,
        ...main
          .querySelectorAll('table.tp-figure-table')
          .flatMap((table) =>
            checkEmptyCells(table, language, `${url} ${table.getAttribute('data-figure') ?? ''}`),
          ),
        ...main
          .querySelectorAll('data')
          .flatMap(
            (data) =>
              checkNumber(
                data,
                report.numbers,
                language,
                `${url} ${data.closest('table')?.getAttribute('data-figure') ?? 'key figures'}`,
              ) ?? [],
          ),
      ];
    }),
  );
}

/** Every problem on the overview of the reports: each row's numbers are its own report's. */
function overviewProblems(site: Site): string[] {
  return LANGUAGES.flatMap((language) => {
    const url = `${language.prefix}/jaarverslagen/`;
    const main = readSitePage(site, url).querySelector('main');
    if (!main) return [`${url}: no <main>`];
    const rows = main.querySelectorAll('[data-record="jaarverslag"]');
    return [
      ...(rows.length === site.reports.length
        ? []
        : [`${url}: ${rows.length} rows for ${site.reports.length} reports`]),
      ...main.querySelectorAll('data').flatMap((data) => {
        const id = data.closest('[data-record="jaarverslag"]')?.getAttribute('data-key');
        return (
          checkNumber(
            data,
            site.reports.find((r) => r.id === id)?.numbers,
            language,
            `${url} ${id ?? '(no report)'}`,
          ) ?? []
        );
      }),
    ];
  });
}

/**
 * Every problem on the trends page: each column's numbers are those of that year's report, or of
 * the overview whose period heads the column; a period is never read as one of its years.
 */
function trendProblems(site: Site): string[] {
  return LANGUAGES.flatMap((language) => {
    const url = `${language.prefix}/jaarverslagen/trends/`;
    const main = readSitePage(site, url).querySelector('main');
    if (!main) return [`${url}: no <main>`];
    const outside = main
      .querySelectorAll('data')
      .filter((d) => !d.closest('[data-organisation] table.tp-figure-table'));
    return [
      ...outside.map(
        (d) =>
          `${url}: ${d.getAttribute('value') ?? ''} outside the figure tables of an organisation`,
      ),
      ...main.querySelectorAll('[data-organisation]').flatMap((section) => {
        const organisation = section.getAttribute('data-organisation') ?? '';
        return section.querySelectorAll('table.tp-figure-table').flatMap((table) => {
          const where = `${url} ${organisation} ${table.getAttribute('data-figure') ?? ''}`;
          const years = table
            .querySelectorAll('thead th')
            .slice(1)
            .map((th) => th.text.trim());
          const cells = table.querySelectorAll('tbody tr, tfoot tr').flatMap((tr) =>
            tr.querySelectorAll('td').flatMap((td, column) => {
              const data = td.querySelector('data');
              if (!data) return [];
              const report = site.reports.find(
                (r) => r.organisation === organisation && r.column === years[column],
              );
              return (
                checkNumber(
                  data,
                  report?.numbers,
                  language,
                  `${where} "${tr.querySelector('th')?.text.trim() ?? ''}" ${years[column] ?? '?'}`,
                ) ?? []
              );
            }),
          );
          return [...checkEmptyCells(table, language, where), ...cells];
        });
      }),
    ];
  });
}

let fixtures: Site;
let demo: Site;

beforeAll(async () => {
  assertBuilt();
  const demoContent = path.join(ROOT, 'content');
  const demoReports = readdirSync(path.join(demoContent, 'reports')).filter((f) =>
    f.endsWith('.md'),
  );
  demo = readSite(
    DIST,
    demoContent,
    demoReports.map((f) => path.join(demoContent, 'reports', f)),
  );
  const fixture = await reportFixtureSite();
  fixtures = readSite(
    fixture.site,
    fixture.content,
    listReportFixtures().map((f) => path.join(REPORT_FIXTURES_DIR, f)),
  );
});

describe.each([
  { name: 'the demo', site: () => demo },
  { name: 'the report fixtures', site: () => fixtures },
])('$name: every number shown is declared or labelled as computed', ({ site }) => {
  test('on every report page, in Dutch and English (key figures and figure tables)', () => {
    expect(site().reports.length).toBeGreaterThan(0);
    expect(reportPageProblems(site())).toEqual([]);
  });

  test('on the overview of the reports', () => {
    expect(overviewProblems(site())).toEqual([]);
  });

  test("on the trends page, each column against its year's report", () => {
    expect(trendProblems(site())).toEqual([]);
  });

  test('the trends page shows the investigations', () => {
    const withInvestigations = new Set(
      site()
        .reports.filter((r) => r.investigations)
        .map((r) => r.organisation),
    );
    expect(withInvestigations.size).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const page = readSitePage(site(), `${language.prefix}/jaarverslagen/trends/`);
      for (const organisation of withInvestigations) {
        const section = page
          .querySelectorAll('[data-organisation]')
          .find((s) => s.getAttribute('data-organisation') === organisation);
        expect(
          section?.querySelector('table[data-figure$="-onderzoeken"]'),
          `${language.prefix} ${organisation}`,
        ).toBeTruthy();
      }
    }
  });
});

describe('the invented Testland reports, on their built pages', () => {
  const cells = (page: HTMLElement, figure: string, row: string): string[] =>
    page
      .querySelector(`table[data-figure="${figure}"] tr[data-row="${row}"]`)
      ?.querySelectorAll('td')
      .map((td) => td.text.trim()) ?? [];

  test('outcomes of investigations without their number: the total says it is the sum of the outcomes', () => {
    const page = readSitePage(fixtures, '/jaarverslagen/testland-2024/');
    expect(cells(page, 'figuur-onderzoeken', 'totaal')).toEqual([
      '13 berekend: som van de uitkomsten',
    ]);
    expect(
      cells(
        readSitePage(fixtures, '/en/jaarverslagen/testland-2024/'),
        'figuur-onderzoeken',
        'totaal',
      ),
    ).toEqual(['13 computed: sum of the outcomes']);
  });

  test('a kind of report without outcomes is not reported in the outcome table, and so is its year in the trends', () => {
    const page = readSitePage(fixtures, '/jaarverslagen/testland-2024/');
    expect(cells(page, 'figuur-uitkomsten', 'Sociale integriteit (ongewenst gedrag)')).toEqual([
      'niet gerapporteerd',
      'niet gerapporteerd',
    ]);
    const trends = readSitePage(fixtures, '/jaarverslagen/trends/').querySelector(
      '[data-organisation="Provincie Testland"]',
    );
    if (!trends) throw new Error('no Testland trends');
    for (const row of ['Gegrond (schending vastgesteld)', 'Ongegrond', 'Nog in behandeling']) {
      expect(cells(trends, 'trend-1-uitkomsten', row), row).toEqual([
        'niet gerapporteerd',
        'niet gerapporteerd',
      ]);
    }
    expect(cells(trends, 'trend-1-onderzoeken', 'Onderzoeken')).toEqual([
      '13 berekend: som van de uitkomsten',
      '4',
    ]);
  });
});
