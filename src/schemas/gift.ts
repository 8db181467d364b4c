/** The gift register: gifts, invitations and trips received (gedragscode art. 4.1). */
import { z } from 'astro/zod';
import { euros, isoDate, message, reply, slug, sourceUrl, text, WithdrawalSchema } from './common.ts';

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
  'provinciaal-eigendom',
  'bijgewoond',
  'afgeslagen',
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
      ctx.addIssue({ code: 'custom', message: 'exactly one', ...message('vul precies één van "persoon" of "functie" in', 'fill in exactly one of "persoon" or "functie"') });
    }
  });

export const GiftSchema = z
  .strictObject({
    /** Stable id, unique across the gift register, e.g. `2025-017`. */
    id: slug,
    /** Date received. */
    datum: isoDate,
    ontvanger: RecipientSchema,
    /** Who gave it: an organisation or a function, not a private person's name. */
    gever: text(200),
    /** The occasion, e.g. "werkbezoek" or "nieuwjaarsreceptie". */
    gelegenheid: text(200),
    /** What it was. */
    omschrijving: text(300),
    /** Estimated value in euros, as a number (not "€ 75,-"). */
    waarde: euros,
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
  })
  .superRefine((gift, ctx) => {
    if (gift.besluitdatum !== undefined && gift.besluitdatum < gift.datum) {
      ctx.addIssue({ code: 'custom', path: ['besluitdatum'], input: gift.besluitdatum, message: 'decision before receipt', ...message(`de besluitdatum ${gift.besluitdatum} ligt vóór de ontvangstdatum ${gift.datum}`, `the decision date ${gift.besluitdatum} is before the date received ${gift.datum}`) });
    }
    const forEvents = gift.bestemming === 'bijgewoond' || gift.bestemming === 'afgeslagen';
    if (gift.soort === 'geschenk' && forEvents) {
      ctx.addIssue({ code: 'custom', path: ['bestemming'], input: gift.bestemming, message: 'event destination on gift', ...message(`"${gift.bestemming}" past bij een uitnodiging of reis, niet bij een geschenk`, `"${gift.bestemming}" fits an invitation or trip, not a gift`) });
    }
    if (gift.soort !== 'geschenk' && !forEvents) {
      ctx.addIssue({ code: 'custom', path: ['bestemming'], input: gift.bestemming, message: 'gift destination on event', ...message(`bij een ${gift.soort} is de bestemming "bijgewoond" of "afgeslagen", niet "${gift.bestemming}"`, `an invitation or trip is either "bijgewoond" (attended) or "afgeslagen" (declined), not "${gift.bestemming}"`) });
    }
  });
export type Gift = z.output<typeof GiftSchema>;

export const GiftsFileSchema = z.strictObject({
  geschenken: z.array(GiftSchema),
});
