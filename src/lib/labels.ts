/**
 * The schema values that carry a label on the site, and the shape every language's labels have.
 * The labels themselves are interface text: they are in the dictionaries (`labels` in
 * src/i18n/nl.ts and en.ts), which this type keeps complete: a value without a label is a type
 * error there.
 */
import type { z } from 'astro/zod';
import type { DeclarationStatus } from '../schemas/common.ts';
import type { InterestNatureSchema } from '../schemas/financial-interest.ts';
import type { Destination, GiftKind } from '../schemas/gift.ts';
import type { OfficeRole } from '../schemas/body.ts';
import type { Payment, RemunerationSchema, TimeSpentSchema } from '../schemas/side-position.ts';
import type { Cadence } from '../schemas/site.ts';

/** What an amount or a time spent is per: `maand`, `vergadering`, `week` … */
export type Per =
  z.output<typeof RemunerationSchema>['per'] | z.output<typeof TimeSpentSchema>['per'];

/** Labels for every schema value, in one language. */
export interface Labels {
  payment: Record<Payment, string>;
  office: Record<OfficeRole, string>;
  giftKind: Record<GiftKind, string>;
  destination: Record<Destination, string>;
  interestNature: Record<z.output<typeof InterestNatureSchema>, string>;
  cadence: Record<Cadence, string>;
  per: Record<Per, string>;
  /** What a declaration state means on a page. */
  declaration: Record<DeclarationStatus, string>;
}

/** The months between two updates of a register at each cadence (site.yaml). */
export const CADENCE_MONTHS = { kwartaal: 3, halfjaar: 6, jaar: 12 } as const;
