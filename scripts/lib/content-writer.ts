/**
 * How the griffie's scripts change content: edit a file's YAML in place (comments and layout of
 * untouched parts stay), check the whole content folder with the changes exactly as the build
 * would, and write only when it is valid. Nothing is ever deleted.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parse, parseDocument, type Document } from 'yaml';
import {
  readContentFiles,
  validateContent,
  type Content,
  type ContentFile,
} from '../../src/data/load.ts';
import { canonicalJson } from '../../src/lib/editions.ts';
import { BodyKindSchema, OFFICE_ROLES, OFFICES, type BodyKind } from '../../src/schemas/body.ts';

/** A plain object as YAML gives it. */
export type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Makes the YAML document hold `after` where it held `before`, touching only what differs, so
 * comments and the layout of everything else are kept.
 */
export function syncDocument(
  doc: Document,
  at: readonly (string | number)[],
  before: unknown,
  after: unknown,
): void {
  if (canonicalJson(before) === canonicalJson(after)) return;
  const node = at.length === 0 ? doc.contents : doc.getIn(at, true);
  if (isPlain(before) && isPlain(after) && isMap(node)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (after[key] === undefined) doc.deleteIn([...at, key]);
      else if (before[key] === undefined) doc.setIn([...at, key], doc.createNode(after[key]));
      else syncDocument(doc, [...at, key], before[key], after[key]);
    }
    return;
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    isSeq(node) &&
    after.length >= before.length
  ) {
    before.forEach((item, i) => syncDocument(doc, [...at, i], item, after[i]));
    for (const item of after.slice(before.length)) doc.addIn(at, doc.createNode(item));
    return;
  }
  doc.setIn(at, doc.createNode(after));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)^---\s*$/m;

/** Changes the front matter of a person file with `edit`, which gets a copy of the data. */
export function editFrontMatter(source: string, edit: (data: Plain) => void): string {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error('geen front matter gevonden (no front matter found)');
  const doc = parseDocument(match[1] ?? '');
  const before = doc.toJS() as Plain;
  const after = structuredClone(before);
  edit(after);
  syncDocument(doc, [], before, after);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}

/** Changes a YAML file (site.yaml) with `edit`. */
export function editYaml(source: string, edit: (data: Plain) => void): string {
  const doc = parseDocument(source);
  const before = doc.toJS() as Plain;
  const after = structuredClone(before);
  edit(after);
  syncDocument(doc, [], before, after);
  return doc.toString({ lineWidth: 0 });
}

/** The content folder's files with `changed` put in (replacing files with the same path). */
export function withChanges(
  files: readonly ContentFile[],
  changed: readonly ContentFile[],
): ContentFile[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const file of changed) byPath.set(file.path, file);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The kind of body of a content folder (site.yaml's `soort`), read before the folder is checked so
 * that a script can speak its words; undefined when site.yaml does not say (the check then does).
 */
export function readBodyKind(dir: string): BodyKind | undefined {
  const file = path.join(dir, 'site.yaml');
  if (!existsSync(file)) return undefined;
  try {
    const site = parse(readFileSync(file, 'utf8')) as unknown;
    const kind = BodyKindSchema.safeParse(isPlain(site) ? site['soort'] : undefined);
    return kind.success ? kind.data : undefined;
  } catch {
    return undefined;
  }
}

/** The offices of a kind of body, as a command's options list them: "raadslid|wethouder|burgemeester". */
export function officeChoices(kind: BodyKind): string[] {
  return OFFICE_ROLES.map((role) => OFFICES[kind][role]);
}

/** The offices of a kind of body in a sentence: "raadslid, wethouder of burgemeester". */
export function describeOffices(kind: BodyKind): string {
  const offices = officeChoices(kind);
  return `${offices.slice(0, -1).join(', ')} of ${offices.at(-1) ?? ''}`;
}

/** How messages name the content folder. */
export function contentLabel(dir: string): string {
  return path.relative(process.cwd(), dir).split(path.sep).join('/') || '.';
}

/** Checks the content folder with the changes; throws ContentValidationError listing every problem. */
export function validateChanges(
  dir: string,
  changed: readonly ContentFile[],
  today: string,
): Content {
  return validateContent(withChanges(readContentFiles(dir), changed), {
    today,
    label: contentLabel(dir),
  });
}

/** Writes the changed files (only after validateChanges passed). */
export function writeChanges(dir: string, changed: readonly ContentFile[]): void {
  for (const file of changed) {
    const target = path.join(dir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.source);
  }
}
