/**
 * Every number an editor types means what a Dutch reader of the file takes it to mean, or is
 * refused with a message that says how to write it. Written from the class, not from one case:
 * every numeric field of every content schema is found in the schemas themselves, each must occur
 * in the demo or the fixtures, and each occurrence pattern is typed the ways Dutch editors type
 * numbers (`1.250`, `"1.250,50"`, `"€ 75,-"`), then validated exactly as the build validates.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { readContentFiles, validateContent, type ContentFile } from '../../src/data/load.ts';
import { ContentValidationError, formatFieldPath } from '../../src/lib/content-errors.ts';
import { FractiesFileSchema } from '../../src/schemas/fractie.ts';
import { GiftsFileSchema } from '../../src/schemas/gift.ts';
import { OfficialsFileSchema } from '../../src/schemas/official.ts';
import { OrganisationsFileSchema } from '../../src/schemas/organisation.ts';
import { PersonSchema } from '../../src/schemas/person.ts';
import { ReportSchema } from '../../src/schemas/report.ts';
import { SiteConfigSchema } from '../../src/schemas/site.ts';
import { ThemeFileSchema } from '../../src/schemas/theme.ts';
import { fixturePath, TODAY } from './content-fixtures.ts';

/** Each kind of content file an editor writes, with the schema of its data. */
const FILE_KINDS = [
  { kind: 'site', test: (p: string) => p === 'site.yaml', schema: SiteConfigSchema },
  { kind: 'thema', test: (p: string) => p === 'thema.yaml', schema: ThemeFileSchema },
  { kind: 'fracties', test: (p: string) => p === 'fracties.yaml', schema: FractiesFileSchema },
  {
    kind: 'organisaties',
    test: (p: string) => p === 'organisaties.yaml',
    schema: OrganisationsFileSchema,
  },
  { kind: 'people', test: (p: string) => /^people\/.+\.md$/.test(p), schema: PersonSchema },
  { kind: 'gifts', test: (p: string) => /^gifts\/.+\.yaml$/.test(p), schema: GiftsFileSchema },
  {
    kind: 'officials',
    test: (p: string) => /^officials\/.+\.yaml$/.test(p),
    schema: OfficialsFileSchema,
  },
  { kind: 'reports', test: (p: string) => /^reports\/.+\.md$/.test(p), schema: ReportSchema },
] as const;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Every path to a number in a JSON Schema, with list indices written `[]`: `nevenfuncties[].vergoeding.bedrag`. */
function numericPaths(schema: JsonSchema, prefix = ''): string[] {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const out: string[] = [];
  if (types.includes('number') || types.includes('integer')) out.push(prefix);
  for (const [key, value] of Object.entries(schema.properties ?? {}))
    out.push(...numericPaths(value, prefix ? `${prefix}.${key}` : key));
  if (schema.items) out.push(...numericPaths(schema.items, `${prefix}[]`));
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    out.push(...numericPaths(branch, prefix));
  return [...new Set(out)];
}

/** A number as it stands in a file: where, and under which field. */
interface NumberSite {
  file: string;
  /** Offsets of the number's text in the file. */
  start: number;
  end: number;
  /** The field path as messages write it, e.g. `geschenken[3].waarde`. */
  field: string;
  /** The same with indices as `[]`, to compare with the schemas. */
  pattern: string;
}

/** The YAML part of a content file and where it starts: front matter for Markdown files. */
function yamlPart(file: ContentFile): { text: string; offset: number } {
  if (!file.path.endsWith('.md')) return { text: file.source, offset: 0 };
  const open = file.source.indexOf('\n') + 1;
  const close = file.source.indexOf('\n---', open);
  return { text: file.source.slice(open, close + 1), offset: open };
}

function numberSites(file: ContentFile): NumberSite[] {
  const { text, offset } = yamlPart(file);
  const sites: NumberSite[] = [];
  visit(parseDocument(text), {
    Scalar(key, node, ancestors) {
      if (typeof node.value !== 'number' || !node.range) return;
      const fieldPath: PropertyKey[] = [];
      ancestors.forEach((ancestor, i) => {
        const child = ancestors[i + 1] ?? node;
        if (isPair(ancestor) && isScalar(ancestor.key)) fieldPath.push(String(ancestor.key.value));
        else if (isSeq(ancestor)) fieldPath.push(ancestor.items.indexOf(child as never));
      });
      if (key === 'key' || fieldPath.length === 0 || isMap(node)) return;
      const field = formatFieldPath(fieldPath);
      sites.push({
        file: file.path,
        start: node.range[0] + offset,
        end: node.range[1] + offset,
        field,
        pattern: field.replace(/\[\d+\]/g, '[]'),
      });
    },
  });
  return sites;
}

/** The content folders whose files are checked: the demo, and the minimal fixture with extra files. */
const DEMO = {
  name: 'demo',
  files: readContentFiles(path.resolve(import.meta.dirname, '../../content')),
  today: '2026-12-06',
};
const MINIMAL = readContentFiles(fixturePath('content-minimal'));
/** The report fixtures and tests/fixtures/numeric-fields/ (the fields the demo leaves out), each added to the minimal content. */
const EXTRA_FILES = [
  ...readContentFiles(fixturePath('reports'))
    .filter((f) => f.path.endsWith('.md') && f.path !== 'README.md')
    .map((f) => ({ path: `reports/${f.path}`, source: f.source })),
  ...readContentFiles(fixturePath('numeric-fields')),
];
const CORPORA = [
  DEMO,
  ...EXTRA_FILES.map((file) => ({
    name: file.path,
    files: [...MINIMAL.filter((f) => f.path !== file.path), file],
    today: TODAY,
  })),
];

function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

function issuesOf(
  files: readonly ContentFile[],
  today: string,
): { file: string; field: string; line: number | undefined; nl: string; en: string }[] {
  try {
    validateContent(files, { today, label: 'content' });
    return [];
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    return error.issues.map((issue) => ({
      file: issue.file,
      field: formatFieldPath(issue.path),
      line: issue.line,
      nl: issue.nl,
      en: issue.en,
    }));
  }
}

interface Case {
  today: string;
  /** The files validated with the mutated one: site.yaml and fracties.yaml, which every check needs. */
  files: ContentFile[];
  original: ContentFile;
  site: NumberSite;
}

/** One case per file kind and field pattern: the first place each numeric field occurs. */
function collectCases(): Case[] {
  const cases: Case[] = [];
  const seen = new Set<string>();
  for (const corpus of CORPORA) {
    for (const file of corpus.files) {
      const kind = FILE_KINDS.find((k) => k.test(file.path));
      if (!kind) continue;
      for (const site of numberSites(file)) {
        const key = `${kind.kind}:${site.pattern}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Only the file itself and the two files every check needs: a gift's recipient is then
        // unknown, which adds an issue elsewhere but leaves the number's own issue as it is.
        const files = corpus.files.filter(
          (f) => f === file || f.path === 'site.yaml' || f.path === 'fracties.yaml',
        );
        cases.push({ today: corpus.today, files, original: file, site });
      }
    }
  }
  return cases;
}

const CASES = collectCases();

describe('every numeric field of every content schema', () => {
  test.each(FILE_KINDS.map((k) => [k.kind, k] as const))(
    '%s: each numeric field occurs in the demo or the fixtures, so the cases below cover it',
    (_name, kind) => {
      const fields = numericPaths(
        z.toJSONSchema(kind.schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema,
      );
      const covered = new Set(
        CASES.filter((c) => kind.test(c.site.file)).map((c) => c.site.pattern),
      );
      expect(fields.filter((field) => !covered.has(field))).toEqual([]);
    },
  );

  test('the schemas have numeric fields at all (the walk above finds them)', () => {
    const all = FILE_KINDS.flatMap((k) =>
      numericPaths(
        z.toJSONSchema(k.schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema,
      ),
    );
    expect(all).toEqual(
      expect.arrayContaining([
        'geschenken[].waarde',
        'nevenfuncties[].vergoeding.bedrag',
        'geschenkdrempel',
        'eed.totaal',
      ]),
    );
  });
});

describe('the content as written', () => {
  test.each(CORPORA.map((c) => [c.name, c] as const))('%s validates', (_name, corpus) => {
    expect(issuesOf(corpus.files, corpus.today)).toEqual([]);
  });
});

describe.each(CASES.map((c) => [`${c.site.file} › ${c.site.pattern}`, c] as const))(
  '%s',
  (_name, { today, files, original, site }) => {
    const typed = (text: string): ContentFile[] =>
      files.map((f) =>
        f === original
          ? {
              path: f.path,
              source: f.source.slice(0, site.start) + text + f.source.slice(site.end),
            }
          : f,
      );
    const line = lineAt(original.source, site.start);

    test('"1.250" with a thousands point is refused, naming the file, line and field, not read as 1.25', () => {
      const issues = issuesOf(typed('1.250'), today);
      expect(issues).toContainEqual(
        expect.objectContaining({ file: `content/${site.file}`, field: site.field, line }),
      );
      const issue = issues.find((i) => i.field === site.field);
      expect(issue?.nl).toContain('"1.250" is dubbelzinnig');
      expect(issue?.nl).toContain('1250');
    });

    test.each([
      ['"1.250,50"', '1250.5'],
      ['"€ 75,-"', '75'],
      ['"12,5"', '12.5'],
    ])('%s typed as text is refused with the number to write instead (%s)', (text, meant) => {
      const issues = issuesOf(typed(text), today);
      const issue = issues.find((i) => i.file === `content/${site.file}` && i.field === site.field);
      expect(issue?.nl).toContain(`schrijf ${meant} `);
    });

    test.each(['0x10', '1e3', '.inf', '+5', '012'])(
      '%s, which YAML reads as some other number, is refused',
      (text) => {
        const issues = issuesOf(typed(text), today);
        expect(issues).toContainEqual(
          expect.objectContaining({ file: `content/${site.file}`, field: site.field, line }),
        );
        expect(issues.find((i) => i.field === site.field)?.nl).toContain('geen gewoon getal');
      },
    );
  },
);
