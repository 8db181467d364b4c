/**
 * The browser editor (Sveltia CMS, issue 27) offers exactly what the schemas accept and keeps what
 * the clerk wrote. Its configuration is generated from the schemas (scripts/lib/editor-config.ts)
 * and the committed file must be the generated one; a walk written apart from the generator then
 * checks it field by field against the schemas, and fails for a copy of a schema with a field
 * added, removed or changed. Every content file the editor opens is written back byte for byte,
 * and what the clerk does (a declaration set to "geen", a new quarter's file, a gift "ca. € 60",
 * a partial date, side income per year) gives files the build accepts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  EDITOR_SCHEMAS,
  generateEditorConfig,
  PARTIAL_DATE_PATTERN,
  SLUG_PATTERN,
  SOURCE_URL_PATTERN,
  toEditorJsonSchema,
  type JsonSchema,
} from '../../scripts/lib/editor-config.ts';
import { readContentFiles, validateContent, type ContentFile } from '../../src/data/load.ts';
import { buildEditorFormats } from '../../src/editor/bundle.ts';
import {
  EDITOR_FORMATS,
  readEntryFile,
  SOURCE_KEY,
  writeEntryFile,
  type EditorFileKind,
} from '../../src/editor/entry-file.ts';
import {
  toEditorData,
  toFileData,
  UNION_KEY,
  UNREADABLE_FORM,
  type EditorField,
} from '../../src/editor/entry-shape.ts';
import { isPartialDate } from '../../src/lib/dates.ts';
import { partialDate, slug, sourceUrl } from '../../src/schemas/common.ts';
import { FractieSchema } from '../../src/schemas/fractie.ts';
import { GiftsFileSchema } from '../../src/schemas/gift.ts';
import { PersonSchema, RoleSchema } from '../../src/schemas/person.ts';
import { RegisterConfigSchema, REGISTER_KEYS, SiteConfigSchema } from '../../src/schemas/site.ts';
import { BODY_KINDS, OFFICE_ROLES, OFFICES, type BodyKind } from '../../src/schemas/body.ts';
import { readBodyKind } from '../../scripts/lib/content-writer.ts';
import { FIXTURES_DIR, fixturePath, TODAY } from './content-fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG_FILE = path.join(ROOT, 'src/editor/config.yml');
const COMMITTED = readFileSync(CONFIG_FILE, 'utf8');
/** The committed file is generated for the demo's content folder and its kind of body. */
const KIND: BodyKind =
  readBodyKind(path.join(ROOT, 'content')) ??
  (() => {
    throw new Error('content/site.yaml names no kind of body');
  })();

interface Collection {
  name: string;
  folder?: string;
  file?: string;
  format?: string;
  extension?: string;
  create?: boolean;
  slug?: { pattern?: [string, string] };
  fields?: EditorField[];
  files?: Collection[];
}

const CONFIG = parse(COMMITTED) as { collections: Collection[]; output?: Record<string, unknown> };

/** Every collection and collection file, flat. */
const ENTRIES: Collection[] = CONFIG.collections.flatMap((c) => [c, ...(c.files ?? [])]);

/** The fields the configuration has for a kind of file, found by that kind's format. */
function fieldsOf(
  kind: EditorFileKind,
  config: { collections: Collection[] } = CONFIG,
): EditorField[] {
  const entry = config.collections
    .flatMap((c) => [c, ...(c.files ?? [])])
    .find((c) => c.format === EDITOR_FORMATS[kind].name);
  if (!entry?.fields) throw new Error(`no collection with the format of ${kind}`);
  return entry.fields;
}

/** Which kind of file a content path is, for the files the editor edits. */
function kindOf(contentPath: string): EditorFileKind | undefined {
  if (/^people\/[^/]+\.md$/.test(contentPath)) return 'people';
  if (/^gifts\/[^/]+\.yaml$/.test(contentPath)) return 'gifts';
  if (/^officials\/[^/]+\.yaml$/.test(contentPath)) return 'officials';
  if (contentPath === 'site.yaml') return 'site';
  if (contentPath === 'fracties.yaml') return 'fracties';
  if (contentPath === 'organisaties.yaml') return 'organisaties';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The walk: every schema field against the configuration, written apart from the generator.
// ---------------------------------------------------------------------------------------------

/** Whether a string field's pattern accepts what a partial date accepts. */
function acceptsPartialDates(field: EditorField): boolean {
  const pattern = Array.isArray(field['pattern'])
    ? new RegExp(String(field['pattern'][0]))
    : undefined;
  return (
    pattern !== undefined &&
    ['2015', '2015-03', '2015-03-12'].every((v) => pattern.test(v)) &&
    !['maart 2015', '03-2015', '2015-3', '2015-13'].some((v) => pattern.test(v))
  );
}

function optionValues(field: EditorField): unknown[] {
  const options = Array.isArray(field['options']) ? (field['options'] as unknown[]) : [];
  return options.map((option) =>
    typeof option === 'object' && option !== null && 'value' in option
      ? (option as { value: unknown }).value
      : option,
  );
}

function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** What is wrong with `field` as the editor field of the schema `node` at `where`. */
function compareValue(node: JsonSchema, field: EditorField, where: string): string[] {
  const widget = field.widget ?? 'string';
  if (node.anyOf) return compareUnion(node.anyOf, field, where);
  switch (node.type) {
    case 'string': {
      if (node.enum)
        return widget === 'select' && sameSet(optionValues(field), node.enum)
          ? []
          : [
              `${where}: a choice of exactly ${JSON.stringify(node.enum)}, got ${widget} ${JSON.stringify(optionValues(field))}`,
            ];
      if (node.const !== undefined)
        return widget === 'select' && sameSet(optionValues(field), [node.const])
          ? []
          : [`${where}: a choice of ${JSON.stringify(node.const)} only`];
      if (node.format === 'date')
        return widget === 'datetime' && field['type'] === 'date' && field['format'] === 'YYYY-MM-DD'
          ? []
          : [`${where}: a whole date needs the date picker storing JJJJ-MM-DD, got ${widget}`];
      if (node.format === 'partial-date')
        return widget === 'string' && acceptsPartialDates(field)
          ? []
          : [`${where}: a partial date needs text with the pattern JJJJ[-MM[-DD]], got ${widget}`];
      if (widget === 'relation')
        return node.pattern === SLUG_PATTERN
          ? []
          : [`${where}: a relation where the schema has no id`];
      return ['string', 'text'].includes(widget) ? [] : [`${where}: text, got ${widget}`];
    }
    case 'number':
    case 'integer':
      return widget === 'number' &&
        field['value_type'] === (node.type === 'integer' ? 'int' : 'float')
        ? []
        : [`${where}: a number (${node.type}), got ${widget} ${String(field['value_type'])}`];
    case 'boolean':
      if (field.required !== false)
        return widget === 'boolean' ? [] : [`${where}: yes/no, got ${widget}`];
      // Optional: a choice that can stay empty (the yes/no widget would write `false` into every entry).
      return widget === 'select' && sameSet(optionValues(field), [true, false])
        ? []
        : [`${where}: an optional yes/no as a choice of true and false, got ${widget}`];
    case 'object':
      return widget === 'object' && field.fields
        ? compareObject(node, field.fields, where)
        : [`${where}: an object with fields, got ${widget}`];
    case 'array':
      return compareList(node, field, where);
    default:
      return [
        `${where}: a schema type the walk does not know: ${JSON.stringify(node).slice(0, 80)}`,
      ];
  }
}

function compareList(node: JsonSchema, field: EditorField, where: string): string[] {
  if (field.widget !== 'list') return [`${where}: a list, got ${field.widget ?? 'string'}`];
  const problems: string[] = [];
  if ((node.minItems ?? 0) > 0 && field['min'] !== node.minItems)
    problems.push(`${where}: at least ${node.minItems} items, got min ${String(field['min'])}`);
  const items = node.items ?? {};
  if (field.types) {
    // Variable types by one of the item's own fields (a term by its office): the type names are
    // exactly that field's values; each type offers fields of the item only, the types together
    // all of them. Which type requires or leaves out which field is checked against the schema below.
    const typeKey = field.typeKey ?? 'type';
    const key = items.properties?.[typeKey];
    if (
      !key?.enum ||
      !sameSet(
        field.types.map((t) => t.name),
        key.enum,
      )
    )
      return [
        ...problems,
        `${where}: types named after ${typeKey}'s values ${JSON.stringify(key?.enum)}`,
      ];
    const offered = new Set<string>();
    for (const type of field.types) {
      for (const sub of type.fields ?? []) {
        offered.add(sub.name);
        const child = items.properties?.[sub.name];
        if (!child) problems.push(`${where}[${type.name}].${sub.name}: not in the schema`);
        else problems.push(...compareValue(child, sub, `${where}[${type.name}].${sub.name}`));
      }
    }
    const missing = Object.keys(items.properties ?? {}).filter(
      (name) => name !== typeKey && !offered.has(name),
    );
    return [...problems, ...missing.map((name) => `${where}[].${name}: no editor field`)];
  }
  if (items.type === 'object')
    return field.fields
      ? [...problems, ...compareObject(items, field.fields, `${where}[]`)]
      : [...problems, `${where}: a list of objects needs fields`];
  return field.field
    ? [...problems, ...compareValue(items, field.field, `${where}[]`)]
    : [...problems, `${where}: a list of values needs a field`];
}

/** A union: an object with a form (`vorm`) per member, and nothing else. */
function compareUnion(members: readonly JsonSchema[], field: EditorField, where: string): string[] {
  if (field.widget !== 'object' || field.typeKey !== UNION_KEY || !field.types)
    return [
      `${where}: a union needs an object with forms under "${UNION_KEY}", got ${field.widget ?? 'string'}`,
    ];
  const problems: string[] = [];
  const expected: string[] = [];
  const formField = (name: string): EditorField | undefined => {
    const type = field.types?.find((t) => t.name === name);
    const [only, ...rest] = type?.fields ?? [];
    return only?.name === name && rest.length === 0 ? only : undefined;
  };
  for (const member of members) {
    if (member.type === 'array' || member.type === 'number' || member.type === 'integer') {
      const name = member.type === 'array' ? 'lijst' : 'bedrag';
      expected.push(name);
      const inner = formField(name);
      problems.push(
        ...(inner
          ? compareValue(member, inner, `${where}<${name}>`)
          : [`${where}: no form "${name}" holding the ${member.type}`]),
      );
    } else if (
      member.type === 'string' &&
      (member.enum ?? (member.const === undefined ? undefined : [member.const]))
    ) {
      for (const value of member.enum ?? [member.const]) {
        expected.push(String(value));
        const type = field.types.find((t) => t.name === value);
        if (!type || (type.fields ?? []).length > 0)
          problems.push(`${where}: no form "${String(value)}" without fields`);
      }
    } else if (member.type === 'object' && Object.keys(member.properties ?? {}).length === 1) {
      const [[name, child] = ['', {}]] = Object.entries(member.properties ?? {});
      expected.push(name);
      const inner = formField(name);
      problems.push(
        ...(inner
          ? compareValue(child, inner, `${where}<${name}>`)
          : [`${where}: no form "${name}" holding { ${name}: … }`]),
      );
    } else {
      problems.push(
        `${where}: a union member the editor cannot hold: ${JSON.stringify(member).slice(0, 80)}`,
      );
    }
  }
  if (
    !sameSet(
      field.types.map((t) => t.name),
      expected,
    )
  )
    problems.push(
      `${where}: forms ${JSON.stringify(field.types.map((t) => t.name))}, the schema has ${JSON.stringify(expected)}`,
    );
  return problems;
}

/** Every property of the object against the fields, both ways, with required iff required. */
function compareObject(node: JsonSchema, fields: readonly EditorField[], where: string): string[] {
  const problems: string[] = [];
  const properties = node.properties ?? {};
  const required = new Set(node.required ?? []);
  const at = (name: string): string => (where === '' ? name : `${where}.${name}`);
  for (const [name, child] of Object.entries(properties)) {
    const field = fields.find((f) => f.name === name);
    if (!field) {
      problems.push(`${at(name)}: no editor field`);
      continue;
    }
    if ((field.required !== false) !== required.has(name))
      problems.push(
        `${at(name)}: ${required.has(name) ? 'required' : 'optional'} in the schema, not in the editor`,
      );
    problems.push(...compareValue(child, field, at(name)));
  }
  for (const field of fields)
    if (!(field.name in properties)) problems.push(`${at(field.name)}: not in the schema`);
  return problems;
}

/** The walk for one kind of file: its schema against the configuration's fields. */
function checkAgainstSchema(
  kind: EditorFileKind,
  schema: z.ZodType,
  config: { collections: Collection[] } = CONFIG,
  body: BodyKind = KIND,
): string[] {
  return compareObject(toEditorJsonSchema(schema, body), fieldsOf(kind, config), '');
}

/** The configuration generated for a content folder of another kind of body. */
const configFor = (body: BodyKind): { collections: Collection[] } =>
  parse(generateEditorConfig(body, COMMITTED)) as { collections: Collection[] };

const KINDS = Object.keys(EDITOR_FORMATS) as EditorFileKind[];

describe('the editor configuration follows the schemas', () => {
  test('the committed src/editor/config.yml is the one the schemas give (npm run editor:config)', () => {
    expect(generateEditorConfig(KIND, COMMITTED)).toBe(COMMITTED);
  });

  test.each(KINDS)(
    '%s: every schema field has an editor field of its kind, required iff required, and no other',
    (kind) => {
      expect(checkAgainstSchema(kind, EDITOR_SCHEMAS[kind])).toEqual([]);
    },
  );

  test('the walk reaches the fields that were missing before (partial dates, gift values, side income, deeltijd)', () => {
    const people = JSON.stringify(fieldsOf('people'));
    for (const name of [
      'neveninkomsten',
      'inkomsten',
      'verrekend',
      'openbaargemaakt',
      'deeltijd',
      'geenGeschenken',
      'toelichting',
    ])
      expect(people).toContain(`"name":"${name}"`);
    const gifts = JSON.stringify(fieldsOf('gifts'));
    for (const name of ['ongeveer', 'minderDan', 'meerDan', 'onbekend', 'toelichting'])
      expect(gifts).toContain(`"name":"${name}"`);
    const officials = JSON.stringify(fieldsOf('officials'));
    expect(officials).toContain('"name":"organisatie"');
    expect(officials).toMatch(/"name":"afdeling","label":"[^"]+","required":false/);
  });

  test("it is a valid Sveltia CMS configuration (the package's own JSON Schema)", () => {
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    // Formats too: every pattern in the configuration is a regular expression the browser reads.
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(CONFIG) ? [] : validate.errors?.slice(0, 5)).toEqual([]);
  });

  test('an optional field left empty is left out of the file, not written as ""', () => {
    expect(CONFIG.output?.['omit_empty_optional_fields']).toBe(true);
  });

  test("every collection is read and written by one of the editor's file formats, and every format is used", () => {
    const used = ENTRIES.filter((c) => c.fields).map((c) => c.format);
    expect(
      used.every((format) => Object.values(EDITOR_FORMATS).some((f) => f.name === format)),
    ).toBe(true);
    expect(new Set(used)).toEqual(new Set(Object.values(EDITOR_FORMATS).map((f) => f.name)));
  });
});

describe('the check fails when a schema changes and the editor does not follow (copies of the schemas)', () => {
  const fractiesWith = (extra: Record<string, z.ZodType>): z.ZodType =>
    z.strictObject({ fracties: z.array(FractieSchema.extend(extra)) });

  test('a field added to a schema: the walk names it, and the committed file is no longer the generated one', () => {
    const schemas = {
      ...EDITOR_SCHEMAS,
      fracties: fractiesWith({ toelichting: z.string().optional() }),
    };
    expect(checkAgainstSchema('fracties', schemas.fracties)).toEqual([
      'fracties[].toelichting: no editor field',
    ]);
    const generated = generateEditorConfig(KIND, COMMITTED, schemas);
    expect(generated).not.toBe(COMMITTED);
    expect(
      checkAgainstSchema(
        'fracties',
        schemas.fracties,
        parse(generated) as { collections: Collection[] },
      ),
    ).toEqual([]);
  });

  test('a field with a name the editor has no Dutch label for: the generator stops and says where to add it', () => {
    const schemas = { ...EDITOR_SCHEMAS, fracties: fractiesWith({ kleur: z.string() }) };
    expect(() => generateEditorConfig(KIND, COMMITTED, schemas)).toThrow(
      /fracties:fracties\[\]\.kleur.*editor-labels\.ts/,
    );
  });

  test('a field added to a person: named by the walk', () => {
    expect(
      checkAgainstSchema(
        'people',
        PersonSchema.extend({ geboortejaar: z.number().int().optional() }),
      ),
    ).toEqual(['geboortejaar: no editor field']);
  });

  test('a field removed from a schema: the editor would offer what the build refuses', () => {
    expect(checkAgainstSchema('people', PersonSchema.omit({ geenGeschenken: true }))).toEqual([
      'geenGeschenken: not in the schema',
    ]);
  });

  test('a value added to a choice, or a field made optional: named by the walk', () => {
    const cadence = z.enum(['kwartaal', 'halfjaar', 'jaar', 'maand']);
    const registers = z.strictObject(
      Object.fromEntries(
        REGISTER_KEYS.map((key) => [key, RegisterConfigSchema.extend({ cadans: cadence })]),
      ),
    );
    // A copy of the site's fields (its refinement, benaming only for a water board, is not the walk's).
    const site = z.strictObject({ ...SiteConfigSchema.shape, registers });
    const problems = checkAgainstSchema('site', site);
    expect(problems).toHaveLength(REGISTER_KEYS.length);
    expect(problems[0]).toMatch(
      /^registers\.nevenfuncties\.cadans: a choice of exactly \["kwartaal","halfjaar","jaar","maand"\]/,
    );
    const optional = z.strictObject({
      fracties: z.array(FractieSchema.extend({ afkorting: z.string().optional() })),
    });
    expect(checkAgainstSchema('fracties', optional)).toEqual([
      'fracties[].afkorting: optional in the schema, not in the editor',
    ]);
  });

  test('a date that becomes a whole date only, or a number that becomes a text: named by the walk', () => {
    const wholeDates = z.strictObject({
      fracties: z.array(FractieSchema.extend({ naam: z.number() })),
    });
    expect(checkAgainstSchema('fracties', wholeDates)).toEqual([
      'fracties[].naam: a number (number), got string undefined',
    ]);
  });
});

describe('what JSON Schema does not say, checked against the schemas themselves', () => {
  test.each(BODY_KINDS)(
    "%s: a term offers the body's own offices, each with the fields RoleSchema accepts, and refuses the rest",
    (body) => {
      const rollen = fieldsOf('people', configFor(body)).find((f) => f.name === 'rollen');
      const sample: Record<string, unknown> = {
        fractie: 'vrij-testland',
        portefeuille: 'Financiën',
        tot: '2024',
        deeltijd: true,
      };
      const all = Object.keys(toEditorJsonSchema(RoleSchema).properties ?? {}).filter(
        (name) => name !== 'functie' && name !== 'van',
      );
      expect(rollen?.types?.map((t) => t.name)).toEqual(
        OFFICE_ROLES.map((role) => OFFICES[body][role]),
      );
      for (const type of rollen?.types ?? []) {
        const fields = type.fields ?? [];
        const required = fields
          .filter((f) => f.required !== false && f.name !== 'van')
          .map((f) => f.name);
        const base: Record<string, unknown> = {
          functie: type.name,
          van: '2020',
          ...Object.fromEntries(required.map((name) => [name, sample[name]])),
        };
        expect(RoleSchema.safeParse(base).success, `${type.name} with its required fields`).toBe(
          true,
        );
        for (const name of required) {
          const { [name]: _left, ...without } = base;
          expect(RoleSchema.safeParse(without).success, `${type.name} without ${name}`).toBe(false);
        }
        for (const field of fields.filter((f) => f.required === false))
          expect(
            RoleSchema.safeParse({ ...base, [field.name]: sample[field.name] }).success,
            `${type.name} with ${field.name}`,
          ).toBe(true);
        for (const name of all.filter((n) => !fields.some((f) => f.name === n)))
          expect(
            RoleSchema.safeParse({ ...base, [name]: sample[name] }).success,
            `${type.name} with ${name}`,
          ).toBe(false);
      }
    },
  );

  test.each(BODY_KINDS)(
    '%s: the configuration follows the schemas, in the words of that body only',
    (body) => {
      const config = configFor(body);
      for (const kind of KINDS)
        expect(checkAgainstSchema(kind, EDITOR_SCHEMAS[kind], config, body)).toEqual([]);
      const text = generateEditorConfig(body, COMMITTED);
      for (const other of BODY_KINDS.filter((k) => k !== body))
        for (const office of OFFICE_ROLES.map((role) => OFFICES[other][role]))
          expect(text, `${body}: no "${office}"`).not.toMatch(new RegExp(`\\b${office}\\b`, 'i'));
    },
  );

  test('a municipality: its offices and organs by name, no word of a province', () => {
    const text = generateEditorConfig('gemeente', COMMITTED);
    expect(text).toContain('label: Raadslid');
    expect(text).toContain('label: Wethouder');
    expect(text).toContain('Persoon (raadslid, wethouder of de burgemeester)');
    expect(text).toContain('Alleen bij een wethouder. Leeg laten betekent voltijd.');
    expect(text).not.toMatch(/Staten|gedeputeerde|commissaris|\bCdK\b|\bGS\b|\bPS\b/i);
  });

  test('the id pattern accepts exactly the ids the schema accepts', () => {
    const samples = [
      'a',
      'voorzitter-stichting-x',
      '2026-031',
      'A',
      'a--b',
      '-a',
      'a-',
      'a b',
      'é',
      'a_b',
      '',
    ];
    for (const sample of samples)
      expect(new RegExp(SLUG_PATTERN).test(sample), sample).toBe(slug.safeParse(sample).success);
  });

  test('the partial-date pattern accepts every date the schema accepts, and refuses all else but impossible days', () => {
    const samples = [
      '2015',
      '2015-03',
      '2015-03-12',
      '2016-02-29',
      '2015-02-29',
      '2015-02-30',
      '2015-04-31',
      '2015-13',
      '2015-00',
      '2015-3',
      '15-03-2015',
      'maart 2015',
      '2015-03-12T10:00',
      ' 2015',
      '20150',
      '',
    ];
    for (const sample of samples) {
      const byPattern = new RegExp(PARTIAL_DATE_PATTERN).test(sample);
      const bySchema = partialDate.safeParse(sample).success;
      expect(bySchema && !byPattern, sample).toBe(false);
      // The pattern cannot know the calendar: 30 February passes it, and the build refuses it.
      if (byPattern && !bySchema)
        expect(isPartialDate(sample) ? sample : /^\d{4}-\d{2}-\d{2}$/.test(sample), sample).toBe(
          true,
        );
    }
  });

  test('the source-link pattern refuses what the schema refuses for its scheme', () => {
    for (const sample of [
      'https://provincie.example/besluit.pdf',
      'http://a.example/',
      'javascript:alert(1)',
      'ftp://a.example/x',
      'www.provincie.example',
    ]) {
      if (new RegExp(SOURCE_URL_PATTERN).test(sample))
        expect(sourceUrl.safeParse(sample).success, sample).toBe(true);
    }
  });

  test("a fractie is chosen from content/fracties.yaml by its id, and a gift's recipient from the people", () => {
    const fractie = fieldsOf('people')
      .find((f) => f.name === 'rollen')
      ?.types?.find((t) => t.name === 'statenlid')
      ?.fields?.find((f) => f.name === 'fractie');
    expect(fractie).toMatchObject({
      widget: 'relation',
      collection: 'settings',
      file: 'fracties',
      value_field: 'fracties.*.id',
    });
    expect(ENTRIES.find((c) => c.name === 'fracties')).toMatchObject({
      file: 'content/fracties.yaml',
    });
    const persoon = fieldsOf('gifts')[0]
      ?.fields?.find((f) => f.name === 'ontvanger')
      ?.fields?.find((f) => f.name === 'persoon');
    expect(persoon).toMatchObject({
      widget: 'relation',
      collection: 'people',
      value_field: '{{slug}}',
    });
  });

  test('a new quarter is a new file content/gifts/JJJJ-kN.yaml, named by the clerk and checked', () => {
    const gifts = ENTRIES.find((c) => c.name === 'gifts');
    expect(gifts).toMatchObject({ folder: 'content/gifts', extension: 'yaml', create: true });
    const pattern = new RegExp(gifts?.slug?.pattern?.[0] ?? '^$');
    expect(['2027-k1', '2026-k4'].every((name) => pattern.test(name))).toBe(true);
    expect(['2027-k5', '2027-q1', '2027', 'k1-2027'].some((name) => pattern.test(name))).toBe(
      false,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Fidelity: the files as the editor reads and writes them.
// ---------------------------------------------------------------------------------------------

interface FileCase {
  name: string;
  kind: EditorFileKind;
  source: string;
}

/** Every file the editor edits in the demo content and in every fixture folder. */
function collectFiles(): FileCase[] {
  const fixtureDirs = readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => fixturePath(e.name));
  return [path.join(ROOT, 'content'), ...fixtureDirs].flatMap((dir) =>
    readContentFiles(dir).flatMap((file) => {
      // invalid/ and valid/ hold replacements for site.yaml and fracties.yaml as site/*.yaml, fracties/*.yaml.
      const kind =
        kindOf(file.path) ?? kindOf(file.path.replace(/^(site|fracties)\/[^/]+\.yaml$/, '$1.yaml'));
      return kind && !file.unreadable
        ? [{ name: path.relative(ROOT, path.join(dir, file.path)), kind, source: file.source }]
        : [];
    }),
  );
}

const FILES = collectFiles();
const readable = (file: FileCase): boolean => {
  try {
    readEntryFile(file.source.trim(), fieldsOf(file.kind), EDITOR_FORMATS[file.kind].frontMatter);
    return true;
  } catch {
    return false;
  }
};

/** Reads a file as Sveltia gives it to a format (trimmed), and writes it as Sveltia stores it. */
function roundTrip(
  kind: EditorFileKind,
  source: string,
  edit: (data: Record<string, unknown>) => void = () => undefined,
): string {
  const { frontMatter } = EDITOR_FORMATS[kind];
  const data = readEntryFile(source.trim(), fieldsOf(kind), frontMatter);
  edit(data);
  return `${writeEntryFile(data, fieldsOf(kind), frontMatter).trim()}\n`;
}

describe('every content file the editor opens is written back as it was', () => {
  test('the corpus has every kind of file, and the only files the editor cannot open are broken YAML', () => {
    expect(new Set(FILES.map((f) => f.kind))).toEqual(new Set(KINDS));
    expect(FILES.length).toBeGreaterThan(100);
    expect(
      FILES.filter((f) => !readable(f)).every((f) => f.name.startsWith('tests/fixtures/invalid/')),
    ).toBe(true);
  });

  test.each(FILES.filter(readable).map((f) => [f.name, f] as const))(
    '%s: byte for byte',
    (_name, file) => {
      expect(roundTrip(file.kind, file.source)).toBe(file.source);
    },
  );

  test.each(FILES.filter(readable).map((f) => [f.name, f] as const))(
    "%s: the editor's shape fits the configuration and turns back into the data",
    (_name, file) => {
      const fields = fieldsOf(file.kind);
      const { [SOURCE_KEY]: _source, ...data } = readEntryFile(
        file.source.trim(),
        fields,
        EDITOR_FORMATS[file.kind].frontMatter,
      );
      expect(toEditorData(fields, toFileData(fields, data))).toEqual(data);
      const valid = !file.name.startsWith('tests/fixtures/invalid/');
      if (valid) expect(JSON.stringify(data)).not.toContain(`"${UNION_KEY}":"${UNREADABLE_FORM}"`);
    },
  );
});

describe('what the clerk does gives files the build accepts', () => {
  const MINIMAL = readContentFiles(fixturePath('content-minimal'));
  const source = (contentPath: string): string =>
    MINIMAL.find((f) => f.path === contentPath)?.source ?? '';
  const validate = (changed: ContentFile[]): void => {
    const files = [...MINIMAL.filter((f) => !changed.some((c) => c.path === f.path)), ...changed];
    validateContent(files, { today: TODAY, label: 'content-minimal' });
  };

  test('sets a declaration to "geen" or "niet-opgegeven" instead of a list, and back to a list', () => {
    const karel = roundTrip('people', source('people/karel-de-wit.md'), (data) => {
      data['financieleBelangen'] = { vorm: 'geen' };
    });
    expect(karel).toContain('financieleBelangen: geen\n');
    // Only that line changed: the comment and the rest stay as the clerk wrote them.
    expect(
      karel
        .split('\n')
        .filter((line, i) => line !== source('people/karel-de-wit.md').split('\n')[i]),
    ).toEqual(['financieleBelangen: geen']);
    const noelle = roundTrip('people', source('people/noelle-van-der-linde.md'), (data) => {
      data['nevenfuncties'] = { vorm: 'niet-opgegeven' };
    });
    expect(parse(noelle.split('---')[1] ?? '')).toMatchObject({ nevenfuncties: 'niet-opgegeven' });
    const umit = roundTrip('people', source('people/umit-celik.md'), (data) => {
      data['financieleBelangen'] = {
        vorm: 'lijst',
        lijst: [
          {
            id: 'woning-verhuurd',
            omschrijving: 'Verhuurde woning in Oosterbroek',
            aard: 'onroerend-goed',
            van: '2019',
          },
        ],
      };
    });
    expect(() =>
      validate([
        { path: 'people/karel-de-wit.md', source: karel },
        { path: 'people/noelle-van-der-linde.md', source: noelle },
        { path: 'people/umit-celik.md', source: umit },
      ]),
    ).not.toThrow();
    expect(umit).toContain('    van: "2019"\n');
  });

  test('an official\'s side activities set to "geen"', () => {
    const officials = roundTrip('officials', source('officials/2026.yaml'), (data) => {
      const [first] = data['functies'] as Record<string, unknown>[];
      if (first) first['nevenwerkzaamheden'] = { vorm: 'geen' };
    });
    expect(
      (parse(officials) as { functies: { nevenwerkzaamheden: unknown }[] }).functies[0]
        ?.nevenwerkzaamheden,
    ).toBe('geen');
    expect(() => validate([{ path: 'officials/2026.yaml', source: officials }])).not.toThrow();
  });

  test('starts a new quarter\'s file with a gift of "ca. € 60" received "november 2026"', () => {
    const data = {
      geschenken: [
        {
          id: '2026-101',
          datum: '2026-11',
          ontvanger: { persoon: 'umit-celik' },
          gever: 'Waterschap Testland',
          gelegenheid: 'Afscheid dijkgraaf',
          omschrijving: 'Schaal van aardewerk',
          waarde: { vorm: 'ongeveer', ongeveer: 60 },
          soort: 'geschenk',
          bestemming: 'ingeleverd',
        },
      ],
    };
    const text = writeEntryFile(data, fieldsOf('gifts'), false);
    expect(parse(text)).toEqual({
      geschenken: [{ ...data.geschenken[0], waarde: { ongeveer: 60 } }],
    });
    expect(GiftsFileSchema.safeParse(parse(text)).success).toBe(true);
    expect(() => validate([{ path: 'gifts/2026-k4.yaml', source: text }])).not.toThrow();
  });

  test.each([
    [{ vorm: 'bedrag', bedrag: 12.5 }, 12.5],
    [{ vorm: 'onbekend' }, 'onbekend'],
    [{ vorm: 'ongeveer', ongeveer: 50 }, { ongeveer: 50 }],
    [{ vorm: 'minderDan', minderDan: 50 }, { minderDan: 50 }],
    [{ vorm: 'meerDan', meerDan: 50 }, { meerDan: 50 }],
  ])('writes a gift value %j as %j, and reads it back', (editor, file) => {
    const fields = fieldsOf('gifts');
    expect(toFileData(fields, { geschenken: [{ waarde: editor }] })).toEqual({
      geschenken: [{ waarde: file }],
    });
    expect(toEditorData(fields, { geschenken: [{ waarde: file }] })).toEqual({
      geschenken: [{ waarde: editor }],
    });
  });

  test('records a full-time gedeputeerde\'s side income per year, "geen" for a year without, and a part-time term', () => {
    const umit = roundTrip('people', source('people/umit-celik.md'), (data) => {
      data['neveninkomsten'] = [
        {
          jaar: 2025,
          inkomsten: {
            vorm: 'lijst',
            lijst: [{ nevenfunctie: 'toezichthouder-zorggroep', bedrag: 9250, verrekend: 1200.5 }],
          },
          openbaargemaakt: '2026-03-20',
        },
        { jaar: 2024, inkomsten: { vorm: 'geen' } },
      ];
    });
    const person = PersonSchema.parse(parse(umit.split('---')[1] ?? ''));
    expect(person.neveninkomsten).toEqual([
      {
        jaar: 2025,
        inkomsten: [{ nevenfunctie: 'toezichthouder-zorggroep', bedrag: 9250, verrekend: 1200.5 }],
        openbaargemaakt: '2026-03-20',
      },
      { jaar: 2024, inkomsten: 'geen' },
    ]);
    expect(() => validate([{ path: 'people/umit-celik.md', source: umit }])).not.toThrow();
    const partTime = roundTrip('people', source('people/umit-celik.md'), (data) => {
      const rollen = data['rollen'] as Record<string, unknown>[];
      rollen[1] = { ...rollen[1], deeltijd: true };
    });
    expect(PersonSchema.parse(parse(partTime.split('---')[1] ?? '')).rollen[1]?.deeltijd).toBe(
      true,
    );
  });

  test('keeps a value it cannot show (one the build refuses) exactly as the clerk wrote it', () => {
    const text = 'geschenken:\n  - id: x\n    waarde: "€ 75,-"\n';
    const data = readEntryFile(text, fieldsOf('gifts'), false);
    expect((data['geschenken'] as Record<string, unknown>[])[0]?.['waarde']).toEqual({
      vorm: UNREADABLE_FORM,
      ruw: '"€ 75,-"',
    });
    (data['geschenken'] as Record<string, unknown>[]).push({
      id: 'y',
      waarde: { vorm: 'bedrag', bedrag: 5 },
    });
    expect(writeEntryFile(data, fieldsOf('gifts'), false)).toBe(
      `${text}  - id: y\n    waarde: 5\n`,
    );
  });

  test('a year typed bare (`van: 2015`, a number to YAML) comes back from the text field as "2015" and stays as written', () => {
    const text =
      '---\nnaam:\n  voorletters: A.\n  achternaam: B\nrollen:\n  - functie: commissaris\n    van: 2015\nnevenfuncties: geen\nfinancieleBelangen: geen\n---\n';
    const out = roundTrip('people', text, (data) => {
      const [role] = data['rollen'] as Record<string, unknown>[];
      if (role) role['van'] = String(role['van']);
      data['financieleBelangen'] = { vorm: 'niet-opgegeven' };
    });
    expect(out).toBe(
      text.replace('financieleBelangen: geen', 'financieleBelangen: niet-opgegeven'),
    );
  });
});

describe('the file formats as the browser runs them (admin/formats.js)', () => {
  test('register one format per kind of file, reading the fields from config.yml, and write an unchanged file back unchanged', async () => {
    const registered = new Map<
      string,
      {
        extension: string;
        fromFile: (text: string) => Promise<Record<string, unknown>>;
        toFile: (value: Record<string, unknown>) => Promise<string>;
      }
    >();
    const requested: string[] = [];
    const context = {
      window: {
        CMS: {
          registerCustomFormat: (
            name: string,
            extension: string,
            methods: { fromFile: never; toFile: never },
          ) => registered.set(name, { extension, ...methods }),
        },
      },
      document: { querySelector: () => ({ getAttribute: () => 'config.yml' }) },
      fetch: async (url: string) => {
        requested.push(url);
        return { ok: true, status: 200, text: async () => COMMITTED };
      },
    };
    vm.runInNewContext(buildEditorFormats(), context);
    expect([...registered.keys()].sort()).toEqual(
      Object.values(EDITOR_FORMATS)
        .map((f) => f.name)
        .sort(),
    );
    const people = registered.get(EDITOR_FORMATS.people.name);
    const karel = readFileSync(fixturePath('content-minimal/people/karel-de-wit.md'), 'utf8');
    const data = await people?.fromFile(karel.trim());
    expect(data).toMatchObject({
      nevenfuncties: { vorm: 'geen' },
      financieleBelangen: { vorm: 'niet-opgegeven' },
    });
    expect(`${(await people?.toFile(data ?? {}))?.trim()}\n`).toBe(karel);
    expect(requested).toEqual(['config.yml']);
  });
});
