/**
 * Neveninkomsten: the income from side positions that a gedeputeerde serving full-time and the
 * Commissaris van de Koning publish per calendar year, no later than 1 April of the following year
 * (Provinciewet art. 40b and 66, as amended by the law of 4 March 2010, Stb. 2010, 110). For the
 * CdK only positions not held by virtue of office count. It is a yearly figure per side position,
 * not the remuneration rate the side-position register holds.
 */
import { z } from 'astro/zod';
import { euros, griffieNote, isoDate, message, reply, slug, sourceUrl } from './common.ts';

/** The income one side position brought in one calendar year. */
export const SideIncomeEntrySchema = z
  .strictObject({
    /** Id of the side position in this person's `nevenfuncties` the income came from. */
    nevenfunctie: slug,
    /** Gross income received in the calendar year, in euros (0 when the position paid nothing). */
    bedrag: euros,
    /** Part of the income deducted from the salary for it (verrekening), in euros, when stated. */
    verrekend: euros.optional(),
    /** A note by the griffie, e.g. what the declaration did not state. */
    toelichting: griffieNote().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.verrekend !== undefined && value.verrekend > value.bedrag) {
      ctx.addIssue({
        code: 'custom',
        path: ['verrekend'],
        message: 'deduction above income',
        ...message(
          `het verrekende bedrag (${value.verrekend}) is hoger dan de inkomsten (${value.bedrag}); controleer de opgave`,
          `the deducted amount (${value.verrekend}) is more than the income (${value.bedrag}); check the declaration`,
        ),
      });
    }
  });
export type SideIncomeEntry = z.output<typeof SideIncomeEntrySchema>;

/** One calendar year's declaration of a person: the income per side position, or `geen`. */
export const SideIncomeYearSchema = z.strictObject({
  /** The calendar year the income was received in. */
  jaar: z.number().int().min(2010).max(2100),
  /** Per side position the income, or `geen` when the person had no income from side positions. */
  inkomsten: z.union([z.literal('geen'), z.array(SideIncomeEntrySchema).min(1)]),
  /** Date the declaration was made public (on or before 1 April of the following year). */
  openbaargemaakt: isoDate.optional(),
  /** Link to the official source (the signed declaration). */
  bron: sourceUrl.optional(),
  /** The member's own comment on this year (right of reply). */
  reactie: reply().optional(),
  /** A note by the griffie on this year. */
  toelichting: griffieNote().optional(),
});
export type SideIncomeYear = z.output<typeof SideIncomeYearSchema>;
