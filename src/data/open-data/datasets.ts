/**
 * The open datasets: what each is, where its records are shown, which register it follows for
 * its update cadence, its row schema and how its rows are built. Every published file and the
 * open-data page come from this list. The descriptions name the body's offices and organs, so the
 * list is made for one kind of body: `getDatasets(kind)`.
 */
import { z } from 'astro/zod';
import type { Portal } from '../portal.ts';
import { getBodyDefinition, type BodyDefinition } from '../../bodies/index.ts';
import type { BodyKind } from '../../schemas/body.ts';
import { buildPersonRowSchema, buildRoleRowSchema } from '../../schemas/open-data.ts';
import type { RegisterKey } from '../../schemas/site.ts';
import { REGISTER_DEFINITIONS } from '../../registers/index.ts';
import type { Row } from '../../registers/types.ts';
import { registerPath } from '../../lib/paths.ts';
import { buildPersonRows, buildRoleRows } from './rows.ts';
import type { ColumnKind } from '../../lib/open-data/xlsx.ts';

/** A row as the writers see it. */
export type { Row } from '../../registers/types.ts';

export interface DatasetDefinition {
  /** File name without extension, e.g. `nevenfuncties`; also the anchor on the open-data page. */
  slug: string;
  title: string;
  /** One or two sentences in plain Dutch, in the body's words. */
  description: string;
  /** What one row is, e.g. "één nevenfunctie". */
  rowLabel: string;
  /** The page where the records are shown. */
  pagePath: string;
  /** The register whose cadence and last update the dataset follows; none for people and roles. */
  register: RegisterKey | undefined;
  /** The row schema, its column descriptions in the body's words. */
  schema: z.ZodType;
  /** Columns holding amounts in euros. */
  amountColumns: readonly string[];
  buildRows(portal: Portal, site: URL | string): Row[];
}

/** The datasets of people and roles, which follow no register. */
function buildPeopleDatasets(body: BodyDefinition): DatasetDefinition[] {
  const { member, executive, chair } = body.words.nl.offices;
  return [
    {
      slug: 'personen',
      title: 'Personen',
      description: `Alle huidige en voormalige ${member.many}, ${executive.many} en ${chair.many} op deze site, met naamdelen, laatste functie en de stand van hun opgaven.`,
      rowLabel: 'één persoon',
      pagePath: '/personen/',
      register: undefined,
      schema: buildPersonRowSchema(body),
      amountColumns: [],
      buildRows: buildPersonRows,
    },
    {
      slug: 'rollen',
      title: 'Functies en termijnen',
      description: `Elke termijn van elke persoon als ${member.one} (met fractie), ${executive.one} (met portefeuille) of ${chair.one}, met begin- en einddatum.`,
      rowLabel: 'één termijn van één persoon in één functie',
      pagePath: '/personen/',
      register: undefined,
      schema: buildRoleRowSchema(body),
      amountColumns: [],
      buildRows: buildRoleRows,
    },
  ];
}

// Per kind: a build serves one body, but tests may ask for another.
const datasetsOf = new Map<BodyKind, readonly DatasetDefinition[]>();

/**
 * Every dataset of a kind of body: one per register, as its definition describes it
 * (src/registers/), then people and roles.
 */
export function getDatasets(kind: BodyKind): readonly DatasetDefinition[] {
  const known = datasetsOf.get(kind);
  if (known) return known;
  const body = getBodyDefinition(kind);
  const datasets: readonly DatasetDefinition[] = [
    ...REGISTER_DEFINITIONS.map((d): DatasetDefinition => ({
      slug: d.slug,
      title: d.title.nl,
      description: d.dataset.description(body),
      rowLabel: d.dataset.rowLabel,
      pagePath: registerPath(d.slug),
      register: d.key,
      schema: d.dataset.schema(body),
      amountColumns: d.dataset.amountColumns,
      buildRows: d.dataset.buildRows,
    })),
    ...buildPeopleDatasets(body),
  ];
  datasetsOf.set(kind, datasets);
  return datasets;
}

/** The JSON Schema (draft 2020-12) of a dataset's JSON file: an array of rows. */
export function buildJsonSchema(dataset: DatasetDefinition, id: string): Record<string, unknown> {
  const generated = z.toJSONSchema(z.array(dataset.schema), { io: 'output' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: id,
    title: dataset.title,
    description: `${dataset.description} Elke regel is ${dataset.rowLabel}.`,
    ...rest,
  };
}

/** A JSON Schema node as far as the column documentation needs it. */
interface SchemaNode {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  description?: string;
}

/** One column, documented for the open-data page and the explanation sheet. */
export interface ColumnDoc {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  /** Allowed values, for a column with a fixed list. */
  values: string[] | undefined;
  description: string;
}

/** The pattern of a date as precise as its source (src/schemas/open-data.ts): a date column too. */
const PARTIAL_DATE_PATTERN = '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$';

function kindOf(node: SchemaNode): ColumnKind {
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  if (types.includes('boolean')) return 'boolean';
  if (node.format === 'date' || node.pattern === PARTIAL_DATE_PATTERN) return 'date';
  if (node.format === 'uri') return 'url';
  return 'text';
}

/** The columns of a dataset in file order, read from its JSON Schema (one source for both). */
export function describeColumns(dataset: DatasetDefinition): ColumnDoc[] {
  return readColumns(z.toJSONSchema(dataset.schema, { io: 'output' }));
}

/** The columns described by the JSON Schema of one row (an object schema). */
export function readColumns(rowSchema: unknown): ColumnDoc[] {
  const schema = rowSchema as { properties?: Record<string, SchemaNode> };
  return Object.entries(schema.properties ?? {}).map(([name, node]) => {
    const variants = node.anyOf ?? [node];
    const value = variants.find((v) => v.type !== 'null') ?? node;
    const nullable =
      variants.some((v) => v.type === 'null') ||
      (Array.isArray(node.type) && node.type.includes('null'));
    return {
      name,
      kind: kindOf(value),
      nullable,
      values: value.enum?.map(String),
      description: node.description ?? value.description ?? '',
    };
  });
}
