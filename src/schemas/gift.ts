/** The gift register: gifts, invitations and trips received (gedragscode art. 4.1). */
import { z } from 'astro/zod';
import { PROPERTY_DESTINATIONS } from './body.ts';
import { bilingualError, numberAdvice } from '../lib/content-errors.ts';
import { suggestNumber } from '../lib/content-text.ts';
import { earliestDay } from '../lib/dates.ts';
import {
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

/** Gift, invitation (lunch, dinner, event) or trip. */
export const GiftKindSchema = z.enum(['geschenk', 'uitnodiging', 'reis']);
export type GiftKind = z.output<typeof GiftKindSchema>;

/** What became of it; the code of conduct requires a destination to be recorded. */
export const DestinationSchema = z.enum([
  'behouden',
  'ingeleverd',
  'geretourneerd',
  'geschonken',
  'gedeeld',
  // Handed over to become the body's property, in the body's own word (src/schemas/body.ts).
  ...PROPERTY_DESTINATIONS,
  'bijgewoond',
  'afgeslagen',
  // The source does not say (a register being migrated): shown as "onbekend", never as kept.
  'onbekend',
]);
export type Destination = z.output<typeof DestinationSchema>;

/** The recipient: a person by id, or an official by function title (never by name). */
export const RecipientSchema = z
  .strictObject({
    /** Id of a person in content/people/. */
    persoon: slug.optional(),
    /** Function title of an official. */
    functie: text(200).optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.persoon === undefined) === (value.functie === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'exactly one',
        ...message(
          'vul precies één van "persoon" of "functie" in',
          'fill in exactly one of "persoon" or "functie"',
        ),
      });
    }
  });

/** Why a value fits none of the forms, with what to write instead. */
function giftValueError(input: unknown): string | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string' && suggestNumber(input) !== undefined) {
    const advice = numberAdvice(input);
    return bilingualError(advice.nl, advice.en);
  }
  return bilingualError(
    `verwacht een bedrag als getal (zoals 75 of 12.50), "onbekend", of een benadering: { ongeveer: 50 }, { minderDan: 50 } of { meerDan: 50 }; kreeg ${JSON.stringify(input)}`,
    `expected an amount as a number (like 75 or 12.50), "onbekend", or an approximation: { ongeveer: 50 }, { minderDan: 50 } or { meerDan: 50 }; got ${JSON.stringify(input)}`,
  );
}

/**
 * The estimated value as the register states it: an amount in euros, `onbekend`, or an
 * approximation or bound as registers write them ("ca. € 50", "minder dan € 50").
 */
export const GiftValueSchema = z.union(
  [
    euros,
    z.literal('onbekend'),
    /** "ca. € 50". */
    z.strictObject({ ongeveer: euros }),
    /** "minder dan € 50". */
    z.strictObject({ minderDan: euros }),
    /** "meer dan € 50". */
    z.strictObject({ meerDan: euros }),
  ],
  { error: (issue) => giftValueError(issue.input) },
);

export const GiftSchema = z
  .strictObject({
    /** Stable id, unique across the gift register, e.g. `2025-017`. */
    id: slug,
    /** Date received: a date, or `JJJJ-MM` / `JJJJ` when the source gives no more ("december 2017"). */
    datum: partialDate,
    ontvanger: RecipientSchema,
    /** Who gave it: an organisation or a function, not a private person's name. */
    gever: text(200),
    /** The occasion, e.g. "werkbezoek" or "nieuwjaarsreceptie"; `onbekend` when the source does not say. */
    gelegenheid: text(200),
    /** What it was. */
    omschrijving: text(300),
    /** Estimated value in euros, as a number (not "€ 75,-"), or `onbekend`, `{ ongeveer: 50 }`, `{ minderDan: 50 }`, `{ meerDan: 50 }`. */
    waarde: GiftValueSchema,
    soort: GiftKindSchema,
    bestemming: DestinationSchema,
    /** Date the destination was decided, when that came later than receipt. */
    besluitdatum: isoDate.optional(),
    /** Link to the official source (the registration or the decision on its destination). */
    bron: sourceUrl.optional(),
    /** Withdrawn from the register (e.g. registered twice), with date and reason; stays on record. */
    ingetrokken: WithdrawalSchema.optional(),
    /** The recipient's own comment on this entry (right of reply). */
    reactie: reply().optional(),
    /** A note by the griffie (not the member's reply), e.g. what the source did not state. */
    toelichting: griffieNote().optional(),
  })
  .superRefine((gift, ctx) => {
    if (gift.besluitdatum !== undefined && gift.besluitdatum < earliestDay(gift.datum)) {
      ctx.addIssue({
        code: 'custom',
        path: ['besluitdatum'],
        input: gift.besluitdatum,
        message: 'decision before receipt',
        ...message(
          `de besluitdatum ${gift.besluitdatum} ligt vóór de ontvangstdatum ${gift.datum}`,
          `the decision date ${gift.besluitdatum} is before the date received ${gift.datum}`,
        ),
      });
    }
    const forEvents = gift.bestemming === 'bijgewoond' || gift.bestemming === 'afgeslagen';
    if (gift.bestemming === 'onbekend') return;
    if (gift.soort === 'geschenk' && forEvents) {
      ctx.addIssue({
        code: 'custom',
        path: ['bestemming'],
        input: gift.bestemming,
        message: 'event destination on gift',
        ...message(
          `"${gift.bestemming}" past bij een uitnodiging of reis, niet bij een geschenk`,
          `"${gift.bestemming}" fits an invitation or trip, not a gift`,
        ),
      });
    }
    if (gift.soort !== 'geschenk' && !forEvents) {
      ctx.addIssue({
        code: 'custom',
        path: ['bestemming'],
        input: gift.bestemming,
        message: 'gift destination on event',
        ...message(
          `bij een ${gift.soort} is de bestemming "bijgewoond" of "afgeslagen", niet "${gift.bestemming}"`,
          `an invitation or trip is either "bijgewoond" (attended) or "afgeslagen" (declined), not "${gift.bestemming}"`,
        ),
      });
    }
  });
export type Gift = z.output<typeof GiftSchema>;

export const GiftsFileSchema = z.strictObject({
  geschenken: z.array(GiftSchema),
});
