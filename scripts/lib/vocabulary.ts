/**
 * Word lists for the fictional province of Zilverland. Every name, place and organisation is
 * invented; generic organisation types ("Waterschap", "Stichting") are used as Dutch readers
 * know them. Values are Dutch because they are content.
 */

/** A fractie with its relative size in the council (0: only joined by defectors, or seats fixed by law). */
export interface FractieSpec {
  id: string;
  naam: string;
  afkorting: string;
  weight: number;
}

/** Party groups, largest first; the first four form the coalition. */
export const FRACTIES: readonly FractieSpec[] = [
  {
    id: 'zilverlandse-boerenpartij',
    naam: 'Zilverlandse Boerenpartij',
    afkorting: 'ZBP',
    weight: 11,
  },
  { id: 'groen-verbond', naam: 'Groen Verbond', afkorting: 'GV', weight: 8 },
  { id: 'liberaal-platform', naam: 'Liberaal Platform', afkorting: 'LP', weight: 7 },
  { id: 'christelijk-midden', naam: 'Christelijk Midden', afkorting: 'CM', weight: 6 },
  { id: 'sociale-alliantie', naam: 'Sociale Alliantie', afkorting: 'SA', weight: 6 },
  { id: 'lokaal-zilverland', naam: 'Lokaal Zilverland', afkorting: 'LZ', weight: 4 },
  { id: 'democratisch-perspectief', naam: 'Democratisch Perspectief', afkorting: 'DP', weight: 3 },
  { id: 'partij-voor-dier-en-dijk', naam: 'Partij voor Dier en Dijk', afkorting: 'PDD', weight: 2 },
  { id: 'ouderenpartij-zilverhart', naam: 'Ouderenpartij Zilverhart', afkorting: 'OPZ', weight: 2 },
  { id: 'stem-van-het-veld', naam: 'Stem van het Veld', afkorting: 'SvhV', weight: 1 },
  { id: 'eerlijk-zilverland', naam: 'Eerlijk Zilverland', afkorting: 'EZ', weight: 1 },
  { id: 'onafhankelijk-zilverland', naam: 'Onafhankelijk Zilverland', afkorting: 'OZ', weight: 0 },
];

/** How many of the first fracties form the coalition that supplies the gedeputeerden. */
export const COALITION_SIZE = 4;

/** Portfolios of the gedeputeerden, in order of appointment. */
export const PORTFOLIOS: readonly string[] = [
  'Financiën, Energie en Klimaat',
  'Landbouw, Natuur en Stikstof',
  'Mobiliteit en Openbaar Vervoer',
  'Ruimtelijke Ordening, Wonen en Water',
  'Economie, Onderwijs en Arbeidsmarkt',
  'Cultuur, Erfgoed, Sport en Bestuur',
  'Bodem, Milieu en Vergunningverlening',
  'Recreatie, Toerisme en Vrijetijdseconomie',
];

/** Hand-made places: the demo draws these first. */
export const PLACES: readonly string[] = [
  'Zilverhaven',
  'Veldmere',
  'Oosterzilver',
  'Brakkenveen',
  'Lindewaard',
  'Kranswijk',
  'Elzenbroek',
  'Hoge Veld',
  'Westerzilver',
  'Ravensmeer',
  'Dorrehoven',
  'Klaverdam',
  'Otterloo aan de Zilver',
  'Wilgenrade',
  'Reigerzijl',
  'Turfhorst',
];

/** Syllables for more places at large sizes ("Kievitbroek", "Vlasmere"). */
export const PLACE_PREFIXES: readonly string[] = [
  'Zilver',
  'Veld',
  'Elzen',
  'Krans',
  'Raven',
  'Dorre',
  'Heide',
  'Wilgen',
  'Beuken',
  'Meeuwen',
  'Otter',
  'Reiger',
  'Kievit',
  'Vlas',
  'Rogge',
  'Turf',
  'Klei',
  'Schelp',
  'Wier',
  'Brak',
  'Lover',
  'Haver',
  'Linde',
  'Essen',
  'Moer',
  'Zand',
  'Riet',
  'Hazel',
  'Berken',
  'Duiven',
];
export const PLACE_SUFFIXES: readonly string[] = [
  'haven',
  'mere',
  'broek',
  'wijk',
  'dorp',
  'veen',
  'horst',
  'hoven',
  'dam',
  'burg',
  'loo',
  'rade',
  'zijl',
  'waard',
  'kamp',
  'sloot',
  'hem',
  'berg',
];

/** First names the people go by; a mix of backgrounds, with diacritics. */
export const FIRST_NAMES: readonly string[] = [
  'Anne',
  'Annelies',
  'Ayoub',
  'Björn',
  'Bram',
  'Chantal',
  'Charlotte',
  'Chloë',
  'Daan',
  'Daniël',
  'Dewi',
  'Dirk',
  'Eline',
  'Emre',
  'Esther',
  'Eveline',
  'Fatima',
  'Femke',
  'Gerda',
  'Hanneke',
  'Hendrik',
  'Hidde',
  'Inés',
  'Ingrid',
  'Jeroen',
  'Joëlle',
  'Jurre',
  'Karin',
  'Kees',
  'Koen',
  'Lars',
  'Linda',
  'Lotte',
  'Marieke',
  'Marit',
  'Martijn',
  'Mehmet',
  'Mirjam',
  'Nathalie',
  'Niels',
  'Noor',
  'Olga',
  'Onno',
  'Petra',
  'Pim',
  'Priya',
  'Quinten',
  'Rachid',
  'Renée',
  'Rik',
  'Roos',
  'Rutger',
  'Sanne',
  'Sevda',
  'Sietske',
  'Sjoerd',
  'Tessa',
  'Thijs',
  'Tjeerd',
  'Ugur',
  'Ursula',
  'Vera',
  'Wiebe',
  'Willem',
  'Wouter',
  'Xander',
  'Yara',
  'Yvonne',
  'Zoë',
  'Fenna',
  'Gijsbert',
  'Hester',
  'Jelmer',
  'Lieke',
  'Maaike',
  'Merel',
  'Nadia',
  'Ruben',
  'Stijn',
  'Wendela',
  'Aafke',
  'Bauke',
  'Céline',
  'Doortje',
  'Egbert',
  'Frederique',
  'Gerben',
  'Hüseyin',
  'Joris',
  'Kyra',
];

/** A surname: the particle apart, so "van den Berg" sorts under B. */
export interface Surname {
  tussenvoegsel?: string;
  achternaam: string;
}

/** Surnames with particles, including 't and in 't. */
export const SURNAMES_WITH_PARTICLE: readonly Surname[] = [
  { tussenvoegsel: 'van den', achternaam: 'Berg' },
  { tussenvoegsel: 'de', achternaam: 'Vries' },
  { tussenvoegsel: 'van', achternaam: 'Dijk' },
  { tussenvoegsel: 'van der', achternaam: 'Meer' },
  { tussenvoegsel: 'de', achternaam: 'Groot' },
  { tussenvoegsel: 'van', achternaam: 'Leeuwen' },
  { tussenvoegsel: 'de', achternaam: 'Wit' },
  { tussenvoegsel: 'van der', achternaam: 'Linden' },
  { tussenvoegsel: 'van den', achternaam: 'Broek' },
  { tussenvoegsel: "'t", achternaam: 'Hart' },
  { tussenvoegsel: 'van der', achternaam: 'Ploeg' },
  { tussenvoegsel: 'van', achternaam: 'Vliet' },
  { tussenvoegsel: 'ter', achternaam: 'Horst' },
  { tussenvoegsel: 'ter', achternaam: 'Steege' },
  { tussenvoegsel: "in 't", achternaam: 'Zandt' },
  { tussenvoegsel: 'van', achternaam: 'Beek' },
  { tussenvoegsel: 'de', achternaam: 'Koning' },
  { tussenvoegsel: 'van der', achternaam: 'Wal' },
  { tussenvoegsel: 'van den', achternaam: 'Akker' },
  { tussenvoegsel: 'de', achternaam: 'Lange' },
  { tussenvoegsel: 'ten', achternaam: 'Brink' },
  { tussenvoegsel: "van 't", achternaam: 'Hof' },
  { tussenvoegsel: 'de', achternaam: 'Bruijn' },
  { tussenvoegsel: 'van der', achternaam: 'Veen' },
  { tussenvoegsel: 'op den', achternaam: 'Kamp' },
  { tussenvoegsel: 'van', achternaam: 'Oosten' },
  { tussenvoegsel: "'t", achternaam: 'Lam' },
  { tussenvoegsel: 'van', achternaam: 'Wijngaarden' },
  { tussenvoegsel: 'de', achternaam: 'Ruiter' },
  { tussenvoegsel: 'van der', achternaam: 'Zwaag' },
];

/** Surnames without particles, some with diacritics or a space. */
export const SURNAMES_PLAIN: readonly string[] = [
  'Bakker',
  'Visser',
  'Meijer',
  'Mulder',
  'Vos',
  'Hendriks',
  'Brouwer',
  'Dijkstra',
  'Kok',
  'Postma',
  'Schouten',
  'Algra',
  'Veenstra',
  'Bosman',
  'Wolters',
  'Quist',
  'Kuiper',
  'Koster',
  'Scholten',
  'Ekkelenkamp',
  'Roelofs',
  'Stoffels',
  'Nijenhuis',
  'Wessels',
  'Brinkman',
  'Groeneveld',
  'Otten',
  'Evers',
  'Feenstra',
  'Reinders',
  'Sikkema',
  'Tuinstra',
  'Oosterhof',
  'Kleinjan',
  'Ravestein',
  'Verhoef',
  'Wagenaar',
  'Zijlstra',
  'Boerma',
  'Elzinga',
  'Gerritsen',
  'Jonker',
  'Nauta',
  'Rademaker',
  'Snijder',
  'Terpstra',
  'Uittenbogaard',
  'Wiersma',
  'Yntema',
  'Ubbink',
  'Ising',
  'Gorter',
  'Pijl',
  'Zuidema',
  'Brandsma',
  'Oudejans',
  'Veldkamp',
  'Wijnholds',
  'Roskam',
  'Kleinhout',
  'Lageweg',
  'Mensink',
  'Smeenk',
  'Çelik',
  'Yıldız',
  'Kaya',
  'El Idrissi',
  'Nowak',
  'Hegedűs',
  'Ødemark',
  'Ramdin',
  'Soekhoe',
  'Bouzid',
  'Nguyen',
  'Papadakis',
  'Fernández',
  'Østby',
  'Doğan',
  'Šimek',
];

/** Names the demo must show: diacritics, apostrophes, particles, a missing first name. */
export interface FeaturedName {
  voorletters: string;
  roepnaam?: string;
  tussenvoegsel?: string;
  achternaam: string;
}

export const FEATURED_NAMES: readonly FeaturedName[] = [
  { voorletters: 'J.H.', roepnaam: 'Jan', tussenvoegsel: 'van den', achternaam: 'Berg' },
  { voorletters: 'Ü.', roepnaam: 'Ümit', achternaam: 'Çelik' },
  { voorletters: 'E.M.', roepnaam: 'Eleonóra', achternaam: 'Hegedűs' },
  { voorletters: 'Z.A.', roepnaam: 'Zoë', tussenvoegsel: 'de', achternaam: 'Groot' },
  { voorletters: 'S.', roepnaam: 'Sven', achternaam: 'Ødemark' },
  { voorletters: 'P.J.', roepnaam: 'Pieternel', tussenvoegsel: "'t", achternaam: 'Hart' },
  { voorletters: 'M.C.', roepnaam: 'Marloes', tussenvoegsel: "in 't", achternaam: 'Zandt' },
  { voorletters: 'G.J.', roepnaam: 'Gerrit', tussenvoegsel: 'ter', achternaam: 'Horst' },
  { voorletters: 'R.', roepnaam: 'Renée', tussenvoegsel: 'van der', achternaam: 'Linden' },
  { voorletters: 'A.', roepnaam: 'Aïcha', achternaam: 'El Idrissi' },
  { voorletters: 'N.P.', roepnaam: 'Noël', achternaam: 'Dubois-Verhoef' },
  { voorletters: 'H.W.', tussenvoegsel: 'de', achternaam: 'Bruijn' },
  { voorletters: 'Ł.', roepnaam: 'Łucja', achternaam: 'Nowak' },
  { voorletters: 'Y.', roepnaam: 'Yasemin', achternaam: 'Yıldız' },
  { voorletters: 'Th.A.', roepnaam: 'Thea', tussenvoegsel: "van 't", achternaam: 'Hof' },
  {
    voorletters: 'W.C.M.',
    roepnaam: 'Willemijn',
    tussenvoegsel: 'van',
    achternaam: 'Hasselt-Bremer',
  },
];

/** Famous combinations that the random names must never produce. */
export const BLOCKED_FULL_NAMES: ReadonlySet<string> = new Set([
  "Maarten 't Hart",
  "Sophie in 't Veld",
  'Frank de Boer',
  'Bart de Graaf',
  'Anne de Vries',
  'Linda de Mol',
  'Sander Dekker',
  'Wouter Bos',
  'Jasper van Dijk',
  'Gijs van Dijk',
  'Ilse de Lange',
  'Kees van der Meer',
  'Jeroen van der Meer',
  'Willem van der Meer',
  'Dirk de Vries',
  'Koen de Vries',
]);

/** Kinds of organisation; the kind decides the usual positions and payment. */
export type OrgKind =
  | 'stichting'
  | 'vereniging'
  | 'sport'
  | 'bedrijf'
  | 'gemeente'
  | 'commissie'
  | 'publiek'
  | 'onderwijs'
  | 'zorg'
  | 'cooperatie'
  | 'energie'
  | 'wonen';

/** Provincial and regional bodies many members sit on: shared across people. */
export const REGIONAL_ORGANISATIONS: readonly { naam: string; kind: OrgKind }[] = [
  { naam: 'Stichting Natuurbeheer Zilverland', kind: 'stichting' },
  { naam: 'Waterschap Zilverstromen', kind: 'publiek' },
  { naam: 'Coöperatie Windpark Hoge Veld', kind: 'energie' },
  { naam: 'Hogeschool Zilverhaven', kind: 'onderwijs' },
  { naam: 'Zilverland College', kind: 'onderwijs' },
  { naam: 'ROC Zilverland', kind: 'onderwijs' },
  { naam: 'Zorggroep Veldmere', kind: 'zorg' },
  { naam: 'Woonstichting De Zilveren Sleutel', kind: 'wonen' },
  { naam: 'Zilverlandse Land- en Tuinbouworganisatie', kind: 'vereniging' },
  { naam: 'Museum Zilverhaven', kind: 'stichting' },
  { naam: 'Omroep Zilverland', kind: 'stichting' },
  { naam: 'Stichting Voedselbank Zilverhaven', kind: 'stichting' },
  { naam: 'Stichting Erfgoed Zilverland', kind: 'stichting' },
  { naam: 'Energiecoöperatie Zilverstroom', kind: 'energie' },
  { naam: 'Zilverlandse Milieufederatie', kind: 'stichting' },
  { naam: 'Regionaal Bureau voor Toerisme Zilverland', kind: 'stichting' },
];

/**
 * Spellings members really use for some regional organisations: every third mention is written
 * this way, so the demo has near-duplicates for content/organisaties.yaml and `npm run organisaties`.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  'Stichting Natuurbeheer Zilverland': 'Natuurbeheer Zilverland',
  'Coöperatie Windpark Hoge Veld': 'Cooperatie Windpark Hogeveld',
  'Woonstichting De Zilveren Sleutel': 'Woonstichting Zilveren Sleutel',
  'Zilverlandse Milieufederatie': 'Zilverlandse Millieufederatie',
};

/** Positions held by virtue of office (q.q.) by gedeputeerden. */
export const QQ_POSITIONS_GS: readonly { organisatie: string; functie: string }[] = [
  { organisatie: 'Omgevingsdienst Zilverland', functie: 'Lid algemeen bestuur' },
  {
    organisatie: 'Regionale Ontwikkelingsmaatschappij Zilverland N.V.',
    functie: 'Lid algemene vergadering van aandeelhouders',
  },
  { organisatie: 'Stichting Zilverlands Landschap', functie: 'Lid raad van advies' },
  {
    organisatie: 'Zilverland Energiefonds B.V.',
    functie: 'Vertegenwoordiger aandeelhouder provincie',
  },
  { organisatie: 'Vervoersautoriteit Zilverland-Noord', functie: 'Lid dagelijks bestuur' },
  { organisatie: 'Recreatieschap Zilvermeren', functie: 'Voorzitter algemeen bestuur' },
  {
    organisatie: 'Gemeenschappelijke regeling Luchthaven Zilverhaven',
    functie: 'Lid algemeen bestuur',
  },
  { organisatie: 'Bestuurlijk overleg Waterbeheer Zilverstromen', functie: 'Lid' },
  { organisatie: 'Stichting Erfgoed Zilverland', functie: 'Voorzitter raad van advies' },
  { organisatie: 'Interprovinciaal Netwerk Landelijk Gebied', functie: 'Lid bestuurlijk netwerk' },
];

/** Positions held by virtue of office (q.q.) by the Commissaris van de Koning. */
export const QQ_POSITIONS_CDK: readonly { organisatie: string; functie: string }[] = [
  { organisatie: 'Stichting Comité 4 en 5 mei Zilverland', functie: 'Voorzitter' },
  { organisatie: 'Zilverlandse Reddingsbrigade', functie: 'Lid comité van aanbeveling' },
  { organisatie: 'Stichting Zilverlands Kunstbezit', functie: 'Voorzitter raad van toezicht' },
  { organisatie: 'Veiligheidsregio Zilverland', functie: 'Adviserend lid veiligheidsberaad' },
  { organisatie: 'Vereniging Vrienden van het Provinciehuis', functie: 'Erevoorzitter' },
  { organisatie: 'Koninklijke Harmonie Zilverhaven', functie: 'Erelid' },
  {
    organisatie: 'Stichting Zilverlandse Dodenherdenking',
    functie: 'Voorzitter comité van aanbeveling',
  },
];

/** Organisation names per kind; `{p}` is a place, `{s}` a surname. */
export const ORG_TEMPLATES: readonly { kind: OrgKind; template: string }[] = [
  { kind: 'stichting', template: 'Stichting Dorpshuis {p}' },
  { kind: 'stichting', template: 'Stichting Voedselbank {p}' },
  { kind: 'stichting', template: 'Stichting Vrienden van Museum {p}' },
  { kind: 'stichting', template: 'Stichting Muziekschool {p}' },
  { kind: 'stichting', template: 'Stichting Oud {p}' },
  { kind: 'stichting', template: 'Stichting Zwembad {p}' },
  { kind: 'stichting', template: 'Stichting Schuldhulpmaatje {p}' },
  { kind: 'stichting', template: 'Stichting Kerkbehoud {p}' },
  { kind: 'stichting', template: 'Stichting Natuurbeheer {p}' },
  { kind: 'stichting', template: 'Stichting Bibliotheek {p}' },
  { kind: 'sport', template: 'Voetbalvereniging {p}' },
  { kind: 'sport', template: 'Tennisvereniging {p}' },
  { kind: 'vereniging', template: 'Historische Vereniging {p}' },
  { kind: 'vereniging', template: 'Ondernemersvereniging {p}' },
  { kind: 'sport', template: 'IJsvereniging {p}' },
  { kind: 'vereniging', template: 'Muziekvereniging Harmonie {p}' },
  { kind: 'vereniging', template: 'Vereniging Dorpsbelang {p}' },
  { kind: 'vereniging', template: 'Imkersvereniging {p}' },
  { kind: 'sport', template: 'Schaakclub {p}' },
  { kind: 'vereniging', template: 'Volkstuinvereniging {p}' },
  { kind: 'bedrijf', template: '{s} Advies B.V.' },
  { kind: 'bedrijf', template: '{p} Installatietechniek B.V.' },
  { kind: 'bedrijf', template: 'Bouwbedrijf {s}' },
  { kind: 'bedrijf', template: 'Adviesbureau {p}' },
  { kind: 'bedrijf', template: 'Hoveniersbedrijf {s}' },
  { kind: 'bedrijf', template: 'Transportbedrijf {s} {p}' },
  { kind: 'bedrijf', template: 'Accountantskantoor {s}' },
  { kind: 'bedrijf', template: 'Zuivelfabriek {p} B.V.' },
  { kind: 'gemeente', template: 'Gemeente {p}' },
  { kind: 'commissie', template: 'Rekenkamer {p}' },
  { kind: 'commissie', template: 'Bezwaarschriftencommissie gemeente {p}' },
  { kind: 'onderwijs', template: 'Scholengemeenschap {p}' },
  { kind: 'onderwijs', template: 'Openbare Basisschool {p}' },
  { kind: 'zorg', template: 'Zorggroep {p}' },
  { kind: 'zorg', template: 'Huisartsenpraktijk {p}' },
  { kind: 'zorg', template: 'Woonzorgcentrum De Linde, {p}' },
  { kind: 'energie', template: 'Energiecoöperatie {p}' },
  { kind: 'cooperatie', template: 'Dorpscoöperatie {p}' },
  { kind: 'energie', template: 'Coöperatie Zonnepark {p}' },
  { kind: 'cooperatie', template: 'Zorgcoöperatie {p}' },
  { kind: 'wonen', template: 'Woonstichting {p}' },
];

/** A side position's function and how such positions are usually paid. */
export interface FunctionSpec {
  functie: string;
  /** Weights for bezoldigd, onbezoldigd, onkostenvergoeding. */
  pay: readonly [number, number, number];
  /** Typical remuneration when stated. */
  vergoeding?: {
    per: 'maand' | 'jaar' | 'vergadering' | 'eenmalig';
    min: number;
    max: number;
    step: number;
  };
  /** Typical time spent. */
  tijd?: { per: 'week' | 'maand' | 'jaar'; min: number; max: number };
}

export const FUNCTIONS_BY_KIND: Readonly<Record<OrgKind, readonly FunctionSpec[]>> = {
  stichting: [
    { functie: 'Voorzitter bestuur', pay: [1, 7, 2], tijd: { per: 'maand', min: 4, max: 16 } },
    { functie: 'Secretaris bestuur', pay: [0, 8, 2], tijd: { per: 'maand', min: 2, max: 8 } },
    { functie: 'Penningmeester', pay: [0, 8, 2], tijd: { per: 'maand', min: 2, max: 8 } },
    { functie: 'Lid bestuur', pay: [0, 8, 2] },
    {
      functie: 'Lid raad van toezicht',
      pay: [4, 4, 2],
      vergoeding: { per: 'jaar', min: 2000, max: 9000, step: 250 },
      tijd: { per: 'jaar', min: 30, max: 80 },
    },
    {
      functie: 'Voorzitter raad van toezicht',
      pay: [6, 2, 2],
      vergoeding: { per: 'jaar', min: 4000, max: 14000, step: 500 },
      tijd: { per: 'jaar', min: 50, max: 120 },
    },
    { functie: 'Lid raad van advies', pay: [1, 7, 2] },
    { functie: 'Ambassadeur', pay: [0, 9, 1] },
    { functie: 'Vrijwilliger', pay: [0, 10, 1], tijd: { per: 'week', min: 2, max: 6 } },
  ],
  vereniging: [
    { functie: 'Voorzitter', pay: [0, 9, 1], tijd: { per: 'maand', min: 4, max: 12 } },
    { functie: 'Secretaris', pay: [0, 9, 1] },
    { functie: 'Penningmeester', pay: [0, 9, 1] },
    { functie: 'Bestuurslid', pay: [0, 9, 1] },
    { functie: 'Lid kascommissie', pay: [0, 10, 0] },
    { functie: 'Erelid', pay: [0, 10, 0] },
  ],
  sport: [
    { functie: 'Voorzitter', pay: [0, 9, 1], tijd: { per: 'maand', min: 4, max: 12 } },
    { functie: 'Penningmeester', pay: [0, 9, 1] },
    { functie: 'Bestuurslid', pay: [0, 9, 1] },
    { functie: 'Trainer jeugdteam', pay: [1, 6, 3], tijd: { per: 'week', min: 2, max: 5 } },
    { functie: 'Lid sponsorcommissie', pay: [0, 10, 0] },
  ],
  bedrijf: [
    { functie: 'Directeur-eigenaar', pay: [10, 0, 0], tijd: { per: 'week', min: 8, max: 32 } },
    {
      functie: 'Adviseur',
      pay: [9, 1, 0],
      vergoeding: { per: 'jaar', min: 3000, max: 30000, step: 500 },
      tijd: { per: 'maand', min: 4, max: 24 },
    },
    {
      functie: 'Lid raad van commissarissen',
      pay: [10, 0, 0],
      vergoeding: { per: 'jaar', min: 6000, max: 22000, step: 500 },
      tijd: { per: 'jaar', min: 40, max: 100 },
    },
    { functie: 'Vennoot', pay: [10, 0, 0] },
    {
      functie: 'Zelfstandig adviseur',
      pay: [10, 0, 0],
      vergoeding: { per: 'eenmalig', min: 500, max: 6000, step: 250 },
    },
  ],
  gemeente: [
    {
      functie: 'Lid gemeenteraad',
      pay: [9, 0, 1],
      vergoeding: { per: 'maand', min: 900, max: 1600, step: 25 },
      tijd: { per: 'week', min: 12, max: 20 },
    },
    {
      functie: 'Lid rekenkamercommissie',
      pay: [7, 0, 3],
      vergoeding: { per: 'vergadering', min: 100, max: 350, step: 25 },
    },
    {
      functie: 'Lid adviesraad sociaal domein',
      pay: [1, 3, 6],
      vergoeding: { per: 'vergadering', min: 50, max: 150, step: 25 },
    },
  ],
  commissie: [
    {
      functie: 'Voorzitter',
      pay: [8, 0, 2],
      vergoeding: { per: 'vergadering', min: 150, max: 450, step: 25 },
    },
    {
      functie: 'Lid',
      pay: [7, 0, 3],
      vergoeding: { per: 'vergadering', min: 100, max: 350, step: 25 },
    },
    {
      functie: 'Plaatsvervangend lid',
      pay: [6, 0, 4],
      vergoeding: { per: 'vergadering', min: 75, max: 250, step: 25 },
    },
  ],
  publiek: [
    {
      functie: 'Lid algemeen bestuur',
      pay: [6, 1, 3],
      vergoeding: { per: 'maand', min: 300, max: 900, step: 25 },
      tijd: { per: 'maand', min: 8, max: 24 },
    },
    {
      functie: 'Lid adviescommissie',
      pay: [4, 2, 4],
      vergoeding: { per: 'vergadering', min: 75, max: 250, step: 25 },
    },
    {
      functie: 'Lid auditcommissie',
      pay: [7, 1, 2],
      vergoeding: { per: 'vergadering', min: 150, max: 350, step: 25 },
    },
  ],
  onderwijs: [
    { functie: 'Docent', pay: [10, 0, 0], tijd: { per: 'week', min: 4, max: 24 } },
    {
      functie: 'Gastdocent',
      pay: [6, 2, 2],
      vergoeding: { per: 'eenmalig', min: 250, max: 1500, step: 50 },
    },
    {
      functie: 'Lid raad van toezicht',
      pay: [7, 1, 2],
      vergoeding: { per: 'jaar', min: 4000, max: 12000, step: 250 },
    },
    { functie: 'Lid medezeggenschapsraad', pay: [0, 8, 2] },
    {
      functie: 'Lid examencommissie',
      pay: [5, 3, 2],
      vergoeding: { per: 'jaar', min: 500, max: 2500, step: 100 },
    },
  ],
  zorg: [
    {
      functie: 'Lid raad van toezicht',
      pay: [8, 1, 1],
      vergoeding: { per: 'jaar', min: 6000, max: 16000, step: 500 },
    },
    { functie: 'Lid cliëntenraad', pay: [0, 6, 4] },
    { functie: 'Vrijwilliger', pay: [0, 10, 0], tijd: { per: 'week', min: 2, max: 6 } },
    { functie: 'Huisarts (waarnemer)', pay: [10, 0, 0], tijd: { per: 'maand', min: 8, max: 40 } },
  ],
  cooperatie: [
    { functie: 'Bestuurslid', pay: [1, 6, 3] },
    { functie: 'Voorzitter', pay: [2, 5, 3] },
    { functie: 'Lid ledenraad', pay: [0, 9, 1] },
  ],
  energie: [
    {
      functie: 'Lid raad van commissarissen',
      pay: [7, 1, 2],
      vergoeding: { per: 'jaar', min: 1500, max: 9000, step: 250 },
    },
    { functie: 'Bestuurslid', pay: [1, 6, 3] },
    { functie: 'Voorzitter', pay: [2, 5, 3] },
    { functie: 'Lid ledenraad', pay: [0, 9, 1] },
  ],
  wonen: [
    {
      functie: 'Lid raad van commissarissen',
      pay: [9, 0, 1],
      vergoeding: { per: 'jaar', min: 8000, max: 18000, step: 500 },
    },
    { functie: 'Lid huurdersraad', pay: [0, 7, 3] },
  ],
};

/** Main jobs of Statenleden (the Staten are a part-time office). `{p}` place, `{s}` own surname. */
export const MAIN_JOBS: readonly { functie: string; organisatie: string; sector: string }[] = [
  { functie: 'Eigenaar', organisatie: 'Melkveebedrijf {s}', sector: 'landbouw' },
  { functie: 'Eigenaar', organisatie: 'Akkerbouwbedrijf {s}, {p}', sector: 'landbouw' },
  { functie: 'Directeur-eigenaar', organisatie: '{s} Advies B.V.', sector: 'advies' },
  {
    functie: 'Docent maatschappijleer',
    organisatie: 'Scholengemeenschap {p}',
    sector: 'onderwijs',
  },
  { functie: 'Beleidsadviseur', organisatie: 'Gemeente {p}', sector: 'overheid' },
  { functie: 'Advocaat', organisatie: 'Advocatenkantoor {p}', sector: 'juridisch' },
  { functie: 'Huisarts', organisatie: 'Huisartsenpraktijk {p}', sector: 'zorg' },
  { functie: 'Projectleider', organisatie: 'Waterschap Zilverstromen', sector: 'water' },
  { functie: 'Zelfstandig ondernemer', organisatie: '{s} Communicatie', sector: 'communicatie' },
  { functie: 'Verpleegkundige', organisatie: 'Zorggroep Veldmere', sector: 'zorg' },
  { functie: 'Accountmanager', organisatie: '{p} Installatietechniek B.V.', sector: 'techniek' },
  { functie: 'Predikant', organisatie: 'Protestantse gemeente {p}', sector: 'kerk' },
  {
    functie: 'Lector duurzame energie',
    organisatie: 'Hogeschool Zilverhaven',
    sector: 'onderwijs',
  },
  { functie: 'Bedrijfsleider', organisatie: 'Zuivelfabriek {p} B.V.', sector: 'voedsel' },
  {
    functie: 'Senior onderzoeker',
    organisatie: 'Kennisinstituut Bodem en Water Zilverland',
    sector: 'onderzoek',
  },
  { functie: 'Eigenaar', organisatie: 'Hoveniersbedrijf {s}', sector: 'groen' },
  { functie: 'Docent Nederlands', organisatie: 'Zilverland College', sector: 'onderwijs' },
  { functie: 'Coördinator vrijwilligers', organisatie: 'Stichting Welzijn {p}', sector: 'welzijn' },
];

/**
 * Financial interests: descriptions per nature. `{o}` is an organisation drawn from `pool`
 * (energy projects or businesses), `{p}` a place, `{n}` a number; `sector` may be left to the
 * organisation.
 */
export const INTEREST_TEMPLATES: readonly {
  aard:
    | 'aandelen'
    | 'obligaties'
    | 'opties'
    | 'onroerend-goed'
    | 'eigen-onderneming'
    | 'lening'
    | 'overig';
  omschrijving: string;
  pool?: 'energie' | 'bedrijf';
  sector?: string;
}[] = [
  { aard: 'aandelen', omschrijving: 'Aandelen (certificaten) in {o}', pool: 'energie' },
  { aard: 'aandelen', omschrijving: 'Aandelen in familiebedrijf {o}', pool: 'bedrijf' },
  { aard: 'aandelen', omschrijving: 'Minderheidsbelang in {o}', pool: 'bedrijf' },
  { aard: 'obligaties', omschrijving: 'Obligaties {o}', pool: 'energie' },
  { aard: 'obligaties', omschrijving: 'Groene obligaties van de gemeente {p}', sector: 'overheid' },
  { aard: 'opties', omschrijving: 'Personeelsopties bij {o}', pool: 'bedrijf' },
  {
    aard: 'onroerend-goed',
    omschrijving: 'Landbouwgrond ({n} ha) in {p}, verpacht',
    sector: 'landbouw',
  },
  { aard: 'onroerend-goed', omschrijving: 'Woning in {p}, verhuurd', sector: 'wonen' },
  { aard: 'onroerend-goed', omschrijving: 'Bedrijfspand aan de haven van {p}', sector: 'vastgoed' },
  {
    aard: 'onroerend-goed',
    omschrijving: 'Perceel natuurgrond ({n} ha) bij {p}',
    sector: 'natuur',
  },
  { aard: 'eigen-onderneming', omschrijving: 'Eigenaar van {o}', pool: 'bedrijf' },
  {
    aard: 'eigen-onderneming',
    omschrijving: 'Maatschap in melkveebedrijf te {p}',
    sector: 'landbouw',
  },
  { aard: 'lening', omschrijving: 'Achtergestelde lening aan {o}', pool: 'energie' },
  { aard: 'lening', omschrijving: 'Lening aan familiebedrijf in {p}', sector: 'landbouw' },
  { aard: 'overig', omschrijving: 'Ledenkapitaal in {o}', pool: 'energie' },
  { aard: 'overig', omschrijving: 'Crowdfundingbelang in zonnedak in {p}', sector: 'energie' },
];

/** The sector of a business, read from its name. */
export const SECTOR_BY_WORD: readonly (readonly [RegExp, string])[] = [
  [/Installatietechniek/, 'techniek'],
  [/Bouwbedrijf/, 'bouw'],
  [/Advies/, 'advies'],
  [/Hoveniersbedrijf/, 'groen'],
  [/Transportbedrijf/, 'transport'],
  [/Accountantskantoor/, 'financiële dienstverlening'],
  [/Zuivelfabriek/, 'voedingsmiddelen'],
];

/** The December gift; only given in December. */
export const CHRISTMAS_GIFT: GiftItem = {
  soort: 'geschenk',
  omschrijving: 'Kerstpakket',
  min: 35,
  max: 120,
  perishable: true,
};

/** What a gift can be: value range in euros, and whether it is perishable. */
export interface GiftItem {
  soort: 'geschenk' | 'uitnodiging' | 'reis';
  omschrijving: string;
  min: number;
  max: number;
  perishable?: boolean;
}

export const GIFT_ITEMS: readonly GiftItem[] = [
  { soort: 'geschenk', omschrijving: 'Boeket bloemen', min: 15, max: 45 },
  { soort: 'geschenk', omschrijving: 'Fles wijn', min: 8, max: 35 },
  { soort: 'geschenk', omschrijving: 'Twee flessen wijn in geschenkverpakking', min: 20, max: 75 },
  { soort: 'geschenk', omschrijving: 'Taart', min: 15, max: 40, perishable: true },
  { soort: 'geschenk', omschrijving: 'Fruitmand', min: 25, max: 70, perishable: true },
  { soort: 'geschenk', omschrijving: 'Doos bonbons', min: 8, max: 25, perishable: true },
  {
    soort: 'geschenk',
    omschrijving: 'Pakket met streekproducten',
    min: 30,
    max: 85,
    perishable: true,
  },
  { soort: 'geschenk', omschrijving: 'Boek over de geschiedenis van {p}', min: 20, max: 45 },
  { soort: 'geschenk', omschrijving: 'Ingelijste prent van {p}', min: 40, max: 250 },
  { soort: 'geschenk', omschrijving: 'Paraplu met logo', min: 10, max: 25 },
  { soort: 'geschenk', omschrijving: 'Thermosfles met logo', min: 12, max: 30 },
  {
    soort: 'geschenk',
    omschrijving: 'Keramieken schaal van een kunstenaar uit {p}',
    min: 60,
    max: 300,
  },
  { soort: 'geschenk', omschrijving: 'Cadeaubon boekhandel', min: 25, max: 100 },
  { soort: 'geschenk', omschrijving: 'Horloge', min: 150, max: 450 },
  { soort: 'geschenk', omschrijving: 'Vulpen in geschenkdoos', min: 30, max: 120 },
  { soort: 'geschenk', omschrijving: 'Zilveren herinneringspenning', min: 45, max: 150 },
  { soort: 'geschenk', omschrijving: 'Tablet', min: 250, max: 450 },
  { soort: 'uitnodiging', omschrijving: 'Diner na afloop van het werkbezoek', min: 40, max: 120 },
  { soort: 'uitnodiging', omschrijving: 'Lunch', min: 15, max: 35 },
  { soort: 'uitnodiging', omschrijving: 'Receptie met hapjes en drankjes', min: 10, max: 30 },
  { soort: 'uitnodiging', omschrijving: 'Toegangskaart voor een jaarcongres', min: 25, max: 95 },
  { soort: 'uitnodiging', omschrijving: 'Rondleiding met koffie en gebak', min: 8, max: 20 },
  { soort: 'uitnodiging', omschrijving: 'Twee kaarten voor een concert in {p}', min: 30, max: 120 },
  {
    soort: 'uitnodiging',
    omschrijving: 'Twee kaarten voor de schouwburg in {p}',
    min: 30,
    max: 90,
  },
  {
    soort: 'uitnodiging',
    omschrijving: 'VIP-arrangement bij een voetbalwedstrijd',
    min: 120,
    max: 300,
  },
  {
    soort: 'uitnodiging',
    omschrijving: 'Galadiner ter gelegenheid van een jubileum',
    min: 80,
    max: 180,
  },
  { soort: 'uitnodiging', omschrijving: 'Golfclinic met lunch', min: 60, max: 150 },
  { soort: 'uitnodiging', omschrijving: 'Rondvaart met buffet', min: 45, max: 110 },
  {
    soort: 'reis',
    omschrijving: 'Studiereis waterbeheer naar Denemarken (drie dagen)',
    min: 650,
    max: 1800,
  },
  {
    soort: 'reis',
    omschrijving: 'Bezoek aan een windpark op zee, inclusief vervoer per boot',
    min: 150,
    max: 400,
  },
  {
    soort: 'reis',
    omschrijving: 'Handelsmissie naar Noord-Duitsland (twee dagen)',
    min: 800,
    max: 1600,
  },
  {
    soort: 'reis',
    omschrijving: 'Excursie met overnachting naar proeftuinen voor kringlooplandbouw',
    min: 200,
    max: 500,
  },
  {
    soort: 'reis',
    omschrijving: 'Congres in Brussel, inclusief reis en verblijf',
    min: 400,
    max: 1200,
  },
];

/** Occasions for gifts at any time of year; January and December add their own. */
export const GIFT_OCCASIONS: readonly string[] = [
  'werkbezoek',
  'opening van een nieuw gebouw',
  'jubileum (25 jaar)',
  'toespraak op een jaarcongres',
  'ondertekening van een convenant',
  'bedrijfsbezoek',
  'afscheidsreceptie',
  'dank voor een lezing',
  'officiële opening van een fietspad',
  'Dag van de Zilverlandse landbouw',
];

/** Organisation kinds that give gifts and invitations. */
export const GIVER_KINDS: readonly OrgKind[] = [
  'bedrijf',
  'energie',
  'cooperatie',
  'wonen',
  'zorg',
  'onderwijs',
  'stichting',
  'sport',
  'publiek',
  'gemeente',
];

/** Givers that are not an organisation from the pool: functions or public bodies, never a private person. */
export const GIFT_GIVER_FUNCTIONS: readonly string[] = [
  'Burgemeester van {p}',
  'Gemeente {p}',
  'Provincie Veldmark (buurprovincie)',
  'Ondernemersvereniging {p}',
  'Dijkgraaf van Waterschap Zilverstromen',
];

/** Directorates of the provincial organisation and the fixed scale 14+ functions in each. */
export const DEPARTMENTS: readonly {
  afdeling: string;
  functions: readonly (readonly [string, number])[];
  themes: readonly string[];
}[] = [
  {
    afdeling: 'Concernstaf',
    functions: [
      ['Provinciesecretaris en algemeen directeur', 18],
      ['Concerncontroller', 16],
      ['Manager Bestuursondersteuning', 15],
      ['Hoofd Juridische Zaken', 15],
      ['Strategisch adviseur bestuur', 14],
    ],
    themes: ['bestuur', 'integriteit', 'communicatie', 'juridische zaken', 'risicomanagement'],
  },
  {
    afdeling: 'Ruimte en Water',
    functions: [
      ['Directeur Ruimte en Water', 17],
      ['Afdelingshoofd Water en Bodem', 15],
      ['Afdelingshoofd Omgevingsbeleid', 15],
      ['Programmamanager Omgevingsvisie', 15],
      ['Senior strategisch adviseur water', 14],
    ],
    themes: ['water', 'bodem', 'wonen', 'omgevingsvisie', 'klimaatadaptatie'],
  },
  {
    afdeling: 'Mobiliteit',
    functions: [
      ['Directeur Mobiliteit', 17],
      ['Projectdirecteur Verbreding Zilverweg', 16],
      ['Afdelingshoofd Openbaar Vervoer', 15],
      ['Afdelingshoofd Wegen en Vaarwegen', 15],
      ['Senior contractmanager infrastructuur', 14],
    ],
    themes: ['openbaar vervoer', 'wegen', 'vaarwegen', 'fiets', 'verkeersveiligheid'],
  },
  {
    afdeling: 'Economie en Samenleving',
    functions: [
      ['Directeur Economie en Samenleving', 17],
      ['Programmamanager Energietransitie', 15],
      ['Afdelingshoofd Cultuur en Erfgoed', 15],
      ['Senior beleidsadviseur economie', 14],
      ['Teamleider Subsidies', 14],
    ],
    themes: ['energietransitie', 'cultuur', 'erfgoed', 'arbeidsmarkt', 'innovatie'],
  },
  {
    afdeling: 'Natuur en Landbouw',
    functions: [
      ['Directeur Natuur en Landbouw', 17],
      ['Programmamanager Landelijk Gebied', 16],
      ['Afdelingshoofd Vergunningverlening', 15],
      ['Senior adviseur stikstof', 14],
    ],
    themes: ['natuur', 'landbouw', 'stikstof', 'vergunningen', 'handhaving'],
  },
  {
    afdeling: 'Bedrijfsvoering',
    functions: [
      ['Directeur Bedrijfsvoering', 17],
      ['Chief Information Officer', 16],
      ['Afdelingshoofd Financiën', 15],
      ['Afdelingshoofd HRM', 15],
      ['Hoofd Inkoop', 14],
      ['Concernadviseur informatiebeveiliging', 14],
    ],
    themes: ['financiën', 'personeel', 'inkoop', 'informatievoorziening', 'huisvesting'],
  },
];

/** Extra scale 14+ titles at large sizes: `{t}` is a theme of the department. */
export const OFFICIAL_TITLE_TEMPLATES: readonly (readonly [string, number])[] = [
  ['Senior strategisch adviseur {t}', 14],
  ['Programmamanager {t}', 15],
  ['Projectdirecteur {t}', 16],
  ['Afdelingshoofd {t}', 15],
  ['Teamleider {t}', 14],
  ['Senior adviseur {t}', 14],
];

/** Officials' side activities: `{o}` an organisation, `{p}` a place, `{t}` a theme. */
export const SIDE_ACTIVITIES: readonly string[] = [
  'Lid raad van toezicht {o}',
  'Gastdocent bestuurskunde aan Hogeschool Zilverhaven',
  'Voorzitter {o}',
  'Penningmeester {o}',
  'Lid bezwaarschriftencommissie gemeente {p}',
  'Eigenaar adviesbureau (eenmanszaak) op het gebied van {t}',
  'Lid redactieraad van een vakblad over {t}',
  'Vrijwilliger bij de brandweer, post {p}',
  'Lid dorpsraad {p}',
  'Examinator bij een opleiding over {t}',
];

/** Restrictions GS attach to an official's side activity. */
export const RESTRICTIONS: readonly string[] = [
  'Geen betrokkenheid bij subsidieaanvragen of -besluiten die deze organisatie raken.',
  'Niet betrokken bij vergunningverlening in deze gemeente.',
  'Werkzaamheden alleen buiten werktijd en zonder gebruik van provinciale middelen.',
  'Geen opdrachten aannemen van of voor de provincie Zilverland.',
  'Melden bij de leidinggevende zodra de organisatie zaken doet met de provincie.',
];
