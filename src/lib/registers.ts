/** The four registers: where they live on the site, what they are called and their legal basis. */
import type { RegisterKey } from '../schemas/site.ts';

export interface RegisterInfo {
  key: RegisterKey;
  title: string;
  path: string;
  /** One sentence for the home page. */
  summary: string;
  /** Legal basis, as a citizen would look it up. */
  basis: string;
  /** Who declares. */
  who: string;
}

export const REGISTERS: Record<RegisterKey, RegisterInfo> = {
  nevenfuncties: {
    key: 'nevenfuncties',
    title: 'Nevenfuncties',
    path: '/registers/nevenfuncties/',
    summary: 'Functies die Statenleden, gedeputeerden en de commissaris van de Koning naast hun ambt vervullen, betaald of onbetaald.',
    basis: 'Provinciewet artikel 11 (Statenleden), 40b (gedeputeerden) en 66 (commissaris van de Koning)',
    who: 'Statenleden, gedeputeerden en de commissaris van de Koning',
  },
  financieleBelangen: {
    key: 'financieleBelangen',
    title: 'Financiële belangen',
    path: '/registers/financiele-belangen/',
    summary: 'Financiële belangen die raken aan de belangen van de provincie, zoals aandelen, onroerend goed of een eigen onderneming.',
    basis: 'Gedragscode integriteit voor Provinciale Staten en Gedeputeerde Staten',
    who: 'Statenleden, gedeputeerden en de commissaris van de Koning',
  },
  geschenken: {
    key: 'geschenken',
    title: 'Geschenken en uitnodigingen',
    path: '/registers/geschenken/',
    summary: 'Ontvangen geschenken, uitnodigingen en reizen, met de geschatte waarde en wat ermee is gebeurd.',
    basis: 'Gedragscode integriteit (geschenken, giften en diensten)',
    who: 'Statenleden, gedeputeerden, de commissaris van de Koning en ambtenaren (op functie)',
  },
  nevenwerkzaamheden: {
    key: 'nevenwerkzaamheden',
    title: 'Nevenwerkzaamheden ambtenaren',
    path: '/registers/nevenwerkzaamheden-ambtenaren/',
    summary: 'Nevenwerkzaamheden van ambtenaren in de hoogste salarisschalen, op functienaam, met eventuele beperkende maatregelen.',
    basis: 'Ambtenarenwet 2017 en CAP artikel 2.5.1 lid 3',
    who: 'Ambtenaren vanaf de schaaldrempel, alleen op functienaam',
  },
};

export const REGISTER_LIST: RegisterInfo[] = Object.values(REGISTERS);

/** The permalink of a person page. */
export function personPath(id: string): string {
  return `/personen/${id}/`;
}

/** The permalink of an organisation page. */
export function organisationPath(id: string): string {
  return `/organisaties/${id}/`;
}

/** The open-data file name of each register: `/data/<name>.csv`, `.xlsx`, `.json` and `-excel.csv`. */
export const REGISTER_DOWNLOADS: Record<RegisterKey, string> = {
  nevenfuncties: 'nevenfuncties',
  financieleBelangen: 'financiele-belangen',
  geschenken: 'geschenken',
  nevenwerkzaamheden: 'nevenwerkzaamheden-ambtenaren',
};
