/** Site configuration (`content/site.yaml`): everything that differs between bodies. */
import { z } from 'astro/zod';
import { BodyKindSchema, WaterBoardNameSchema } from './body.ts';
import { isoDate, message, text } from './common.ts';

/** How often a register is updated; the next update is due this long after the last one. */
export const CadenceSchema = z.enum(['kwartaal', 'halfjaar', 'jaar']);
export type Cadence = z.output<typeof CadenceSchema>;

/** The state of one register: how often it is updated and when it last was. */
export const RegisterConfigSchema = z.strictObject({
  /** Update cadence: `kwartaal` (quarterly), `halfjaar` (half-yearly) or `jaar` (yearly). */
  cadans: CadenceSchema,
  /**
   * Date of the last update round that was published (JJJJ-MM-DD). Only for a register without
   * editions (content/edities/): once editions are published, the latest edition is the last
   * update and this field must go, so there is one source of truth.
   */
  bijgewerkt: isoDate.optional(),
});
export type RegisterConfig = z.output<typeof RegisterConfigSchema>;

/** The keys of the registers, used in data attributes and configuration; each is defined in src/registers/. */
export const REGISTER_KEYS = [
  'nevenfuncties',
  'financieleBelangen',
  'geschenken',
  'nevenwerkzaamheden',
  'neveninkomsten',
] as const;
export type RegisterKey = (typeof REGISTER_KEYS)[number];

export const SiteConfigSchema = z
  .strictObject({
    /**
     * The kind of body: `provincie`, `gemeente` or `waterschap`. The names of its organs and
     * offices, its page addresses and the articles the site cites follow from it (src/bodies/).
     */
    soort: BodyKindSchema,
    /** The body's name without the kind, e.g. "Zilverland" for Provincie Zilverland. */
    naam: text(80),
    /**
     * Only for a water board: what it is called, `waterschap` (the default), `hoogheemraadschap`
     * or `wetterskip`, e.g. Hoogheemraadschap Zilverwaard.
     */
    benaming: WaterBoardNameSchema.optional(),
    /** True for demo content: every page then says the body is fictional. */
    fictief: z.boolean(),
    /** Who keeps the registers, shown as the contact: usually the griffie. */
    contact: z.strictObject({
      /** Name of the office, e.g. "Statengriffie" or "Griffie". */
      naam: text(120),
      /** E-mail address for questions and corrections. */
      email: z.email().max(200),
    }),
    /** Gifts worth more than this many euros may not be kept (gedragscode; EUR 50 in the seeds). */
    geschenkdrempel: z.number().positive().max(10_000),
    /** Officials from this salary scale up have their side activities published (the body's own rule). */
    schaaldrempel: z.number().int().min(1).max(20),
    /** Per register: cadence and last update. */
    registers: z.strictObject(
      Object.fromEntries(REGISTER_KEYS.map((key) => [key, RegisterConfigSchema])) as Record<
        RegisterKey,
        typeof RegisterConfigSchema
      >,
    ),
  })
  .superRefine((site, ctx) => {
    if (site.benaming !== undefined && site.soort !== 'waterschap') {
      ctx.addIssue({
        code: 'custom',
        path: ['benaming'],
        message: 'benaming only for a water board',
        ...message(
          'alleen een waterschap heeft een "benaming" (waterschap, hoogheemraadschap of wetterskip); laat dit veld weg',
          'only a water board has a "benaming" (waterschap, hoogheemraadschap or wetterskip); leave this field out',
        ),
      });
    }
  });
export type SiteConfig = z.output<typeof SiteConfigSchema>;
