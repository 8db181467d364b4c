import { describe, expect, test } from 'vitest';
import {
  decodeContentBytes,
  findSuspectCharacters,
  numberProblem,
  suggestNumber,
} from '../../src/lib/content-text.ts';
import { parseFrontMatterFile, parseYaml, type ParseResult } from '../../src/lib/parse-content.ts';

function problems(result: ParseResult): { line: number | undefined; nl: string; en: string }[] {
  if (result.ok) throw new Error(`expected the parse to fail, got ${JSON.stringify(result.data)}`);
  return result.issues.map((issue) => ({ line: issue.line, nl: issue.nl, en: issue.en }));
}

describe('numberProblem', () => {
  test.each(['0', '50', '1250', '75.5', '0.29', '-3', '1.25', '12.5', '0.500'])(
    'accepts the plain number %s',
    (written) => {
      expect(numberProblem(written)).toBeUndefined();
    },
  );

  test.each([
    ['1.250', '1250'],
    ['12.500', '12500'],
  ])('refuses %s, which YAML reads as a decimal and a Dutch reader as %s', (written, whole) => {
    const problem = numberProblem(written);
    expect(problem?.nl).toContain('dubbelzinnig');
    expect(problem?.nl).toContain(`Schrijf getallen zonder duizendtalpunt: ${whole}`);
    expect(problem?.en).toContain('ambiguous');
  });

  test.each(['0x1F', '0o17', '1e3', '.inf', '-.inf', '.nan', '+5', '012', '5.'])(
    'refuses %s, which YAML reads as some other number',
    (written) => {
      expect(numberProblem(written)?.nl).toContain('geen gewoon getal');
    },
  );
});

describe('suggestNumber', () => {
  test.each([
    ['€ 1.250,-', 1250],
    ['1.250,50', 1250.5],
    ['75,50', 75.5],
    ['EUR 40', 40],
    ['1250', 1250],
    ['1.250.000', 1250000],
  ])('reads %j as %d, for a message that says what to write', (text, meant) => {
    expect(suggestNumber(text)).toBe(meant);
  });

  test.each(['1,250', 'ongeveer 50', 'vijftig'])(
    'suggests nothing for %j: it cannot be read without guessing',
    (text) => {
      expect(suggestNumber(text)).toBeUndefined();
    },
  );
});

describe('findSuspectCharacters', () => {
  const rules = { tabs: true, spaces: true };
  test.each([
    ['\u200b', 'onzichtbare spatie'],
    ['\u200d', 'zero-width joiner'],
    ['\u00ad', 'zacht afbreekstreepje'],
    ['\u2060', 'woordverbinder'],
    ['\u202e', 'onzichtbaar teken (U+202E)'],
    ['\u0085', 'onzichtbaar teken (U+0085)'],
    ['\ufffd', 'vervangingsteken'],
    ['\u00a0', 'vaste spatie'],
    ['\u2009', 'bijzondere spatie'],
    ['\ufeff', 'BOM-teken'],
  ])('finds %j inside a name, with its line and column', (char, name) => {
    const found = findSuspectCharacters(`naam:\n  achternaam: Ber${char}g\n`, rules);
    expect(found).toEqual([expect.objectContaining({ line: 2, column: 18 })]);
    expect(found[0]?.nl).toContain(name);
  });

  test('allows a byte order mark at the very start, and ordinary text with diacritics and apostrophes', () => {
    expect(findSuspectCharacters("\ufeffnaam: Ümit Çelik, 't Hart, Eleonóra\n", rules)).toEqual([]);
  });

  test('allows non-breaking spaces and tabs where the rules allow them (the Markdown of a report)', () => {
    expect(findSuspectCharacters('€\u00a050\tper jaar', { tabs: false, spaces: false })).toEqual(
      [],
    );
    expect(findSuspectCharacters('Ber\u200bg', { tabs: false, spaces: false })).toHaveLength(1);
  });
});

describe('the parsers refuse what would be published as something else', () => {
  test('an invisible character in a YAML value names the line and the character', () => {
    expect(
      problems(parseYaml('gifts/x.yaml', 'geschenken:\n  - gever: Stichting\u200b X\n')),
    ).toEqual([
      expect.objectContaining({
        line: 2,
        nl: expect.stringContaining('onzichtbare spatie (zero-width space) (U+200B)'),
      }),
    ]);
  });

  test('an invisible character in front matter gives the line in the file', () => {
    const source = '---\nnaam:\n  voorletters: J.\n  achternaam: Ja\u200cnsen\n---\n';
    expect(problems(parseFrontMatterFile('people/j.md', source))).toEqual([
      expect.objectContaining({ line: 4 }),
    ]);
  });

  test('an invisible character in a report text below the front matter gives its line in the file', () => {
    const source = '---\njaar: 2024\n---\n\nEen alinea.\n\nNog een\u200b alinea.\n';
    expect(problems(parseFrontMatterFile('reports/2024.md', source))).toEqual([
      expect.objectContaining({ line: 7 }),
    ]);
  });

  test('tabs used for indentation are one Dutch message listing the lines, not one parser message per line', () => {
    const issues = problems(
      parseYaml('site.yaml', 'registers:\n\tnevenfuncties:\n\t\tcadans: halfjaar\n'),
    );
    expect(issues).toEqual([
      {
        line: 2,
        nl: expect.stringContaining('tabs op regel 2, 3: YAML springt alleen in met spaties'),
        en: expect.stringContaining('tabs on line 2, 3'),
      },
    ]);
  });

  test('a number with a thousands point names its field and line', () => {
    const result = parseYaml('gifts/x.yaml', 'geschenken:\n  - id: a\n    waarde: 1.250\n');
    if (result.ok) throw new Error('expected a failure');
    expect(result.issues).toEqual([
      expect.objectContaining({
        line: 3,
        path: ['geschenken', 0, 'waarde'],
        nl: expect.stringContaining('"1.250" is dubbelzinnig'),
      }),
    ]);
  });

  test('a quoted number is text, and is left to the schema (which says what to write)', () => {
    expect(parseYaml('x.yaml', "waarde: '1.250'\n")).toMatchObject({
      ok: true,
      data: { waarde: '1.250' },
    });
  });
});

describe('decodeContentBytes', () => {
  test('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeContentBytes(new TextEncoder().encode('naam: Çelik\n'))).toEqual({
      ok: true,
      text: 'naam: Çelik\n',
    });
    expect(decodeContentBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      ok: true,
      text: 'a',
    });
  });

  test('refuses Windows-1252 text, naming the line of the first such letter', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nnaam: Ren'), 0xe9, 0x0a]);
    expect(decodeContentBytes(bytes)).toMatchObject({
      ok: false,
      line: 2,
      nl: expect.stringContaining('niet als UTF-8 opgeslagen'),
      en: expect.stringContaining('not saved as UTF-8'),
    });
  });

  test('refuses UTF-16', () => {
    expect(decodeContentBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({
      ok: false,
      nl: expect.stringContaining('UTF-16'),
    });
  });
});
