/**
 * The browser editor's file formats, registered with Sveltia CMS before it starts (admin/formats.js,
 * loaded right after sveltia-cms.js; bundled by src/editor/bundle.ts). Each reads a content file
 * into the editor's shape and writes it back as the file's shape (src/editor/entry-file.ts), with
 * the fields its collection has in the editor's configuration, which it reads from the same
 * config.yml the editor reads.
 */
import { parse } from 'yaml';
import { EDITOR_FORMATS, readEntryFile, writeEntryFile } from './entry-file.ts';
import type { EditorField } from './entry-shape.ts';

interface SveltiaCms {
  registerCustomFormat: (
    name: string,
    extension: string,
    methods: {
      fromFile: (text: string) => Promise<unknown>;
      toFile: (value: Record<string, unknown>) => Promise<string>;
    },
  ) => void;
}

interface ConfigEntry {
  format?: unknown;
  fields?: EditorField[];
  files?: ConfigEntry[];
}

/** The fields of every collection or file, by the name of its format. */
async function readFieldsByFormat(): Promise<Map<string, EditorField[]>> {
  const href =
    document.querySelector('link[rel="cms-config-url"]')?.getAttribute('href') ?? 'config.yml';
  const response = await fetch(href, { cache: 'no-store' });
  if (!response.ok)
    throw new Error(
      `De configuratie van de beheeromgeving (${href}) kon niet worden gelezen: ${response.status}.`,
    );
  const config = parse(await response.text()) as { collections?: ConfigEntry[] };
  const byFormat = new Map<string, EditorField[]>();
  const visit = (entry: ConfigEntry): void => {
    if (typeof entry.format === 'string' && entry.fields) byFormat.set(entry.format, entry.fields);
    entry.files?.forEach(visit);
  };
  config.collections?.forEach(visit);
  return byFormat;
}

let fieldsByFormat: Promise<Map<string, EditorField[]>> | undefined;

async function fieldsOf(format: string): Promise<EditorField[]> {
  fieldsByFormat ??= readFieldsByFormat();
  const fields = (await fieldsByFormat).get(format);
  if (!fields)
    throw new Error(`Geen velden voor het bestandsformaat ${format} in de configuratie.`);
  return fields;
}

const cms = (window as unknown as { CMS?: SveltiaCms }).CMS;
if (!cms) throw new Error('formats.js moet na sveltia-cms.js worden geladen.');
for (const { name, extension, frontMatter } of Object.values(EDITOR_FORMATS)) {
  cms.registerCustomFormat(name, extension, {
    fromFile: async (text) => readEntryFile(text, await fieldsOf(name), frontMatter),
    toFile: async (value) => writeEntryFile(value, await fieldsOf(name), frontMatter),
  });
}
