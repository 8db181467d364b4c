/** Nevenfuncties: side positions of PS and GS members and the CdK (Provinciewet art. 11, 40b, 66). */
import { z } from 'astro/zod';
import {
  checkPeriod,
  euros,
  griffieNote,
  isoDate,
  message,
  partialDate,
  reply,
  slug,
  sourceUrl,
  text,
  WithdrawalSchema,
} from './common.ts';

/**
 * Provinciewet: whether a side position is paid must always be stated. `onbekend` records that the
 * source did not state it (a register being migrated); the site then says so, and counts it apart.
 */
export const PaymentSchema = z.enum(['bezoldigd', 'onbezoldigd', 'onkostenvergoeding', 'onbekend']);
export type Payment = z.output<typeof PaymentSchema>;

/** Amount received and the period it covers (required of GS and CdK for paid positions). */
export const RemunerationSchema = z.strictObject({
  /** Amount in euros. */
  bedrag: euros,
  /** The period the amount covers. */
  per: z.enum(['maand', 'jaar', 'vergadering', 'eenmalig']),
});

/** Time spent on the position. */
export const TimeSpentSchema = z.strictObject({
  /** Hours. */
  uren: z.number().positive().max(200),
  per: z.enum(['week', 'maand', 'jaar']),
});

export const SidePositionSchema = z
  .strictObject({
    /** Stable id, unique within the person: the permalink anchor. */
    id: slug,
    /** The organisation where the position is held. */
    organisatie: text(200),
    /** The position itself, e.g. "Voorzitter raad van toezicht". */
    functie: text(200),
    /** Paid, unpaid or expense allowance only. */
    bezoldiging: PaymentSchema,
    /** Optional amount; not allowed for unpaid positions. */
    vergoeding: RemunerationSchema.optional(),
    /** Held by virtue of office (qualitate qua), e.g. as gedeputeerde. */
    qq: z.boolean().default(false),
    /** Optional time spent. */
    tijdsbesteding: TimeSpentSchema.optional(),
    /** Start date, when known: a date, or `JJJJ-MM` / `JJJJ` when the source gives no more. */
    van: partialDate.optional(),
    /** End date; ended positions stay on record. A date, `JJJJ-MM` or `JJJJ`. */
    tot: partialDate.optional(),
    /** Date the member last confirmed this entry. */
    bevestigd: isoDate.optional(),
    /** Link to the official source (the signed declaration). */
    bron: sourceUrl.optional(),
    /** Withdrawn from the register, with date and reason; the entry stays on record. */
    ingetrokken: WithdrawalSchema.optional(),
    /** The member's own comment on this entry (right of reply). */
    reactie: reply().optional(),
    /** A note by the griffie (not the member's reply), e.g. what the source did not state. */
    toelichting: griffieNote().optional(),
  })
  .superRefine((value, ctx) => {
    checkPeriod(value, ctx);
    if (
      (value.bezoldiging === 'onbezoldigd' || value.bezoldiging === 'onbekend') &&
      value.vergoeding !== undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['vergoeding'],
        message: 'amount on unpaid position',
        ...(value.bezoldiging === 'onbezoldigd'
          ? message(
              'een onbezoldigde nevenfunctie heeft geen vergoeding; pas "bezoldiging" of "vergoeding" aan',
              'an unpaid side position has no remuneration; correct "bezoldiging" or "vergoeding"',
            )
          : message(
              'met een vergoeding is bekend dat de nevenfunctie bezoldigd is: schrijf "bezoldigd" (of "onkostenvergoeding") in plaats van "onbekend"',
              'with a remuneration the position is known to be paid: write "bezoldigd" (or "onkostenvergoeding") instead of "onbekend"',
            )),
      });
    }
  });
export type SidePosition = z.output<typeof SidePositionSchema>;
