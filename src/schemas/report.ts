/**
 * The annual integrity report (jaarverslag integriteit, Ambtenarenwet art. 4 lid 3): the figures in
 * the front matter of `content/reports/<id>.md`, the narrative below it.
 *
 * The sections follow Utrecht's template (Bijlage 2 of its integrity plan) and what real reports
 * publish. Every section is optional: a report publishes only some, and a missing section means
 * "not reported", never 0. Categories that change between years (counsellor topics, Bibob figures)
 * are free lists, not fixed enums. Parts may not add up to more than a stated total; fewer is
 * allowed (a report may break down only part of its total).
 */
import { z } from 'astro/zod';
import { euros, isoDate, message, sourceUrl, text } from './common.ts';
import { formatNumber } from '../lib/format.ts';

/** A whole number of things counted: oaths, reports, conversations. */
const count = z.number().int().nonnegative().max(1_000_000);

/** A comment the report itself makes on a figure, e.g. "van 4 naar 2 meldingen". */
const comment = text(2000);

/** Kind of report of suspected wrongdoing (melding). */
export const ReportKindSchema = z.enum([
  'misstand',
  'zakelijke-integriteit',
  'sociale-integriteit',
  'lkog',
  'overig',
]);
export type ReportKind = z.output<typeof ReportKindSchema>;

/** What an investigation of a report concluded. */
export const OutcomeSchema = z.enum([
  'gegrond',
  'ongegrond',
  'niet-onderzoekswaardig',
  'in-behandeling',
  'anders',
]);
export type Outcome = z.output<typeof OutcomeSchema>;

/** What became of last year's action point. */
export const ActionStatusSchema = z.enum([
  'afgerond',
  'deels-afgerond',
  'loopt-door',
  'niet-uitgevoerd',
  'vervallen',
]);
export type ActionStatus = z.output<typeof ActionStatusSchema>;

function sum(values: readonly { aantal: number }[]): number {
  return values.reduce((total, v) => total + v.aantal, 0);
}

/**
 * Adds an issue when the parts add up to more than the total the report states. `path` is where
 * the issue points when the parts are not one list (`intern` and `extern`).
 */
function checkParts(
  ctx: z.RefinementCtx,
  total: number | undefined,
  parts: readonly { aantal: number }[] | undefined,
  partsField: string,
  totalField: string,
  path: readonly string[] = [partsField],
): void {
  if (total === undefined || parts === undefined) return;
  const partsSum = sum(parts);
  if (partsSum > total) {
    ctx.addIssue({
      code: 'custom',
      path: [...path],
      message: 'parts exceed total',
      ...message(
        `de aantallen in "${partsField}" tellen op tot ${partsSum}, meer dan "${totalField}" (${total}); corrigeer een van beide`,
        `the numbers in "${partsField}" add up to ${partsSum}, more than "${totalField}" (${total}); correct one of them`,
      ),
    });
  }
}

/** Adds an issue for every label that appears twice in a list (case and spacing ignored). */
function checkUnique<T>(
  ctx: z.RefinementCtx,
  list: readonly T[] | undefined,
  field: string,
  key: (item: T) => string,
): void {
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    const k = key(item).toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').trim();
    if (seen.has(k)) {
      ctx.addIssue({
        code: 'custom',
        path: [field, i],
        message: 'duplicate',
        ...message(
          `"${key(item)}" staat twee keer in de lijst; tel ze op in één regel`,
          `"${key(item)}" appears twice in the list; add them up in one line`,
        ),
      });
    }
    seen.add(k);
  });
}

/** Adds an issue when none of `fields` is filled in. */
function requireOne(ctx: z.RefinementCtx, value: object, fields: readonly string[]): void {
  if (!fields.some((f) => (value as Record<string, unknown>)[f] !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      message: 'empty section',
      ...message(
        `vul minstens een van ${fields.map((f) => `"${f}"`).join(', ')} in, of laat het onderdeel weg`,
        `fill in at least one of ${fields.map((f) => `"${f}"`).join(', ')}, or leave the section out`,
      ),
    });
  }
}

/** A number per outcome. */
export const OutcomeCountSchema = z.strictObject({
  uitkomst: OutcomeSchema,
  aantal: count,
});

/** Oaths and affirmations (ambtseed of -belofte) taken this year. */
export const OathsSchema = z
  .strictObject({
    /** Total taken, as the report states it. */
    totaal: count.optional(),
    /** Split by group, e.g. medewerkers, trainees, griffie. */
    groepen: z
      .array(z.strictObject({ groep: text(120), aantal: count }))
      .min(1)
      .optional(),
    /** Number of sessions in which the oath was taken. */
    bijeenkomsten: count.optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['totaal', 'groepen']);
    checkParts(ctx, value.totaal, value.groepen, 'groepen', 'totaal');
    checkUnique(ctx, value.groepen, 'groepen', (g) => g.groep);
  });
export type Oaths = z.output<typeof OathsSchema>;

/** Reports of one kind, with their outcomes. */
export const ReportKindCountSchema = z
  .strictObject({
    soort: ReportKindSchema,
    /** Required with `soort: overig`: what kind of report. */
    omschrijving: text(200).optional(),
    aantal: count,
    uitkomsten: z.array(OutcomeCountSchema).min(1).optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.soort === 'overig' && value.omschrijving === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['omschrijving'],
        message: 'describe other',
        ...message(
          'bij soort "overig" hoort een omschrijving',
          'kind "overig" needs an "omschrijving"',
        ),
      });
    }
    checkParts(ctx, value.aantal, value.uitkomsten, 'uitkomsten', 'aantal');
    checkUnique(ctx, value.uitkomsten, 'uitkomsten', (u) => u.uitkomst);
  });

/** Reports (meldingen) of suspected wrongdoing received this year. */
export const ReportsSchema = z
  .strictObject({
    /** Total number of reports, as the report states it. */
    totaal: count.optional(),
    /** Per kind: whistleblower (misstand), business and social integrity, complaints to the LKOG. */
    perSoort: z.array(ReportKindCountSchema).min(1).optional(),
    /** Retaliation against reporters (template IV e-h): requests for investigation. */
    benadeling: z.strictObject({ verzoeken: count, toelichting: comment.optional() }).optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['totaal', 'perSoort']);
    checkParts(ctx, value.totaal, value.perSoort, 'perSoort', 'totaal');
    checkUnique(ctx, value.perSoort, 'perSoort', (k) =>
      k.soort === 'overig' ? `overig:${k.omschrijving ?? ''}` : k.soort,
    );
  });
export type Reports = z.output<typeof ReportsSchema>;

/** Integrity investigations carried out, and their results. */
export const InvestigationsSchema = z
  .strictObject({
    aantal: count.optional(),
    uitkomsten: z.array(OutcomeCountSchema).min(1).optional(),
    /**
     * By what was investigated, in the report's own words (NRC's overview of the provinces 2012-2016:
     * "Belangenverstrengeling (8), Fraude (8), …"); the kinds differ per report, so a free list.
     */
    perSoort: z
      .array(z.strictObject({ soort: text(200), aantal: count }))
      .min(1)
      .optional(),
    /** Carried out by the organisation itself (integrity coordinator, audit unit). */
    intern: count.optional(),
    /** Carried out by an external party (investigation bureau); NRC: "Extern onderzoek: 7 keer". */
    extern: count.optional(),
    /** What the external investigations cost, in euros; NRC: "Totale kosten extern onderzoek". */
    kostenExtern: euros.optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, [
      'aantal',
      'uitkomsten',
      'perSoort',
      'intern',
      'extern',
      'kostenExtern',
      'toelichting',
    ]);
    checkParts(ctx, value.aantal, value.uitkomsten, 'uitkomsten', 'aantal');
    checkUnique(ctx, value.uitkomsten, 'uitkomsten', (u) => u.uitkomst);
    checkParts(ctx, value.aantal, value.perSoort, 'perSoort', 'aantal');
    checkUnique(ctx, value.perSoort, 'perSoort', (k) => k.soort);
    const byWhom = (['intern', 'extern'] as const).filter((field) => value[field] !== undefined);
    const last = byWhom.at(-1);
    if (last)
      checkParts(
        ctx,
        value.aantal,
        byWhom.map((field) => ({ aantal: value[field] ?? 0 })),
        byWhom.join('" en "'),
        'aantal',
        [last],
      );
  });
export type Investigations = z.output<typeof InvestigationsSchema>;

/**
 * Violations of one standing (suspected or established) by kind. The kinds are the report's own:
 * the Rijk's yearly reports use nine types ("Financiële schendingen", "Ongewenste omgangsvormen",
 * …), NRC's overview of the provinces others ("Belangenverstrengeling", "Fraude").
 */
export const ViolationCountSchema = z
  .strictObject({
    /** Total, as the report states it. */
    totaal: count.optional(),
    perSoort: z
      .array(z.strictObject({ soort: text(200), aantal: count }))
      .min(1)
      .optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['totaal', 'perSoort']);
    checkParts(ctx, value.totaal, value.perSoort, 'perSoort', 'totaal');
    checkUnique(ctx, value.perSoort, 'perSoort', (k) => k.soort);
  });
export type ViolationCount = z.output<typeof ViolationCountSchema>;

/**
 * Integrity violations (integriteitsschendingen), as a series apart from the reports (meldingen):
 * one report may concern several violations, and many reports give both the suspected violations
 * and the ones established after investigation, which differ (the Rijk's 2015 report: 884
 * suspected, 557 established). Entering either as `meldingen` would claim reports the source
 * never counted.
 */
export const ViolationsSchema = z
  .strictObject({
    /** Suspected violations (vermoedelijke integriteitsschendingen) registered this year. */
    vermoedelijk: ViolationCountSchema.optional(),
    /** Violations established (vastgesteld, "geconstateerd") this year, after investigation. */
    vastgesteld: ViolationCountSchema.optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => requireOne(ctx, value, ['vermoedelijk', 'vastgesteld']));
export type Violations = z.output<typeof ViolationsSchema>;

/**
 * Kind of measure taken after a violation, as the Rijk's and ministries' reports list them
 * (BZK 2015: "strafontslag", "voorwaardelijk strafontslag", "berisping", "aangifte"; Defensie:
 * "ontslagen", "berispt", "verplaatst"); anything else is `overig` with its own description.
 */
export const MeasureKindSchema = z.enum([
  'waarschuwing',
  'berisping',
  'schorsing',
  'overplaatsing',
  'voorwaardelijk-ontslag',
  'ontslag',
  'aangifte',
  'overig',
]);
export type MeasureKind = z.output<typeof MeasureKindSchema>;

/** Measures of one kind. */
export const MeasureCountSchema = z
  .strictObject({
    soort: MeasureKindSchema,
    /** Required with `soort: overig`: what measure, e.g. "Geldboete". */
    omschrijving: text(200).optional(),
    aantal: count,
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.soort === 'overig' && value.omschrijving === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['omschrijving'],
        message: 'describe other',
        ...message(
          'bij soort "overig" hoort een omschrijving',
          'kind "overig" needs an "omschrijving"',
        ),
      });
    }
  });

/** Measures (maatregelen, sancties) taken after integrity violations this year. */
export const MeasuresSchema = z
  .strictObject({
    /** Total number of measures, as the report states it. */
    totaal: count.optional(),
    perSoort: z.array(MeasureCountSchema).min(1).optional(),
    /** Cases in which no measure followed (Defensie 2015: "In 153 zaken is geen maatregel genomen"); not a measure, so not part of `totaal`. */
    geenMaatregel: count.optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['totaal', 'perSoort', 'geenMaatregel']);
    checkParts(ctx, value.totaal, value.perSoort, 'perSoort', 'totaal');
    checkUnique(ctx, value.perSoort, 'perSoort', (k) =>
      k.soort === 'overig' ? `overig:${k.omschrijving ?? ''}` : k.soort,
    );
  });
export type Measures = z.output<typeof MeasuresSchema>;

/**
 * Requests (verzoeken) made to a body, e.g. to the audit unit or a Bureau Integriteit: how many,
 * per body and kind of request. A count, so that it is not hidden in a sentence.
 */
export const RequestsSchema = z
  .strictObject({
    cijfers: z
      .array(
        z.strictObject({
          /** The body the requests went to, e.g. "Bureau Integriteit". */
          instantie: text(200),
          /** The kind of request, e.g. "verzoek om onderzoek"; left out when the report does not say. */
          soort: text(200).optional(),
          aantal: count,
        }),
      )
      .min(1),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) =>
    checkUnique(ctx, value.cijfers, 'cijfers', (c) => `${c.instantie}|${c.soort ?? ''}`),
  );
export type Requests = z.output<typeof RequestsSchema>;

/**
 * The years a report covers when it covers more than one, e.g. an overview of 2012 up to and
 * including 2016. `totEnMet` is inclusive, as Dutch "tot en met"; a plain "tot" would be read
 * both ways.
 */
export const ReportPeriodSchema = z
  .strictObject({
    van: z.number().int().min(2000).max(2100),
    totEnMet: z.number().int().min(2000).max(2100),
  })
  .superRefine((value, ctx) => {
    if (value.totEnMet <= value.van) {
      ctx.addIssue({
        code: 'custom',
        path: ['totEnMet'],
        message: 'period not after start',
        ...message(
          `"totEnMet" (${value.totEnMet}) moet na "van" (${value.van}) liggen; een verslag over één jaar krijgt "jaar: ${value.van}" in plaats van een periode`,
          `"totEnMet" (${value.totEnMet}) must be after "van" (${value.van}); a report on one year takes "jaar: ${value.van}" instead of a period`,
        ),
      });
    }
  });
export type ReportPeriod = z.output<typeof ReportPeriodSchema>;

/**
 * Fields that would identify a person in a case; refused by name so the message says why.
 * Cases are published anonymised (integrity plan: "geanonimiseerd, niet tot personen herleidbaar").
 */
export const FORBIDDEN_CASE_KEYS = [
  'naam',
  'name',
  'voornaam',
  'achternaam',
  'voorletters',
  'persoon',
  'betrokkene',
  'melder',
  'medewerker',
] as const;

function refuseNames(value: unknown, ctx: z.RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of FORBIDDEN_CASE_KEYS) {
    if (key in value) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'name not allowed',
        ...message(
          `zaken worden geanonimiseerd gepubliceerd, zonder namen; verwijder "${key}"`,
          `cases are published anonymised, without names; remove "${key}"`,
        ),
      });
    }
  }
}

/** One row of the anonymised case table: no field names a person. */
export const CaseSchema = z
  .looseObject({})
  .superRefine(refuseNames)
  .pipe(
    z.strictObject({
      /** Year of the report (melding); may be before the report's year. */
      jaar: z.number().int().min(2000).max(2100),
      /** Who commissioned the investigation, by function (e.g. "Bureauhoofd"). */
      opdrachtgever: text(120),
      /** Kind of report, when the report says so. */
      soort: ReportKindSchema.optional(),
      /** The alleged violation, as reported. */
      vermeendeSchending: text(2000),
      /** Object of the investigation. */
      object: text(2000),
      /** Findings. */
      bevindingen: text(4000),
      /** Consequence. */
      gevolg: text(4000),
      /** Outcome, for counting; the findings say it in words. */
      uitkomst: OutcomeSchema.optional(),
      /** External party involved (investigation bureau, LKOG), or "n.v.t.". */
      externePartij: text(200).optional(),
    }),
  );
export type Case = z.output<typeof CaseSchema>;

/** Conversations with confidential counsellors (vertrouwenspersonen). */
export const CounsellorSchema = z
  .strictObject({
    /** Total number of conversations. */
    gesprekken: count.optional(),
    /** By topic; the topics are the report's own and may differ from year to year. */
    onderwerpen: z
      .array(z.strictObject({ onderwerp: text(120), aantal: count }))
      .min(1)
      .optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['gesprekken', 'onderwerpen']);
    checkParts(ctx, value.gesprekken, value.onderwerpen, 'onderwerpen', 'gesprekken');
    checkUnique(ctx, value.onderwerpen, 'onderwerpen', (o) => o.onderwerp);
  });
export type Counsellor = z.output<typeof CounsellorSchema>;

/** A prevention activity: how often it took place and how many took part. */
export const ActivitySchema = z
  .strictObject({
    /** Number of sessions. */
    aantal: count.optional(),
    /** Number of participants. */
    deelnemers: count.optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => requireOne(ctx, value, ['aantal', 'deelnemers', 'toelichting']));
export type Activity = z.output<typeof ActivitySchema>;

/** Prevention: dilemma game, trainings, webinars and other activities. */
export const PreventionSchema = z
  .strictObject({
    dilemmaspel: ActivitySchema.optional(),
    trainingen: ActivitySchema.optional(),
    webinars: ActivitySchema.optional(),
    /** Other activities, in the report's own words. */
    overig: z
      .array(
        z
          .strictObject({
            omschrijving: text(300),
            aantal: count.optional(),
            deelnemers: count.optional(),
            toelichting: comment.optional(),
          })
          .superRefine((value, ctx) =>
            requireOne(ctx, value, ['aantal', 'deelnemers', 'toelichting']),
          ),
      )
      .min(1)
      .optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['dilemmaspel', 'trainingen', 'webinars', 'overig']);
    checkUnique(ctx, value.overig, 'overig', (o) => o.omschrijving);
  });
export type Prevention = z.output<typeof PreventionSchema>;

/** Bibob screenings (Wet Bibob); the kinds of figures differ per year. */
export const BibobSchema = z
  .strictObject({
    cijfers: z
      .array(z.strictObject({ soort: text(200), aantal: count }))
      .min(1)
      .optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['cijfers', 'toelichting']);
    checkUnique(ctx, value.cijfers, 'cijfers', (c) => c.soort);
  });
export type Bibob = z.output<typeof BibobSchema>;

/** Deviations from the procurement rules, with reasons (template IV). */
export const ProcurementSchema = z
  .strictObject({
    afwijkingen: count.optional(),
    redenen: z
      .array(z.strictObject({ reden: text(300), aantal: count }))
      .min(1)
      .optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['afwijkingen', 'redenen']);
    checkParts(ctx, value.afwijkingen, value.redenen, 'redenen', 'afwijkingen');
    checkUnique(ctx, value.redenen, 'redenen', (r) => r.reden);
  });
export type Procurement = z.output<typeof ProcurementSchema>;

/** One score from a staff survey, e.g. "sociale veiligheid" 7,7 out of 10. */
export const SurveyScoreSchema = z
  .strictObject({
    /** The survey, e.g. "Werkbelevingsonderzoek november 2022". */
    onderzoek: text(200),
    /** The module or question. */
    onderdeel: text(200),
    score: z.number().nonnegative().max(100),
    /** The top of the scale; 10 unless stated. */
    schaal: z.number().positive().max(100).default(10),
  })
  .superRefine((value, ctx) => {
    if (value.score > value.schaal) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: 'score above scale',
        ...message(
          `de score ${formatNumber(value.score)} is hoger dan de schaal (${formatNumber(value.schaal)})`,
          `the score ${value.score} is above the scale (${value.schaal})`,
        ),
      });
    }
  });
export type SurveyScore = z.output<typeof SurveyScoreSchema>;

/** Advice given by the integrity coordinator or team. */
export const AdviceSchema = z
  .strictObject({
    aantal: count.optional(),
    /** Anonymised examples of dilemmas discussed. */
    voorbeelden: z.array(text(2000)).min(1).optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => requireOne(ctx, value, ['aantal', 'voorbeelden', 'toelichting']));
export type Advice = z.output<typeof AdviceSchema>;

/** Last year's action points with what became of them, and next year's. */
export const ActionPointsSchema = z
  .strictObject({
    vorigJaar: z
      .array(
        z.strictObject({
          actiepunt: text(300),
          stand: ActionStatusSchema,
          toelichting: comment.optional(),
        }),
      )
      .min(1)
      .optional(),
    komendJaar: z
      .array(z.strictObject({ actiepunt: text(300), toelichting: comment.optional() }))
      .min(1)
      .optional(),
  })
  .superRefine((value, ctx) => requireOne(ctx, value, ['vorigJaar', 'komendJaar']));
export type ActionPoints = z.output<typeof ActionPointsSchema>;

/** The front matter of an annual integrity report. */
export const ReportSchema = z
  .strictObject({
    /** The year reported on; a report over several years gives `periode` instead. */
    jaar: z.number().int().min(2000).max(2100).optional(),
    /** The years an overview covers, e.g. `{ van: 2012, totEnMet: 2016 }`; instead of `jaar`. */
    periode: ReportPeriodSchema.optional(),
    /** Title as published, e.g. "Jaarverslag integriteit 2024". */
    titel: text(200),
    /** The organisation reporting, e.g. "Provincie Drenthe"; the site's own body when left out. */
    organisatie: text(120).optional(),
    /** Date Gedeputeerde Staten adopted the report. */
    vastgesteld: isoDate.optional(),
    /** Link to the published document. */
    bron: sourceUrl.optional(),
    /** A short summary for the overview page. */
    samenvatting: text(1500).optional(),
    /** Oaths and affirmations. */
    eed: OathsSchema.optional(),
    /** Reports of suspected wrongdoing. */
    meldingen: ReportsSchema.optional(),
    /** Suspected and established violations, apart from the reports. */
    schendingen: ViolationsSchema.optional(),
    /** Integrity investigations and their results. */
    onderzoeken: InvestigationsSchema.optional(),
    /** Measures taken after violations. */
    maatregelen: MeasuresSchema.optional(),
    /** The anonymised case table. */
    zaken: z.array(CaseSchema).min(1).optional(),
    /** Requests made to a body (audit unit, Bureau Integriteit). */
    verzoeken: RequestsSchema.optional(),
    /** Confidential-counsellor conversations. */
    vertrouwenspersonen: CounsellorSchema.optional(),
    /** Prevention activities. */
    preventie: PreventionSchema.optional(),
    /** Bibob screenings. */
    bibob: BibobSchema.optional(),
    /** Procurement deviations. */
    inkoop: ProcurementSchema.optional(),
    /** Staff-survey scores. */
    enquete: z.array(SurveyScoreSchema).min(1).optional(),
    /** Advice given. */
    adviezen: AdviceSchema.optional(),
    /** Action points. */
    actiepunten: ActionPointsSchema.optional(),
  })
  .superRefine((value, ctx) => {
    // One year or one period: a report over 2012-2016 filed under one of those years would put
    // five years' figures in one year's column.
    if (value.jaar === undefined && value.periode === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['jaar'],
        message: 'year or period',
        ...message(
          'vul "jaar" in (het jaar waarover het verslag gaat), of "periode" met "van" en "totEnMet" voor een verslag over meerdere jaren',
          'fill in "jaar" (the year the report is on), or "periode" with "van" and "totEnMet" for a report on several years',
        ),
      });
    }
    if (value.jaar !== undefined && value.periode !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['periode'],
        message: 'year and period',
        ...message(
          'een verslag gaat over één jaar ("jaar") of over meerdere jaren ("periode"), niet allebei; haal een van beide weg',
          'a report is on one year ("jaar") or on several years ("periode"), not both; remove one of them',
        ),
      });
    }
  });
export type Report = z.output<typeof ReportSchema>;

/** The sections of a report that a body can place with `::figuur` or `::tabel`, in page order. */
export const REPORT_SECTIONS = [
  'eed',
  'meldingen',
  'schendingen',
  'onderzoeken',
  'maatregelen',
  'zaken',
  'verzoeken',
  'vertrouwenspersonen',
  'preventie',
  'bibob',
  'inkoop',
  'enquete',
  'adviezen',
  'actiepunten',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
