/**
 * The Dutch words of the browser editor (scripts/lib/editor-config.ts): a label for every field
 * of the content schemas, by field name, or by its path where one name means different things
 * (`functie` is an office, a position or a function title). A schema field without a label here
 * stops the generator, so a new field cannot reach the editor unnamed.
 *
 * Paths are `<kind>:<path>`, with `[]` for the items of a list: `people:rollen[].functie`. A
 * union's forms (a declaration's `geen`, a gift value's `ongeveer`) do not add to the path.
 *
 * Words that name the body's organs and offices (Statenlid or raadslid, GS or B&W) are not in
 * these tables: `getBodyLabels` gives them for the kind of body the editor is generated for.
 */
import { getBodyDefinition } from '../../src/bodies/index.ts';
import { OFFICE_ROLES, OFFICES, type BodyKind } from '../../src/schemas/body.ts';

/** Labels by field name. */
export const FIELD_LABELS: Record<string, string> = {
  achternaam: 'Achternaam (zonder tussenvoegsel)',
  afdeling: 'Afdeling',
  afkorting: 'Afkorting (voor tabellen)',
  aard: 'Aard',
  bedrag: 'Bedrag in euro',
  beperkendeMaatregel: 'Beperkende maatregel (of "geen")',
  besluitdatum: 'Besluitdatum (als de bestemming later is besloten)',
  bestemming: 'Bestemming',
  bevestigd: 'Laatst bevestigd',
  bezoldiging: 'Bezoldiging',
  bijgewerkt: 'Laatst bijgewerkt (alleen zolang er geen edities zijn)',
  bron: 'Bron (link naar de opgave)',
  cadans: 'Cadans',
  contact: 'Contact',
  datum: 'Datum',
  deeltijd: 'Werkt in deeltijd (dan geen neveninkomsten)',
  email: 'E-mail',
  fictief: 'Demo (fictief bestuur: elke pagina zegt dat het niet bestaat)',
  financieleBelangen: 'Financiële belangen',
  fractie: 'Fractie',
  fracties: 'Fracties',
  functie: 'Functie',
  functies: 'Functies (alleen de functienaam, nooit een naam)',
  geenGeschenken: 'Perioden zonder geschenken (verklaard door het lid)',
  geschenkdrempel: 'Geschenkdrempel in euro',
  geschenken: 'Geschenken',
  gelegenheid: 'Gelegenheid',
  gever: 'Gever (organisatie of functie, geen privépersoon)',
  id: 'Id (vast; niet wijzigen na publicatie)',
  ingetrokken: 'Ingetrokken (datum en reden; de registratie blijft zichtbaar)',
  inkomsten: 'Inkomsten',
  jaar: 'Kalenderjaar',
  meerDan: 'Bedrag in euro',
  minderDan: 'Bedrag in euro',
  naam: 'Naam',
  namen: 'Namen (precies zoals in de registers)',
  nevenfunctie: 'Nevenfunctie (het id van een nevenfunctie van deze persoon)',
  nevenfuncties: 'Nevenfuncties',
  nevenwerkzaamheden: 'Nevenwerkzaamheden',
  omschrijving: 'Omschrijving',
  ongeveer: 'Bedrag in euro',
  ontvanger: 'Ontvanger (vul precies één in: persoon of functie)',
  openbaargemaakt: 'Openbaar gemaakt op',
  organisatie: 'Organisatie',
  organisaties: 'Organisaties',
  per: 'Per',
  persoon: 'Persoon',
  portefeuille: 'Portefeuille',
  qq: 'Uit hoofde van het ambt (q.q.)',
  reactie: 'Reactie van het lid (weerwoord)',
  reden: 'Reden',
  registers: 'Registers',
  roepnaam: 'Roepnaam',
  rollen: 'Functies (termijnen)',
  schaal: 'Salarisschaal',
  schaaldrempel: 'Schaaldrempel ambtenaren',
  schrijfwijzen: 'Andere schrijfwijzen in de registers',
  sector: 'Sector',
  soort: 'Soort',
  tijdsbesteding: 'Tijdsbesteding',
  toelichting: 'Toelichting van de griffie',
  tot: 'Einde',
  tussenvoegsel: 'Tussenvoegsel (zoals "van der")',
  uren: 'Uren',
  van: 'Begin',
  vergoeding: 'Vergoeding (niet bij onbezoldigd of onbekend)',
  verrekend: 'Verrekend met de bezoldiging, in euro',
  verschillend: 'Namen die verschillende organisaties zijn',
  voorletters: 'Voorletters (met punten, zoals J.H.)',
  waarde: 'Geschatte waarde',
};

/** Labels by path, where the name alone does not say it. */
export const PATH_LABELS: Record<string, string> = {
  'people:bevestigd': 'Hele opgave bevestigd (ook bij "geen")',
  'people:bevestigd.nevenfuncties': 'Nevenfuncties bevestigd op',
  'people:bevestigd.financieleBelangen': 'Financiële belangen bevestigd op',
  'people:geschenken': 'Geschenkenopgave',
  'people:geenGeschenken[].van': 'Eerste dag',
  'people:geenGeschenken[].tot': 'Laatste dag',
  'people:geenGeschenken[].bevestigd': 'Verklaard op',
  'people:neveninkomsten[].bron': 'Bron (link naar de getekende opgave)',
  'people:neveninkomsten[].inkomsten[].bedrag': 'Inkomsten in het jaar, in euro (bruto)',
  'people:nevenfuncties[].vergoeding.bedrag': 'Bedrag in euro',
  'gifts:geschenken[].id': 'Id, zoals 2026-031 (vast)',
  'gifts:geschenken[].datum': 'Datum ontvangen',
  'gifts:geschenken[].ontvanger.functie': 'Functie (ambtenaar; nooit een naam)',
  'gifts:geschenken[].reactie': 'Reactie van de ontvanger',
  'officials:functies[].functie': 'Functienaam',
  'officials:functies[].nevenwerkzaamheden[].omschrijving': 'Nevenwerkzaamheid',
  'officials:functies[].nevenwerkzaamheden[].reactie': 'Reactie namens de functiehouder',
  'officials:functies[].nevenwerkzaamheden[].toelichting':
    'Toelichting (griffie of integriteitscoördinator)',
  'site:soort': 'Soort bestuur (provincie, gemeente of waterschap)',
  'site:naam': 'Naam van het bestuur, zonder de soort (zoals Zilverland)',
  'site:benaming': 'Benaming (alleen een waterschap: waterschap, hoogheemraadschap of wetterskip)',
  'site:registers.geschenken': 'Geschenken',
  'site:registers.nevenwerkzaamheden': 'Nevenwerkzaamheden ambtenaren',
  'site:registers.neveninkomsten': 'Neveninkomsten',
  'fracties:fracties[].id': 'Id (vast; rollen verwijzen ernaar)',
  'organisaties:organisaties[].id':
    'Id: het adres /organisaties/<id>/ (niet wijzigen na publicatie)',
  'organisaties:organisaties[].naam': 'Naam op de site',
  'organisaties:verschillend[].toelichting': 'Waarom ze verschillen (voor de volgende redacteur)',
};

/** Labels of a union's forms and of variable types, by name; by path where it differs. */
export const FORM_LABELS: Record<string, string> = {
  lijst: 'Opgegeven (een of meer)',
  geen: 'Geen (niets te melden)',
  'niet-opgegeven': 'Niet opgegeven (geen opgave ontvangen)',
  bedrag: 'Bedrag',
  ongeveer: 'Ongeveer (ca.)',
  minderDan: 'Minder dan',
  meerDan: 'Meer dan',
  onbekend: 'Onbekend',
};

export const PATH_FORM_LABELS: Record<string, string> = {
  'people:neveninkomsten[].inkomsten:geen': 'Geen inkomsten uit nevenfuncties',
  'people:neveninkomsten[].inkomsten:lijst': 'Per nevenfunctie',
};

/** Labels of the options of a select, where the value alone is not clear. */
export const OPTION_LABELS: Record<string, string> = {
  true: 'Ja',
  false: 'Nee',
  'niet-opgegeven': 'Niet ingeleverd',
};

/** Hints under a field, by path. */
export const PATH_HINTS: Record<string, string> = {
  'site:soort':
    'Bepaalt de namen van de organen en ambten op de site. Na een wijziging maakt npm run editor:config de editor opnieuw.',
  'people:geschenken':
    'Alleen als het lid de opgave van geschenken niet heeft ingeleverd; de geschenken zelf staan per kwartaal onder Geschenken.',
};

/** The labels that name the body's organs and offices, in the words of one kind of body. */
export interface BodyLabels {
  /** Labels by field name, as FIELD_LABELS. */
  fields: Record<string, string>;
  /** Labels by path, as PATH_LABELS. */
  paths: Record<string, string>;
  /** A term's type per office (`statenlid`, `raadslid`…), as FORM_LABELS. */
  forms: Record<string, string>;
  /** Hints by path, as PATH_HINTS. */
  hints: Record<string, string>;
}

/** The labels in the words of a kind of body (src/bodies/): Statenlid, gedeputeerde and GS, or raadslid, wethouder and B&W. */
export function getBodyLabels(kind: BodyKind): BodyLabels {
  const { offices, executive, chair, clerk } = getBodyDefinition(kind).words.nl;
  const holders = `${offices.member.one}, ${offices.executive.one} of ${chair.inSentence}`;
  // "de griffie" → "Griffie": the office's name as site.yaml's contact gives it.
  const clerkName = clerk.replace(/^(de|het) /, '');
  return {
    fields: {
      neveninkomsten: `Neveninkomsten per kalenderjaar (${offices.executive.one} in voltijd en ${chair.inSentence})`,
    },
    paths: {
      'gifts:geschenken[].ontvanger.persoon': `Persoon (${holders})`,
      'officials:functies[].nevenwerkzaamheden[].bron': `Bron (besluit van ${executive.inSentence})`,
      'site:contact.naam': `Naam van de afdeling (zoals ${clerkName.charAt(0).toUpperCase()}${clerkName.slice(1)})`,
    },
    forms: Object.fromEntries(
      OFFICE_ROLES.map((role) => [OFFICES[kind][role], offices[role].title]),
    ),
    hints: {
      'people:rollen[].deeltijd': `Alleen bij een ${offices.executive.one}. Leeg laten betekent voltijd.`,
      'gifts:geschenken[].ontvanger': `Een ${holders} als persoon; een ambtenaar alleen met de functie.`,
    },
  };
}
