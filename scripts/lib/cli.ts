/** Small helpers shared by the griffie's command-line tools: the content folder, today, and failing clearly. */
import path from 'node:path';
import { ContentValidationError } from '../../src/lib/content-errors.ts';
import { isIsoDate, todayIso } from '../../src/lib/dates.ts';

/** The content folder: --inhoud, else PORTAL_CONTENT_DIR, else content/. */
export function contentDir(option: string | undefined): string {
  return path.resolve(option ?? process.env['PORTAL_CONTENT_DIR'] ?? 'content');
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
