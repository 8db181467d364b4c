/** Small helpers shared by the griffie's command-line tools: the content folder, today, and failing clearly. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bodyContext, type BodyIdentity } from '../../src/bodies/index.ts';
import { dutch, type Dictionary } from '../../src/i18n/nl.ts';
import { ContentValidationError } from '../../src/lib/content-errors.ts';
import { isIsoDate, todayIso } from '../../src/lib/dates.ts';
import { BODY_KINDS } from '../../src/schemas/body.ts';
import { officeChoices, readBodyKind } from './content-writer.ts';

/** The content folder: --inhoud, else PORTAL_CONTENT_DIR, else content/. */
export function contentDir(option: string | undefined): string {
  return path.resolve(option ?? process.env['PORTAL_CONTENT_DIR'] ?? 'content');
}

/** The Dutch interface texts in the words of a content folder's body (its site.yaml). */
export function getDutchWords(site: BodyIdentity): Dictionary {
  return dutch(bodyContext(site));
}

/**
 * The offices of the body whose content the command works on (--inhoud, else as contentDir), for
 * a usage line: "raadslid|wethouder|burgemeester"; every kind's when site.yaml does not say.
 */
export function officesForUsage(args: readonly string[] = process.argv.slice(2)): string {
  const { values } = parseArgs({
    args: [...args],
    options: { inhoud: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const option = typeof values.inhoud === 'string' ? values.inhoud : undefined;
  const kind = readBodyKind(contentDir(option));
  return (kind === undefined ? BODY_KINDS.flatMap(officeChoices) : officeChoices(kind)).join('|');
}

/** Today: --datum, else PORTAL_TODAY, else the date in the Netherlands. */
export function today(option: string | undefined): string {
  const value = option ?? process.env['PORTAL_TODAY'] ?? todayIso();
  if (!isIsoDate(value))
    throw new UsageError(
      `verwacht een datum JJJJ-MM-DD, kreeg "${value}" (expected a date YYYY-MM-DD)`,
    );
  return value;
}

/** A mistake in how the command was called. */
export class UsageError extends Error {}

/** Runs a command, printing content problems and usage mistakes in Dutch (and English) with exit code 1. */
export async function run(usage: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ContentValidationError) {
      console.error(error.message);
      console.error('\nEr is niets geschreven. (Nothing was written.)');
    } else if (error instanceof UsageError) {
      console.error(error.message);
      console.error(`\n${usage}`);
    } else {
      console.error(error instanceof Error ? error.message : String(error));
    }
    process.exitCode = 1;
  }
}
