/**
 * Side activities of officials from the scale threshold up (CAP art. 2.5.1 lid 3), published by
 * function title only: there is no field for a name, and one is refused with a clear message.
 */
import { z } from 'astro/zod';
import {
  declaration,
  griffieNote,
  message,
  reply,
  slug,
  sourceUrl,
  text,
  WithdrawalSchema,
} from './common.ts';

/** Fields that would identify an official; refused by name so the message can say why. */
export const FORBIDDEN_OFFICIAL_KEYS = [
  'naam',
  'name',
  'voornaam',
  'achternaam',
  'voorletters',
  'tussenvoegsel',
  'medewerker',
  'persoon',
] as const;

function refusePersonalKeys(value: unknown, ctx: z.RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of FORBIDDEN_OFFICIAL_KEYS) {
    if (key in value) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'name not allowed',
        ...message(
          `ambtenaren worden alleen met hun functienaam gepubliceerd; verwijder "${key}"`,
          `officials are published by function title only; remove "${key}"`,
        ),
      });
    }
  }
}

export const SideActivitySchema = z.strictObject({
  /** Stable id, unique within the function. */
  id: slug,
  /** The side activity, e.g. "Lid raad van toezicht". */
  omschrijving: text(300),
  /** The organisation where it is held, as provinces publish it; linked to its organisation page. */
  organisatie: text(200).optional(),
  /** Restriction imposed by GS, or "geen". */
  beperkendeMaatregel: text(500),
  /** Link to the official source (the GS decision on the activity). */
  bron: sourceUrl.optional(),
  /** Withdrawn from the register (e.g. the activity stopped), with date and reason; stays on record. */
  ingetrokken: WithdrawalSchema.optional(),
  /** A comment on behalf of the function holder (right of reply). */
  reactie: reply().optional(),
  /** A note by the griffie or the integrity coordinator, e.g. what the source did not state. */
  toelichting: griffieNote().optional(),
});
export type SideActivity = z.output<typeof SideActivitySchema>;

export const OfficialFunctionSchema = z
  .looseObject({})
  .superRefine(refusePersonalKeys)
  .pipe(
    z.strictObject({
      /** Stable id of the function. */
      id: slug,
      /** Function title, e.g. "Directeur Mobiliteit". */
      functie: text(200),
      /** Department, where the province publishes it. */
      afdeling: text(200).optional(),
      /** Salary scale, where the province publishes it; then at least the threshold in site.yaml. */
      schaal: z.number().int().min(1).max(20).optional(),
      /** The side activities: a list, "geen" or "niet-opgegeven". */
      nevenwerkzaamheden: declaration(SideActivitySchema),
    }),
  );
export type OfficialFunction = z.output<typeof OfficialFunctionSchema>;

export const OfficialsFileSchema = z.strictObject({
  functies: z.array(OfficialFunctionSchema),
});
