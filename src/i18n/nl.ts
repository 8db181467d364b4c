/**
 * The Dutch interface: every text the pages and components write themselves (not the content).
 * It is made for one body (`dutch(body)`): the names of its organs and offices, its clerk and the
 * articles it cites come from the body's definition (src/bodies/), never from a word written here.
 * The English dictionary (en.ts) has the type of this one, so TypeScript refuses a missing key.
 * Texts with a value in them are functions; texts around a link are split into parts.
 * Pure functions in src/lib/ take the texts they need as a parameter, typed by the shapes they
 * declare (`satisfies` below), and never import a dictionary.
 */
import type { EditionWords } from '../lib/edition-labels.ts';
import type { GiftValueWords } from '../lib/gift-value.ts';
import type { Labels } from '../lib/labels.ts';
import type { ColumnKind } from '../lib/open-data/xlsx.ts';
import type { ReportFigureWords } from '../lib/report-figures.ts';
import type { SearchPageTexts } from '../lib/search-options.ts';
import type { OfficeRole } from '../schemas/body.ts';
import type { Body } from '../bodies/index.ts';

/**
 * What the dictionaries need of the site's body (`getBody()` in src/data/): its definition (the
 * words of its organs and offices, the law it cites), its name and its official name per language.
 */
export type BodyContext = Pick<Body, 'definition' | 'naam' | 'name'>;

/** The first letter as a capital: "de gemeenteraad" → "De gemeenteraad". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The Dutch interface of the site's body: its organs, offices and laws come from `body`. */
export function dutch(body: BodyContext) {
  const words = body.definition.words.nl;
  const law = body.definition.law;
  const name = body.name.nl;
  const { council, executive, chair } = words;
  const { member: memberOffice, executive: executiveOffice, chair: chairOffice } = words.offices;
  /** The office holders of all three roles: "Statenleden, gedeputeerden en de commissaris van de Koning". */
  const officeHolders = `${memberOffice.many}, ${executiveOffice.many} en ${chair.inSentence}`;
  /** A body's name and its short form, once when they are the same: "Provinciale Staten (PS)". */
  const withShort = (organ: { name: string; short: string }): string =>
    organ.name.startsWith(organ.short) ? organ.name : `${organ.name} (${organ.short})`;
  return {
    lang: 'nl',
    ogLocale: 'nl_NL',
    layout: {
      siteName: `Integriteitsportaal ${name}`,
      titleSuffix: `Integriteitsportaal ${body.naam}`,
      skipLink: 'Naar de inhoud',
      demoLabel: 'Demo:',
      demoText: `${name} bestaat niet. Alle personen, organisaties en gegevens op deze site zijn verzonnen.`,
      mainNav: 'Hoofdmenu',
      registersNav: 'Registers',
      languageNav: 'Taal',
      /** The link to the other language, written in that language. */
      switchLabel: 'English',
      footerContact: (siteName: string, contact: string) =>
        `${siteName}. Vragen of een fout gezien? Mail naar ${contact}:`,
      footerPrivacy: 'Deze site gebruikt geen cookies en laadt niets van andere websites.',
      accessibility: 'Toegankelijkheidsverklaring',
      feedTitle: 'Wijzigingen in de registers',
      breadcrumb: 'Kruimelpad',
      printInfo: (date: string, url: string) => `Stand van gegevens: ${date}. Geprint van ${url}`,
    },
    nav: {
      home: 'Home',
      council: council.name,
      executive: executive.name,
      people: 'Personen A-Z',
      organisations: 'Organisaties A-Z',
      reports: 'Jaarverslagen',
      statistics: 'Statistieken',
      changes: 'Wijzigingen',
      about: 'Over de registers',
      openData: 'Open data',
    },
    headerSearch: {
      name: 'Zoeken op de site',
      label: 'Zoeken',
      placeholder: 'Naam of organisatie',
      button: 'Zoek',
    },
    common: {
      since: 'sinds',
      until: 'tot',
      unknown: 'onbekend',
      notStated: 'niet vermeld',
      ended: 'beëindigd',
      source: 'bron',
      total: 'Totaal',
      subtotal: 'Subtotaal',
      /** After a computed total of gift values that leaves some out. */
      /** Instead of a total when no value is an exact amount: a sum of € 0 would state what nobody did. */
      noKnownValues: 'geen bekend bedrag (alle waarden onbekend of bij benadering)',
      valuesLeftOut: (n: number) =>
        `berekend over de bekende bedragen; zonder ${n} ${n === 1 ? 'waarde die onbekend of bij benadering is' : 'waarden die onbekend of bij benadering zijn'}`,
      entries: (n: number): string => (n === 1 ? 'registratie' : 'registraties'),
      official: '(ambtenaar)',
      decidedOn: 'besloten op',
      qqTitle: 'Uit hoofde van het ambt (qualitate qua)',
      hours: (hours: number, per: string) => `${hours} uur ${per}`,
      declaredNone: (subject: string) => ` Heeft opgegeven geen ${subject} te hebben.`,
      declaredNothing: (subject: string) => ` Heeft (nog) geen opgave van ${subject} gedaan.`,
      /** " (pagina 2 van 5)" after a title; nothing when there is one page. */
      pageSuffix: (current: number, count: number) =>
        count > 1 ? ` (pagina ${current} van ${count})` : '',
      pagesOf: (label: string) => `Pagina's van ${label}`,
      pagesOfBottom: (label: string) => `Pagina's van ${label}, onderaan`,
      pageStatus: (current: number, count: number) => `Pagina ${current} van ${count}`,
      continued: (heading: string) => `${heading} (vervolg)`,
      previousPage: 'Vorige pagina',
      nextPage: 'Volgende pagina',
      /** A caption of a whole section, and of the rows of it on one page (src/lib/register-pages.ts, formatPartCaption). */
      part: (title: string, total: string) => `${title} (${total})`,
      partOf: (title: string, rows: string, total: string) => `${title}, ${rows} van ${total}`,
    },
    /** What a declaration is about, in running text ("geen nevenfuncties"). */
    subjects: {
      nevenfuncties: 'nevenfuncties',
      financieleBelangen: 'financiële belangen',
      geschenken: 'geschenken',
    },
    /** Labels for the values the schemas allow; one place, so wording stays consistent. */
    labels: {
      payment: {
        bezoldigd: 'Bezoldigd',
        onbezoldigd: 'Onbezoldigd',
        onkostenvergoeding: 'Onkostenvergoeding',
        onbekend: 'Niet vermeld of bezoldigd',
      },
      office: {
        member: memberOffice.title,
        executive: executiveOffice.title,
        chair: chairOffice.title,
      } satisfies Record<OfficeRole, string>,
      giftKind: {
        geschenk: 'Geschenk',
        uitnodiging: 'Uitnodiging',
        reis: 'Reis',
      },
      destination: {
        // Not "(onder de drempel)": for a gift of unknown or approximate value nobody stated that.
        behouden: 'Behouden',
        ingeleverd: 'Ingeleverd',
        geretourneerd: 'Teruggegeven',
        geschonken: 'Geschonken aan een goed doel',
        gedeeld: 'Gedeeld / genuttigd',
        'provinciaal-eigendom': `Eigendom van ${words.theKind}`,
        'gemeentelijk-eigendom': `Eigendom van ${words.theKind}`,
        'eigendom-waterschap': `Eigendom van ${words.theKind}`,
        bijgewoond: 'Aangenomen / bijgewoond',
        afgeslagen: 'Afgeslagen',
        onbekend: 'Onbekend (niet vermeld)',
      },
      interestNature: {
        aandelen: 'Aandelen',
        obligaties: 'Obligaties',
        opties: 'Opties',
        'onroerend-goed': 'Onroerend goed',
        'eigen-onderneming': 'Eigen onderneming',
        lening: 'Lening',
        overig: 'Overig',
      },
      cadence: {
        kwartaal: 'elk kwartaal',
        halfjaar: 'elk half jaar',
        jaar: 'elk jaar',
      },
      per: {
        week: 'per week',
        maand: 'per maand',
        jaar: 'per jaar',
        vergadering: 'per vergadering',
        eenmalig: 'eenmalig',
      },
      declaration: {
        geen: 'Niets te melden',
        'niet-opgegeven': 'Niet opgegeven',
      },
    } satisfies Labels,
    /** A gift's value as stated (src/lib/gift-value.ts): "ca. € 50", "minder dan € 50", "onbekend". */
    giftValue: {
      ongeveer: 'ca.',
      'minder-dan': 'minder dan',
      'meer-dan': 'meer dan',
      onbekend: 'onbekend',
    } satisfies GiftValueWords,
    columns: {
      name: 'Naam',
      fractie: 'Fractie',
      organisation: 'Organisatie',
      position: 'Functie',
      payment: 'Bezoldiging',
      period: 'Periode',
      confirmed: 'Bevestigd',
      description: 'Omschrijving',
      nature: 'Aard',
      organisationOrSector: 'Organisatie of sector',
      date: 'Datum',
      recipient: 'Ontvanger',
      kind: 'Soort',
      giverAndOccasion: 'Gever en gelegenheid',
      estimatedValue: 'Geschatte waarde',
      destination: 'Bestemming',
      functionTitle: 'Functienaam',
      department: 'Afdeling',
      scale: 'Schaal',
      activities: 'Nevenwerkzaamheden',
      restriction: 'Beperkende maatregel',
      office: 'Functie',
      fractieOrParty: 'Fractie of partij',
      portfolio: 'Portefeuille',
      register: 'Register',
      count: 'Aantal',
      lastUpdate: 'Laatst bijgewerkt',
      nextUpdate: 'Volgende update uiterlijk',
      edition: 'Editie',
      entries: 'Registraties',
      quarter: 'Kwartaal',
      year: 'Jaar',
      report: 'Verslag',
      oaths: 'Eed of belofte',
      reports: 'Meldingen',
      conversations: 'Gesprekken vertrouwenspersonen',
      dataset: 'Dataset',
      rows: 'Regels',
      cadence: 'Wordt bijgewerkt',
      column: 'Kolom',
      valueKind: 'Soort waarde',
      meaning: 'Betekenis',
      sidePosition: 'Nevenfunctie',
      /** The office that carried a duty, e.g. gedeputeerde (not a side position's "functie"). */
      officeHeld: 'Ambt',
      grossIncome: 'Bruto-inkomsten',
      deducted: 'Verrekend met bezoldiging',
      published: 'Openbaar gemaakt',
    },
    /** One calendar year of income from side positions, as a person page and the register show it. */
    sideIncome: {
      none: 'Geen neveninkomsten.',
      noneText: (jaar: number) =>
        `Heeft opgegeven in ${jaar} geen inkomsten uit nevenfuncties te hebben gehad.`,
      /** Before and after the date the year was due: "Te laat: nog niet openbaar gemaakt (uiterlijk 1 april 2026)". */
      late: 'Te laat:',
      lateBefore: 'nog niet openbaar gemaakt (uiterlijk',
      lateAfter: ')',
      openBefore: 'Nog niet openbaar gemaakt; dat moet uiterlijk',
      openAfter: '.',
      publishedOn: 'Openbaar gemaakt op',
      due: 'uiterlijk',
    },
    records: {
      isNew: 'nieuw',
      newTitle: (date: string) => `Nieuw in de editie van ${date}`,
      withdrawn: 'Ingetrokken',
      on: 'op',
      replyFrom: (from: string) => `Reactie van ${from}:`,
      /** A note by the griffie on a record, which is not the member's reply. */
      note: `Toelichting van ${words.clerk}:`,
      member: 'het lid',
      recipient: 'de ontvanger',
      official: 'de functionaris',
    },
    status: {
      updatedOn: 'Bijgewerkt op',
      cadence: (cadence: string) => `; dit register wordt ${cadence} bijgewerkt.`,
      overdueBefore: 'De volgende update was verwacht op',
      overdueAfter: 'en is te laat.',
      nextDue: 'Volgende update uiterlijk',
      download: 'Download dit register als',
      csvExcel: 'CSV voor Excel',
      or: 'of',
      columnsHelp: 'uitleg bij de kolommen',
      overdueShort: '(te laat)',
    },
    confirmation: {
      lastConfirmed: (subject: string) => `Opgave van ${subject} laatst bevestigd op`,
      never: (subject: string) => `Opgave van ${subject} nog nooit bevestigd.`,
      lateBefore: 'Te laat: niet bevestigd in de ronde die op',
      lateMiddle: 'begon (uiterlijk',
      openBefore: 'De ronde van',
      openMiddle: 'loopt nog tot en met',
      labels: { bevestigd: 'Bevestigd', open: 'Nog niet bevestigd', 'te-laat': 'Te laat' },
    },
    editions: {
      latest: 'laatste',
      firstEdition: 'eerste editie',
      editionOf: 'editie van',
      title: (register: string, date: string) => `${register}: editie van ${date}`,
      changeKinds: {
        toegevoegd: 'Toegevoegd',
        beeindigd: 'Beëindigd',
        ingetrokken: 'Ingetrokken',
        gewijzigd: 'Gewijzigd',
        verdwenen: 'Verdwenen zonder einddatum',
      },
      fields: {
        organisatie: 'organisatie',
        functie: 'functie',
        bezoldiging: 'bezoldiging',
        vergoeding: 'vergoeding',
        qq: 'uit hoofde van het ambt (q.q.)',
        tijdsbesteding: 'tijdsbesteding',
        van: 'begindatum',
        tot: 'einddatum',
        ingetrokken: 'ingetrokken',
        reactie: 'reactie',
        toelichting: `toelichting van ${words.clerk}`,
        omschrijving: 'omschrijving',
        sector: 'sector',
        aard: 'aard',
        datum: 'datum ontvangen',
        ontvanger: 'ontvanger',
        gever: 'gever',
        gelegenheid: 'gelegenheid',
        waarde: 'waarde',
        soort: 'soort',
        bestemming: 'bestemming',
        besluitdatum: 'besluitdatum',
        afdeling: 'afdeling',
        schaal: 'schaal',
        beperkendeMaatregel: 'beperkende maatregel',
        jaar: 'jaar',
        nevenfunctie: 'nevenfunctie',
        inkomsten: 'inkomsten',
        bedrag: 'bruto inkomsten',
        verrekend: 'verrekend met de bezoldiging',
      },
      yes: 'ja',
      no: 'nee',
      none: 'geen',
      hours: 'uur',
      on: 'op',
      noChanges: 'geen wijzigingen',
      // The words src/lib/edition-labels.ts needs, beside the page texts above.
    } satisfies EditionWords & Record<string, unknown>,
    /** The Atom feed of editions (src/lib/feed.ts); there is one feed, in Dutch. */
    feed: {
      title: `Wijzigingen in de integriteitsregisters – ${name}`,
      firstEdition: (entries: number) =>
        `Eerste editie van dit register, met ${entries} registraties.`,
      firstSummary: (entries: number) => `Eerste editie: ${entries} registraties.`,
      entries: (entries: number) => `; ${entries} registraties.`,
    },
    charts: {
      inTable: 'De cijfers staan in de tabel hieronder.',
      gaps: 'Een ontbrekende staaf is 0 of niet gerapporteerd; de tabel zegt welke van de twee.',
      computedInChart:
        'Niet elke staaf of elk punt is een cijfer uit het verslag: de tabel zegt wat berekend is.',
      /** Beside a number the report does not state and the page worked out (`Computation` in src/lib/charts.ts). */
      computed: {
        'sum-groups': 'berekend: som van de groepen',
        'sum-kinds': 'berekend: som van de soorten meldingen',
        'sum-outcomes': 'berekend: som van de uitkomsten',
        'sum-topics': 'berekend: som van de onderwerpen',
        'sum-reasons': 'berekend: som van de redenen',
        'sum-violations': 'berekend: som van de soorten schendingen',
        'sum-measures': 'berekend: som van de maatregelen',
        'sum-investigation-kinds': 'berekend: som van de soorten onderzoeken',
        'sum-intern-extern': 'berekend: som van de intern en extern uitgevoerde onderzoeken',
        remainder: 'berekend: totaal min de uitgesplitste aantallen',
        'zero-total': 'berekend: het totaal is 0',
        'zero-complete': 'berekend: de genoemde uitkomsten vormen het totaal',
      },
      /** What a figure's table shows for a value the report does not give. */
      notReported: 'niet gerapporteerd',
      /** The accessible name of a chart (src/lib/charts.ts, describeChart). */
      kinds: { bar: 'Staafdiagram', 'stacked-bar': 'Gestapeld staafdiagram', line: 'Lijndiagram' },
      describe: (kind: string, caption: string) =>
        `${kind}: ${caption}. De cijfers staan in de tabel bij deze grafiek.`,
    },
    home: {
      title: 'Home',
      description: `Nevenfuncties en de inkomsten daaruit, financiële belangen, geschenken en nevenwerkzaamheden van bestuurders en topambtenaren van ${name}.`,
      heading: `Integriteit in ${name}`,
      lead: `Wie besturen ${words.theKind}, wat doen zij daarnaast, en welke geschenken hebben zij gekregen? Hier staan de openbare registers van ${council.inSentence}, ${executive.inSentence}, ${chair.inSentence} en de hoogste ambtenaren, zoals de wet en de gedragscode dat vragen.`,
      government: 'Het bestuur',
      council: (members: number, groups: number) =>
        `: ${members} ${members === 1 ? memberOffice.one : memberOffice.many} in ${groups} fracties`,
      executive: (members: number) =>
        `: ${members} ${members === 1 ? executiveOffice.one : executiveOffice.many}`,
      vacancy: 'vacature',
      allPeople: 'Alle personen van A tot Z',
      allPeopleAfter: ', ook wie is vertrokken',
      registers: 'De registers',
      registersCaption: 'Registers en hun laatste update',
      counts: {
        nevenfuncties: 'nevenfuncties',
        financieleBelangen: 'financiële belangen',
        geschenken: 'geschenken en uitnodigingen',
        nevenwerkzaamheden: 'functies',
        neveninkomsten: 'jaaropgaven',
      },
      aboutLink: 'Lees wat elk register bevat en op welke wet het berust.',
    },
    /** The offices in running text, by role: "Statenlid", "wethouder", "commissaris van de Koning". */
    offices: {
      member: memberOffice.one,
      executive: executiveOffice.one,
      chair: chairOffice.one,
    } satisfies Record<OfficeRole, string>,
    /** The organs' names as headings, by the role of their members. */
    bodies: {
      member: council.name,
      executive: executive.name,
      chair: chair.name,
    } satisfies Record<OfficeRole, string>,
    /** The page of the council (Provinciale Staten, gemeenteraad, algemeen bestuur). */
    council: {
      description: (members: number) =>
        `De ${members} ${members === 1 ? memberOffice.one : memberOffice.many} van ${name}, per fractie, en wie er tussentijds vertrok.`,
      lead: (members: number, groups: number) =>
        `Nu ${members} ${members === 1 ? memberOffice.one : memberOffice.many} in ${groups} fracties. Kies een naam voor de nevenfuncties, financiële belangen en geschenken.`,
      seats: (n: number) => `${n} ${n === 1 ? 'zetel' : 'zetels'}`,
      former: `Vertrokken ${memberOffice.many}`,
      noFormer: `Er zijn geen vertrokken ${memberOffice.many}.`,
      pagesLabel: `de leden van ${council.inSentence}`,
    },
    /** The page of the executive (Gedeputeerde Staten, college, dagelijks bestuur). */
    executive: {
      description: `De ${executiveOffice.many} met hun portefeuilles en ${chair.inSentence} als voorzitter.`,
      lead: (members: number) =>
        `${capitalize(executive.inSentence)} bestuurt ${words.theKind} van dag tot dag: ${members} ${members === 1 ? executiveOffice.one : executiveOffice.many}, met ${chair.inSentence} als voorzitter.`,
      chair: 'Voorzitter',
      vacant: `De functie van ${chairOffice.one} is vacant.`,
      members: capitalize(executiveOffice.many),
      former: `Vertrokken ${executiveOffice.many}`,
      noFormer: `Er zijn geen vertrokken ${executiveOffice.many}.`,
      pagesLabel: `de leden van ${executive.inSentence}`,
    },
    /** The page of the chair (commissaris van de Koning, burgemeester, dijkgraaf). */
    chair: {
      description: `${capitalize(chair.inSentence)} van ${name}: voorzitter van ${council.inSentence} en van ${executive.inSentence}.`,
      lead: `${capitalize(chair.inSentence)} is voorzitter van ${council.inSentence} en van ${executive.inSentence}. Nevenfuncties, en per kalenderjaar de inkomsten uit nevenfuncties die niet uit hoofde van het ambt worden vervuld, worden openbaar gemaakt volgens ${law.sidePositions.chair.nl}.`,
      current: `Huidige ${chairOffice.one}`,
      vacant: 'De functie is vacant.',
      former: `Vorige ${chairOffice.many}`,
    },
    role: {
      portfolio: ', portefeuille',
    },
    people: {
      title: 'Personen A-Z',
      description: `Alle ${memberOffice.many}, ${executiveOffice.many} en ${chairOffice.many}, huidig en vertrokken, op achternaam.`,
      lead: (total: number) =>
        `${total} personen, huidig en vertrokken, gesorteerd op achternaam (van den Berg staat bij de B).`,
      letters: 'Letters',
      pagesLabel: 'de lijst van personen',
      former: 'voormalig ',
    },
    person: {
      description: (name: string, office: string, current: boolean) =>
        `${name}: ${office}${current ? '' : ' (oud)'}. Nevenfuncties, financiële belangen en geschenken.`,
      breadcrumb: 'Personen',
      now: 'Nu',
      formerly: 'Voormalig',
      for: 'voor',
      until: 'Tot',
      confirmed: 'Opgaven laatst bevestigd op',
      roles: 'Functies',
      rolesCaption: (name: string) => `Functies van ${name}`,
      sidePositions: 'Nevenfuncties',
      currentSidePositions: 'Huidige nevenfuncties',
      endedSidePositions: 'Beëindigde nevenfuncties',
      noCurrentSidePositions: 'Geen huidige nevenfuncties.',
      interests: 'Financiële belangen',
      currentInterests: 'Huidige financiële belangen',
      endedInterests: 'Beëindigde financiële belangen',
      gifts: 'Geschenken en uitnodigingen',
      giftsCaption: (name: string) => `Geschenken en uitnodigingen ontvangen door ${name}`,
      noGifts: 'Er zijn geen geschenken of uitnodigingen geregistreerd.',
      /** A member's own declaration of no gifts, which is more than nothing registered. */
      noGiftPeriods: 'Verklaarde geen geschenken of uitnodigingen te hebben ontvangen:',
      declaredOn: 'verklaard op',
      latestGifts: (shown: number, total: number) =>
        `De ${shown} meest recente van ${total} geschenken en uitnodigingen.`,
      allGiftsLink: (total: number, name: string) =>
        `Alle ${total} geschenken en uitnodigingen van ${name}`,
      allGiftsTitle: (name: string) => `Geschenken en uitnodigingen van ${name}`,
      allGiftsDescription: (name: string, total: number) =>
        `Alle ${total} geschenken en uitnodigingen die ${name} ontving, nieuwste eerst.`,
      allGiftsLead: (name: string) =>
        `Alle geschenken en uitnodigingen die ${name} ontving, nieuwste eerst. Terug naar`,
      allGiftsBack: (name: string) => `de pagina van ${name}`,
      giftRegisterBefore: 'Het volledige',
      giftRegisterLink: 'geschenkenregister',
      giftRegisterAfter: 'staat per kwartaal op een eigen pagina.',
      sideIncome: 'Neveninkomsten',
      sideIncomeLead:
        'Wat deze bestuurder per kalenderjaar met nevenfuncties verdiende, bruto en per nevenfunctie, en wat daarvan met de bezoldiging is verrekend. Elk jaar wordt uiterlijk 1 april van het jaar erna openbaar gemaakt.',
      sideIncomeYear: (jaar: number) => `Neveninkomsten over ${jaar}`,
      sideIncomeCaption: (name: string, jaar: number) => `Neveninkomsten van ${name} over ${jaar}`,
      sideIncomeRegisterBefore: 'Alle jaren van alle bestuurders staan in het',
      sideIncomeRegisterLink: 'register van neveninkomsten',
      sideIncomeRegisterAfter: '.',
      history: 'Geschiedenis',
      historyLead: (name: string) =>
        `Wat er per editie van de registers veranderde in de opgaven van ${name}, nieuwste eerst. Alle edities staan op`,
      noHistory: 'Geen wijzigingen sinds de eerste editie van de registers. Alle edities staan op',
    },
    organisations: {
      title: 'Organisaties A-Z',
      pagesLabel: 'de lijst van organisaties',
      description: (total: number) =>
        `Alle ${total} organisaties in de registers: waar nevenfuncties worden vervuld, financiële belangen liggen en van wie geschenken komen.`,
      lead: (total: number) =>
        `${total} organisaties uit de registers: waar ${officeHolders} een nevenfunctie hebben of hadden, waarin zij een financieel belang hebben, en van wie zij geschenken of uitnodigingen kregen. Per organisatie staan alle verbindingen, huidige en beëindigde.`,
      merging: `Leden schrijven dezelfde organisatie soms verschillend. De site voegt namen alleen samen als ze niet meer dan in hoofdletters, accenten of leestekens verschillen, of als ${words.clerk} heeft vastgesteld dat het dezelfde organisatie is.`,
      current: (n: number) => ` · ${n} huidig`,
      summary: (counts: {
        sidePositions: number;
        interests: number;
        gifts: number;
        officialActivities?: number;
      }) =>
        joinParts(
          [
            counts.sidePositions > 0
              ? `${counts.sidePositions} ${counts.sidePositions === 1 ? 'nevenfunctie' : 'nevenfuncties'}`
              : undefined,
            counts.interests > 0
              ? `${counts.interests} ${counts.interests === 1 ? 'financieel belang' : 'financiële belangen'}`
              : undefined,
            counts.gifts > 0
              ? `${counts.gifts} ${counts.gifts === 1 ? 'geschenk of uitnodiging' : 'geschenken of uitnodigingen'}`
              : undefined,
            (counts.officialActivities ?? 0) > 0
              ? `${counts.officialActivities} ${counts.officialActivities === 1 ? 'nevenwerkzaamheid van een ambtenaar' : 'nevenwerkzaamheden van ambtenaren'}`
              : undefined,
          ],
          'en',
          'geen registraties',
        ),
    },
    organisation: {
      description: (name: string, summary: string) =>
        `${name}: ${summary} in de integriteitsregisters.`,
      breadcrumb: 'Organisaties',
      inRegisters: (summary: string) => `In de registers: ${summary}.`,
      currentConnections: (n: number) =>
        ` Er ${n === 1 ? 'is 1 huidige verbinding' : `zijn ${n} huidige verbindingen`}.`,
      spellings: 'In de registers ook geschreven als:',
      confirmed: ` ${capitalize(words.clerk)} heeft vastgesteld dat dit dezelfde organisatie is.`,
      similar: ' Deze schrijfwijzen verschillen alleen in hoofdletters, accenten of leestekens.',
      sidePositions: 'Nevenfuncties',
      currentSidePositions: (name: string) => `Huidige nevenfuncties bij ${name}`,
      endedSidePositions: (name: string) => `Beëindigde nevenfuncties bij ${name}`,
      noCurrent: 'Niemand heeft nu een nevenfunctie bij deze organisatie.',
      interests: 'Financiële belangen',
      currentInterests: (name: string) => `Huidige financiële belangen in ${name}`,
      endedInterests: (name: string) => `Beëindigde financiële belangen in ${name}`,
      gifts: 'Geschenken en uitnodigingen',
      giftsCaption: (name: string) => `Geschenken en uitnodigingen van ${name}`,
      officialActivities: 'Nevenwerkzaamheden van ambtenaren',
      officialActivitiesCaption: (name: string) =>
        `Nevenwerkzaamheden van ambtenaren bij ${name}, per functie`,
      pagesLabel: (name: string) => `de verbindingen van ${name}`,
      allBefore: 'Alle organisaties staan in de',
      allLink: 'lijst van organisaties A-Z',
    },
    registers: {
      basis: 'Grondslag:',
      paidNote: 'Per nevenfunctie staat of die bezoldigd is.',
      missing: { geen: 'niets te melden', 'niet-opgegeven': 'niet opgegeven' },
      sidePositions: {
        heading: 'Register van nevenfuncties',
        description: (total: number, pages: number) =>
          `Alle ${total} nevenfuncties van ${officeHolders}${pages > 1 ? `, in ${pages} pagina's` : ' in één tabel'}.`,
        pagesLabel: 'het register van nevenfuncties',
        current: 'Huidige nevenfuncties',
        ended: 'Beëindigde nevenfuncties',
        missing: 'Zonder nevenfuncties of zonder opgave',
      },
      interests: {
        heading: 'Register van financiële belangen',
        description: `Financiële belangen van ${officeHolders} die raken aan de belangen van ${words.theKind}.`,
        pagesLabel: 'het register van financiële belangen',
        current: 'Huidige financiële belangen',
        ended: 'Beëindigde financiële belangen',
        noCurrent: 'Er zijn geen huidige financiële belangen geregistreerd.',
        missing: 'Zonder financiële belangen of zonder opgave',
      },
      gifts: {
        heading: 'Register van geschenken en uitnodigingen',
        description:
          'Het register van geschenken, uitnodigingen en reizen per kwartaal, met geschatte waarde en bestemming.',
        quarterDescription: (quarter: string) =>
          `Geschenken en uitnodigingen in het ${quarter}, met geschatte waarde en bestemming.`,
        title: 'Geschenken en uitnodigingen',
        titleIn: (quarter: string) => `Geschenken en uitnodigingen, ${quarter}`,
        quarterLead: (quarter: string, count: number) =>
          `In het ${quarter} ${count === 1 ? 'is 1 registratie' : `zijn ${count} registraties`} met een geschatte waarde van`,
        quarterLeadAfter: '. Ze staan op datum, de oudste eerst.',
        quarterPagesLabel: (quarter: string) => `het ${quarter}`,
        partCaption: (quarter: string, from: number, to: number, total: number) =>
          `Geschenken en uitnodigingen, ${quarter}, ${from}–${to} van ${total}`,
        ruleBefore: 'Een geschenk met een waarde tot en met',
        ruleAfter: `mag worden behouden; daarboven wordt het ingeleverd en bepaalt ${words.theKind} de bestemming. Ook uitnodigingen voor diners, evenementen en reizen worden gemeld.`,
        none: 'Er zijn nog geen geschenken of uitnodigingen geregistreerd.',
        totalBefore: (count: number) =>
          `In totaal ${count} registraties met een geschatte waarde van`,
        perQuarterPage: 'Elk kwartaal staat op een eigen pagina.',
        perQuarterCaption: 'Geschenken en uitnodigingen per kwartaal',
        quarters: 'Kwartalen',
      },
      officials: {
        heading: 'Nevenwerkzaamheden van ambtenaren',
        description: (scale: number) =>
          `Nevenwerkzaamheden van ambtenaren vanaf schaal ${scale}, op functienaam, met beperkende maatregelen.`,
        lead: (scale: number) =>
          `Ambtenaren vanaf salarisschaal ${scale} worden hier alleen met hun functienaam genoemd, niet met hun naam. Per functie staan de nevenwerkzaamheden en de beperkende maatregel die ${executive.inSentence} eventueel heeft opgelegd. Grondslag:`,
        caption: (scale: number, n: number) => `Functies vanaf schaal ${scale} (${n})`,
        none: (scale: number) => `Er zijn geen functies vanaf schaal ${scale} geregistreerd.`,
      },
      sideIncome: {
        heading: 'Register van neveninkomsten',
        description: `Inkomsten uit nevenfuncties van ${executiveOffice.many} en ${chair.inSentence}, per kalenderjaar en per nevenfunctie, met wat is verrekend en welke jaren te laat zijn.`,
        who: 'Wie doet opgave:',
        amounts:
          'De bedragen zijn bruto-inkomsten over een heel kalenderjaar, per nevenfunctie: niet de vergoeding per maand of per vergadering die bij een nevenfunctie staat. "Verrekend" is het deel dat met de bezoldiging als bestuurder is verrekend, als de opgave dat noemt.',
        late: 'Te laat: nog niet openbaar gemaakt',
        lateLead:
          'Van deze jaren zijn de neveninkomsten niet openbaar gemaakt, terwijl 1 april van het jaar erna voorbij is. Ook wie inmiddels is vertrokken staat hier, met de jaren van de ambtstermijn.',
        left: 'vertrokken',
        years: 'Jaren',
        yearCaption: (jaar: number) => `Neveninkomsten over ${jaar}`,
        none: 'Er is nog geen jaar waarover neveninkomsten openbaar gemaakt moeten worden.',
      },
    },
    checklist: {
      title: 'Actualiteit van de registers',
      description:
        'Wanneer elk register is bijgewerkt, wanneer de volgende update komt, en welke leden hun opgave in de huidige ronde nog niet hebben bevestigd.',
      leadBefore:
        'Elk register wordt na een vaste ronde bijgewerkt. Hier staat wanneer dat voor het laatst gebeurde, en welke leden hun opgave van nevenfuncties en financiële belangen in de huidige ronde (begonnen op',
      leadMiddle: ', bevestigen uiterlijk',
      leadAfter: ') nog niet hebben bevestigd.',
      perRegister: 'Laatste update per register',
      confirmations: 'Bevestiging door de leden',
      allFine: 'Alle huidige leden hebben hun opgaven in deze ronde bevestigd of hebben nog tijd.',
      overdue: (overdue: number, total: number) =>
        `${overdue} van de ${total} huidige leden ${overdue === 1 ? 'is' : 'zijn'} te laat met het bevestigen van hun opgave.`,
      changesBefore: 'Wat er per editie veranderde, staat op',
      caption: 'Bevestiging van de opgaven per huidig lid, te laat eerst',
      pagesLabel: 'de bevestigingen per lid',
      last: 'laatst',
      never: 'nooit bevestigd',
    },
    changes: {
      title: 'Wijzigingen',
      heading: 'Wijzigingen in de registers',
      description:
        'Elke editie van de integriteitsregisters en wat er per editie is toegevoegd, beëindigd, ingetrokken of gewijzigd.',
      lead: 'De registers worden in edities gepubliceerd: na elke updateronde een nieuwe. Een gepubliceerde editie verandert nooit meer. Per editie ziet u wat er ten opzichte van de vorige is toegevoegd, beëindigd, ingetrokken of gewijzigd, per persoon en veld voor veld.',
      feedBefore: 'Volg nieuwe edities met de',
      feed: 'Atom-feed',
      checklistBefore:
        '. Welke leden hun opgave in de huidige ronde nog niet hebben bevestigd, staat op',
      caption: (register: string) =>
        `Edities van het register ${register.toLowerCase()}, nieuwste eerst`,
      none: 'Van dit register is nog geen editie gepubliceerd.',
      firstEdition: 'de eerste editie',
      published: 'Gepubliceerd op',
      withEntries: (n: number) => `, met ${n} registraties.`,
      comparedTo: 'Ten opzichte van de editie van',
      first:
        'Dit is de eerste editie van dit register; latere edities laten zien wat er sindsdien veranderde.',
      otherEditions: 'Andere edities',
      previous: 'Vorige editie',
      next: 'Volgende editie',
      currentRegister: 'Het register zoals het nu is',
      noChanges: 'Geen wijzigingen ten opzichte van de vorige editie.',
    },
    about: {
      title: 'Over de registers',
      description:
        'Wat elk integriteitsregister bevat, wie opgave doet, hoe vaak het wordt bijgewerkt en op welke wet het berust.',
      lead: `Bestuurders van ${words.theKind} moeten openbaar maken wat zij naast hun ambt doen, zodat iedereen kan zien of er belangen botsen. Deze site publiceert wat de wet en de gedragscode vragen, en niets meer.`,
      who: 'Wie doet opgave',
      basis: 'Grondslag',
      updated: 'Bijgewerkt',
      toRegister: (title: string) => `Naar het register ${title.toLowerCase()}`,
      kinds: 'Drie soorten opgave',
      kindsLead: 'Per persoon en register staat er een van drie dingen:',
      kindList: 'Een lijst',
      kindListText: ' met wat de persoon heeft opgegeven, ook wat is beëindigd.',
      kindNone: 'Niets te melden',
      kindNoneText: ': de persoon heeft verklaard niets te hebben om op te geven.',
      kindMissing: 'Niet opgegeven',
      kindMissingText: ': de persoon heeft (nog) geen opgave gedaan.',
      giftRule: 'De regel voor geschenken',
      giftRuleBefore: 'Een geschenk met een geschatte waarde tot en met',
      giftRuleAfter: `mag de ontvanger houden. Een duurder geschenk wordt eigendom van ${words.theKind} en ingeleverd bij ${words.clerk} (voor bestuurders) of ${words.secretary} (voor ambtenaren); daarna wordt een bestemming gekozen. Bederfelijke geschenken mogen worden gedeeld, maar worden ook gemeld. Uitnodigingen voor lunches, diners, excursies en reizen worden ook gemeld.`,
      privacy: 'Privacy',
      privacyText:
        'Ambtenaren staan alleen met hun functienaam op deze site. Van bestuurders publiceren wij wat de wet openbaar maakt: geen adressen, geen gegevens over partners of familie. Deze site gebruikt geen cookies en laadt niets van andere websites.',
    },
    search: {
      title: 'Zoeken',
      heading: 'Zoeken in de registers',
      description:
        'Zoek in alle registers tegelijk: personen, organisaties, nevenfuncties, financiële belangen, geschenken en functies van ambtenaren.',
      leadBefore:
        'Zoek in alle registers tegelijk: personen, organisaties, nevenfuncties, financiële belangen, geschenken en de functies van ambtenaren. Wie is verbonden aan een organisatie? Zoek op de naam, of kijk bij',
      noscriptBefore:
        'Zoeken werkt met JavaScript, en dat staat in uw browser uit. Alles is ook zonder JavaScript te vinden: via',
      and: 'en',
      andRegisters: 'en de registers',
      formName: 'Zoeken in de registers',
      query: 'Zoekterm',
      queryHelp:
        'Een naam, organisatie, functie of omschrijving. Accenten en tussenvoegsels hoeft u niet te typen.',
      button: 'Zoeken',
      filters: 'Filters',
      filtersHint:
        'Zonder filter vindt u personen, organisaties, jaarverslagen en functies van ambtenaren. Kies een register, een soort registratie, bezoldiging of jaar om losse nevenfuncties, belangen en geschenken te vinden.',
      all: 'Alle',
      /** Names of the search filters (src/data/search.ts, SEARCH_FILTER_KEYS); their options stay as indexed. */
      filterLabels: {
        soort: 'Soort',
        register: 'Register',
        orgaan: 'Orgaan',
        fractie: 'Fractie',
        bezoldiging: 'Bezoldiging',
        status: 'Huidig of beëindigd',
        jaar: 'Jaar',
      },
      results: 'Zoekresultaten',
      more: 'Meer resultaten tonen',
      /** What the page says by its results (src/client/search.ts); `{…}` is filled in in the browser. */
      live: {
        unavailable:
          'Zoeken is nu niet beschikbaar. U vindt alles ook via Personen A-Z, Organisaties A-Z en de registers.',
        withFilters: 'met deze filters',
        forTerm: 'voor “{term}”',
        none: 'Geen resultaten {about}. Probeer een ander woord of minder filters.',
        countOne: '{count} resultaat {about}.',
        countOther: '{count} resultaten {about}.',
        page: 'Pagina',
        foundOn: 'Gevonden op de pagina van {title}',
      } satisfies SearchPageTexts,
      /** The index is built from the Dutch pages; said on /en/ only. */
      indexNote: '',
    },
    /**
     * The words of the search index (src/data/search.ts): result types, filter values, the lines
     * under a result and the text of register entries. The index is built from the Dutch pages, so
     * the pages and the indexer pass these Dutch words, on English pages too.
     */
    searchIndex: {
      types: {
        persoon: 'Persoon',
        organisatie: 'Organisatie',
        nevenfunctie: 'Nevenfunctie',
        belang: 'Financieel belang',
        functie: 'Functie (ambtenaar)',
        jaarverslag: 'Jaarverslag',
        overzicht: 'Overzicht',
      },
      bodies: {
        member: council.short,
        executive: executive.short,
        chair: chair.short,
        ambtenaren: 'Ambtenaren',
      },
      bodyLabels: {
        member: withShort(council),
        executive: withShort(executive),
        chair: withShort(chair),
        ambtenaren: 'Ambtenaren (op functie)',
      },
      status: { current: 'Huidig', ended: 'Beëindigd' },
      of: (what: string, whom: string) => `${what} van ${whom}`,
      ended: 'beëindigd',
      positionAt: (position: string, organisation: string) => `${position} bij ${organisation}`,
      qq: 'Uit hoofde van het ambt (q.q.)',
      giftContext: (giver: string, recipient: string) => `Van ${giver} aan ${recipient}`,
      receivedBy: (recipient: string) => `Ontvangen door ${recipient}`,
      estimatedValue: (value: string) => `Geschatte waarde ${value}`,
      restriction: (measure: string) => `Beperkende maatregel: ${measure}`,
      scale: (scale: string) => `schaal ${scale}`,
      scaleText: (scale: string) => `Schaal ${scale}`,
      activities: (count: number) =>
        `${count} ${count === 1 ? 'nevenwerkzaamheid' : 'nevenwerkzaamheden'}`,
      noActivities: 'geen nevenwerkzaamheden',
      noActivitiesText: 'Geen nevenwerkzaamheden',
      notDeclared: 'niet opgegeven',
      former: (office: string) => `Voormalig ${office}`,
    },
    statistics: {
      title: 'Statistieken van de registers',
      description:
        'Geschenken per kwartaal naar bestemming en waarde, en nevenfuncties per fractie naar bezoldiging.',
      leadBefore:
        'De registers in cijfers. Elke grafiek heeft een tabel met dezelfde getallen; de afzonderlijke registraties staan in',
      giftRegister: 'het geschenkenregister',
      and: 'en',
      sidePositionRegister: 'het register van nevenfuncties',
      gifts: 'Geschenken en uitnodigingen per kwartaal',
      noGifts: 'Er zijn nog geen geschenken of uitnodigingen geregistreerd.',
      sidePositions: 'Nevenfuncties per fractie',
      sidePositionsLead: `Lopende nevenfuncties van wie nu ${memberOffice.one}, ${executiveOffice.one} of ${chairOffice.one} is, naar de fractie van hun huidige rol. De ${body.definition.act.name.nl} schrijft voor dat bij elke nevenfunctie staat of die bezoldigd is.`,
      noSidePositions: 'Er zijn geen lopende nevenfuncties geregistreerd.',
      /** The figures of the statistics (src/lib/register-stats.ts). */
      figures: {
        giftCount: 'Aantal geschenken en uitnodigingen per kwartaal, naar bestemming',
        giftValue: (leftOut: number) =>
          `Geschatte waarde van geschenken en uitnodigingen per kwartaal, naar bestemming${leftOut > 0 ? ` (berekend over de bekende bedragen; zonder ${leftOut} ${leftOut === 1 ? 'geschenk' : 'geschenken'} met een onbekende of geschatte waarde)` : ''}`,
        quarter: 'Kwartaal',
        sidePositions: 'Lopende nevenfuncties van zittende leden per fractie, naar bezoldiging',
        fractie: 'Fractie',
        noFractie: 'Zonder fractie',
        total: 'Totaal',
      },
    },
    reports: {
      title: 'Jaarverslagen integriteit',
      description:
        'De jaarlijkse verantwoording over het integriteitsbeleid: eden, meldingen, onderzoeken, vertrouwenspersonen en preventie, per jaar en door de jaren heen.',
      lead: `Elk jaar legt ${words.theKind} publiek verantwoording af over het integriteitsbeleid (Ambtenarenwet 2017). Hier staat elk verslag als pagina, met de cijfers als tabel, zodat u de jaren kunt vergelijken.`,
      none: 'Er zijn nog geen jaarverslagen gepubliceerd.',
      trendsLink: 'Alle cijfers door de jaren heen',
      trendsAfter: ' (trends per onderwerp, met grafieken).',
      caption: 'Jaarverslagen integriteit met hun kerncijfers',
      adoptedOn: 'vastgesteld op',
      notReported: 'niet gerapporteerd',
      reportDescription: (title: string, organisation: string, year: string) =>
        `${title} van ${organisation}: eden, meldingen, onderzoeken, vertrouwenspersonen en preventie in ${year}.`,
      reportOf: (organisation: string, year: string) => `Verslag van ${organisation} over ${year}`,
      adopted: ', vastgesteld op',
      original: 'Het oorspronkelijke verslag',
      keyFigures: (year: string) => `Kerncijfers ${year}`,
      oaths: 'Eed of belofte afgelegd',
      reports: 'Meldingen van vermoedens van integriteitsschendingen',
      conversations: 'Gesprekken met vertrouwenspersonen',
      acrossYears: 'Deze cijfers door de jaren heen',
      otherFigures: 'Overige cijfers',
      figures: 'Cijfers',
      otherYears: 'Andere jaren',
      /** Said above the report on /en/ only. */
      dutchNote: '',
      trendsTitle: 'Integriteit door de jaren heen',
      trendsDescription:
        'Eden, meldingen naar soort en uitkomst, integriteitsonderzoeken, gesprekken met vertrouwenspersonen en preventie uit alle jaarverslagen integriteit, per jaar.',
      trends: 'Trends',
      trendsLeadBefore:
        'Elk cijfer uit de jaarverslagen naast elkaar. De verslagen gebruiken niet elk jaar dezelfde indeling: een onderwerp dat een verslag niet noemt staat er als',
      trendsLeadAfter:
        ', niet als 0. De cijfers zijn overgenomen zoals elk verslag ze publiceert; een cijfer dat de site zelf uitrekent (zoals een totaal als som van de delen) staat er met "berekend" bij.',
      reportsList: 'Verslagen:',
      /** Heading and lead of the reports on several years at once, on the trends page. */
      overviews: 'Overzichten over meerdere jaren',
      overviewsLead:
        'Deze verslagen gaan over meerdere jaren tegelijk. Hun cijfers gelden voor de hele periode: ze staan daarom niet in de kolom van één jaar en zijn niet bij de cijfers per jaar opgeteld.',
      /** The sentences around a section's figures (src/components/reports/SectionContent.astro). */
      oathSessionsBefore: 'De eed of belofte werd afgelegd in',
      oathSessions: (n: number): string => (n === 1 ? 'bijeenkomst' : 'bijeenkomsten'),
      disadvantageRequests: 'Verzoeken om onderzoek naar benadeling van een melder:',
      noMeasure: 'Zaken waarin geen maatregel is genomen:',
      adviceCount: 'Aantal adviezen:',
      dilemmas: "Een greep uit de besproken dilemma's:",
      /** A note in a report without a title of its own. */
      note: 'Noot',
      /** The anonymised case table (src/components/reports/CaseTable.astro). */
      cases: {
        caption: (years: string) =>
          `Meldingen van vermoedens van integriteitsschendingen, onderzocht in ${years}`,
        year: 'Jaar',
        client: 'Opdrachtgever',
        alleged: 'Vermeende schending',
        subject: 'Object van onderzoek',
        findings: 'Bevindingen',
        outcome: 'Uitkomst:',
        consequence: 'Gevolg',
        external: 'Externe partij',
      },
      /** Action points (src/components/reports/ActionPoints.astro). */
      actions: {
        caption: (years: string) =>
          `Actiepunten uit het vorige verslag en wat ermee is gebeurd in ${years}`,
        action: 'Actiepunt',
        status: 'Stand',
        note: 'Toelichting',
        nextYear: (year: number) => `Actiepunten voor ${year}`,
      },
    },
    /** The words of report figures and trends (src/lib/report-figures.ts, report-trends.ts). */
    reportFigures: {
      kinds: {
        misstand: 'Vermoeden van een misstand (klokkenluidersregeling)',
        'zakelijke-integriteit': 'Zakelijke integriteit',
        'sociale-integriteit': 'Sociale integriteit (ongewenst gedrag)',
        lkog: 'Klacht bij de LKOG',
        overig: 'Overig',
      },
      outcomes: {
        gegrond: 'Gegrond (schending vastgesteld)',
        ongegrond: 'Ongegrond',
        'niet-onderzoekswaardig': 'Niet onderzoekswaardig',
        'in-behandeling': 'Nog in behandeling',
        anders: 'Anders afgehandeld',
      },
      measures: {
        waarschuwing: 'Waarschuwing',
        berisping: 'Berisping',
        schorsing: 'Schorsing',
        overplaatsing: 'Overplaatsing',
        'voorwaardelijk-ontslag': 'Voorwaardelijk ontslag',
        ontslag: 'Ontslag',
        aangifte: 'Aangifte bij de politie',
        overig: 'Overig',
      },
      actionStatus: {
        afgerond: 'Afgerond',
        'deels-afgerond': 'Deels afgerond',
        'loopt-door': 'Loopt door',
        'niet-uitgevoerd': 'Niet uitgevoerd',
        vervallen: 'Vervallen',
      },
      sections: {
        eed: 'Eed en belofte',
        meldingen: 'Meldingen van vermoedens van integriteitsschendingen',
        schendingen: 'Integriteitsschendingen: vermoedelijk en vastgesteld',
        onderzoeken: 'Integriteitsonderzoeken',
        maatregelen: 'Maatregelen na integriteitsschendingen',
        zaken: 'Overzicht van de meldingen (geanonimiseerd)',
        verzoeken: 'Verzoeken',
        vertrouwenspersonen: 'Gesprekken met vertrouwenspersonen',
        preventie: 'Preventie: dilemmaspel, trainingen en webinars',
        bibob: 'Wet Bibob',
        inkoop: 'Afwijkingen van de inkoopregels',
        enquete: 'Medewerkersonderzoek',
        adviezen: 'Adviezen',
        actiepunten: 'Actiepunten',
      },
      standings: {
        vermoedelijk: {
          label: 'Vermoedelijk',
          total: 'Vermoedelijke schendingen',
          perKind: 'Vermoedelijke schendingen per soort',
          totalLabel: 'Totaal vermoedelijke schendingen',
        },
        vastgesteld: {
          label: 'Vastgesteld',
          total: 'Vastgestelde schendingen',
          perKind: 'Vastgestelde schendingen per soort',
          totalLabel: 'Totaal vastgestelde schendingen',
        },
      },
      headers: {
        total: 'Totaal',
        count: 'Aantal',
        group: 'Groep',
        reportKind: 'Soort melding',
        reports: 'Meldingen',
        violationKind: 'Soort schending',
        violations: 'Schendingen',
        outcome: 'Uitkomst',
        investigations: 'Onderzoeken',
        kind: 'Soort',
        performed: 'Uitgevoerd',
        costs: 'Kosten',
        amount: 'Bedrag',
        measure: 'Maatregel',
        measures: 'Maatregelen',
        request: 'Instantie en soort verzoek',
        topic: 'Onderwerp',
        conversations: 'Gesprekken',
        activity: 'Activiteit',
        sessions: 'Bijeenkomsten',
        participants: 'Deelnemers',
        reason: 'Reden',
        deviations: 'Afwijkingen',
        part: 'Onderdeel',
        score: 'Score',
      },
      rows: {
        oaths: 'Eed of belofte afgelegd',
        internal: 'Intern uitgevoerd',
        external: 'Extern uitgevoerd',
        externalInvestigations: 'Externe onderzoeken',
        externalCosts: 'Kosten externe onderzoeken',
      },
      notSplit: {
        group: 'Niet naar groep uitgesplitst',
        kind: 'Niet naar soort uitgesplitst',
        outcome: 'Niet naar uitkomst uitgesplitst',
        measure: 'Niet naar maatregel uitgesplitst',
        topic: 'Niet naar onderwerp uitgesplitst',
        byWhom: 'Niet uitgesplitst naar intern of extern',
        noReason: 'Zonder opgegeven reden',
      },
      activities: { dilemmaspel: 'Dilemmaspel', trainingen: 'Trainingen', webinars: 'Webinars' },
      captions: {
        oaths: (year: string) => `Afgelegde eden en beloften in ${year}`,
        reports: (year: string) => `Meldingen in ${year} per soort`,
        reportOutcomes: (year: string) => `Uitkomsten van de meldingen in ${year}, per soort`,
        violations: (year: string, byKind: boolean) =>
          `Integriteitsschendingen in ${year}: vermoedelijk en vastgesteld${byKind ? ', per soort' : ''}`,
        investigations: (year: string, byOutcome: boolean) =>
          `Integriteitsonderzoeken in ${year}${byOutcome ? ', naar uitkomst' : ''}`,
        investigationKinds: (year: string) => `Integriteitsonderzoeken in ${year}, naar soort`,
        investigationsByWhom: (year: string) =>
          `Integriteitsonderzoeken in ${year}: intern of extern uitgevoerd`,
        costs: (year: string) => `Kosten van externe integriteitsonderzoeken in ${year}`,
        measures: (year: string, byKind: boolean) =>
          `Maatregelen na integriteitsschendingen in ${year}${byKind ? ', per soort' : ''}`,
        requests: (year: string) => `Verzoeken in ${year}, per instantie`,
        conversations: (year: string, byTopic: boolean) =>
          `Gesprekken met vertrouwenspersonen in ${year}${byTopic ? ' per onderwerp' : ''}`,
        prevention: (year: string) => `Preventieve activiteiten in ${year}`,
        bibob: (year: string) => `Wet Bibob in ${year}`,
        procurement: (year: string, byReason: boolean) =>
          `Afwijkingen van de inkoop- en aanbestedingsregels in ${year}${byReason ? ', naar reden' : ''}`,
        survey: (year: string) => `Scores in het medewerkersonderzoek van ${year}`,
        surveyPart: (part: string, survey: string, scale: string) =>
          `${part} (${survey}, schaal ${scale})`,
      },
      trends: {
        perYear: 'per jaar',
        perPeriod: 'per periode',
        oaths: (per: string) => `Afgelegde eden en beloften ${per}`,
        oathGroups: 'Eden en beloften per groep, waar het verslag ze uitsplitst',
        reportsByKind: (per: string) => `Meldingen per soort ${per}`,
        reports: (per: string) => `Meldingen ${per}`,
        reportsTotal: 'Totaal meldingen',
        reportOutcomes: (per: string) =>
          `Uitkomsten van meldingen ${per}, zoals de verslagen ze noemen`,
        reportsSection: 'Meldingen naar soort en uitkomst',
        violations: (per: string) => `Vermoedelijke en vastgestelde integriteitsschendingen ${per}`,
        investigations: (per: string) => `Integriteitsonderzoeken ${per}`,
        investigationOutcomes: (per: string) => `Uitkomsten van integriteitsonderzoeken ${per}`,
        investigationsTotal: 'Totaal onderzoeken',
        investigationKinds: 'Integriteitsonderzoeken naar soort',
        investigationsByWhom: 'Integriteitsonderzoeken: intern of extern uitgevoerd',
        costs: 'Kosten van externe integriteitsonderzoeken',
        measuresSection: 'Maatregelen',
        measuresByKind: 'Maatregelen na integriteitsschendingen per soort',
        measuresTotal: 'Totaal maatregelen',
        measures: (per: string) => `Maatregelen na integriteitsschendingen ${per}`,
        requests: 'Verzoeken per instantie',
        conversations: (per: string) => `Gesprekken met vertrouwenspersonen ${per}`,
        topics: 'Gesprekken met vertrouwenspersonen per onderwerp',
        conversationsTotal: 'Totaal gesprekken',
        counsellorsSection: 'Vertrouwenspersonen',
        sessions: 'Preventie: aantal bijeenkomsten',
        participants: 'Preventie: aantal deelnemers',
        preventionSection: 'Preventie',
        bibob: (per: string) => `Wet Bibob ${per}`,
        procurement: (per: string) => `Afwijkingen van de inkoop- en aanbestedingsregels ${per}`,
        surveyPart: (part: string, scale: string) => `${part} (schaal ${scale})`,
        survey: 'Scores in het medewerkersonderzoek',
      },
    } satisfies ReportFigureWords,
    /** Texts split into parts: every second part (1, 3, …) is code, shown in <code>. */
    openData: {
      title: 'Open data',
      /** How often the people and roles datasets change (a register's cadence is `labels.cadence`). */
      peopleCadence: `bij elke wijziging in de samenstelling van ${council.inSentence} en ${executive.inSentence}`,
      /** A column's kind of value, in the table of a dataset's columns. */
      columnKinds: {
        text: 'tekst',
        date: 'datum (JJJJ-MM-DD)',
        url: 'webadres',
        number: 'getal',
        integer: 'geheel getal',
        boolean: 'ja/nee',
      } satisfies Record<ColumnKind, string>,
      description: `Alle registers en personen van ${name} om te downloaden als CSV, Excel en JSON, met JSON Schema, Popolo en een DCAT-catalogus. Vrij te gebruiken (CC0).`,
      leadBefore:
        'Alles wat op deze site staat, kunt u hier downloaden: elk register en de personen, als CSV, Excel en JSON. De gegevens zijn vrij te gebruiken, ook zonder bronvermelding: ze vallen onder',
      lastUpdate: '. Laatst bijgewerkt op',
      overview: 'Overzicht',
      overviewName: 'Overzicht van de datasets',
      overviewCaption: 'Datasets, aantal regels en laatste update',
      formats: 'Formaten',
      formatList: [
        [
          'CSV (UTF-8, komma)',
          "Voor scripts en de meeste programma's: komma tussen de kolommen, punt in getallen, regels volgens RFC 4180.",
        ],
        [
          'CSV voor Excel',
          'Opent met een dubbelklik goed in Excel met Nederlandse instellingen: puntkomma tussen de kolommen, komma in getallen, en een markering (BOM) zodat letters als ë en Ç goed blijven. Excel toont de datums daarbij in zijn eigen datumnotatie.',
        ],
        [
          'Excel (XLSX)',
          'Een werkblad met de gegevens, kolomfilters en een tweede werkblad "Toelichting" met de betekenis van elke kolom.',
        ],
      ] as [string, string][],
      json: 'JSON',
      jsonBefore: 'Een lijst met één object per regel, met dezelfde kolomnamen. Een',
      jsonAfter:
        'beschrijft elk bestand; het komt uit dezelfde controles die de site zelf gebruikt.',
      allFormats: 'Voor alle formaten geldt:',
      rules: [
        [
          'Datums staan als tekst in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-03-12), zodat elk programma ze hetzelfde leest.',
        ],
        [
          "Bedragen staan in euro's als getal, zonder euroteken. Aantallen en schalen zijn gehele getallen.",
        ],
        [
          'Ja/nee-kolommen staan in CSV als ',
          'ja',
          ' of ',
          'nee',
          ', in JSON als ',
          'true',
          ' of ',
          'false',
          ' en in Excel als WAAR of ONWAAR.',
        ],
        ['Een lege cel (in JSON: ', 'null', ') betekent dat het gegeven niet is opgegeven.'],
        [
          'Tekst die begint met =, +, - of @ krijgt in de CSV-bestanden een apostrof ervoor, zodat een spreadsheet die niet als formule uitvoert. JSON en Excel bevatten de tekst zoals die is opgegeven; Excel slaat die op als tekst, nooit als formule.',
        ],
        [
          'Elke regel heeft een kolom ',
          'permalink',
          ': een vaste link naar het gegeven op deze site, om naar te verwijzen.',
        ],
      ] as string[][],
      popolo: 'Personen, organisaties en lidmaatschappen (Popolo)',
      popoloBefore: `De personen, ${council.inSentence}, ${executive.inSentence} en de fracties, met elke termijn als lidmaatschap, volgens`,
      popoloAfter: [
        `, de open standaard voor gegevens over volksvertegenwoordigers. Een lidmaatschap van ${council.inSentence} is namens een fractie (`,
        'on_behalf_of_id',
        ').',
      ],
      popoloFiles: 'Bestanden in Popolo',
      catalogue: 'Catalogus (DCAT)',
      catalogueText:
        'Een beschrijving van alle datasets en bestanden volgens DCAT, de standaard voor datacatalogi, met licentie, datum van de laatste update, bijwerkfrequentie en downloadadressen. Dataportalen kunnen deze catalogus automatisch inlezen.',
      catalogueFiles: 'Catalogus',
      permalinks: 'Vaste links',
      permalinksText: [
        'Elke persoon, en elk gegeven in de registers, heeft een vaste link die blijft werken zolang het gegeven bestaat; ook beëindigde functies blijven staan. Een persoon staat op ',
        '/personen/<id>/',
        ', een nevenfunctie op ',
        '/personen/<id>/#nevenfunctie-<id>',
        ', een geschenk op ',
        '/registers/geschenken/#geschenk-<id>',
        `. Waar ${words.theKind} de officiële bron publiceert (de ondertekende opgave of het besluit van ${executive.inSentence}), staat die erbij in de kolom `,
        'bron',
        '.',
      ],
      contact: (contact: string) =>
        `Vragen over de gegevens of een fout gezien? Mail de ${contact}:`,
      rowIs: 'Eén regel is',
      rowCount: 'Aantal regels',
      onSite: 'Op de site',
      files: 'Bestanden',
      filesOf: (title: string) => `Bestanden van ${title}`,
      columnsOf: (title: string) => `Kolommen van ${title}`,
      nullable: 'kan leeg zijn',
      values: 'Mogelijke waarden:',
    },
    accessibility: {
      title: 'Toegankelijkheidsverklaring',
      /** Who makes the statement. */
      organisationName: name,
      description: (organisation: string) =>
        `Hoe toegankelijk is het integriteitsportaal van ${organisation}, hoe wij dat controleren en waar u een probleem meldt.`,
      lead: (organisation: string) =>
        `${organisation} wil dat iedereen dit integriteitsportaal kan gebruiken, ook met een beperking. Deze verklaring volgt het model van de Rijksoverheid voor toegankelijkheidsverklaringen (Besluit digitale toegankelijkheid overheid).`,
      status: 'Status',
      organisation: 'Organisatie',
      website: 'Website',
      websiteName: (organisation: string) => `Integriteitsportaal ${organisation}`,
      standard: 'Norm',
      standardText: 'WCAG 2.1 niveau A en AA (EN 301 549)',
      compliance: 'Nalevingsstatus',
      complianceText:
        'C: eerste maatregelen genomen. Alle paginasoorten worden bij elke wijziging automatisch getest; een onafhankelijk handmatig onderzoek is nog niet gedaan.',
      date: 'Datum verklaring',
      dateAfter: '(bijgewerkt bij elke publicatie)',
      measures: 'Wat wij doen',
      measureList: [
        'Elke paginasoort wordt bij elke wijziging in een echte browser getest met axe-core op de regels van WCAG 2.1 A en AA (en 2.2 AA), op 320 en 1280 pixels breed.',
        'De site is met alleen het toetsenbord te bedienen; de focus is altijd zichtbaar en een link "Naar de inhoud" slaat het menu over.',
        "Alle pagina's werken zonder JavaScript. Grafieken staan er ook als tabel met dezelfde cijfers.",
        'Tabellen hebben een bijschrift en kopcellen; datums en bedragen zijn ook machineleesbaar.',
        'De HTML wordt gecontroleerd op fouten en alle interne links op bestemming.',
      ],
      limitations: 'Bekende beperkingen',
      limitationList: [
        'Brede tabellen scrollen op een smal scherm binnen hun eigen kader. Dat kader is met het toetsenbord te bereiken en te scrollen.',
        'Zoeken werkt alleen met JavaScript; zonder JavaScript verwijzen wij naar de registers en de lijst van personen.',
      ],
      contact: 'Een probleem melden',
      contactBefore: (contact: string) =>
        `Kunt u iets niet lezen of gebruiken? Mail de ${contact}:`,
      contactAfter:
        'U krijgt binnen vijf werkdagen een bevestiging en binnen drie weken een inhoudelijk antwoord. Bent u niet tevreden met de afhandeling, dan kunt u contact opnemen met de Nationale ombudsman.',
    },
    notFound: {
      title: 'Pagina niet gevonden',
      description: 'Deze pagina bestaat niet (meer).',
      lead: 'Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een tikfout in het adres.',
      more: 'Verder zoeken',
      searchName: 'Zoeken naar een persoon of organisatie',
      searchLabel: 'Zoek een naam, organisatie of functie',
      searchButton: 'Zoeken',
      orGoTo: 'Of ga naar',
      people: 'Personen van A tot Z',
      organisations: 'Organisaties van A tot Z',
      home: 'Naar de homepage',
      /** The link to the home page in this language, from the 404 page of the other language. */
      toHome: 'Naar de Nederlandse homepage',
    },
  };
}

/** The interface texts of one language: the shape of the Dutch dictionary. */
export type Dictionary = ReturnType<typeof dutch>;

/** "a, b en c" with the word for "and"; `none` when there is nothing to list. */
export function joinParts(
  parts: readonly (string | undefined)[],
  and: string,
  none: string,
): string {
  const present = parts.filter((p): p is string => p !== undefined);
  if (present.length <= 1) return present[0] ?? none;
  return `${present.slice(0, -1).join(', ')} ${and} ${present[present.length - 1] ?? ''}`;
}
