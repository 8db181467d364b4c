/**
 * The browser editor's configuration (src/editor/config.yml, Sveltia CMS) generated from the
 * content schemas, so that the editor offers exactly the fields the build accepts: every schema
 * field has an editor field of the matching kind (number, yes/no, a choice of exactly the
 * schema's values, a list, an object), required exactly when the schema requires it, and none
 * the schema lacks. `npm run editor:config` writes it; tests/unit/editor-config.test.ts fails
 * when the committed file and the schemas differ.
 *
 * The structure comes from z.toJSONSchema (the input side: what a file may hold). What JSON Schema
 * does not say is stated here, as data: which strings are dates or ids (by the schema they are),
 * which ids point at a fractie or a person (relations), how a term's office decides its fields
 * (variants), and the Dutch words (scripts/lib/editor-labels.ts). A union the editor cannot show
 * stops the generator with a message rather than producing a field that loses data.
 *
 * The configuration is for one content folder, so for one kind of body (site.yaml's `soort`): a
 * term offers that body's three offices only (raadslid, wethouder, burgemeester in a
 * municipality), and labels and hints name its organs and offices.
 */
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { EDITOR_FORMATS, type EditorFileKind } from '../../src/editor/entry-file.ts';
import {
  AMOUNT_FORM,
  LIST_FORM,
  UNION_KEY,
  type EditorField,
  type EditorType,
} from '../../src/editor/entry-shape.ts';
import { isoDate, partialDate, slug, sourceUrl } from '../../src/schemas/common.ts';
import { FractiesFileSchema } from '../../src/schemas/fractie.ts';
import { DestinationSchema, GiftsFileSchema } from '../../src/schemas/gift.ts';
import { OfficialsFileSchema } from '../../src/schemas/official.ts';
import { OrganisationsFileSchema } from '../../src/schemas/organisation.ts';
import {
  OFFICE_ROLES,
  OFFICES,
  officeRole,
  PROPERTY_DESTINATION,
  PROPERTY_DESTINATIONS,
  type BodyKind,
} from '../../src/schemas/body.ts';
import { OfficeSchema, PersonSchema } from '../../src/schemas/person.ts';
import { SiteConfigSchema } from '../../src/schemas/site.ts';
import {
  FIELD_LABELS,
  FORM_LABELS,
  getBodyLabels,
  OPTION_LABELS,
  PATH_FORM_LABELS,
  PATH_HINTS,
  PATH_LABELS,
} from './editor-labels.ts';

/** The part of JSON Schema that z.toJSONSchema writes for the content schemas. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: unknown;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  default?: unknown;
}

/** The schema of each kind of file the editor edits. */
export const EDITOR_SCHEMAS: Record<EditorFileKind, z.ZodType> = {
  people: PersonSchema,
  gifts: GiftsFileSchema,
  officials: OfficialsFileSchema,
  site: SiteConfigSchema,
  fracties: FractiesFileSchema,
  organisaties: OrganisationsFileSchema,
};

/** An id (common.ts `slug`), as a pattern the editor checks while the clerk types. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** A date as precise as its source (common.ts `partialDate`): JJJJ, JJJJ-MM or JJJJ-MM-DD. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';
/** A source link (common.ts `sourceUrl`): only http(s). */
export const SOURCE_URL_PATTERN = '^https?://\\S+$';

/** Formats this module gives the schemas' own string types in JSON Schema. */
const FULL_DATE = 'date';
const PARTIAL_DATE = 'partial-date';

/**
 * The content schema as JSON Schema for the editor: the input side (what a file may hold), with
 * the project's dates and ids marked, and an officials' function read as the strict object it is
 * checked against after the check for personal names. With `body`, an office is one of that kind
 * of body's three: a municipality's content holds no Statenlid.
 */
export function toEditorJsonSchema(schema: z.ZodType, body?: BodyKind): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    // A date's preprocess (`van: 2015` read as a year) has no JSON Schema; it is marked below.
    unrepresentable: 'any',
    override: (ctx) => {
      const zodSchema = ctx.zodSchema as unknown as z.ZodType;
      const out = ctx.jsonSchema as JsonSchema & Record<string, unknown>;
      if (zodSchema === isoDate) Object.assign(out, { type: 'string', format: FULL_DATE });
      else if (zodSchema === partialDate)
        Object.assign(out, { type: 'string', format: PARTIAL_DATE });
      else if (zodSchema === slug) out.pattern = SLUG_PATTERN;
      else if (zodSchema === sourceUrl) out.pattern = SOURCE_URL_PATTERN;
      else if (zodSchema === OfficeSchema && body !== undefined)
        out.enum = OFFICE_ROLES.map((role) => OFFICES[body][role]);
      // A gift that becomes the body's property, in this body's word only.
      else if (zodSchema === DestinationSchema && body !== undefined)
        out.enum = DestinationSchema.options.filter(
          (value) =>
            !(PROPERTY_DESTINATIONS as readonly string[]).includes(value) ||
            value === PROPERTY_DESTINATION[body],
        );
      const def = zodSchema._zod.def as { type: string; in?: z.ZodType; out?: z.ZodType };
      if (
        def.type === 'pipe' &&
        def.in &&
        def.out &&
        def.in._zod.def.type === 'object' &&
        Object.keys((def.in as z.ZodObject).shape).length === 0
      ) {
        // OfficialFunctionSchema: a loose object refused for personal names, then the strict object.
        for (const key of Object.keys(out)) delete out[key];
        const { $schema: _ignored, ...strict } = toEditorJsonSchema(def.out, body) as JsonSchema & {
          $schema?: string;
        };
        Object.assign(out, strict);
      }
    },
  }) as JsonSchema;
}

/**
 * Lists whose items take a variable type by the value of one of their fields: a term's office
 * decides which fields it has by the role it plays (RoleSchema's rules), so the editor offers a
 * council member's (a Statenlid's, a raadslid's) fractie as required, and a portefeuille and
 * deeltijd only to a member of the executive. `group` gives the role of a value. The test checks
 * each rule here against the schema itself.
 */
export const VARIANTS: Record<
  string,
  {
    key: string;
    group: (value: string) => string;
    required: Record<string, string[]>;
    forbidden: Record<string, string[]>;
  }
> = {
  'people:rollen': {
    key: 'functie',
    group: (value) => officeRole(OfficeSchema.parse(value)),
    required: { member: ['fractie'], executive: ['portefeuille'] },
    forbidden: {
      member: ['portefeuille', 'deeltijd'],
      chair: ['portefeuille', 'deeltijd'],
    },
  },
};

/** Ids that point at an entry elsewhere: the editor offers a choice from the list they point at. */
export const RELATIONS: Record<string, Record<string, unknown>> = {
  'people:rollen[].fractie': {
    widget: 'relation',
    collection: 'settings',
    file: 'fracties',
    value_field: 'fracties.*.id',
    display_fields: ['{{fracties.*.naam}} ({{fracties.*.afkorting}})'],
    search_fields: ['fracties.*.naam', 'fracties.*.afkorting', 'fracties.*.id'],
  },
  'gifts:geschenken[].ontvanger.persoon': {
    widget: 'relation',
    collection: 'people',
    value_field: '{{slug}}',
    // Not the optional tussenvoegsel: an empty field would show the summary in its place.
    display_fields: ['{{naam.achternaam}}, {{naam.voorletters}} ({{slug}})'],
    search_fields: ['naam.achternaam', 'naam.roepnaam', 'naam.voorletters'],
  },
};

/** How the items of a list are shown: the summary of a folded item, and the add button's noun. */
const LIST_OPTIONS: Record<string, Record<string, unknown>> = {
  'people:rollen': {
    label_singular: 'termijn',
    summary: '{{fields.functie}} {{fields.van}} – {{fields.tot}}',
  },
  'people:nevenfuncties': {
    label_singular: 'nevenfunctie',
    summary: '{{fields.functie}}, {{fields.organisatie}}',
  },
  'people:financieleBelangen': {
    label_singular: 'financieel belang',
    summary: '{{fields.omschrijving}}',
  },
  'people:neveninkomsten': { label_singular: 'jaar', summary: '{{fields.jaar}}' },
  'people:neveninkomsten[].inkomsten': {
    label_singular: 'inkomsten uit een nevenfunctie',
    summary: '{{fields.nevenfunctie}}: € {{fields.bedrag}}',
  },
  'people:geenGeschenken': {
    label_singular: 'periode',
    summary: '{{fields.van}} – {{fields.tot}}',
  },
  'gifts:geschenken': {
    label_singular: 'geschenk',
    summary: '{{fields.id}}: {{fields.omschrijving}}',
    collapsed: 'auto',
  },
  'officials:functies': {
    label_singular: 'functie',
    summary: '{{fields.functie}}',
    collapsed: 'auto',
  },
  'officials:functies[].nevenwerkzaamheden': {
    label_singular: 'nevenwerkzaamheid',
    summary: '{{fields.omschrijving}}',
  },
  'fracties:fracties': {
    label_singular: 'fractie',
    summary: '{{fields.naam}} ({{fields.afkorting}})',
  },
  'organisaties:organisaties': {
    label_singular: 'organisatie',
    summary: '{{fields.naam}}',
    collapsed: 'auto',
  },
  'organisaties:organisaties[].schrijfwijzen': { label_singular: 'schrijfwijze' },
  'organisaties:verschillend': { label_singular: 'groep namen' },
  'organisaties:verschillend[].namen': { label_singular: 'naam' },
};

const PATTERN_MESSAGES: Record<string, string> = {
  [SLUG_PATTERN]: 'Alleen kleine letters, cijfers en streepjes, zoals voorzitter-stichting-x.',
  [PARTIAL_DATE_PATTERN]:
    'Schrijf een datum als JJJJ-MM-DD, of als JJJJ-MM of JJJJ als de bron niet preciezer is.',
  [SOURCE_URL_PATTERN]: 'Een webadres dat begint met https://.',
};

const PARTIAL_DATE_HINT =
  'JJJJ-MM-DD, of JJJJ-MM of JJJJ als de bron niet preciezer is (zoals 2015-03 voor maart 2015).';

/** Where a field is: the kind of file and its path in it, and the kind of body, for labels and the tables above. */
interface Place {
  kind: EditorFileKind;
  path: string;
  body: BodyKind;
}

function at(place: Place, name: string): Place {
  return { ...place, path: place.path === '' ? name : `${place.path}.${name}` };
}

function itemsOf(place: Place): Place {
  return { ...place, path: `${place.path}[]` };
}

function key(place: Place): string {
  return `${place.kind}:${place.path}`;
}

function labelOf(place: Place, name: string): string {
  const words = getBodyLabels(place.body);
  const label =
    words.paths[key(place)] ?? PATH_LABELS[key(place)] ?? words.fields[name] ?? FIELD_LABELS[name];
  if (label === undefined) {
    throw new Error(
      `Het veld ${key(place)} heeft geen Nederlands label: voeg "${name}" toe aan FIELD_LABELS (of het pad aan PATH_LABELS) in scripts/lib/editor-labels.ts.`,
    );
  }
  return label;
}

function formLabelOf(place: Place, form: string): string {
  const label =
    PATH_FORM_LABELS[`${key(place)}:${form}`] ??
    getBodyLabels(place.body).forms[form] ??
    FORM_LABELS[form];
  if (label === undefined)
    throw new Error(
      `De vorm "${form}" van ${key(place)} heeft geen label: voeg het toe aan FORM_LABELS in scripts/lib/editor-labels.ts.`,
    );
  return label;
}

function cannot(place: Place, what: string): never {
  throw new Error(
    `De beheeromgeving kan ${key(place)} niet tonen (${what}); breid scripts/lib/editor-config.ts uit.`,
  );
}

function selectOptions(values: readonly unknown[]): unknown[] {
  const labelled = values.some((value) => OPTION_LABELS[String(value)] !== undefined);
  return labelled
    ? values.map((value) => ({ label: OPTION_LABELS[String(value)] ?? String(value), value }))
    : [...values];
}

/** The editor field for one schema field. */
function buildField(
  place: Place,
  name: string,
  node: JsonSchema,
  required: boolean,
  label = labelOf(place, name),
): EditorField {
  const hint = getBodyLabels(place.body).hints[key(place)] ?? PATH_HINTS[key(place)];
  const base: EditorField = {
    name,
    label,
    ...(required ? {} : { required: false }),
    ...(hint === undefined ? {} : { hint }),
  };
  const relation = RELATIONS[key(place)];
  if (relation !== undefined) {
    if (node.type !== 'string' || node.pattern !== SLUG_PATTERN)
      cannot(place, 'een verwijzing hoort een id te zijn');
    return { ...base, ...relation };
  }
  if (node.anyOf) return buildUnion(place, base, node.anyOf);
  switch (node.type) {
    case 'string':
      return { ...base, ...stringWidget(place, node) };
    case 'number':
    case 'integer':
      return {
        ...base,
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum === undefined ? {} : { min: node.minimum }),
        ...(node.maximum === undefined ? {} : { max: node.maximum }),
        ...(node.type === 'integer' ? {} : { step: 0.01 }),
      };
    case 'boolean':
      // Sveltia's yes/no field writes `false` into every entry it opens; a field the schema leaves
      // out unless stated (a Statenlid has no `deeltijd`) is a choice that can stay empty.
      return required
        ? { ...base, widget: 'boolean' }
        : { ...base, widget: 'select', options: selectOptions([true, false]) };
    case 'object':
      return { ...base, widget: 'object', fields: buildFields(place, node) };
    case 'array':
      return { ...base, ...buildList(place, node, label) };
    default:
      return cannot(place, `type ${JSON.stringify(node.type)}`);
  }
}

function stringWidget(place: Place, node: JsonSchema): Record<string, unknown> {
  if (node.enum) return { widget: 'select', options: selectOptions(node.enum) };
  if (node.const !== undefined) return { widget: 'select', options: selectOptions([node.const]) };
  // A whole date, as the date picker gives it; stored exactly as JJJJ-MM-DD.
  if (node.format === FULL_DATE) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  // An e-mail address is the browser's to check (zod's own pattern for it is for machines).
  const pattern =
    node.format === PARTIAL_DATE
      ? PARTIAL_DATE_PATTERN
      : node.format === 'email'
        ? undefined
        : node.pattern;
  // Long free text gets a text area; a link, an id or a date stays one line.
  const widget: Record<string, unknown> = {
    widget:
      node.format === undefined && pattern === undefined && (node.maxLength ?? 0) > 300
        ? 'text'
        : 'string',
  };
  if (node.format === 'email') widget['type'] = 'email';
  else if (node.format === 'uri') widget['type'] = 'url';
  else if (node.format !== undefined && node.format !== PARTIAL_DATE)
    cannot(place, `tekstformaat ${node.format}`);
  if (pattern !== undefined) {
    const message = PATTERN_MESSAGES[pattern];
    if (message === undefined) cannot(place, `patroon ${pattern} zonder uitleg`);
    widget['pattern'] = [pattern, message];
  }
  if (node.format === PARTIAL_DATE) widget['hint'] = PARTIAL_DATE_HINT;
  if (node.maxLength !== undefined && node.format === undefined)
    widget['maxlength'] = node.maxLength;
  return widget;
}

function buildList(place: Place, node: JsonSchema, label: string): Record<string, unknown> {
  const items = node.items ?? cannot(place, 'een lijst zonder soort items');
  const list: Record<string, unknown> = { widget: 'list', ...(LIST_OPTIONS[key(place)] ?? {}) };
  if (node.minItems !== undefined && node.minItems > 0) list['min'] = node.minItems;
  if (node.maxItems !== undefined) list['max'] = node.maxItems;
  const inner = itemsOf(place);
  const variant = VARIANTS[key(place)];
  if (variant !== undefined) {
    list['typeKey'] = variant.key;
    list['types'] = buildVariants(inner, items, variant);
  } else if (items.type === 'object') {
    list['fields'] = buildFields(inner, items);
  } else {
    list['field'] = buildField(inner, 'item', items, true, label);
  }
  return list;
}

/** The fields of an object, in the schema's order. */
function buildFields(place: Place, node: JsonSchema): EditorField[] {
  const properties = Object.entries(node.properties ?? {});
  if (properties.length === 0) cannot(place, 'een object zonder velden');
  const required = new Set(node.required ?? []);
  return properties.map(([name, child]) =>
    buildField(at(place, name), name, child, required.has(name)),
  );
}

function buildVariants(
  place: Place,
  node: JsonSchema,
  variant: (typeof VARIANTS)[string],
): EditorType[] {
  const discriminator = node.properties?.[variant.key];
  if (!discriminator?.enum) cannot(place, `"${variant.key}" is geen keuze uit waarden`);
  return discriminator.enum.map((value) => {
    const name = String(value);
    const group = variant.group(name);
    const forbidden = new Set(variant.forbidden[group] ?? []);
    const required = new Set([...(node.required ?? []), ...(variant.required[group] ?? [])]);
    const fields = Object.entries(node.properties ?? {})
      .filter(([field]) => field !== variant.key && !forbidden.has(field))
      .map(([field, child]) => buildField(at(place, field), field, child, required.has(field)));
    return { name, label: formLabelOf(place, name), widget: 'object', fields };
  });
}

/**
 * A union as an object with variable types under `vorm` (src/editor/entry-shape.ts reads and
 * writes it): a list is the form `lijst`, a bare amount `bedrag`, each fixed word a form of its
 * own, and an object of one field (`{ ongeveer: 50 }`) the form named after that field.
 */
function buildUnion(place: Place, base: EditorField, members: readonly JsonSchema[]): EditorField {
  const types: EditorType[] = [];
  for (const member of members) {
    if (member.type === 'array') {
      types.push({
        name: LIST_FORM,
        label: formLabelOf(place, LIST_FORM),
        widget: 'object',
        fields: [buildField(place, LIST_FORM, member, true, base.label)],
      });
    } else if (
      member.type === 'string' &&
      (member.enum !== undefined || member.const !== undefined)
    ) {
      for (const value of member.enum ?? [member.const])
        types.push({ name: String(value), label: formLabelOf(place, String(value)) });
    } else if (member.type === 'number' || member.type === 'integer') {
      types.push({
        name: AMOUNT_FORM,
        label: formLabelOf(place, AMOUNT_FORM),
        widget: 'object',
        fields: [buildField(place, AMOUNT_FORM, member, true)],
      });
    } else if (member.type === 'object' && Object.keys(member.properties ?? {}).length === 1) {
      const [[name, child] = ['', {}]] = Object.entries(member.properties ?? {});
      if (!(member.required ?? []).includes(name))
        cannot(place, `het veld ${name} van een vorm is niet verplicht`);
      types.push({
        name,
        label: formLabelOf(place, name),
        widget: 'object',
        fields: [buildField(at(place, name), name, child, true)],
      });
    } else {
      cannot(place, `een keuze met ${JSON.stringify(member).slice(0, 80)}`);
    }
  }
  const names = types.map((type) => type.name);
  if (new Set(names).size !== names.length || names.includes(UNION_KEY))
    cannot(place, `vormen ${names.join(', ')}`);
  return { ...base, widget: 'object', typeKey: UNION_KEY, types };
}

/** The editor's fields for one kind of file, from its schema, for a kind of body. */
export function buildEditorFields(
  kind: EditorFileKind,
  body: BodyKind,
  schema: z.ZodType = EDITOR_SCHEMAS[kind],
): EditorField[] {
  const node = toEditorJsonSchema(schema, body);
  if (node.type !== 'object') cannot({ kind, path: '', body }, 'het bestand is geen object');
  return buildFields({ kind, path: '', body }, node);
}

/** The collections: which files the editor edits, how new ones are named, and their fields. */
function buildCollections(
  body: BodyKind,
  schemas: Record<EditorFileKind, z.ZodType>,
): Record<string, unknown>[] {
  const folder = (kind: EditorFileKind): Record<string, unknown> => ({
    extension: EDITOR_FORMATS[kind].extension,
    format: EDITOR_FORMATS[kind].name,
  });
  // A single file's extension is its name's; its format is the editor's own.
  const file = (kind: EditorFileKind): Record<string, unknown> => ({
    format: EDITOR_FORMATS[kind].name,
  });
  const fields = (kind: EditorFileKind): EditorField[] =>
    buildEditorFields(kind, body, schemas[kind]);
  return [
    {
      name: 'people',
      label: 'Personen',
      label_singular: 'Persoon',
      folder: 'content/people',
      ...folder('people'),
      create: true,
      // The file name is the person's id and permalink: proposed from the name, checked, then fixed.
      slug: {
        template:
          '{{fields.naam.roepnaam}}-{{fields.naam.tussenvoegsel}}-{{fields.naam.achternaam}}',
        editable: ['create'],
        pattern: [SLUG_PATTERN, PATTERN_MESSAGES[SLUG_PATTERN]],
        hint: 'Het id en webadres van de persoon, zoals jan-van-den-berg; kan na het opslaan niet meer veranderen.',
      },
      summary: '{{naam.achternaam}}, {{naam.voorletters}} {{naam.tussenvoegsel}}',
      fields: fields('people'),
    },
    {
      name: 'gifts',
      label: 'Geschenken (per kwartaal)',
      label_singular: 'Kwartaal',
      folder: 'content/gifts',
      ...folder('gifts'),
      // A new quarter is a new file, named by the clerk: content/gifts/2027-k1.yaml.
      create: true,
      slug: {
        editable: ['create'],
        pattern: ['^\\d{4}-k[1-4]$', 'Schrijf het kwartaal als JJJJ-kN, zoals 2027-k1.'],
        hint: 'Het kwartaal als JJJJ-kN, zoals 2027-k1 voor januari tot en met maart 2027.',
      },
      summary: '{{slug}}',
      fields: fields('gifts'),
    },
    {
      name: 'officials',
      label: 'Nevenwerkzaamheden ambtenaren (per afdeling)',
      label_singular: 'Afdeling',
      folder: 'content/officials',
      ...folder('officials'),
      create: false,
      summary: '{{slug}}',
      fields: fields('officials'),
    },
    {
      name: 'settings',
      label: 'Instellingen',
      files: [
        {
          name: 'site',
          label: 'Site en registers',
          file: 'content/site.yaml',
          ...file('site'),
          fields: fields('site'),
        },
        {
          name: 'fracties',
          label: 'Fracties',
          file: 'content/fracties.yaml',
          ...file('fracties'),
          fields: fields('fracties'),
        },
        {
          name: 'organisaties',
          label: 'Organisaties (schrijfwijzen)',
          file: 'content/organisaties.yaml',
          ...file('organisaties'),
          fields: fields('organisaties'),
        },
      ],
    },
  ];
}

/** Settings of a deployment, kept from the committed file: the rest is generated. */
const DEPLOYMENT_KEYS = ['backend', 'site_url'] as const;
const DEFAULT_DEPLOYMENT = {
  backend: { name: 'github', repo: 'provincie-zilverland/integriteitsportaal', branch: 'main' },
  site_url: 'https://integriteit.zilverland.example',
};

/** The whole configuration for a kind of body, with `previous`'s deployment settings (its repository, its site). */
export function buildEditorConfig(
  body: BodyKind,
  previous: Record<string, unknown> = {},
  schemas: Record<EditorFileKind, z.ZodType> = EDITOR_SCHEMAS,
): Record<string, unknown> {
  const deployment = Object.fromEntries(
    DEPLOYMENT_KEYS.map((name) => [name, previous[name] ?? DEFAULT_DEPLOYMENT[name]]),
  );
  return {
    backend: deployment['backend'],
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    site_url: deployment['site_url'],
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file, as the schemas want, not written as "".
    output: { omit_empty_optional_fields: true },
    collections: buildCollections(body, schemas),
  };
}

const header = (
  body: BodyKind,
): string => `# Sveltia CMS (https://github.com/sveltia/sveltia-cms): a browser editor at /admin/ that edits the
# same files in content/ as the griffie edits by hand, and commits them to the repository. The
# build validates every commit exactly as it validates a hand edit; a mistake fails the build with
# the file, the field and a Dutch message, and the site stays as it was.
#
# GENERATED from the content schemas by \`npm run editor:config\` (scripts/lib/editor-config.ts,
# labels in scripts/lib/editor-labels.ts): do not edit the fields here. Only \`backend\` and
# \`site_url\` are the deployment's own; the generator keeps them as they are in this file.
# Generated for a content folder of the kind \`${body}\` (site.yaml's \`soort\`): its offices and
# the words of its organs; run the command again after changing \`soort\`.
# A field that is a list or "geen", or an amount or { ongeveer: 50 }, is an object with a \`vorm\`
# here; the editor's file formats (src/editor/formats.ts) read and write it as the file holds it.
#
# Limits (docs/griffie.md, "De browser-editor"):
# - editions (content/edities/) are not editable here: \`npm run editie\` publishes them.
`;

/**
 * The configuration file's text for a kind of body (the content folder's `soort`), keeping the
 * deployment settings of `previousText` (the committed file), or from scratch.
 */
export function generateEditorConfig(
  body: BodyKind,
  previousText?: string,
  schemas: Record<EditorFileKind, z.ZodType> = EDITOR_SCHEMAS,
): string {
  const previous =
    previousText === undefined
      ? {}
      : ((parse(previousText) as Record<string, unknown> | null) ?? {});
  return (
    header(body) +
    stringify(buildEditorConfig(body, previous, schemas), {
      lineWidth: 0,
      aliasDuplicateObjects: false,
    })
  );
}
