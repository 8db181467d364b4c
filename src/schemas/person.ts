/**
 * A person in the body's council, its executive or its chair (`content/people/<id>.md`, front
 * matter only).
 * The file name is the person's id and permalink. Only what the law asks to be public is
 * stored: there is no field for an address, a partner or an identity number.
 */
import { z } from 'astro/zod';
import { ALL_OFFICES, officeRole } from './body.ts';
import { checkPeriod, declaration, isoDate, message, partialDate, slug, text } from './common.ts';
import { FinancialInterestSchema } from './financial-interest.ts';
import { SideIncomeYearSchema } from './side-income.ts';
import { SidePositionSchema } from './side-position.ts';

/** Name parts; the tussenvoegsel is kept apart so that "van den Berg" sorts under B. */
export const NameSchema = z.strictObject({
  /** Initials with dots, e.g. "J.H.", "IJ." or "Chr.". */
  voorletters: text(20).refine(
    (v) => /^(?:(?:IJ|\p{Lu}\p{Ll}{0,3})\.-?)+$/u.test(v.replace(/\s/g, '')),
    message(
      'verwacht voorletters met punten, zoals "J.H.", kreeg {got}',
      'expected initials with dots, like "J.H.", got {got}',
    ),
  ),
  /** First name the person goes by, optional. */
  roepnaam: text(60).optional(),
  /** Particles such as "van", "de", "van der", "'t"; lower case as written in the middle of a name. */
  tussenvoegsel: text(20).optional(),
  /** Surname without particles: "Berg" for "van den Berg". */
  achternaam: text(80),
});

/**
 * The offices a person can hold, in the body's own words (src/schemas/body.ts); that the office
 * belongs to the site's kind of body is checked with site.yaml (src/data/load.ts).
 */
export const OfficeSchema = z.enum(ALL_OFFICES);
export type { Office } from './body.ts';

export const RoleSchema = z
  .strictObject({
    /**
     * The office: statenlid, gedeputeerde or commissaris (a province); raadslid, wethouder or
     * burgemeester (a municipality); lid-algemeen-bestuur, lid-dagelijks-bestuur or dijkgraaf (a
     * water board).
     */
    functie: OfficeSchema,
    /** Id of the fractie in `content/fracties.yaml`; required for council members. */
    fractie: slug.optional(),
    /** Portfolio of a member of the executive; `onbekend` when the source does not name it. */
    portefeuille: text(300).optional(),
    /** Start of the term: a date, or `JJJJ-MM` / `JJJJ` when the source gives no more. */
    van: partialDate,
    /** End of the term; a member who left stays on record. A date, `JJJJ-MM` or `JJJJ`. */
    tot: partialDate.optional(),
    /**
     * True for a member of the executive who serves part-time: only one who serves full-time
     * publishes the income from side positions (Provinciewet art. 40b, Gemeentewet art. 41b,
     * Waterschapswet art. 44a). Only for members of the executive.
     */
    deeltijd: z.boolean().optional(),
  })
  .superRefine((role, ctx) => {
    checkPeriod(role, ctx);
    const kind = officeRole(role.functie);
    if (kind === 'member' && role.fractie === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['fractie'],
        message: 'fractie missing',
        ...message(
          `een ${role.functie} hoort bij een fractie; vul "fractie" in`,
          `a ${role.functie} belongs to a fractie; fill in "fractie"`,
        ),
      });
    }
    if (kind === 'executive' && role.portefeuille === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['portefeuille'],
        message: 'portfolio missing',
        ...message(
          `een ${role.functie} heeft een portefeuille; vul "portefeuille" in`,
          `a ${role.functie} has a portfolio; fill in "portefeuille"`,
        ),
      });
    }
    if (kind !== 'executive' && role.deeltijd !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['deeltijd'],
        message: 'part-time only for GS',
        ...message(
          `alleen bij een lid van het bestuur (zoals een gedeputeerde of wethouder) staat of die in deeltijd werkt, niet bij een ${role.functie}`,
          `only a member of the executive (such as a gedeputeerde or wethouder) has "deeltijd", not a ${role.functie}`,
        ),
      });
    }
    if (kind !== 'executive' && role.portefeuille !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['portefeuille'],
        message: 'portfolio only for GS',
        ...message(
          `alleen een lid van het bestuur (zoals een gedeputeerde of wethouder) heeft een portefeuille, niet een ${role.functie}`,
          `only a member of the executive (such as a gedeputeerde or wethouder) has a portfolio, not a ${role.functie}`,
        ),
      });
    }
  });
export type Role = z.output<typeof RoleSchema>;

export const PersonSchema = z.strictObject({
  naam: NameSchema,
  /** Terms in office, oldest first or in any order; at least one. */
  rollen: z.array(RoleSchema).min(1),
  /** Side positions: a list, "geen" (nothing to declare) or "niet-opgegeven" (not provided). */
  nevenfuncties: declaration(SidePositionSchema),
  /** Financial interests: a list, "geen" or "niet-opgegeven". */
  financieleBelangen: declaration(FinancialInterestSchema),
  /**
   * Income from side positions per calendar year (neveninkomsten), for a member of the executive
   * serving full-time and the chair (src/bodies/ names the articles): one entry per year, oldest
   * first or in any order.
   */
  neveninkomsten: z.array(SideIncomeYearSchema).min(1).optional(),
  /** Set to "niet-opgegeven" when the member has not returned the gift declaration; gifts themselves live in content/gifts/. */
  geschenken: z.literal('niet-opgegeven').optional(),
  /**
   * Periods for which the member declared to have received no gifts or invitations: different from
   * no declaration at all. A gift dated inside such a period is refused as a contradiction.
   */
  geenGeschenken: z
    .array(
      z
        .strictObject({
          /** First day of the period declared. */
          van: isoDate,
          /** Last day of the period declared. */
          tot: isoDate,
          /** When the member declared it. */
          bevestigd: isoDate.optional(),
        })
        .superRefine((value, ctx) => checkPeriod(value, ctx)),
    )
    .min(1)
    .optional(),
  /**
   * Per register, the date the member last confirmed the whole declaration (also "geen"); entries
   * carry their own `bevestigd` too, and the latest of all counts for the update round.
   */
  bevestigd: z
    .strictObject({
      nevenfuncties: isoDate.optional(),
      financieleBelangen: isoDate.optional(),
    })
    .optional(),
});
export type Person = z.output<typeof PersonSchema>;
export type PersonName = z.output<typeof NameSchema>;

/** The id rule for person files: the file name without `.md`. */
export const PersonIdSchema = slug;
