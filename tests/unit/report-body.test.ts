/** Report bodies: a safe Markdown subset with three components, and nothing that runs code. */
import { describe, expect, test } from 'vitest';
import {
  bodyStartLine,
  parseInline,
  parseReportBody,
  type Block,
} from '../../src/lib/report-body.ts';

const options = { sections: new Set(['meldingen', 'zaken']), chartable: new Set(['meldingen']) };

function parse(body: string): Block[] {
  const result = parseReportBody('content/reports/2024.md', body, 10, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.nl).join('\n'));
  return result.blocks;
}

function problems(body: string): { line: number | undefined; nl: string; en: string }[] {
  const result = parseReportBody('content/reports/2024.md', body, 10, options);
  return result.ok ? [] : result.issues.map((i) => ({ line: i.line, nl: i.nl, en: i.en }));
}

describe('parseReportBody', () => {
  test('reads headings, paragraphs and lists', () => {
    expect(
      parse('## Inleiding\n\nEen alinea\nover twee regels.\n\n- een\n- twee\n\n1. eerste'),
    ).toEqual([
      {
        type: 'heading',
        level: 2,
        id: 'inleiding',
        children: [{ type: 'text', value: 'Inleiding' }],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'Een alinea over twee regels.' }] },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', value: 'een' }], [{ type: 'text', value: 'twee' }]],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', value: 'eerste' }]] },
    ]);
  });

  test('places a figure, a table and a note', () => {
    expect(
      parse('::figuur meldingen\n\n::tabel zaken\n\n:::noot Let op\nTekst in de noot.\n:::'),
    ).toEqual([
      { type: 'section', section: 'meldingen', chart: true, line: 10 },
      { type: 'section', section: 'zaken', chart: false, line: 12 },
      {
        type: 'note',
        title: 'Let op',
        blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Tekst in de noot.' }] }],
      },
    ]);
  });

  test('gives repeated headings distinct anchors', () => {
    const ids = parse('## Cijfers\n\n## Cijfers').map((b) => (b.type === 'heading' ? b.id : ''));
    expect(ids).toEqual(['cijfers', 'cijfers-2']);
  });

  test.each([
    ['<script>alert(1)</script>', '<script> is niet toegestaan'],
    [
      '<img src=x onerror="alert(1)">',
      'HTML met gebeurtenissen (zoals onclick= of onerror=) is niet toegestaan',
    ],
    ['<b>vet</b>', 'HTML is niet toegestaan'],
    ['import Chart from "chart.js"', '"import" en "export" zijn niet toegestaan'],
    ['export const x = 1', '"import" en "export" zijn niet toegestaan'],
    ['Het totaal is {1 + 1}.', 'accolades { } zijn niet toegestaan'],
    ['```js', 'codeblokken zijn niet toegestaan'],
    ['# Titel', 'de titel van het verslag is de enige kop van niveau 1'],
    ['::grafiek meldingen', 'onbekend onderdeel "::grafiek"'],
    ['::figuur bibob', 'dit onderdeel staat niet in de front matter van dit verslag'],
    ['::figuur zaken', '"zaken" heeft geen grafiek; gebruik "::tabel zaken"'],
    ['[klik](javascript:alert(1))', 'dit linkadres is niet toegestaan'],
  ])('refuses %s with its line in the file', (line, message) => {
    expect(problems(`Eerste regel.\n\n${line}`)).toContainEqual({
      line: 12,
      nl: expect.stringContaining(message) as unknown,
      en: expect.any(String) as unknown,
    });
  });

  test('refuses a note that is never closed, naming the line where it opens', () => {
    expect(problems('Tekst.\n:::noot\nNooit dicht.')).toEqual([
      {
        line: 11,
        nl: expect.stringContaining('deze noot wordt niet afgesloten') as unknown,
        en: expect.stringContaining('this note is not closed') as unknown,
      },
    ]);
  });

  test('refuses placing the same section twice', () => {
    expect(problems('::figuur meldingen\n::tabel meldingen')[0]?.nl).toContain(
      'staat al eerder in de tekst',
    );
  });
});

describe('parseInline', () => {
  test('reads bold, italic and links with safe addresses', () => {
    expect(parseInline('**vet** en *schuin* en [trends](/jaarverslagen/trends/)')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'vet' }] },
      { type: 'text', value: ' en ' },
      { type: 'em', children: [{ type: 'text', value: 'schuin' }] },
      { type: 'text', value: ' en ' },
      {
        type: 'link',
        href: '/jaarverslagen/trends/',
        children: [{ type: 'text', value: 'trends' }],
      },
    ]);
  });

  test('keeps a lone asterisk as text: "3 * 4"', () => {
    expect(parseInline('3 * 4')).toEqual([{ type: 'text', value: '3 * 4' }]);
  });
});

describe('bodyStartLine', () => {
  test('is the line after the closing ---', () => {
    expect(bodyStartLine('---\njaar: 2024\n---\nTekst\n', 'Tekst\n')).toBe(4);
  });
});
