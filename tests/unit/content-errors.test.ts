import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  ContentValidationError,
  describeValue,
  formatFieldPath,
  formatIssue,
  formatIssueReport,
  fromZodIssues,
  type ContentIssue,
} from '../../src/lib/content-errors.ts';
import { declaration, isoDate, text } from '../../src/schemas/common.ts';

const dateIssue: ContentIssue = {
  file: 'content/people/x.md',
  path: ['nevenfuncties', 2, 'van'],
  nl: 'verwacht een datum JJJJ-MM-DD, kreeg "maart 2024"',
  en: 'expected a date YYYY-MM-DD, got "maart 2024"',
};

/** The content issues for `input` under `schema`, as `field: Dutch (English)`. */
function describeFailure(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected the schema to refuse the input');
  return fromZodIssues('f', result.error.issues).map(
    (issue) => `${formatFieldPath(issue.path)}: ${issue.nl} (${issue.en})`,
  );
}

describe('formatFieldPath', () => {
  test('writes ["nevenfuncties", 2, "van"] as nevenfuncties[2].van', () => {
    expect(formatFieldPath(['nevenfuncties', 2, 'van'])).toBe('nevenfuncties[2].van');
  });
  test('writes an index at the start without a dot', () => {
    expect(formatFieldPath([0, 'id'])).toBe('[0].id');
  });
  test('writes nothing for the file as a whole', () => {
    expect(formatFieldPath([])).toBe('');
  });
});

describe('formatIssue', () => {
  test('writes "file › field: Dutch (English)"', () => {
    expect(formatIssue(dateIssue)).toBe(
      'content/people/x.md › nevenfuncties[2].van: verwacht een datum JJJJ-MM-DD, kreeg "maart 2024" (expected a date YYYY-MM-DD, got "maart 2024")',
    );
  });
  test('adds the line to the file when the parser knows it', () => {
    expect(
      formatIssue({
        file: 'content/site.yaml',
        path: [],
        line: 4,
        nl: 'een veld staat hier twee keer',
        en: 'a field appears twice here',
      }),
    ).toBe('content/site.yaml:4: een veld staat hier twee keer (a field appears twice here)');
  });
  test('leaves out the field for the file as a whole', () => {
    expect(
      formatIssue({
        file: 'content/people/x.md',
        path: [],
        nl: 'bestand is leeg',
        en: 'file is empty',
      }),
    ).toBe('content/people/x.md: bestand is leeg (file is empty)');
  });
});

describe('formatIssueReport', () => {
  test('counts one error in the singular', () => {
    expect(formatIssueReport([dateIssue]).split('\n')[0]).toBe(
      '1 fout in de inhoud; er is niets gepubliceerd (1 content error; nothing was published):',
    );
  });
  test('lists every issue on its own line', () => {
    const report = formatIssueReport([dateIssue, { ...dateIssue, path: ['rollen', 0, 'tot'] }]);
    expect(report.split('\n')).toEqual([
      '2 fouten in de inhoud; er is niets gepubliceerd (2 content errors; nothing was published):',
      `  - ${formatIssue(dateIssue)}`,
      '  - content/people/x.md › rollen[0].tot: verwacht een datum JJJJ-MM-DD, kreeg "maart 2024" (expected a date YYYY-MM-DD, got "maart 2024")',
    ]);
  });
});

describe('ContentValidationError', () => {
  test('carries the issues and the report as its message', () => {
    const error = new ContentValidationError([dateIssue]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentValidationError');
    expect(error.issues).toEqual([dateIssue]);
    expect(error.message).toBe(formatIssueReport([dateIssue]));
  });
});

describe('describeValue', () => {
  test('quotes text and shortens long text', () => {
    expect(describeValue('maart 2024')).toBe('"maart 2024"');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(56)}…"`);
  });
  test('names values that are not text in Dutch', () => {
    expect(describeValue(undefined)).toBe('niets');
    expect(describeValue(null)).toBe('leeg (null)');
    expect(describeValue([1])).toBe('een lijst');
    expect(describeValue({ a: 1 })).toBe('een groep velden');
    expect(describeValue(12.5)).toBe('12.5');
  });
});

describe('fromZodIssues', () => {
  const register = z.strictObject({
    nevenfuncties: declaration(z.strictObject({ id: text(), van: isoDate })),
  });

  test('reports a list entry at its full path, through the "list or geen" union', () => {
    const input = {
      nevenfuncties: [
        { id: 'a', van: '2024-01-01' },
        { id: 'b', van: '2024-01-01' },
        { id: 'c', van: 'maart 2024' },
      ],
    };
    expect(describeFailure(register, input)).toEqual([
      'nevenfuncties[2].van: verwacht een datum JJJJ-MM-DD, kreeg "maart 2024" (expected a date YYYY-MM-DD, got "maart 2024")',
    ]);
  });

  test('lists what the union accepts when no branch fits', () => {
    expect(describeFailure(register, { nevenfuncties: 'nee' })).toEqual([
      'nevenfuncties: verwacht een lijst of een van "geen", "niet-opgegeven"; kreeg "nee" (expected a list or one of "geen", "niet-opgegeven"; got "nee")',
    ]);
  });

  test('says a missing field is missing', () => {
    expect(describeFailure(z.strictObject({ naam: text() }), {})).toEqual([
      'naam: dit veld ontbreekt (this field is missing)',
    ]);
  });

  test('says text of only spaces is empty', () => {
    expect(describeFailure(z.strictObject({ naam: text() }), { naam: '   ' })).toEqual([
      'naam: mag niet leeg zijn (must not be empty)',
    ]);
  });

  test('names unknown fields and asks to check the spelling', () => {
    expect(describeFailure(z.strictObject({ naam: text() }), { naam: 'A', nam: 'B' })).toEqual([
      'nam: onbekend veld "nam"; controleer de spelling of haal het weg (unknown field "nam"; check the spelling or remove it)',
    ]);
  });

  test('refuses invisible control characters in text', () => {
    expect(describeFailure(text(), 'Stichting\u202EX')).toEqual([
      ': onzichtbare stuurtekens zijn niet toegestaan (invisible control characters are not allowed)',
    ]);
  });

  test('refuses HTML entities in text', () => {
    expect(describeFailure(text(), 'Dijkstra &amp; Zn.')[0]).toMatch(
      /^: HTML of code is niet toegestaan in tekst/,
    );
  });
});
