/**
 * Annual reports on the built site: the real reports from the seeds (Zuid-Holland 2021 and 2022,
 * Drenthe 2022), two invented ones of Testland and three of a fictional ministry (two years and an
 * overview of 2012-2016), built as a fixture site and read back from its
 * pages; the demo's years and trends; and chart code only on pages with charts, loaded lazily.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatEuro } from '../../src/lib/format.ts';
import { reportFixtureSite, ROOT } from './report-fixture-site.ts';
import { assertBuilt, DIST, listFiles, readHtml, readPage } from './site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'portal-reports-'));
let fixtureSite = '';

beforeAll(async () => {
  fixtureSite = (await reportFixtureSite()).site;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function fixturePage(urlPath: string): HTMLElement {
  return parse(readFileSync(path.join(fixtureSite, urlPath, 'index.html'), 'utf8'));
}

/** A figure table by its caption: row label → cell texts (numbers as in <data value>). */
function tableByCaption(page: HTMLElement, caption: string): Map<string, string[]> {
  const table = page
    .querySelectorAll('table')
    .find((t) => t.querySelector('caption')?.text.trim() === caption);
  if (!table)
    throw new Error(
      `no table with caption "${caption}"; captions: ${page
        .querySelectorAll('caption')
        .map((c) => c.text.trim())
        .join(' | ')}`,
    );
  const rows = new Map<string, string[]>();
  for (const tr of table.querySelectorAll('tbody tr, tfoot tr')) {
    const label = tr.querySelector('th')?.text.trim() ?? '';
    rows.set(
      label,
      tr
        .querySelectorAll('td')
        .map((td) => td.querySelector('data')?.getAttribute('value') ?? td.text.trim()),
    );
  }
  return rows;
}

function column(rows: Map<string, string[]>, index = 0): Record<string, string | undefined> {
  return Object.fromEntries([...rows].map(([label, values]) => [label, values[index]]));
}

describe('Zuid-Holland 2022 (seed 003) on its built page', () => {
  test('counsellor conversations 28/3/12/7/8, total 58', () => {
    const rows = tableByCaption(
      fixturePage('jaarverslagen/zuid-holland-2022'),
      'Gesprekken met vertrouwenspersonen in 2022 per onderwerp',
    );
    expect(column(rows)).toEqual({
      'Ongewenste omgangsvormen': '28',
      'Zakelijke integriteit': '3',
      '(Dreigend) arbeidsconflict': '12',
      Onveiligheid: '7',
      'Advies algemeen': '8',
      Totaal: '58',
    });
  });

  test('the chart beside it carries the same numbers', () => {
    const chart = fixturePage('jaarverslagen/zuid-holland-2022').querySelector(
      'tp-chart[data-chart="figuur-vertrouwenspersonen"]',
    );
    const config = JSON.parse(chart?.getAttribute('data-config') ?? '{}') as {
      data: { labels: string[]; datasets: { data: number[] }[] };
    };
    expect(config.data.labels).toEqual([
      'Ongewenste omgangsvormen',
      'Zakelijke integriteit',
      '(Dreigend) arbeidsconflict',
      'Onveiligheid',
      'Advies algemeen',
    ]);
    expect(config.data.datasets.map((d) => d.data)).toEqual([[28, 3, 12, 7, 8]]);
  });

  test('oaths by group: 182 employees, 10 trainees, 4 griffie staff', () => {
    expect(
      column(
        tableByCaption(
          fixturePage('jaarverslagen/zuid-holland-2022'),
          'Afgelegde eden en beloften in 2022',
        ),
      ),
    ).toEqual({
      Medewerkers: '182',
      Trainees: '10',
      'Medewerkers van de griffie': '4',
      Totaal: '196',
    });
  });

  test('reports by kind as the report counts them: 2 in all, and its own "from 4 to 2"', () => {
    const page = fixturePage('jaarverslagen/zuid-holland-2022');
    expect(column(tableByCaption(page, 'Meldingen in 2022 per soort'))).toEqual({
      'Vermoeden van een misstand (klokkenluidersregeling)': '0',
      'Zakelijke integriteit': '0',
      'Sociale integriteit (ongewenst gedrag)': '1',
      'Klacht bij de LKOG': '1',
      Totaal: '2',
    });
    expect(page.querySelector('[data-section="meldingen"]')?.text).toContain(
      '(van 4 naar 2 meldingen)',
    );
  });

  test('survey scores 7,7 and 8,9; Bibob 150 and 20', () => {
    const page = fixturePage('jaarverslagen/zuid-holland-2022');
    expect(
      Object.values(column(tableByCaption(page, 'Scores in het medewerkersonderzoek van 2022'))),
    ).toEqual(['7.7', '8.9']);
    expect(column(tableByCaption(page, 'Wet Bibob in 2022'))).toEqual({
      Risicoanalyses: '150',
      'Nieuwe Bibob-onderzoeken': '20',
    });
  });

  test('the anonymised case table has its two cases and no column for a name', () => {
    const table = fixturePage('jaarverslagen/zuid-holland-2022').querySelector(
      'table[data-table="zaken"]',
    );
    expect(table?.querySelectorAll('thead th').map((th) => th.text.trim())).toEqual([
      'Jaar',
      'Opdrachtgever',
      'Vermeende schending',
      'Object van onderzoek',
      'Bevindingen',
      'Gevolg',
      'Externe partij',
    ]);
    expect(
      table
        ?.querySelectorAll('tbody tr')
        .map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim())[1]),
    ).toEqual(['Directeur', 'Concerndirecteur']);
    expect(
      table
        ?.querySelectorAll('tbody tr')
        .map((tr) => tr.querySelectorAll('td').at(-1)?.text.trim()),
    ).toEqual(['n.v.t.', 'LKOG']);
  });

  test('every action point of last year with what became of it', () => {
    const rows = fixturePage('jaarverslagen/zuid-holland-2022').querySelectorAll(
      '[data-record="actiepunt"]',
    );
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual([
      'afgerond',
      'loopt-door',
      'loopt-door',
    ]);
  });
});

describe('Zuid-Holland 2021 (seed 002) on its built page', () => {
  const page = () => fixturePage('jaarverslagen/zuid-holland-2021');

  test('counsellor conversations 2/7/0/2/4/2, total 17: a real 0 for discrimination', () => {
    expect(
      Object.values(
        column(tableByCaption(page(), 'Gesprekken met vertrouwenspersonen in 2021 per onderwerp')),
      ),
    ).toEqual(['2', '7', '0', '2', '4', '2', '17']);
  });

  test('148 oaths, five reports (1 misstand, 3 business, 1 social, 0 LKOG), five cases', () => {
    expect(
      page()
        .querySelector('[data-key-figures]')
        ?.querySelectorAll('data')
        .map((d) => d.getAttribute('value')),
    ).toEqual(['148', '5', '17']);
    expect(Object.values(column(tableByCaption(page(), 'Meldingen in 2021 per soort')))).toEqual([
      '1',
      '3',
      '1',
      '0',
      '5',
    ]);
    expect(page().querySelectorAll('table[data-table="zaken"] tbody tr')).toHaveLength(5);
  });

  test('Bibob: 373 open-source checks, 54 investigations; dilemma game 3 sessions, 50 participants', () => {
    expect(column(tableByCaption(page(), 'Wet Bibob in 2021'))).toEqual({
      'Open-bronnenonderzoeken': '373',
      'Bibob-onderzoeken': '54',
      'Adviesaanvragen Landelijk Bureau Bibob': '1',
    });
    expect(tableByCaption(page(), 'Preventieve activiteiten in 2021').get('Dilemmaspel')).toEqual([
      '3',
      '50',
    ]);
  });

  test('seven action points of 2020, three for 2022', () => {
    expect(page().querySelectorAll('[data-record="actiepunt"]')).toHaveLength(7);
    expect(page().querySelectorAll('[data-record="actiepunt-nieuw"]')).toHaveLength(3);
  });
});

describe('Drenthe 2022 (seed 000) on its built page', () => {
  test('94 oaths in 5 sessions, no reports, and the 2021 report assessed in 2022', () => {
    const page = fixturePage('jaarverslagen/drenthe-2022');
    expect(
      page
        .querySelector('[data-key-figures]')
        ?.querySelectorAll('dd')
        .map((d) => d.text.trim()),
    ).toEqual(['94', '0', 'niet gerapporteerd']);
    expect(page.querySelector('[data-section="eed"]')?.text).toContain(
      'afgelegd in 5 bijeenkomsten',
    );
    const cases = page.querySelectorAll('table[data-table="zaken"] tbody tr');
    expect(cases.map((tr) => tr.querySelector('td')?.text.trim())).toEqual(['2021']);
  });
});

describe('trends of the fixture reports', () => {
  test('each organisation has its own trends, and changed topics are shown as not reported', () => {
    const page = fixturePage('jaarverslagen/trends');
    const organisations = page
      .querySelectorAll('[data-organisation]')
      .map((s) => s.getAttribute('data-organisation'));
    // Testland is content-minimal's own province (the invented testland-* fixtures), so it comes first.
    expect(organisations).toEqual([
      'Provincie Testland',
      'Ministerie van Testzaken',
      'Provincie Drenthe',
      'Provincie Zuid-Holland',
    ]);
    const zh = page.querySelector('[data-organisation="Provincie Zuid-Holland"]');
    if (!zh) throw new Error('no Zuid-Holland section');
    const rows = tableByCaption(zh, 'Gesprekken met vertrouwenspersonen per onderwerp, 2021–2022');
    expect(rows.get('Arbeidsconflict')).toEqual(['2', 'niet gerapporteerd']);
    expect(rows.get('(Dreigend) arbeidsconflict')).toEqual(['niet gerapporteerd', '12']);
    expect(rows.get('Discriminatie')).toEqual(['0', 'niet gerapporteerd']);
    expect(rows.get('Totaal gesprekken')).toEqual(['17', '58']);
  });
});

describe('the invented Ministerie van Testzaken (violations, measures, investigations, requests, an overview)', () => {
  const y2023 = () => fixturePage('jaarverslagen/testzaken-2023');
  const y2024 = () => fixturePage('jaarverslagen/testzaken-2024');
  const overview = () => fixturePage('jaarverslagen/testzaken-2012-2016');
  /** The computed labels of a table by caption: row label → label per cell ('' where stated). */
  function computedLabels(page: HTMLElement, caption: string): Record<string, string[]> {
    const table = page
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.text.trim() === caption);
    return Object.fromEntries(
      (table?.querySelectorAll('tbody tr, tfoot tr') ?? []).map((tr) => [
        tr.querySelector('th')?.text.trim() ?? '',
        tr
          .querySelectorAll('td')
          .map((td) => td.querySelector('[data-computed]')?.getAttribute('data-computed') ?? ''),
      ]),
    );
  }

  test('2023: suspected and established violations side by side, per kind, each as the report lists it', () => {
    const rows = tableByCaption(
      y2023(),
      'Integriteitsschendingen in 2023: vermoedelijk en vastgesteld, per soort',
    );
    expect(Object.fromEntries(rows)).toEqual({
      'Financiële schendingen': ['9', '5'],
      'Misbruik van positie en belangenverstrengeling': ['6', 'niet gerapporteerd'],
      'Lekken en misbruik van informatie': ['5', '3'],
      'Ongewenste omgangsvormen': ['12', '7'],
      'Misdragingen in de privésfeer': ['4', 'niet gerapporteerd'],
      'Oneigenlijk gebruik van dienstmiddelen': ['niet gerapporteerd', '2'],
      'Niet naar soort uitgesplitst': ['2', '0'],
      Totaal: ['38', '17'],
    });
    expect(
      computedLabels(
        y2023(),
        'Integriteitsschendingen in 2023: vermoedelijk en vastgesteld, per soort',
      )['Niet naar soort uitgesplitst'],
    ).toEqual(['remainder', 'remainder']);
    // The violations are not reports: the key figure of meldingen stays the 31 the report gives.
    expect(
      y2023()
        .querySelector('[data-key-figures]')
        ?.querySelectorAll('dd')
        .map((d) => d.text.trim()),
    ).toEqual(['niet gerapporteerd', '31', 'niet gerapporteerd']);
  });

  test('2023: measures by kind, the rest of the stated 15 computed, and the cases without a measure', () => {
    expect(
      column(tableByCaption(y2023(), 'Maatregelen na integriteitsschendingen in 2023, per soort')),
    ).toEqual({
      Waarschuwing: '4',
      Berisping: '3',
      Schorsing: '2',
      Ontslag: '2',
      'Aangifte bij de politie': '1',
      Geldboete: '1',
      'Niet naar maatregel uitgesplitst': '2',
      Totaal: '15',
    });
    const section = y2023().querySelector('[data-section="maatregelen"]');
    expect(section?.text).toContain('Zaken waarin geen maatregel is genomen: 3.');
    expect(section?.text).toContain('Opgelegd na een financiële schending.');
  });

  test('2023: investigations by kind, internal and external, and the cost of the external ones in euros', () => {
    expect(column(tableByCaption(y2023(), 'Integriteitsonderzoeken in 2023, naar soort'))).toEqual({
      Belangenverstrengeling: '7',
      Fraude: '5',
      'Ongewenst gedrag op de werkvloer': '8',
      'Niet naar soort uitgesplitst': '2',
      Totaal: '22',
    });
    expect(
      column(
        tableByCaption(y2023(), 'Integriteitsonderzoeken in 2023: intern of extern uitgevoerd'),
      ),
    ).toEqual({ 'Intern uitgevoerd': '16', 'Extern uitgevoerd': '6', Totaal: '22' });
    const cost = y2023().querySelector('table[data-figure="figuur-onderzoeken-kosten"] tbody td');
    expect(cost?.querySelector('data')?.getAttribute('value')).toBe('187450.5');
    // The site's own money formatting (a no-break space after the euro sign).
    expect(cost?.text.trim()).toBe(formatEuro(187450.5));
    expect(cost?.text.trim().replace(/\s/g, ' ')).toBe('€ 187.450,50');
  });

  test('2023: requests per body as counts', () => {
    expect(column(tableByCaption(y2023(), 'Verzoeken in 2023, per instantie'))).toEqual({
      'Bureau Integriteit: verzoek om onderzoek': '9',
      'Bureau Integriteit: verzoek om advies': '26',
      Auditdienst: '4',
    });
  });

  test('2024: what the report leaves out is not reported, and totals made of parts say so', () => {
    const caption = 'Integriteitsschendingen in 2024: vermoedelijk en vastgesteld, per soort';
    expect(tableByCaption(y2024(), caption).get('Totaal')).toEqual(['niet gerapporteerd', '10']);
    expect(computedLabels(y2024(), caption)['Totaal']).toEqual(['', 'sum-violations']);
    expect(
      Object.fromEntries(
        tableByCaption(y2024(), 'Integriteitsonderzoeken in 2024: intern of extern uitgevoerd'),
      ),
    ).toEqual({ 'Intern uitgevoerd': ['niet gerapporteerd'], 'Extern uitgevoerd': ['4'] });
    expect(
      computedLabels(y2024(), 'Maatregelen na integriteitsschendingen in 2024, per soort')[
        'Totaal'
      ],
    ).toEqual(['sum-measures']);
    expect(y2024().querySelector('table[data-figure="figuur-onderzoeken-kosten"]')).toBeNull();
    expect(y2024().querySelector('[data-section="verzoeken"]')).toBeNull();
    // Its year before is the annual report of 2023, not the overview of 2012-2016.
    expect(y2024().querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      '/jaarverslagen/testzaken-2023/',
    );
  });

  test('the overview is shown and listed as 2012–2016, never as one year', () => {
    const page = overview();
    expect(page.querySelector('.tp-breadcrumb')?.text).toContain('› 2012–2016');
    expect(page.querySelector('#kerncijfers')?.text.trim()).toBe('Kerncijfers 2012–2016');
    expect(page.querySelector('.tp-lead')?.text).toContain(
      'Verslag van Ministerie van Testzaken over 2012–2016',
    );
    expect(
      fixturePage('en/jaarverslagen/testzaken-2012-2016').querySelector('.tp-lead')?.text,
    ).toContain('Report by Ministerie van Testzaken on 2012–2016');
    expect(page.querySelector('a[rel="prev"], a[rel="next"]')).toBeNull();
    expect(
      column(
        tableByCaption(page, 'Integriteitsonderzoeken in 2012–2016: intern of extern uitgevoerd'),
      ),
    ).toEqual({ 'Intern uitgevoerd': '13', 'Extern uitgevoerd': '6', Totaal: '19' });
    expect(
      tableByCaption(page, 'Kosten van externe integriteitsonderzoeken in 2012–2016').get(
        'Externe onderzoeken',
      ),
    ).toEqual(['412300']);
    const row = fixturePage('jaarverslagen').querySelector(
      '[data-record="jaarverslag"][data-key="testzaken-2012-2016"]',
    );
    expect(row?.querySelector('td')?.text.trim()).toBe('2012–2016');
  });

  test('trends: a column per year for the annual reports, and the overview apart with its period as column', () => {
    const section = fixturePage('jaarverslagen/trends').querySelector(
      '[data-organisation="Ministerie van Testzaken"]',
    );
    if (!section) throw new Error('no Testzaken trends');
    const yearly = section.querySelectorAll('table').filter((t) => !t.closest('[data-overviews]'));
    expect(yearly.length).toBeGreaterThan(0);
    for (const table of yearly)
      expect(
        table
          .querySelectorAll('thead th')
          .slice(1)
          .map((th) => th.text.trim()),
        table.getAttribute('data-figure') ?? '',
      ).toEqual(['2023', '2024']);
    const overviews = section.querySelector('[data-overviews]');
    if (!overviews) throw new Error('no overviews');
    for (const table of overviews.querySelectorAll('table'))
      expect(
        table
          .querySelectorAll('thead th')
          .slice(1)
          .map((th) => th.text.trim()),
      ).toEqual(['2012–2016']);
    // A single period is a table, not a chart with one point.
    expect(overviews.querySelectorAll('tp-chart')).toHaveLength(0);

    expect(
      Object.fromEntries(
        tableByCaption(
          section,
          'Vermoedelijke en vastgestelde integriteitsschendingen per jaar, 2023–2024',
        ),
      ),
    ).toEqual({
      'Vermoedelijke schendingen': ['38', 'niet gerapporteerd'],
      'Vastgestelde schendingen': ['17', '10'],
    });
    // The kinds are matched regardless of case and spacing ("financiële  schendingen" in 2024).
    expect(
      tableByCaption(section, 'Vastgestelde schendingen per soort, 2023–2024').get(
        'Financiële schendingen',
      ),
    ).toEqual(['5', '3']);
    expect(tableByCaption(section, 'Meldingen per jaar, 2023–2024').get('Meldingen')).toEqual([
      '31',
      'niet gerapporteerd',
    ]);
    expect(
      tableByCaption(section, 'Maatregelen na integriteitsschendingen per soort, 2023–2024').get(
        'Totaal maatregelen',
      ),
    ).toEqual(['15', '4']);
    expect(
      tableByCaption(section, 'Kosten van externe integriteitsonderzoeken, 2023–2024').get(
        'Kosten externe onderzoeken',
      ),
    ).toEqual(['187450.5', 'niet gerapporteerd']);
    expect(
      tableByCaption(section, 'Verzoeken per instantie, 2023–2024').get('Auditdienst'),
    ).toEqual(['4', 'niet gerapporteerd']);
    expect(tableByCaption(overviews, 'Meldingen per periode, 2012–2016').get('Meldingen')).toEqual([
      '27',
    ]);
    expect(
      tableByCaption(overviews, 'Kosten van externe integriteitsonderzoeken, 2012–2016').get(
        'Kosten externe onderzoeken',
      ),
    ).toEqual(['412300']);
  });
});

describe('a report with code in its body', () => {
  test('fails validation, naming file and line in Dutch and English, and nothing is built', () => {
    const content = path.join(work, 'bad-content');
    cpSync(path.join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });
    mkdirSync(path.join(content, 'reports'));
    writeFileSync(
      path.join(content, 'reports', '2025.md'),
      [
        '---',
        'jaar: 2025',
        'titel: Jaarverslag integriteit 2025',
        '---',
        '## Inleiding',
        '',
        '<img src=x onerror="alert(1)">',
        '',
      ].join('\n'),
    );
    const out = path.join(work, 'bad-site');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PORTAL_QUIET: '1',
        PORTAL_TODAY: '2026-11-22',
        PORTAL_CONTENT_DIR: content,
        PORTAL_OUT_DIR: out,
      },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'reports/2025.md:7: HTML met gebeurtenissen (zoals onclick= of onerror=) is niet toegestaan',
    );
    expect(result.stderr).toContain(
      'HTML with event handlers (such as onclick= or onerror=) is not allowed',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('the demo province', () => {
  test('has at least four years of reports, each with its page', () => {
    assertBuilt();
    const years = readPage('/jaarverslagen/')
      .querySelectorAll('[data-record="jaarverslag"]')
      .map((tr) => tr.getAttribute('data-key') ?? '');
    expect(years.length).toBeGreaterThanOrEqual(4);
    for (const id of years)
      expect(readPage(`/jaarverslagen/${id}/`).querySelector('h1')?.text).toContain(
        'Jaarverslag integriteit',
      );
  });

  test('the trends page shows every year as a column', () => {
    const years = readPage('/jaarverslagen/')
      .querySelectorAll('[data-record="jaarverslag"] td:first-child')
      .map((td) => td.text.trim())
      .sort();
    const page = readPage('/jaarverslagen/trends/');
    const headers = page
      .querySelector('table')
      ?.querySelectorAll('thead th')
      .map((th) => th.text.trim())
      .slice(1);
    expect(headers).toEqual(years);
    expect(page.querySelectorAll('tp-chart').length).toBeGreaterThanOrEqual(5);
  });

  test('the statistics page has the gift and side-position figures, as charts with tables', () => {
    const page = readPage('/statistieken/');
    expect(page.querySelectorAll('tp-chart').map((c) => c.getAttribute('data-chart'))).toEqual([
      'geschenken-aantal',
      'geschenken-waarde',
      'nevenfuncties-fractie',
    ]);
  });
});

describe('charts', () => {
  const chartPages = [
    '/jaarverslagen/trends/',
    '/statistieken/',
    ...readPage('/jaarverslagen/')
      .querySelectorAll('[data-record="jaarverslag"]')
      .map((tr) => `/jaarverslagen/${tr.getAttribute('data-key') ?? ''}/`),
  ];

  test('every chart has a table with caption and headers carrying the same numbers, and a hidden labelled canvas', () => {
    for (const url of chartPages) {
      for (const chart of readPage(url).querySelectorAll('tp-chart')) {
        const where = `${url} ${chart.getAttribute('data-chart') ?? ''}`;
        const canvas = chart.querySelector('canvas');
        expect(canvas?.getAttribute('role'), where).toBe('img');
        expect(canvas?.getAttribute('aria-label'), where).toMatch(
          /diagram: .+\. De cijfers staan in de tabel/,
        );
        expect(chart.querySelector('.tp-chart__canvas')?.hasAttribute('hidden'), where).toBe(true);
        const table = chart.querySelector('table');
        expect(table?.querySelector('caption')?.text.trim(), where).not.toBe('');
        expect(table?.querySelectorAll('thead th[scope="col"]').length, where).toBeGreaterThan(1);
        const config = JSON.parse(chart.getAttribute('data-config') ?? '') as {
          data: { datasets: { data: (number | null)[] }[] };
        };
        const chartNumbers = config.data.datasets
          .flatMap((d) => d.data)
          .filter((v) => v !== null)
          .sort((a, b) => (a ?? 0) - (b ?? 0));
        const tableNumbers = (table?.querySelectorAll('tbody data') ?? [])
          .map((d) => Number(d.getAttribute('value')))
          .sort((a, b) => a - b);
        expect(chartNumbers, where).toEqual(tableNumbers);
      }
    }
  });

  const scriptSources = (html: string): string[] =>
    [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const chartFiles = () => listFiles(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'));

  test('chart pages load only the small client module, as an external module script', () => {
    for (const url of chartPages) {
      const html = readHtml(url);
      expect(html, url).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/);
      const chartScripts = scriptSources(html).filter((src) => /Chart\.astro/.test(src));
      expect(chartScripts, url).toHaveLength(1);
      expect(html, url).not.toMatch(/chart-draw|chart\.js/);
    }
  });

  test('the client module imports chart.js lazily, never statically', () => {
    const client = chartFiles().filter((f) => /Chart\.astro/.test(f));
    expect(client).toHaveLength(1);
    const code = readFileSync(path.join(DIST, '_astro', client[0] ?? ''), 'utf8');
    const chunk = chartFiles().find((f) => f.startsWith('chart-draw'));
    expect(chunk).toBeDefined();
    expect(code).toContain('IntersectionObserver');
    expect(code).toMatch(new RegExp(`import\\(\\s*[^)]*${(chunk ?? '').replace(/\./g, '\\.')}`));
    expect(code).not.toMatch(new RegExp(`^import[^(]*${(chunk ?? '').replace(/\./g, '\\.')}`, 'm'));
  });

  test('pages without charts ship no chart code', () => {
    const pages = listFiles().filter(
      (f) =>
        f.endsWith('.html') &&
        (f.startsWith('personen/') ||
          f.startsWith('registers/') ||
          f === 'index.html' ||
          f === 'jaarverslagen/index.html'),
    );
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readHtml(`/${page}`);
      expect(html, page).not.toMatch(/Chart\.astro|chart-draw|chart\.js|<tp-chart/);
    }
  });
});
