/**
 * The Dutch words of the browser editor (scripts/lib/editor-config.ts): a label for every field
 * of the content schemas, by field name, or by its path where one name means different things
 * (`functie` is an office, a position or a function title). A schema field without a label here
 * stops the generator, so a new field cannot reach the editor unnamed.
 *
 * Paths are `<kind>:<path>`, with `[]` for the items of a list: `people:rollen[].functie`. A
 * union's forms (a declaration's `geen`, a gift value's `ongeveer`) do not add to the path.
 */

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
  fictief: 'Demo (fictieve provincie)',
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
  neveninkomsten: 'Neveninkomsten per kalenderjaar (gedeputeerde in voltijd en CdK)',
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
  provincie: 'Provincie (zonder "Provincie")',
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
  'gifts:geschenken[].ontvanger.persoon': 'Persoon (lid van PS of GS, of de CdK)',
  'gifts:geschenken[].ontvanger.functie': 'Functie (ambtenaar; nooit een naam)',
  'gifts:geschenken[].reactie': 'Reactie van de ontvanger',
  'officials:functies[].functie': 'Functienaam',
  'officials:functies[].nevenwerkzaamheden[].omschrijving': 'Nevenwerkzaamheid',
  'officials:functies[].nevenwerkzaamheden[].bron': 'Bron (GS-besluit)',
  'officials:functies[].nevenwerkzaamheden[].reactie': 'Reactie namens de functiehouder',
  'officials:functies[].nevenwerkzaamheden[].toelichting':
    'Toelichting (griffie of integriteitscoördinator)',
  'site:contact.naam': 'Naam van de afdeling (zoals Statengriffie)',
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
  statenlid: 'Statenlid',
  gedeputeerde: 'Gedeputeerde',
  commissaris: 'Commissaris van de Koning',
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
  'people:geschenken':
    'Alleen als het lid de opgave van geschenken niet heeft ingeleverd; de geschenken zelf staan per kwartaal onder Geschenken.',
  'people:rollen[].deeltijd': 'Alleen bij een gedeputeerde. Leeg laten betekent voltijd.',
  'gifts:geschenken[].ontvanger':
    'Een lid van PS of GS of de CdK als persoon; een ambtenaar alleen met de functie.',
};
