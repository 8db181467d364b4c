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

/** The texts of a register that differ per language. */
type RegisterText = Pick<RegisterInfo, 'title' | 'summary' | 'basis' | 'who'>;

/** The registers explained in English for /en/; the legal sources keep their Dutch names. */
const REGISTER_TEXTS_EN: Record<RegisterKey, RegisterText> = {
  nevenfuncties: {
    title: 'Side positions',
    summary: "Positions that members of the Provincial Council, members of the Provincial Executive and the King's Commissioner hold besides their office, paid or unpaid.",
    basis: "Provinces Act (Provinciewet) article 11 (Council members), 40b (Executive members) and 66 (King's Commissioner)",
    who: "Members of the Provincial Council and the Provincial Executive, and the King's Commissioner",
  },
  financieleBelangen: {
    title: 'Financial interests',
    summary: 'Financial interests that touch on the interests of the province, such as shares, real estate or an own business.',
    basis: 'Code of conduct on integrity for the Provincial Council and the Provincial Executive (Gedragscode integriteit)',
    who: "Members of the Provincial Council and the Provincial Executive, and the King's Commissioner",
  },
  geschenken: {
    title: 'Gifts and invitations',
    summary: 'Gifts, invitations and trips received, with their estimated value and what became of them.',
    basis: 'Code of conduct on integrity (gifts, donations and services)',
    who: "Members of the Provincial Council and the Provincial Executive, the King's Commissioner and officials (by function)",
  },
  nevenwerkzaamheden: {
    title: "Officials' side activities",
    summary: 'Side activities of officials in the highest salary scales, by function title, with any restrictions imposed.',
    basis: 'Civil Servants Act 2017 (Ambtenarenwet) and the collective agreement for provinces (CAP) article 2.5.1(3)',
    who: 'Officials from the salary-scale threshold up, by function title only',
  },
};

/** The registers in a language, with their paths in that language (`/en/registers/…` for English). */
export function getRegisters(locale: 'nl' | 'en'): Record<RegisterKey, RegisterInfo> {
  return locale === 'en' ? REGISTERS_EN : REGISTERS;
}

/** The registers in a language, in the order of REGISTER_LIST. */
export function getRegisterList(locale: 'nl' | 'en'): RegisterInfo[] {
  return locale === 'en' ? REGISTER_LIST_EN : REGISTER_LIST;
}

const REGISTERS_EN = Object.fromEntries(
  REGISTER_LIST.map((r) => [r.key, { ...r, ...REGISTER_TEXTS_EN[r.key], path: `/en${r.path}` }]),
) as Record<RegisterKey, RegisterInfo>;
const REGISTER_LIST_EN: RegisterInfo[] = REGISTER_LIST.map((r) => REGISTERS_EN[r.key]);

/** The permalink of a person page. */
export function personPath(id: string): string {
  return `/personen/${id}/`;
}

/** The page with every gift of a person who has more than their page lists (src/lib/gifts.ts, PERSON_PAGE_GIFTS). */
export function personGiftsPath(id: string): string {
  return `${personPath(id)}geschenken/`;
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
