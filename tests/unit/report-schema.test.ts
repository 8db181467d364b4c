/** The annual-report format: real reports fit it, and editors' mistakes get clear messages. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ReportSchema } from '../../src/schemas/report.ts';
import { validateReportFile } from '../../src/data/reports.ts';
import type { ContentIssue } from '../../src/lib/content-errors.ts';
import { formatFieldPath } from '../../src/lib/content-errors.ts';
import { validateContent } from '../../src/data/load.ts';
import { fixturePath, getIssues, readFixtureContent, TODAY, withFile } from './content-fixtures.ts';

const minimalReport = ['---', 'jaar: 2024', 'titel: Jaarverslag integriteit 2024', '---', ''].join(
  '\n',
);

function report(frontMatter: string[], body: string[] = []): string {
  return ['---', ...frontMatter, '---', ...body, ''].join('\n');
}

function issuesOf(
  source: string,
  file = 'content/reports/2024.md',
): { field: string; nl: string; en: string; line: number | undefined }[] {
  const issues: ContentIssue[] = [];
  validateReportFile(file, source, issues);
  return issues.map((i) => ({ field: formatFieldPath(i.path), nl: i.nl, en: i.en, line: i.line }));
}

describe('the seeds as fixtures', () => {
  test.each(['zuid-holland-2021.md', 'zuid-holland-2022.md', 'drenthe-2022.md'])(
    '%s validates',
    (name) => {
      const issues: ContentIssue[] = [];
      const record = validateReportFile(
        `reports/${name}`,
        readFileSync(fixturePath('reports', name), 'utf8'),
        issues,
      );
      expect(issues).toEqual([]);
      expect(record?.id).toBe(name.replace('.md', ''));
    },
  );

  test('Zuid-Holland 2022 keeps its counsellor topics as the report lists them', () => {
    const issues: ContentIssue[] = [];
    const record = validateReportFile(
      'reports/zh.md',
      readFileSync(fixturePath('reports', 'zuid-holland-2022.md'), 'utf8'),
      issues,
    );
    expect(record?.vertrouwenspersonen?.onderwerpen).toEqual([
      { onderwerp: 'Ongewenste omgangsvormen', aantal: 28 },
      { onderwerp: 'Zakelijke integriteit', aantal: 3 },
      { onderwerp: '(Dreigend) arbeidsconflict', aantal: 12 },
      { onderwerp: 'Onveiligheid', aantal: 7 },
      { onderwerp: 'Advies algemeen', aantal: 8 },
    ]);
    expect(record?.vertrouwenspersonen?.gesprekken).toBe(58);
  });
});

describe('ReportSchema', () => {
  test('accepts a report with only a year and a title: every section is optional', () => {
    expect(ReportSchema.safeParse({ jaar: 2024, titel: 'Jaarverslag' }).success).toBe(true);
  });

  test('refuses a name in the case table, saying cases are anonymised', () => {
    const source = report([
      'jaar: 2024',
      'titel: T',
      'zaken:',
      '  - jaar: 2024',
      '    opdrachtgever: Directeur',
      '    naam: Jan Jansen',
      '    vermeendeSchending: X',
      '    object: Y',
      '    bevindingen: Z',
      '    gevolg: Geen',
    ]);
    expect(issuesOf(source)).toContainEqual(
      expect.objectContaining({
        field: 'zaken[0].naam',
        nl: expect.stringContaining('geanonimiseerd') as unknown,
        en: expect.stringContaining('anonymised') as unknown,
      }),
    );
  });

  test('refuses parts that add up to more than the stated total', () => {
    const source = report([
      'jaar: 2024',
      'titel: T',
      'vertrouwenspersonen:',
      '  gesprekken: 10',
      '  onderwerpen:',
      '    - { onderwerp: A, aantal: 6 }',
      '    - { onderwerp: B, aantal: 6 }',
    ]);
    expect(issuesOf(source)).toContainEqual(
      expect.objectContaining({
        field: 'vertrouwenspersonen.onderwerpen',
        nl: expect.stringContaining('tellen op tot 12, meer dan "gesprekken" (10)') as unknown,
      }),
    );
  });

  test('accepts parts that add up to less than the total: a report may break down only part', () => {
    const source = report([
      'jaar: 2024',
      'titel: T',
      'vertrouwenspersonen:',
      '  gesprekken: 10',
      '  onderwerpen:',
      '    - { onderwerp: A, aantal: 6 }',
    ]);
    expect(issuesOf(source)).toEqual([]);
  });

  test('refuses the same topic twice in one year', () => {
    const source = report([
      'jaar: 2024',
      'titel: T',
      'vertrouwenspersonen:',
      '  onderwerpen:',
      '    - { onderwerp: Advies algemeen, aantal: 1 }',
      '    - { onderwerp: advies  algemeen, aantal: 2 }',
    ]);
    expect(issuesOf(source)).toContainEqual(
      expect.objectContaining({
        field: 'vertrouwenspersonen.onderwerpen[1]',
        nl: expect.stringContaining('staat twee keer') as unknown,
      }),
    );
  });

  test('refuses an empty section: leave it out instead', () => {
    expect(issuesOf(report(['jaar: 2024', 'titel: T', 'eed: {}']))).toContainEqual(
      expect.objectContaining({
        field: 'eed',
        nl: expect.stringContaining('vul minstens een van "totaal", "groepen" in') as unknown,
      }),
    );
  });

  test('refuses a count written as text', () => {
    expect(
      issuesOf(report(['jaar: 2024', 'titel: T', 'eed: { totaal: "veertig" }'])),
    ).toContainEqual(
      expect.objectContaining({
        field: 'eed.totaal',
        nl: expect.stringContaining(
          'verwacht een getal, kreeg "veertig"; schrijf alleen cijfers',
        ) as unknown,
      }),
    );
  });

  test('refuses an unknown kind of report and lists the kinds', () => {
    const issues = issuesOf(
      report([
        'jaar: 2024',
        'titel: T',
        'meldingen:',
        '  perSoort:',
        '    - { soort: fraude, aantal: 1 }',
      ]),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'meldingen.perSoort[0].soort',
        nl: expect.stringContaining('"misstand", "zakelijke-integriteit"') as unknown,
      }),
    );
  });

  test('refuses a survey score above its scale', () => {
    expect(
      issuesOf(
        report([
          'jaar: 2024',
          'titel: T',
          'enquete:',
          '  - { onderzoek: O, onderdeel: A, score: 11 }',
        ]),
      ),
    ).toContainEqual(expect.objectContaining({ field: 'enquete[0].score' }));
  });

  test('refuses a file name that is not an address', () => {
    expect(issuesOf(minimalReport, 'content/reports/Jaarverslag 2024.md')[0]?.nl).toContain(
      'de bestandsnaam is het adres van het verslag',
    );
  });

  test('refuses "trends.md", the address of the trends page', () => {
    expect(issuesOf(minimalReport, 'content/reports/trends.md')[0]?.nl).toContain('gereserveerd');
  });

  test('names the line of the file where the body has a script', () => {
    const source = [
      '---',
      'jaar: 2024',
      'titel: T',
      '---',
      '## Inleiding',
      '',
      '<script>alert(1)</script>',
      '',
    ].join('\n');
    expect(issuesOf(source)).toEqual([
      {
        field: '',
        line: 7,
        nl: expect.stringContaining('<script> is niet toegestaan') as unknown,
        en: expect.stringContaining('<script> is not allowed') as unknown,
      },
    ]);
  });

  test('refuses a figure for a section the front matter does not have, naming the line', () => {
    const source = [
      '---',
      'jaar: 2024',
      'titel: T',
      'eed: { totaal: 3 }',
      '---',
      '::figuur vertrouwenspersonen',
      '',
    ].join('\n');
    expect(issuesOf(source)).toEqual([
      {
        field: '',
        line: 6,
        nl: expect.stringContaining('(aanwezig: eed)') as unknown,
        en: expect.any(String) as unknown,
      },
    ]);
  });

  test('refuses ---js front matter like every other content file', () => {
    expect(issuesOf(['---js', '{ jaar: 2024 }', '---', ''].join('\n'))[0]?.nl).toContain(
      'alleen YAML front matter is toegestaan',
    );
  });
});

describe('reports in the content folder', () => {
  const minimal = readFixtureContent('content-minimal');

  test('a report in reports/ is loaded, not refused as an unknown file', () => {
    const content = validateContent(
      withFile(minimal, { path: 'reports/2024.md', source: minimalReport }),
      { today: TODAY },
    );
    expect(content.reports?.map((r) => [r.id, r.jaar])).toEqual([['2024', 2024]]);
  });

  test('two reports on the same year of the same organisation are refused', () => {
    const files = withFile(withFile(minimal, { path: 'reports/2024.md', source: minimalReport }), {
      path: 'reports/2024-bis.md',
      source: minimalReport,
    });
    expect(getIssues(files)).toContainEqual(
      expect.objectContaining({
        file: 'content/reports/2024-bis.md',
        field: 'jaar',
        nl: expect.stringContaining(
          'er is al een verslag over 2024 van Provincie Testland',
        ) as unknown,
      }),
    );
  });

  test('a mistake names file and field in Dutch and English', () => {
    const files = withFile(minimal, {
      path: 'reports/2024.md',
      source: report(['jaar: 2024', 'titel: T', 'eed: { totaal: -1 }']),
    });
    expect(getIssues(files)).toEqual([
      {
        file: 'content/reports/2024.md',
        field: 'eed.totaal',
        nl: 'verwacht minstens 0, kreeg -1',
        en: 'expected at least 0, got -1',
        line: undefined,
      },
    ]);
  });
});

describe('what real reports publish beyond the template', () => {
  test.each(['testzaken-2023.md', 'testzaken-2024.md', 'testzaken-2012-2016.md'])(
    'the invented ministry fixture %s validates',
    (name) => {
      const issues: ContentIssue[] = [];
      validateReportFile(
        `reports/${name}`,
        readFileSync(fixturePath('reports', name), 'utf8'),
        issues,
      );
      expect(issues).toEqual([]);
    },
  );

  test('suspected and established violations are two series, each with kinds that may not exceed its total', () => {
    const ok = report([
      'jaar: 2024',
      'titel: T',
      'schendingen:',
      '  vermoedelijk: { totaal: 9 }',
      '  vastgesteld:',
      '    totaal: 4',
      '    perSoort:',
      '      - { soort: Fraude, aantal: 3 }',
    ]);
    expect(issuesOf(ok)).toEqual([]);
    const tooMany = report([
      'jaar: 2024',
      'titel: T',
      'schendingen:',
      '  vastgesteld:',
      '    totaal: 2',
      '    perSoort:',
      '      - { soort: Fraude, aantal: 3 }',
    ]);
    expect(issuesOf(tooMany)).toContainEqual(
      expect.objectContaining({
        field: 'schendingen.vastgesteld.perSoort',
        nl: expect.stringContaining('tellen op tot 3, meer dan "totaal" (2)') as unknown,
      }),
    );
  });

  test('a violations section needs at least one of the series', () => {
    expect(
      issuesOf(report(['jaar: 2024', 'titel: T', 'schendingen: { toelichting: Geen cijfers. }'])),
    ).toContainEqual(
      expect.objectContaining({
        field: 'schendingen',
        nl: expect.stringContaining('"vermoedelijk", "vastgesteld"') as unknown,
      }),
    );
  });

  test('measures: a known kind, or "overig" with a description', () => {
    expect(
      issuesOf(
        report([
          'jaar: 2024',
          'titel: T',
          'maatregelen:',
          '  perSoort:',
          '    - { soort: overig, aantal: 1 }',
        ]),
      ),
    ).toContainEqual(expect.objectContaining({ field: 'maatregelen.perSoort[0].omschrijving' }));
    expect(
      issuesOf(
        report([
          'jaar: 2024',
          'titel: T',
          'maatregelen:',
          '  perSoort:',
          '    - { soort: strafontslag, aantal: 1 }',
        ]),
      ),
    ).toContainEqual(
      expect.objectContaining({
        field: 'maatregelen.perSoort[0].soort',
        nl: expect.stringContaining('"waarschuwing", "berisping"') as unknown,
      }),
    );
  });

  test('internal and external investigations may not add up to more than their number', () => {
    const source = report([
      'jaar: 2024',
      'titel: T',
      'onderzoeken: { aantal: 5, intern: 4, extern: 2 }',
    ]);
    expect(issuesOf(source)).toContainEqual(
      expect.objectContaining({
        field: 'onderzoeken.extern',
        nl: expect.stringContaining(
          '"intern" en "extern" tellen op tot 6, meer dan "aantal" (5)',
        ) as unknown,
      }),
    );
    expect(
      issuesOf(report(['jaar: 2024', 'titel: T', 'onderzoeken: { aantal: 5, extern: 2 }'])),
    ).toEqual([]);
  });

  test('the cost of external investigations is an amount in euros, with at most two decimals', () => {
    expect(
      issuesOf(
        report(['jaar: 2024', 'titel: T', 'onderzoeken: { extern: 2, kostenExtern: 18500.25 }']),
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        report(['jaar: 2024', 'titel: T', 'onderzoeken: { extern: 2, kostenExtern: 18500.255 }']),
      ),
    ).toContainEqual(
      expect.objectContaining({
        field: 'onderzoeken.kostenExtern',
        nl: expect.stringContaining('twee decimalen') as unknown,
      }),
    );
  });

  test('requests are counts per body, and the same body and kind only once', () => {
    expect(
      issuesOf(
        report([
          'jaar: 2024',
          'titel: T',
          'verzoeken:',
          '  cijfers:',
          '    - { instantie: Bureau Integriteit, aantal: 3 }',
          '    - { instantie: bureau  integriteit, aantal: 1 }',
        ]),
      ),
    ).toContainEqual(
      expect.objectContaining({
        field: 'verzoeken.cijfers[1]',
        nl: expect.stringContaining('staat twee keer') as unknown,
      }),
    );
    expect(
      issuesOf(report(['jaar: 2024', 'titel: T', 'verzoeken: { toelichting: Drie verzoeken. }'])),
    ).toContainEqual(expect.objectContaining({ field: 'verzoeken.cijfers' }));
  });

  test('a report is on one year or on a period of several, never both or neither', () => {
    expect(issuesOf(report(['periode: { van: 2012, totEnMet: 2016 }', 'titel: T']))).toEqual([]);
    expect(issuesOf(report(['titel: T']))).toContainEqual(
      expect.objectContaining({
        field: 'jaar',
        nl: expect.stringContaining('of "periode" met "van" en "totEnMet"') as unknown,
      }),
    );
    expect(
      issuesOf(report(['jaar: 2016', 'periode: { van: 2012, totEnMet: 2016 }', 'titel: T'])),
    ).toContainEqual(
      expect.objectContaining({
        field: 'periode',
        nl: expect.stringContaining('niet allebei') as unknown,
      }),
    );
    expect(issuesOf(report(['periode: { van: 2016, totEnMet: 2016 }', 'titel: T']))).toContainEqual(
      expect.objectContaining({
        field: 'periode.totEnMet',
        nl: expect.stringContaining('krijgt "jaar: 2016"') as unknown,
      }),
    );
  });

  test('an overview of several years is ordered by its last year, and one per organisation and period', () => {
    const minimal = readFixtureContent('content-minimal');
    const overview = report(['periode: { van: 2012, totEnMet: 2016 }', 'titel: Overzicht']);
    const files = withFile(
      withFile(
        withFile(minimal, { path: 'reports/2016.md', source: report(['jaar: 2016', 'titel: T']) }),
        { path: 'reports/2012-2016.md', source: overview },
      ),
      { path: 'reports/2012-2016-bis.md', source: overview },
    );
    expect(getIssues(files)).toContainEqual(
      expect.objectContaining({
        file: 'content/reports/2012-2016-bis.md',
        field: 'periode',
        nl: expect.stringContaining('er is al een verslag over 2012–2016') as unknown,
      }),
    );
    // The annual report on 2016 and an overview ending in 2016 are no duplicates.
    const content = validateContent(
      withFile(
        withFile(minimal, { path: 'reports/2016.md', source: report(['jaar: 2016', 'titel: T']) }),
        { path: 'reports/2012-2016.md', source: overview },
      ),
      { today: TODAY },
    );
    expect(content.reports?.map((r) => [r.id, r.jaar, r.periode])).toEqual(
      expect.arrayContaining([
        ['2016', 2016, undefined],
        ['2012-2016', 2016, { van: 2012, totEnMet: 2016 }],
      ]),
    );
  });
});
