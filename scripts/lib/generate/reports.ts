/**
 * The annual integrity reports of a demo: hand-written Markdown files kept beside the generator
 * in reports/<soort>/, copied as they are. Reports are prose and figures an editor writes, not
 * records to draw at random. The province has none here: its reports live in content/reports/,
 * edited by hand, and the generator leaves them alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyKind } from '../../../src/schemas/body.ts';
import type { GeneratedFile } from './files.ts';

const REPORTS_DIR = fileURLToPath(new URL('./reports/', import.meta.url));

/** The report files for a kind of body, as `reports/<name>.md`; none when it has no folder. */
export function reportFiles(kind: BodyKind): GeneratedFile[] {
  const dir = path.join(REPORTS_DIR, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      path: `reports/${name}`,
      source: readFileSync(path.join(dir, name), 'utf8'),
    }));
}
