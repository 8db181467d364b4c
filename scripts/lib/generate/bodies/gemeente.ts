/**
 * The municipality demo: the fictional Gemeente Ravensmeer, about 30,000 inhabitants, with 23
 * raadsleden in seven fracties, a college of four wethouders (one part-time) and a burgemeester.
 * Organisations around it are shared with the province's demo where a municipality would know
 * them (Waterschap Zilverstromen, Hogeschool Zilverhaven); its own are its own.
 */
import {
  FUNCTIONS_BY_KIND,
  GIFT_OCCASIONS,
  MAIN_JOBS,
  ORG_TEMPLATES,
  type FractieSpec,
} from '../../vocabulary.ts';
import type { DemoBody } from './types.ts';

const FRACTIES: readonly FractieSpec[] = [
  { id: 'lokaal-belang-ravensmeer', naam: 'Lokaal Belang Ravensmeer', afkorting: 'LBR', weight: 6 },
  { id: 'christelijk-midden', naam: 'Christelijk Midden', afkorting: 'CM', weight: 4 },
  { id: 'liberaal-platform', naam: 'Liberaal Platform', afkorting: 'LP', weight: 4 },
  { id: 'groen-verbond', naam: 'Groen Verbond', afkorting: 'GV', weight: 3 },
  { id: 'sociale-alliantie', naam: 'Sociale Alliantie', afkorting: 'SA', weight: 3 },
  { id: 'dorpenlijst-ravensmeer', naam: 'Dorpenlijst Ravensmeer', afkorting: 'DR', weight: 2 },
  { id: 'democratisch-perspectief', naam: 'Democratisch Perspectief', afkorting: 'DP', weight: 1 },
  { id: 'onafhankelijk-ravensmeer', naam: 'Onafhankelijk Ravensmeer', afkorting: 'OR', weight: 0 },
];

export const municipalityDemo: DemoBody = {
  kind: 'gemeente',
  naam: 'Ravensmeer',
  contact: { naam: 'Griffie Ravensmeer', email: 'griffie@ravensmeer.example' },
  website: 'https://ravensmeer.example',
  decisionsFolder: 'collegebesluiten',
  // 23 seats + 4 wethouders + the burgemeester + 1 former wethouder + 2 former raadsleden.
  defaultPeople: 31,
  election: { yearModulo: 2, executiveDelay: 50 },
  monistic: false,
  sizes: { executives: 4, formerExecutives: 1, formerMembers: 2 },
  fracties: FRACTIES,
  coalitionSize: 3,
  fixedSeats: {},
  independentFractie: 'onafhankelijk-ravensmeer',
  executiveHasFractie: true,
  portfolios: [
    'Financiën, Economie en Grondzaken',
    'Wonen, Ruimtelijke Ordening en Omgevingswet',
    'Sociaal Domein, Jeugd en Zorg',
    'Onderwijs, Sport, Cultuur en Duurzaamheid',
    'Verkeer, Openbare Ruimte en Afval',
    'Dorpen, Recreatie en Toerisme',
  ],
  partTimeExecutives: 1,
  incomeVariety: true,
  qqExecutive: [
    { organisatie: 'Omgevingsdienst Zilverland-Zuid', functie: 'Bestuurslid' },
    { organisatie: 'GGD Zilverland', functie: 'Bestuurslid' },
    { organisatie: 'Regio Zilverhaven', functie: 'Voorzitter bestuurscommissie Wonen' },
    {
      organisatie: 'Afvalbedrijf Zilverland N.V.',
      functie: 'Vertegenwoordiger aandeelhouder gemeente',
    },
    { organisatie: 'Werkvoorzieningsschap Zilverhaven-Ravensmeer', functie: 'Voorzitter' },
    { organisatie: 'Stichting Bibliotheek Ravensmeer', functie: 'Lid raad van advies' },
    { organisatie: 'Recreatieschap Zilvermeren', functie: 'Bestuurslid' },
  ],
  qqChair: [
    { organisatie: 'Veiligheidsregio Zilverland', functie: 'Bestuurslid' },
    { organisatie: 'Regionaal Bestuurlijk Overleg Politie Zilverland', functie: 'Lid' },
    { organisatie: 'Stichting Comité 4 en 5 mei Ravensmeer', functie: 'Voorzitter' },
    { organisatie: 'Oranjevereniging Ravensmeer', functie: 'Erevoorzitter' },
    { organisatie: 'Muziekvereniging Harmonie Ravensmeer', functie: 'Beschermheer' },
    {
      organisatie: 'Regionaal Informatie- en Expertisecentrum Zilverland',
      functie: 'Lid stuurgroep',
    },
  ],
  // The villages (kernen) of the municipality and its neighbours; not Ravensmeer itself, so that
  // no one holds a side position at "Gemeente Ravensmeer".
  places: [
    'Meerzijl',
    'Rietveen',
    'Kievitshoek',
    'Oud-Raven',
    'Kranswijk',
    'Veldmere',
    'Brakkenveen',
    'Elzenbroek',
    'Lindewaard',
    'Dorrehoven',
    'Zilverhaven',
    'Klaverdam',
  ],
  regionalOrganisations: [
    { naam: 'Stichting Welzijn Ravensmeer', kind: 'stichting' },
    { naam: 'Waterschap Zilverstromen', kind: 'publiek' },
    { naam: 'Hogeschool Zilverhaven', kind: 'onderwijs' },
    { naam: 'Ravensmeer College', kind: 'onderwijs' },
    { naam: 'Zorggroep Ravenzorg', kind: 'zorg' },
    { naam: 'Woonstichting Meer en Wonen', kind: 'wonen' },
    { naam: 'Ondernemersvereniging Ravensmeer', kind: 'vereniging' },
    { naam: 'Voetbalvereniging Ravensmeer', kind: 'sport' },
    { naam: 'Stichting Voedselbank Ravensmeer', kind: 'stichting' },
    { naam: 'Historische Vereniging Oud-Ravensmeer', kind: 'vereniging' },
    { naam: 'Energiecoöperatie Ravenstroom', kind: 'energie' },
    { naam: 'Stichting Dorpshuis De Meerpaal', kind: 'stichting' },
    { naam: 'Lokale Omroep Ravensmeer', kind: 'stichting' },
  ],
  spellingVariants: {
    'Woonstichting Meer en Wonen': 'Woonstichting Meer & Wonen',
    'Energiecoöperatie Ravenstroom': 'Energiecooperatie Ravenstroom',
  },
  // Without templates for municipalities and their committees: a raadslid holds no seat in
  // another council, and the places include the municipality's own villages.
  orgTemplates: ORG_TEMPLATES.filter((t) => t.kind !== 'gemeente' && t.kind !== 'commissie'),
  // A water board's and a province's offices are not side positions in this demo: the site of a
  // municipality speaks only its own kind's words (tests/build/body-kinds.test.ts).
  functionsByKind: {
    ...FUNCTIONS_BY_KIND,
    publiek: FUNCTIONS_BY_KIND.publiek.map((spec) =>
      spec.functie === 'Lid algemeen bestuur' ? { ...spec, functie: 'Bestuurslid' } : spec,
    ),
    gemeente: [
      {
        functie: 'Lid adviesraad sociaal domein',
        pay: [1, 3, 6],
        vergoeding: { per: 'vergadering', min: 50, max: 150, step: 25 },
      },
    ],
  },
  mainJobs: MAIN_JOBS.filter((job) => !job.organisatie.startsWith('Gemeente')),
  departments: [
    {
      afdeling: 'Directie',
      functions: [
        ['Gemeentesecretaris en algemeen directeur', 16],
        ['Adjunct-directeur', 15],
        ['Concerncontroller', 14],
      ],
      themes: ['bestuur', 'integriteit', 'control', 'communicatie'],
    },
    {
      afdeling: 'Ruimte en Omgeving',
      functions: [
        ['Afdelingshoofd Ruimte en Omgeving', 14],
        ['Programmamanager Woningbouw', 14],
      ],
      themes: ['wonen', 'omgevingswet', 'openbare ruimte', 'grondzaken'],
    },
    {
      afdeling: 'Samenleving',
      functions: [
        ['Afdelingshoofd Samenleving', 14],
        ['Programmamanager Sociaal Domein', 14],
      ],
      themes: ['jeugd', 'zorg', 'participatie', 'onderwijs'],
    },
    {
      afdeling: 'Bedrijfsvoering',
      functions: [['Afdelingshoofd Bedrijfsvoering', 14]],
      themes: ['financiën', 'personeel', 'informatievoorziening'],
    },
    {
      afdeling: 'Griffie',
      functions: [['Griffier', 14]],
      themes: ['raadsondersteuning'],
    },
  ],
  officials: { count: 10, perPeople: 80 },
  secretaryTitle: 'Gemeentesecretaris',
  sideActivities: [
    'Lid raad van toezicht {o}',
    'Gastdocent bestuurskunde aan Hogeschool Zilverhaven',
    'Voorzitter {o}',
    'Penningmeester {o}',
    'Lid bezwaarschriftencommissie gemeente Kranswijk',
    'Eigenaar adviesbureau (eenmanszaak) op het gebied van {t}',
    'Vrijwilliger bij de brandweer, post {p}',
    'Lid dorpsraad {p}',
  ],
  restrictions: [
    'Geen betrokkenheid bij subsidieaanvragen of -besluiten die deze organisatie raken.',
    'Niet betrokken bij vergunningverlening voor deze organisatie.',
    'Werkzaamheden alleen buiten werktijd en zonder gebruik van gemeentelijke middelen.',
    'Geen opdrachten aannemen van of voor de gemeente Ravensmeer.',
    'Melden bij de leidinggevende zodra de organisatie zaken doet met de gemeente.',
  ],
  giftGiverFunctions: [
    'Burgemeester van Kranswijk',
    'Gemeente {p}',
    'Dorpsraad {p}',
    'Ondernemersvereniging {p}',
    'Waterschap Zilverstromen',
  ],
  giftOccasions: [
    ...GIFT_OCCASIONS.filter((o) => !o.includes('Zilverlandse')),
    'Ravensmeerse Ondernemersprijs',
  ],
  chairGiftWeight: 16,
  texts: {
    positionWithdrawn: 'Ten onrechte opgegeven: de functie is nooit aanvaard.',
    paidReply: 'De vergoeding maak ik volledig over aan de Voedselbank Ravensmeer.',
    interestReply:
      'Ondergebracht in een beheerstichting; ik heb geen zeggenschap over de beleggingen.',
    giftWithdrawn:
      'Dubbel geregistreerd; het geschenk staat al onder een ander nummer in het register.',
    giftReply: {
      bestemming: 'ingeleverd',
      reactie:
        'Ingeleverd bij de griffie; het staat nu in de vitrine in de hal van het gemeentehuis.',
    },
  },
};
