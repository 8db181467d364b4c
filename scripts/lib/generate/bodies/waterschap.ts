/**
 * The water board demo: the fictional Hoogheemraadschap Zilverwaard. An algemeen bestuur of 25:
 * 21 members elected on seven lists and four geborgde zetels (Ongebouwd and Natuurterreinen,
 * Waterschapswet art. 12); a dagelijks bestuur of four members who keep their seat in the
 * algemeen bestuur (a water board is monistic), and the dijkgraaf as chair of both.
 */
import {
  FUNCTIONS_BY_KIND,
  GIFT_OCCASIONS,
  MAIN_JOBS,
  ORG_TEMPLATES,
  PLACES,
  REGIONAL_ORGANISATIONS,
  type FractieSpec,
} from '../../vocabulary.ts';
import type { DemoBody } from './types.ts';

const FRACTIES: readonly FractieSpec[] = [
  {
    id: 'lokaal-waterbelang-zilverwaard',
    naam: 'Lokaal Waterbelang Zilverwaard',
    afkorting: 'LWZ',
    weight: 5,
  },
  {
    id: 'zilverlandse-boerenpartij',
    naam: 'Zilverlandse Boerenpartij',
    afkorting: 'ZBP',
    weight: 4,
  },
  { id: 'groen-verbond', naam: 'Groen Verbond', afkorting: 'GV', weight: 4 },
  { id: 'liberaal-platform', naam: 'Liberaal Platform', afkorting: 'LP', weight: 3 },
  { id: 'christelijk-midden', naam: 'Christelijk Midden', afkorting: 'CM', weight: 2 },
  { id: 'sociale-alliantie', naam: 'Sociale Alliantie', afkorting: 'SA', weight: 2 },
  { id: 'partij-voor-dier-en-dijk', naam: 'Partij voor Dier en Dijk', afkorting: 'PDD', weight: 1 },
  // The geborgde zetels: their seats are fixed by law (fixedSeats), not by the election.
  { id: 'ongebouwd', naam: 'Ongebouwd', afkorting: 'OG', weight: 0 },
  { id: 'natuurterreinen', naam: 'Natuurterreinen', afkorting: 'NT', weight: 0 },
  {
    id: 'onafhankelijk-zilverwaard',
    naam: 'Onafhankelijk Zilverwaard',
    afkorting: 'OZW',
    weight: 0,
  },
];

export const waterBoardDemo: DemoBody = {
  kind: 'waterschap',
  naam: 'Zilverwaard',
  benaming: 'hoogheemraadschap',
  contact: {
    naam: 'Bestuurssecretariaat Zilverwaard',
    email: 'secretariaat@zilverwaard.example',
  },
  website: 'https://zilverwaard.example',
  decisionsFolder: 'db-besluiten',
  // 25 seats (4 of them also in the dagelijks bestuur) + the dijkgraaf + 1 former member of
  // the dagelijks bestuur + 2 former members of the algemeen bestuur.
  defaultPeople: 29,
  // Elected with the provinces (2023); the dagelijks bestuur is chosen at the first meeting.
  election: { yearModulo: 3, executiveDelay: 14 },
  monistic: true,
  sizes: { executives: 4, formerExecutives: 1, formerMembers: 2 },
  fracties: FRACTIES,
  coalitionSize: 4,
  fixedSeats: { ongebouwd: 2, natuurterreinen: 2 },
  independentFractie: 'onafhankelijk-zilverwaard',
  // The fractie is on the seat in the algemeen bestuur, which a member keeps.
  executiveHasFractie: false,
  portfolios: [
    'Waterveiligheid en Dijkversterking',
    'Watersysteem, Waterkwaliteit en Natuur',
    'Waterketen, Zuivering en Energie',
    'Financiën, Belastingen en Bedrijfsvoering',
    'Klimaatadaptatie en Ruimtelijke Ontwikkeling',
    'Wegen, Vaarwegen en Recreatie',
  ],
  partTimeExecutives: 1,
  incomeVariety: true,
  qqExecutive: [
    {
      organisatie: 'Zuiveringsbedrijf Zilverwaard B.V.',
      functie: 'Vertegenwoordiger aandeelhouder hoogheemraadschap',
    },
    { organisatie: 'Belastingsamenwerking Zilverland', functie: 'Lid algemeen bestuur' },
    { organisatie: 'Bestuurlijk overleg Zoetwater Zilverland', functie: 'Lid' },
    { organisatie: 'Stichting Dijkmuseum Zilverwaard', functie: 'Lid raad van advies' },
    { organisatie: 'Samenwerkingsverband Waterketen Zilverhaven', functie: 'Voorzitter' },
    { organisatie: 'Recreatieschap Zilvermeren', functie: 'Lid algemeen bestuur' },
  ],
  qqChair: [
    { organisatie: 'Veiligheidsregio Zilverland', functie: 'Adviserend lid algemeen bestuur' },
    { organisatie: 'Stichting Dijkmuseum Zilverwaard', functie: 'Voorzitter raad van advies' },
    { organisatie: 'Zilverlandse Reddingsbrigade', functie: 'Lid comité van aanbeveling' },
    { organisatie: 'Belastingsamenwerking Zilverland', functie: 'Voorzitter algemeen bestuur' },
    { organisatie: 'Stuurgroep Kustversterking Zilverland', functie: 'Lid' },
  ],
  places: PLACES,
  regionalOrganisations: [
    ...REGIONAL_ORGANISATIONS,
    { naam: 'Agrarische Natuurvereniging Zilverwaard', kind: 'vereniging' },
    { naam: 'Hengelsportfederatie Zilverwaard', kind: 'vereniging' },
    { naam: 'Stichting Dijkmuseum Zilverwaard', kind: 'stichting' },
  ],
  spellingVariants: {
    'Stichting Natuurbeheer Zilverland': 'Natuurbeheer Zilverland',
    'Agrarische Natuurvereniging Zilverwaard': 'ANV Zilverwaard',
  },
  orgTemplates: ORG_TEMPLATES,
  // A municipality's offices are not side positions in this demo: the site of a water board
  // speaks only its own kind's words (tests/build/body-kinds.test.ts).
  functionsByKind: {
    ...FUNCTIONS_BY_KIND,
    gemeente: FUNCTIONS_BY_KIND.gemeente.filter((spec) => spec.functie !== 'Lid gemeenteraad'),
  },
  mainJobs: MAIN_JOBS.filter((job) => !job.organisatie.startsWith('Waterschap')),
  departments: [
    {
      afdeling: 'Directie',
      functions: [
        ['Secretaris-directeur', 17],
        ['Concerncontroller', 15],
      ],
      themes: ['bestuur', 'integriteit', 'control', 'communicatie'],
    },
    {
      afdeling: 'Watersysteem',
      functions: [
        ['Afdelingshoofd Watersysteem', 15],
        ['Programmamanager Dijkversterking', 15],
        ['Senior adviseur waterkwaliteit', 14],
      ],
      themes: ['dijken', 'waterkwaliteit', 'peilbeheer', 'klimaatadaptatie'],
    },
    {
      afdeling: 'Zuivering en Waterketen',
      functions: [
        ['Afdelingshoofd Zuivering', 15],
        ['Senior procestechnoloog', 14],
      ],
      themes: ['zuivering', 'energie', 'grondstoffen'],
    },
    {
      afdeling: 'Vergunningverlening en Handhaving',
      functions: [['Afdelingshoofd Vergunningverlening en Handhaving', 14]],
      themes: ['vergunningen', 'handhaving', 'keur'],
    },
    {
      afdeling: 'Bedrijfsvoering',
      functions: [
        ['Afdelingshoofd Financiën en Belastingen', 15],
        ['Chief Information Officer', 15],
      ],
      themes: ['financiën', 'belastingen', 'informatievoorziening'],
    },
    {
      afdeling: 'Bestuurssecretariaat',
      functions: [['Bestuurssecretaris', 14]],
      themes: ['bestuursondersteuning'],
    },
  ],
  officials: { count: 14, perPeople: 60 },
  secretaryTitle: 'Secretaris-directeur',
  sideActivities: [
    'Lid raad van toezicht {o}',
    'Gastdocent watermanagement aan Hogeschool Zilverhaven',
    'Voorzitter {o}',
    'Penningmeester {o}',
    'Eigenaar adviesbureau (eenmanszaak) op het gebied van {t}',
    'Vrijwilliger bij de brandweer, post {p}',
    'Lid dorpsraad {p}',
    'Examinator bij een opleiding over {t}',
  ],
  restrictions: [
    'Geen betrokkenheid bij subsidieaanvragen of -besluiten die deze organisatie raken.',
    'Niet betrokken bij vergunningverlening op grond van de keur voor deze organisatie.',
    'Werkzaamheden alleen buiten werktijd en zonder gebruik van middelen van het hoogheemraadschap.',
    'Geen opdrachten aannemen van of voor het hoogheemraadschap Zilverwaard.',
    'Melden bij de leidinggevende zodra de organisatie zaken doet met het hoogheemraadschap.',
  ],
  giftGiverFunctions: [
    'Dorpsraad {p}',
    'Gemeente {p}',
    'Provincie Zilverland',
    'Ondernemersvereniging {p}',
    'Dijkgraaf van Waterschap Zilverstromen',
  ],
  giftOccasions: [...GIFT_OCCASIONS, 'opening van een vispassage', 'oplevering van een dijkvak'],
  chairGiftWeight: 16,
  texts: {
    positionWithdrawn: 'Ten onrechte opgegeven: de functie is nooit aanvaard.',
    paidReply: 'De vergoeding maak ik volledig over aan de Voedselbank Zilverhaven.',
    interestReply:
      'Ondergebracht in een beheerstichting; ik heb geen zeggenschap over de beleggingen.',
    giftWithdrawn:
      'Dubbel geregistreerd; het geschenk staat al onder een ander nummer in het register.',
    giftReply: {
      bestemming: 'ingeleverd',
      reactie:
        'Ingeleverd bij het bestuurssecretariaat; het staat nu in de vitrine in het gemeenlandshuis.',
    },
  },
};
