/** Financial interests of PS and GS members and the CdK, insofar as they touch provincial interests (gedragscode). */
import { z } from 'astro/zod';
import {
  checkPeriod,
  griffieNote,
  isoDate,
  partialDate,
  reply,
  slug,
  sourceUrl,
  text,
  WithdrawalSchema,
} from './common.ts';

/** The nature of the interest. */
export const InterestNatureSchema = z.enum([
  'aandelen',
  'obligaties',
  'opties',
  'onroerend-goed',
  'eigen-onderneming',
  'lening',
  'overig',
]);

export const FinancialInterestSchema = z
  .strictObject({
    /** Stable id, unique within the person. */
    id: slug,
    /** What the interest is, in the member's words. */
    omschrijving: text(300),
    /** The organisation concerned, when there is one. */
    organisatie: text(200).optional(),
    /** The sector, e.g. "energie" or "landbouw". */
    sector: text(100).optional(),
    /** Shares, property, own business … */
    aard: InterestNatureSchema,
    /** Start, when known: a date, or `JJJJ-MM` / `JJJJ` when the source gives no more. */
    van: partialDate.optional(),
    tot: partialDate.optional(),
    /** Date the member last confirmed this entry. */
    bevestigd: isoDate.optional(),
    /** Link to the official source. */
    bron: sourceUrl.optional(),
    /** Withdrawn from the register, with date and reason; the entry stays on record. */
    ingetrokken: WithdrawalSchema.optional(),
    /** The member's own comment on this entry (right of reply). */
    reactie: reply().optional(),
    /** A note by the griffie (not the member's reply), e.g. what the source did not state. */
    toelichting: griffieNote().optional(),
  })
  .superRefine(checkPeriod);
export type FinancialInterest = z.output<typeof FinancialInterestSchema>;
