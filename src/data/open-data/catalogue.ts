/**
 * The open-data catalogue: every dataset with its rows, columns, update state and files, and the
 * DCAT description of all of it. The endpoints, the open-data page and the DCAT file all read
 * this one list, so the page cannot list a file that is not built, nor miss one that is.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { Portal } from '../portal.ts';
import { PopoloSchema } from '../../schemas/open-data.ts';
import type { Cadence } from '../../schemas/site.ts';
import { CSV_EXCEL_NL, CSV_UTF8, csvPieces } from '../../lib/open-data/csv.ts';
import {
  buildJsonSchema,
  getDatasets,
  describeColumns,
  type ColumnDoc,
  type DatasetDefinition,
  type Row,
} from './datasets.ts';
import { jsonArrayPieces, type FileBody } from '../../lib/open-data/file-body.ts';
import { buildPopolo } from './popolo.ts';
import { bodyName, getBodyDefinition } from '../../bodies/index.ts';
import { toXlsx } from '../../lib/open-data/xlsx.ts';

/** CC0 1.0: the data may be reused for any purpose without conditions. */
export const LICENCE = {
  name: 'CC0 1.0 Universeel (publiek domein)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
  uri: 'http://creativecommons.org/publicdomain/zero/1.0/',
} as const;

/** The kinds of file the portal publishes. */
export type FileFormat = 'csv' | 'csv-excel' | 'xlsx' | 'json' | 'schema' | 'popolo' | 'dcat';

export interface PublishedFile {
  /** Site path, e.g. `/data/nevenfuncties.csv`. */
  path: string;
  format: FileFormat;
  /** What a reader sees in a list of files, e.g. "CSV voor Excel (Nederlands)". */
  label: string;
  mediaType: string;
  /** EU file-type authority code for DCAT, e.g. `CSV`. */
  euFileType: string;
  /** The file's content; large files come in pieces (file-body.ts). */
  render(): Promise<FileBody>;
  /**
   * A digest of everything the file shows, for Astro's incremental build (astro.config.mjs): an
   * unchanged file is copied from the previous build instead of written again. Absent for files
   * that are always written (schemas, Popolo, the catalogue: small, or drawn from everything).
   */
  cacheKey?: () => string;
}

export interface DatasetView {
  definition: DatasetDefinition;
  /** The dataset's rows, built when asked for (see lazyRows). */
  readonly rows: Row[];
  rowCount: number;
  columns: ColumnDoc[];
  lastUpdate: string;
  /**
   * Update cadence of the register it follows; undefined for people and roles, which change with
   * the composition of PS and GS (pages label both from the dictionaries: `labels.cadence`).
   */
  cadence: Cadence | undefined;
  files: PublishedFile[];
  schemaFile: PublishedFile;
}

export interface OpenData {
  datasets: DatasetView[];
  popolo: PublishedFile;
  popoloSchema: PublishedFile;
  catalogue: PublishedFile;
  /** Every published file: datasets, schemas, Popolo and the DCAT catalogue. */
  files: PublishedFile[];
  /** Date of the newest update of any register. */
  lastUpdate: string;
}

const MEDIA = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  schema: 'application/schema+json',
  jsonld: 'application/ld+json',
} as const;

/** JSON as published: two-space indent and a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Rows built on demand and held only weakly: the four files of a dataset are written one after
 * another and share one copy, which the garbage collector may then take back. Kept for the whole
 * build, the rows of a national-size site (150,000 records) held a few hundred MB to the end.
 */
function lazyRows(build: () => Row[]): () => Row[] {
  let ref: WeakRef<Row[]> | undefined;
  return () => {
    const existing = ref?.deref();
    if (existing) return existing;
    const rows = build();
    ref = new WeakRef(rows);
    return rows;
  };
}

/**
 * The digest of a dataset's four files: its rows and what the XLSX adds to them (date, body,
 * address), hashed a row at a time. A change in one register leaves the other registers' files
 * as they were: at 20,000 people the gift register's files take 8 s to write, the side positions' 16 s.
 */
function datasetDigest(getRows: () => Row[], extra: readonly string[]): () => string {
  let digest: string | undefined;
  return () => {
    if (digest !== undefined) return digest;
    const hash = createHash('sha1').update(JSON.stringify(extra));
    for (const row of getRows()) hash.update('\n').update(JSON.stringify(row));
    digest = hash.digest('base64url');
    return digest;
  };
}

function datasetFiles(
  definition: DatasetDefinition,
  getRows: () => Row[],
  columns: ColumnDoc[],
  lastUpdate: string,
  portal: Portal,
  site: URL | string,
): { files: PublishedFile[]; schemaFile: PublishedFile } {
  const names = columns.map((c) => c.name);
  const base = `/data/${definition.slug}`;
  const digest = datasetDigest(getRows, [lastUpdate, bodyName(portal.site, 'nl'), String(site)]);
  const cacheKey = (): string => digest();
  const schemaFile: PublishedFile = {
    path: `/data/schema/${definition.slug}.schema.json`,
    format: 'schema',
    label: 'JSON Schema',
    mediaType: MEDIA.schema,
    euFileType: 'JSON',
    render: async () =>
      toJson(
        buildJsonSchema(
          definition,
          new URL(`/data/schema/${definition.slug}.schema.json`, site).href,
        ),
      ),
  };
  const files: PublishedFile[] = [
    {
      path: `${base}.csv`,
      format: 'csv',
      label: 'CSV (UTF-8, komma)',
      mediaType: MEDIA.csv,
      euFileType: 'CSV',
      cacheKey,
      render: async () => ({ pieces: () => csvPieces(names, getRows(), CSV_UTF8) }),
    },
    {
      path: `${base}-excel.csv`,
      format: 'csv-excel',
      label: 'CSV voor Excel (puntkomma, decimale komma)',
      mediaType: MEDIA.csv,
      euFileType: 'CSV',
      cacheKey,
      render: async () => ({ pieces: () => csvPieces(names, getRows(), CSV_EXCEL_NL) }),
    },
    {
      path: `${base}.xlsx`,
      format: 'xlsx',
      label: 'Excel (XLSX)',
      mediaType: MEDIA.xlsx,
      euFileType: 'XLSX',
      cacheKey,
      render: () =>
        toXlsx({
          sheetName: definition.title,
          columns: columns.map((c) => ({
            key: c.name,
            kind: c.kind,
            description: c.description,
            amount: definition.amountColumns.includes(c.name),
          })),
          rows: getRows(),
          modified: lastUpdate,
          creator: bodyName(portal.site, 'nl'),
          notes: [
            `${definition.title}, ${bodyName(portal.site, 'nl')}. Bijgewerkt op ${lastUpdate}.`,
            definition.description,
            `Elke regel is ${definition.rowLabel}. Datums staan als tekst JJJJ-MM-DD; bedragen in euro's als getal.`,
            `Licentie: ${LICENCE.name}, ${LICENCE.url}. Bron: ${new URL('/open-data/', site).href}`,
          ],
        }),
    },
    {
      path: `${base}.json`,
      format: 'json',
      label: 'JSON',
      mediaType: MEDIA.json,
      euFileType: 'JSON',
      cacheKey,
      render: async () => ({ pieces: () => jsonArrayPieces(getRows()) }),
    },
  ];
  return { files, schemaFile };
}

/** Builds the whole catalogue for the portal; `site` is the canonical address for permalinks. */
export function buildOpenData(portal: Portal, site: URL | string): OpenData {
  const registerDates = Object.values(portal.registers).map((r) => r.lastUpdate);
  const lastUpdate = registerDates.reduce((a, b) => (a > b ? a : b));
  const datasets: DatasetView[] = getDatasets(portal.site.soort).map((definition) => {
    const getRows = lazyRows(() => definition.buildRows(portal, site));
    const columns = describeColumns(definition);
    const register = definition.register;
    const datasetUpdate =
      register === undefined ? lastUpdate : portal.registers[register].lastUpdate;
    const cadence = register === undefined ? undefined : portal.site.registers[register].cadans;
    return {
      definition,
      get rows() {
        return getRows();
      },
      rowCount: getRows().length,
      columns,
      lastUpdate: datasetUpdate,
      cadence,
      ...datasetFiles(definition, getRows, columns, datasetUpdate, portal, site),
    };
  });
  const popolo: PublishedFile = {
    path: '/data/popolo.json',
    format: 'popolo',
    label: 'Popolo JSON',
    mediaType: MEDIA.json,
    euFileType: 'JSON',
    render: async () => toJson(buildPopolo(portal, site)),
  };
  const popoloSchema: PublishedFile = {
    path: '/data/schema/popolo.schema.json',
    format: 'schema',
    label: 'JSON Schema',
    mediaType: MEDIA.schema,
    euFileType: 'JSON',
    render: async () => {
      const { $schema, ...rest } = z.toJSONSchema(PopoloSchema, { io: 'output' });
      return toJson({
        $schema,
        $id: new URL('/data/schema/popolo.schema.json', site).href,
        title: 'Personen, organisaties en lidmaatschappen (Popolo)',
        ...rest,
      });
    },
  };
  const partial = { datasets, popolo, popoloSchema, lastUpdate };
  const catalogue: PublishedFile = {
    path: '/data/catalogus.jsonld',
    format: 'dcat',
    label: 'DCAT-catalogus (JSON-LD)',
    mediaType: MEDIA.jsonld,
    euFileType: 'JSON_LD',
    render: async () => toJson(buildDcat(portal, site, partial)),
  };
  const files = [
    ...datasets.flatMap((d) => [...d.files, d.schemaFile]),
    popolo,
    popoloSchema,
    catalogue,
  ];
  return { datasets, popolo, popoloSchema, catalogue, files, lastUpdate };
}

// EU Publications Office frequency vocabulary, as DCAT-AP asks for accrualPeriodicity.
const FREQUENCY: Record<Cadence, string> = {
  kwartaal: 'QUARTERLY',
  halfjaar: 'ANNUAL_2',
  jaar: 'ANNUAL',
};
const EU = 'http://publications.europa.eu/resource/authority';

/** The DCAT catalogue (JSON-LD) describing every dataset and its distributions. */
export function buildDcat(
  portal: Portal,
  site: URL | string,
  data: {
    datasets: DatasetView[];
    popolo: PublishedFile;
    popoloSchema: PublishedFile;
    lastUpdate: string;
  },
): Record<string, unknown> {
  const url = (p: string): string => new URL(p, site).href;
  const body = getBodyDefinition(portal.site.soort);
  // The publisher's type from the ADMS vocabulary that DCAT-AP uses: a province or water board is
  // a regional authority, a municipality a local one.
  const publisher = {
    '@type': 'foaf:Agent',
    'foaf:name': bodyName(portal.site, 'nl'),
    'dct:type': { '@id': `http://purl.org/adms/publishertype/${body.publisherType}` },
  };
  const contactPoint = {
    '@type': 'vcard:Organization',
    'vcard:fn': portal.site.contact.naam,
    'vcard:hasEmail': { '@id': `mailto:${portal.site.contact.email}` },
  };
  const licence = { '@id': LICENCE.uri };
  const nl = (value: string) => ({ '@value': value, '@language': 'nl' });
  const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
  const distribution = (
    file: PublishedFile,
    title: string,
    modified: string,
    conformsTo: string,
  ) => ({
    '@id': url(file.path),
    '@type': 'dcat:Distribution',
    'dct:title': nl(`${title} (${file.label})`),
    'dcat:accessURL': { '@id': url(file.path) },
    'dcat:downloadURL': { '@id': url(file.path) },
    'dcat:mediaType': {
      '@id': `https://www.iana.org/assignments/media-types/${file.mediaType.split(';')[0]}`,
    },
    'dct:format': { '@id': `${EU}/file-type/${file.euFileType}` },
    'dct:license': licence,
    'dct:modified': date(modified),
    'dct:conformsTo': { '@id': conformsTo },
  });
  const datasets = data.datasets.map((d) => ({
    '@id': url(`/open-data/#${d.definition.slug}`),
    '@type': 'dcat:Dataset',
    'dct:identifier': d.definition.slug,
    'dct:title': nl(d.definition.title),
    'dct:description': nl(`${d.definition.description} Elke regel is ${d.definition.rowLabel}.`),
    'dct:modified': date(d.lastUpdate),
    'dct:accrualPeriodicity': {
      '@id': `${EU}/frequency/${d.cadence === undefined ? 'IRREG' : FREQUENCY[d.cadence]}`,
    },
    'dct:language': { '@id': `${EU}/language/NLD` },
    'dct:license': licence,
    'dct:publisher': publisher,
    'dcat:contactPoint': contactPoint,
    'dcat:landingPage': { '@id': url(d.definition.pagePath) },
    'dcat:distribution': d.files.map((f) =>
      distribution(f, d.definition.title, d.lastUpdate, url(d.schemaFile.path)),
    ),
  }));
  datasets.push({
    '@id': url('/open-data/#popolo'),
    '@type': 'dcat:Dataset',
    'dct:identifier': 'popolo',
    'dct:title': nl('Personen, organisaties en lidmaatschappen (Popolo)'),
    'dct:description': nl(
      `Personen, ${body.words.nl.council.inSentence}, ${body.words.nl.executive.inSentence} en de fracties, en elke termijn als lidmaatschap, volgens de open standaard Popolo.`,
    ),
    'dct:modified': date(data.lastUpdate),
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/IRREG` },
    'dct:language': { '@id': `${EU}/language/NLD` },
    'dct:license': licence,
    'dct:publisher': publisher,
    'dcat:contactPoint': contactPoint,
    'dcat:landingPage': { '@id': url('/personen/') },
    'dcat:distribution': [
      distribution(data.popolo, 'Popolo', data.lastUpdate, 'https://www.popoloproject.com/specs/'),
    ],
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': url('/data/catalogus.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': nl(`Open data van het Integriteitsportaal ${bodyName(portal.site, 'nl')}`),
    'dct:description': nl(
      'De registers van nevenfuncties, financiële belangen, geschenken en nevenwerkzaamheden van ambtenaren, en de personen, als open data.',
    ),
    'dct:language': { '@id': `${EU}/language/NLD` },
    'dct:license': licence,
    'dct:publisher': publisher,
    'dct:modified': date(data.lastUpdate),
    'foaf:homepage': { '@id': url('/open-data/') },
    'dcat:dataset': datasets,
  };
}
