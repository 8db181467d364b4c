/**
 * Checks all content without building: `npm run validate`.
 * Prints every problem (file, field, what was expected) in Dutch and English and exits 1,
 * or prints what was found and exits 0.
 */
import { bodyName } from '../src/bodies/index.ts';
import { getContentDir, getToday } from '../src/data/index.ts';
import { loadContent } from '../src/data/load.ts';
import { ContentValidationError } from '../src/lib/content-errors.ts';

const dir = process.argv[2] ?? getContentDir();
try {
  const content = loadContent(dir, { today: getToday() });
  const positions = content.people.reduce(
    (n, p) => n + (Array.isArray(p.nevenfuncties) ? p.nevenfuncties.length : 0),
    0,
  );
  const interests = content.people.reduce(
    (n, p) => n + (Array.isArray(p.financieleBelangen) ? p.financieleBelangen.length : 0),
    0,
  );
  console.log(
    `Inhoud in orde (content is valid): ${bodyName(content.site, 'nl')}, ${content.people.length} personen, ${positions} nevenfuncties, ` +
      `${interests} financiële belangen, ${content.gifts.length} geschenken, ${content.officials.length} ambtelijke functies, ` +
      `${content.fracties.length} fracties.`,
  );
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
