import { afterEach, describe, expect, test } from 'vitest';
import {
  MAX_FILE_BYTES,
  parseFrontMatterFile,
  parseYaml,
  type ParseResult,
} from '../../src/lib/parse-content.ts';

declare global {
  // Set by the `---js` payload below if it were ever evaluated.
  var __pwned: boolean | undefined;
}

/** The issues of a failed parse as `line: Dutch`; fails the test when the parse succeeded. */
function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error(`expected the parse to fail, got ${JSON.stringify(result.data)}`);
  return result.issues.map((issue) => `${issue.line ?? '-'}: ${issue.nl}`);
}

describe('parseYaml', () => {
  test('reads plain maps, lists and scalars', () => {
    expect(
      parseYaml('site.yaml', 'naam: Testland\nfictief: true\ndrempel: 50\nlijst: [a, b]\n'),
    ).toEqual({
      ok: true,
      data: { naam: 'Testland', fictief: true, drempel: 50, lijst: ['a', 'b'] },
      body: '',
    });
  });

  test('keeps dates as text, so a 30 February reaches the date check instead of rolling over', () => {
    expect(parseYaml('f.yaml', 'van: 2024-02-30\n')).toMatchObject({
      ok: true,
      data: { van: '2024-02-30' },
    });
  });

  test('reads "ja" and "yes" as text, not as true (YAML 1.2)', () => {
    expect(parseYaml('f.yaml', 'a: ja\nb: yes\n')).toMatchObject({
      ok: true,
      data: { a: 'ja', b: 'yes' },
    });
  });

  test('refuses anchors and aliases, with the line of each', () => {
    expect(problems(parseYaml('f.yaml', 'a: &naam Testland\nb: 1\nc: *naam\n'))).toEqual([
      '1: YAML-anker &naam is niet toegestaan; gebruik gewone waarden',
      '3: YAML-verwijzingen (*naam) zijn niet toegestaan; schrijf de waarde uit',
    ]);
  });

  test('refuses an alias bomb quickly, without expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const started = performance.now();
    const result = parseYaml('bomb.yaml', `${levels.join('\n')}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems(result)).toContain(
      '2: YAML-verwijzingen (*a) zijn niet toegestaan; schrijf de waarde uit',
    );
  });

  test('refuses merge keys as well: <<: *alias needs an alias', () => {
    expect(problems(parseYaml('f.yaml', 'basis: &b { a: 1 }\nx:\n  <<: *b\n'))).toContain(
      '3: YAML-verwijzingen (*b) zijn niet toegestaan; schrijf de waarde uit',
    );
  });

  test.for([
    { tag: '!!js/function', source: 'a: !!js/function "function () { return 1 }"\n' },
    { tag: '!foo', source: 'a: !foo bar\n' },
    { tag: '!!str', source: 'a: !!str 12\n' },
    { tag: '!!binary', source: 'a: !!binary aGVsbG8=\n' },
  ])('refuses the tag $tag', ({ tag, source }) => {
    expect(problems(parseYaml('f.yaml', source))).toEqual([
      `1: YAML-tag ${tag} is niet toegestaan; gebruik gewone waarden`,
    ]);
  });

  test('refuses a duplicate key, with the line of the second one', () => {
    expect(problems(parseYaml('f.yaml', 'naam: A\nvan: 2024-01-01\nnaam: B\n'))).toEqual([
      '3: een veld staat hier twee keer',
    ]);
  });

  test('refuses a second document', () => {
    expect(problems(parseYaml('f.yaml', 'a: 1\n---\nb: 2\n'))[0]).toMatch(/^2: ongeldige YAML/);
  });

  test('refuses broken YAML with the line of the problem', () => {
    const result = parseYaml('f.yaml', 'a: 1\nb: [2, 3\nc: 4\n');
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          file: 'f.yaml',
          path: [],
          nl: expect.stringMatching(/^ongeldige YAML: /),
          en: expect.stringMatching(/^invalid YAML: /),
        },
      ],
    });
  });

  test('refuses an empty file', () => {
    expect(problems(parseYaml('f.yaml', ' \n\n'))).toEqual(['-: bestand is leeg']);
  });

  test('refuses binary data', () => {
    expect(problems(parseYaml('f.yaml', 'a: 1\u0000\n'))).toEqual([
      '-: bestand bevat binaire gegevens',
    ]);
  });

  test(`accepts a file of exactly ${MAX_FILE_BYTES} bytes`, () => {
    const source = `a: 1\n#${'x'.repeat(MAX_FILE_BYTES - 7)}\n`;
    expect(Buffer.byteLength(source)).toBe(MAX_FILE_BYTES);
    expect(parseYaml('f.yaml', source)).toMatchObject({ ok: true, data: { a: 1 } });
  });

  test('counts bytes, not characters, against the size limit', () => {
    const source = `a: "${'é'.repeat(MAX_FILE_BYTES / 2)}"\n`;
    expect(problems(parseYaml('f.yaml', source))[0]).toMatch(
      /^-: bestand is te groot \(\d+ bytes; hoogstens 1000000\)$/,
    );
  });

  test('keeps a __proto__ key as plain data, so the schema refuses it as unknown', () => {
    const result = parseYaml('f.yaml', '__proto__: { isAdmin: true }\n');
    expect(result.ok && Object.keys(result.data as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });
});

describe('parseFrontMatterFile', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, '__pwned');
  });

  test('reads YAML front matter and returns the text below it as the body', () => {
    expect(parseFrontMatterFile('p.md', '---\nnaam: Test\n---\nTekst\n')).toEqual({
      ok: true,
      data: { naam: 'Test' },
      body: 'Tekst\n',
    });
  });

  test('reads empty front matter as no fields', () => {
    expect(parseFrontMatterFile('p.md', '---\n---\n')).toEqual({ ok: true, data: {}, body: '' });
  });

  test('accepts a byte order mark and Windows line endings', () => {
    expect(
      parseFrontMatterFile('p.md', '\uFEFF---\r\nnaam: Test\r\nstatus: geen\r\n---\r\n'),
    ).toEqual({
      ok: true,
      data: { naam: 'Test', status: 'geen' },
      body: '',
    });
  });

  test('never evaluates ---js front matter', () => {
    const source = '---js\n{ x: (function(){ globalThis.__pwned = true; return 1 })() }\n---\n';
    expect(problems(parseFrontMatterFile('p.md', source))).toEqual([
      '1: alleen YAML front matter is toegestaan; de eerste regel moet precies "---" zijn, niet "---js"',
    ]);
    expect(globalThis.__pwned).toBeUndefined();
  });

  test.for(['---javascript', '---json', '--- js', '----'])(
    'refuses the first line %s',
    (firstLine) => {
      const source = `${firstLine}\n{ "x": (function(){ globalThis.__pwned = true; return 1 })() }\n---\n`;
      expect(problems(parseFrontMatterFile('p.md', source))[0]).toMatch(
        /^1: alleen YAML front matter is toegestaan/,
      );
      expect(globalThis.__pwned).toBeUndefined();
    },
  );

  test('refuses a file that does not start with front matter', () => {
    expect(problems(parseFrontMatterFile('p.md', 'naam: Test\n'))).toEqual([
      '1: het bestand moet beginnen met front matter tussen twee regels "---"',
    ]);
  });

  test('refuses front matter that is never closed', () => {
    expect(problems(parseFrontMatterFile('p.md', '---\nnaam: Test\n'))).toEqual([
      '-: de front matter wordt niet afgesloten met "---"',
    ]);
  });

  test('reports lines as lines of the whole file, counting the opening ---', () => {
    const source = '---\nnaam: Test\nvan: &start 2024-01-01\ntot: *start\n---\n';
    expect(problems(parseFrontMatterFile('p.md', source))).toEqual([
      '3: YAML-anker &start is niet toegestaan; gebruik gewone waarden',
      '4: YAML-verwijzingen (*start) zijn niet toegestaan; schrijf de waarde uit',
    ]);
  });

  test('reports a duplicate key on its own line', () => {
    expect(
      problems(parseFrontMatterFile('p.md', '---\n# opmerking\nnaam: A\nnaam: B\n---\n')),
    ).toEqual(['4: een veld staat hier twee keer']);
  });

  test('refuses an empty file', () => {
    expect(problems(parseFrontMatterFile('p.md', ''))).toEqual(['-: bestand is leeg']);
  });

  test('refuses a file over the size limit before parsing it', () => {
    const source = `---\nnaam: "${'x'.repeat(MAX_FILE_BYTES)}"\n---\n`;
    expect(problems(parseFrontMatterFile('p.md', source))[0]).toMatch(/^-: bestand is te groot/);
  });
});
