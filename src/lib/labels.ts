/** Dutch labels for the values the schemas allow; one place, so wording stays consistent. */

export const PAYMENT_LABELS = {
  bezoldigd: 'Bezoldigd',
  onbezoldigd: 'Onbezoldigd',
  onkostenvergoeding: 'Onkostenvergoeding',
  onbekend: 'Niet vermeld of bezoldigd',
} as const;

export const OFFICE_LABELS = {
  statenlid: 'Statenlid',
  gedeputeerde: 'Gedeputeerde',
  commissaris: 'Commissaris van de Koning',
} as const;

export const GIFT_KIND_LABELS = {
  geschenk: 'Geschenk',
  uitnodiging: 'Uitnodiging',
  reis: 'Reis',
} as const;

export const DESTINATION_LABELS = {
  // Not "(onder de drempel)": for a gift of unknown or approximate value nobody stated that.
  behouden: 'Behouden',
  ingeleverd: 'Ingeleverd',
  geretourneerd: 'Teruggegeven',
  geschonken: 'Geschonken aan een goed doel',
  gedeeld: 'Gedeeld / genuttigd',
  'provinciaal-eigendom': 'Eigendom van de provincie',
  bijgewoond: 'Aangenomen / bijgewoond',
  afgeslagen: 'Afgeslagen',
  onbekend: 'Onbekend (niet vermeld)',
} as const;

export const INTEREST_NATURE_LABELS = {
  aandelen: 'Aandelen',
  obligaties: 'Obligaties',
  opties: 'Opties',
  'onroerend-goed': 'Onroerend goed',
  'eigen-onderneming': 'Eigen onderneming',
  lening: 'Lening',
  overig: 'Overig',
} as const;

export const CADENCE_LABELS = {
  kwartaal: 'elk kwartaal',
  halfjaar: 'elk half jaar',
  jaar: 'elk jaar',
} as const;

export const CADENCE_MONTHS = { kwartaal: 3, halfjaar: 6, jaar: 12 } as const;

export const PER_LABELS = {
  week: 'per week',
  maand: 'per maand',
  jaar: 'per jaar',
  vergadering: 'per vergadering',
  eenmalig: 'eenmalig',
} as const;

/** What a declaration state means on a page. */
export const DECLARATION_LABELS = {
  geen: 'Niets te melden',
  'niet-opgegeven': 'Niet opgegeven',
} as const;

/** The Dutch labels together, the shape every language's labels have. */
const LABELS_NL = {
  payment: PAYMENT_LABELS,
  office: OFFICE_LABELS,
  giftKind: GIFT_KIND_LABELS,
  destination: DESTINATION_LABELS,
  interestNature: INTEREST_NATURE_LABELS,
  cadence: CADENCE_LABELS,
  per: PER_LABELS,
  declaration: DECLARATION_LABELS,
};

/** Labels for every schema value, in one language: the same keys as the Dutch ones, always. */
export type Labels = { [Group in keyof typeof LABELS_NL]: Record<keyof (typeof LABELS_NL)[Group], string> };

/** English labels for /en/. The values themselves (in data and URLs) stay Dutch. */
const LABELS_EN: Labels = {
  payment: { bezoldigd: 'Paid', onbezoldigd: 'Unpaid', onkostenvergoeding: 'Expenses only', onbekend: 'Not stated whether paid' },
  office: { statenlid: 'Member of the Provincial Council', gedeputeerde: 'Member of the Provincial Executive', commissaris: "King's Commissioner" },
  giftKind: { geschenk: 'Gift', uitnodiging: 'Invitation', reis: 'Trip' },
  destination: {
    behouden: 'Kept',
    ingeleverd: 'Handed in',
    geretourneerd: 'Returned',
    geschonken: 'Donated to charity',
    gedeeld: 'Shared / consumed',
    'provinciaal-eigendom': 'Property of the province',
    bijgewoond: 'Accepted / attended',
    afgeslagen: 'Declined',
    onbekend: 'Unknown (not stated)',
  },
  interestNature: {
    aandelen: 'Shares',
    obligaties: 'Bonds',
    opties: 'Options',
    'onroerend-goed': 'Real estate',
    'eigen-onderneming': 'Own business',
    lening: 'Loan',
    overig: 'Other',
  },
  cadence: { kwartaal: 'every quarter', halfjaar: 'every six months', jaar: 'every year' },
  per: { week: 'per week', maand: 'per month', jaar: 'per year', vergadering: 'per meeting', eenmalig: 'one-off' },
  declaration: { geen: 'Nothing to declare', 'niet-opgegeven': 'Not provided' },
};

/** The labels of schema values in a language. */
export function getLabels(locale: 'nl' | 'en'): Labels {
  return locale === 'en' ? LABELS_EN : LABELS_NL;
}
