/** Building blocks shared by the content schemas. */
import { z } from 'astro/zod';
import { bilingualError } from '../lib/content-errors.ts';
import { earliestDay, isIsoDate, isPartialDate, latestDay } from '../lib/dates.ts';
import { parseDate, parsePartialDate } from '../lib/spreadsheet-cells.ts';

/** A bilingual custom-issue payload (see src/lib/content-errors.ts). */
export function message(nl: string, en: string): { params: { nl: string; en: string } } {
  return { params: { nl, en } };
}

const HTML_LIKE = /<\s*[a-zA-Z!/?]|&#?[a-zA-Z0-9]+;/;
// Escaped text is inert anyway; this catches pasted links that would run script if linked.
const SCRIPT_URL = /\b(?:javascript|vbscript)\s*:/i;
// Control characters other than tab and newline have no place in a register.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/**
 * Plain text as editors type it: trimmed, not empty, no HTML or script. The site escapes all
 * text anyway; refusing markup here means an editor sees the mistake instead of odd output.
 */
export function text(max = 300) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      (v) => !HTML_LIKE.test(v),
      message(
        'HTML of code is niet toegestaan in tekst, kreeg {got}',
        'HTML or code is not allowed in text, got {got}',
      ),
    )
    .refine(
      (v) => !SCRIPT_URL.test(v),
      message(
        'scriptadressen (javascript:) zijn niet toegestaan, kreeg {got}',
        'script addresses (javascript:) are not allowed, got {got}',
      ),
    )
    .refine(
      (v) => !CONTROL.test(v),
      message(
        'onzichtbare stuurtekens zijn niet toegestaan',
        'invisible control characters are not allowed',
      ),
    );
}

/** What is wrong with a date that is not text, e.g. a year alone (2024) or an empty field. */
function dateTypeError(input: unknown): string | undefined {
  if (input === undefined) return undefined;
  if (input === null) {
    return bilingualError(
      'de datum is leeg; vul een datum in als JJJJ-MM-DD (zoals 2025-03-12), of haal de regel weg als het veld niet verplicht is',
      'the date is empty; fill in a date as YYYY-MM-DD (like 2025-03-12), or remove the line if the field is optional',
    );
  }
  if (typeof input === 'number' && Number.isInteger(input) && input >= 1000 && input <= 9999) {
    return bilingualError(
      `alleen een jaar (${input}) is geen datum; schrijf de hele datum als JJJJ-MM-DD, zoals ${input}-03-12`,
      `a year alone (${input}) is not a date; write the whole date as YYYY-MM-DD, like ${input}-03-12`,
    );
  }
  return bilingualError(
    `verwacht een datum JJJJ-MM-DD (zoals 2025-03-12), kreeg ${JSON.stringify(input)}`,
    `expected a date YYYY-MM-DD (like 2025-03-12), got ${JSON.stringify(input)}`,
  );
}

/** A calendar date written as JJJJ-MM-DD; impossible dates such as 30 February fail. */
export const isoDate = z
  .string({ error: (issue) => dateTypeError(issue.input) })
  .superRefine((value, ctx) => {
    if (isIsoDate(value)) return;
    if (value.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: 'empty date',
        ...message(
          'de datum is leeg; vul een datum in als JJJJ-MM-DD (zoals 2025-03-12)',
          'the date is empty; fill in a date as YYYY-MM-DD (like 2025-03-12)',
        ),
      });
      return;
    }
    refuseDate(value, ctx, readDate(value), false);
  });

/** The date a text most likely means ("1-3-2025" is 2025-03-01), for a message; never stored. */
function readDate(value: string): string | undefined {
  const read = parseDate(value);
  return read.ok && read.value !== undefined && read.value !== value ? read.value : undefined;
}

/**
 * Refuses a text that is not a date, saying which date it may mean so the editor can confirm it;
 * the content itself keeps only what the editor writes. `partial` adds that a month or a year
 * alone is allowed where the field takes one.
 */
function refuseDate(
  value: string,
  ctx: z.RefinementCtx,
  meant: string | undefined,
  partial: boolean,
): void {
  const hint = partial
    ? {
        nl: ' (of JJJJ-MM of JJJJ als de bron niet preciezer is, zoals 2015-03 voor maart 2015)',
        en: ' (or YYYY-MM or YYYY when the source is not more precise, like 2015-03 for March 2015)',
      }
    : { nl: '', en: '' };
  ctx.addIssue({
    code: 'custom',
    input: value,
    message: 'not a date',
    ...(meant === undefined
      ? message(
          `verwacht een datum JJJJ-MM-DD, kreeg {got}${hint.nl}`,
          `expected a date YYYY-MM-DD, got {got}${hint.en}`,
        )
      : message(
          `verwacht een datum JJJJ-MM-DD, kreeg {got}; bedoelt u ${meant}? Schrijf dan ${meant}`,
          `expected a date YYYY-MM-DD, got {got}; if you mean ${meant}, write ${meant}`,
        )),
  });
}

/**
 * A date as precise as the source gives it: `JJJJ-MM-DD`, or `JJJJ-MM` ("maart 2015"), or `JJJJ`
 * ("2015"), for starts and ends of terms and records and for a gift's date. Real registers often
 * give no more; inventing a day would publish something nobody declared.
 */
// Typed as the text editors and tools write (the generator, the importer); the year typed bare
// (`van: 2015`, a number to YAML) is accepted at run time on top of that.
export const partialDate = z.preprocess(
  // `van: 2015` is read by YAML as the number 2015, and meant as the year 2015.
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999
      ? String(value)
      : value,
  z.string({ error: (issue) => dateTypeError(issue.input) }).superRefine((value, ctx) => {
    if (isPartialDate(value)) return;
    // "maart 2015" means 2015-03 here, where a month alone is allowed.
    const read = parsePartialDate(value);
    refuseDate(value, ctx, read.ok && read.value !== value ? read.value : undefined, true);
  }),
) as unknown as z.ZodType<string, string>;

/** A stable identifier for permalinks: lower-case letters, digits and hyphens. */
export const slug = z
  .string()
  .refine(
    (v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v),
    message(
      'verwacht een id van kleine letters, cijfers en streepjes (zoals "voorzitter-stichting-x"), kreeg {got}',
      'expected an id of lower-case letters, digits and hyphens (like "voorzitter-stichting-x"), got {got}',
    ),
  )
  .max(80);

/** An amount in euros: a number, not text like "€ 75,-", with at most two decimals. */
export const euros = z
  .number()
  .nonnegative()
  .max(100_000_000)
  .refine(
    (v) => Math.round(v * 100) === Number((v * 100).toFixed(6)),
    message(
      'een bedrag heeft hoogstens twee decimalen, kreeg {got}',
      'an amount has at most two decimals, got {got}',
    ),
  );

/** A link to an official source document; only http(s). */
export const sourceUrl = z
  .url()
  .max(500)
  .refine(
    (v) => /^https?:\/\//i.test(v),
    message(
      'verwacht een webadres dat begint met https://, kreeg {got}',
      'expected a web address starting with https://, got {got}',
    ),
  );

/** Adds the rule that `tot` (end) is not before `van` (start); for partial dates, certainly not. */
export function checkPeriod(
  value: { van?: string | undefined; tot?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (
    value.van !== undefined &&
    value.tot !== undefined &&
    latestDay(value.tot) < earliestDay(value.van)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['tot'],
      input: value.tot,
      message: 'end before start',
      ...message(
        `de einddatum ${value.tot} ligt vóór de begindatum ${value.van}`,
        `the end date ${value.tot} is before the start date ${value.van}`,
      ),
    });
  }
}

/**
 * Per person and register, the state is explicit: a list of entries, "geen" (nothing to
 * declare) or "niet-opgegeven" (the member has not provided the declaration).
 */
export function declaration<T extends z.ZodType>(entry: T) {
  return z.union([
    z
      .array(entry)
      .refine(
        (list) => list.length > 0,
        message(
          'een lege lijst: schrijf "geen" (niets te melden) of "niet-opgegeven"',
          'an empty list: write "geen" (nothing to declare) or "niet-opgegeven" (not provided)',
        ),
      ),
    z.enum(['geen', 'niet-opgegeven']),
  ]);
}

/** Declaration state literals, for code that tells the three states apart. */
export type DeclarationStatus = 'geen' | 'niet-opgegeven';

/**
 * A record taken out of the register with a reason (for instance entered by mistake). The record
 * stays in the content and on the site, marked as withdrawn: a register never loses an entry silently.
 */
export const WithdrawalSchema = z.strictObject({
  /** Date of the withdrawal. */
  datum: isoDate,
  /** Why, in a sentence the public can read, e.g. "Dubbel opgegeven". */
  reden: text(300),
});
export type Withdrawal = z.output<typeof WithdrawalSchema>;

/** The member's own comment on an entry (right of reply), shown beside it. */
export const reply = () => text(1000);

/**
 * A note by the griffie on an entry, shown apart from the member's reply: where an entry came
 * from or what its source leaves out, e.g. "Overgenomen uit het register van 2019".
 */
export const griffieNote = () => text(1000);
