/**
 * The open datasets: what each is, where its records are shown, which register it follows for
 * its update cadence, its row schema and how its rows are built. Every published file and the
 * open-data page come from this list.
 */
import { z } from 'astro/zod';
import type { Portal } from '../portal.ts';
import { PersonRowSchema, RoleRowSchema } from '../../schemas/open-data.ts';
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
  /** One or two sentences in plain Dutch. */
  description: string;
  /** What one row is, e.g. "één nevenfunctie". */
  rowLabel: string;
  /** The page where the records are shown. */
  pagePath: string;
  /** The register whose cadence and last update the dataset follows; none for people and roles. */
  register: RegisterKey | undefined;
  schema: z.ZodType;
  /** Columns holding amounts in euros. */
  amountColumns: readonly string[];
  buildRows(portal: Portal, site: URL | string): Row[];
}

/** The datasets of people and roles, which follow no register. */
const PEOPLE_DATASETS: readonly DatasetDefinition[] = [
  {
    slug: 'personen',
    title: 'Personen',
    description:
      'Alle huidige en voormalige Statenleden, gedeputeerden en commissarissen van de Koning op deze site, met naamdelen, laatste functie en de stand van hun opgaven.',
    rowLabel: 'één persoon',
    pagePath: '/personen/',
    register: undefined,
    schema: PersonRowSchema,
    amountColumns: [],
    buildRows: buildPersonRows,
  },
  {
    slug: 'rollen',
    title: 'Functies en termijnen',
    description:
      'Elke termijn van elke persoon als Statenlid (met fractie), gedeputeerde (met portefeuille) of commissaris van de Koning, met begin- en einddatum.',
    rowLabel: 'één termijn van één persoon in één functie',
    pagePath: '/personen/',
    register: undefined,
    schema: RoleRowSchema,
    amountColumns: [],
    buildRows: buildRoleRows,
  },
];

/** Every dataset: one per register, as its definition describes it (src/registers/), then people and roles. */
export const DATASETS: readonly DatasetDefinition[] = [
  ...REGISTER_DEFINITIONS.map((d): DatasetDefinition => ({
    slug: d.slug,
    title: d.texts.nl.title,
    pagePath: registerPath(d.slug),
    register: d.key,
    ...d.dataset,
  })),
  ...PEOPLE_DATASETS,
];

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
