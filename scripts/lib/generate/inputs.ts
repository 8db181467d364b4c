/**
 * The content the generator writes, typed as the schemas accept it (their input), so that a field
 * the schemas do not know is a type error here rather than a validation error in the demo.
 */
import type { z } from 'astro/zod';
import type { FinancialInterestSchema } from '../../../src/schemas/financial-interest.ts';
import type { FractieSchema } from '../../../src/schemas/fractie.ts';
import type { GiftSchema } from '../../../src/schemas/gift.ts';
import type { NameSchema, PersonSchema, RoleSchema } from '../../../src/schemas/person.ts';
import type { SidePositionSchema } from '../../../src/schemas/side-position.ts';

/** A person's name: voorletters, roepnaam, tussenvoegsel, achternaam. */
export type NameInput = z.input<typeof NameSchema>;
/** One office held over a period. */
export type RoleInput = z.input<typeof RoleSchema>;
/** A person's file. */
export type PersonInput = z.input<typeof PersonSchema>;
/** A side position (nevenfunctie). */
export type SidePositionInput = z.input<typeof SidePositionSchema>;
/** A financial interest. */
export type InterestInput = z.input<typeof FinancialInterestSchema>;
/** A gift in the gift register. */
export type GiftInput = z.input<typeof GiftSchema>;
/** A fractie in fracties.yaml. */
export type FractieInput = z.input<typeof FractieSchema>;
