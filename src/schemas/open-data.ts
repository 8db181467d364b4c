/**
 * The published open-data rows: one schema per downloadable file, built from the same blocks
 * and enums as the content schemas. The JSON Schema files under /data/schema/ are generated from
 * these (z.toJSONSchema), and the open-data page documents every column from their descriptions,
 * so the descriptions are plain Dutch for the people who download the data. A description that
 * names an office, an organ or an act takes the body's own words (src/bodies/): each row schema is
 * built for one kind of body, once.
 */
import { z } from 'astro/zod';
import type { BodyDefinition } from '../bodies/index.ts';
import { PROPERTY_DESTINATION, PROPERTY_DESTINATIONS } from './body.ts';
import type { BodyKind, Office, OfficeRole } from './body.ts';
import { euros, isoDate, slug, sourceUrl } from './common.ts';
import { FractieSchema } from './fractie.ts';
import { DestinationSchema, GiftKindSchema, type Destination } from './gift.ts';
import { InterestNatureSchema } from './financial-interest.ts';
import { PaymentSchema, RemunerationSchema, TimeSpentSchema } from './side-position.ts';

/** A date in a download: JJJJ-MM-DD as text, so every spreadsheet and script reads it the same. */
const date = isoDate.meta({ format: 'date' });
/**
 * A date as precise as the register gives it: JJJJ-MM-DD, or JJJJ-MM or JJJJ (text, not a date
 * cell, so "maart 2015" is never published as 1 March 2015).
 */
const partialDateColumn = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
const PRECISION = ' JJJJ-MM-DD, of JJJJ-MM of JJJJ als de bron niet preciezer is.';
/** The absolute address of the record on the site; it stays the same as long as the record exists. */
const permalink = z
  .url()
  .describe('Vaste link naar dit gegeven op de website; blijft altijd werken.');
const bron = (body: BodyDefinition) =>
  sourceUrl
    .nullable()
    .describe(
      `Link naar de officiële bron (de ondertekende opgave of het besluit van ${body.words.nl.executive.inSentence}), als die er is.`,
    );
/** The schema built once per kind of body: the datasets and the tests ask for it more than once. */
function perBody<T>(build: (body: BodyDefinition) => T): (body: BodyDefinition) => T {
  const built = new Map<BodyKind, T>();
  return (body) => {
    const known = built.get(body.kind);
    if (known !== undefined) return known;
    const made = build(body);
    built.set(body.kind, made);
    return made;
  };
}
/**
 * An office's value in the data with its full name where that says more: "statenlid",
 * "commissaris (van de Koning)", "lid-algemeen-bestuur (lid van het algemeen bestuur)".
 */
function officeValue(body: BodyDefinition, role: OfficeRole): string {
  const value = body.offices[role];
  const one = body.words.nl.offices[role].one;
  if (one.toLowerCase() === value) return value;
  if (one.toLowerCase().startsWith(`${value} `)) return `${value} (${one.slice(value.length + 1)})`;
  return `${value} (${one})`;
}
/** The offices' values as a list: "statenlid, gedeputeerde of commissaris (van de Koning)". */
function officeValues(body: BodyDefinition): string {
  return `${officeValue(body, 'member')}, ${officeValue(body, 'executive')} of ${officeValue(body, 'chair')}`;
}
/** The offices in words: "Statenlid, gedeputeerde of commissaris van de Koning". */
function officeList(body: BodyDefinition): string {
  const { member, executive, chair } = body.words.nl.offices;
  return `${member.one}, ${executive.one} of ${chair.one}`;
}
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The offices of one kind of body: a row never holds another kind's. */
function officeSchema(body: BodyDefinition) {
  const { member, executive, chair } = body.offices;
  return z.enum([member, executive, chair] as [Office, ...Office[]]);
}
/** How a person filled in a register: entries, nothing to declare, or not provided. */
const declarationState = z.enum(['ingevuld', 'geen', 'niet-opgegeven']);

const personColumns = {
  persoonId: slug.describe(
    'Id van de persoon; ook het laatste deel van de link naar de persoonspagina.',
  ),
  naam: z.string().describe('Volledige naam, zoals "Jan van den Berg".'),
  sorteernaam: z
    .string()
    .describe('Naam zoals in een alfabetische lijst, zoals "Berg, J. van den".'),
  fractie: FractieSchema.shape.naam
    .nullable()
    .describe(
      'Fractie op de datum van het gegeven: bij een lopende registratie die van vandaag, bij een beëindigde of ingetrokken die op de eind- of intrekkingsdatum; leeg als de persoon toen geen fractie had.',
    ),
};

/** One side position (nevenfunctie) of a member of the council or the executive, or of the chair. */
export const buildSidePositionRowSchema = perBody((body) =>
  z.strictObject({
    id: slug.describe('Id van de nevenfunctie, uniek per persoon.'),
    ...personColumns,
    organisatie: z.string().describe('De organisatie waar de nevenfunctie wordt vervuld.'),
    functie: z.string().describe('De nevenfunctie zelf, zoals "Voorzitter raad van toezicht".'),
    bezoldiging: PaymentSchema.describe(
      `Of de functie betaald is: bezoldigd, onbezoldigd of alleen een onkostenvergoeding (verplicht volgens de ${body.act.name.nl}).`,
    ),
    vergoedingBedrag: euros
      .nullable()
      .describe("Ontvangen bedrag in euro's als getal, leeg als het niet is opgegeven."),
    vergoedingPer: RemunerationSchema.shape.per
      .nullable()
      .describe('De periode waarover het bedrag gaat: maand, jaar, vergadering of eenmalig.'),
    qq: z
      .boolean()
      .describe('Ja als de functie uit hoofde van het ambt wordt vervuld (qualitate qua).'),
    tijdsbestedingUren: TimeSpentSchema.shape.uren
      .nullable()
      .describe('Tijdsbesteding in uren, als die is opgegeven.'),
    tijdsbestedingPer: TimeSpentSchema.shape.per
      .nullable()
      .describe('De periode van de tijdsbesteding: week, maand of jaar.'),
    van: partialDateColumn.nullable().describe(`Begindatum, als die bekend is:${PRECISION}`),
    tot: partialDateColumn
      .nullable()
      .describe(`Einddatum; leeg zolang de functie loopt:${PRECISION}`),
    beeindigd: z.boolean().describe('Ja als de functie op de dag van publicatie is beëindigd.'),
    bevestigd: date
      .nullable()
      .describe('Datum waarop de persoon deze opgave voor het laatst heeft bevestigd.'),
    bron: bron(body),
    permalink,
  }),
);
export type SidePositionRow = z.output<ReturnType<typeof buildSidePositionRowSchema>>;

/**
 * One year of a person's income from side positions (neveninkomsten), per side position: one row
 * per side position with income, one row for a year declared as "geen", and one row for a year
 * whose figures are missing.
 */
export const buildSideIncomeRowSchema = perBody((body) =>
  z.strictObject({
    jaar: z.number().int().describe('Het kalenderjaar waarin de inkomsten zijn ontvangen.'),
    ...personColumns,
    ambt: officeSchema(body).describe(
      `Het ambt dat de plicht tot openbaarmaking gaf in dat jaar: ${officeValue(body, 'executive')} of ${officeValue(body, 'chair')}. Een ${body.words.nl.offices.executive.one} heeft die plicht alleen bij een voltijds ambt.`,
    ),
    opgave: z
      .enum(['opgegeven', 'geen', 'te-laat', 'open'])
      .describe(
        'Stand van het jaar: opgegeven (bedragen per nevenfunctie), geen (geen inkomsten uit nevenfuncties), te-laat (niet openbaar gemaakt terwijl 1 april van het jaar erna voorbij is) of open (nog niet verplicht).',
      ),
    uiterlijk: date.describe(
      'Datum waarop de opgave uiterlijk openbaar moest zijn: 1 april van het jaar erna.',
    ),
    nevenfunctieId: slug
      .nullable()
      .describe(
        'Id van de nevenfunctie waar de inkomsten uit kwamen; leeg bij "geen", "te-laat" en "open".',
      ),
    nevenfunctie: z
      .string()
      .nullable()
      .describe('De nevenfunctie, zoals in het register nevenfuncties.'),
    organisatie: z.string().nullable().describe('De organisatie van de nevenfunctie.'),
    bedrag: euros
      .nullable()
      .describe(
        "Bruto inkomsten uit deze nevenfunctie in dat jaar, in euro's; leeg als er geen bedrag is opgegeven.",
      ),
    verrekend: euros
      .nullable()
      .describe("Het deel dat met de bezoldiging is verrekend, in euro's, als dat is opgegeven."),
    openbaargemaakt: date
      .nullable()
      .describe('Datum waarop de opgave openbaar is gemaakt, als die bekend is.'),
    bron: bron(body),
    permalink,
  }),
);
export type SideIncomeRow = z.output<ReturnType<typeof buildSideIncomeRowSchema>>;

/** One financial interest of a member of the council or the executive, or of the chair. */
export const buildInterestRowSchema = perBody((body) =>
  z.strictObject({
    id: slug.describe('Id van het financiële belang, uniek per persoon.'),
    ...personColumns,
    omschrijving: z.string().describe('Het belang in de woorden van de persoon.'),
    aard: InterestNatureSchema.describe(
      'Soort belang: aandelen, obligaties, opties, onroerend goed, eigen onderneming, lening of overig.',
    ),
    organisatie: z
      .string()
      .nullable()
      .describe('De organisatie waar het belang in zit, als die er is.'),
    sector: z
      .string()
      .nullable()
      .describe('De sector, zoals "energie" of "landbouw", als die is opgegeven.'),
    van: partialDateColumn.nullable().describe(`Begindatum, als die bekend is:${PRECISION}`),
    tot: partialDateColumn
      .nullable()
      .describe(`Einddatum; leeg zolang het belang bestaat:${PRECISION}`),
    beeindigd: z.boolean().describe('Ja als het belang op de dag van publicatie is beëindigd.'),
    bevestigd: date
      .nullable()
      .describe('Datum waarop de persoon deze opgave voor het laatst heeft bevestigd.'),
    bron: bron(body),
    permalink,
  }),
);
export type InterestRow = z.output<ReturnType<typeof buildInterestRowSchema>>;

/** One gift, invitation or trip in the gift register. */
export const buildGiftRowSchema = perBody((body) =>
  z.strictObject({
    id: slug.describe('Id van de registratie, uniek in het hele register, zoals "2025-017".'),
    datum: partialDateColumn.describe(`Datum van ontvangst:${PRECISION}`),
    ontvangerSoort: z
      .enum(['persoon', 'ambtenaar'])
      .describe(
        `Persoon (${officeList(body)}) of ambtenaar. Ambtenaren staan alleen met hun functie vermeld.`,
      ),
    persoonId: slug
      .nullable()
      .describe('Id van de persoon die het ontving; leeg bij een ambtenaar.'),
    ontvanger: z.string().describe('Naam van de persoon, of de functienaam van de ambtenaar.'),
    fractie: FractieSchema.shape.naam
      .nullable()
      .describe(
        'Fractie van de ontvanger op de ontvangstdatum; leeg als die toen geen fractie had of een ambtenaar is.',
      ),
    gever: z
      .string()
      .describe('Van wie het kwam: een organisatie of een functie, nooit een privépersoon.'),
    gelegenheid: z.string().describe('De gelegenheid, zoals "werkbezoek" of "nieuwjaarsreceptie".'),
    omschrijving: z.string().describe('Wat het was.'),
    waarde: euros
      .nullable()
      .describe(
        'Geschatte waarde in euro\'s, als getal: het bedrag dat de registratie noemt (bij "ca." of "minder/meer dan" het genoemde bedrag, zie waardeSoort); leeg als de waarde onbekend is.',
      ),
    waardeSoort: z
      .enum(['bedrag', 'ongeveer', 'minder-dan', 'meer-dan', 'onbekend'])
      .describe(
        'Hoe de waarde is opgegeven: een bedrag, "ongeveer" (ca.), "minder-dan" of "meer-dan" het bedrag in waarde, of "onbekend". Tel alleen "bedrag" op als exacte waarde.',
      ),
    soort: GiftKindSchema.describe('Geschenk, uitnodiging of reis.'),
    // The body's own word for a gift that became its property, not the other kinds' words.
    bestemming: z
      .enum(
        DestinationSchema.options.filter(
          (value) =>
            !(PROPERTY_DESTINATIONS as readonly string[]).includes(value) ||
            value === PROPERTY_DESTINATION[body.kind],
        ) as [Destination, ...Destination[]],
      )
      .describe('Wat ermee is gebeurd, zoals behouden, ingeleverd of bijgewoond.'),
    besluitdatum: date
      .nullable()
      .describe('Datum waarop over de bestemming is besloten, als dat later was dan de ontvangst.'),
    bron: bron(body),
    permalink,
  }),
);
export type GiftRow = z.output<ReturnType<typeof buildGiftRowSchema>>;

/** One side activity of an official, or one function without side activities. */
export const buildSideActivityRowSchema = perBody((body) =>
  z.strictObject({
    functieId: slug.describe('Id van de functie.'),
    functie: z.string().describe('Functienaam. Ambtenaren worden nooit met hun naam gepubliceerd.'),
    afdeling: z
      .string()
      .nullable()
      .describe(`De afdeling; leeg als ${body.words.nl.theKind} die niet publiceert.`),
    schaal: z
      .number()
      .int()
      .min(1)
      .max(20)
      .nullable()
      .describe(
        `Salarisschaal van de functie; leeg als ${body.words.nl.theKind} die niet publiceert.`,
      ),
    opgave: declarationState.describe(
      '"ingevuld" als er nevenwerkzaamheden zijn; "geen" of "niet-opgegeven" op een regel zonder nevenwerkzaamheid.',
    ),
    id: slug
      .nullable()
      .describe(
        'Id van de nevenwerkzaamheid, uniek per functie; leeg als de functie er geen heeft.',
      ),
    omschrijving: z.string().nullable().describe('De nevenwerkzaamheid.'),
    organisatie: z
      .string()
      .nullable()
      .describe('De organisatie waar de nevenwerkzaamheid wordt verricht, als die is opgegeven.'),
    beperkendeMaatregel: z
      .string()
      .nullable()
      .describe(`De beperking opgelegd door ${body.words.nl.executive.inSentence}, of "geen".`),
    bron: bron(body),
    permalink,
  }),
);
export type SideActivityRow = z.output<ReturnType<typeof buildSideActivityRowSchema>>;

/** One person: name parts, latest office and how the registers were filled in. */
export const buildPersonRowSchema = perBody((body) =>
  z.strictObject({
    id: slug.describe(
      'Id van de persoon; ook het laatste deel van de link naar de persoonspagina.',
    ),
    naam: z.string().describe('Volledige naam, zoals "Jan van den Berg".'),
    sorteernaam: z
      .string()
      .describe('Naam zoals in een alfabetische lijst, zoals "Berg, J. van den".'),
    voorletters: z.string().describe('Voorletters met punten.'),
    roepnaam: z.string().nullable().describe('Roepnaam, als die bekend is.'),
    tussenvoegsel: z.string().nullable().describe('Tussenvoegsel, zoals "van den".'),
    achternaam: z.string().describe('Achternaam zonder tussenvoegsel.'),
    functie: officeSchema(body).describe(
      `De huidige functie, of de laatste als de persoon is vertrokken: ${officeValues(body)}.`,
    ),
    fractie: FractieSchema.shape.naam
      .nullable()
      .describe(
        `Fractie in ${body.words.nl.council.inSentence} (de laatste), leeg als de persoon nooit ${body.words.nl.offices.member.one} was.`,
      ),
    actief: z.boolean().describe('Ja als de persoon op de dag van publicatie een functie heeft.'),
    nevenfunctiesOpgave: declarationState.describe(
      '"ingevuld", "geen" (niets te melden) of "niet-opgegeven" (opgave ontbreekt).',
    ),
    aantalNevenfuncties: z
      .number()
      .int()
      .nonnegative()
      .describe('Aantal nevenfuncties, huidige en beëindigde.'),
    financieleBelangenOpgave: declarationState.describe(
      '"ingevuld", "geen" (niets te melden) of "niet-opgegeven" (opgave ontbreekt).',
    ),
    aantalFinancieleBelangen: z
      .number()
      .int()
      .nonnegative()
      .describe('Aantal financiële belangen, huidige en beëindigde.'),
    geschenkenOpgave: z
      .enum(['opgegeven', 'niet-opgegeven'])
      .describe('"niet-opgegeven" als de opgave van geschenken ontbreekt.'),
    aantalGeschenken: z
      .number()
      .int()
      .nonnegative()
      .describe('Aantal geregistreerde geschenken, uitnodigingen en reizen.'),
    permalink,
  }),
);
export type PersonRow = z.output<ReturnType<typeof buildPersonRowSchema>>;

/** One term in office (rol) of a person. */
export const buildRoleRowSchema = perBody((body) =>
  z.strictObject({
    persoonId: slug.describe('Id van de persoon.'),
    naam: z.string().describe('Volledige naam.'),
    functie: officeSchema(body).describe(`${capitalise(officeValues(body))}.`),
    fractieId: slug
      .nullable()
      .describe(`Id van de fractie (bij ${body.words.nl.offices.member.many}).`),
    fractie: FractieSchema.shape.naam
      .nullable()
      .describe(`Naam van de fractie (bij ${body.words.nl.offices.member.many}).`),
    portefeuille: z
      .string()
      .nullable()
      .describe(`Portefeuille van een ${body.words.nl.offices.executive.one}.`),
    van: partialDateColumn.describe(`Begin van de termijn:${PRECISION}`),
    tot: partialDateColumn
      .nullable()
      .describe(`Einde van de termijn; leeg zolang die loopt:${PRECISION}`),
    actief: z.boolean().describe('Ja als de termijn op de dag van publicatie loopt.'),
    permalink,
  }),
);
export type RoleRow = z.output<ReturnType<typeof buildRoleRowSchema>>;

// Popolo's own pattern allows JJJJ, JJJJ-MM and JJJJ-MM-DD, as precise as the source.
const popoloDate = partialDateColumn.describe(
  'Datum (JJJJ-MM-DD, of JJJJ-MM of JJJJ als de bron niet preciezer is).',
);

/** A person in Popolo (https://www.popoloproject.com/specs/person.html). */
export const PopoloPersonSchema = z.strictObject({
  id: slug,
  name: z.string(),
  given_name: z.string().optional(),
  family_name: z.string(),
  sort_name: z.string(),
  links: z.array(z.strictObject({ url: z.url(), note: z.string() })),
});

/** An organisation in Popolo: the council, the executive or a fractie. */
export const PopoloOrganizationSchema = z.strictObject({
  id: slug,
  name: z.string(),
  classification: z.enum(['legislature', 'executive', 'party']),
  parent_id: slug.optional(),
  other_names: z.array(z.strictObject({ name: z.string(), note: z.string() })).optional(),
});

/** A membership in Popolo: one term of one person in the council (for a fractie) or the executive. */
export const PopoloMembershipSchema = z.strictObject({
  id: z.string(),
  person_id: slug,
  organization_id: slug,
  role: z.string(),
  label: z.string().optional(),
  on_behalf_of_id: slug.optional(),
  start_date: popoloDate,
  end_date: popoloDate.optional(),
});

/** The Popolo file: persons, organizations and memberships. */
export const PopoloSchema = z.strictObject({
  persons: z.array(PopoloPersonSchema),
  organizations: z.array(PopoloOrganizationSchema),
  memberships: z.array(PopoloMembershipSchema),
});
export type Popolo = z.output<typeof PopoloSchema>;
