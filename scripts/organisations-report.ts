/**
 * Lists organisations that are probably the same organisation spelled differently:
 * `npm run organisaties` (or `node scripts/organisations-report.ts [content-folder]`).
 * Nothing is merged; an editor decides per pair in content/organisaties.yaml. Exits 1 only when
 * the content itself has errors.
 */
import path from 'node:path';
import { getContentDir, getToday } from '../src/data/index.ts';
import { loadContent } from '../src/data/load.ts';
import { ContentValidationError } from '../src/lib/content-errors.ts';
import {
  collectOrganisationNames,
  findLikelyDuplicates,
  formatDuplicateReport,
  resolveOrganisations,
} from '../src/lib/organisations.ts';

const dir = process.argv[2] ?? getContentDir();
try {
  const content = loadContent(dir, { today: getToday() });
  const index = resolveOrganisations(
    collectOrganisationNames(content.people, content.gifts, content.officials),
    content.organisaties,
  );
  const duplicates = findLikelyDuplicates(index, content.organisaties?.verschillend);
  const label = `${path.relative(process.cwd(), dir).split(path.sep).join('/') || '.'}/organisaties.yaml`;
  console.log(
    `${index.organisations.length} organisaties in de registers (organisations in the registers).\n`,
  );
  console.log(formatDuplicateReport(duplicates, label));
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
