/** Party groups (fracties) in Provinciale Staten (`content/fracties.yaml`). */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

export const FractieSchema = z.strictObject({
  /** Stable id that roles refer to, e.g. `groen-verbond`. */
  id: slug,
  /** Full name as the fractie writes it. */
  naam: text(120),
  /** Short name for tables, e.g. "GV". */
  afkorting: text(20),
});
export type Fractie = z.output<typeof FractieSchema>;

/** The fracties of the council; empty in a new content folder (`npm run nieuw`) until they are filled in. */
export const FractiesFileSchema = z.strictObject({
  fracties: z.array(FractieSchema),
});
