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
import { isoDate, message, sourceUrl, text } from './common.ts';
import { formatDutch } from '../lib/content-text.ts';

/** A whole number of things counted: oaths, reports, conversations. */
const count = z.number().int().nonnegative().max(1_000_000);

/** A comment the report itself makes on a figure, e.g. "van 4 naar 2 meldingen". */
const comment = text(2000);

/** Kind of report of suspected wrongdoing (melding). */
export const ReportKindSchema = z.enum(['misstand', 'zakelijke-integriteit', 'sociale-integriteit', 'lkog', 'overig']);
export type ReportKind = z.output<typeof ReportKindSchema>;

/** What an investigation of a report concluded. */
export const OutcomeSchema = z.enum(['gegrond', 'ongegrond', 'niet-onderzoekswaardig', 'in-behandeling', 'anders']);
export type Outcome = z.output<typeof OutcomeSchema>;

/** What became of last year's action point. */
export const ActionStatusSchema = z.enum(['afgerond', 'deels-afgerond', 'loopt-door', 'niet-uitgevoerd', 'vervallen']);
export type ActionStatus = z.output<typeof ActionStatusSchema>;

function sum(values: readonly { aantal: number }[]): number {
  return values.reduce((total, v) => total + v.aantal, 0);
}

/** Adds an issue when the parts add up to more than the total the report states. */
function checkParts(ctx: z.RefinementCtx, total: number | undefined, parts: readonly { aantal: number }[] | undefined, partsField: string, totalField: string): void {
  if (total === undefined || parts === undefined) return;
  const partsSum = sum(parts);
  if (partsSum > total) {
    ctx.addIssue({
      code: 'custom',
      path: [partsField],
      message: 'parts exceed total',
      ...message(
        `de aantallen in "${partsField}" tellen op tot ${partsSum}, meer dan "${totalField}" (${total}); corrigeer een van beide`,
        `the numbers in "${partsField}" add up to ${partsSum}, more than "${totalField}" (${total}); correct one of them`,
      ),
    });
  }
}

/** Adds an issue for every label that appears twice in a list (case and spacing ignored). */
function checkUnique<T>(ctx: z.RefinementCtx, list: readonly T[] | undefined, field: string, key: (item: T) => string): void {
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    const k = key(item).toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').trim();
    if (seen.has(k)) {
      ctx.addIssue({
        code: 'custom',
        path: [field, i],
        message: 'duplicate',
        ...message(`"${key(item)}" staat twee keer in de lijst; tel ze op in één regel`, `"${key(item)}" appears twice in the list; add them up in one line`),
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
      ...message(`vul minstens een van ${fields.map((f) => `"${f}"`).join(', ')} in, of laat het onderdeel weg`, `fill in at least one of ${fields.map((f) => `"${f}"`).join(', ')}, or leave the section out`),
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
    groepen: z.array(z.strictObject({ groep: text(120), aantal: count })).min(1).optional(),
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
      ctx.addIssue({ code: 'custom', path: ['omschrijving'], message: 'describe other', ...message('bij soort "overig" hoort een omschrijving', 'kind "overig" needs an "omschrijving"') });
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
    checkUnique(ctx, value.perSoort, 'perSoort', (k) => (k.soort === 'overig' ? `overig:${k.omschrijving ?? ''}` : k.soort));
  });
export type Reports = z.output<typeof ReportsSchema>;

/** Integrity investigations carried out, and their results. */
export const InvestigationsSchema = z
  .strictObject({
    aantal: count.optional(),
    uitkomsten: z.array(OutcomeCountSchema).min(1).optional(),
    toelichting: comment.optional(),
  })
  .superRefine((value, ctx) => {
    requireOne(ctx, value, ['aantal', 'uitkomsten', 'toelichting']);
    checkParts(ctx, value.aantal, value.uitkomsten, 'uitkomsten', 'aantal');
    checkUnique(ctx, value.uitkomsten, 'uitkomsten', (u) => u.uitkomst);
  });
export type Investigations = z.output<typeof InvestigationsSchema>;

/**
 * Fields that would identify a person in a case; refused by name so the message says why.
 * Cases are published anonymised (integrity plan: "geanonimiseerd, niet tot personen herleidbaar").
 */
export const FORBIDDEN_CASE_KEYS = ['naam', 'name', 'voornaam', 'achternaam', 'voorletters', 'persoon', 'betrokkene', 'melder', 'medewerker'] as const;

function refuseNames(value: unknown, ctx: z.RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of FORBIDDEN_CASE_KEYS) {
    if (key in value) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'name not allowed',
        ...message(`zaken worden geanonimiseerd gepubliceerd, zonder namen; verwijder "${key}"`, `cases are published anonymised, without names; remove "${key}"`),
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
    onderwerpen: z.array(z.strictObject({ onderwerp: text(120), aantal: count })).min(1).optional(),
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
          .strictObject({ omschrijving: text(300), aantal: count.optional(), deelnemers: count.optional(), toelichting: comment.optional() })
          .superRefine((value, ctx) => requireOne(ctx, value, ['aantal', 'deelnemers', 'toelichting'])),
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
    cijfers: z.array(z.strictObject({ soort: text(200), aantal: count })).min(1).optional(),
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
    redenen: z.array(z.strictObject({ reden: text(300), aantal: count })).min(1).optional(),
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
      ctx.addIssue({ code: 'custom', path: ['score'], message: 'score above scale', ...message(`de score ${formatDutch(value.score)} is hoger dan de schaal (${formatDutch(value.schaal)})`, `the score ${value.score} is above the scale (${value.schaal})`) });
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
    vorigJaar: z.array(z.strictObject({ actiepunt: text(300), stand: ActionStatusSchema, toelichting: comment.optional() })).min(1).optional(),
    komendJaar: z.array(z.strictObject({ actiepunt: text(300), toelichting: comment.optional() })).min(1).optional(),
  })
  .superRefine((value, ctx) => requireOne(ctx, value, ['vorigJaar', 'komendJaar']));
export type ActionPoints = z.output<typeof ActionPointsSchema>;

/** The front matter of an annual integrity report. */
export const ReportSchema = z.strictObject({
  /** The year reported on. */
  jaar: z.number().int().min(2000).max(2100),
  /** Title as published, e.g. "Jaarverslag integriteit 2024". */
  titel: text(200),
  /** The organisation reporting, e.g. "Provincie Drenthe"; the site's own province when left out. */
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
  /** Integrity investigations and their results. */
  onderzoeken: InvestigationsSchema.optional(),
  /** The anonymised case table. */
  zaken: z.array(CaseSchema).min(1).optional(),
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
});
export type Report = z.output<typeof ReportSchema>;

/** The sections of a report that a body can place with `::figuur` or `::tabel`. */
export const REPORT_SECTIONS = ['eed', 'meldingen', 'onderzoeken', 'zaken', 'vertrouwenspersonen', 'preventie', 'bibob', 'inkoop', 'enquete', 'adviezen', 'actiepunten'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
