/**
 * How the browser editor reads and writes a content file (the custom formats of
 * src/editor/formats.ts): YAML, or YAML front matter for people, with the unions in the editor's
 * shape (src/editor/entry-shape.ts). A file is written by changing its own YAML document only
 * where the data changed, as the griffie's scripts do (scripts/lib/content-writer.ts): comments,
 * quoting and layout of everything else stay as they were, and an unchanged file is written back
 * byte for byte. Pure: used in the browser and by the tests.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type ToStringOptions } from 'yaml';
import { toEditorData, toFileData, type EditorField } from './entry-shape.ts';

/**
 * The key under which the editor keeps the file's text beside its data while it is edited, so
 * that writing it can keep what the data does not hold (comments, layout). Never written out.
 */
export const SOURCE_KEY = '_bronbestand';

/**
 * The custom formats the editor registers (src/editor/formats.ts), one per kind of content file:
 * the configuration names one for each collection or file, and the fields it finds there tell the
 * format which values are unions.
 */
export const EDITOR_FORMATS = {
  people: { name: 'portaal-personen-frontmatter', extension: 'md', frontMatter: true },
  gifts: { name: 'portaal-geschenken', extension: 'yaml', frontMatter: false },
  officials: { name: 'portaal-nevenwerkzaamheden', extension: 'yaml', frontMatter: false },
  site: { name: 'portaal-site', extension: 'yaml', frontMatter: false },
  fracties: { name: 'portaal-fracties', extension: 'yaml', frontMatter: false },
  organisaties: { name: 'portaal-organisaties', extension: 'yaml', frontMatter: false },
} as const satisfies Record<
  string,
  { name: string; extension: 'md' | 'yaml'; frontMatter: boolean }
>;
export type EditorFileKind = keyof typeof EDITOR_FORMATS;

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m;

/** The YAML part of a file and what surrounds it (front matter: the `---` lines and any body). */
function splitFile(text: string, frontMatter: boolean): { yaml: string; body: string } {
  if (!frontMatter) return { yaml: text, body: '' };
  const match = FRONT_MATTER.exec(text);
  if (!match || match.index !== 0)
    throw new Error('Het bestand begint niet met front matter tussen twee regels "---".');
  return { yaml: match[1] ?? '', body: match[2] ?? '' };
}

function joinFile(yaml: string, body: string, frontMatter: boolean): string {
  return frontMatter ? `---\n${yaml}---\n${body}` : yaml;
}

function readDocument(yaml: string): Document.Parsed {
  // YAML 1.2 core schema, as the build reads content (src/lib/parse-content.ts).
  const doc = parseDocument(yaml, { schema: 'core' });
  const [error] = doc.errors;
  if (error) throw new Error(`Ongeldige YAML: ${error.message}`);
  return doc;
}

/** A file's text as the editor's data: its fields in the editor's shape, and the text itself. */
export function readEntryFile(
  text: string,
  fields: readonly EditorField[],
  frontMatter: boolean,
): Plain {
  const data: unknown = readDocument(splitFile(text, frontMatter).yaml).toJS();
  return { ...toEditorData(fields, isPlain(data) ? data : {}), [SOURCE_KEY]: text };
}

/** The editor's data as a file's text: the file it was read from, changed where the data changed. */
export function writeEntryFile(
  content: Plain,
  fields: readonly EditorField[],
  frontMatter: boolean,
): string {
  const { [SOURCE_KEY]: source, ...rest } = content;
  const data = toFileData(fields, rest);
  if (typeof source !== 'string')
    return joinFile(new Document(data).toString({ lineWidth: 0 }), '', frontMatter);
  const { yaml, body } = splitFile(source, frontMatter);
  const doc = readDocument(yaml);
  const before: unknown = doc.toJS();
  if (sameValue(before, data)) return source;
  const style = styleOf(doc, yaml);
  syncNode(doc, [], before, data);
  return joinFile(doc.toString(style), body, frontMatter);
}

/**
 * The way the file is written, where YAML leaves a choice: lists indented under their key or
 * not, `{ a: 1 }` or `{a: 1}`. The one that writes the file back exactly as it is, so that only
 * what changed is written differently (every content file has one: the tests check).
 */
function styleOf(doc: Document, yaml: string): ToStringOptions {
  const styles = [true, false].flatMap((indentSeq) =>
    [true, false].map((flowCollectionPadding) => ({
      lineWidth: 0,
      indentSeq,
      flowCollectionPadding,
    })),
  );
  // The editor hands a format the file's text trimmed (src/lib/services/contents/file/parse.js).
  const text = yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  return styles.find((style) => doc.toString(style) === text) ?? { lineWidth: 0 };
}

/**
 * Makes `doc` hold `after` at `at` where it held `before`, touching only what differs (the same
 * rule as scripts/lib/content-writer.ts, which runs in Node). A scalar whose text is unchanged is
 * left alone: `van: 2015` (a number to YAML, the year 2015 to the schema) comes back from the
 * editor's text field as "2015" and stays written as it was.
 */
function syncNode(
  doc: Document,
  at: readonly (string | number)[],
  before: unknown,
  after: unknown,
): void {
  if (sameValue(before, after)) return;
  const node = at.length === 0 ? doc.contents : doc.getIn(at, true);
  if (isPlain(before) && isPlain(after) && isMap(node)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (after[key] === undefined) doc.deleteIn([...at, key]);
      else if (before[key] === undefined) doc.setIn([...at, key], doc.createNode(after[key]));
      else syncNode(doc, [...at, key], before[key], after[key]);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(node)) {
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) syncNode(doc, [...at, i], before[i], after[i]);
    for (let i = before.length - 1; i >= after.length; i--) doc.deleteIn([...at, i]);
    for (const item of after.slice(before.length)) doc.addIn(at, doc.createNode(item));
    return;
  }
  if (
    isScalar(node) &&
    typeof after === 'string' &&
    typeof before !== 'object' &&
    String(before) === after
  )
    return;
  if (at.length === 0) doc.contents = doc.createNode(after);
  else doc.setIn(at, doc.createNode(after));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => key in b && sameValue(a[key], b[key]))
    );
  }
  return false;
}
