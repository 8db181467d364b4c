/** Organisations: one name per organisation, never merged on a guess, duplicates reported. */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/data/load.ts';
import {
  checkOrganisationsFile,
  collectOrganisationNames,
  editDistance,
  findLikelyDuplicates,
  formatDuplicateReport,
  getOrganisationCore,
  getOrganisationLetter,
  normaliseOrganisationName,
  resolveOrganisations,
} from '../../src/lib/organisations.ts';
import { nl } from './dictionaries.ts';
import { OrganisationsFileSchema, type OrganisationsFile } from '../../src/schemas/organisation.ts';
import { getIssues, readFixtureContent, TODAY, withFile } from './content-fixtures.ts';

const file = (input: unknown): OrganisationsFile => OrganisationsFileSchema.parse(input);
const NONE = file({});

describe('normaliseOrganisationName', () => {
  test('ignores case, accents, punctuation and extra spaces', () => {
    expect(normaliseOrganisationName('Energiecoöperatie  Zilverstroom')).toBe(
      normaliseOrganisationName('energiecooperatie zilverstroom'),
    );
    expect(normaliseOrganisationName('Ødemark Advies B.V.')).toBe('odemark advies bv');
    expect(normaliseOrganisationName('Ødemark Advies BV')).toBe('odemark advies bv');
    expect(normaliseOrganisationName('Bouwbedrijf Dijkstra & Zn.')).toBe(
      'bouwbedrijf dijkstra en zn',
    );
    expect(normaliseOrganisationName("Café 't Hoekje")).toBe('cafe t hoekje');
  });

  test('keeps words: a missing legal form is a different name', () => {
    expect(normaliseOrganisationName('Stichting Het Utrechts Landschap')).not.toBe(
      normaliseOrganisationName('Utrechts Landschap'),
    );
  });
});

describe('getOrganisationCore', () => {
  test('drops legal forms and articles, so "Stichting Het Utrechts Landschap" meets "Utrechts Landschap"', () => {
    expect(getOrganisationCore('Stichting Het Utrechts Landschap')).toBe(
      getOrganisationCore('Utrechts Landschap'),
    );
    expect(getOrganisationCore('Zuivelfabriek Reigerzijl B.V.')).toBe(
      getOrganisationCore('Zuivelfabriek Reigerzijl'),
    );
    expect(getOrganisationCore('Coöperatie Windpark Hoge Veld U.A.')).toBe(
      getOrganisationCore('Windpark Hogeveld'),
    );
  });

  test('leaves compound words alone: a Woonstichting is not a Stichting', () => {
    expect(getOrganisationCore('Woonstichting De Zilveren Sleutel')).toBe(
      'woonstichtingzilverensleutel',
    );
  });

  test('a name of only a legal form keeps it', () => {
    expect(getOrganisationCore('Stichting')).toBe('stichting');
  });
});

describe('names in other scripts (issue 28)', () => {
  const names = [
    'Газпром',
    'Лукойл',
    'ГАЗПРОМ',
    'Ελληνική Εταιρεία',
    'البنك الأهلي',
    'شركة النور',
    '中国银行',
    '招商银行',
    '🌳🌳',
    '🌲',
    'किताब',
    'कताब',
    'Газпром Nederland',
    'Nederland',
  ];

  test('different names never share an id, whatever their script', () => {
    const { organisations, idByName } = resolveOrganisations(names, undefined);
    // Only "Газпром" and "ГАЗПРОМ" differ in case alone; every other name is an organisation of its own.
    expect(organisations).toHaveLength(names.length - 1);
    expect(idByName.get('Газпром')).toBe(idByName.get('ГАЗПРОМ'));
    expect(new Set(organisations.map((o) => o.id)).size).toBe(organisations.length);
    for (const org of organisations) expect(org.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(organisations.find((o) => o.id === 'organisatie')).toBeUndefined();
  });

  test("a name in another script with one Latin word does not take that word's organisation", () => {
    const { idByName } = resolveOrganisations(['Газпром Nederland', 'Nederland'], undefined);
    expect(idByName.get('Nederland')).toBe('nederland');
    expect(idByName.get('Газпром Nederland')).toMatch(/^nederland-[0-9a-f]{10}$/);
  });

  test('ids are stable: the same name gives the same id in any company', () => {
    const alone = resolveOrganisations(['Лукойл'], undefined).idByName.get('Лукойл');
    expect(resolveOrganisations(names, undefined).idByName.get('Лукойл')).toBe(alone);
    // The first ten hex digits of the SHA-256 of its key "лукойл": published addresses keep it.
    expect(alone).toBe('organisatie-333c33cfc4');
  });

  test('marks that are part of a letter outside Latin stay: Devanagari vowel signs, Cyrillic й', () => {
    expect(normaliseOrganisationName('किताब')).not.toBe(normaliseOrganisationName('कताब'));
    expect(normaliseOrganisationName('Мой')).not.toBe(normaliseOrganisationName('Мои'));
    expect(normaliseOrganisationName('ГАЗПРОМ')).toBe('газпром');
  });

  test('emoji-only names are their own key, not an empty one', () => {
    expect(normaliseOrganisationName('🌳🌳')).not.toBe(normaliseOrganisationName('🌲'));
    expect(getOrganisationCore('🌳🌳')).not.toBe(getOrganisationCore('🌲'));
  });
});

describe('organisation ids and getOrganisationLetter', () => {
  const idOf = (name: string): string | undefined =>
    resolveOrganisations([name], NONE).idByName.get(name);

  test('ids are the normalised name with hyphens, at most 80 characters', () => {
    expect(idOf('Ødemark Advies B.V.')).toBe('odemark-advies-bv');
    expect(idOf('Akkerbouwbedrijf Çelik, Klaverdam')).toBe('akkerbouwbedrijf-celik-klaverdam');
    expect(idOf('Bouwbedrijf Dijkstra & Zn.')).toBe('bouwbedrijf-dijkstra-en-zn');
    const long = idOf('Stichting '.repeat(20)) ?? '';
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(idOf('…')).toMatch(/^organisatie-[0-9a-f]{10}$/);
  });

  test('files "Ødemark" under O and "\'t Gooi" under G', () => {
    expect(getOrganisationLetter('Ødemark Advies B.V.')).toBe('O');
    expect(getOrganisationLetter("'t Gooi")).toBe('G');
    expect(getOrganisationLetter('4 en 5 mei comité')).toBe('#');
  });
});

describe('resolveOrganisations', () => {
  test('spellings that differ only in case, accents or punctuation are one organisation', () => {
    const { organisations, idByName } = resolveOrganisations(
      [
        'Energiecoöperatie Zilverstroom',
        'Energiecooperatie Zilverstroom',
        'Energiecoöperatie Zilverstroom',
      ],
      NONE,
    );
    expect(organisations).toHaveLength(1);
    expect(organisations[0]).toMatchObject({
      id: 'energiecooperatie-zilverstroom',
      naam: 'Energiecoöperatie Zilverstroom',
      uses: 3,
      confirmed: false,
    });
    expect(organisations[0]?.spellings).toEqual([
      'Energiecooperatie Zilverstroom',
      'Energiecoöperatie Zilverstroom',
    ]);
    expect(idByName.get('Energiecooperatie Zilverstroom')).toBe('energiecooperatie-zilverstroom');
  });

  test('never merges names that merely look alike', () => {
    const { organisations } = resolveOrganisations(
      ['Stichting Het Utrechts Landschap', 'Utrechts Landschap'],
      NONE,
    );
    expect(organisations.map((o) => o.id)).toEqual([
      'stichting-het-utrechts-landschap',
      'utrechts-landschap',
    ]);
  });

  test("merges them when an editor listed the spelling, under the editor's id and name", () => {
    const aliases = file({
      organisaties: [
        {
          id: 'utrechts-landschap',
          naam: 'Stichting Het Utrechts Landschap',
          schrijfwijzen: ['Utrechts Landschap'],
        },
      ],
    });
    const { organisations, idByName } = resolveOrganisations(
      ['Utrechts Landschap', 'Utrechts Landschap', 'Stichting het Utrechts landschap'],
      aliases,
    );
    expect(organisations).toEqual([
      {
        id: 'utrechts-landschap',
        naam: 'Stichting Het Utrechts Landschap',
        spellings: ['Stichting het Utrechts landschap', 'Utrechts Landschap'],
        confirmed: true,
        uses: 3,
      },
    ]);
    expect(idByName.get('Stichting het Utrechts landschap')).toBe('utrechts-landschap');
  });

  test('ids do not depend on the order of the records', () => {
    const names = [
      'Zorggroep Veldmere',
      'Museum Zilverhaven',
      'zorggroep veldmere',
      'Museum Zilverhaven',
    ];
    expect(resolveOrganisations(names, NONE)).toEqual(
      resolveOrganisations([...names].reverse(), NONE),
    );
  });

  test('an id that is already taken gets a number, the same one on every build', () => {
    const aliases = file({
      organisaties: [{ id: 'museum-zilverhaven', naam: 'Het Zilverhavens Museum' }],
    });
    const { idByName } = resolveOrganisations(
      ['Het Zilverhavens Museum', 'Museum Zilverhaven'],
      aliases,
    );
    expect(idByName.get('Het Zilverhavens Museum')).toBe('museum-zilverhaven');
    expect(idByName.get('Museum Zilverhaven')).toBe('museum-zilverhaven-2');
  });

  test('collectOrganisationNames takes side positions, interests with an organisation, and gift givers', () => {
    const people = [
      {
        nevenfuncties: [{ organisatie: 'A' }, { organisatie: 'B' }],
        financieleBelangen: [{ organisatie: 'C' }, {}],
      },
      { nevenfuncties: 'geen', financieleBelangen: 'niet-opgegeven' },
    ];
    expect(collectOrganisationNames(people, [{ gever: 'D' }])).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('checkOrganisationsFile', () => {
  const names = [
    'Utrechts Landschap',
    'Stichting Het Utrechts Landschap',
    'Museum Zilverhaven',
    'Gemeente Oosterzilver',
    'Gemeente Westerzilver',
  ];
  const label = 'content/organisaties.yaml';

  test('a correct file has no issues', () => {
    const ok = file({
      organisaties: [
        {
          id: 'utrechts-landschap',
          naam: 'Stichting Het Utrechts Landschap',
          schrijfwijzen: ['Utrechts Landschap'],
        },
      ],
      verschillend: [{ namen: ['Gemeente Oosterzilver', 'Gemeente Westerzilver'] }],
    });
    expect(checkOrganisationsFile(ok, names, label)).toEqual([]);
  });

  test('a spelling that appears in no register is a typo, reported with its field', () => {
    const issues = checkOrganisationsFile(
      file({
        organisaties: [
          {
            id: 'utrechts-landschap',
            naam: 'Stichting Het Utrechts Landschap',
            schrijfwijzen: ['Utrechts Landschapp'],
          },
        ],
      }),
      names,
      label,
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: label,
        path: ['organisaties', 0, 'schrijfwijzen', 0],
        nl: '"Utrechts Landschapp" komt in geen enkel register voor; controleer de spelling',
      }),
    );
  });

  test('refuses duplicate ids, a spelling under two organisations, and an organisation nobody names', () => {
    const issues = checkOrganisationsFile(
      file({
        organisaties: [
          { id: 'x', naam: 'Utrechts Landschap' },
          {
            id: 'y',
            naam: 'Stichting Het Utrechts Landschap',
            schrijfwijzen: ['Utrechts Landschap'],
          },
          { id: 'x', naam: 'Museum Zilverhaven' },
          { id: 'niemand', naam: 'Stichting Niemand' },
        ],
      }),
      names,
      label,
    );
    expect(issues.map((i) => i.en)).toEqual([
      '"Utrechts Landschap" is also listed under the organisation "x"; a spelling belongs to one organisation',
      'the id "x" appears more than once',
      'the organisation "Stichting Niemand" does not appear in any register',
    ]);
  });

  test("refuses an id that is already another organisation's address", () => {
    const issues = checkOrganisationsFile(
      file({ organisaties: [{ id: 'museum-zilverhaven', naam: 'Utrechts Landschap' }] }),
      names,
      label,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['organisaties', 0, 'id'],
        nl: expect.stringContaining('is al het adres van de organisatie "Museum Zilverhaven"'),
      }),
    ]);
  });

  test('names cannot be both the same organisation and different', () => {
    const issues = checkOrganisationsFile(
      file({
        organisaties: [
          {
            id: 'utrechts-landschap',
            naam: 'Utrechts Landschap',
            schrijfwijzen: ['Stichting Het Utrechts Landschap'],
          },
        ],
        verschillend: [{ namen: ['Utrechts Landschap', 'Stichting Het Utrechts Landschap'] }],
      }),
      names,
      label,
    );
    expect(issues).toEqual([expect.objectContaining({ path: ['verschillend', 0, 'namen'] })]);
  });

  test('validateContent refuses content/organisaties.yaml with a misspelt name, naming file and field', () => {
    const files = withFile(readFixtureContent('content-minimal'), {
      path: 'organisaties.yaml',
      source:
        'organisaties:\n  - id: zorggroep-de-brug\n    naam: Zorggroep De Brug\n    schrijfwijzen: [Zorgroep De Brug]\n',
    });
    expect(getIssues(files)).toEqual([
      expect.objectContaining({
        file: 'content/organisaties.yaml',
        field: 'organisaties[0].schrijfwijzen[0]',
        nl: expect.stringContaining('"Zorgroep De Brug" komt in geen enkel register voor'),
      }),
    ]);
  });

  test('validateContent refuses unknown fields in organisaties.yaml and accepts a correct one', () => {
    const base = readFixtureContent('content-minimal');
    expect(
      getIssues(
        withFile(base, {
          path: 'organisaties.yaml',
          source: 'organisaties:\n  - id: a\n    naam: Zorggroep De Brug\n    alias: [x]\n',
        }),
      )[0],
    ).toMatchObject({ file: 'content/organisaties.yaml', field: 'organisaties[0].alias' });
    const content = validateContent(
      withFile(base, {
        path: 'organisaties.yaml',
        source: 'organisaties:\n  - id: de-brug\n    naam: Zorggroep De Brug\n',
      }),
      { today: TODAY },
    );
    expect(content.organisaties?.organisaties[0]?.id).toBe('de-brug');
  });
});

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('milieu', 'millieu')).toBe(1);
    expect(editDistance('oost', 'west')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  test('stops early beyond the maximum', () => {
    expect(editDistance('zorggroep', 'energiecooperatie', 2)).toBe(3);
  });
});

describe('findLikelyDuplicates', () => {
  const names = [
    'Stichting Het Utrechts Landschap',
    'Utrechts Landschap',
    'Zilverlandse Milieufederatie',
    'Zilverlandse Millieufederatie',
    'Zorggroep Veldmere',
    'Zorgcoöperatie Veldmere',
    'Gemeente Oosterzilver',
    'Gemeente Westerzilver',
    'Museum Zilverhaven',
    'Museum Zilverhavn',
    'ROC A',
    'ROC B',
  ];

  test('reports names equal without legal form and articles, and small typos', () => {
    const found = findLikelyDuplicates(resolveOrganisations(names, NONE)).map((d) => [
      d.spellingA,
      d.spellingB,
      d.reason,
    ]);
    expect(found).toEqual([
      ['Stichting Het Utrechts Landschap', 'Utrechts Landschap', 'zelfde-kern'],
      ['Museum Zilverhaven', 'Museum Zilverhavn', 'tikfout'],
      ['Zilverlandse Milieufederatie', 'Zilverlandse Millieufederatie', 'tikfout'],
      ['Gemeente Oosterzilver', 'Gemeente Westerzilver', 'tikfout'],
    ]);
  });

  test('leaves out what an editor resolved: listed spellings and names marked different', () => {
    const aliases = file({
      organisaties: [
        {
          id: 'utrechts-landschap',
          naam: 'Stichting Het Utrechts Landschap',
          schrijfwijzen: ['Utrechts Landschap'],
        },
      ],
      verschillend: [{ namen: ['Gemeente Oosterzilver', 'Gemeente Westerzilver'] }],
    });
    const found = findLikelyDuplicates(
      resolveOrganisations(names, aliases),
      aliases.verschillend,
    ).map((d) => d.spellingB);
    expect(found).toEqual(['Museum Zilverhavn', 'Zilverlandse Millieufederatie']);
  });

  test('does not compare short names by typo: "ROC A" and "ROC B" stay apart', () => {
    const found = findLikelyDuplicates(resolveOrganisations(['ROC A', 'ROC B'], NONE));
    expect(found).toEqual([]);
  });
});

describe('formatDuplicateReport', () => {
  test('lists each pair and shows lines an editor can paste into organisaties.yaml', () => {
    const report = formatDuplicateReport(
      findLikelyDuplicates(
        resolveOrganisations(
          ['Akkerbouwbedrijf Çelik, Klaverdam', 'Akkerbouwbedrijf Celik Klaverdam B.V.'],
          NONE,
        ),
      ),
    );
    expect(report).toContain(
      '1. "Akkerbouwbedrijf Çelik, Klaverdam" (/organisaties/akkerbouwbedrijf-celik-klaverdam/, 1×) ~ "Akkerbouwbedrijf Celik Klaverdam B.V." (/organisaties/akkerbouwbedrijf-celik-klaverdam-bv/, 1×)',
    );
    const snippet = report.slice(report.indexOf('organisaties:'));
    const yaml = snippet.replace(/\n\nVerschillende[^\n]*\n\n/, '\n');
    expect(OrganisationsFileSchema.safeParse(parse(yaml)).success).toBe(true);
  });

  test('says so when there is nothing to review', () => {
    expect(formatDuplicateReport([])).toMatch(/^Geen waarschijnlijk dubbele organisaties/);
  });
});

describe('the organisation summary (src/i18n: organisations.summary)', () => {
  test('counts in Dutch, singular and plural', () => {
    const describeOrganisation = nl.organisations.summary;
    expect(describeOrganisation({ sidePositions: 3, interests: 1, gifts: 2 })).toBe(
      '3 nevenfuncties, 1 financieel belang en 2 geschenken of uitnodigingen',
    );
    expect(describeOrganisation({ sidePositions: 0, interests: 0, gifts: 1 })).toBe(
      '1 geschenk of uitnodiging',
    );
    expect(describeOrganisation({ sidePositions: 1, interests: 2, gifts: 0 })).toBe(
      '1 nevenfunctie en 2 financiële belangen',
    );
  });
});
